"""The filters a reader gives (command line or notebook), in the store's terms.

A province in any spelling or a former one becomes the province in force (the extractor's gazetteer);
dates come as date, datetime or "YYYY-MM-DD". None is no filter; an empty string is a mistake (ValueError), never
"no filter".
"""

from __future__ import annotations

import datetime as dt
from typing import Any

Day = str | dt.date | None


def read_filters(
    province: str | None = None,
    metric: str | None = None,
    status: str | None = None,
    since: Day = None,
    until: Day = None,
) -> dict[str, Any]:
    from monitor.extract.places import gazetteer  # loads the ward list: only when a province is asked for

    given = {"province": province, "metric": metric, "status": status, "since": since, "until": until}
    for name, value in given.items():
        if isinstance(value, str) and not value.strip():
            raise ValueError(f"the {name} filter is empty: give a value, or None for no filter")
    first, last = _day(since), _day(until)
    if first and last and first > last:
        raise ValueError(f"since {first} is after until {last}: no day is in between")
    return {
        "province": (gazetteer().province(province) or province) if province else None,
        "metric": metric,
        "status": status,
        "since": first,
        "until": last,
    }


def _day(value: Day) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, str):
        return dt.date.fromisoformat(value)
    return value
