import datetime as dt

import pytest

from monitor.extract import extract
from monitor.facts import Article, Fact


@pytest.fixture
def read():
    """read(sentence, published=2025-09-10) -> the facts extracted from a one-sentence article."""

    def facts(sentence: str, published: dt.date = dt.date(2025, 9, 10)) -> list[Fact]:
        return extract(Article(id="t", text=sentence, published_at=published)).facts

    return facts
