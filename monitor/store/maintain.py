"""Upkeep of a store (`monitor maintain`, issue 19): what a long-lived store needs now and then, safe to run while
crawlers write and readers read.

A DuckLake store never deletes anything by itself: every write is a snapshot kept for time travel, small writes
leave small Parquet files (or rows inlined in the catalog), a rewritten article leaves delete files, and a writer
killed mid-transaction leaves a Parquet file no snapshot refers to. DuckLake's own calls mend each, run one by one
(each its own transaction) with our margins rather than the catalog-wide options CHECKPOINT would read:

1. ducklake_expire_snapshots(older_than): snapshots older than `keep_snapshots` forgotten (the last never is);
2. ducklake_merge_adjacent_files: small files merged, every snapshot still readable (a snapshot may refer to a
   part of a merged file);
3. ducklake_cleanup_old_files(older_than): the files steps 1-2 left unused deleted, once they have been unused for
   `keep_files` (a reader that began before may still be scanning them);
4. ducklake_delete_orphaned_files(older_than): Parquet files under the data folder that the catalog does not know,
   last written more than `keep_files` ago. A writer writes its files before it commits, so a younger one may be
   a running writer's: the margin keeps it.

Two more run only when the caller says no writer runs (`no_writers`): ducklake_flush_inlined_data before the
expiry (rows inlined in the catalog written as Parquet) and ducklake_rewrite_data_files after the merge (files
whose rows are nearly all deleted rewritten without them). Measured here with DuckDB 1.5.5 and a writer storing an
article at a time beside a loop of maintenance: the flush beside the merge lost committed articles (86 of 90 left,
in 2 runs of 3) and made the writer's commits fail ("another transaction has compacted it"), and the rewrite beside
the merge stopped on an internal error; the expiry, merge and both cleanups beside the writer lost nothing and
failed nothing (3 runs).

A DuckDB file has no snapshots: a CHECKPOINT writes its write-ahead log into the file, and DuckDB reuses the file's
free blocks for later writes (it never shrinks the file).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb

from monitor.store import lake
from monitor.store.connect import connect_lake_store
from monitor.store.errors import StoreError, first_line
from monitor.store.settings import human
from monitor.store.store import Store

KEEP_SNAPSHOTS = dt.timedelta(days=7)  # time travel (and a reader's snapshot) reaches back this far
# longer than any transaction a monitor command holds (a write is seconds, a query at most $MONITOR_QUERY_TIMEOUT)
# and than a backup takes between its catalog dump and its copy of the data folder (README "Running for a team")
KEEP_FILES = dt.timedelta(days=1)
CALL_TRIES = 5  # a maintenance call that a writer's commit conflicts with is tried again
CALL_PAUSE = 0.2  # seconds before the second try, doubled before each next
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhdw])\s*$", re.IGNORECASE)
Progress = Callable[[str], None]


class MaintenanceFailed(StoreError):
    """A maintenance step failed; the steps before it are done (each is its own transaction)."""


def duration(text: str) -> dt.timedelta:
    """'7d', '12h', '30m', '90s', '2w' (a number and one unit) as a timedelta; ValueError otherwise."""
    match = _DURATION.match(text)
    if not match:
        raise ValueError(f"{text!r} is not a duration: a number and a unit, s m h d or w (say 7d or 12h)")
    return dt.timedelta(seconds=float(match.group(1)) * _UNITS[match.group(2).lower()])


@dataclasses.dataclass(slots=True)
class Report:
    """What maintain() did (or, in a dry run, would do). Counts are of the catalog's files: data and delete files."""

    store: str
    dry_run: bool
    keep_snapshots: dt.timedelta
    keep_files: dt.timedelta
    lake: bool = True
    no_writers: bool = False  # the flush and rewrite ran (the caller said no writer runs)
    rows_flushed: int = 0
    snapshots_before: int = 0
    snapshots_after: int = 0
    snapshots_expired: int = 0
    files_before: int = 0
    files_after: int = 0
    bytes_before: int = 0
    bytes_after: int = 0
    files_merged: int = 0  # files merge_adjacent_files read
    files_merged_into: int = 0  # files it wrote
    files_rewritten: int = 0
    old_files: list[str] = dataclasses.field(default_factory=list)
    old_bytes: int = 0
    orphans: list[str] = dataclasses.field(default_factory=list)
    orphan_bytes: int = 0
    waiting: int = 0  # files left unused less than keep_files ago: a later run removes them
    free_blocks_bytes: int = 0  # a file store's free blocks, reused by later writes

    @property
    def bytes_freed(self) -> int:
        if not self.lake:
            return max(self.bytes_before - self.bytes_after, 0)
        return self.old_bytes + self.orphan_bytes

    def lines(self) -> list[str]:
        """The report for people, one fact a line."""
        would = "would be " if self.dry_run else ""
        head = f"{self.store}{' (dry run: nothing changed)' if self.dry_run else ''}"
        if not self.lake:
            return [
                head,
                f"checkpoint: {'not run' if self.dry_run else 'done'} (a DuckDB file has no snapshots)",
                f"file and write-ahead log: {human(self.bytes_before)} -> {human(self.bytes_after)}, "
                f"{human(self.bytes_freed)} freed",
                f"free blocks inside the file, reused by later writes: {human(self.free_blocks_bytes)}",
            ]
        out = [head]
        if not self.no_writers:
            out.append("inlined rows and files of deleted rows: left as they are (--no-writers when nothing writes)")
        elif not self.dry_run:
            out.append(f"inlined rows written to Parquet: {self.rows_flushed}")
        out.append(
            f"snapshots {would}expired: {self.snapshots_expired} (older than {_shown(self.keep_snapshots)}; "
            f"{self.snapshots_before} -> {self.snapshots_after})"
        )
        if self.dry_run:
            out.append("files merged or rewritten: not previewed (a dry run writes nothing)")
        else:
            out.append(f"small files merged: {self.files_merged} into {self.files_merged_into}")
            if self.no_writers:
                out.append(f"files rewritten without their deleted rows: {self.files_rewritten}")
            out.append(f"data and delete files: {self.files_before} -> {self.files_after}")
        out.append(f"unused files {would}removed: {len(self.old_files)} ({human(self.old_bytes)})")
        out.append(f"orphaned files {would}removed: {len(self.orphans)} ({human(self.orphan_bytes)})")
        if self.waiting:
            out.append(
                f"unused files kept until they are {_shown(self.keep_files)} old (a reader may scan them): "
                f"{self.waiting}"
            )
        out.append(f"bytes {'that would be ' if self.dry_run else ''}freed: {human(self.bytes_freed)}")
        return out

    def as_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["keep_snapshots"] = self.keep_snapshots.total_seconds()
        data["keep_files"] = self.keep_files.total_seconds()
        data["bytes_freed"] = self.bytes_freed
        return data


def maintain(
    address: str | Path,
    keep_snapshots: dt.timedelta = KEEP_SNAPSHOTS,
    keep_files: dt.timedelta = KEEP_FILES,
    dry_run: bool = False,
    progress: Progress = lambda _: None,
    no_writers: bool = False,
) -> Report:
    """Maintain the store at `address` (a DuckDB file, or a DuckLake store's address) and say what was done.

    A store that does not exist is StoreMissing (nothing is created). Writers and readers may run meanwhile, unless
    `no_writers` (the caller has stopped them): then a DuckLake store's inlined rows are flushed to Parquet and its
    files of deleted rows rewritten too.
    """
    Store.open(address, read_only=True).close()  # StoreMissing, never a new store; upgrades an older one
    shown = lake.redacted(str(address))
    report = Report(shown, dry_run, keep_snapshots, keep_files, lake=lake.is_lake(str(address)), no_writers=no_writers)
    if not report.lake:
        return _maintain_file(Path(address), report, progress)
    # a bare connection, not a Store: a Store's writer settles the timeline on closing, a commit of its own that a
    # dry run must not make; the catalog records the data folder (checked by the opening above)
    db = connect_lake_store(str(address), None, read_only=False)
    try:
        _maintain_lake(db, report, progress)
    finally:
        db.close()
    return report


def _maintain_file(path: Path, report: Report, progress: Progress) -> Report:
    wal = path.with_name(path.name + ".wal")
    report.bytes_before = _size(path) + _size(wal)
    with Store.open(path, read_only=report.dry_run) as store:
        if not report.dry_run:
            progress(f"checkpoint of {path}")
            store.db.execute("CHECKPOINT")
        row = store.db.execute("SELECT free_blocks, block_size FROM pragma_database_size()").fetchone()
        report.free_blocks_bytes = int(row[0]) * int(row[1]) if row else 0  # type: ignore[index]
    report.bytes_after = _size(path) + _size(wal)
    return report


def _maintain_lake(db: duckdb.DuckDBPyConnection, report: Report, progress: Progress) -> None:
    dry = "true" if report.dry_run else "false"
    snapshots_before = _ago(report.keep_snapshots)
    files_before = _ago(report.keep_files)
    report.snapshots_before = _snapshots(db)
    report.files_before, report.bytes_before = _files(db)
    if report.no_writers and not report.dry_run:
        progress("writing the rows inlined in the catalog to Parquet")
        rows = _call(db, "flush inlined rows", "ducklake_flush_inlined_data", "")
        report.rows_flushed = sum(int(row[2] or 0) for row in rows)
    progress(f"expiring the snapshots older than {_shown(report.keep_snapshots)}")
    expired = _call(
        db, "expire snapshots", "ducklake_expire_snapshots", f"dry_run => {dry}, older_than => {snapshots_before}"
    )
    report.snapshots_expired = len(expired)
    if not report.dry_run:
        progress("merging small files")
        merged = _call(db, "merge small files", "ducklake_merge_adjacent_files", "")
        report.files_merged = sum(int(row[2] or 0) for row in merged)
        report.files_merged_into = sum(int(row[3] or 0) for row in merged)
        if report.no_writers:
            progress("rewriting files whose rows are nearly all deleted")
            rewritten = _call(db, "rewrite files", "ducklake_rewrite_data_files", "")
            report.files_rewritten = sum(int(row[2] or 0) for row in rewritten)
    report.old_files, report.old_bytes = _removed(
        db, report, "remove unused files", "ducklake_cleanup_old_files", files_before, progress
    )
    report.orphans, report.orphan_bytes = _removed(
        db, report, "remove orphaned files", "ducklake_delete_orphaned_files", files_before, progress
    )
    report.snapshots_after = report.snapshots_before - report.snapshots_expired if report.dry_run else _snapshots(db)
    report.files_after, report.bytes_after = _files(db)
    report.waiting = db.execute(
        f"SELECT count(*) FROM {lake.METADATA}.ducklake_files_scheduled_for_deletion"
    ).fetchone()[0]  # type: ignore[index]
    if report.dry_run:
        report.waiting -= len(report.old_files)


def _removed(
    db: duckdb.DuckDBPyConnection, report: Report, step: str, function: str, older_than: str, progress: Progress
) -> tuple[list[str], int]:
    """The files a cleanup call removes (or would), and their bytes: measured on a dry run just before, as a removed
    file has no size left to read."""
    progress(f"{'listing' if report.dry_run else 'removing'} {step.removeprefix('remove ')}")
    listed = [row[0] for row in _call(db, step, function, f"dry_run => true, older_than => {older_than}")]
    sizes = _sizes(db, listed)
    if report.dry_run:
        return listed, sum(sizes.values())
    removed = [row[0] for row in _call(db, step, function, f"dry_run => false, older_than => {older_than}")]
    return removed, sum(sizes.get(path, 0) for path in removed)


def _call(db: duckdb.DuckDBPyConnection, step: str, function: str, arguments: str) -> list[tuple[Any, ...]]:
    """CALL function('lake', arguments), tried again when a writer's commit conflicts with it."""
    sql = f"CALL {function}('{lake.CATALOG}'{', ' + arguments if arguments else ''})"
    for attempt in range(CALL_TRIES):
        try:
            return db.execute(sql).fetchall()
        except duckdb.Error as error:
            if lake.is_conflict(error) and attempt < CALL_TRIES - 1:
                time.sleep(CALL_PAUSE * 2**attempt)
                continue
            raise MaintenanceFailed(f"maintenance stopped at '{step}': {lake.redacted(first_line(error))}") from None
    raise AssertionError("unreachable")  # the loop returns or raises


def _snapshots(db: duckdb.DuckDBPyConnection) -> int:
    return db.execute(f"SELECT count(*) FROM ducklake_snapshots('{lake.CATALOG}')").fetchone()[0]  # type: ignore[index]


def _files(db: duckdb.DuckDBPyConnection) -> tuple[int, int]:
    """The data and delete files the catalog's current snapshot refers to, and their bytes."""
    row = db.execute(
        "SELECT coalesce(sum(file_count + delete_file_count), 0), "
        "coalesce(sum(file_size_bytes + delete_file_size_bytes), 0) "
        f"FROM ducklake_table_info('{lake.CATALOG}')"
    ).fetchone()
    return (int(row[0]), int(row[1])) if row else (0, 0)


def _sizes(db: duckdb.DuckDBPyConnection, paths: list[str]) -> dict[str, int]:
    """Each file's size, read by DuckDB (a local folder or object storage alike); a file gone meanwhile is left out."""
    if not paths:
        return {}
    try:
        return dict(db.execute("SELECT filename, size FROM read_blob(?)", [paths]).fetchall())
    except duckdb.Error:  # one was removed meanwhile: each alone
        sizes = {}
        for path in paths:
            try:
                sizes.update(db.execute("SELECT filename, size FROM read_blob(?)", [path]).fetchall())
            except duckdb.Error:
                continue
        return sizes


def _ago(span: dt.timedelta) -> str:
    """A timestamp `span` before now, as SQL for an older_than argument."""
    return f"now() - INTERVAL '{span.total_seconds():.3f} seconds'"


def _shown(span: dt.timedelta) -> str:
    seconds = span.total_seconds()
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size and seconds % size == 0:
            return f"{seconds / size:g}{unit}"
    return f"{seconds:g}s"


def _size(path: Path) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0
