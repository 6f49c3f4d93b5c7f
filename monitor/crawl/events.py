"""What the crawler tells its caller: one typed event per listing read, page, warning or the run's end."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from monitor.crawl.classifier import Judgement
from monitor.facts import Article


class EventKind(StrEnum):
    """What an event is about. A StrEnum, so a kind prints (and compares) as its plain name."""

    QUEUED = "queued"  # pages left from earlier runs, to fetch in this one: count
    LISTED = "listed"  # a feed or sitemap was read: count new pages put in the frontier, children sitemaps named
    ARTICLE = "article"  # a page read and kept: the article
    SKIPPED = "skipped"  # a page not kept (off-topic, a copy, disallowed, empty): the reason
    KNOWN = "known"  # a listed page already in the store: not fetched again
    ERROR = "error"  # a page or a listing that failed: the reason
    WARNING = "warning"  # something about a listing worth telling (an entry that cannot be fetched, a cap reached)
    NETWORK_DOWN = "network_down"  # every host failed to connect and none answered: the crawl stops here


# The kinds that tell how far the crawl is, rather than what became of a page.
PROGRESS = frozenset({EventKind.QUEUED, EventKind.LISTED})
# What an event's target is: a page, or a listing (its kind).
PAGE, FEED, SITEMAP = "page", "feed", "sitemap"


@dataclass(slots=True)
class CrawlEvent:
    """One piece of news for the caller.

    message is the article's title, or the one-line reason for a skip or an error (a warning's text, for
    a warning). target says whether the event is about a page or a listing ("page", "feed", "sitemap").
    count: for QUEUED the pages queued, for LISTED the new pages the listing put in the frontier;
    children: for LISTED, the sitemaps an index named that will be read too. near lists stored articles
    this one nearly copies: (article id, distance).
    """

    kind: EventKind
    url: str
    message: str = ""
    article: Article | None = None
    source: str = ""
    near: list[tuple[str, int]] = field(default_factory=list)
    warning: str | None = None  # something worth telling about a page that was still read (cut at the size cap)
    signature: tuple[str, int] | None = None  # an article's content hash and SimHash
    judgement: Judgement | None = None  # the relevance model's, for a page kept or skipped as off-topic
    target: str = PAGE
    count: int = 0
    children: int = 0
    counts_as_try: bool = True  # False for a page whose host could not be connected to (its tries are kept)

    def __post_init__(self) -> None:
        self.kind = EventKind(self.kind)  # a plain name ("article") is accepted and typed

    def fail(self, reason: str) -> None:
        """The caller could not keep this article (say its extraction failed): the page is recorded as
        failed, with reason, and tried again on the next runs like a page that could not be fetched."""
        self.kind, self.message = EventKind.ERROR, reason

    @property
    def is_page(self) -> bool:
        """An outcome of a page (kept, skipped, known or failed), as opposed to a listing's or the run's news."""
        return self.target == PAGE and self.kind not in PROGRESS and self.kind != EventKind.NETWORK_DOWN
