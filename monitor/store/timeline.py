"""The reconciled timeline kept as data (timeline.sql): only what written facts touch is recomputed.

Store.write notes the points (series, day) its old and new facts belong to in timeline_pending;
settle() recomputes them, then the parts of other rows that read them (refresh), all pending at once.
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
# the whole it is part of, and the quantity its other statuses share (quantity_of in timeline.sql).
RETURNED = "series, part_of, as_of, quantity_of(series)"


@dataclasses.dataclass(slots=True)
class Touched:
    """What writes changed: the (series, day) points to compute again, and each touched quantity's first day."""

    points: set[tuple[str, dt.date | None]] = dataclasses.field(default_factory=set)
    quantities: dict[str, dt.date] = dataclasses.field(default_factory=dict)

    def add(self, rows: Iterable[tuple[Any, ...]]) -> None:
        """Rows of RETURNED."""
        for series, part_of, as_of, quantity in rows:
            self.points.add((series, as_of))
            if part_of:  # the whole's breakdown on that day changes with its part
                self.points.add((part_of, as_of))
            if as_of is not None:  # an undated point takes no status step
                self.quantities[quantity] = min(as_of, self.quantities.get(quantity, as_of))


def note(db: duckdb.DuckDBPyConnection, rows: list[tuple[Any, ...]]) -> None:
    """Keep the places (RETURNED) of facts written or deleted in timeline_pending until settle()."""
    if rows:
        columns = [list(column) for column in zip(*rows, strict=True)]
        db.execute(
            "INSERT INTO timeline_pending "
            "SELECT unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), unnest(?::DATE[]), unnest(?::VARCHAR[])",
            columns,
        )


def settle(db: duckdb.DuckDBPyConnection) -> int:
    """Recompute what timeline_pending lists (inside the caller's transaction); returns the points touched."""
    touched = Touched()
    touched.add(db.execute("SELECT series, part_of, day, quantity FROM timeline_pending").fetchall())
    refresh(db, touched)
    db.execute("DELETE FROM timeline_pending")
    return len(touched.points)


def refresh(db: duckdb.DuckDBPyConnection, touched: Touched) -> None:
    """Compute again the touched points and what reads them (inside the caller's transaction).

    A point depends on its own series and day alone; the rest of a row does not, and each part is updated
    where it may have changed only: a change reads the day before in its series (so the touched days and
    the next day of their series), a status step the earlier statuses of its quantity (so the later points
    of a touched quantity), a breakdown the parts of its whole on that day (the touched days of wholes; a
    part's whole is touched with it).
    """
    if not touched.points:
        return
    pairs = sorted(touched.points, key=lambda pair: (pair[0], pair[1] or dt.date.min))
    db.execute(
        "CREATE OR REPLACE TEMP TABLE wanted AS SELECT unnest(?::VARCHAR[]) AS series, unnest(?::DATE[]) AS day",
        [[series for series, _ in pairs], [day for _, day in pairs]],
    )
    # the points, from the facts; their other columns are filled below
    db.execute(f"CREATE OR REPLACE TEMP TABLE fresh AS SELECT * FROM points_of({OPEN_END}, wanted)")
    db.execute(f"DELETE FROM timeline_points WHERE rowid IN ({_ROWS_OF_WANTED})")
    db.execute("INSERT INTO timeline_points BY NAME SELECT * FROM fresh")
    db.execute(
        "CREATE OR REPLACE TEMP TABLE since AS SELECT unnest(?::VARCHAR[]) AS quantity, unnest(?::DATE[]) AS day",
        [list(touched.quantities), list(touched.quantities.values())],
    )
    for _, statement in _LINKING:
        db.execute(statement)
    for table in ("wanted", "fresh", "since", *(name for name, _ in _LINKING if name)):
        db.execute(f"DROP TABLE IF EXISTS {table}")


# rows are found by a few columns first, then read whole by row id: a scan reads the other columns of those rows only
_ROWS_OF_WANTED = """SELECT t.rowid FROM timeline_points t
    SEMI JOIN wanted w ON w.series = t.series AND w.day IS NOT DISTINCT FROM t.as_of"""
_CHANGE = "change, previous_value, previous_as_of, previous_article_ids, previous_evidence, withheld"
_STEP = "step_from_status, step_from_value, step_from_as_of, step_from_article_ids"
# (the temporary table it makes, statement), in order
_LINKING: tuple[tuple[str | None, str], ...] = (
    # changes: of the touched days and of the next day of their series; rows whose change is as it was are
    # left alone (an update of a row is dear)
    (
        "series_rows",
        f"""CREATE OR REPLACE TEMP TABLE series_rows AS
       SELECT rowid AS id, series, as_of, value, value_max, article_ids, evidence, count_kind, kind, metric, status,
              {_CHANGE}
       FROM timeline_points
       WHERE rowid IN (SELECT rowid FROM timeline_points WHERE series IN (SELECT series FROM wanted))""",
    ),
    (
        "new_changes",
        f"""CREATE OR REPLACE TEMP TABLE new_changes AS
       WITH affected AS (
           SELECT series, day AS as_of FROM wanted WHERE day IS NOT NULL
           UNION
           SELECT w.series, min(r.as_of) FROM wanted w
           JOIN series_rows r ON r.series = w.series AND r.as_of > w.day AND r.value IS NOT NULL
           GROUP BY w.series, w.day
       ),
       computed AS (SELECT * FROM changes_of(series_rows))
       SELECT r.id, {", ".join("c." + c for c in _CHANGE.split(", "))}
       FROM series_rows r SEMI JOIN affected a ON a.series = r.series AND a.as_of = r.as_of
       LEFT JOIN computed c ON c.series = r.series AND c.as_of = r.as_of
       WHERE ({", ".join("r." + c for c in _CHANGE.split(", "))})
             IS DISTINCT FROM ({", ".join("c." + c for c in _CHANGE.split(", "))})""",
    ),
    # status steps: the points of a touched quantity from its first touched day on
    (
        "quantity_rows",
        f"""CREATE OR REPLACE TEMP TABLE quantity_rows AS
       SELECT rowid AS id, series, as_of, value, status, quantity, article_ids, n_sources, {_STEP}
       FROM timeline_points
       WHERE rowid IN (SELECT rowid FROM timeline_points WHERE quantity IN (SELECT quantity FROM since))""",
    ),
    (
        "new_steps",
        f"""CREATE OR REPLACE TEMP TABLE new_steps AS
       WITH computed AS (SELECT * FROM steps_of(quantity_rows))
       SELECT q.id, s.step_from_status, s.step_from_value, s.step_from_as_of, s.step_from_article_ids
       FROM quantity_rows q JOIN since ON since.quantity = q.quantity AND q.as_of >= since.day
       LEFT JOIN computed s ON s.series = q.series AND s.as_of = q.as_of AND s.value = q.value
       WHERE ({", ".join("q." + c for c in _STEP.split(", "))})
             IS DISTINCT FROM ({", ".join("s." + c for c in _STEP.split(", "))})""",
    ),
    # breakdowns: of the touched days of wholes, from the parts on those days
    (
        "new_parts",
        f"""CREATE OR REPLACE TEMP TABLE new_parts AS
       WITH day_rows AS (
           SELECT rowid AS id, * FROM timeline_points WHERE rowid IN (
               {_ROWS_OF_WANTED}
               UNION ALL
               SELECT t.rowid FROM timeline_points t
               SEMI JOIN wanted w ON w.series = t.part_of AND w.day IS NOT DISTINCT FROM t.as_of)
       ),
       computed AS (SELECT * FROM breakdowns_of(day_rows))
       SELECT r.id, c.parts FROM day_rows r
       SEMI JOIN wanted w ON w.series = r.series AND w.day IS NOT DISTINCT FROM r.as_of
       LEFT JOIN computed c
         ON c.series = r.series AND c.as_of IS NOT DISTINCT FROM r.as_of AND c.value IS NOT DISTINCT FROM r.value
       WHERE r.parts IS DISTINCT FROM c.parts""",
    ),
    # the rows with a part that changed, written again whole: one delete and one insert cost less than updates
    (
        "rewritten",
        f"""CREATE OR REPLACE TEMP TABLE rewritten AS
       WITH old AS (
           SELECT rowid AS id, * FROM timeline_points
           WHERE rowid IN (SELECT id FROM new_changes UNION SELECT id FROM new_steps UNION SELECT id FROM new_parts)
       )
       SELECT t.* REPLACE (
           {", ".join(f"CASE WHEN c.id IS NULL THEN t.{x} ELSE c.{x} END AS {x}" for x in _CHANGE.split(", "))},
           {", ".join(f"CASE WHEN s.id IS NULL THEN t.{x} ELSE s.{x} END AS {x}" for x in _STEP.split(", "))},
           CASE WHEN b.id IS NULL THEN t.parts ELSE b.parts END AS parts)
       FROM old t
       LEFT JOIN new_changes c ON c.id = t.id
       LEFT JOIN new_steps s ON s.id = t.id
       LEFT JOIN new_parts b ON b.id = t.id""",
    ),
    (None, "DELETE FROM timeline_points WHERE rowid IN (SELECT id FROM rewritten)"),
    (None, "INSERT INTO timeline_points BY NAME SELECT * EXCLUDE (id) FROM rewritten"),
)


def rebuild(db: duckdb.DuckDBPyConnection) -> None:
    """Every point again, from all facts (after an upgrade or a bulk load)."""
    db.execute(FILL_FALLBACKS)
    db.execute("DELETE FROM timeline_pending")
    db.execute("DELETE FROM timeline_points")
    # in province and metric order: the file's zone maps then skip most of it for one province's query
    db.execute(
        f"INSERT INTO timeline_points BY NAME SELECT * FROM timeline_of({OPEN_END}, NULL) ORDER BY province, metric"
    )


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
