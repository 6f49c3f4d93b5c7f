"""Crawling news feeds and sitemaps into Articles: listings → frontier → pages → text, politely,
remembering what was fetched, skipped and failed (see state.py), linking copies across outlets."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter, deque
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from monitor.crawl.charset import decode_html
from monitor.crawl.classifier import Judgement, ModelError, RelevanceModel, default_model, judge, judge_many
from monitor.crawl.events import CrawlEvent
from monitor.crawl.feeds import FeedEntry, FeedError, read_feed
from monitor.crawl.fetch import (
    DEFAULT_USER_AGENT,
    Disallowed,
    Fetcher,
    FetchError,
    FetchRecord,
    Page,
    Refused,
    user_agent,
)
from monitor.crawl.gate import hand_over, judge_article
from monitor.crawl.pages import PageContent, read_page, without_template
from monitor.crawl.sitemaps import read_sitemap
from monitor.crawl.sources import BUNDLED_SOURCES, Source, read_source_list, read_sources
from monitor.crawl.state import (
    FAILED,
    MAX_ATTEMPTS,
    NEW,
    POLL_INTERVAL,
    SKIPPED,
    STORED,
    Copies,
    CrawlState,
    Done,
    FeedState,
    FrontierItem,
    HostLines,
    Judged,
    MemoryState,
    next_interval,
)
from monitor.crawl.templates import HostTemplate
from monitor.crawl.urls import canonical_url, identity_url
from monitor.facts import Article
from monitor.text import stored_text

__all__ = [
    "BUNDLED_SOURCES",
    "DEFAULT_USER_AGENT",
    "FAILED",
    "INTERRUPTED",
    "MAX_ATTEMPTS",
    "NEW",
    "POLL_INTERVAL",
    "SKIPPED",
    "STORED",
    "Copies",
    "CrawlEvent",
    "CrawlState",
    "Done",
    "FeedState",
    "FetchRecord",
    "FrontierItem",
    "HostLines",
    "Judged",
    "Judgement",
    "Listing",
    "MemoryState",
    "ModelError",
    "RelevanceModel",
    "Source",
    "article_id",
    "canonical_url",
    "crawl",
    "default_model",
    "judge",
    "judge_many",
    "listings",
    "one_line",
    "read_source_list",
    "read_sources",
    "user_agent",
]

PAGE_TYPES = ("html",)
FEED_TYPES = ("xml", "rss", "atom", "text/")
SITEMAP_TYPES = ("xml", "gzip", "text/", "octet-stream")
MAX_SITEMAP_DEPTH = 2  # an index of indexes of sitemaps, no deeper
MAX_CHILD_SITEMAPS = 50  # from one index, the first (newest, by convention) ones
MAX_SITEMAPS = 200  # fetched for one sitemap given to the crawl, its indexes' children all told
MAX_REJECTS_SHOWN = 5  # per listing, entries that cannot be fetched each get a warning; the rest are counted
# The reason a state's begin() gives a page about to be read, replaced by its outcome once the caller
# has it: a page that kills the crawl (memory, a crash in a parser) is a failed try, not retried for ever.
INTERRUPTED = "interrupted: the crawl stopped while reading this page"


@dataclass(slots=True, frozen=True)
class Listing:
    """A feed or sitemap to read, and the source (outlet) it belongs to."""

    url: str
    kind: str = "feed"  # feed or sitemap
    source: str = ""

    @property
    def outlet(self) -> str:
        return self.source or urlsplit(self.url).netloc


def article_id(url: str) -> str:
    """The article id of a page: the first 16 hex digits of the SHA-1 of its canonical URL's identity
    (mobile, AMP and www variants of one URL give one id)."""
    return hashlib.sha1(identity_url(url).encode()).hexdigest()[:16]


def listings(sources: Sequence[Source]) -> list[Listing]:
    """The feeds, then the sitemaps, of each source, in file order."""
    out: list[Listing] = []
    for source in sources:
        out += [Listing(url, "feed", source.name) for url in source.feeds]
        out += [Listing(url, "sitemap", source.name) for url in source.sitemaps]
    return out


def crawl(
    feeds: Sequence[str | Listing],
    *,
    delay: float = 5.0,
    known: Callable[[str], bool] = lambda article_id: False,
    state: CrawlState | None = None,
    user_agent: str = DEFAULT_USER_AGENT,
    timeout: float = 20.0,
    max_bytes: int = 5_000_000,
    retries: int = 3,
    backoff: float = 1.0,
    poll_interval: float = POLL_INTERVAL,
    allow_private: bool = False,
) -> Iterator[CrawlEvent]:
    """Read each feed or sitemap, add the pages it lists to the frontier, then fetch every page still
    to fetch; one event per page, never an exception.

    A page whose article id the state (or `known`) knows gives a "skipped" event without being fetched.
    Pages are marked done only after the caller has had their event, so a crawl killed at any point
    fetches again, on the next run, what it had not finished; a page is marked as a failed try before
    it is read, so one that kills the crawl every time is given up after MAX_ATTEMPTS runs. `delay`
    seconds (or the host's robots.txt Crawl-delay, if larger) separate two requests to one host:port.
    Each listing's next poll is scheduled adaptively, starting poll_interval seconds after its first.
    Right before each wait on the network the crawl calls state.idle(), with nothing left to write: a
    store lets readers in then. Loopback, private and link-local addresses are refused (redirects
    included) but those of the listings' own hosts, unless allow_private.
    """
    state = state or MemoryState(known)
    default_model()  # loaded (about a second) before any page, not while a store is held for one
    targets = [item if isinstance(item, Listing) else Listing(item) for item in feeds]
    fetched: deque[FetchRecord] = deque()  # filled from the fetcher's thread, written to the state from this one
    options = {"delay": delay, "user_agent": user_agent, "timeout": timeout, "max_bytes": max_bytes}
    options |= {"allow_private": allow_private, "trusted_hosts": [target.url for target in targets]}
    with Fetcher(**options, retries=retries, backoff=backoff, on_fetch=fetched.append) as fetcher:
        run = _Pass(fetcher, state, fetched, poll_interval)
        for target in targets:
            yield from run.read_listing(target, target, depth=0)
        todo = state.pending([target.url for target in targets])
        yield CrawlEvent("queued", "", f"{len(todo)} pages to fetch")
        jobs = [(item.url, item.source, item) for item in todo]
        for item, result in fetcher.fetch_many(jobs, kind="page", accept=PAGE_TYPES, on_wait=state.idle):
            _log(fetched, state)
            yield from _crawl_page(fetcher, state, item, result)


@dataclass(slots=True)
class _Pass:
    """One pass over the listings: what was listed and read so far, so that a page listed twice stays
    where it was first listed and a sitemap named again (an index naming itself, a cycle) is read once."""

    fetcher: Fetcher
    state: CrawlState
    fetched: deque[FetchRecord]
    poll_interval: float
    listed: set[str] = field(default_factory=set)  # article ids listed so far
    read: set[str] = field(default_factory=set)  # listings fetched so far (canonical URLs)
    sitemaps: Counter[str] = field(default_factory=Counter)  # per given sitemap: how many fetched for it

    def read_listing(self, target: Listing, root: Listing, depth: int) -> Iterator[CrawlEvent]:
        key = _listing_key(target.url)
        if key in self.read:
            if depth == 0:
                yield _warning(target, f"{target.kind} {target.url}: given twice, read once")
            return
        self.read.add(key)
        self.sitemaps[root.url] += target.kind == "sitemap"
        for event in _read_listing(self, target, root, depth):
            _log(self.fetched, self.state)
            yield event
        _log(self.fetched, self.state)

    def children(self, target: Listing, root: Listing, depth: int, named: Sequence[str]) -> Iterator[CrawlEvent]:
        """Read the sitemaps an index names: once per pass each, at most MAX_CHILD_SITEMAPS of them,
        MAX_SITEMAP_DEPTH deep and MAX_SITEMAPS for the sitemap given; each cap reached is told."""
        fresh = list(dict.fromkeys(url for url in named if _listing_key(url) not in self.read))
        if len(fresh) < len(named):
            again = len(named) - len(fresh)
            yield _warning(target, f"sitemap {target.url}: {again} of its {len(named)} sitemaps named again "
                                   "(itself, a parent or twice), each read once per pass")  # fmt: skip
        if not fresh:
            return
        if depth >= MAX_SITEMAP_DEPTH:
            yield _warning(target, f"sitemap {target.url}: {len(fresh)} sitemaps more than "
                                   f"{MAX_SITEMAP_DEPTH} indexes deep, not read")  # fmt: skip
            return
        if len(fresh) > MAX_CHILD_SITEMAPS:
            yield _warning(target, f"sitemap {target.url}: names {len(fresh)} sitemaps, "
                                   f"reading the first {MAX_CHILD_SITEMAPS}")  # fmt: skip
            fresh = fresh[:MAX_CHILD_SITEMAPS]
        for index, child in enumerate(fresh):
            if self.sitemaps[root.url] >= MAX_SITEMAPS:
                yield _warning(root, f"sitemap {root.url}: {MAX_SITEMAPS} sitemaps read for it, "
                                     f"{len(fresh) - index} more not read this pass")  # fmt: skip
                return
            yield from self.read_listing(Listing(child, "sitemap", target.outlet), root, depth + 1)


def _listing_key(url: str) -> str:
    try:
        return canonical_url(url)
    except ValueError:
        return url


def _warning(target: Listing, message: str, url: str | None = None) -> CrawlEvent:
    return CrawlEvent("warning", url or target.url, message, source=target.outlet)


def _log(fetched: deque[FetchRecord], state: CrawlState) -> None:
    while fetched:
        state.log_fetch(fetched.popleft())


def _read_listing(run: _Pass, target: Listing, root: Listing, depth: int) -> Iterator[CrawlEvent]:
    """Fetch a feed or sitemap (conditionally) and add what it lists to the frontier, as listed in root
    (the feed or sitemap given to crawl, so an index's sitemaps count as the index's)."""
    state, fetcher = run.state, run.fetcher
    old = state.feed_state(target.url)
    accept = FEED_TYPES if target.kind == "feed" else SITEMAP_TYPES
    state.idle()  # the fetch may wait long (delay, retries, Retry-After): readers get the store meanwhile
    try:
        page = fetcher.get(
            target.url,
            kind=target.kind,
            accept=accept,
            etag=old.etag,
            last_modified=old.last_modified,
            source=target.outlet,
        )
        entries, children, rejected = _listed(page, target.kind)
    except (FetchError, FeedError) as error:
        _schedule(state, target, old, None, 0, run.poll_interval)  # a failing listing is polled less and less often
        yield CrawlEvent("error", target.url, f"{target.kind} {target.url}: {error}", source=target.outlet)
        return
    except Exception as error:  # a parser's bug must not stop the crawl
        _schedule(state, target, old, None, 0, run.poll_interval)
        message = f"{target.kind} {target.url}: cannot read ({one_line(error)})"
        yield CrawlEvent("error", target.url, message, source=target.outlet)
        return
    if page.truncated:
        message = f"{target.kind} {target.url}: larger than {fetcher.max_bytes} bytes, read only that much"
        yield CrawlEvent("error", target.url, message, source=target.outlet)
    for link, problem in rejected[:MAX_REJECTS_SHOWN]:
        yield _warning(target, f"{target.kind} {target.url}: entry {_shown(link)} skipped: {problem}", link)
    if len(rejected) > MAX_REJECTS_SHOWN:
        more = len(rejected) - MAX_REJECTS_SHOWN
        yield _warning(target, f"{target.kind} {target.url}: {more} more entries that cannot be fetched skipped")
    added = yield from _add_entries(state, target, root, entries, run.listed)
    yield from run.children(target, root, depth, children)
    _schedule(state, target, old, page, added, run.poll_interval)


def _shown(link: str) -> str:
    """A listed link as a log line shows it: printable, and not too long."""
    text = "".join(char if char.isprintable() else "?" for char in link)
    return text if len(text) <= 200 else text[:199] + "…"


def _schedule(
    state: CrawlState, target: Listing, old: FeedState, page: Page | None, added: int, poll_interval: float
) -> None:
    """Save a listing's validators (from page, when it was read afresh) and when to poll it next."""
    if page is not None and not page.not_modified:
        old.etag, old.last_modified = page.etag, page.last_modified
    old.interval = next_interval(old, added, poll_interval)
    old.next_check = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=old.interval)
    state.save_feed_state(target.url, target.outlet, target.kind, old, added)


def _listed(page: Page, kind: str) -> tuple[list[FeedEntry], list[str], list[tuple[str, str]]]:
    """The pages and the child sitemaps a fetched listing names (none when it has not changed), and
    the entries left out because they cannot be fetched (link, why)."""
    if page.not_modified:
        return [], [], []
    if kind == "feed":
        rejected: list[tuple[str, str]] = []
        return read_feed(page, rejected), [], rejected
    sitemap = read_sitemap(page)
    return sitemap.entries, sitemap.sitemaps, sitemap.rejected


def _add_entries(
    state: CrawlState, target: Listing, root: Listing, entries: Sequence[FeedEntry], listed: set[str]
) -> Generator[CrawlEvent, None, int]:
    """Put a listing's new links in the frontier; known ones give "skipped" events. Returns how many were new.

    listed: the article ids listed earlier in the run, left where they are (added to here)."""
    items: dict[str, FrontierItem] = {}
    for entry in entries:
        key = article_id(entry.url)
        if key in items or key in listed:
            continue  # listed twice (with and without utm_ parameters, say, or by another feed)
        listed.add(key)
        if state.crawl_known(key):
            yield CrawlEvent("skipped", entry.url, "already known", source=target.outlet)
            continue
        items[key] = FrontierItem(key, entry.url, target.outlet, root.url, entry.title, entry.published)
    return state.add_to_frontier(list(items.values()))


def _crawl_page(
    fetcher: Fetcher, state: CrawlState, item: FrontierItem, fetched: Page | FetchError
) -> Iterator[CrawlEvent]:
    """Judge one fetched frontier page; the frontier row is marked after the caller had the event.

    A fetched page is first marked as a failed try (state.begin, when the state has it): if reading it
    or storing its facts kills the crawl (memory, a crash in a parser), the next runs count it and give
    it up after MAX_ATTEMPTS instead of dying on it every time. An article's signature is recorded before the
    caller stores the article, so a crawl stopped between the two never leaves an article without one
    (its copies elsewhere are still caught)."""
    begin = getattr(state, "begin", None)
    if begin is not None and not isinstance(fetched, FetchError):
        begin(item.article_id)
    event = _read_article(fetcher, state, item, fetched)
    event.source = item.source
    yield from hand_over(state, item.article_id, event)


def _read_article(fetcher: Fetcher, state: CrawlState, item: FrontierItem, page: Page | FetchError) -> CrawlEvent:
    url = item.url
    if isinstance(page, (Disallowed, Refused)):
        return CrawlEvent("skipped", url, str(page))
    if isinstance(page, FetchError):
        return CrawlEvent("error", url, f"page {url}: {page}")
    fetched_at = dt.datetime.now(dt.UTC)
    try:
        content = read_page(decode_html(page.body, page.encoding), page.url)
        # the page's lines are counted for its host, and those of the host's template left out (templates.py)
        content = without_template(content, HostTemplate(state, _host(page.url), item.article_id))
    except Exception as error:  # a parser's bug must not stop the crawl
        return CrawlEvent("error", url, f"page {url}: cannot read ({one_line(error)})")
    canonical = _page_url(page, content)
    if article_id(canonical) != item.article_id and state.crawl_known(article_id(canonical)):
        return CrawlEvent("skipped", url, f"already known as {canonical}")
    event = judge_article(_article(canonical, item, content, fetched_at), state)
    if page.truncated:
        event.warning = f"page {url}: larger than {fetcher.max_bytes} bytes, read only that much"
    return event


def _host(url: str) -> str:
    """The host whose template a page shares: www., m. and amp. copies are one site."""
    return urlsplit(identity_url(url)).netloc


def _page_url(page: Page, content: PageContent) -> str:
    """The page's canonical URL: its <link rel="canonical"> if trusted, else where it was."""
    fetched = canonical_url(page.url)
    if content.canonical:
        url = canonical_url(content.canonical, base=page.url)
        if _trusted_canonical(url, fetched):
            return url
    return fetched


def _trusted_canonical(url: str, fetched: str) -> bool:
    """A canonical link is trusted on the page's own site (m., amp., www. folded), unless it names the
    home page or a section above the page: a template that puts those on every page would make each
    later article of the outlet "already known"."""
    link, page = urlsplit(identity_url(url)), urlsplit(identity_url(fetched))
    if link.scheme not in ("http", "https") or link.netloc != page.netloc:
        return False
    above, path = _segments(link.path), _segments(page.path)
    return not (len(above) < len(path) and path[: len(above)] == above)


def _segments(path: str) -> list[str]:
    return [segment for segment in path.split("/") if segment]


def _article(url: str, item: FrontierItem, content: PageContent, fetched_at: dt.datetime) -> Article:
    published, source, flag = content.published, "metadata", None
    if published is None:
        published, source = item.published, "feed"
    if published is None:
        source, flag = None, "missing"
    title = content.title or item.title
    body = content.text.strip()
    # the headline opens the stored text, as in a text file: figures and deadlines are often stated there
    text = f"{title}\n\n{body}" if title and body else body
    return Article(
        id=article_id(url),
        text=stored_text(text),
        url=url,
        outlet=content.outlet or urlsplit(url).hostname,
        title=stored_text(title) if title else None,
        published_at=published,
        published_source=source,
        date_flag=flag,
        fetched_at=fetched_at,
    )


def one_line(error: Exception) -> str:
    """An exception as one short line: its type and its message with spaces squeezed."""
    text = " ".join(str(error).split())
    return f"{type(error).__name__}: {text}"[:200] if text else type(error).__name__
