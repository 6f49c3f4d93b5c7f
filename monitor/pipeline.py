"""The one-way flow: an article is extracted, then stored with its facts."""

from __future__ import annotations

import dataclasses

from monitor.extract import extract
from monitor.facts import Article, Fact
from monitor.store import Store


def read(article: Article) -> tuple[Article, list[Fact]]:
    """Extract an article's facts, and record on the article the date they were read against."""
    result = extract(article)
    anchor = result.anchor
    if anchor.source == "inferred":
        article = dataclasses.replace(
            article, published_at=anchor.date, published_source="inferred", date_flag=anchor.flag
        )
    return article, result.facts


def ingest(article: Article, store: Store | None) -> tuple[Article, list[Fact]]:
    article, facts = read(article)
    if store is not None:
        store.write(article, facts)
    return article, facts
