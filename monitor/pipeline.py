"""The one-way flow: an article is extracted, then stored with its facts."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from monitor.extract import extract
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
            article, published_at=anchor.date, published_source="inferred", date_flag=anchor.flag
        )
    if store is not None:
        store.write(article, result.facts)
    return Ingested(article, result.facts, result.problems)
