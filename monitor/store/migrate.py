"""A whole store copied to another (issue 19, `monitor migrate`): a DuckDB file to a DuckLake store and back, a
file to a file, or a DuckLake store to another.

One DuckDB connection holds both stores, the source attached READ_ONLY, and copies each table of the schema with
one INSERT … SELECT (DuckDB moves the rows in bulk: a DuckLake target gets large Parquet files, not one per row).
The copy is one transaction on the target, so a migration that fails or is killed commits nothing: the target is
left as it was (a file it created is removed; a DuckLake catalog it created stays, holding no rows, and a second
run takes it). The target must be new or hold no row of monitor's: two stores are never mixed. The source is never
written, except that Store.open first brings an older one to this schema (and settles what a killed writer left),
as any command would. Then every table's rows are counted on both sides.
"""

from __future__ import annotations

import contextlib
import dataclasses
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import duckdb

from monitor.store import lake
from monitor.store.connect import examine
from monitor.store.errors import (
    NotAStore,
    SchemaTooNew,
    StoreBusy,
    StoreError,
    StoreMissing,
    StoreUnusable,
    first_line,
    io_failure,
    is_lock_conflict,
)
from monitor.store.migrations import SCHEMA_VERSION, ForeignFile, file_version, roll_back, upgrade
from monitor.store.store import LAKE_SCHEMA, SCHEMA, Store

# every table of the schema (schema.sql, timeline.sql), in the order they are created; views and macros are
# made anew from the schema in the target
TABLES: tuple[str, ...] = tuple(re.findall(r"\bCREATE\s+TABLE\s+IF\s+NOT\s+EXISTS\s+(\w+)", SCHEMA, re.IGNORECASE))
# the names the two stores are attached under; a DuckLake store opened by lake.connect_lake is lake.CATALOG
SOURCE, TARGET = "source", "target"

# told before each table is copied: its place (0, 1, …, of len(TABLES)), its name and the source's rows in it
OnTable = Callable[[int, str, int], None]


class SameStore(StoreError, ValueError):
    """--from and --to name one store."""


class TargetNotEmpty(StoreError):
    """The target already holds rows of monitor's: copying into it would mix two stores."""


@dataclasses.dataclass(frozen=True, slots=True)
class Count:
    """One table's rows in the source and in the target after the copy."""

    table: str
    source: int
    target: int

    @property
    def equal(self) -> bool:
        return self.source == self.target


def shown(address: str | Path) -> str:
    """A store's name for a message: a DuckLake address without any password."""
    return lake.redacted(str(address)) if lake.is_lake(str(address)) else str(address)


def same_store(first: str | Path, second: str | Path) -> bool:
    """Whether two --db values name one store: one file (by its real path), or one catalog (the same key = value
    pairs in any order)."""
    a, b = str(first), str(second)
    if lake.is_lake(a) or lake.is_lake(b):
        return lake.is_lake(a) and lake.is_lake(b) and _pairs(a) == _pairs(b)
    one, other = Path(a), Path(b)
    with contextlib.suppress(OSError):
        return one.samefile(other)  # both exist: a hard link or a symbolic one is the same file
    return one.resolve() == other.resolve()


def migrate(
    source: str | Path, target: str | Path, data_path: str | Path | None = None, on_table: OnTable | None = None
) -> list[Count]:
    """Copy every table of the store `source` into the new or empty store `target` in one transaction, and count
    each table's rows on both sides (the caller decides what a difference means).

    `data_path` is a DuckLake target's data folder (default: lake.chosen_data_path, $MONITOR_DATA_PATH). Raises
    SameStore, StoreMissing (no source), TargetNotEmpty, or another StoreError naming the cause.
    """
    source, target = str(source), str(target)
    if same_store(source, target):
        raise SameStore(f"--from and --to are the same store ({shown(source)}): give another target")
    _ready_source(source)
    created = False
    if not lake.is_lake(target):
        path = Path(target)
        found = examine(path)  # a folder, a SQLite file or another file that is not DuckDB's is refused here
        if found == "empty":  # DuckDB cannot attach a file of no bytes; it holds nothing to lose
            _remove(path)
        created = found != "duckdb"
    try:
        with _both(source, target, data_path) as (db, source_name, target_name):
            return _copy(db, source_name, target_name, shown(target), on_table)
    except BaseException:
        if created:  # the target did not exist: as it was is not there at all
            with contextlib.suppress(StoreError):  # the failure to report is the migration's
                _remove(Path(target))
        raise


def _ready_source(source: str) -> None:
    """The source exists and is a monitor store at this schema (Store.open upgrades an older one). A DuckLake
    source is opened with the data folder its catalog records, whatever $MONITOR_DATA_PATH (the target's) says."""
    data_path = None
    if lake.is_lake(source):
        try:
            db = lake.connect_lake(source, None, read_only=True)
        except lake.LakeMissing:
            raise StoreMissing(f"no DuckLake store at {shown(source)}") from None
        with contextlib.closing(db):
            data_path = lake.data_folder(db)
    Store.open(source, read_only=True, data_path=data_path).close()


@contextlib.contextmanager
def _both(
    source: str, target: str, data_path: str | Path | None
) -> Iterator[tuple[duckdb.DuckDBPyConnection, str, str]]:
    """One connection holding the source (READ_ONLY) and the target, and the names they are attached under.

    A DuckLake store comes from lake.connect_lake, which loads the extensions: the target if it is one, else the
    source; the other store is attached beside it."""
    if lake.is_lake(target):
        db = lake.connect_lake(target, lake.chosen_data_path(target, data_path), read_only=False)
        names = (SOURCE, lake.CATALOG)
    elif lake.is_lake(source):
        db = lake.connect_lake(source, None, read_only=True)
        names = (lake.CATALOG, TARGET)
    else:
        db = duckdb.connect(":memory:", config={"autoinstall_known_extensions": False})
        names = (SOURCE, TARGET)
    try:
        if names[0] == SOURCE:
            _attach(db, source, SOURCE, read_only=True)
        if names[1] == TARGET:
            _attach(db, target, TARGET, read_only=False)
        yield db, names[0], names[1]
    finally:
        db.close()


def _attach(db: duckdb.DuckDBPyConnection, address: str, name: str, read_only: bool) -> None:
    """Attach a file, or an existing DuckLake store (its catalog records its data folder), as `name`."""
    where = lake.PREFIX + lake.catalog_address(address) if lake.is_lake(address) else address
    options = " (READ_ONLY)" if read_only else ""
    try:
        db.execute(f"ATTACH '{where.replace(chr(39), chr(39) * 2)}' AS {name}{options}")
    except duckdb.Error as error:
        if is_lock_conflict(error):
            raise StoreBusy(f"{address} is held by another process (DuckDB allows one writer)") from None
        if lake.is_lake(address):
            raise StoreUnusable(f"cannot read {shown(address)}: {lake.redacted(first_line(error))}") from None
        raise io_failure(Path(address), error, "read" if read_only else "open") from None


def _copy(
    db: duckdb.DuckDBPyConnection, source: str, target: str, target_shown: str, on_table: OnTable | None
) -> list[Count]:
    """The copy itself, once both stores are attached: the target checked, then one transaction."""
    db.execute(f"USE {target}")  # the schema's statements (file_version, upgrade, schema.sql) act on the target
    schema = LAKE_SCHEMA if target == lake.CATALOG else SCHEMA
    try:
        version = file_version(db)
    except ForeignFile as foreign:  # monitor's tables are never added beside another program's
        raise NotAStore(f"{target_shown} is not a monitor store (it has {foreign.reason}): give a new store") from None
    if version > SCHEMA_VERSION:
        raise SchemaTooNew(f"{target_shown} was written by a newer monitor (schema {version})")
    if version:
        _refuse_rows(db, target, target_shown)  # before upgrading a store that is not ours to touch
        if version < SCHEMA_VERSION:
            upgrade(db, schema)  # an empty store of an older monitor: brought to this schema first
    counts: dict[str, int] = {}
    db.execute("BEGIN TRANSACTION")
    try:
        db.execute(schema)  # a new target's tables, views and macros; an existing one's stay as they are
        _refuse_rows(db, target, target_shown)  # again inside the transaction: nobody wrote meanwhile
        db.execute(f"DELETE FROM {target}.schema_version")  # the source's history replaces the new store's
        for place, table in enumerate(TABLES):
            counts[table] = _rows(db, source, table)
            if on_table is not None:
                on_table(place, table, counts[table])
            # by name: an upgraded source has its later columns at the end, a new target in schema.sql's order
            db.execute(f"INSERT INTO {target}.{table} BY NAME SELECT * FROM {source}.{table}")
        db.execute("COMMIT")
    except BaseException:
        roll_back(db)
        raise
    return [Count(table, rows, _rows(db, target, table)) for table, rows in counts.items()]


def _refuse_rows(db: duckdb.DuckDBPyConnection, target: str, target_shown: str) -> None:
    """TargetNotEmpty if any table of the schema in the target holds a row (schema_version aside: a new store has
    its "created" row)."""
    tables = db.execute("SELECT table_name FROM duckdb_tables() WHERE database_name = ?", [target]).fetchall()
    present = {row[0] for row in tables}
    counted = [(table, _rows(db, target, table)) for table in TABLES if table in present and table != "schema_version"]
    held = [(table, rows) for table, rows in counted if rows]
    if held:
        listed = ", ".join(f"{rows} {table}" for table, rows in held[:3]) + (" …" if len(held) > 3 else "")
        raise TargetNotEmpty(
            f"{target_shown} already holds a store ({listed}): migrate into a new or empty store, never into one "
            "with rows"
        )


def _rows(db: duckdb.DuckDBPyConnection, catalog: str, table: str) -> int:
    return db.execute(f"SELECT count(*) FROM {catalog}.{table}").fetchone()[0]  # type: ignore[index]


def _pairs(address: str) -> list[str]:
    return sorted(lake.catalog_address(address).split())


def _remove(path: Path) -> None:
    """A file store and its write-ahead log, gone."""
    for each in (path, path.with_name(path.name + ".wal")):
        try:
            each.unlink(missing_ok=True)
        except OSError as error:
            raise io_failure(each, error, "remove") from None
