"""What every `monitor` command shares: the command group, its flag types and limits, the store opened
for reading, the filter flags, and one-line warnings on stderr."""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
from click.exceptions import NoArgsIsHelpError
from rich.console import Console

from monitor import crawl as crawling
from monitor.facts import METRICS, STATUSES
from monitor.filters import UnknownName, read_filters
from monitor.store import (
    BadSetting,
    Store,
    StoreError,
    StoreMissing,
    default_db_path,
)
from monitor.store_options import store_options

# the relevance model a command judges with (monitor classify, monitor rejudge)
MODEL_OPTION = click.option(
    "--model",
    "model_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="A folder holding model.skops and model.json (default: $MONITOR_RELEVANCE_MODEL, else models/relevance).",
)


INIT_HELP = (
    "Add monitor's tables to a DuckDB file that holds other tables (without it such a file is refused; "
    "a new or empty file needs no --init)."
)


# The largest number each numeric flag takes: beyond it a value is a typo, or a way to hang or exhaust the process.
MAX_DELAY = 3600  # seconds between two requests to one host


MAX_TIMEOUT = 600  # seconds per request


MAX_INTERVAL = 86400  # seconds between two polls of a feed (it then grows at most 24 times)


MAX_PAGE_BYTES = 100_000_000  # a page's size cap


MAX_RETRIES = 10  # retries of one request


MAX_HOSTS = 1000  # hosts fetched from at once


MAX_PASSES = 1_000_000  # --watch passes


MAX_ROWS = 1_000_000_000  # rows `monitor query` prints


stderr_console = Console(stderr=True, highlight=False, soft_wrap=True)


def warn(message: str) -> None:
    stderr_console.print(message, markup=False)


def report_problems(problems: list[str]) -> None:
    for problem in problems:
        warn(f"warning: {problem}")


class Finite(click.FloatRange):
    """A finite number between `low` and `high`, both included: nan, inf and out-of-range values are usage errors.

    click's FloatRange lets nan through (it compares false with both bounds). --help shows the range.
    """

    name = "number"

    def __init__(self, low: float, high: float) -> None:
        super().__init__(min=low, max=high)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        number = super().convert(value, param, ctx)  # inf is out of range already
        if math.isnan(number):
            self.fail(f"{value} is not a number; give one from {self.min:g} to {self.max:g}", param, ctx)
        return number


class Whole(click.IntRange):
    """A whole number between `low` and `high`, both included; --help shows the range."""

    name = "integer"

    def __init__(self, low: int, high: int) -> None:
        super().__init__(min=low, max=high)


class Given(click.ParamType):
    """A value that is not empty: an empty --db, --province or URL is a mistake, never "none" or "the default"."""

    def __init__(self, inner: click.ParamType = click.STRING) -> None:
        self.inner = inner
        self.name = inner.name

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, str) and not value.strip():
            self.fail("must not be empty (leave the option out instead)", param, ctx)
        return self.inner.convert(value, param, ctx)

    def get_metavar(self, param: click.Parameter, ctx: click.Context) -> str | None:
        return self.inner.get_metavar(param, ctx)

    def shell_complete(self, ctx: click.Context, param: click.Parameter, incomplete: str) -> list[Any]:
        return self.inner.shell_complete(ctx, param, incomplete)


class Monitor(click.Group):
    """Every command: a usage error (a bad flag, or a bad $MONITOR_* setting) is one line on stderr and exit
    status 2; a store that cannot be used (held too long by another process, from a newer monitor, not a
    monitor store, not a DuckDB file, damaged, on a full or read-only disk, ...) is one line and status 1."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)
        except NoArgsIsHelpError:
            raise  # `monitor` alone: its help
        except click.UsageError as err:  # `monitor --no-such-flag`: one line too
            raise click.UsageError(_joined(err)) from None

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BadSetting as err:
            raise click.UsageError(first_line(err)) from None
        except StoreError as err:
            raise click.ClickException(first_line(err)) from None
        except NoArgsIsHelpError:
            raise  # a command alone that needs arguments: its help
        except click.UsageError as err:  # without click's "Usage: …" and "Try … for help." lines
            raise click.UsageError(_joined(err)) from None


def _joined(error: click.UsageError) -> str:
    lines = (line.strip() for line in error.format_message().splitlines())
    return " ".join(line for line in lines if line)


def first_line(error: BaseException) -> str:
    return next((line.strip() for line in str(error).splitlines() if line.strip()), type(error).__name__)


@click.group(cls=Monitor, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="monitor")
def cli() -> None:
    """Monitor the press on Vietnam's two-tier local government: crawl, extract dated facts, store,
    and follow each province's progress."""


def relevance_model(model_dir: Path | None) -> crawling.RelevanceModel | None:
    """The model in model_dir, else the installed one (None when none can be loaded); a bad folder is a usage error."""
    try:
        return crawling.RelevanceModel.load(model_dir) if model_dir else crawling.default_model()
    except crawling.ModelError as error:
        raise click.UsageError(str(error)) from None


def bounded_option(
    flag: str, kind: type[Finite | Whole], low: float, high: float, default: float, metavar: str, help: str
) -> Callable[..., Any]:
    """A numeric flag with its range (beyond it a value is a typo, or a way to hang the process) and default shown."""
    return click.option(flag, type=kind(low, high), default=default, show_default=True, metavar=metavar, help=help)


def format_option(choices: list[str], default: str, help: str | None = None) -> Callable[..., Any]:
    """--format: how a command prints its results."""
    return click.option("--format", "fmt", type=click.Choice(choices), default=default, show_default=True, help=help)


def filter_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The filters shared by the read commands (timeline, export); names are read by monitor.filters."""
    date = click.DateTime(formats=["%Y-%m-%d"])
    options = [
        click.option(
            "--province",
            type=Given(),
            help="Only this province, any spelling (hai phong, TP. Hải Phòng); a former one means its successor.",
        ),
        click.option(
            "--commune",
            type=Given(),
            help="Only this commune, ward or special zone, any spelling (phuong Hong Bang, P. Hồng Bàng).",
        ),
        click.option("--metric", type=Given(), help=f"Only this metric: {', '.join(METRICS)}."),
        click.option("--status", type=Given(), help=f"Only figures in this state: {', '.join(STATUSES)}."),
        click.option("--since", type=date, help="Only figures as of this day (YYYY-MM-DD) or later."),
        click.option("--until", type=date, help="Only figures as of this day (YYYY-MM-DD) or earlier."),
    ]
    for option in reversed(options):
        command = option(command)
    return store_options(command)


def chosen_filters(given: dict[str, Any]) -> dict[str, Any]:
    """The filter options in the store's terms; an unknown name, or filters that contradict each other, are a
    usage error (one line, exit status 2)."""
    since, until = given.get("since"), given.get("until")
    if since and until and since > until:
        raise click.UsageError(f"--since {since:%Y-%m-%d} is after --until {until:%Y-%m-%d}: no day is in between")
    try:
        return read_filters(**given)
    except UnknownName as err:
        raise click.UsageError(str(err)) from None


class Refused(click.ClickException):
    """A query the store will not run: a usage error, exit status 2."""

    exit_code = 2


def read_store(db: str | None) -> Store:
    try:
        return Store.open(db or default_db_path(), read_only=True)
    except StoreMissing as err:
        raise click.ClickException(f"{err}; run `monitor crawl` or `monitor extract --db` first") from None
