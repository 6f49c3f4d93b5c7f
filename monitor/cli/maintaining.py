"""`monitor maintain`: a store's upkeep (monitor/store/maintain.py), from cron or by hand, while crawlers write."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import click

from monitor.cli.base import cli, format_option, warn
from monitor.store import StoreMissing, default_db_path
from monitor.store.maintain import KEEP_FILES, KEEP_SNAPSHOTS, duration, maintain
from monitor.store_options import store_options


class Duration(click.ParamType):
    """A span of time: a number and a unit, s m h d or w (7d, 12h, 30m)."""

    name = "duration"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> dt.timedelta:
        if isinstance(value, dt.timedelta):
            return value
        try:
            return duration(str(value))
        except ValueError as error:
            self.fail(str(error), param, ctx)


def _kept(flag: str, default: dt.timedelta, help: str) -> Any:
    """A --keep-… option: a Duration, its default shown in days."""
    return click.option(
        flag, type=Duration(), default=f"{default.days}d", show_default=True, metavar="DURATION", help=help
    )


@cli.command("maintain")
@store_options
@_kept(
    "--keep-snapshots",
    KEEP_SNAPSHOTS,
    "DuckLake: forget the snapshots older than this (time travel reaches back this far; the last one stays).",
)
@_kept(
    "--keep-files",
    KEEP_FILES,
    "DuckLake: remove an unused or orphaned Parquet file only once it is this old (a reader may still scan it, a "
    "running writer may be about to commit it). Keep it longer than a backup takes.",
)
@click.option("--dry-run", is_flag=True, help="Say what would be expired and removed; change nothing.")
@click.option(
    "--no-writers",
    is_flag=True,
    help="DuckLake: no crawl or extract writes meanwhile (stop them first): also write the rows inlined in the "
    "catalog to Parquet and rewrite files whose rows are nearly all deleted. DuckDB 1.5.5's DuckLake can lose rows "
    "when these run beside a writer.",
)
@format_option(["text", "json"], "text")
def maintain_command(
    db: str | None,
    keep_snapshots: dt.timedelta,
    keep_files: dt.timedelta,
    dry_run: bool,
    no_writers: bool,
    fmt: str,
) -> None:
    """Keep a store in shape: on a DuckLake store, old snapshots expired, small files merged, unused and orphaned
    Parquet files removed (DuckLake's own maintenance calls); on a DuckDB file, a checkpoint. Safe while crawlers write.

    What was done (snapshots expired, files merged and removed, bytes freed) goes to stdout, progress to
    stderr. Every Parquet file under a DuckLake store's data folder that its catalog does not know is taken for
    an orphan: give each store a data folder of its own.

    \b
    Example:
      monitor maintain --db "ducklake:postgres:dbname=monitor host=db.lan user=monitor" --dry-run
      monitor maintain --keep-snapshots 30d --format json     # $MONITOR_DB names the store
      monitor maintain --no-writers     # with the crawls stopped: inlined rows and deleted rows too
      0 3 * * *  monitor maintain >> /var/log/monitor-maintain.log 2>&1    # crontab: every night at 3
    """
    address = db or default_db_path()
    try:
        report = maintain(address, keep_snapshots, keep_files, dry_run=dry_run, progress=warn, no_writers=no_writers)
    except StoreMissing as error:
        raise click.ClickException(f"{error}: nothing to maintain") from None
    if fmt == "json":
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False))
    else:
        for line in report.lines():
            click.echo(line)
