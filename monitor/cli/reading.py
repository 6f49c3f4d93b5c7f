"""`monitor timeline`, `monitor query` and `monitor export`: what a store holds, for people and for tools."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from monitor.cli.base import (
    MAX_ROWS,
    Given,
    Refused,
    Whole,
    chosen_filters,
    cli,
    filter_options,
    first_line,
    format_option,
    read_store,
    warn,
)
from monitor.cli.printing import print_result, print_timeline
from monitor.store import (
    DEFAULT_ROW_LIMIT,
    QueryRefused,
    QueryStopped,
    default_db_path,
)
from monitor.store.export import FORMATS, TABLES
from monitor.store.export import export as export_rows
from monitor.store_options import store_options


@cli.command()
@filter_options
@click.option("--latest", is_flag=True, help="Only the last reported (done) value of each series.")
@format_option(["table", "csv", "json"], "table")
def timeline(db: str | None, latest: bool, fmt: str, **filters: Any) -> None:
    """Show each province's progress: reports of one figure merged into one point, with its sources.

    A point is one figure of a series (province, commune, metric, kind, level, specialty, unit,
    status, period) on one date; `change` is the difference from the series' previous point, and a
    conflict (outlets giving different values) is marked with every value.

    \b
    Example:
      monitor timeline --province "Hải Phòng" --metric dossiers_received
      monitor timeline --province "Hải Dương" --since 2025-08-01 --format csv   # former province
      monitor timeline --province "hai phong" --commune "phuong Hai An"
      monitor timeline --latest --status done --format json
    """
    wanted = chosen_filters(filters)
    with read_store(db) as store:
        result = store.timeline(latest=latest, **wanted)
    if fmt == "table":
        print_timeline(result)
    else:
        print_result(result, fmt)


@cli.command()
@click.argument("sql")
@store_options
@click.option(
    "--param",
    "params",
    multiple=True,
    metavar="VALUE",
    help="A value for the statement's next ? placeholder (repeatable, in order): bound, never pasted into the SQL.",
)
@format_option(["table", "csv", "json"], "table")
@click.option(
    "--limit",
    type=Whole(0, MAX_ROWS),
    default=DEFAULT_ROW_LIMIT,
    show_default=True,
    metavar="N",
    help="Print at most this many rows (0: all).",
)
def query(sql: str, db: str | None, params: tuple[str, ...], fmt: str, limit: int) -> None:
    """Run one read-only SQL statement on the store: SELECT, WITH, DESCRIBE or SHOW.

    Tables: articles, facts; views: fact_reports, timeline, latest (README, "The store"). Writing,
    COPY, ATTACH, INSTALL and reading files (read_csv, ...) are refused.

    \b
    Example:
      monitor query "SELECT province, count(*) FROM facts GROUP BY 1 ORDER BY 2 DESC"
      monitor query "SELECT * FROM facts WHERE province = ? AND as_of >= ?" --param "Hải Phòng" --param 2025-08-01
    """
    import duckdb

    with read_store(db) as store:
        try:
            result = store.select(sql, limit=limit or None, params=params)
        except QueryRefused as err:
            raise Refused(f"refused: {err}") from None
        except QueryStopped as err:
            raise click.ClickException(str(err)) from None
        except duckdb.InvalidInputException as err:
            if "parameter" in str(err).lower():  # as many --param as placeholders: a usage error
                raise click.UsageError(f"--param: {first_line(err)}") from None
            raise click.ClickException(first_line(err)) from None
        except duckdb.Error as err:
            raise click.ClickException(str(err).splitlines()[0]) from None
    print_result(result, fmt)
    if result.truncated:
        warn(f"showing the first {limit} rows; --limit N for more, --limit 0 for all")


@cli.command()
@filter_options
@click.option(
    "--what",
    type=click.Choice(list(TABLES)),
    default="timeline",
    show_default=True,
    help="The reconciled timeline, or every fact with its article (one row per report).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    required=True,
    help="csv, parquet, json (one array) or jsonl (one object per line).",
)
@click.option(
    "--out", type=Given(click.Path(path_type=Path)), required=True, help="The file to write (a folder with --by-month)."
)
@click.option("--by-month", is_flag=True, help="Parquet only: one folder per month of as_of (month=YYYY-MM).")
def export(db: str | None, what: str, fmt: str, out: Path, by_month: bool, **filters: Any) -> None:
    """Export the timeline or the facts, filtered, in a stable order, every row.

    The columns are the view's: README, "The store", lists them.

    \b
    Example:
      monitor export --format parquet --out hai_phong.parquet --province "Hải Phòng"
    """
    if by_month and fmt != "parquet":
        raise click.UsageError("--by-month writes Parquet partitions: use it with --format parquet")
    wanted = chosen_filters(filters)
    path = db or default_db_path()
    read_store(path).close()  # says so if the file is missing; upgrades an older one
    if str(out) != "-" and not by_month and out.is_dir():
        raise click.UsageError(f"--out {out} is a folder: give the file to write, say {out / f'{what}.{fmt}'}")
    try:
        count = export_rows(path, out, fmt, what, by_month, **wanted)
    except FileExistsError as err:
        raise click.UsageError(str(err)) from None
    except OSError as err:  # a folder that does not exist, no permission, a full disk: nothing half-written is left
        raise click.ClickException(f"cannot write {out}: {err.strerror or err}") from None
    warn(f"exported {count} rows of {what} to {out}")
