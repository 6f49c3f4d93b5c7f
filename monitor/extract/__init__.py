"""Extraction stage: an Article in, its dated Facts out.

from monitor.extract import extract
result = extract(article)   # result.facts, result.anchor (the date used, its source, any flag)
"""

from __future__ import annotations

from monitor.extract.reader import EXTRACTOR_VERSION, Anchor, Extraction, read_article
from monitor.facts import Article

__all__ = ["EXTRACTOR_VERSION", "Anchor", "Extraction", "extract"]


def extract(article: Article) -> Extraction:
    """The facts of one article, each stamped with the extractor's version."""
    result = read_article(article)
    for fact in result.facts:
        fact.extractor_version = EXTRACTOR_VERSION
    return result
