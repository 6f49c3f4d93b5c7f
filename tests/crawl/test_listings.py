"""Sitemaps read from bytes, and the adaptive polling schedule."""

from __future__ import annotations

import datetime as dt
import gzip

import pytest

from monitor.crawl.feeds import FeedError
from monitor.crawl.fetch import Page
from monitor.crawl.sitemaps import read_sitemap
from monitor.crawl.state import FASTEST, POLL_INTERVAL, SLOWEST, FeedState, next_interval

NEWS = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://example.vn/thoi-su/bien-phai-can-bo-ve-xa.html?utm_source=sitemap</loc>
<news:news><news:publication_date>2025-09-12T06:30:00+07:00</news:publication_date>
<news:title>Biệt phái cán bộ về xã</news:title></news:news></url>
<url><loc>https://example.vn/thoi-su/ho-so.html</loc><lastmod>2025-10-01</lastmod></url>
<url><loc>ftp://example.vn/x</loc></url>
</urlset>"""


def page(body: bytes) -> Page:
    return Page(url="https://example.vn/sitemap.xml", content_type="application/xml", encoding=None, body=body)


def test_a_news_sitemap_gives_urls_titles_and_publication_dates():
    sitemap = read_sitemap(page(NEWS.encode()))
    assert [(e.url, e.title, e.published) for e in sitemap.entries] == [
        ("https://example.vn/thoi-su/bien-phai-can-bo-ve-xa.html", "Biệt phái cán bộ về xã", dt.date(2025, 9, 12)),
        ("https://example.vn/thoi-su/ho-so.html", None, None),  # lastmod is not a publication date
    ]
    assert sitemap.sitemaps == []


def test_gzip_is_read_whatever_the_name():
    assert len(read_sitemap(page(gzip.compress(NEWS.encode()))).entries) == 2


@pytest.mark.parametrize(
    ("body", "error"),
    [
        ("<html><body>Trang chủ</body></html>".encode(), "not a sitemap"),
        (b"<urlset><url><loc>https://example.vn/a", "not a readable sitemap"),
        (b"\x1f\x8b\x08\x00broken", "broken gzip"),
    ],
)
def test_what_is_not_a_sitemap_raises(body, error):
    with pytest.raises(FeedError, match=error):
        read_sitemap(page(body))


def test_polling_starts_at_the_interval_and_adapts_within_bounds():
    state = FeedState()
    assert next_interval(state, 3) == POLL_INTERVAL
    state.interval = POLL_INTERVAL
    assert next_interval(state, 3) == POLL_INTERVAL / 2  # news: sooner
    assert next_interval(state, 0) == POLL_INTERVAL * 1.5  # quiet: later
    state.interval = POLL_INTERVAL * FASTEST
    assert next_interval(state, 5) == POLL_INTERVAL * FASTEST
    state.interval = POLL_INTERVAL * SLOWEST
    assert next_interval(state, 0) == POLL_INTERVAL * SLOWEST
