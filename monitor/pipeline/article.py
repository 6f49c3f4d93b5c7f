"""The one-way flow of one article: extracted, then stored with its facts."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

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
    ingested = read(article)
    if store is not None:
        store.write(ingested.article, ingested.facts, EXTRACTOR_VERSION)
    return ingested


def read(article: Article) -> Ingested:
    """Extract an article's facts and record on the article the date they were read against; nothing is
    stored (`monitor reextract --workers` reads in worker processes, and its parent stores)."""
    result = extract(article)
    anchor = result.anchor
    if anchor.source == "inferred":
        article = dataclasses.replace(
            article, published_at=anchor.date, published_source="inferred", date_flag=article.date_flag or anchor.flag
        )
    return Ingested(article, result.facts, result.problems)


def warm_up() -> None:
    """Load the extractor's models (tokenizer, tagger; about half a second, once per process) by reading a
    one-line article: a crawl calls this before it holds the store, so no reader waits on the loading."""
    extract(Article(id="warm-up", text="Ngày 1/7/2025, xã Mẫu tiếp nhận 10 hồ sơ.", published_at=dt.date(2025, 7, 1)))


def reingest(article: Article, store: Store) -> Ingested:
    """Read a stored article again with today's extractor, replacing its facts in one transaction."""
    return ingest(as_first_read(article), store)


def as_first_read(article: Article) -> Article:
    """A stored article as the extractor first met it: a date the extractor inferred last time is inferred
    again (the rules that infer it may have changed); the flag saying why the article's own date was not
    trusted is kept."""
    if article.published_source == "inferred":
        return dataclasses.replace(article, published_at=None, published_source=None)
    return article
