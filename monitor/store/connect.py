"""Connections to a store: a DuckDB file (waiting out another process's lock) or a DuckLake store (lake.py), a
reader's locked down with its limits; what is at a path before DuckDB touches it; the reader's schema check."""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import os
import shutil
import stat
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import duckdb

from monitor.store import lake
from monitor.store.errors import (
    NotAStore,
    SchemaTooNew,
    StoreBusy,
    StoreMissing,
    StoreUnusable,
    first_line,
    io_failure,
    is_lock_conflict,
)
from monitor.store.migrations import SCHEMA_VERSION, ForeignFile
from monitor.store.settings import query_memory, query_temp

DEFAULT_DB = "monitor.duckdb"
_TEMP_LOCK = threading.Lock()
_LAKE_LOCK = threading.Lock()
# (catalog address, data folder given) -> the read-only attached DuckLake store this process's readers share
_lake_readers: dict[tuple[str, str], duckdb.DuckDBPyConnection] = {}
_temp_root: Path | None = None


def default_db_path() -> str:
    return os.environ.get("MONITOR_DB") or DEFAULT_DB


def store_address(db: str | Path) -> str | Path:
    """A --db value as the store it names: a DuckLake store's address stays a string, a file is a Path."""
    return str(db) if lake.is_lake(str(db)) else Path(db)


def connect_file(path: Path, read_only: bool, wait: float, file_access: bool = False) -> duckdb.DuckDBPyConnection:
    """A connection to the file, waiting up to `wait` seconds while another process holds it.

    Read-only connections have no file or network access from SQL unless `file_access` (exports), may
    use $MONITOR_QUERY_MEMORY of memory and spill $MONITOR_QUERY_TEMP to a private temporary folder (not
    next to the store), and cannot change these settings. Any other failure than another process's lock
    is a StoreError naming its cause (errors.io_failure).
    """
    config = _reading_config(path, file_access) if read_only else {}
    deadline = time.monotonic() + wait
    pause = 0.05
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only, config=config)
        except duckdb.Error as error:
            if not is_lock_conflict(error):
                raise io_failure(path, error, "read" if read_only else "open") from None
            if time.monotonic() + pause > deadline:
                raise StoreBusy(
                    f"{path} is held by another process (DuckDB allows one writer): {first_line(error)}"
                ) from None
            time.sleep(pause)
            pause = min(pause * 2, 0.25)


def _reading_config(path: Path, file_access: bool) -> dict[str, Any]:
    # in this order: DuckDB refuses a temp_directory given before enable_external_access
    config: dict[str, Any] = {} if file_access else {"enable_external_access": False}
    config.update(_limits(path))
    config["lock_configuration"] = True
    return config


def _limits(path: Path | str) -> dict[str, Any]:
    """A reading connection's memory and temporary-disk limits, and its private temporary folder."""
    return {
        "memory_limit": f"{query_memory()}B",
        "max_temp_directory_size": f"{query_temp()}B",
        "temp_directory": str(_private_temp(path)),
    }


def connect_lake_store(dsn: str, data_path: str | Path | None, read_only: bool) -> duckdb.DuckDBPyConnection:
    """A connection to a DuckLake store (lake.connect_lake); a reader's is locked as a file reader's is:
    the same limits, only the store's data folder reachable, external access off, its configuration locked.

    Readers share one attached store per process and each get a session of it (a cursor): loading the two
    extensions and attaching the catalog takes a second or two, which a web request or a notebook call that
    opens the store should not pay each time. A reader's session still sees every commit since (DuckLake reads
    the last snapshot at each transaction), and a writer never waits for it."""
    if not read_only:
        return lake.connect_lake(dsn, data_path, read_only=False)
    key = (lake.catalog_address(dsn), "" if data_path is None else str(data_path))
    with _LAKE_LOCK:
        shared = _lake_readers.get(key)
        if shared is not None:
            try:
                return _session(shared)
            except duckdb.Error:  # the shared one broke (the catalog's server restarted): attach again
                del _lake_readers[key]
                with contextlib.suppress(duckdb.Error):
                    shared.close()
        shared = lake.connect_lake(dsn, data_path, read_only=True)
        try:
            lake.lock_reader(shared, _limits(dsn))
            session = _session(shared)
        except BaseException:
            shared.close()
            raise
        _lake_readers[key] = shared
        return session


def _session(shared: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
    session = shared.cursor()
    try:
        session.execute(f"USE {lake.CATALOG}")
    except BaseException:
        session.close()
        raise
    return session


def connect_for_export(db: str | Path, wait: float) -> duckdb.DuckDBPyConnection:
    """A reading connection that may write files (an export's COPY … TO), with a reader's limits: to a file,
    or to a DuckLake store (its data folder as remembered or recorded, lake.chosen_data_path)."""
    if not lake.is_lake(str(db)):
        return connect_file(Path(db), read_only=True, wait=wait, file_access=True)
    connection = lake.connect_lake(str(db), lake.chosen_data_path(str(db), None), read_only=True)
    try:
        for name, value in _limits(str(db)).items():
            connection.execute(f"SET {name} = '{value}'")
    except BaseException:
        connection.close()
        raise
    return connection


def _private_temp(path: Path | str) -> Path:
    """Where a reading connection to `path` spills: a folder of this process's own, removed at exit.

    One per file, so that two connections to one file in this process share DuckDB's instance (they must
    have the same settings) and two files never share a spill file.
    """
    global _temp_root
    with _TEMP_LOCK:
        if _temp_root is None or not _temp_root.is_dir():
            _temp_root = Path(tempfile.mkdtemp(prefix="monitor-query-"))
            atexit.register(shutil.rmtree, _temp_root, True)
        key = path if isinstance(path, str) else str(path.resolve())
        return _temp_root / hashlib.sha1(key.encode()).hexdigest()[:16]


def examine(path: Path) -> str:
    """What is at path before DuckDB touches it: "missing", "empty" (no bytes) or "duckdb".

    Raises StoreUnusable for a folder, a device (/dev/null), a SQLite file or any other file that is not
    DuckDB's (DuckDB would try to load an extension for SQLite, or call it held by another process).
    """
    try:
        info = path.stat()
    except FileNotFoundError:
        return "missing"
    except OSError as error:
        raise io_failure(path, error) from None
    if stat.S_ISDIR(info.st_mode):
        raise StoreUnusable(f"{path} is a directory, not a database file")
    if not stat.S_ISREG(info.st_mode):
        raise StoreUnusable(f"{path} is not a regular file (a device or a pipe), not a database file")
    if info.st_size == 0:
        return "empty"
    try:
        with path.open("rb") as file:
            head = file.read(16)
    except OSError as error:
        raise io_failure(path, error, "read") from None
    if head.startswith(b"SQLite format 3\0"):
        raise StoreUnusable(f"{path} is a SQLite database, not a DuckDB file")
    if head[8:12] != b"DUCK":
        raise StoreUnusable(f"{path} is not a DuckDB database file")
    return "duckdb"


def not_a_store(path: Path, foreign: ForeignFile) -> NotAStore:
    if foreign.clashes:  # --init could not help
        return NotAStore(
            f"{path} is a DuckDB file that is not a monitor store (it has {foreign.reason}; "
            f"monitor needs the name{'s' * (len(foreign.clashes) > 1)} {', '.join(foreign.clashes)}): give another file"
        )
    return NotAStore(
        f"{path} is a DuckDB file that is not a monitor store (it has {foreign.reason}); "
        "give another file, or add monitor's tables to it with a writing command's --init"
    )


def readable_version(db: duckdb.DuckDBPyConnection, version: int, shown: str | Path, empty: str) -> None:
    """A reader's schema check: a store with no tables yet is missing, one of a newer monitor refused (the
    connection closed either way)."""
    if version == 0:
        db.close()
        raise StoreMissing(empty)
    if version > SCHEMA_VERSION:
        db.close()
        raise SchemaTooNew(
            f"{shown} was written by a newer monitor (schema {version}; this one knows {SCHEMA_VERSION})"
        )


def not_a_lake_store(shown: str, foreign: ForeignFile) -> NotAStore:
    return NotAStore(f"{shown} is a DuckLake store that is not a monitor store (it has {foreign.reason})")
