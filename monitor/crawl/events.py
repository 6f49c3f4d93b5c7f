"""What the crawler tells its caller, one event per listing, page or warning."""

from __future__ import annotations

from dataclasses import dataclass, field

from monitor.crawl.classifier import Judgement
from monitor.facts import Article


@dataclass(slots=True)
class CrawlEvent:
    """One line of news for the caller: kind is "article", "skipped", "error", "warning" or "queued".

    message is the article's title, or the one-line reason for a skip or an error ("queued": how many
    pages are to be fetched; "warning": something about a listing worth telling, no page's outcome:
    an entry that cannot be fetched, a sitemap named twice, a cap reached). near lists stored articles
    this one nearly copies: (article id, distance).
    """

    kind: str
    url: str
    message: str = ""
    article: Article | None = None
    source: str = ""
    near: list[tuple[str, int]] = field(default_factory=list)
    warning: str | None = None  # something worth telling about a page that was still read (cut at the size cap)
    signature: tuple[str, int] | None = None  # an article's content hash and SimHash
    judgement: Judgement | None = None  # the relevance model's, for a page kept or skipped as off-topic

    def fail(self, reason: str) -> None:
        """The caller could not keep this article (say its extraction failed): the page is recorded as
        failed, with reason, and tried again on the next runs like a page that could not be fetched."""
        self.kind, self.message = "error", reason
