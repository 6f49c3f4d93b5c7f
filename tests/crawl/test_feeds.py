"""Feed entries and their dates."""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.crawl.feeds import FeedError, entry_date, read_feed
from monitor.crawl.fetch import Page

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
<entry><title>Một</title><link href="/a/mot.html?utm_source=atom"/>
  <updated>2025-08-31T06:00:00+07:00</updated></entry>
<entry><title>Không có liên kết</title></entry>
<entry><title>Hai</title><link href="mailto:toasoan@example.vn"/></entry>
</feed>"""


def page(body: str, content_type: str = "application/atom+xml") -> Page:
    return Page(
        url="https://example.vn/feeds/all.atom",
        content_type=content_type,
        encoding="utf-8",
        body=body.encode(),
    )


def test_atom_entries_with_web_links_are_read():
    (entry,) = read_feed(page(ATOM))
    assert entry.url == "https://example.vn/a/mot.html"
    assert entry.title == "Một"
    assert entry.published == dt.date(2025, 8, 31)  # 06:00 +07:00 is 30 August in UTC


@pytest.mark.parametrize(
    ("raw", "day"),
    [
        ("Mon, 28 Jul 2025 06:05:00 +0700", dt.date(2025, 7, 28)),
        ("Sun, 27 Jul 2025 23:05:00 GMT", dt.date(2025, 7, 27)),
        ("2025-07-28T06:05:00+07:00", dt.date(2025, 7, 28)),
        ("2025-07-28", dt.date(2025, 7, 28)),
    ],
)
def test_entry_date_keeps_the_feeds_own_calendar_day(raw, day):
    assert entry_date({"published": raw}) == day


def test_entry_date_falls_back_to_feedparser_and_to_none():
    assert entry_date({"published": "31/08/2025 08:15", "published_parsed": (2025, 8, 31, 1, 15, 0)}) == (
        dt.date(2025, 8, 31)
    )
    assert entry_date({"published": "31/08/2025 08:15"}) is None
    assert entry_date({}) is None


def test_a_page_that_is_not_a_feed_raises():
    with pytest.raises(FeedError, match="not a readable feed"):
        read_feed(page("<html><body><p>Trang chủ", content_type="text/html"))
