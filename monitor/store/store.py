"""The Store: one monitor store (a DuckDB file, or a DuckLake store) of articles and facts, the province
timeline built from them, and the crawler's state (crawlstate.py).

Both kinds of store run the same SQL: no INSERT OR REPLACE, ON CONFLICT or RETURNING (DuckLake has no keys),
but MERGE INTO, a delete then an insert in one transaction, and a select before a delete.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import random
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

import duckdb

from monitor.facts import FACT_FIELDS, Article, Fact
from monitor.store import lake, timeline
from monitor.store.connect import (
    connect_file,
    connect_lake_store,
    examine,
    not_a_lake_store,
    not_a_store,
    readable_version,
)
from monitor.store.crawlstate import SOURCE_COLUMNS, CrawlTables, source_rows
from monitor.store.errors import StoreBusy, StoreMissing, StoreUnusable, first_line, io_failure
from monitor.store.filters import facts_query, timeline_query
from monitor.store.guard import QueryRefused, QueryStopped, QueryTooBig, check_read_only
from monitor.store.migrations import SCHEMA_VERSION, ForeignFile, file_version, roll_back, upgrade
from monitor.store.settings import human, lock_wait, query_memory, query_temp, query_timeout

# a statement's parameters: values for its `?` placeholders in order, or for its `$name` ones by name
Parameters = Sequence[Any] | Mapping[str, Any]
T = TypeVar("T")
SCHEMA = (Path(__file__).parent / "schema.sql").read_text(encoding="utf-8") + timeline.TIMELINE_SQL
LAKE_SCHEMA = lake.without_keys(SCHEMA)  # DuckLake has no PRIMARY KEY or UNIQUE: the writers keep keys unique
_ARTICLE_COLUMNS = [f.name for f in dataclasses.fields(Article)]
_FACT_COLUMNS = ["article_id", *(name for name in FACT_FIELDS if name != "doc")]
# an article and the extractor that read it, by name: updated where its id is stored, else inserted
_MERGED_COLUMNS = [*_ARTICLE_COLUMNS, "extractor_version"]
_MERGE_ARTICLE = (
    f"MERGE INTO articles USING (SELECT {', '.join(f'? AS {c}' for c in _MERGED_COLUMNS)}) s ON articles.id = s.id "
    f"WHEN MATCHED THEN UPDATE SET {', '.join(f'{c} = s.{c}' for c in _MERGED_COLUMNS if c != 'id')} "
    "WHEN NOT MATCHED THEN INSERT BY NAME"
)
# QUERY_TIMEOUT (20 s, $MONITOR_QUERY_TIMEOUT) < LOCK_WAIT (30 s, $MONITOR_LOCK_WAIT): settings.py
DEFAULT_ROW_LIMIT = 1000  # rows `monitor query` prints unless told otherwise
HOLD_AT_MOST = 1.0  # seconds a long writer keeps the file before letting readers in
# A DuckLake write transaction that another writer's commit conflicts with is tried again, for as long as a writer
# waits for another on a file ($MONITOR_LOCK_WAIT): several crawl workers writing at once conflict often (DuckLake
# calls a delete from facts beside another's a conflict even on other articles), a few tries were not enough.
CONFLICT_PAUSE = 0.05  # seconds before the second try, doubled before each next one up to CONFLICT_PAUSE_MAX
CONFLICT_PAUSE_MAX = 1.0


@dataclasses.dataclass(slots=True)
class Result:
    columns: list[str]
    rows: list[tuple[Any, ...]]
    truncated: bool = False  # more rows than the limit asked for


class Store(CrawlTables):
    """One DuckDB file. Writers hold it alone (DuckDB allows one writing process), so keep it short.

    The crawler's state (frontier, fetch log, listings, signatures) comes from CrawlTables.
    """

    def __init__(
        self,
        connection: duckdb.DuckDBPyConnection,
        path: Path | str,
        read_only: bool,
        wait: float,
        data_path: str | Path | None = None,
    ) -> None:
        self._connection: duckdb.DuckDBPyConnection | None = connection
        self._opened_at = time.monotonic()
        self.path, self.read_only, self.wait = path, read_only, wait
        # a DuckLake store: `path` is its address (lake.is_lake), data_path its data folder if given
        self.lake = isinstance(path, str) and lake.is_lake(path)
        self.data_path = data_path
        self._fetch_lines: list[list[Any]] = []  # the crawler's fetch log, written with each page's outcome
        self._begun: set[str] = set()
        self._unsettled = not read_only  # a killed writer may have left points to settle: look once
        self._broken = False  # a write failed on the disk (full, read-only): close without writing again

    @property
    def db(self) -> duckdb.DuckDBPyConnection:
        """The connection, opened again (waiting for the file if need be) after release()."""
        if self._connection is None:
            if self.lake:
                self._connection = connect_lake_store(str(self.path), self.data_path, self.read_only)
            else:
                self._connection = connect_file(Path(self.path), self.read_only, self.wait)
            self._opened_at = time.monotonic()
            if self._broken:  # the writes after the last that failed: settle what they noted
                self._broken, self._unsettled = False, not self.read_only
        return self._connection

    def idle(self) -> None:
        """The crawler is about to wait on the network: let readers in meanwhile (the next use reopens)."""
        if self.lake:  # readers of a DuckLake store are never kept out: keep the connection
            self.step_aside(after=0)
            return
        self.release()

    def step_aside(self, after: float = HOLD_AT_MOST) -> None:
        """release() if the file has been held for `after` seconds: a crawl calls this after each page.

        A DuckLake store keeps its connection (no reader waits for it) and writes the fetch log and settles the
        timeline instead, so its readers see them as a file's would."""
        if self._connection is None or time.monotonic() - self._opened_at < after:
            return
        if not self.lake:
            self.release()
            return
        self._opened_at = time.monotonic()
        if not self._broken:
            self.flush_fetch_log()
            if self._unsettled:
                self.settle()

    def release(self) -> None:
        """Let go of the file until the next use, so other processes can open it meanwhile.

        A long writer (a crawl) calls this while it waits on the network: readers then get in between
        its short transactions instead of waiting for the whole run.
        """
        connection = self._connection
        if connection is None:
            return
        try:
            if not self._broken:
                self.flush_fetch_log()
                if self._unsettled:
                    self.settle()
        except BaseException:
            self._connection = None
            with contextlib.suppress(duckdb.Error):
                connection.close()
            raise
        self._connection = None
        try:
            connection.close()  # a writer's close checkpoints: it writes too
        except duckdb.Error as error:
            raise io_failure(self.path, error, "write") from None

    @classmethod
    def open(
        cls,
        path: str | Path,
        read_only: bool = False,
        wait: float | None = None,
        init: bool = False,
        data_path: str | Path | None = None,
    ) -> Store:
        """Open (and for writing, create) the file, upgrading an older schema in place.

        `path` may be a DuckLake store's address instead (`ducklake:postgres:dbname=… host=… user=…`,
        lake.py), with `data_path` the folder (or URL) of its Parquet files: needed to create one, optional
        after (default: the one a command gave for it, lake.given_data_path, else $MONITOR_DATA_PATH). The
        same schema, less its keys, is created in it; readers attach it READ_ONLY.

        DuckDB lets one process write a file and, while it does, no other process open it; both
        readers and writers retry for up to `wait` seconds ($MONITOR_LOCK_WAIT) while another process
        holds it.

        The file is recognised before anything is written to it: a new, empty (no bytes, or no tables)
        file becomes a store; a DuckDB file of other tables is NotAStore, unless `init` (a writing command's
        --init) asks to add monitor's tables beside them. Readers never create anything: a missing or
        empty file is StoreMissing. Every other failure is a StoreError naming its cause.
        """
        if not str(path).strip():
            raise StoreUnusable("no database file given (an empty path)")
        if lake.is_lake(str(path)):
            return cls._open_lake(str(path), read_only, data_path, init)
        path = Path(path)
        wait = lock_wait() if wait is None else wait
        found = examine(path)
        if not read_only:
            if found == "empty":  # DuckDB cannot open a file of no bytes; it holds nothing to lose
                try:
                    path.unlink()
                except OSError as error:
                    raise io_failure(path, error, "write") from None
            store = cls(connect_file(path, read_only=False, wait=wait), path, read_only, wait)
            try:
                upgrade(store.db, SCHEMA, adopt=init)
            except ForeignFile as foreign:
                store._connection.close()  # type: ignore[union-attr]
                raise not_a_store(path, foreign) from None
            except duckdb.Error as error:
                store._connection.close()  # type: ignore[union-attr]
                raise io_failure(path, error, "set up monitor's tables in") from None
            except BaseException:
                store._connection.close()  # type: ignore[union-attr]
                raise
            return store
        if found != "duckdb":
            raise StoreMissing(f"database not found: {path}" if found == "missing" else f"database is empty: {path}")
        db = connect_file(path, read_only=True, wait=wait)
        try:
            version = file_version(db)
        except ForeignFile as foreign:
            db.close()
            raise not_a_store(path, foreign) from None
        except duckdb.Error as error:
            db.close()
            raise io_failure(path, error, "read") from None
        readable_version(db, version, path, f"database holds no tables yet: {path}")
        if version < SCHEMA_VERSION or db.execute("SELECT count(*) FROM timeline_pending").fetchone()[0]:  # type: ignore[index]
            # an older file is upgraded once, and what a killed writer left is settled, by a short write
            db.close()
            cls.open(path, wait=wait).close()
            db = connect_file(path, read_only=True, wait=wait)
        return cls(db, path, read_only, wait)

    @classmethod
    def _open_lake(cls, dsn: str, read_only: bool, data_path: str | Path | None, init: bool) -> Store:
        """Store.open for a DuckLake store: no file to examine or lock to wait for; the schema as a file's."""
        shown = lake.redacted(dsn)
        data_path = lake.chosen_data_path(dsn, data_path)
        if not read_only:
            store = cls(connect_lake_store(dsn, data_path, read_only=False), dsn, False, 0.0, data_path)
            try:
                _through_conflicts(lambda: upgrade(store.db, LAKE_SCHEMA, adopt=init), shown)
            except ForeignFile as foreign:
                store.db.close()
                raise not_a_lake_store(shown, foreign) from None
            except duckdb.Error as error:
                store.db.close()
                raise StoreUnusable(f"cannot set up monitor's tables in {shown}: {first_line(error)}") from None
            except BaseException:
                store.db.close()
                raise
            return store
        try:
            db = connect_lake_store(dsn, data_path, read_only=True)
        except lake.LakeMissing:
            raise StoreMissing(f"no DuckLake store at {shown} yet") from None
        try:
            version = file_version(db)
        except ForeignFile as foreign:
            db.close()
            raise not_a_lake_store(shown, foreign) from None
        readable_version(db, version, shown, f"the DuckLake store holds no tables yet: {shown}")
        if version < SCHEMA_VERSION:  # upgraded once by a short write; the writers settle their own timeline
            db.close()
            cls.open(dsn, data_path=data_path).close()
            db = connect_lake_store(dsn, data_path, read_only=True)
        return cls(db, dsn, True, 0.0, data_path)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.release()

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        """Everything in the block or nothing. A write the disk refuses (full, read-only) is a StoreError
        naming that cause: the ROLLBACK after a failed COMMIT (there is no transaction left) never masks it."""
        try:
            self.db.execute("BEGIN TRANSACTION")
            yield
            self.db.execute("COMMIT")
        except BaseException as error:
            if self._connection is not None:
                roll_back(self._connection)
            if isinstance(error, duckdb.Error) and _on_disk(error):
                self._broken = True
                raise io_failure(self.path, error, "write") from error
            raise

    def _in_transaction(self, work: Callable[[], object]) -> None:
        """work() in one transaction. On a DuckLake store, a commit that conflicts with another writer's
        ("Transaction conflict") is tried again (_through_conflicts), with the fetch log lines and pages begun
        that the failed try took put back."""
        if not self.lake:
            with self._transaction():
                work()
            return
        lines, begun = list(self._fetch_lines), set(self._begun)

        def once() -> None:
            with self._transaction():
                work()

        def put_back() -> None:
            self._fetch_lines[:] = lines
            self._begun.clear()
            self._begun.update(begun)

        _through_conflicts(once, lake.redacted(str(self.path)), put_back)

    def write(self, article: Article, facts: Sequence[Fact], extractor_version: str | None = None) -> None:
        """Store an article and replace its facts, in one transaction: writing twice changes nothing.

        The timeline points its old and new facts touch are noted in the same transaction and recomputed by
        settle(), for all the writes since the last at once: before this store reads the timeline and before
        it lets go of the file, so no reader ever sees facts and timeline disagree.
        """
        article_row = [getattr(article, name) for name in _ARTICLE_COLUMNS]
        article_row.append(extractor_version or next((f.extractor_version for f in facts), None))

        def work() -> None:
            extracted_at, places = self._delete_facts(article.id, facts)
            # the article updated in place, or inserted (MERGE: a DuckLake table has no key for ON CONFLICT; a
            # delete then an insert would leave a file's old row behind as free blocks)
            self.db.execute(_MERGE_ARTICLE, article_row)
            if facts:
                places += self._insert_facts(article.id, facts, extracted_at)
            timeline.note(self.db, places)

        self._in_transaction(work)
        self._unsettled = True

    def _delete_facts(self, article_id: str, facts: Sequence[Fact]) -> tuple[dt.datetime, list[tuple]]:
        """Delete the article's stored facts. Returns when this extractor version first read the article (kept
        on a rewrite, so writing twice changes nothing) and the places of the deleted facts (timeline.RETURNED)."""
        rows = self.db.execute(
            f"SELECT extractor_version, extracted_at, {timeline.RETURNED} FROM facts WHERE article_id = ?",
            [article_id],
        ).fetchall()
        self.db.execute("DELETE FROM facts WHERE article_id = ?", [article_id])
        versions = {f.extractor_version for f in facts}
        version = versions.pop() if len(versions) == 1 else None
        first = min((row[1] for row in rows if row[0] == version and row[1] is not None), default=None)
        return first or dt.datetime.now(dt.UTC).replace(tzinfo=None), [row[2:] for row in rows]

    def _insert_facts(self, article_id: str, facts: Sequence[Fact], extracted_at: dt.datetime) -> list[tuple]:
        """One statement for all of an article's facts; what the extractor left unsaid is filled in SQL.
        Returns each fact's place in the timeline (timeline.RETURNED): the article's facts are these alone, as
        _delete_facts deleted the others in this transaction."""
        columns = [*_FACT_COLUMNS, "extracted_at"]
        row_marks = "(" + ", ".join("?" * len(columns)) + ")"
        params = [
            value
            for f in facts
            for value in (article_id, *(getattr(f, name) for name in _FACT_COLUMNS[1:]), extracted_at)
        ]
        quoted = ", ".join(f'"{c}"' for c in columns)
        self.db.execute(
            f"INSERT INTO facts ({quoted}) SELECT * REPLACE ({timeline.FILLED}) "
            f"FROM (VALUES {', '.join([row_marks] * len(facts))}) v({quoted})",
            params,
        )
        return self.db.execute(f"SELECT {timeline.RETURNED} FROM facts WHERE article_id = ?", [article_id]).fetchall()

    def settle(self) -> None:
        """Bring the timeline up to the facts written since the last settle (one transaction)."""
        if self.read_only:
            return
        self._in_transaction(lambda: timeline.settle(self.db))
        self._unsettled = False

    def rebuild_timeline(self) -> None:
        """Recompute every point of the timeline (after a bulk load of facts with SQL)."""
        self._in_transaction(lambda: timeline.rebuild(self.db))
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

    def source_report(self, listed: Sequence[str] = ()) -> Result:
        """How each source fares (SOURCE_COLUMNS), then the listed source names this store never fetched."""
        return Result(SOURCE_COLUMNS, source_rows(self.source_health(), listed))

    def counts(self) -> dict[str, int]:
        return {
            table: self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # type: ignore[index]
            for table in ("articles", "facts")
        }

    def timeline(self, *, latest: bool = False, **filters: Any) -> Result:
        """The reconciled timeline (or, with latest, the last reported value of each series), filtered.

        Filters: province, commune, metric, status (exact, as stored: monitor.filters.read_filters reads names as
        people write them), since, until (dates, on as_of).
        """
        return self.query(*timeline_query(latest, **filters))

    def facts(self, **filters: Any) -> Result:
        """Every fact with its article's outlet and url (one row per report), filtered like timeline."""
        return self.query(*facts_query(**filters))

    def select(self, sql: str, limit: int | None = DEFAULT_ROW_LIMIT, params: Parameters = ()) -> Result:
        """A researcher's query: one reading statement (guard.py), at most `limit` rows (None: all).

        `params` fill its placeholders (`?` in order, or `$name` from a mapping). Raises QueryRefused for
        anything that could write or reach outside the store.
        """

        def fetch(cursor: duckdb.DuckDBPyConnection) -> Result:
            columns = [d[0] for d in cursor.description or []]
            if limit is None:
                return Result(columns, cursor.fetchall())
            rows = cursor.fetchmany(limit + 1)
            return Result(columns, rows[:limit], truncated=len(rows) > limit)

        return self.guarded(sql, fetch, params)

    def guarded(self, sql: str, fetch: Callable[[duckdb.DuckDBPyConnection], T], params: Parameters = ()) -> T:
        """Run a researcher's statement after the guard and fetch its answer (rows, or .df()) in time.

        A query still running after $MONITOR_QUERY_TIMEOUT seconds (20, always less than the
        $MONITOR_LOCK_WAIT writers wait) is stopped: a reader holds the file, so a runaway query would
        keep every writer out. One that needs more than $MONITOR_QUERY_MEMORY of memory and
        $MONITOR_QUERY_TEMP of temporary disk is stopped too (QueryTooBig).
        """
        if not self.read_only:
            raise QueryRefused("queries run on a read-only store: Store.open(path, read_only=True)")
        if isinstance(params, str | bytes):
            raise TypeError("params: a list of values, or a mapping of names to values, not one string")
        timeout = query_timeout()
        check_read_only(sql, self.db)
        timer = threading.Timer(timeout, self.db.interrupt)
        timer.start()
        try:
            return fetch(self.db.execute(sql, params if isinstance(params, Mapping) else list(params)))
        except duckdb.PermissionException as error:
            raise QueryRefused(str(error).splitlines()[0]) from None
        except duckdb.InterruptException:
            raise QueryStopped(
                f"stopped after {timeout:g} s; narrow the query or raise $MONITOR_QUERY_TIMEOUT"
            ) from None
        except duckdb.OutOfMemoryException as error:
            if "temp_directory" in str(error) or "temporary" in str(error).lower():
                room = f"{human(query_temp())} of temporary disk; raise $MONITOR_QUERY_TEMP"
            else:
                room = f"{human(query_memory())} of memory; raise $MONITOR_QUERY_MEMORY"
            raise QueryTooBig(f"stopped: the query needs more than {room} or narrow the query") from None
        finally:
            timer.cancel()

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """Another connection to the store in this process (DuckDB's cursor), e.g. for an answer streamed as Arrow
        while the store's own connection serves other queries. A new DuckDB connection starts in the default
        catalog, where a DuckLake store is not (it is attached beside it): a lake's cursor is moved into it."""
        cursor = self.db.cursor()
        if self.lake:
            try:
                cursor.execute(f"USE {lake.CATALOG}")
            except BaseException:
                cursor.close()
                raise
        return cursor

    def query(self, sql: str, params: Sequence[Any] = ()) -> Result:
        if self._unsettled:
            self.settle()
        cursor = self.db.execute(sql, list(params))
        columns = [d[0] for d in cursor.description or []]
        return Result(columns, cursor.fetchall())


def _through_conflicts(work: Callable[[], object], shown: str, put_back: Callable[[], None] | None = None) -> None:
    """work(), tried again while it ends in a DuckLake transaction conflict, for up to $MONITOR_LOCK_WAIT
    seconds; then a one-line StoreBusy. The pauses grow, and are a little random so that two writers that
    conflicted do not meet again."""
    wait = lock_wait()
    deadline = time.monotonic() + wait
    attempt = 0
    while True:
        try:
            work()
            return
        except duckdb.Error as error:
            if not lake.is_conflict(error):
                raise
            pause = min(CONFLICT_PAUSE * 2**attempt, CONFLICT_PAUSE_MAX) * (0.5 + random.random())
            if time.monotonic() + pause > deadline:
                raise StoreBusy(
                    f"{shown}: other writers' commits kept conflicting with this one's for {wait:g} s "
                    "(raise $MONITOR_LOCK_WAIT, or run fewer writers)"
                ) from None
        if put_back is not None:
            put_back()
        time.sleep(pause)
        attempt += 1


def _on_disk(error: duckdb.Error) -> bool:
    """A failure of the file or the disk under it, not of the statement."""
    text = str(error).lower()
    return isinstance(error, duckdb.IOException | duckdb.FatalException) or any(
        words in text
        for words in ("could not write", "no space left", "read-only file system", "permission denied", "invalidated")
    )
