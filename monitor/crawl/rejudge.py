"""Judging again, with the relevance model installed now, the pages an earlier model judged: no page is
fetched again. An off-topic page the model now finds relevant is kept as if the crawl had just read it
(an "article" event for the caller to store; a copy of a stored text is skipped as such); a kept article
that now scores below the threshold is reported, never deleted: a person decides."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Protocol

from monitor.crawl.classifier import RelevanceModel, judge_many
from monitor.crawl.events import CrawlEvent
from monitor.crawl.gate import hand_over, judge_article, trusted_date
from monitor.crawl.state import SKIPPED, CrawlState, Judged
from monitor.facts import Article


class JudgedPages(CrawlState, Protocol):
    """A lasting crawl state that kept its judged pages (monitor.store.Store)."""

    def offtopic_pages(self) -> Sequence[tuple[str, Article]]: ...
    def kept_pages(self) -> Sequence[tuple[str, Article]]: ...
    def rescore(self, frontier_id: str, judged: Judged) -> None: ...
    def drop_offtopic(self, frontier_id: str) -> None: ...


def rejudge(state: JudgedPages, model: RelevanceModel | None = None) -> Iterator[CrawlEvent]:
    """Events for the caller, as crawl() gives them: "article" for an off-topic page now kept (store it
    before asking for the next event), "skipped" for a page that stays off-topic or is a copy, "warning"
    for a kept article that the model now scores below its threshold. Each page's new score and model
    version are recorded once the caller had its event."""
    for frontier_id, page in state.offtopic_pages():
        if page.id != frontier_id and state.crawl_known(page.id):
            # its canonical article was kept since, from its own URL: a newer copy stands, this one goes
            event = CrawlEvent("skipped", page.url or "", f"already known as {page.url}", source=page.outlet or "")
            yield event
            state.finish(frontier_id, SKIPPED, event.message)
            state.drop_offtopic(frontier_id)
            continue
        event = judge_article(page, state, model)
        event.source = page.outlet or ""
        yield from hand_over(state, frontier_id, event)  # a page the caller could not store: fetched again
    kept = state.kept_pages()
    for start in range(0, len(kept), _BATCH):  # the model reads a batch at a third of one article's cost each
        batch = kept[start : start + _BATCH]
        texts = [(article.title, article.text) for _, article in batch]
        judged = judge_many(texts, model, [trusted_date(article) for _, article in batch])
        for (frontier_id, article), judgement in zip(batch, judged, strict=True):
            state.rescore(frontier_id, Judged(judgement.score, judgement.model))
            if not judgement.relevant:
                yield CrawlEvent(
                    "warning",
                    article.url or "",
                    f"article {article.id} kept earlier now scores {judgement.score:.2f} ({judgement.model}), "
                    "below the threshold: still stored, to review",
                    article,
                    source=article.outlet or "",
                    judgement=judgement,
                )


_BATCH = 256
