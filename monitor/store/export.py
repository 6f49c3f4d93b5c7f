"""Exports for analysts: the timeline or the facts, filtered, to CSV, Parquet or JSON, in a stable order.

Runs on its own read-only connection with file access (the query surface has none), to a file or a DuckLake
store. Every row goes
out: no cap. Columns are the view's (README, "The store"); lists stay lists in Parquet and JSON. A CSV
file opens right in a spreadsheet: UTF-8 with a byte-order mark (Excel reads Vietnamese correctly only
then) and lists written as JSON (["a", "b"]), which any program reads back.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path
from typing import Any

from monitor.store.connect import connect_for_export
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
    db_path: str | Path,
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
    with connect_for_export(db_path, wait) as db:
        if fmt == "csv" and not by_month:
            return _write_csv(db, select, out)
        (count,) = db.execute(f"COPY ({select}) TO '{_quoted(str(out))}' ({_options(fmt, by_month)})").fetchone()
    return count


BATCH = 10_000  # rows fetched at a time: memory stays flat whatever the export's size


def _write_csv(db: Any, select: str, out: Path) -> int:
    """The rows as CSV with a BOM, lists as JSON, streamed in batches; written beside out, then moved in place,
    so a failed export never leaves half a file under out's name."""
    cursor = db.execute(select)
    columns = [column[0] for column in cursor.description]
    partial = out.with_name(out.name + ".partial")
    count = 0
    try:
        with partial.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(columns)
            while rows := cursor.fetchmany(BATCH):
                writer.writerows([_csv_value(value) for value in row] for row in rows)
                count += len(rows)
        partial.replace(out)
    finally:
        partial.unlink(missing_ok=True)
    return count


def _csv_value(value: Any) -> Any:
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


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
