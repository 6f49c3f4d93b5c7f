"""The reconciled timeline kept as data (timeline.sql): only the series an article touches are recomputed.

A write changes the points of the series its old and new facts belong to, and the breakdown shown under
each whole they are parts of; a whole's breakdown needs all of its parts, so the set of series to
recompute is closed under "part of" (chains are allowed) before the points are rebuilt.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
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


# A fact's place in the timeline, as Store.write's DELETE/INSERT ... RETURNING give it: its point (series, day),
# the whole it is part of, and what its quantity's other statuses share (quantity in timeline.sql).
RETURNED = """series, part_of, as_of, province, quantity(province, commune, metric, kind, level, from_level,
    to_level, specialty, population, count_kind, unit, coalesce(ref, array_to_string(specialties, ', '), subject))"""


@dataclasses.dataclass(slots=True)
class Touched:
    """What a write changed: the (series, day) points to compute again, and where to look for their kin."""

    points: set[tuple[str, dt.date | None]] = dataclasses.field(default_factory=set)
    provinces: set[str | None] = dataclasses.field(default_factory=set)
    quantities: set[str] = dataclasses.field(default_factory=set)

    def add(self, rows: Iterable[tuple[Any, ...]]) -> None:
        """Rows of RETURNED."""
        for series, part_of, as_of, province, quantity in rows:
            self.points.add((series, as_of))
            if part_of:  # the whole's breakdown on that day changes with its part
                self.points.add((part_of, as_of))
            self.provinces.add(province)
            self.quantities.add(quantity)


def refresh(db: duckdb.DuckDBPyConnection, touched: Touched) -> None:
    """Compute again the touched points and the rows that read them (inside the caller's transaction).

    A point depends on its own series and day alone; the rest of a row does not: a change reads the day
    before in its series, a status step the earlier statuses of its quantity, a breakdown the parts of its
    whole. So the touched points are recomputed from the facts, then every row of their series, of the other
    statuses of their quantities and of their parts (closed under both) is linked again and written back.
    """
    if not touched.points:
        return
    series, provinces = _kin(db, touched)
    pairs = sorted(touched.points, key=lambda pair: (pair[0], pair[1] or dt.date.min))
    keys, days = [pair[0] for pair in pairs], [pair[1] for pair in pairs]
    # constant IN lists, not list parameters: the scan then skips the row groups of other provinces
    in_province, province_params = _in("province", provinces)
    in_series, series_params = _in("series", series)
    in_group, group_params = f"{in_province} AND {in_series}", [*province_params, *series_params]
    db.execute(
        f"""CREATE OR REPLACE TEMP TABLE refreshed AS
            WITH wanted AS (SELECT unnest(?::VARCHAR[]) AS series, unnest(?::DATE[]) AS day),
            points AS (
                SELECT * EXCLUDE ({", ".join(LINKED)}) FROM timeline_points t
                WHERE rowid IN (SELECT rowid FROM timeline_points WHERE {in_group})  -- read whole by row id
                  AND NOT EXISTS (SELECT 1 FROM wanted w
                                  WHERE w.series = t.series AND w.day IS NOT DISTINCT FROM t.as_of)
                UNION ALL BY NAME
                SELECT * FROM points_of({OPEN_END}, wanted)
            )
            SELECT * FROM linked(points)""",
        [keys, days, *group_params],
    )
    db.execute(f"DELETE FROM timeline_points WHERE {in_group}", group_params)
    db.execute("INSERT INTO timeline_points BY NAME SELECT * FROM refreshed")
    db.execute("DROP TABLE refreshed")


_QUANTITY = """quantity(province, commune, metric, kind, level, from_level, to_level, specialty, population,
                    count_kind, unit, detail)"""

# the columns linked() adds to points
LINKED = (
    "parts", "change", "previous_value", "previous_as_of", "previous_article_ids", "previous_evidence",
    "step_from_status", "step_from_value", "step_from_as_of", "step_from_article_ids",
)  # fmt: skip


def rebuild(db: duckdb.DuckDBPyConnection) -> None:
    """Every point again, from all facts (after an upgrade or a bulk load)."""
    db.execute(FILL_FALLBACKS)
    db.execute("DELETE FROM timeline_points")
    # in province and metric order: the file's zone maps then skip most of it for one province's query
    db.execute(
        f"INSERT INTO timeline_points BY NAME SELECT * FROM timeline_of({OPEN_END}, NULL) ORDER BY province, metric"
    )


def _kin(db: duckdb.DuckDBPyConnection, touched: Touched) -> tuple[set[str], set[str | None]]:
    """The series whose rows a write may change, and their provinces: the touched series, the other statuses
    of their quantities, and the parts of all of these, and so on (a part may have statuses, a status parts)."""
    found = {series for series, _ in touched.points}
    provinces = set(touched.provinces)
    quantities, frontier = set(touched.quantities), set(found)
    while frontier or quantities:
        in_province, province_params = _in("province", provinces)
        rows = db.execute(
            f"""SELECT DISTINCT series, province, {_QUANTITY} FROM timeline_points
                WHERE list_contains(?, part_of) OR ({in_province} AND list_contains(?, {_QUANTITY}))""",
            [sorted(frontier), *province_params, sorted(quantities)],
        ).fetchall()
        new = [row for row in rows if row[0] not in found]
        frontier = {series for series, _, _ in new}
        found |= frontier
        provinces |= {province for _, province, _ in new}
        quantities = {quantity for _, _, quantity in new} - touched.quantities
        touched.quantities |= quantities
    return found, provinces


def _in(column: str, values: Iterable[Any]) -> tuple[str, list[Any]]:
    """`column IN (?, ...)` for these values, a None among them matching NULL, and its parameters."""
    values = set(values)
    listed = sorted(value for value in values if value is not None)
    test = f"{column} IN ({', '.join('?' * len(listed))})" if listed else "FALSE"
    if None in values:
        test += f" OR {column} IS NULL"
    return f"({test})", listed


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
