"""The filters every read of the store shares: province, commune, metric, status, and a window of as_of dates.

The one place that turns filters into SQL: values always go as parameters, never into the text.
monitor.filters.read_filters turns names as people write them into the values compared here.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

# every column of the series key, so the order is the same on every run
TIMELINE_ORDER = (
    "province NULLS LAST, metric, as_of NULLS LAST, kind NULLS FIRST, level NULLS FIRST, specialty NULLS FIRST,"
    " commune NULLS FIRST, unit, detail NULLS FIRST, status, period_start NULLS FIRST, value NULLS LAST"
)
FACT_ORDER = "province NULLS LAST, metric, as_of NULLS LAST, article_id, start"


def where(
    province: str | None = None,
    commune: str | None = None,
    metric: str | None = None,
    status: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> tuple[str, list[Any]]:
    """A WHERE clause and its parameters for the filters every read command shares."""
    conditions, params = [], []
    for column, value in (("province", province), ("commune", commune), ("metric", metric), ("status", status)):
        if value:
            conditions.append(f"{column} = ?")
            params.append(value)
    if since:
        conditions.append("as_of >= ?")
        params.append(since)
    if until:
        conditions.append("as_of <= ?")
        params.append(until)
    return (f"WHERE {' AND '.join(conditions)}" if conditions else ""), params


def timeline_query(latest: bool = False, **filters: Any) -> tuple[str, list[Any]]:
    """The reconciled timeline (or the latest view), filtered, in reading order."""
    clause, params = where(**filters)
    view = "latest" if latest else "timeline"
    return f"SELECT * FROM {view} {clause} ORDER BY {TIMELINE_ORDER}", params


def facts_query(**filters: Any) -> tuple[str, list[Any]]:
    """Every fact with its article, filtered."""
    clause, params = where(**filters)
    return f"SELECT * FROM fact_reports {clause} ORDER BY {FACT_ORDER}", params
