"""The gate a page's article passes to be kept: not empty, about the reform (the relevance model), not a copy
of a stored text. The crawler runs it on each page it reads, and rejudge.py on pages read before."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from monitor.crawl.classifier import Judgement, RelevanceModel, judge
from monitor.crawl.events import CrawlEvent
from monitor.crawl.similar import NEAR_DISTANCE, body, content_hash, simhash
from monitor.crawl.state import FAILED, NEW, SKIPPED, STORED, CrawlState, Done, Judged
from monitor.facts import Article


def judge_article(article: Article, state: CrawlState, model: RelevanceModel | None = None) -> CrawlEvent:
    """The event for an extracted article: kept (with its near copies), or skipped as empty, off-topic
    or a copy of a stored text. model: the relevance model to ask (default: the installed one)."""
    url = article.url or ""
    if not article.text.strip():
        return CrawlEvent("skipped", url, "empty article")
    judgement = judge(article.title, article.text, model, trusted_date(article))
    if not judgement.relevant:
        # the article goes with the event, so its text is kept for judging again when the model changes
        return CrawlEvent("skipped", url, offtopic_reason(judgement, article), article, judgement=judgement)
    text = body(article.text, article.title)
    signature = (content_hash(text), simhash(text))
    copies = state.find_copies(article.id, *signature, NEAR_DISTANCE)
    if copies.same_text:
        return CrawlEvent("skipped", url, f"same text as article {copies.same_text}", judgement=judgement)
    return CrawlEvent(
        "article", url, article.title or "", article, near=copies.near, signature=signature, judgement=judgement
    )


def offtopic_reason(judgement: Judgement, article: Article) -> str:
    if judgement.published_before is not None:
        return (
            f"off-topic: published {article.published_at}, before the reform "
            f"(relevance {judgement.score:.2f}, {judgement.model})"
        )
    return f"off-topic: relevance {judgement.score:.2f} ({judgement.model})"


def trusted_date(article: Article) -> dt.date | None:
    """The article's publication date when the page or its feed gave it and nothing in the text contradicts it."""
    if article.published_source in (None, "inferred") or article.date_flag:
        return None
    return article.published_at


def judgement_record(event: CrawlEvent) -> Judged | None:
    """The model's word on a page it judged, as the state records it; an off-topic page keeps its article."""
    if event.judgement is None:
        return None
    offtopic = event.article if event.kind == "skipped" else None
    return Judged(event.judgement.score, event.judgement.model, offtopic)


def done_record(event: CrawlEvent) -> Done | None:
    """An article's signature and near copies, as the state records them; None for any other event."""
    if event.kind != "article" or event.article is None or event.signature is None:
        return None
    return Done(event.article.id, *event.signature, event.near)


def hand_over(state: CrawlState, frontier_id: str, event: CrawlEvent) -> Iterator[CrawlEvent]:
    """Give the caller a page's event, then record the page's outcome on its frontier row. A kept article's
    signature is recorded before the caller stores the article, so a run stopped between the two never
    leaves an article without one; an article the caller could not store (event.fail) is a failed page.
    A page whose host could not be connected to stays new: a network down for a day spends none of its tries."""
    done = done_record(event)
    if done is not None:
        state.sign(done)
    yield event
    judged = judgement_record(event)
    if event.kind == "article" and done is not None:
        state.finish(frontier_id, STORED, None if done.article_id == frontier_id else event.url, done, judged)
    elif event.kind == "skipped":
        state.finish(frontier_id, SKIPPED, event.message, judged=judged)
    elif not event.counts_as_try:
        state.finish(frontier_id, NEW, event.message)  # never reached the host: fetched again, no try spent
    else:
        state.finish(frontier_id, FAILED, event.message)
