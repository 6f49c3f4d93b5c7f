"""The --db and --data-path options of every command that reads or writes a store.

They live here rather than in monitor.cli so that `monitor serve` (monitor.web) and `monitor search`, which
monitor.cli imports, share them without an import cycle.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import click

from monitor.store import default_db_path, lake

DB_HELP = (
    "The store: a DuckDB file, or a DuckLake store shared by several machines, "
    "'ducklake:postgres:dbname=… host=… user=…' (a password only in $PGPASSWORD or a pgpass file). "
    "Default: $MONITOR_DB, else monitor.duckdb in the working folder."
)
DATA_PATH_HELP = (
    "A DuckLake store's data folder (or URL) of Parquet files: needed to create the store, checked against the "
    "catalog's after. Default: $MONITOR_DATA_PATH."
)


def _given(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if isinstance(value, str) and not value.strip():
        raise click.BadParameter("must not be empty (leave the option out instead)", ctx, param)
    return value


def store_options(command: Callable[..., Any] | None = None, *, db_help: str = DB_HELP) -> Any:
    """Add --db and --data-path to a command, which receives `db` (as given, or None for the default):
    `@store_options`, or `@store_options(db_help=…)` for a command whose --db means more.

    A --data-path holds for the DuckLake store the command opens while it runs (lake.given_data_path), so that
    every opening of it finds the folder; with a file store it is a usage error.
    """

    if command is None:
        return functools.partial(store_options, db_help=db_help)

    @functools.wraps(command)
    def run(*args: Any, db: str | None, data_path: str | None, **kwargs: Any) -> Any:
        if data_path is not None:
            address = db or default_db_path()
            if not lake.is_lake(address):
                raise click.UsageError(
                    f"--data-path is a DuckLake store's data folder, and {address} is a DuckDB file: "
                    "leave --data-path out, or give --db ducklake:postgres:…"
                )
            with lake.given_data_path(address, data_path):
                return command(*args, db=db, **kwargs)
        return command(*args, db=db, **kwargs)

    run = click.option("--data-path", "data_path", default=None, callback=_given, help=DATA_PATH_HELP)(run)
    return click.option("--db", default=None, callback=_given, help=db_help)(run)
