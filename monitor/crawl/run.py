"""One crawl pass: every listing's host at once, each listing's pages fetched as soon as it is read.

Listings and pages are submitted to the fetcher, which fetches hosts side by side (one request at a time
per host, `delay` apart) and hands back results as they come; this thread reads each result, records it
in the state and gives the caller one event. A page listed by a feed is queued behind that feed on its
host, so the first articles arrive within a few delays of the start, whatever the number of hosts.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from monitor.crawl.charset import decode_html
from monitor.crawl.classifier import default_model
from monitor.crawl.events import FEED, SITEMAP, CrawlEvent, EventKind
from monitor.crawl.feeds import FeedEntry, FeedError, read_feed
from monitor.crawl.fetch import CannotConnect, Disallowed, FetchError, Page, Refused
from monitor.crawl.gate import hand_over, judge_article
from monitor.crawl.listing import Listing, article_id, one_line
from monitor.crawl.pages import PageContent, read_page, without_template
from monitor.crawl.settings import CrawlSettings
from monitor.crawl.shard import Shard
from monitor.crawl.sitemaps import read_sitemap
from monitor.crawl.state import CrawlState, FeedState, FetchRecord, FrontierItem, MemoryState, next_interval
from monitor.crawl.templates import HostTemplate
from monitor.crawl.urls import canonical_url, identity_url
from monitor.crawl.workers import Fetcher
from monitor.facts import Article
from monitor.text import stored_text

PAGE_TYPES = ("html",)
FEED_TYPES = ("xml", "rss", "atom", "text/")
SITEMAP_TYPES = ("xml", "gzip", "text/", "octet-stream")
MAX_SITEMAP_DEPTH = 2  # an index of indexes of sitemaps, no deeper
MAX_CHILD_SITEMAPS = 50  # from one index, the first (newest, by convention) ones
MAX_SITEMAPS = 200  # fetched for one sitemap given to the crawl, its indexes' children all told
MAX_REJECTS_SHOWN = 5  # per listing, entries that cannot be fetched each get a warning; the rest are counted
NETWORK_DOWN = "no host reachable: network down?"


def crawl(
    feeds: Sequence[str | Listing],
    settings: CrawlSettings | None = None,
    *,
    known: Callable[[str], bool] = lambda article_id: False,
    state: CrawlState | None = None,
    stop: Callable[[], bool] = lambda: False,
    shard: Shard | None = None,
    **overrides: Any,
) -> Iterator[CrawlEvent]:
    """Read each feed or sitemap and fetch the pages it lists, every host at once; one event per listing
    read (LISTED), per page and per warning, never an exception.

    settings (CrawlSettings, the only source of defaults) says how to fetch; keyword overrides replace
    some of its fields (`crawl(urls, delay=0)`). A page whose article id the state (or `known`) knows
    gives a KNOWN event without being fetched. Pages are marked done only after the caller has had their
    event, so a crawl killed at any point fetches again, on the next run, what it had not finished; a
    page is marked as a failed try before it is read, so one that kills the crawl every time is given up
    after MAX_ATTEMPTS runs. Each listing's next poll is scheduled adaptively. Right before each wait on
    the network the crawl calls state.idle(), with nothing left to write: a store lets readers in then.
    Loopback, private and link-local addresses are refused (redirects included) but those of the
    listings' own hosts, unless allow_private. When no host answers and every listing's host failed to
    connect, a NETWORK_DOWN event ends the crawl. stop() is asked after each page is recorded and while
    waiting on the network: when it says so the crawl ends there, every page handed over recorded.

    With a shard (shard.py), a worker among others on one store: only the listings on the shard's hosts are
    read and only pages on its hosts fetched. A page another host's listing names is left in the frontier for
    its owner, which takes every page still to fetch on its hosts, whatever listing named it: at the start
    and again whenever its pass runs dry (other workers list pages meanwhile), until none is new. The
    listings' hosts trusted for private addresses are those of every listing given, as for one worker alone.
    """
    settings = dataclasses.replace(settings or CrawlSettings(), **overrides)
    state = state or MemoryState(known)
    targets = [item if isinstance(item, Listing) else Listing(item) for item in feeds]
    mine = shard.pick(targets) if shard else targets
    fetched: list[FetchRecord] = []  # filled from the fetcher's thread, written to the state from this one
    options = {
        "delay": settings.delay,
        "user_agent": settings.user_agent,
        "timeout": settings.timeout,
        "max_bytes": settings.max_bytes,
        "retries": settings.retries,
        "backoff": settings.backoff,
        "concurrency": settings.hosts,
        "allow_private": settings.allow_private,
        "trusted_hosts": [target.url for target in targets],
    }
    with Fetcher(**options, on_fetch=fetched.append) as fetcher:
        run = _Pass(fetcher, state, fetched, settings.poll_interval, shard)
        yield from run.start(mine)
        # the relevance model loads (about a second) while robots.txt and the listings are fetched, and
        # before any page is read: not while a store is held for one
        state.idle()
        default_model()
        while True:
            for tag, result in fetcher.results(on_wait=state.idle, stop=stop):
                run.log()
                if isinstance(tag, _ListingJob):
                    yield from run.listing_read(tag, result)
                    if fetcher.unreachable([target.url for target in mine]):
                        yield CrawlEvent(EventKind.NETWORK_DOWN, "", NETWORK_DOWN, target=FEED)
                        return
                else:
                    yield from _crawl_page(fetcher, state, tag, result)
                if stop():
                    break
            if shard is None or stop():
                break
            more = run.fetch_pending(None)  # pages on the shard's hosts that other workers listed meanwhile
            if not more:
                break
            message = f"{len(more)} pages on shard {shard}'s hosts listed meanwhile by other workers"
            yield CrawlEvent(EventKind.QUEUED, "", message, count=len(more))
        run.log()


@dataclass(slots=True, frozen=True)
class _ListingJob:
    """A listing submitted for fetching: the feed or sitemap, the one given to the crawl it belongs to, how deep."""

    target: Listing
    root: Listing
    depth: int
    old: FeedState


@dataclass(slots=True)
class _Pass:
    """One pass over the listings: what was listed, submitted and read so far, so that a page listed twice
    is fetched once and a sitemap named again (an index naming itself, a cycle) is read once."""

    fetcher: Fetcher
    state: CrawlState
    fetched: list[FetchRecord]
    poll_interval: float
    shard: Shard | None = None  # the hosts whose pages this pass fetches (None: every host)
    listed: set[str] = field(default_factory=set)  # article ids listed so far
    submitted: set[str] = field(default_factory=set)  # article ids handed to the fetcher so far
    read: set[str] = field(default_factory=set)  # listings submitted so far (canonical URLs)
    sitemaps: Counter[str] = field(default_factory=Counter)  # per given sitemap: how many fetched for it

    def log(self) -> None:
        """Hand the fetch log's new lines to the state (list.pop(0) is atomic: the fetcher appends meanwhile)."""
        while self.fetched:
            self.state.log_fetch(self.fetched.pop(0))

    def start(self, targets: Sequence[Listing]) -> Iterator[CrawlEvent]:
        """Submit every listing, then the pages earlier runs left to fetch (each behind its host's listings):
        those of these listings, or with a shard every one on its hosts."""
        for target in targets:
            yield from self.submit_listing(target, target, 0)
        todo = self.fetch_pending(None if self.shard else [target.url for target in targets])
        yield CrawlEvent(EventKind.QUEUED, "", f"{len(todo)} pages left from earlier runs", count=len(todo))

    def submit_listing(self, target: Listing, root: Listing, depth: int) -> Iterator[CrawlEvent]:
        key = _listing_key(target.url)
        if key in self.read:
            if depth == 0:
                yield _warning(target, f"{target.kind} {target.url}: given twice, read once")
            return
        self.read.add(key)
        self.sitemaps[root.url] += target.kind == SITEMAP
        old = self.state.feed_state(target.url)
        accept = FEED_TYPES if target.kind == FEED else SITEMAP_TYPES
        job = _ListingJob(target, root, depth, old)
        self.fetcher.submit(
            target.url,
            job,
            kind=target.kind,
            accept=accept,
            etag=old.etag,
            last_modified=old.last_modified,
            source=target.outlet,
        )

    def listing_read(self, job: _ListingJob, page: Page | FetchError) -> Iterator[CrawlEvent]:
        """Add what a fetched feed or sitemap lists to the frontier and submit its new pages and sitemaps."""
        target, root = job.target, job.root
        try:
            if isinstance(page, FetchError):
                raise page
            entries, named, rejected = _listed(page, target.kind)
        except (FetchError, FeedError) as error:
            self.schedule(job, None, 0)  # a failing listing is polled less and less often
            message = f"{target.kind} {target.url}: {error}"
            yield CrawlEvent(EventKind.ERROR, target.url, message, source=target.outlet, target=target.kind)
            return
        except Exception as error:  # a parser's bug must not stop the crawl
            self.schedule(job, None, 0)
            message = f"{target.kind} {target.url}: cannot read ({one_line(error)})"
            yield CrawlEvent(EventKind.ERROR, target.url, message, source=target.outlet, target=target.kind)
            return
        if page.truncated:
            # a warning, not an error: the listing was read (its LISTED event follows), only not to the end
            yield _warning(target, f"{target.kind} {target.url}: larger than {self.fetcher.max_bytes} bytes, "
                                   "read only that much")  # fmt: skip
        for link, problem in rejected[:MAX_REJECTS_SHOWN]:
            yield _warning(target, f"{target.kind} {target.url}: entry {_shown(link)} skipped: {problem}", link)
        if len(rejected) > MAX_REJECTS_SHOWN:
            more = len(rejected) - MAX_REJECTS_SHOWN
            yield _warning(target, f"{target.kind} {target.url}: {more} more entries that cannot be fetched skipped")
        added = yield from self.add_entries(target, root, entries)
        before = len(self.read)
        yield from self.children(target, root, job.depth, named)
        self.schedule(job, page, added)
        todo = self.fetch_pending([root.url])  # the new pages, and those still to fetch it took from other listings
        message = f"{target.kind} {target.url}: {added} new pages, {len(todo)} to fetch"
        yield CrawlEvent(EventKind.LISTED, target.url, message, source=target.outlet, target=target.kind,
                         count=len(todo), children=len(self.read) - before)  # fmt: skip

    def fetch_pending(self, listed_in: Sequence[str] | None) -> list[FrontierItem]:
        """Submit the frontier's pages still to fetch (new, or failed fewer than MAX_ATTEMPTS times) of these
        listings (None: of any), each once a pass, only those on the shard's hosts; each waits behind its
        host's listings and earlier pages."""
        pending = self.state.pending(listed_in)
        if self.shard is not None:
            pending = self.shard.pick(pending)  # another shard's pages wait in the frontier for their owner
        todo = [item for item in pending if item.article_id not in self.submitted]
        for item in todo:
            self.submitted.add(item.article_id)
            self.fetcher.submit(item.url, item, kind="page", accept=PAGE_TYPES, source=item.source)
        return todo

    def add_entries(
        self, target: Listing, root: Listing, entries: Sequence[FeedEntry]
    ) -> Generator[CrawlEvent, None, int]:
        """Put a listing's links in the frontier (known ones give KNOWN events); returns how many were new.
        A link listed earlier in the pass stays where it was first listed."""
        items: dict[str, FrontierItem] = {}
        for entry in entries:
            key = article_id(entry.url)
            if key in items or key in self.listed or key in self.submitted:
                continue  # listed twice (with and without utm_ parameters, say, or by another feed)
            self.listed.add(key)
            if self.state.crawl_known(key):
                yield CrawlEvent(EventKind.KNOWN, entry.url, "already known", source=target.outlet)
                continue
            items[key] = FrontierItem(key, entry.url, target.outlet, root.url, entry.title, entry.published)
        return self.state.add_to_frontier(list(items.values())) if items else 0

    def children(self, target: Listing, root: Listing, depth: int, named: Sequence[str]) -> Iterator[CrawlEvent]:
        """Submit the sitemaps an index names: once per pass each, at most MAX_CHILD_SITEMAPS of them,
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
            yield from self.submit_listing(Listing(child, SITEMAP, target.outlet), root, depth + 1)

    def schedule(self, job: _ListingJob, page: Page | None, added: int) -> None:
        """Save a listing's validators (from page, when it was read afresh) and when to poll it next."""
        old = dataclasses.replace(job.old)
        if page is not None and not page.not_modified:
            old.etag, old.last_modified = page.etag, page.last_modified
        old.interval = next_interval(old, added, self.poll_interval)
        old.next_check = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=old.interval)
        self.state.save_feed_state(job.target.url, job.target.outlet, job.target.kind, old, added)


def _listing_key(url: str) -> str:
    try:
        return canonical_url(url)
    except ValueError:
        return url


def _warning(target: Listing, message: str, url: str | None = None) -> CrawlEvent:
    return CrawlEvent(EventKind.WARNING, url or target.url, message, source=target.outlet, target=target.kind)


def _shown(link: str) -> str:
    """A listed link as a log line shows it: printable, and not too long."""
    text = "".join(char if char.isprintable() else "?" for char in link)
    return text if len(text) <= 200 else text[:199] + "…"


def _listed(page: Page, kind: str) -> tuple[list[FeedEntry], list[str], list[tuple[str, str]]]:
    """The pages and the child sitemaps a fetched listing names (none when it has not changed), and
    the entries left out because they cannot be fetched (link, why)."""
    if page.not_modified:
        return [], [], []
    if kind == FEED:
        rejected: list[tuple[str, str]] = []
        return read_feed(page, rejected), [], rejected
    sitemap = read_sitemap(page)
    return sitemap.entries, sitemap.sitemaps, sitemap.rejected


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
        return CrawlEvent(EventKind.SKIPPED, url, str(page))
    if isinstance(page, FetchError):
        # no host answered yet: the network may be down, and a page must not spend its tries on that
        offline = isinstance(page, CannotConnect) and not fetcher.network_seen
        return CrawlEvent(EventKind.ERROR, url, f"page {url}: {page}", counts_as_try=not offline)
    fetched_at = dt.datetime.now(dt.UTC)
    try:
        content = read_page(decode_html(page.body, page.encoding), page.url)
        # the page's lines are counted for its host, and those of the host's template left out (templates.py)
        content = without_template(content, HostTemplate(state, _host(page.url), item.article_id))
    except Exception as error:  # a parser's bug must not stop the crawl
        return CrawlEvent(EventKind.ERROR, url, f"page {url}: cannot read ({one_line(error)})")
    canonical = _page_url(page, content)
    if article_id(canonical) != item.article_id and state.crawl_known(article_id(canonical)):
        return CrawlEvent(EventKind.SKIPPED, url, f"already known as {canonical}")
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
