"""Extraction stage: an Article in, its dated Facts out.

from monitor.extract import extract
result = extract(article)   # result.facts, result.anchor (the date used, its source, any flag)
"""

from __future__ import annotations

import dataclasses

from monitor.extract.reader import EXTRACTOR_VERSION, Extraction, read_article
from monitor.extract.when import Anchor
from monitor.facts import Article
from monitor.text import stored_text

__all__ = ["EXTRACTOR_VERSION", "MAX_ARTICLE_CHARS", "Anchor", "Extraction", "extract", "provinces"]

# A long news article is some 20,000 characters; past this a text is several articles or none.
MAX_ARTICLE_CHARS = 500_000


def extract(article: Article) -> Extraction:
    """The facts of one article, each stamped with the extractor's version.

    Offsets index the article's text as stored (NFC, monitor.text.stored_text): text given in another
    form (NFD from some sites and editors) is read as its stored form, never silently skipped.
    """
    text = stored_text(article.text)
    if text != article.text:
        article = dataclasses.replace(article, text=text)
    result = read_article(_within_limit(article))
    if len(article.text) > MAX_ARTICLE_CHARS:
        result.problems.append(
            f"{article.id}: read the first {MAX_ARTICLE_CHARS:,} of {len(article.text):,} characters only"
        )
    for fact in result.facts:
        fact.extractor_version = EXTRACTOR_VERSION
    return result


def _within_limit(article: Article) -> Article:
    if len(article.text) <= MAX_ARTICLE_CHARS:
        return article
    return dataclasses.replace(article, text=article.text[:MAX_ARTICLE_CHARS])


def provinces() -> list[str]:
    """The 34 provinces and cities in force since 1 July 2025, as the gazetteer names them."""
    from monitor.extract.places import gazetteer

    return list(gazetteer().provinces)
