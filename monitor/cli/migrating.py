"""`monitor migrate`: a store copied whole to another, a DuckDB file to a DuckLake store and back (issue 19)."""

from __future__ import annotations

import contextlib
import sys

import click

from monitor import pipeline
from monitor.cli.base import Given, cli, format_option, stderr_console, warn
from monitor.cli.printing import print_result
from monitor.store import Result, StoreMissing, lake
from monitor.store.migrate import TABLES, Count, SameStore, migrate, shown

STORE_HELP = "a DuckDB file, or a DuckLake store 'ducklake:postgres:dbname=… host=… user=…'"


@cli.command(name="migrate")
@click.option(
    "--from", "source", required=True, type=Given(), metavar="STORE", help=f"The store to copy: {STORE_HELP}."
)
@click.option(
    "--to",
    "target",
    required=True,
    type=Given(),
    metavar="STORE",
    help=f"The store to copy it into, new or holding no rows: {STORE_HELP}.",
)
@click.option(
    "--data-path",
    "data_path",
    type=Given(),
    default=None,
    metavar="DIR_OR_URL",
    help="A DuckLake target's data folder (or URL) for its Parquet files: needed when the target is new; an "
    "existing one records its own. Default: $MONITOR_DATA_PATH.",
)
@format_option(["table", "csv", "json"], "table", help="How the counts are printed.")
def migrate_command(source: str, target: str, data_path: str | None, fmt: str) -> None:
    """Copy a whole store into a new one: a DuckDB file to a DuckLake store shared by several machines, a
    DuckLake store back to a file, or a file to a file.

    Every table (articles, facts, the timeline, the crawler's state, the schema's history) is copied in bulk,
    in one transaction on the target: a migration that fails or is stopped leaves the target as it was. The
    target must be new or hold no rows (two stores are never mixed); the source is only read (an older one is
    first brought to this monitor's schema, as any command does). Each table's rows are then counted in both
    stores and printed; any difference is exit status 1. A password goes in $PGPASSWORD or a pgpass file.

    \b
    Example:
      monitor migrate --from monitor.duckdb \\
        --to "ducklake:postgres:dbname=monitor host=db.example user=monitor" --data-path /srv/monitor/data
      monitor migrate --from "ducklake:postgres:dbname=monitor host=db.example user=monitor" --to copy.duckdb
    """
    if data_path is not None and not lake.is_lake(target):
        raise click.UsageError(
            f"--data-path is a DuckLake target's data folder, and {target} is a DuckDB file: leave --data-path out"
        )
    # the target's data folder holds for every opening of it while the command runs (the search index's too)
    with lake.given_data_path(target, data_path) if data_path is not None else contextlib.nullcontext():
        counts = _copied(source, target, data_path)
        rows = [(count.table, count.source, count.target) for count in counts]
        print_result(Result(["table", "source rows", "target rows"], rows), fmt)
        differing = [count.table for count in counts if not count.equal]
        if differing:
            warn(f"Error: the target's rows differ from the source's in {', '.join(differing)}")
            sys.exit(1)
        pipeline.refresh_search(target, warn)  # the target's own search index, as after any writer
    total = sum(count.source for count in counts)
    warn(f"migrated {shown(source)} to {shown(target)}: {total:,} rows in {len(counts)} tables")


def _copied(source: str, target: str, data_path: str | None) -> list[Count]:
    """The migration, one table at a time on stderr."""
    from rich.progress import Progress

    with Progress(console=stderr_console, transient=True) as progress:
        task = progress.add_task("checking the stores", total=None)

        def copying(place: int, table: str, rows: int) -> None:
            progress.update(task, description=f"copying {table} ({rows:,} rows)", completed=place, total=len(TABLES))

        try:
            return migrate(source, target, data_path, on_table=copying)
        except SameStore as error:
            raise click.UsageError(str(error)) from None
        except StoreMissing as error:  # not a StoreError: the group would not make it one line
            raise click.ClickException(f"nothing to migrate: {error}") from None
