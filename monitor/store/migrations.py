"""Schema versions of the store file, and the steps that upgrade an older file in place.

Version 1 is the walking skeleton's file (articles, facts, the timeline view; no version table).
schema.sql always describes the current version in full, so a new file is made from it alone; an
older file first takes the steps below, in one transaction with schema.sql, so an upgrade that fails
leaves the file as it was.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

import duckdb

from monitor.store import timeline
from monitor.store.errors import SchemaTooNew

SCHEMA_VERSION = 8

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
    # new tables only: schema.sql creates them
    6: ("the crawler learns each host's page furniture: the lines its pages share (host_pages, host_lines)", ()),
    7: (
        "the frontier records the relevance model's score and version of each page read; off-topic pages keep "
        "their text (offtopic_pages) to be judged again",
        (
            "ALTER TABLE IF EXISTS frontier ADD COLUMN IF NOT EXISTS relevance DOUBLE",
            "ALTER TABLE IF EXISTS frontier ADD COLUMN IF NOT EXISTS relevance_model VARCHAR",
        ),
    ),
    8: (
        "a figure told more than once keeps the offsets of every mention (facts.mentions); the timeline is "
        "rebuilt (files made between schema 5 and the change gate lack its withheld column)",
        (
            "ALTER TABLE facts ADD COLUMN IF NOT EXISTS mentions INTEGER[][]",
            "DROP VIEW IF EXISTS latest",
            "DROP VIEW IF EXISTS timeline",
            "DROP TABLE IF EXISTS timeline_points",
        ),
    ),
}
# version reached -> what to do once schema.sql has run (it may need the new macros and tables)
AFTER: dict[int, Callable[[duckdb.DuckDBPyConnection], None]] = {
    4: timeline.rebuild,
    5: timeline.rebuild,
    8: timeline.rebuild,
}


# How a file is recognised as monitor's before anything is written to it: a schema_version table of
# these columns, or (version 1, the walking skeleton's file) articles and facts with at least these.
VERSION_COLUMNS = frozenset({"version", "applied_at", "changes"})
V1_COLUMNS = {
    "articles": frozenset(
        {"id", "url", "outlet", "title", "published_at", "published_source", "date_flag", "fetched_at", "text"}
    ),
    "facts": frozenset(
        {"article_id", "metric", "value", "value_max", "unit", "approx", "total", "status", "province", "commune"}
        | {"as_of", "period_start", "period_end", "specialty", "specialties", "role", "kind", "level", "from_level"}
        | {"to_level", "purpose", "ref", "doc_type", "issuer", "issued", "evidence", "start", "end", "confidence"}
        | {"date_source", "subject", "extractor_version", "rule"}
    ),
}
_CREATED = re.compile(
    r"\bCREATE\s+(?:OR\s+REPLACE\s+)?(?:TABLE|VIEW|MACRO)\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+)", re.IGNORECASE
)


class ForeignFile(Exception):
    """A DuckDB file with tables that are not monitor's (Store.open turns it into NotAStore, naming the file).

    `clashes`: the names it shares with monitor's schema (tables, views, macros): monitor's tables cannot be
    added beside them even when asked to.
    """

    def __init__(self, reason: str, clashes: tuple[str, ...] = ()) -> None:
        super().__init__(reason)
        self.reason, self.clashes = reason, clashes


def _columns(db: duckdb.DuckDBPyConnection) -> dict[str, set[str]]:
    """The file's tables and views (main schema) with their columns; other schemas' under "schema.name"."""
    rows = db.execute(
        """SELECT CASE WHEN table_schema = 'main' THEN table_name ELSE table_schema || '.' || table_name END,
                  column_name
           FROM information_schema.columns WHERE table_catalog = current_database()"""
    ).fetchall()
    found: dict[str, set[str]] = {}
    for table, column in rows:
        found.setdefault(table, set()).add(column)
    return found


def file_version(db: duckdb.DuckDBPyConnection) -> int:
    """0 for a file with no tables, 1 for a skeleton file without a version table, else the recorded version.

    Raises ForeignFile for a DuckDB file whose tables are not monitor's: nothing has been written to it.
    """
    tables = _columns(db)
    if not tables:
        return 0
    if tables.get("schema_version", set()) >= VERSION_COLUMNS:
        return db.execute("SELECT max(version) FROM schema_version").fetchone()[0] or 0  # type: ignore[index]
    if all(columns <= tables.get(name, set()) for name, columns in V1_COLUMNS.items()):
        return 1
    names = sorted(tables)
    listed = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
    own = [name for name in ("facts", "articles", "schema_version") if name in tables]
    reason = f"its own {' and '.join(own)} table{'s' * (len(own) > 1)}, not monitor's" if own else f"tables {listed}"
    return _foreign(db, reason)


def _foreign(db: duckdb.DuckDBPyConnection, reason: str) -> int:
    theirs = set(_columns(db)) | {
        row[0]
        for row in db.execute(
            "SELECT function_name FROM duckdb_functions() WHERE NOT internal AND database_name = current_database()"
        ).fetchall()
    }
    clashes = tuple(sorted(theirs & _monitor_names()))
    raise ForeignFile(reason, clashes)


def _monitor_names() -> set[str]:
    """The tables, views and macros schema.sql and timeline.sql create."""
    schema = (Path(__file__).parent / "schema.sql").read_text(encoding="utf-8") + timeline.TIMELINE_SQL
    return {name.lower() for name in _CREATED.findall(schema)}


def upgrade(db: duckdb.DuckDBPyConnection, schema_sql: str, adopt: bool = False) -> int:
    """Bring the file to SCHEMA_VERSION; returns the version it had. Idempotent.

    A file that is not monitor's raises ForeignFile, unless `adopt` (Store.open(init=True)) and none of its
    names is one of monitor's: then monitor's tables are created beside its own.
    """
    try:
        found = file_version(db)
    except ForeignFile as foreign:
        if not adopt or foreign.clashes:
            raise
        found = 0
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
        roll_back(db)  # the error that made it fail is the one to report, not a failed ROLLBACK's
        raise
    return found


def roll_back(db: duckdb.DuckDBPyConnection) -> None:
    """ROLLBACK if a transaction is still open; after a failed COMMIT (a full disk) DuckDB has none."""
    with contextlib.suppress(duckdb.Error):
        db.execute("ROLLBACK")


def _described(found: int) -> str:
    if found == 0:
        return "created"
    return "; ".join(f"{v}: {STEPS[v][0]}" for v in range(found + 1, SCHEMA_VERSION + 1))
