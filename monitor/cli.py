"""The `monitor` command: a thin layer over crawl, extract and store.

Results go to stdout; progress, warnings and errors to stderr, one line each. Exit status: 0 when
every input was processed, 1 when some failed (the others were processed), 2 for a usage error.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import math
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import click
from click.exceptions import NoArgsIsHelpError
from rich.console import Console
from rich.table import Table

from monitor import crawl as crawling
from monitor import pipeline
from monitor.facts import FACT_FIELDS, METRICS, STATUSES, Fact
from monitor.filters import UnknownName, read_filters
from monitor.inputs import InputError, article_paths, read_text_article
from monitor.search_command import search_command
from monitor.store import (
    DEFAULT_ROW_LIMIT,
    SOURCE_COLUMNS,
    BadSetting,
    QueryRefused,
    QueryStopped,
    Result,
    Store,
    StoreError,
    StoreMissing,
    default_db_path,
    source_rows,
    with_breakdowns,
)
from monitor.store.export import FORMATS, TABLES
from monitor.store.export import export as export_rows
from monitor.text import vietnamese_number
from monitor.web.command import serve

# the relevance model a command judges with (monitor classify, monitor rejudge)
_MODEL_OPTION = click.option(
    "--model",
    "model_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="A folder holding model.skops and model.json (default: $MONITOR_RELEVANCE_MODEL, else models/relevance).",
)
_DB_HELP = "DuckDB file (default: $MONITOR_DB, else monitor.duckdb in the working folder)."
_INIT_HELP = (
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
_err = Console(stderr=True, highlight=False, soft_wrap=True)


def _warn(message: str) -> None:
    _err.print(message, markup=False)


def _report(problems: list[str]) -> None:
    for problem in problems:
        _warn(f"warning: {problem}")


def _out() -> Console:
    width = None if sys.stdout.isatty() else 200
    return Console(file=sys.stdout, width=width, highlight=False, soft_wrap=False)


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
            raise click.UsageError(_first_line(err)) from None
        except StoreError as err:
            raise click.ClickException(_first_line(err)) from None
        except NoArgsIsHelpError:
            raise  # a command alone that needs arguments: its help
        except click.UsageError as err:  # without click's "Usage: …" and "Try … for help." lines
            raise click.UsageError(_joined(err)) from None


def _joined(error: click.UsageError) -> str:
    lines = (line.strip() for line in error.format_message().splitlines())
    return " ".join(line for line in lines if line)


def _first_line(error: BaseException) -> str:
    return next((line.strip() for line in str(error).splitlines() if line.strip()), type(error).__name__)


@click.group(cls=Monitor, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="monitor")
def cli() -> None:
    """Monitor the press on Vietnam's two-tier local government: crawl, extract dated facts, store,
    and follow each province's progress."""


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "table"]),
    default="table",
    show_default=True,
    help="jsonl: one fact per line with the spec's field names; table: for reading.",
)
@click.option(
    "--db",
    type=Given(),
    default=None,
    help="Also store the articles and facts in this DuckDB file (nothing is stored without it).",
)
@click.option("--init", is_flag=True, help=_INIT_HELP)
def extract(paths: tuple[Path, ...], fmt: str, db: str | None, init: bool) -> None:
    """Extract facts from text articles: files, or folders of *.txt files.

    A file may start with a line " date YYYY-MM-DD" (the publication date; it may go on with text);
    its name without extension is the article id.

    \b
    Example:
      monitor extract ../shared/seeds --format jsonl > facts.jsonl
    """
    failures = 0
    facts: list[Fact] = []
    if init and not db:
        raise click.UsageError("--init adds monitor's tables to the --db file: give --db too")
    store = Store.open(db, init=init) if db else None
    try:
        for item in article_paths(list(paths)):
            try:
                if isinstance(item, InputError):
                    raise item
                loaded = read_text_article(item)
            except InputError as err:
                _warn(f"error: {err}")
                failures += 1
                continue
            if loaded.warning:
                _warn(f"warning: {loaded.warning}")
            ingested = pipeline.ingest(loaded.article, store)
            _report(ingested.problems)
            facts.extend(ingested.facts)
    finally:
        if store:
            store.close()
    if store:
        pipeline.refresh_search(store.path, _warn)  # after letting go of the store: readers never wait on it
    if fmt == "jsonl":
        for fact in facts:
            sys.stdout.write(json.dumps(fact.to_json(), ensure_ascii=False) + "\n")
    else:
        _print_facts(facts)
    sys.exit(1 if failures else 0)


@cli.command(name="classify")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "table"]),
    default="table",
    show_default=True,
    help='jsonl: one line per article, {"doc", "relevant", "score", "model"}; table: for reading.',
)
@_MODEL_OPTION
def classify_command(paths: tuple[Path, ...], fmt: str, model_dir: Path | None) -> None:
    """Say whether each text article is about the 2025 reform: the crawler's relevance model.

    Files are read as `monitor extract` reads them (folders: their *.txt files); doc is the file stem.
    The score is the model's calibrated probability; relevant means at or above its threshold. Without a
    readable model the cue rule judges, and says so.

    \b
    Example:
      monitor classify ../shared/seeds --format jsonl
    """
    failures = 0
    model = _relevance_model(model_dir)
    if model is None:
        _warn("warning: no relevance model could be loaded: the cue rule judges (run notebooks/relevance.ipynb)")
    articles = []
    for item in article_paths(list(paths)):
        try:
            if isinstance(item, InputError):
                raise item
            articles.append(read_text_article(item).article)
        except InputError as err:
            _warn(f"error: {err}")
            failures += 1
    # a text file's date line is its publication date: a page from before the reform is not about it
    published = [article.published_at for article in articles]
    judged = crawling.judge_many([(article.title, article.text) for article in articles], model, published)
    if fmt == "jsonl":
        for article, judgement in zip(articles, judged, strict=True):
            sys.stdout.write(json.dumps({"doc": article.id, **judgement.to_json()}, ensure_ascii=False) + "\n")
    else:
        rows = [
            [article.id, "yes" if j.relevant else "no", f"{j.score:.3f}", j.model, (article.title or "")[:70]]
            for article, j in zip(articles, judged, strict=True)
        ]
        kept = sum(j.relevant for j in judged)
        _print_table(["doc", "relevant", "score", "model", "title"], rows, title=f"{kept} of {len(judged)} relevant")
    sys.exit(1 if failures else 0)


@cli.command(name="crawl")
@click.option("--db", type=Given(), default=None, help=_DB_HELP)
@click.option(
    "--feed", "feeds", type=Given(), multiple=True, metavar="URL", help="An RSS or Atom feed to read (repeatable)."
)
@click.option(
    "--sitemap", "sitemaps", type=Given(), multiple=True, metavar="URL", help="A sitemap or sitemap index (repeatable)."
)
@click.option(
    "--sources",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A sources TOML file listing feeds and sitemaps (default: the bundled sources.toml).",
)
@click.option(
    "--delay",
    type=Finite(0, MAX_DELAY),
    default=crawling.DEFAULTS.delay,
    show_default=True,
    metavar="SECONDS",
    help="Seconds between two requests to one host (a larger robots.txt Crawl-delay wins).",
)
@click.option(
    "--hosts",
    type=Whole(1, MAX_HOSTS),
    default=crawling.DEFAULTS.hosts,
    show_default=True,
    metavar="N",
    help="Hosts fetched from at once (each host still gets one request at a time, --delay apart).",
)
@click.option("--watch", is_flag=True, help="Keep polling each feed and sitemap when due (adaptive intervals).")
@click.option(
    "--interval",
    type=Finite(0.01, MAX_INTERVAL),
    default=crawling.DEFAULTS.poll_interval,
    show_default=True,
    metavar="SECONDS",
    help="With --watch: seconds before a feed is polled again; then halved for busy feeds, grown for quiet ones.",
)
@click.option("--passes", type=Whole(1, MAX_PASSES), default=None, hidden=True, help="With --watch: stop after N.")
@click.option("--quiet", "-q", is_flag=True, help="Print only errors (for cron).")
@click.option("--log-json", is_flag=True, help="Log one JSON object per line on stderr instead of text.")
@click.option(
    "--contact",
    envvar="MONITOR_CONTACT",
    metavar="URL",
    help="A URL or e-mail where site owners can reach you, sent in the User-Agent (default: $MONITOR_CONTACT).",
)
@click.option("--init", is_flag=True, help=_INIT_HELP)
@click.option(
    "--allow-private",
    is_flag=True,
    help="Also fetch pages on loopback, private and link-local addresses (refused by default, after redirects "
    "too, unless on a feed's or sitemap's own host).",
)
@click.option(
    "--timeout",
    type=Finite(0.1, MAX_TIMEOUT),
    default=crawling.DEFAULTS.timeout,
    show_default=True,
    metavar="SECONDS",
    help="Seconds per request.",
)
@click.option(
    "--max-bytes",
    type=Whole(1000, MAX_PAGE_BYTES),
    default=crawling.DEFAULTS.max_bytes,
    show_default=True,
    metavar="BYTES",
    help="A page's size cap.",
)
@click.option(
    "--retries",
    type=Whole(0, MAX_RETRIES),
    default=crawling.DEFAULTS.retries,
    show_default=True,
    metavar="N",
    help="Retries of a request on timeouts, 429, 5xx.",
)
def crawl_command(
    db: str | None,
    feeds: tuple[str, ...],
    sitemaps: tuple[str, ...],
    sources: Path | None,
    delay: float,
    watch: bool,
    interval: float,
    passes: int | None,
    quiet: bool,
    log_json: bool,
    contact: str | None,
    init: bool,
    allow_private: bool,
    timeout: float,
    max_bytes: int,
    retries: int,
    hosts: int,
) -> None:
    """Read feeds and sitemaps, fetch their new articles politely, extract facts and store both.

    Pages already stored or skipped (off-topic, empty, disallowed by robots.txt) are never fetched
    again; a crawl that was killed resumes where it stopped. One-shot unless --watch.

    \b
    Example:
      monitor crawl --feed http://127.0.0.1:8765/rss/chinh-quyen.xml --delay 1
      monitor crawl --sources my-sources.toml --watch --log-json 2>> crawl.log
    """
    from monitor.reporter import Reporter, library_logs

    if (feeds or sitemaps) and sources:
        raise click.UsageError("give --feed/--sitemap or --sources, not both")
    if quiet and log_json:
        raise click.UsageError("give --quiet or --log-json, not both")
    listings = [crawling.Listing(url, "feed") for url in feeds] + [crawling.Listing(url, "sitemap") for url in sitemaps]
    if not listings:
        path = sources or crawling.BUNDLED_SOURCES
        try:
            listings = crawling.listings(crawling.read_source_list(path))
        except (OSError, ValueError) as err:
            raise click.UsageError(str(err).splitlines()[0]) from None
        if not listings:
            raise click.UsageError(f"no feeds: {path} lists none; give --feed URL")
    settings = crawling.CrawlSettings(
        delay=delay,
        timeout=timeout,
        max_bytes=max_bytes,
        retries=retries,
        hosts=hosts,
        user_agent=crawling.user_agent(contact),
        poll_interval=interval,
        allow_private=allow_private,
    )
    mode = "json" if log_json else "quiet" if quiet else "progress" if _err.is_terminal else "lines"
    reporter = Reporter(_err, mode)
    db_path = db or default_db_path()
    if init:
        Store.open(db_path, init=True).close()  # monitor's tables beside the file's own; the crawl then opens a store
    try:
        with library_logs(reporter):
            if watch:
                tally = pipeline.watch(db_path, listings, settings, reporter, passes)
            else:
                tally = pipeline.crawl_pass(db_path, listings, settings, reporter)
    except KeyboardInterrupt:
        reporter.note("crawl stopped")
        sys.exit(130)
    except pipeline.NetworkDown as down:
        _err.print(f"error: {down}", markup=False)
        sys.exit(1)
    except pipeline.StoreBusy as err:
        raise click.ClickException(str(err)) from None
    sys.exit(1 if tally.total("error") else 0)


def _relevance_model(model_dir: Path | None) -> crawling.RelevanceModel | None:
    """The model in model_dir, else the installed one (None when none can be loaded); a bad folder is a usage error."""
    try:
        return crawling.RelevanceModel.load(model_dir) if model_dir else crawling.default_model()
    except crawling.ModelError as error:
        raise click.UsageError(str(error)) from None


@cli.command(name="rejudge")
@click.option("--db", type=Given(), default=None, help=_DB_HELP)
@_MODEL_OPTION
@click.option("--quiet", "-q", is_flag=True, help="Print only errors and the last line.")
@click.option("--log-json", is_flag=True, help="Log one JSON object per line on stderr instead of text.")
def rejudge_command(db: str | None, model_dir: Path | None, quiet: bool, log_json: bool) -> None:
    """Judge again, with the relevance model installed now, every page the crawler read: nothing is fetched.

    Off-topic pages (their text is kept) that the model now finds about the reform are extracted and
    stored, as the crawl would have; kept articles that it now scores below its threshold are listed
    (warning lines), not deleted. Every page's score and model version are updated in the frontier.

    \b
    Example:
      monitor rejudge --db monitor.duckdb
      monitor rejudge --model models/relevance-next
    """
    from monitor.reporter import Reporter, library_logs

    if quiet and log_json:
        raise click.UsageError("give --quiet or --log-json, not both")
    model = _relevance_model(model_dir)
    if model is None:
        raise click.UsageError("no relevance model could be loaded: rejudging with the cue rule would undo nothing")
    db_path = db or default_db_path()
    if not Path(db_path).exists():
        raise click.UsageError(f"no store at {db_path}: give --db, or crawl first")
    reporter = Reporter(_err, "json" if log_json else "quiet" if quiet else "progress")
    try:
        with library_logs(reporter):
            tally = pipeline.rejudge_pass(db_path, model, reporter)
    except KeyboardInterrupt:
        reporter.note("rejudge stopped")
        sys.exit(130)
    except pipeline.StoreBusy as err:
        raise click.ClickException(str(err)) from None
    if quiet:
        _err.print(f"{model.version}: {tally.total('stored')} pages now kept", markup=False)
    sys.exit(1 if tally.total("error") else 0)


@cli.command(name="sources")
@click.option("--db", type=Given(), default=None, help=_DB_HELP)
@click.option(
    "--sources",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Also list this file's sources that were never fetched (default: the bundled sources.toml).",
)
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
def sources_command(db: str | None, sources: Path | None, fmt: str) -> None:
    """How each source fares: last fetch, last new article, articles kept, error rate, and a flag
    (dead: no answer to its last requests; silent: no new article for a week).

    \b
    Example:
      monitor sources --db monitor.duckdb
    """
    try:
        listed = [source.name for source in crawling.read_source_list(sources or crawling.BUNDLED_SOURCES)]
    except (OSError, ValueError) as err:
        raise click.UsageError(str(err).splitlines()[0]) from None
    path = db or default_db_path()
    if not Path(path).exists():
        # no store yet: every source listed is one never fetched (nothing is created)
        _warn(f"no store at {path}: every source is listed as never fetched")
        _print_result(Result(SOURCE_COLUMNS, source_rows([], listed)), fmt)
        return
    with _read_store(db) as store:
        result = store.source_report(listed)
    _print_result(result, fmt)


_TIMELINE_COLUMNS = ["province", "commune", "as_of", "metric", "detail", "value", "unit", "status", "change", "sources"]
# a timeline row's detail: what tells its series apart from the others of its metric
_SERIES_DETAIL = ("kind", "level", "specialty", "population")


def filter_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The filters shared by the read commands (timeline, export); names are read by monitor.filters."""
    date = click.DateTime(formats=["%Y-%m-%d"])
    options = [
        click.option("--db", type=Given(), default=None, help=_DB_HELP),
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
    return command


def _filters(given: dict[str, Any]) -> dict[str, Any]:
    """The filter options in the store's terms; an unknown name, or filters that contradict each other, are a
    usage error (one line, exit status 2)."""
    since, until = given.get("since"), given.get("until")
    if since and until and since > until:
        raise click.UsageError(f"--since {since:%Y-%m-%d} is after --until {until:%Y-%m-%d}: no day is in between")
    try:
        return read_filters(**given)
    except UnknownName as err:
        raise click.UsageError(str(err)) from None


@cli.command()
@filter_options
@click.option("--latest", is_flag=True, help="Only the last reported (done) value of each series.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
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
    wanted = _filters(filters)
    with _read_store(db) as store:
        result = store.timeline(latest=latest, **wanted)
    if fmt == "table":
        _print_timeline(result)
    else:
        _print_result(result, fmt)


@cli.command()
@click.argument("sql")
@click.option("--db", type=Given(), default=None, help=_DB_HELP)
@click.option(
    "--param",
    "params",
    multiple=True,
    metavar="VALUE",
    help="A value for the statement's next ? placeholder (repeatable, in order): bound, never pasted into the SQL.",
)
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
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

    with _read_store(db) as store:
        try:
            result = store.select(sql, limit=limit or None, params=params)
        except QueryRefused as err:
            raise Refused(f"refused: {err}") from None
        except QueryStopped as err:
            raise click.ClickException(str(err)) from None
        except duckdb.InvalidInputException as err:
            if "parameter" in str(err).lower():  # as many --param as placeholders: a usage error
                raise click.UsageError(f"--param: {_first_line(err)}") from None
            raise click.ClickException(_first_line(err)) from None
        except duckdb.Error as err:
            raise click.ClickException(str(err).splitlines()[0]) from None
    _print_result(result, fmt)
    if result.truncated:
        _warn(f"showing the first {limit} rows; --limit N for more, --limit 0 for all")


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
    wanted = _filters(filters)
    path = Path(db or default_db_path())
    _read_store(str(path)).close()  # says so if the file is missing; upgrades an older one
    if str(out) != "-" and not by_month and out.is_dir():
        raise click.UsageError(f"--out {out} is a folder: give the file to write, say {out / f'{what}.{fmt}'}")
    try:
        count = export_rows(path, out, fmt, what, by_month, **wanted)
    except FileExistsError as err:
        raise click.UsageError(str(err)) from None
    except OSError as err:  # a folder that does not exist, no permission, a full disk: nothing half-written is left
        raise click.ClickException(f"cannot write {out}: {err.strerror or err}") from None
    _warn(f"exported {count} rows of {what} to {out}")


@cli.command()
@click.option("--db", type=Given(), default=None, help=_DB_HELP)
@click.option("--all", "everything", is_flag=True, help="Every article, not only those an older extractor read.")
@click.option("--init", is_flag=True, help=_INIT_HELP)
def reextract(db: str | None, everything: bool, init: bool) -> None:
    """Read stored articles again with this version's extractor, replacing their facts.

    Each article's facts are replaced in one transaction, so a run stopped halfway leaves every
    article with either its old facts or its new ones; running it again finishes the job. The file
    is let go between batches, so readers can query meanwhile.

    \b
    Example:
      monitor reextract --db monitor.duckdb
    """
    from rich.progress import Progress

    from monitor.extract import EXTRACTOR_VERSION

    path = db or default_db_path()
    if not (init and Path(path).exists()):
        _read_store(path).close()  # says so if the file is missing, or not a monitor store
    with Store.open(path, init=init) as store:
        ids = store.query("SELECT id FROM articles ORDER BY id").rows if everything else None
        todo = [row[0] for row in ids] if ids is not None else store.stale_articles(EXTRACTOR_VERSION)
        facts = 0
        with Progress(console=_err, transient=True) as progress:
            task = progress.add_task(f"re-extracting with {EXTRACTOR_VERSION}", total=len(todo))
            for article_id in todo:
                ingested = pipeline.reingest(store.article(article_id), store)
                facts += len(ingested.facts)
                progress.advance(task)
                store.step_aside()
        counts = store.counts()
    pipeline.refresh_search(path, _warn)
    _warn(
        f"re-extracted {len(todo)} articles with extractor {EXTRACTOR_VERSION}: {facts} facts; "
        f"store holds {counts['articles']} articles and {counts['facts']} facts"
    )


def _week(ctx: click.Context, param: click.Parameter, value: str | None) -> Any:
    from monitor.digest import Week

    try:
        return Week.parse(value) if value else Week.last_complete()
    except ValueError as err:
        raise click.BadParameter(str(err)) from None


@cli.command(name="digest")
@click.option("--db", type=Given(), default=None, help=_DB_HELP)
@click.option(
    "--week",
    metavar="YYYY-Www",
    callback=_week,
    help="The ISO week, e.g. 2025-W35 (default: last week). A fact's week is its article's publication week.",
)
@click.option(
    "--out", type=Given(click.Path(dir_okay=False, path_type=Path)), help="Write the HTML, charts embedded, here."
)
@click.option("--text", "as_text", is_flag=True, help="Print the plain-text version on stdout.")
@click.option("--smtp", type=Given(), metavar="HOST:PORT", help="Send the digest by email through this SMTP server.")
@click.option("--to", "recipients", type=Given(), multiple=True, metavar="ADDR", help="A recipient (repeatable).")
@click.option(
    "--from",
    "sender",
    type=Given(),
    metavar="ADDR",
    help="Sender (default: $MONITOR_SMTP_FROM, else monitor@localhost).",
)
@click.option(
    "--security",
    type=click.Choice(["starttls", "ssl", "none"]),
    help="starttls (default), ssl (implicit TLS, default on port 465), or none (a local relay).",
)
@click.option("--user", envvar="MONITOR_SMTP_USER", help="SMTP login (default: $MONITOR_SMTP_USER); none: no login.")
@click.option(
    "--password-env",
    type=Given(),
    default="MONITOR_SMTP_PASSWORD",
    show_default=True,
    metavar="NAME",
    help="The environment variable holding the SMTP password (never given as a flag).",
)
@click.option("--dry-run", is_flag=True, help="Build the email and describe it on stdout; send nothing.")
@click.option("--weeks", "list_weeks", is_flag=True, help="List the weeks that have news (articles, facts) and stop.")
def digest_command(
    db: str | None,
    week: Any,
    out: Path | None,
    as_text: bool,
    smtp: str | None,
    recipients: tuple[str, ...],
    sender: str | None,
    security: str | None,
    user: str | None,
    password_env: str,
    dry_run: bool,
    list_weeks: bool,
) -> None:
    """The weekly digest for editors: what moved in the week, by province, with charts.

    Without --out, --smtp or --dry-run it prints the text version. An empty week gives a short
    digest saying so. The SMTP password is read from $MONITOR_SMTP_PASSWORD (see --password-env).

    \b
    Examples:
      monitor digest --week 2025-W35 --out digest.html
      monitor digest --week 2025-W35 --smtp mail.example.org:587 --to editor@example.org --user monitor
      monitor digest --weeks                # which weeks have news
    """
    from monitor import digest as digests

    if list_weeks:
        with _read_store(db) as store:
            found = digests.weeks_with_news(store)
        rows = [(str(item.week), item.week.span(), item.articles, item.facts) for item in found]
        _print_result(Result(["week", "days", "articles", "facts"], rows), "table")
        return

    if (smtp or dry_run) and not recipients:
        raise click.UsageError("--smtp and --dry-run need at least one --to ADDR")
    if recipients and not (smtp or dry_run):
        raise click.UsageError("--to needs --smtp HOST:PORT (or --dry-run)")
    for address in (*recipients, *([sender] if sender else [])):
        _check_address(address)
    settings = _smtp_settings(smtp, sender, security, user, password_env) if smtp else None
    with _read_store(db) as store:
        digest = digests.gather(store, week)
        if week not in {item.week for item in digests.weeks_with_news(store)}:
            _warn(f"no article of the store belongs to {week}: `monitor digest --weeks` lists the weeks that have news")
    pictures = digests.images(digest) if out or smtp or dry_run else []  # drawn once for file and email
    if out:
        try:
            out.write_text(digests.html_file(digest, pictures), encoding="utf-8")
        except OSError as err:
            raise click.ClickException(f"cannot write {out}: {err.strerror or err}") from None
        _warn(f"wrote the digest of {week} to {out}")
    if as_text or not (out or smtp or dry_run):
        click.echo(digests.text(digest), nl=False)
    if smtp or dry_run:
        from_addr = settings.sender if settings else (sender or _default_sender())
        message = digests.email_message(digest, from_addr, list(recipients), pictures)
        if dry_run or settings is None:
            click.echo(digests.describe(message, list(recipients)))
            return
        try:
            digests.send(message, settings, list(recipients))
        except digests.DeliveryError as err:
            raise click.ClickException(str(err)) from None
        _warn(f"sent the digest of {week} to {', '.join(recipients)} via {smtp}")


def _check_address(address: str) -> None:
    from email.utils import parseaddr

    addr = parseaddr(address)[1]
    if "@" not in addr or any(c in address for c in "\r\n") or " " in addr:
        raise click.UsageError(f"not an email address: {address!r}")


def _default_sender() -> str:
    import os

    return os.environ.get("MONITOR_SMTP_FROM") or "monitor@localhost"


def _smtp_settings(smtp: str, sender: str | None, security: str | None, user: str | None, password_env: str) -> Any:
    from monitor.digest import SmtpSettings, parse_server

    try:
        host, port = parse_server(smtp)
    except ValueError as err:
        raise click.BadParameter(str(err), param_hint="--smtp") from None
    security = security or ("ssl" if port == 465 else "starttls")
    if security == "none" and user and host not in ("localhost", "127.0.0.1", "::1"):
        raise click.UsageError("--security none with a login would send the password in clear: use starttls or ssl")
    return SmtpSettings(
        host=host,
        port=port,
        security=security,  # type: ignore[arg-type]
        user=user,
        password_env=password_env,
        sender=sender or _default_sender(),
    )


class Refused(click.ClickException):
    """A query the store will not run: a usage error, exit status 2."""

    exit_code = 2


def _read_store(db: str | None) -> Store:
    try:
        return Store.open(db or default_db_path(), read_only=True)
    except StoreMissing as err:
        raise click.ClickException(f"{err}; run `monitor crawl` or `monitor extract --db` first") from None


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _print_result(result: Result, fmt: str) -> None:
    rows = [[_plain(v) for v in row] for row in result.rows]
    if fmt == "json":
        sys.stdout.write(
            json.dumps([dict(zip(result.columns, row, strict=True)) for row in rows], ensure_ascii=False, indent=1)
            + "\n"
        )
    elif fmt == "csv":  # lists as JSON, as in `monitor export --format csv`
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(result.columns)
        writer.writerows(
            [json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v for v in row] for row in rows
        )
    else:
        _print_table(result.columns, rows)


def _print_table(columns: Sequence[str], rows: Iterable[Sequence[Any]], title: str | None = None) -> None:
    table = Table(*columns, title=title, show_lines=False, header_style="bold")
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row))
    _out().print(table)


def _detail(row: dict[str, Any]) -> str:
    """kind, level, specialty, population, then what a figure without a value is about (as the store's `detail`)."""
    parts = [row.get(name) for name in _SERIES_DETAIL]
    if "detail" in row:
        parts.append(row["detail"])
    elif row.get("ref"):
        parts.append(f"{row.get('doc_type') or ''} {row['ref']}".strip())
    elif row.get("specialties"):
        parts.append(", ".join(row["specialties"]))
    else:
        parts.append(row.get("subject"))
    return " ".join(str(p) for p in parts if p)


def _value(row: dict[str, Any]) -> str:
    if row.get("value") is None:
        return ""
    text = vietnamese_number(row["value"])
    if row.get("value_max") is not None:
        text += f"–{vietnamese_number(row['value_max'])}"
    if row.get("total") is not None:
        text += f"/{vietnamese_number(row['total'])}"
    approx = {"more_than": ">", "nearly": "≈<", "about": "~", "at_least": "≥", "less_than": "<", "at_most": "≤"}
    return approx.get(row.get("approx") or "", "") + text


def _print_timeline(result: Result) -> None:
    rows = []
    points = [dict(zip(result.columns, raw, strict=True)) for raw in result.rows]
    for row in with_breakdowns(points):
        rows.append(
            [
                row["province"] or "(national / unknown)",
                row["commune"] or "",
                _plain(row["as_of"]) or "",
                row["metric"],
                "  " * row["depth"] + ("└ " if row["depth"] else "") + _detail(row),
                _value(row) + (" ⚠ " + " | ".join(map(vietnamese_number, row["values"])) if row["conflict"] else ""),
                row["unit"],
                row["status"],
                _change(row),
                f"{row['n_sources']}: {', '.join(row['sources'])}",
            ]
        )
    _print_table(_TIMELINE_COLUMNS, rows, title=f"Timeline: {len(rows)} points")


def _change(row: dict[str, Any]) -> str:
    """ "+85 (from 250 on 2025-08-25)"; a status step: "proposed 19.200.000.000 on 2025-08-01 →"; a difference
    the change gate withheld: "not compared with 9.860 on 2025-08-20: <why>"."""
    if row.get("step_from_status"):
        return f"{row['step_from_status']} {vietnamese_number(row['step_from_value'])} on {row['step_from_as_of']} →"
    change = row.get("change")
    if change is None and not row.get("withheld"):
        return ""
    previous = f"{vietnamese_number(row['previous_value'])} on {row['previous_as_of']}"
    if change is None:  # the change gate: shown as not compared, with why
        return f"not compared with {previous}: {row['withheld']}"
    sign = "±" if change == 0 else ("+" if change > 0 else "−")
    return f"{sign}{vietnamese_number(abs(change))} (from {previous})"


def _print_facts(facts: list[Fact]) -> None:
    rows = []
    for fact in facts:
        row = fact.to_json()
        evidence = fact.evidence if len(fact.evidence) <= 90 else fact.evidence[:87] + "…"
        rows.append(
            [
                fact.doc,
                fact.province or "",
                fact.metric,
                _detail(row),
                _value(row),
                fact.unit or "",
                _plain(fact.as_of) or "",
                fact.status or "",
                evidence,
            ]
        )
    _print_table(
        ["doc", "province", "metric", "detail", "value", "unit", "as_of", "status", "evidence"],
        rows,
        title=f"{len(facts)} facts",
    )


cli.add_command(serve)
cli.add_command(search_command)


def main(argv: Sequence[str] | None = None) -> None:
    cli.main(args=list(argv) if argv is not None else None, prog_name="monitor")


# field names for external tools (README "The store" documents them)
__all__ = ["FACT_FIELDS", "cli", "main"]
