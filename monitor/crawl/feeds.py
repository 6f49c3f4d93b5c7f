"""Reading RSS 2.0 and Atom feeds: the article links they list, with their dates."""

from __future__ import annotations

import datetime as dt
import email.utils
from dataclasses import dataclass
from typing import Any

import feedparser

from monitor.crawl.fetch import Page
from monitor.crawl.urls import listed_url

MAX_TITLE = 1000  # characters of a listed title kept


class FeedError(Exception):
    """A response is not a feed; str(error) is a one-line reason."""


@dataclass(slots=True)
class FeedEntry:
    """One item of a feed: its canonical link, title and publication date (if given)."""

    url: str
    title: str | None = None
    published: dt.date | None = None


def read_feed(page: Page, rejected: list[tuple[str, str]] | None = None) -> list[FeedEntry]:
    """The entries of a fetched feed that link to a web page, in feed order; raises FeedError.

    Each entry is judged on its own: one whose link cannot be fetched (a port out of range, a broken
    IPv6 literal...) is left out and, with why, added to `rejected`; the others are kept."""
    parsed = feedparser.parse(
        page.body, response_headers={"content-type": page.content_type, "content-location": page.url}
    )
    if parsed.bozo and not parsed.entries:
        raise FeedError(f"not a readable feed ({_one_line(parsed.get('bozo_exception'))})")
    entries = []
    for entry in parsed.entries:
        link = entry.get("link")
        if not link:
            continue
        if not isinstance(link, str):
            continue
        url, problem = listed_url(link, page.url)
        if url is None:
            if problem and rejected is not None:
                rejected.append((link, problem))
            continue
        try:
            published = entry_date(entry)
        except (TypeError, ValueError, OverflowError):
            published = None
        title = entry.get("title")
        entries.append(FeedEntry(url, title[:MAX_TITLE] if isinstance(title, str) else None, published))
    return entries


def entry_date(entry: Any) -> dt.date | None:
    """The entry's publication date, on the calendar of the time zone the feed wrote it in.

    feedparser's published_parsed is converted to UTC, which moves an article published before
    07:00 in Vietnam (+07:00) to the day before; so the raw string is read first.
    """
    for key in ("published", "updated"):
        raw = entry.get(key)
        if raw:
            day = parse_date(raw)
            if day is not None:
                return day
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return dt.date(*parsed[:3]) if parsed else None


def parse_date(raw: str) -> dt.date | None:
    """The calendar day of an RFC 822 or RFC 3339 date, in its own time zone; None if neither."""
    try:
        return email.utils.parsedate_to_datetime(raw).date()  # RSS 2.0: RFC 822
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return dt.datetime.fromisoformat(raw.strip().replace("Z", "+00:00")).date()  # Atom: RFC 3339
    except ValueError:
        return None


def _one_line(error: object) -> str:
    text = " ".join(str(error or "unknown error").split())
    return text[:200]
