"""What can go wrong with a store file, each a one-line message that names the file and the real cause.

Every class here is a StoreError, so a command line catches them all with one clause and prints
`Error: {message}`. Query failures (QueryRefused, QueryStopped) live in guard.py.
"""

from __future__ import annotations

from pathlib import Path

import duckdb


class StoreError(RuntimeError):
    """Base of the store's one-line errors: str() is the message to print after "Error: "."""


class StoreBusy(StoreError):
    """Another process held the file for longer than we would wait."""


class StoreMissing(FileNotFoundError):
    """A read command was given a database file that does not exist (or holds nothing yet)."""


class SchemaTooNew(StoreError):
    """The file was written by a newer monitor than this one."""


class NotAStore(StoreError):
    """A DuckDB file that is not a monitor store (other tables, no schema row): read commands leave it
    alone, and writing commands add monitor's tables to it only when asked (Store.open(init=True), --init)."""


class StoreUnusable(StoreError):
    """The file cannot be used at all: a folder, a device, not a DuckDB file, damaged, a read-only file or
    file system, no permission."""


class StoreFull(StoreUnusable):
    """A write failed because the disk (or the file system holding the store) is full."""


class BadSetting(StoreError, ValueError):
    """An environment variable ($MONITOR_LOCK_WAIT, $MONITOR_QUERY_TIMEOUT, ...) holds a value we cannot use."""


def first_line(error: BaseException) -> str:
    """DuckDB's message without its class prefix ("IO Error: ") or the hints on the lines after it."""
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    for prefix in ("IO Error: ", "TransactionContext Error: ", "Invalid Input Error: ", "FATAL Error: "):
        text = text.removeprefix(prefix)
    return text


def is_lock_conflict(error: BaseException) -> bool:
    """DuckDB's "Could not set lock on file …: Conflicting lock is held in … (PID …)", nothing else."""
    text = str(error).lower()
    return "conflicting lock" in text or "could not set lock" in text


def io_failure(path: Path | str, error: BaseException, doing: str = "open") -> StoreError:
    """The StoreError naming the real cause of a DuckDB (or OS) failure to open, read or write `path`."""
    low = str(error).lower()
    if "no space left" in low or "disk full" in low or "disk quota" in low:
        return StoreFull(f"cannot write {path}: no space left on device (free some space, or use a --db elsewhere)")
    if "read-only file system" in low:
        return StoreUnusable(f"cannot write {path}: it is on a read-only file system")
    if "permission denied" in low or "operation not permitted" in low:
        return StoreUnusable(f"cannot {doing} {path}: permission denied (the file or its folder is not writable)")
    if "is a directory" in low:
        return StoreUnusable(f"{path} is a directory, not a database file")
    if "not a valid duckdb database file" in low:
        return StoreUnusable(f"{path} is not a DuckDB database file")
    if "corrupt" in low or "checksum" in low or "could not read enough bytes" in low or "invalid magic" in low:
        return StoreUnusable(f"{path} is damaged ({first_line(error)}); restore it from a copy or use another --db")
    if "no such file or directory" in low:
        return StoreUnusable(f"cannot {doing} {path}: its folder {path.parent} does not exist")
    if "database has been invalidated" in low:
        return StoreUnusable(
            f"cannot {doing} {path}: an earlier write failed and DuckDB closed the file ({first_line(error)})"
        )
    if isinstance(error, duckdb.Error | OSError):
        return StoreUnusable(f"cannot {doing} {path}: {first_line(error)}")
    return StoreUnusable(f"cannot {doing} {path}: {type(error).__name__}: {first_line(error)}")
