"""What the crawler remembers between runs: the frontier, feed validators, the fetch log, article signatures
and each host's page furniture (the lines its pages share, templates.py).

Its records are here, in a module that loads no HTTP or HTML library: the store imports it alone.
The crawler talks to a CrawlState; monitor.store.Store is the lasting one (DuckDB tables), MemoryState
keeps one run in memory (tests, library use without a database).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from monitor.crawl.settings import DEFAULTS
from monitor.facts import Article

# Statuses of a frontier row. "new" and "failed" are still to fetch (failed up to MAX_ATTEMPTS times).
NEW, STORED, SKIPPED, FAILED = "new", "stored", "skipped", "failed"
MAX_ATTEMPTS = 3
# Adaptive polling: a feed's interval starts at POLL_INTERVAL, halves when the feed brings new links,
# grows by half when it doesn't, and stays between a third of the start and 24 times it.
POLL_INTERVAL = DEFAULTS.poll_interval
FASTEST, SLOWEST = 1 / 3, 24
# The reason a state's begin() gives a page about to be read, replaced by its outcome once the caller
# has it: a page that kills the crawl (memory, a crash in a parser) is a failed try, not retried for ever.
INTERRUPTED = "interrupted: the crawl stopped while reading this page"


@dataclass(slots=True)
class FetchRecord:
    """One HTTP request as the fetch log keeps it; status is None when no response came."""

    url: str
    kind: str  # robots, feed, sitemap, page
    status: int | None
    bytes: int
    elapsed: float
    error: str | None
    source: str = ""  # the outlet


@dataclass(slots=True)
class FrontierItem:
    """A page to fetch: its article id (from the URL's identity), where it was listed, and what that said."""

    article_id: str
    url: str
    source: str
    listed_in: str  # the feed or sitemap URL
    title: str | None = None
    published: dt.date | None = None


@dataclass(slots=True)
class FeedState:
    """A feed's or sitemap's validators for conditional GET, and when to poll it next."""

    etag: str | None = None
    last_modified: str | None = None
    interval: float | None = None  # seconds; None until first polled
    next_check: dt.datetime | None = None


@dataclass(slots=True)
class Copies:
    """Stored articles with the same text (same_text: an article id) or a near-identical one (id, distance)."""

    same_text: str | None = None
    near: list[tuple[str, int]] = field(default_factory=list)


@dataclass(slots=True)
class HostLines:
    """What a host's pages say about some lines: how many of its pages were read (pages) and, for each
    line key asked about, on how many of them the line was seen (seen; a key never seen is left out)."""

    pages: int = 0
    seen: dict[int, int] = field(default_factory=dict)


@dataclass(slots=True)
class Done:
    """A stored article's signature and the near copies it was linked to, recorded with its frontier row."""

    article_id: str
    content_hash: str
    simhash: int
    near: list[tuple[str, int]] = field(default_factory=list)


@dataclass(slots=True)
class Judged:
    """What the relevance model said of a page that was read (kept or skipped as off-topic), recorded with
    its frontier row; an off-topic page's article goes with it, so a later model can judge it again
    without fetching it again."""

    relevance: float  # the model's score, 0–1
    model: str  # the model's version (or the cue rule's name when no model could be loaded)
    offtopic: Article | None = None


class CrawlState(Protocol):
    """What the crawler reads and records. finish() records a page's outcome (with its fetch log lines
    and, for a stored article, its signature) at once; log_fetch may hold lines until then. sign() records
    an article's signature before the caller stores the article (find_copies counts it once the article
    is there), so no article is ever stored without its signature. idle() comes
    right before the crawl waits on the network (a state in a shared file lets go of it meanwhile).
    learn_lines() counts the lines of a page read on a host, once per page however often it is read, and
    host_lines() tells how many pages of the host had each line (templates.py: the host's furniture).

    A state may also have begin(article_id) (see MemoryState.begin), called before a fetched page is
    read: the page counts as a failed try until finish() records its outcome, so a page whose reading
    kills the crawl every time is given up after MAX_ATTEMPTS runs. A state without it goes without."""

    def crawl_known(self, article_id: str) -> bool: ...
    def feed_state(self, url: str) -> FeedState: ...
    def save_feed_state(self, url: str, source: str, kind: str, state: FeedState, new_links: int) -> None: ...
    def add_to_frontier(self, items: Sequence[FrontierItem]) -> int: ...
    def pending(self, listed_in: Sequence[str] | None) -> list[FrontierItem]: ...
    def log_fetch(self, record: FetchRecord) -> None: ...
    def find_copies(self, article_id: str, content_hash: str, simhash: int, max_distance: int) -> Copies: ...
    def sign(self, done: Done) -> None: ...
    def finish(
        self, article_id: str, status: str, reason: str | None, done: Done | None = None, judged: Judged | None = None
    ) -> None: ...
    def idle(self) -> None: ...
    def learn_lines(self, host: str, page: str, keys: Sequence[int]) -> None: ...
    def host_lines(self, host: str, keys: Sequence[int]) -> HostLines: ...


def next_interval(state: FeedState, new_links: int, start: float = POLL_INTERVAL) -> float:
    """Poll a feed that brings news more often, a quiet one less often (start: a new feed's interval)."""
    if state.interval is None:
        return start
    interval = state.interval * (0.5 if new_links else 1.5)
    return min(start * SLOWEST, max(start * FASTEST, interval))


def hamming(a: int, b: int) -> int:
    return (a ^ b).bit_count()


class MemoryState:
    """A CrawlState for one run, in memory; `known` tells which article ids exist elsewhere already."""

    def __init__(self, known: Callable[[str], bool] = lambda article_id: False) -> None:
        self._known = known
        self.frontier: dict[str, tuple[FrontierItem, str, int]] = {}  # id → (item, status, attempts)
        self.feeds: dict[str, FeedState] = {}
        self.fetches: list[FetchRecord] = []
        self.signatures: dict[str, tuple[str, int]] = {}
        self.links: list[tuple[str, str, int]] = []
        self._begun: set[str] = set()
        self.host_pages: dict[str, set[str]] = {}  # host → pages whose lines were counted
        self.line_pages: Counter[tuple[str, int]] = Counter()  # (host, line key) → pages it was seen on
        self.judged: dict[str, Judged] = {}  # article id → the relevance model's word on the page

    def crawl_known(self, article_id: str) -> bool:
        entry = self.frontier.get(article_id)
        return self._known(article_id) or (entry is not None and entry[1] in (STORED, SKIPPED))

    def feed_state(self, url: str) -> FeedState:
        return self.feeds.get(url) or FeedState()

    def save_feed_state(self, url: str, source: str, kind: str, state: FeedState, new_links: int) -> None:
        self.feeds[url] = state

    def add_to_frontier(self, items: Sequence[FrontierItem]) -> int:
        added = 0
        for item in items:
            if item.article_id not in self.frontier:
                self.frontier[item.article_id] = (item, NEW, 0)
                added += 1
            elif (entry := self.frontier[item.article_id])[1] in (NEW, FAILED):
                # still to fetch: taken by the listing naming it now (pending() goes by listing)
                moved = dataclasses.replace(entry[0], listed_in=item.listed_in, source=item.source)
                self.frontier[item.article_id] = (moved, *entry[1:])
        return added

    def pending(self, listed_in: Sequence[str] | None) -> list[FrontierItem]:
        where = None if listed_in is None else set(listed_in)
        return [
            item
            for item, status, attempts in self.frontier.values()
            if (where is None or item.listed_in in where)
            and (status == NEW or (status == FAILED and attempts < MAX_ATTEMPTS))
        ]

    def sign(self, done: Done) -> None:
        self.signatures[done.article_id] = (done.content_hash, done.simhash)

    def begin(self, article_id: str) -> None:
        """The page is about to be read: a failed try until finish() says otherwise (undoing this one)."""
        item, _, attempts = self.frontier[article_id]
        self.frontier[article_id] = (item, FAILED, attempts + 1)
        self._begun.add(article_id)

    def finish(
        self, article_id: str, status: str, reason: str | None, done: Done | None = None, judged: Judged | None = None
    ) -> None:
        item, _, attempts = self.frontier[article_id]
        if judged is not None:
            self.judged[article_id] = judged
        begun = article_id in self._begun
        self._begun.discard(article_id)
        self.frontier[article_id] = (item, status, attempts + (status == FAILED) - begun)
        if done is not None:
            self.signatures[done.article_id] = (done.content_hash, done.simhash)
            self.links.extend((done.article_id, other, distance) for other, distance in done.near)

    def log_fetch(self, record: FetchRecord) -> None:
        self.fetches.append(record)

    def idle(self) -> None:
        """Nothing to let go of: no other process shares this state."""

    def learn_lines(self, host: str, page: str, keys: Sequence[int]) -> None:
        """Count the page's lines for its host, unless the page was counted already (a page read again)."""
        pages = self.host_pages.setdefault(host, set())
        if page in pages:
            return
        pages.add(page)
        self.line_pages.update((host, key) for key in set(keys))

    def host_lines(self, host: str, keys: Sequence[int]) -> HostLines:
        seen = {key: self.line_pages[(host, key)] for key in keys if (host, key) in self.line_pages}
        return HostLines(len(self.host_pages.get(host, ())), seen)

    def find_copies(self, article_id: str, content_hash: str, simhash: int, max_distance: int) -> Copies:
        copies = Copies()
        for other, (other_hash, other_simhash) in self.signatures.items():
            if other == article_id:
                continue
            if other_hash == content_hash:
                copies.same_text = other
            elif (distance := hamming(simhash, other_simhash)) <= max_distance:
                copies.near.append((other, distance))
        return copies
