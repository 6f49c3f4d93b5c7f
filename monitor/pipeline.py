"""The one-way flow: an article is extracted, then stored with its facts; then the search index catches up."""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from monitor.extract import EXTRACTOR_VERSION, extract
from monitor.facts import Article, Fact
from monitor.store import Store


@dataclass(slots=True)
class Ingested:
    article: Article  # with the date its facts were read against
    facts: list[Fact]
    problems: list[str]  # inconsistencies inside the article, one line each


def ingest(article: Article, store: Store | None) -> Ingested:
    """Extract an article's facts, record on the article the date they were read against, store both."""
    result = extract(article)
    anchor = result.anchor
    if anchor.source == "inferred":
        article = dataclasses.replace(
            article, published_at=anchor.date, published_source="inferred", date_flag=article.date_flag or anchor.flag
        )
    if store is not None:
        store.write(article, result.facts, EXTRACTOR_VERSION)
    return Ingested(article, result.facts, result.problems)


def reingest(article: Article, store: Store) -> Ingested:
    """Read a stored article again with today's extractor, replacing its facts in one transaction.

    A date the extractor inferred last time is inferred again (the rules that infer it may have
    changed); the flag saying why the article's own date was not trusted is kept.
    """
    if article.published_source == "inferred":
        article = dataclasses.replace(article, published_at=None, published_source=None)
    return ingest(article, store)


def refresh_search(db: str | Path, warn: Callable[[str], None] | None = None) -> int:
    """Bring the search index beside the store at db up to date; call it after the writer let go of the file.

    Returns how many articles it indexed or dropped. The index is a convenience beside the store: a failure
    is a one-line warning (through warn, else on stderr), never the writer's failure; the next refresh
    (of any writer, or of `monitor serve`) catches up.
    """
    from monitor.store.search import SearchIndex  # tantivy is loaded only by the commands that write

    try:
        return SearchIndex.beside(db).refresh(db)
    except Exception as error:
        reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        message = f"warning: search index not updated ({reason}); the next refresh catches up"
        if warn is not None:
            warn(message)
        else:
            print(message, file=sys.stderr, flush=True)
        return 0
