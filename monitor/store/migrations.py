"""Schema versions of the store file, and the steps that upgrade an older file in place.

Version 1 is the walking skeleton's file (articles, facts, the timeline view; no version table).
schema.sql always describes the current version in full, so a new file is made from it alone; an
older file first takes the steps below, in one transaction with schema.sql, so an upgrade that fails
leaves the file as it was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import duckdb

from monitor.store import timeline

SCHEMA_VERSION = 5

# version reached -> (what changed, statements that take a file from the version before to it)
STEPS: dict[int, tuple[str, tuple[str, ...]]] = {
    2: (
        "facts record when they were extracted; crawler state, reconciled timeline and latest views",
        (
            "ALTER TABLE facts ADD COLUMN IF NOT EXISTS extracted_at TIMESTAMP",
            "ALTER TABLE articles ADD COLUMN IF NOT EXISTS extractor_version VARCHAR",
        ),
    ),
    # views and macros come from schema.sql alone
    3: ("article_days, fact_reports.reported_on, timeline.all_article_ids; the timeline of a day (timeline_until)", ()),
    4: (
        "facts carry their series, part_of, population and count kind; the timeline is kept as data "
        "(timeline_points) with each change's previous point, status steps and breakdowns",
        (
            "ALTER TABLE facts ADD COLUMN IF NOT EXISTS population VARCHAR",
            "ALTER TABLE facts ADD COLUMN IF NOT EXISTS count_kind VARCHAR",
            "ALTER TABLE facts ADD COLUMN IF NOT EXISTS series VARCHAR",
            "ALTER TABLE facts ADD COLUMN IF NOT EXISTS part_of VARCHAR",
            "DROP VIEW IF EXISTS latest",
            "DROP VIEW IF EXISTS timeline",
        ),
    ),
    5: (
        "timeline points record the last day a report of theirs came (last_reported_on): a write recomputes "
        "only the points it touches, and the timeline of a past day only the points later reports touched",
        (
            "DROP VIEW IF EXISTS latest",
            "DROP VIEW IF EXISTS timeline",
            "DROP TABLE IF EXISTS timeline_points",
        ),
    ),
}
# version reached -> what to do once schema.sql has run (it may need the new macros and tables)
AFTER: dict[int, Callable[[duckdb.DuckDBPyConnection], None]] = {4: timeline.rebuild, 5: timeline.rebuild}


class SchemaTooNew(RuntimeError):
    """The file was written by a newer monitor than this one."""


def file_version(db: duckdb.DuckDBPyConnection) -> int:
    """0 for an empty file, 1 for a skeleton file without a version table, else the recorded version."""
    tables = {row[0] for row in db.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    if "schema_version" in tables:
        return db.execute("SELECT max(version) FROM schema_version").fetchone()[0] or 0  # type: ignore[index]
    return 1 if "facts" in tables else 0


def upgrade(db: duckdb.DuckDBPyConnection, schema_sql: str) -> int:
    """Bring the file to SCHEMA_VERSION; returns the version it had. Idempotent."""
    found = file_version(db)
    if found > SCHEMA_VERSION:
        raise SchemaTooNew(f"the database has schema version {found}; this monitor knows up to {SCHEMA_VERSION}")
    db.execute("BEGIN TRANSACTION")
    try:
        if found:
            for version in range(found + 1, SCHEMA_VERSION + 1):
                for statement in STEPS[version][1]:
                    db.execute(statement)
        db.execute(schema_sql)
        # each step once, even if several versions ask for it (a rebuild)
        for step in dict.fromkeys(AFTER[v] for v in range(found + 1, SCHEMA_VERSION + 1) if found and v in AFTER):
            step(db)
        if found < SCHEMA_VERSION:
            db.execute(
                "INSERT INTO schema_version VALUES (?, ?, ?)",
                [SCHEMA_VERSION, dt.datetime.now(dt.UTC).replace(tzinfo=None), _described(found)],
            )
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    return found


def _described(found: int) -> str:
    if found == 0:
        return "created"
    return "; ".join(f"{v}: {STEPS[v][0]}" for v in range(found + 1, SCHEMA_VERSION + 1))
