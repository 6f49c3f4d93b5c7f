"""Crawling news feeds into Articles: feeds → links → pages → text, politely, skipping what is known."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from monitor.crawl.feeds import FeedEntry, FeedError, read_feed
from monitor.crawl.fetch import DEFAULT_USER_AGENT, Fetcher, FetchError, Page, canonical_url
from monitor.crawl.pages import PageContent, decode_html, read_page
from monitor.crawl.relevance import MIN_CUES, matched_cues
from monitor.crawl.sources import BUNDLED_SOURCES, read_sources
from monitor.facts import Article
from monitor.text import stored_text

__all__ = [
    "BUNDLED_SOURCES",
    "DEFAULT_USER_AGENT",
    "CrawlEvent",
    "article_id",
    "canonical_url",
    "crawl",
    "read_sources",
]


@dataclass(slots=True)
class CrawlEvent:
    """One line of news for the caller: kind is "article", "skipped" or "error".

    message is the article's title, or the one-line reason for a skip or an error.
    """

    kind: str
    url: str
    message: str = ""
    article: Article | None = None


def article_id(url: str) -> str:
    """The article id of a page: the first 16 hex digits of the SHA-1 of its canonical URL."""
    return hashlib.sha1(canonical_url(url).encode()).hexdigest()[:16]


def crawl(
    feeds: Sequence[str],
    *,
    delay: float = 5.0,
    known: Callable[[str], bool] = lambda article_id: False,
    user_agent: str = DEFAULT_USER_AGENT,
    timeout: float = 20.0,
    max_bytes: int = 5_000_000,
) -> Iterator[CrawlEvent]:
    """Read each feed and fetch the pages it lists that are new; one event per page, never an exception.

    A link seen earlier in this run is passed over silently; one whose article id `known` accepts
    gives a "skipped" event without being fetched. `delay` seconds separate two requests to one host:port.
    """
    seen: set[str] = set()
    with Fetcher(delay=delay, user_agent=user_agent, timeout=timeout, max_bytes=max_bytes) as fetcher:
        for feed_url in feeds:
            for entry in (yield from _read_feed(fetcher, feed_url)):
                if entry.url in seen:
                    continue
                seen.add(entry.url)
                if known(article_id(entry.url)):
                    yield CrawlEvent("skipped", entry.url, "already known")
                    continue
                yield from _crawl_page(fetcher, entry, seen, known)


def _read_feed(fetcher: Fetcher, feed_url: str) -> Generator[CrawlEvent, None, list[FeedEntry]]:
    """Yield error events for feed_url and return its entries (generator return value)."""
    try:
        page = fetcher.get(feed_url)
        entries = read_feed(page)
    except (FetchError, FeedError) as error:
        yield CrawlEvent("error", feed_url, f"feed {feed_url}: {error}")
        return []
    except Exception as error:  # a parser's bug must not stop the crawl
        yield CrawlEvent("error", feed_url, f"feed {feed_url}: cannot read ({_one_line(error)})")
        return []
    if page.truncated:
        yield _cut_event("feed", feed_url, fetcher.max_bytes)
    return entries


def _crawl_page(
    fetcher: Fetcher, entry: FeedEntry, seen: set[str], known: Callable[[str], bool]
) -> Iterator[CrawlEvent]:
    try:
        page = fetcher.get(entry.url)
    except FetchError as error:
        yield CrawlEvent("error", entry.url, f"page {entry.url}: {error}")
        return
    fetched_at = dt.datetime.now(dt.UTC)
    if page.truncated:
        yield _cut_event("page", entry.url, fetcher.max_bytes)
    if page.content_type and "html" not in page.content_type.lower():
        yield CrawlEvent("error", entry.url, f"page {entry.url}: not an HTML page ({page.content_type})")
        return
    try:
        content = read_page(decode_html(page), page.url)
    except Exception as error:  # a parser's bug must not stop the crawl
        yield CrawlEvent("error", entry.url, f"page {entry.url}: cannot read ({_one_line(error)})")
        return
    url = _page_url(page, content)
    if url != entry.url:
        if url in seen:
            yield CrawlEvent("skipped", entry.url, f"duplicate of {url}")
            return
        seen.add(url)
        if known(article_id(url)):
            yield CrawlEvent("skipped", entry.url, f"already known as {url}")
            return
    yield _judge(_article(url, entry, content, fetched_at))


def _page_url(page: Page, content: PageContent) -> str:
    """The page's canonical URL: its <link rel="canonical"> if that is a web address, else where it was."""
    if content.canonical:
        url = canonical_url(content.canonical, base=page.url)
        if urlsplit(url).scheme in ("http", "https"):
            return url
    return canonical_url(page.url)


def _article(url: str, entry: FeedEntry, content: PageContent, fetched_at: dt.datetime) -> Article:
    published, source, flag = content.published, "metadata", None
    if published is None:
        published, source = entry.published, "feed"
    if published is None:
        source, flag = None, "missing"
    title = content.title or entry.title
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


def _judge(article: Article) -> CrawlEvent:
    """The event for an extracted article: kept, or skipped as empty or off-topic."""
    url = article.url or ""
    if not article.text.strip():
        return CrawlEvent("skipped", url, "empty article")
    cues = matched_cues(f"{article.title or ''}\n{article.text}")
    if len(cues) < MIN_CUES:
        found = f" ({', '.join(cues)})" if cues else ""
        return CrawlEvent("skipped", url, f"off-topic: {len(cues)} cue phrase(s){found}, {MIN_CUES} needed")
    return CrawlEvent("article", url, article.title or "", article)


def _cut_event(what: str, url: str, max_bytes: int) -> CrawlEvent:
    return CrawlEvent("error", url, f"{what} {url}: larger than {max_bytes} bytes, read only that much")


def _one_line(error: Exception) -> str:
    text = " ".join(str(error).split())
    return f"{type(error).__name__}: {text}"[:200] if text else type(error).__name__
