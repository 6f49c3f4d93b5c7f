"""A DuckLake store: the catalog in a PostgreSQL database, the data as Parquet files in a folder (issue 19).

Every client is a DuckDB process of its own, with snapshot isolation: a reader sees the last commit and is
never blocked by a writer, and several writers append side by side. DuckDB reaches the catalog through two
extensions, ducklake and postgres_scanner, which are loaded here from the files their wheels ship
(duckdb-extension-ducklake, duckdb-extension-postgres-scanner), with DuckDB's own installing and loading
of extensions off: nothing is downloaded and nothing is written under ~/.duckdb.

The catalog's address is a libpq connection string, given as `ducklake:postgres:dbname=… host=… port=…
user=…` (the `ducklake:postgres:` prefix may be left out). It never holds a password: libpq takes that from
$PGPASSWORD or a pgpass file ($PGPASSFILE, else ~/.pgpass), so the address can be shown in any log line.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb

from monitor.store.errors import BadSetting, StoreUnusable, first_line

PREFIX = "ducklake:postgres:"
CATALOG = "lake"  # the name the store is attached under, and made the default schema's catalog (USE)
METADATA = f"__ducklake_metadata_{CATALOG}"  # the catalog's own tables, attached by DuckLake beside it
# the wheels, by extension: (Python package, extension name)
POSTGRES = ("duckdb_extension_postgres_scanner", "postgres_scanner")
DUCKLAKE = ("duckdb_extension_ducklake", "ducklake")

# key = value pairs of a libpq connection string; a value is a bare word or a quoted one ('it''s', 'a\'b')
_PAIR = re.compile(r"\s*([A-Za-z_]+)\s*=\s*('(?:[^'\\]|\\.)*'|[^\s']*)")
# a URI's user information with a password: postgresql://user:secret@host
# keys in schema.sql: a table's `PRIMARY KEY (a, b)` line (with the comma before it), a column's PRIMARY KEY
_TABLE_KEY = re.compile(r",(\s*--[^\n]*)?\s*\n\s*(?:PRIMARY\s+KEY|UNIQUE)\s*\([^)]*\)", re.IGNORECASE)
_COLUMN_KEY = re.compile(r"\s+(?:PRIMARY\s+KEY|UNIQUE)\b(?!\s*\()", re.IGNORECASE)
_URI_SECRET = re.compile(r"(postgres(?:ql)?://[^:/@?#\s]*):[^@/?#\s]*@")
_given_data_paths: dict[str, str] = {}  # catalog address -> the --data-path of a running command (given_data_path)


def is_lake(db: str) -> bool:
    """Whether a --db value names a DuckLake store rather than a DuckDB file."""
    return db.startswith(PREFIX)


def extension_path(package: str, name: str) -> Path:
    """The signed extension file `name` that the wheel `package` ships for the DuckDB version installed.

    Each wheel holds one file, `<package>/extensions/v<duckdb version>/<name>.duckdb_extension`, and pins the
    DuckDB version exactly; a StoreUnusable says which wheel to install when it is missing.
    """
    version = duckdb.__version__
    wheel = f"{package.replace('_', '-')}=={version}"
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise StoreUnusable(f"the {name} extension is not installed: pip install {wheel}")
    for folder in spec.submodule_search_locations:
        path = Path(folder) / "extensions" / f"v{version}" / f"{name}.duckdb_extension"
        if path.is_file():
            return path
    raise StoreUnusable(f"the {name} extension installed is not DuckDB {version}'s: pip install {wheel}")


def catalog_address(dsn: str) -> str:
    """The libpq connection string of the catalog, from a --db value (with or without `ducklake:postgres:`).

    A password in it is refused (BadSetting), in a message that does not repeat it.
    """
    address = dsn.strip().removeprefix("ducklake:").removeprefix("postgres:").strip()
    if not address:
        raise BadSetting("a DuckLake store needs its catalog's address: ducklake:postgres:dbname=… host=… user=…")
    if _URI_SECRET.search(address) or any(key.lower() == "password" for key, _ in _pairs(address)):
        raise BadSetting(
            f"the DuckLake address {redacted(dsn)} holds a password: give it in $PGPASSWORD or a pgpass file "
            "(~/.pgpass, $PGPASSFILE), never in --db or $MONITOR_DB"
        )
    return address


def redacted(dsn: str) -> str:
    """The address with any password replaced by ***, for a message."""
    text = _URI_SECRET.sub(r"\1:***@", dsn.strip())
    return _PAIR.sub(lambda m: m.group(0) if m.group(1).lower() != "password" else f" {m.group(1)}=***", text)


@contextlib.contextmanager
def given_data_path(dsn: str, data_path: str | Path) -> Iterator[None]:
    """The data folder a command was given (--data-path) for this store, used while the command runs by every
    opening of it that names none: a command opens its store in several places (crawl passes, the search index,
    the web app's requests), and only the first, which may create the store, needs the folder."""
    key = catalog_address(dsn)
    before = _given_data_paths.get(key)
    _given_data_paths[key] = str(data_path)
    try:
        yield
    finally:
        if before is None:
            _given_data_paths.pop(key, None)
        else:
            _given_data_paths[key] = before


def chosen_data_path(dsn: str, data_path: str | Path | None) -> str | Path | None:
    """`data_path`, else the one the running command was given for this store, else $MONITOR_DATA_PATH, else
    none (an existing store's catalog records its own)."""
    if data_path is not None:
        return data_path
    return _given_data_paths.get(catalog_address(dsn)) or os.environ.get("MONITOR_DATA_PATH") or None


def current_snapshot(db: duckdb.DuckDBPyConnection) -> int:
    """The id of the last snapshot committed to the attached store: it grows with every write."""
    return db.execute(f"SELECT id FROM {CATALOG}.current_snapshot()").fetchone()[0]  # type: ignore[index]


class LakeMissing(StoreUnusable):
    """The catalog's database holds no DuckLake store yet, and no data folder was given to create one."""


def connect_lake(dsn: str, data_path: str | Path | None, read_only: bool) -> duckdb.DuckDBPyConnection:
    """A connection to the DuckLake store whose catalog is at `dsn`, attached as `lake` and in use (USE lake).

    `data_path` is the folder (or object-storage URL) of its Parquet files: needed when the catalog is
    created, optional afterwards (the catalog remembers it; a different one is refused by DuckLake). A local
    folder is created for a writer. A reader attaches READ_ONLY. A catalog that does not exist yet is
    LakeMissing unless a writer gives `data_path`. Failures are one-line StoreErrors that show the address,
    never a password.
    """
    address = catalog_address(dsn)
    shown = PREFIX + address
    config = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}
    db = duckdb.connect(":memory:", config=config)
    try:
        for package, name in (POSTGRES, DUCKLAKE):
            db.execute(f"LOAD {_literal(str(extension_path(package, name)))}")
        options = []
        if data_path is not None:
            options.append(f"DATA_PATH {_literal(_folder(data_path, create=not read_only))}")
        elif not read_only:  # without a data folder, only an existing store: never one in a default place
            options.append("CREATE_IF_NOT_EXISTS false")
        if read_only:
            options.append("READ_ONLY")
        attach = f"ATTACH {_literal(PREFIX + address)} AS {CATALOG}"
        db.execute(attach + (f" ({', '.join(options)})" if options else ""))
        db.execute(f"USE {CATALOG}")
    except duckdb.Error as error:
        db.close()
        if "creating a new DuckLake is explicitly disabled" in str(error):
            raise LakeMissing(
                f"{shown} holds no DuckLake store yet: give its data folder (--data-path) to create one"
            ) from None
        raise StoreUnusable(f"cannot {'read' if read_only else 'open'} {shown}: {_cause(error)}") from None
    except BaseException:
        db.close()
        raise
    return db


def data_folder(db: duckdb.DuckDBPyConnection) -> str:
    """The data folder (or URL) the attached store's catalog records."""
    row = db.execute(f"SELECT value FROM {METADATA}.ducklake_metadata WHERE key = 'data_path'").fetchone()
    if row is None or not row[0]:
        raise StoreUnusable("the DuckLake catalog records no data folder")
    return str(row[0])


def lock_reader(db: duckdb.DuckDBPyConnection, settings: dict[str, Any]) -> None:
    """Lock a reader's connection as a file reader's is: `settings` (memory, temporary disk) first, then only
    the store's data folder reachable (allowed_directories), external access off and the configuration locked.
    The catalog's PostgreSQL stays reachable (the attached store reads it), so the query guard refuses its
    database (METADATA) and the postgres_*() and ducklake_*() functions."""
    folder = data_folder(db)
    for name, value in settings.items():
        db.execute(f"SET {name} = {_literal(str(value))}")
    db.execute(f"SET allowed_directories = [{_literal(folder)}]")
    db.execute("SET enable_external_access = false")
    db.execute("SET lock_configuration = true")


def without_keys(schema_sql: str) -> str:
    """The schema for a DuckLake store, which has no PRIMARY KEY or UNIQUE: the same statements with the keys
    left out (a column's PRIMARY KEY or UNIQUE, and a table's PRIMARY KEY (…) or UNIQUE (…) line). Each
    writer keeps the keys unique itself (MERGE INTO, or a delete then an insert in one transaction)."""
    text = _TABLE_KEY.sub("", schema_sql)
    return _COLUMN_KEY.sub("", text)


def is_conflict(error: BaseException) -> bool:
    """DuckLake refused a commit because another writer changed the same table meanwhile: worth a retry."""
    return "Transaction conflict" in str(error)


def _pairs(address: str) -> list[tuple[str, str]]:
    return [(m.group(1), m.group(2)) for m in _PAIR.finditer(address)]


def _folder(data_path: str | Path, create: bool) -> str:
    """DuckLake's DATA_PATH: a URL as given, a local folder absolute and ending in '/'."""
    text = str(data_path)
    if "://" in text:
        return text if text.endswith("/") else text + "/"
    folder = Path(text).expanduser().resolve()
    if create:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreUnusable(f"cannot create the data folder {folder}: {error.strerror or error}") from None
    return str(folder) + "/"


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _cause(error: BaseException) -> str:
    """DuckDB's message in one line, with any password that libpq echoed replaced."""
    return redacted(first_line(error))
