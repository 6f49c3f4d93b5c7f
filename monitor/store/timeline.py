"""The reconciled timeline kept as data (timeline.sql): only the series an article touches are recomputed.

A write changes the points of the series its old and new facts belong to, and the breakdown shown under
each whole they are parts of; a whole's breakdown needs all of its parts, so the set of series to
recompute is closed under "part of" (chains are allowed) before the points are rebuilt.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import duckdb

TIMELINE_SQL = (Path(__file__).parent / "timeline.sql").read_text(encoding="utf-8")
OPEN_END = "DATE '9999-12-31'"

# The fallbacks fill what the extractor did not say (facts of older extractors, bulk loads): one definition,
# in timeline.sql, for writes and migrations alike.
_COUNT_KIND = "coalesce(count_kind, fallback_count_kind(value, unit, kind, period_start, period_end))"
_SERIES = f"""coalesce(series, fallback_series(
    province, commune, metric, kind, level, from_level, to_level, specialty, population,
    coalesce(ref, array_to_string(specialties, ', '), subject), status, {_COUNT_KIND},
    unit, period_start, period_end))"""
FILLED = f"{_COUNT_KIND} AS count_kind, {_SERIES} AS series"  # for SELECT * REPLACE (...)
FILL_FALLBACKS = f"UPDATE facts SET count_kind = {_COUNT_KIND}, series = {_SERIES} WHERE series IS NULL"


def series_of(db: duckdb.DuckDBPyConnection, article_id: str) -> set[str]:
    """The series an article's stored facts belong to, and the wholes they are parts of."""
    rows = db.execute("SELECT DISTINCT series, part_of FROM facts WHERE article_id = ?", [article_id]).fetchall()
    return {key for row in rows for key in row if key is not None}


def refresh(db: duckdb.DuckDBPyConnection, keys: Iterable[str]) -> None:
    """Recompute the points of these series (inside the caller's transaction)."""
    wanted = _with_parts(db, set(keys))
    if not wanted:
        return
    listed = sorted(wanted)
    db.execute("DELETE FROM timeline_points WHERE list_contains(?, series)", [listed])
    db.execute(f"INSERT INTO timeline_points BY NAME SELECT * FROM timeline_of({OPEN_END}, ?)", [listed])


def rebuild(db: duckdb.DuckDBPyConnection) -> None:
    """Every point again, from all facts (after an upgrade or a bulk load)."""
    db.execute(FILL_FALLBACKS)
    db.execute("DELETE FROM timeline_points")
    # in province and metric order: the file's zone maps then skip most of it for one province's query
    db.execute(
        f"INSERT INTO timeline_points BY NAME SELECT * FROM timeline_of({OPEN_END}, NULL) ORDER BY province, metric"
    )


def _with_parts(db: duckdb.DuckDBPyConnection, keys: set[str]) -> set[str]:
    """keys with the series of every part of them, and of their parts, and so on."""
    found, frontier = set(keys), set(keys)
    while frontier:
        rows = db.execute(
            "SELECT DISTINCT series FROM facts WHERE list_contains(?, part_of)", [sorted(frontier)]
        ).fetchall()
        frontier = {row[0] for row in rows} - found
        found |= frontier
    return found


def with_breakdowns(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows in their order, each part moved right under its whole's point (same day), with its depth.

    A part whose whole is not among the rows (filtered out, or a whole the article never stated) stays
    where it was, at depth 0: it is still a point of its own series, never of the whole's.
    """
    wholes = {(row["series"], row["as_of"]): row for row in rows}
    children: dict[int, list[dict[str, Any]]] = {}
    roots = []
    for row in rows:
        whole = wholes.get((row.get("part_of"), row["as_of"])) if row.get("part_of") else None
        if whole is None or whole is row:
            roots.append(row)
        else:
            children.setdefault(id(whole), []).append(row)
    ordered: list[dict[str, Any]] = []
    placed: set[int] = set()

    def place(row: dict[str, Any], depth: int) -> None:
        if id(row) in placed:  # a cycle of parts: never from the extractor, but a file may say anything
            return
        placed.add(id(row))
        ordered.append({**row, "depth": depth})
        for child in children.get(id(row), []):
            place(child, depth + 1)

    for row in roots:
        place(row, 0)
    ordered += [{**row, "depth": 0} for row in rows if id(row) not in placed]
    return ordered
