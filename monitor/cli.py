"""The `monitor` command: a thin layer over crawl, extract and store.

Results go to stdout; progress, warnings and errors to stderr, one line each. Exit status: 0 when
every input was processed, 1 when some failed (the others were processed), 2 for a usage error.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from monitor import crawl as crawling
from monitor import pipeline
from monitor.facts import FACT_FIELDS, Fact
from monitor.inputs import InputError, article_paths, read_text_article
from monitor.store import Result, Store, StoreMissing, default_db_path

_DB_HELP = "DuckDB file (default: $MONITOR_DB, else monitor.duckdb in the working folder)."
_err = Console(stderr=True, highlight=False, soft_wrap=True)


def _warn(message: str) -> None:
    _err.print(message, markup=False)


def _report(problems: list[str]) -> None:
    for problem in problems:
        _warn(f"warning: inconsistent: {problem}")


def _out() -> Console:
    width = None if sys.stdout.isatty() else 200
    return Console(file=sys.stdout, width=width, highlight=False, soft_wrap=False)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
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
    type=click.Path(dir_okay=False),
    default=None,
    help="Also store the articles and facts in this DuckDB file (nothing is stored without it).",
)
def extract(paths: tuple[Path, ...], fmt: str, db: str | None) -> None:
    """Extract facts from text articles: files, or folders of *.txt files.

    A file may start with a line " date YYYY-MM-DD" (the publication date; it may go on with text);
    its name without extension is the article id.

    \b
    Example:
      monitor extract ../shared/seeds --format jsonl > facts.jsonl
    """
    failures = 0
    facts: list[Fact] = []
    store = Store.open(db) if db else None
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
    if fmt == "jsonl":
        for fact in facts:
            sys.stdout.write(json.dumps(fact.to_json(), ensure_ascii=False) + "\n")
    else:
        _print_facts(facts)
    sys.exit(1 if failures else 0)


@cli.command(name="crawl")
@click.option("--db", default=None, help=_DB_HELP)
@click.option("--feed", "feeds", multiple=True, metavar="URL", help="An RSS or Atom feed to read (repeatable).")
@click.option("--sitemap", "sitemaps", multiple=True, metavar="URL", help="A sitemap or sitemap index (repeatable).")
@click.option(
    "--sources",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A sources TOML file listing feeds and sitemaps (default: the bundled sources.toml).",
)
@click.option(
    "--delay",
    type=click.FloatRange(min=0),
    default=5.0,
    show_default=True,
    help="Seconds between two requests to one host (a larger robots.txt Crawl-delay wins).",
)
@click.option("--watch", is_flag=True, help="Keep polling each feed and sitemap when due (adaptive intervals).")
@click.option(
    "--interval",
    type=click.FloatRange(min=0.01),
    default=crawling.POLL_INTERVAL,
    show_default=True,
    help="With --watch: seconds before a feed is polled again; then halved for busy feeds, grown for quiet ones.",
)
@click.option("--passes", type=click.IntRange(min=1), default=None, hidden=True, help="With --watch: stop after N.")
@click.option("--quiet", "-q", is_flag=True, help="Print only errors (for cron).")
@click.option("--log-json", is_flag=True, help="Log one JSON object per line on stderr instead of text.")
@click.option(
    "--contact",
    envvar="MONITOR_CONTACT",
    metavar="URL",
    help="A URL or e-mail where site owners can reach you, sent in the User-Agent (default: $MONITOR_CONTACT).",
)
@click.option("--timeout", type=click.FloatRange(min=0.1), default=20.0, show_default=True, help="Seconds per request.")
@click.option("--max-bytes", type=click.IntRange(min=1000), default=5_000_000, show_default=True, help="Size cap.")
@click.option("--retries", type=click.IntRange(min=0), default=3, show_default=True, help="On timeouts, 429, 5xx.")
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
    timeout: float,
    max_bytes: int,
    retries: int,
) -> None:
    """Read feeds and sitemaps, fetch their new articles politely, extract facts and store both.

    Pages already stored or skipped (off-topic, empty, disallowed by robots.txt) are never fetched
    again; a crawl that was killed resumes where it stopped. One-shot unless --watch.

    \b
    Example:
      monitor crawl --feed http://127.0.0.1:8765/rss/chinh-quyen.xml --delay 1
      monitor crawl --sources my-sources.toml --watch --log-json 2>> crawl.log
    """
    from monitor import crawlrun

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
    settings = crawlrun.CrawlSettings(
        delay=delay,
        timeout=timeout,
        max_bytes=max_bytes,
        retries=retries,
        user_agent=crawling.user_agent(contact),
        poll_interval=interval,
    )
    mode = "json" if log_json else "quiet" if quiet else "progress" if _err.is_terminal else "lines"
    reporter = crawlrun.Reporter(_err, mode)
    db_path = db or default_db_path()
    try:
        if watch:
            tally = crawlrun.watch(db_path, listings, settings, reporter, passes)
        else:
            tally = crawlrun.crawl_pass(db_path, listings, settings, reporter)
    except KeyboardInterrupt:
        reporter.note("crawl stopped")
        sys.exit(130)
    except crawlrun.StoreBusy as err:
        raise click.ClickException(str(err)) from None
    sys.exit(1 if tally.total("error") else 0)


@cli.command(name="sources")
@click.option("--db", default=None, help=_DB_HELP)
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
    from monitor import crawlrun

    try:
        listed = crawling.read_source_list(sources or crawling.BUNDLED_SOURCES)
    except (OSError, ValueError) as err:
        raise click.UsageError(str(err).splitlines()[0]) from None
    try:
        with _read_store(db) as store:
            result = crawlrun.source_report(store, listed)
    except crawlrun.StoreBusy as err:
        raise click.ClickException(str(err)) from None
    _print_result(result, fmt)


_TIMELINE_COLUMNS = ["province", "as_of", "metric", "detail", "value", "unit", "status", "outlet", "article_id"]


@cli.command()
@click.option("--db", default=None, help=_DB_HELP)
@click.option("--province", help="Only this province (one of the 34, e.g. 'Hải Phòng').")
@click.option("--metric", help="Only this metric (e.g. staff_transfer).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
def timeline(db: str | None, province: str | None, metric: str | None, fmt: str) -> None:
    """Show each province's progress: every fact, by province, metric and date.

    \b
    Example:
      monitor timeline --province "Hải Phòng" --format csv
    """
    from monitor.extract.places import gazetteer

    if province:
        province = gazetteer().province(province) or province
    with _read_store(db) as store:
        result = store.timeline(province=province, metric=metric)
    if fmt == "table":
        _print_timeline(result)
    else:
        _print_result(result, fmt)


@cli.command()
@click.argument("sql")
@click.option("--db", default=None, help=_DB_HELP)
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
def query(sql: str, db: str | None, fmt: str) -> None:
    """Run a read-only SQL query on the store (tables: articles, facts; view: timeline).

    \b
    Example:
      monitor query "SELECT province, count(*) FROM facts GROUP BY 1 ORDER BY 2 DESC"
    """
    import duckdb

    with _read_store(db) as store:
        try:
            result = store.query(sql)
        except duckdb.Error as err:
            raise click.ClickException(str(err).splitlines()[0]) from None
    _print_result(result, fmt)


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
    elif fmt == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(result.columns)
        writer.writerows(rows)
    else:
        _print_table(result.columns, rows)


def _print_table(columns: Sequence[str], rows: Iterable[Sequence[Any]], title: str | None = None) -> None:
    table = Table(*columns, title=title, show_lines=False, header_style="bold")
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row))
    _out().print(table)


def _detail(row: dict[str, Any]) -> str:
    parts = [row.get("kind"), row.get("level"), row.get("specialty"), row.get("subject")]
    if row.get("ref"):
        parts.append(f"{row.get('doc_type') or ''} {row['ref']}".strip())
    if row.get("specialties"):
        parts.append(", ".join(row["specialties"]))
    return " ".join(str(p) for p in parts if p)


def _value(row: dict[str, Any]) -> str:
    if row.get("value") is None:
        return ""
    text = f"{_plain(row['value']):,}".replace(",", ".")
    if row.get("value_max") is not None:
        text += f"–{_plain(row['value_max'])}"
    if row.get("total") is not None:
        text += f"/{_plain(row['total'])}"
    approx = {"more_than": ">", "nearly": "≈<", "about": "~", "at_least": "≥", "less_than": "<", "at_most": "≤"}
    return approx.get(row.get("approx") or "", "") + text


def _print_timeline(result: Result) -> None:
    rows = []
    for raw in result.rows:
        row = dict(zip(result.columns, raw, strict=True))
        rows.append(
            [
                row["province"] or "(national / unknown)",
                _plain(row["as_of"]) or "",
                row["metric"],
                _detail(row),
                _value(row),
                row["unit"],
                row["status"],
                row["outlet"],
                row["article_id"],
            ]
        )
    _print_table(_TIMELINE_COLUMNS, rows, title=f"Timeline: {len(rows)} facts")


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
                _value(row),
                fact.unit or "",
                _plain(fact.as_of) or "",
                fact.status or "",
                evidence,
            ]
        )
    _print_table(
        ["doc", "province", "metric", "value", "unit", "as_of", "status", "evidence"], rows, title=f"{len(facts)} facts"
    )


def main(argv: Sequence[str] | None = None) -> None:
    cli.main(args=list(argv) if argv is not None else None, prog_name="monitor")


# field names for external tools (README "The store" documents them)
__all__ = ["FACT_FIELDS", "cli", "main"]
