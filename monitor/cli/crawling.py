"""`monitor crawl`, `monitor rejudge` and `monitor sources`: the crawl into a store, and its sources' health."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from monitor import crawl as crawling
from monitor import pipeline
from monitor.cli.base import (
    INIT_HELP,
    MAX_DELAY,
    MAX_HOSTS,
    MAX_INTERVAL,
    MAX_PAGE_BYTES,
    MAX_PASSES,
    MAX_RETRIES,
    MAX_TIMEOUT,
    MODEL_OPTION,
    Finite,
    Given,
    Whole,
    bounded_option,
    cli,
    format_option,
    read_store,
    relevance_model,
    stderr_console,
    warn,
)
from monitor.cli.printing import print_result
from monitor.crawl.shard import Shard
from monitor.store import (
    SOURCE_COLUMNS,
    Result,
    Store,
    default_db_path,
    lake,
    source_rows,
)
from monitor.store_options import store_options


class ShardParam(click.ParamType):
    """--shard I/N: worker I of N (crawl/shard.py); anything else is a usage error naming the form."""

    name = "I/N"

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> Shard:
        if isinstance(value, Shard):
            return value
        try:
            return Shard.parse(str(value))
        except ValueError as error:
            self.fail(str(error), param, ctx)


@cli.command(name="crawl")
@store_options
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
@bounded_option(
    "--delay",
    Finite,
    0,
    MAX_DELAY,
    crawling.DEFAULTS.delay,
    "SECONDS",
    "Seconds between two requests to one host (a larger robots.txt Crawl-delay wins).",
)
@bounded_option(
    "--hosts",
    Whole,
    1,
    MAX_HOSTS,
    crawling.DEFAULTS.hosts,
    "N",
    "Hosts fetched from at once (each host still gets one request at a time, --delay apart).",
)
@click.option("--watch", is_flag=True, help="Keep polling each feed and sitemap when due (adaptive intervals).")
@click.option(
    "--shard",
    type=ShardParam(),
    default=None,
    metavar="I/N",
    help="Crawl as worker I of N (1-based) on one shared store: the sources are split by host (a stable hash of "
    "its name), and this worker reads the feeds and sitemaps on its hosts and fetches pages on its hosts only, "
    "so no page is fetched twice. Give every worker the same sources and the same N.",
)
@bounded_option(
    "--interval",
    Finite,
    0.01,
    MAX_INTERVAL,
    crawling.DEFAULTS.poll_interval,
    "SECONDS",
    "With --watch: seconds before a feed is polled again; then halved for busy feeds, grown for quiet ones.",
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
@click.option("--init", is_flag=True, help=INIT_HELP)
@click.option(
    "--allow-private",
    is_flag=True,
    help="Also fetch pages on loopback, private and link-local addresses (refused by default, after redirects "
    "too, unless on a feed's or sitemap's own host).",
)
@bounded_option(
    "--timeout",
    Finite,
    0.1,
    MAX_TIMEOUT,
    crawling.DEFAULTS.timeout,
    "SECONDS",
    "Seconds per request.",
)
@bounded_option(
    "--max-bytes",
    Whole,
    1000,
    MAX_PAGE_BYTES,
    crawling.DEFAULTS.max_bytes,
    "BYTES",
    "A page's size cap.",
)
@bounded_option(
    "--retries",
    Whole,
    0,
    MAX_RETRIES,
    crawling.DEFAULTS.retries,
    "N",
    "Retries of a request on timeouts, 429, 5xx.",
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
    shard: Shard | None,
) -> None:
    """Read feeds and sitemaps, fetch their new articles politely, extract facts and store both.

    Pages already stored or skipped (off-topic, empty, disallowed by robots.txt) are never fetched
    again; a crawl that was killed resumes where it stopped. One-shot unless --watch.

    With --shard I/N, N workers (on N machines) crawl one DuckLake store side by side, each its own
    share of the hosts, with no coordination: a page a feed lists on another worker's host is left in
    the store for that worker, which fetches it in its pass.

    \b
    Example:
      monitor crawl --feed http://127.0.0.1:8765/rss/chinh-quyen.xml --delay 1
      monitor crawl --sources my-sources.toml --watch --log-json 2>> crawl.log
    \b
    Three machines sharing one store, the same sources file on each (2/3 and 3/3 on the others):
      export MONITOR_DB="ducklake:postgres:dbname=monitor host=db.lan user=crawler"
      export MONITOR_DATA_PATH=/mnt/monitor-data/
      monitor crawl --sources my-sources.toml --shard 1/3 --watch
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
    if shard is not None and not shard.pick(listings):
        # its hosts may still hold pages that the other workers' listings name: a pass fetches those
        if watch:
            raise click.UsageError(
                f"shard {shard} holds none of the {len(listings)} listings' hosts: with --watch it would never "
                "poll; run fewer workers, or this one without --watch"
            )
        warn(f"shard {shard} holds none of the {len(listings)} listings' hosts: fetching only the pages "
             "other workers' listings name on its hosts")  # fmt: skip
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
    mode = "json" if log_json else "quiet" if quiet else "progress" if stderr_console.is_terminal else "lines"
    reporter = Reporter(stderr_console, mode)
    db_path = db or default_db_path()
    if init:
        Store.open(db_path, init=True).close()  # monitor's tables beside the file's own; the crawl then opens a store
    try:
        with library_logs(reporter):
            if watch:
                tally = pipeline.watch(db_path, listings, settings, reporter, passes, shard)
            else:
                tally = pipeline.crawl_pass(db_path, listings, settings, reporter, shard)
    except KeyboardInterrupt:
        reporter.note("crawl stopped")
        sys.exit(130)
    except pipeline.NetworkDown as down:
        stderr_console.print(f"error: {down}", markup=False)
        sys.exit(1)
    except pipeline.StoreBusy as err:
        raise click.ClickException(str(err)) from None
    sys.exit(1 if tally.total("error") else 0)


@cli.command(name="rejudge")
@store_options
@MODEL_OPTION
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
    model = relevance_model(model_dir)
    if model is None:
        raise click.UsageError("no relevance model could be loaded: rejudging with the cue rule would undo nothing")
    db_path = db or default_db_path()
    if not lake.is_lake(db_path) and not Path(db_path).exists():
        raise click.UsageError(f"no store at {db_path}: give --db, or crawl first")
    reporter = Reporter(stderr_console, "json" if log_json else "quiet" if quiet else "progress")
    try:
        with library_logs(reporter):
            tally = pipeline.rejudge_pass(db_path, model, reporter)
    except KeyboardInterrupt:
        reporter.note("rejudge stopped")
        sys.exit(130)
    except pipeline.StoreBusy as err:
        raise click.ClickException(str(err)) from None
    if quiet:
        stderr_console.print(f"{model.version}: {tally.total('stored')} pages now kept", markup=False)
    sys.exit(1 if tally.total("error") else 0)


@cli.command(name="sources")
@store_options
@click.option(
    "--sources",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Also list this file's sources that were never fetched (default: the bundled sources.toml).",
)
@format_option(["table", "csv", "json"], "table")
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
    if not lake.is_lake(path) and not Path(path).exists():
        # no store yet: every source listed is one never fetched (nothing is created)
        warn(f"no store at {path}: every source is listed as never fetched")
        print_result(Result(SOURCE_COLUMNS, source_rows([], listed)), fmt)
        return
    with read_store(db) as store:
        result = store.source_report(listed)
    print_result(result, fmt)
