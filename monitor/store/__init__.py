"""Store stage: a DuckDB file of articles and facts, and the province timeline built from them.

with Store.open("monitor.duckdb") as store:
    store.write(article, facts)
    rows = store.timeline(province="Hải Phòng")
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import duckdb

from monitor.facts import FACT_FIELDS, Article, Fact
from monitor.store import timeline
from monitor.store.crawlstate import CrawlTables, SourceHealth
from monitor.store.filters import facts_query, timeline_query
from monitor.store.guard import QueryRefused, QueryStopped, check_read_only
from monitor.store.migrations import SCHEMA_VERSION, SchemaTooNew, file_version, upgrade
from monitor.store.timeline import with_breakdowns

__all__ = [
    "DEFAULT_DB",
    "DEFAULT_ROW_LIMIT",
    "SCHEMA_VERSION",
    "QueryRefused",
    "QueryStopped",
    "Result",
    "SchemaTooNew",
    "SourceHealth",
    "Store",
    "StoreBusy",
    "StoreMissing",
    "default_db_path",
    "with_breakdowns",
]

DEFAULT_DB = "monitor.duckdb"
T = TypeVar("T")
_SCHEMA = (Path(__file__).parent / "schema.sql").read_text(encoding="utf-8") + timeline.TIMELINE_SQL
_ARTICLE_COLUMNS = [f.name for f in dataclasses.fields(Article)]
_FACT_COLUMNS = ["article_id", *(name for name in FACT_FIELDS if name != "doc")]
QUERY_TIMEOUT = 60.0  # seconds a researcher's query may run ($MONITOR_QUERY_TIMEOUT)
DEFAULT_ROW_LIMIT = 1000  # rows `monitor query` prints unless told otherwise
HOLD_AT_MOST = 1.0  # seconds a long writer keeps the file before letting readers in
LOCK_WAIT = 30.0  # seconds a command waits for another process to let go of the file ($MONITOR_LOCK_WAIT)


class StoreMissing(FileNotFoundError):
    """A read command was given a database file that does not exist."""


class StoreBusy(RuntimeError):
    """Another process held the file for longer than we would wait."""


@dataclasses.dataclass(slots=True)
class Result:
    columns: list[str]
    rows: list[tuple[Any, ...]]
    truncated: bool = False  # more rows than the limit asked for


def default_db_path() -> str:
    return os.environ.get("MONITOR_DB") or DEFAULT_DB


def connect_file(path: Path, read_only: bool, wait: float, file_access: bool = False) -> duckdb.DuckDBPyConnection:
    """A connection to the file, waiting up to `wait` seconds while another process holds it.

    Read-only connections have no file or network access from SQL unless `file_access` (exports).
    """
    deadline = time.monotonic() + wait
    pause = 0.05
    while True:
        try:
            if read_only:
                config = {} if file_access else {"enable_external_access": False}
                return duckdb.connect(str(path), read_only=True, config=config)
            return duckdb.connect(str(path))
        except duckdb.IOException as error:
            if "lock" not in str(error).lower() or time.monotonic() + pause > deadline:
                raise StoreBusy(f"{path} is held by another process (DuckDB allows one writer): {error}") from None
            time.sleep(pause)
            pause = min(pause * 2, 0.25)


class Store(CrawlTables):
    """One DuckDB file. Writers hold it alone (DuckDB allows one writing process), so keep it short.

    The crawler's state (frontier, fetch log, listings, signatures) comes from CrawlTables.
    """

    def __init__(self, connection: duckdb.DuckDBPyConnection, path: Path, read_only: bool, wait: float) -> None:
        self._connection: duckdb.DuckDBPyConnection | None = connection
        self._opened_at = time.monotonic()
        self.path, self.read_only, self.wait = path, read_only, wait
        self._fetch_lines: list[list[Any]] = []  # the crawler's fetch log, written with each page's outcome
        self._unsettled = not read_only  # a killed writer may have left points to settle: look once

    @property
    def db(self) -> duckdb.DuckDBPyConnection:
        """The connection, opened again (waiting for the file if need be) after release()."""
        if self._connection is None:
            self._connection = connect_file(self.path, self.read_only, self.wait)
            self._opened_at = time.monotonic()
        return self._connection

    def idle(self) -> None:
        """The crawler is about to wait on the network: let readers in meanwhile (the next use reopens)."""
        self.release()

    def step_aside(self, after: float = HOLD_AT_MOST) -> None:
        """release() if the file has been held for `after` seconds: a crawl calls this after each page."""
        if self._connection is not None and time.monotonic() - self._opened_at >= after:
            self.release()

    def release(self) -> None:
        """Let go of the file until the next use, so other processes can open it meanwhile.

        A long writer (a crawl) calls this while it waits on the network: readers then get in between
        its short transactions instead of waiting for the whole run.
        """
        if self._connection is not None:
            self.flush_fetch_log()
            if self._unsettled:
                self.settle()
            self._connection.close()
            self._connection = None

    @classmethod
    def open(cls, path: str | Path, read_only: bool = False, wait: float | None = None) -> Store:
        """Open (and for writing, create) the file, upgrading an older schema in place.

        DuckDB lets one process write a file and, while it does, no other process open it; both
        readers and writers retry for up to `wait` seconds while another process holds it.
        """
        path = Path(path)
        wait = float(os.environ.get("MONITOR_LOCK_WAIT") or LOCK_WAIT) if wait is None else wait
        if not read_only:
            store = cls(connect_file(path, read_only=False, wait=wait), path, read_only, wait)
            upgrade(store.db, _SCHEMA)
            return store
        if not path.exists():
            raise StoreMissing(f"database not found: {path}")
        db = connect_file(path, read_only=True, wait=wait)
        version = file_version(db)
        if version > SCHEMA_VERSION:
            db.close()
            raise SchemaTooNew(
                f"{path} was written by a newer monitor (schema {version}; this one knows {SCHEMA_VERSION})"
            )
        if version < SCHEMA_VERSION or db.execute("SELECT count(*) FROM timeline_pending").fetchone()[0]:  # type: ignore[index]
            # an older file is upgraded once, and what a killed writer left is settled, by a short write
            db.close()
            cls.open(path, wait=wait).close()
            db = connect_file(path, read_only=True, wait=wait)
        return cls(db, path, read_only, wait)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.release()

    def write(self, article: Article, facts: Sequence[Fact], extractor_version: str | None = None) -> None:
        """Store an article and replace its facts, in one transaction: writing twice changes nothing.

        The timeline points its old and new facts touch are noted in the same transaction and recomputed by
        settle(), for all the writes since the last at once: before this store reads the timeline and before
        it lets go of the file, so no reader ever sees facts and timeline disagree.
        """
        article_row = [getattr(article, name) for name in _ARTICLE_COLUMNS]
        marks = ", ".join("?" * len(_ARTICLE_COLUMNS))
        with self._transaction():
            extracted_at, places = self._delete_facts(article.id, facts)
            self.db.execute(
                f"INSERT OR REPLACE INTO articles ({', '.join(_ARTICLE_COLUMNS)}) VALUES ({marks})", article_row
            )
            self.db.execute(
                "UPDATE articles SET extractor_version = ? WHERE id = ?",
                [extractor_version or next((f.extractor_version for f in facts), None), article.id],
            )
            if facts:
                places += self._insert_facts(article.id, facts, extracted_at)
            timeline.note(self.db, places)
        self._unsettled = True

    def _delete_facts(self, article_id: str, facts: Sequence[Fact]) -> tuple[dt.datetime, list[tuple]]:
        """Delete the article's stored facts. Returns when this extractor version first read the article (kept
        on a rewrite, so writing twice changes nothing) and the places of the deleted facts (timeline.RETURNED)."""
        rows = self.db.execute(
            f"DELETE FROM facts WHERE article_id = ? RETURNING extractor_version, extracted_at, {timeline.RETURNED}",
            [article_id],
        ).fetchall()
        versions = {f.extractor_version for f in facts}
        version = versions.pop() if len(versions) == 1 else None
        first = min((row[1] for row in rows if row[0] == version and row[1] is not None), default=None)
        return first or dt.datetime.now(dt.UTC).replace(tzinfo=None), [row[2:] for row in rows]

    def _insert_facts(self, article_id: str, facts: Sequence[Fact], extracted_at: dt.datetime) -> list[tuple]:
        """One statement for all of an article's facts; what the extractor left unsaid is filled in SQL.
        Returns each fact's place in the timeline (timeline.RETURNED)."""
        columns = [*_FACT_COLUMNS, "extracted_at"]
        row_marks = "(" + ", ".join("?" * len(columns)) + ")"
        params = [
            value
            for f in facts
            for value in (article_id, *(getattr(f, name) for name in _FACT_COLUMNS[1:]), extracted_at)
        ]
        quoted = ", ".join(f'"{c}"' for c in columns)
        return self.db.execute(
            f"INSERT INTO facts ({quoted}) SELECT * REPLACE ({timeline.FILLED}) "
            f"FROM (VALUES {', '.join([row_marks] * len(facts))}) v({quoted}) RETURNING {timeline.RETURNED}",
            params,
        ).fetchall()

    def settle(self) -> None:
        """Bring the timeline up to the facts written since the last settle (one transaction)."""
        if self.read_only:
            return
        with self._transaction():
            timeline.settle(self.db)
        self._unsettled = False

    def rebuild_timeline(self) -> None:
        """Recompute every point of the timeline (after a bulk load of facts with SQL)."""
        with self._transaction():
            timeline.rebuild(self.db)
        self._unsettled = False

    def stale_articles(self, extractor_version: str) -> list[str]:
        """Ids of the articles last read by another extractor version than this one."""
        rows = self.db.execute(
            "SELECT id FROM articles WHERE extractor_version IS DISTINCT FROM ? ORDER BY id", [extractor_version]
        ).fetchall()
        return [row[0] for row in rows]

    def article(self, article_id: str) -> Article:
        """An article as stored."""
        cursor = self.db.execute(f"SELECT {', '.join(_ARTICLE_COLUMNS)} FROM articles WHERE id = ?", [article_id])
        return Article(**dict(zip(_ARTICLE_COLUMNS, cursor.fetchone() or (), strict=True)))

    def counts(self) -> dict[str, int]:
        return {
            table: self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # type: ignore[index]
            for table in ("articles", "facts")
        }

    def timeline(self, *, latest: bool = False, **filters: Any) -> Result:
        """The reconciled timeline (or, with latest, the last reported value of each series), filtered.

        Filters: province, metric, status (exact), since, until (dates, on as_of).
        """
        return self.query(*timeline_query(latest, **filters))

    def facts(self, **filters: Any) -> Result:
        """Every fact with its article's outlet and url (one row per report), filtered like timeline."""
        return self.query(*facts_query(**filters))

    def select(self, sql: str, limit: int | None = DEFAULT_ROW_LIMIT) -> Result:
        """A researcher's query: one reading statement (guard.py), at most `limit` rows (None: all).

        Raises QueryRefused for anything that could write or reach outside the store.
        """

        def fetch(cursor: duckdb.DuckDBPyConnection) -> Result:
            columns = [d[0] for d in cursor.description or []]
            if limit is None:
                return Result(columns, cursor.fetchall())
            rows = cursor.fetchmany(limit + 1)
            return Result(columns, rows[:limit], truncated=len(rows) > limit)

        return self.guarded(sql, fetch)

    def guarded(self, sql: str, fetch: Callable[[duckdb.DuckDBPyConnection], T]) -> T:
        """Run a researcher's statement after the guard and fetch its answer (rows, or .df()) in time.

        A query still running after $MONITOR_QUERY_TIMEOUT seconds (60) is stopped: a reader holds
        the file, so a runaway query would keep every writer out.
        """
        if not self.read_only:
            raise QueryRefused("queries run on a read-only store: Store.open(path, read_only=True)")
        check_read_only(sql, self.db)
        timeout = float(os.environ.get("MONITOR_QUERY_TIMEOUT") or QUERY_TIMEOUT)
        timer = threading.Timer(timeout, self.db.interrupt)
        timer.start()
        try:
            return fetch(self.db.execute(sql))
        except duckdb.PermissionException as error:
            raise QueryRefused(str(error).splitlines()[0]) from None
        except duckdb.InterruptException:
            raise QueryStopped(
                f"stopped after {timeout:g} s; narrow the query or raise $MONITOR_QUERY_TIMEOUT"
            ) from None
        finally:
            timer.cancel()

    def query(self, sql: str, params: Sequence[Any] = ()) -> Result:
        if self._unsettled:
            self.settle()
        cursor = self.db.execute(sql, list(params))
        columns = [d[0] for d in cursor.description or []]
        return Result(columns, cursor.fetchall())
