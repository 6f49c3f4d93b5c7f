"""Exports for analysts: the timeline or the facts, filtered, to CSV, Parquet or JSON, in a stable order.

Runs on its own read-only connection with file access (the query surface has none). Every row goes
out: no cap. Columns are the view's (README, "The store"); lists stay lists in Parquet and JSON and
are written as DuckDB renders them ("[a, b]") in CSV.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from monitor.store import connect_file
from monitor.store.filters import where

FORMATS = ("csv", "parquet", "json", "jsonl")
TABLES = {  # what -> (view, stable order)
    "timeline": (
        "timeline",
        "province NULLS LAST, metric, kind NULLS FIRST, level NULLS FIRST, specialty NULLS FIRST, commune NULLS FIRST,"
        " unit, detail NULLS FIRST, status, period_start NULLS FIRST, as_of NULLS LAST, value NULLS LAST",
    ),
    "facts": ("fact_reports", 'article_id, start, "end", metric, value NULLS LAST'),
}


def export(
    db_path: Path,
    out: Path,
    fmt: str,
    what: str = "timeline",
    by_month: bool = False,
    wait: float = 30.0,
    **filters: Any,
) -> int:
    """Write the rows to `out` (a folder of month partitions with by_month, Parquet only); returns the row count."""
    view, order = TABLES[what]
    clause, params = where(**filters)
    if by_month and out.exists() and any(out.iterdir()):
        raise FileExistsError(f"{out} is not empty: months of an earlier export would mix in; give a new folder")
    select = f"SELECT * {_month_column(by_month)} FROM {view} {_inline(clause, params)} ORDER BY {order}"
    with connect_file(db_path, read_only=True, wait=wait, file_access=True) as db:
        (count,) = db.execute(f"COPY ({select}) TO '{_quoted(str(out))}' ({_options(fmt, by_month)})").fetchone()
    return count


def _options(fmt: str, by_month: bool) -> str:
    if by_month:
        return "FORMAT parquet, PARTITION_BY (month)"
    return {
        "csv": "FORMAT csv, HEADER",
        "parquet": "FORMAT parquet",
        "json": "FORMAT json, ARRAY true",
        "jsonl": "FORMAT json",
    }[fmt]


def _month_column(by_month: bool) -> str:
    return ", coalesce(strftime(as_of, '%Y-%m'), 'undated') AS month" if by_month else ""


def _inline(clause: str, params: list[Any]) -> str:
    """COPY takes no parameters: put the filter values in as SQL literals."""
    pieces = clause.split("?")
    literals = [f"DATE '{v.isoformat()}'" if isinstance(v, dt.date) else f"'{_quoted(str(v))}'" for v in params]
    return "".join(piece + literal for piece, literal in zip(pieces, [*literals, ""], strict=True))


def _quoted(text: str) -> str:
    return text.replace("'", "''")
