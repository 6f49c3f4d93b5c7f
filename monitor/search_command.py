"""`monitor search`: full-text search of the store's articles from the command line (monitor/cli adds it).

A front of the command line like crawlrun.py: it reads the store's index (monitor.store.search) and, before
searching, catches it up (monitor.pipeline.refresh_search)."""

from __future__ import annotations

import dataclasses
import json
import sys
from typing import TYPE_CHECKING, Any

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

from monitor.filters import read_filters
from monitor.pipeline import refresh_search
from monitor.store import Store, StoreMissing, default_db_path
from monitor.store_options import store_options

if TYPE_CHECKING:
    from monitor.store.search import SearchResult

MAX_LIMIT = 1000  # hits one page may show; the index refuses more (monitor.store.search.index.MAX_LIMIT)


@click.command(name="search")
@click.argument("query")
@store_options
@click.option("--province", default=None, help="Only articles with facts about this province (any spelling).")
@click.option("--metric", default=None, help="Only articles with facts of this metric.")
@click.option("--outlet", default=None, help="Only articles of this outlet (any case or accents).")
@click.option("--month", default=None, metavar="YYYY-MM", help="Only articles published in this month.")
@click.option("--limit", type=click.IntRange(1, MAX_LIMIT), default=20, show_default=True, help="Hits to show.")
@click.option("--offset", type=click.IntRange(0), default=0, show_default=True, help="Hits to skip (paging).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "jsonl", "json"]),
    default="table",
    show_default=True,
    help="table: hits with snippets; jsonl: one hit a line; json: total, hits and facet counts.",
)
def search_command(
    query: str,
    db: str | None,
    province: str | None,
    metric: str | None,
    outlet: str | None,
    month: str | None,
    limit: int,
    offset: int,
    fmt: str,
) -> None:
    """Search the stored articles' titles and texts, best first.

    Accents, "đ" and case are optional ("ho so" finds "hồ sơ"); "quoted words" are a phrase; every word
    must be found. The index beside the store (DB.search/) is brought up to date first.

    \b
    Example:
      monitor search "biet phai" --province "hai phong"
      monitor search '"hồ sơ trực tuyến"' --month 2025-08 --format jsonl
    """
    path = db or default_db_path()
    try:
        Store.open(path, read_only=True).close()  # says so if the file is missing, or not a monitor store
    except StoreMissing as err:
        raise click.ClickException(f"{err}; run `monitor crawl` or `monitor extract --db` first") from None
    try:
        names = read_filters(province=province, metric=metric)
    except ValueError as err:  # an unknown name, with the nearest ones
        raise click.UsageError(str(err)) from None
    from monitor.store.search import SearchIndex  # tantivy: loaded only by the command that searches

    refresh_search(path)
    try:
        result = SearchIndex.for_store(path).search(
            query,
            province=names["province"],
            metric=names["metric"],
            outlet=outlet,
            month=month,
            limit=limit,
            offset=offset,
        )
    except ValueError as err:
        raise click.UsageError(str(err)) from None
    if fmt == "table":
        _print_table(result, offset)
    elif fmt == "jsonl":
        for hit in result.hits:
            sys.stdout.write(json.dumps(_plain(dataclasses.asdict(hit)), ensure_ascii=False) + "\n")
    else:
        whole = {
            "total": result.total,
            "hits": [dataclasses.asdict(hit) for hit in result.hits],
            "facets": {name: [{"value": v, "count": n} for v, n in pairs] for name, pairs in result.facets.items()},
        }
        sys.stdout.write(json.dumps(_plain(whole), ensure_ascii=False, indent=1) + "\n")


def _print_table(result: SearchResult, offset: int) -> None:
    out = Console(highlight=False, soft_wrap=False)
    table = Table("#", "score", "published", "outlet", "article", title=f"{result.total} articles", show_lines=True)
    for rank, hit in enumerate(result.hits, start=offset + 1):
        article = Text(hit.title, style="bold")
        article.append(f"\n{hit.article_id}", style="dim")
        article.append("\n")
        article.append_text(_marked(hit.snippet, hit.highlights))
        table.add_row(str(rank), f"{hit.score:.2f}", str(hit.published_at or ""), hit.outlet or "", article)
    out.print(table)
    if result.hits:
        for name, pairs in result.facets.items():
            shown = ", ".join(f"{value} {count}" for value, count in pairs[:8])
            out.print(f"{name}: {shown}{' …' if len(pairs) > 8 else ''}", markup=False)


def _marked(snippet: str, highlights: list[tuple[int, int]]) -> Text:
    text = Text(snippet)
    for start, end in highlights:
        text.stylize("reverse", start, end)
    return text


def _plain(value: Any) -> Any:
    """For JSON: dates as ISO text, tuples as lists."""
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value
