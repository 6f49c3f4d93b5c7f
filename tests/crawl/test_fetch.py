"""Canonical URLs, article ids, and the fetcher's redirects, errors and size cap (on loopback servers)."""

from __future__ import annotations

import datetime as dt
import email.utils

import pytest

from monitor.crawl import article_id, canonical_url
from monitor.crawl.fetch import MAX_REDIRECTS, FetchError, backoff, host_key, identity_url, retry_after
from monitor.crawl.workers import Fetcher
from tests.conftest import site_server


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        ("HTTP://Example.VN/a/b.html", "http://example.vn/a/b.html"),
        ("https://example.vn/a.html?utm_source=rss&utm_medium=x", "https://example.vn/a.html"),
        ("https://example.vn/a.html?id=3&fbclid=XYZ&zarsrc=30#comments", "https://example.vn/a.html?id=3"),
        ("https://example.vn:443/a.html", "https://example.vn/a.html"),
        ("http://127.0.0.1:8765/a.html", "http://127.0.0.1:8765/a.html"),
        ("https://example.vn", "https://example.vn/"),
        ("https://example.vn/Tin-Tuc/A.html", "https://example.vn/Tin-Tuc/A.html"),  # paths keep their case
    ],
)
def test_canonical_url(url, canonical):
    assert canonical_url(url) == canonical


def test_canonical_url_resolves_relative_links():
    assert canonical_url("../b.html?utm_campaign=z", base="https://example.vn/x/y/a.html") == (
        "https://example.vn/x/b.html"
    )


def test_article_id_is_16_hex_of_the_canonical_url():
    one = article_id("https://example.vn/a.html")
    assert len(one) == 16 and int(one, 16) >= 0
    assert article_id("https://EXAMPLE.vn/a.html?utm_source=rss#top") == one
    assert article_id("https://example.vn/b.html") != one


def test_host_key_counts_the_port():
    assert host_key("http://127.0.0.1:8000/a") != host_key("http://127.0.0.1:8001/a")
    assert host_key("https://example.vn/a") == host_key("https://example.vn:443/b")


def test_redirects_are_followed_up_to_a_limit(site, site_url):
    site.redirects["/moved.html"] = "/index.html"
    for hop in range(MAX_REDIRECTS + 1):
        site.redirects[f"/loop{hop}"] = f"/loop{hop + 1}"
    with Fetcher(delay=0, allow_private=True) as fetcher:
        assert fetcher.get(f"{site_url}/moved.html").url == f"{site_url}/index.html"
        with pytest.raises(FetchError, match="redirects"):
            fetcher.get(f"{site_url}/loop0")


def test_http_errors_and_size_cap(site_url):
    with Fetcher(delay=0, max_bytes=1000, allow_private=True) as fetcher:
        with pytest.raises(FetchError, match="HTTP 404"):
            fetcher.get(f"{site_url}/nothing-here.html")
        page = fetcher.get(f"{site_url}/index.html")
    assert page.truncated and len(page.body) == 1000
    assert page.content_type == "text/html; charset=utf-8" and page.encoding == "utf-8"


def test_an_unknown_scheme_is_a_fetch_error():
    with Fetcher(delay=0, allow_private=True) as fetcher, pytest.raises(FetchError):
        fetcher.get("ftp://127.0.0.1/feed.xml")


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        ("https://example.vn/a.html?amp", "https://example.vn/a.html"),
        ("https://example.vn/a.html?amp=1&id=2", "https://example.vn/a.html?id=2"),
        ("https://example.vn/a.html?outputType=amp", "https://example.vn/a.html"),
        ("https://example.vn/tin/a-123.html/amp", "https://example.vn/tin/a-123.html"),
        ("https://example.vn/tin/a-123/amp/", "https://example.vn/tin/a-123/"),
        ("https://example.vn/amp", "https://example.vn/amp"),  # a section named amp stays
        ("https://example.vn/a.html?amp=full-width", "https://example.vn/a.html?amp=full-width"),  # not the switch
    ],
)
def test_canonical_url_drops_amp_variants(url, canonical):
    assert canonical_url(url) == canonical


def test_mobile_amp_and_www_hosts_name_one_article():
    desktop = article_id("https://example.vn/thoi-su/a.html")
    for variant in (
        "https://m.example.vn/thoi-su/a.html",
        "https://www.example.vn/thoi-su/a.html?amp",
        "https://amp.example.vn/thoi-su/a.html/amp",
    ):
        assert article_id(variant) == desktop
    assert identity_url("https://m.example.vn/a") == "https://example.vn/a"
    assert identity_url("https://m.vn/a") == "https://m.vn/a"  # a two-label host is not a mobile variant
    assert canonical_url("https://m.example.vn/a") == "https://m.example.vn/a"  # fetched where it was listed


@pytest.mark.parametrize(
    ("header", "seconds"),
    [("120", 120.0), ("0", 0.0), (None, None), ("soon", None)],
)
def test_retry_after_in_seconds(header, seconds):
    assert retry_after(header) == seconds


def test_retry_after_as_an_http_date():
    later = email.utils.format_datetime(dt.datetime.now(dt.UTC) + dt.timedelta(seconds=30), usegmt=True)
    assert 25 <= retry_after(later) <= 31
    assert retry_after("Wed, 01 Jan 2020 00:00:00 GMT") == 0.0


def test_backoff_grows_exponentially_with_jitter_and_a_ceiling():
    for attempt, ceiling in enumerate([1, 2, 4, 8, 8]):
        waits = {backoff(attempt, 1.0, 8.0) for _ in range(20)}
        assert all(ceiling / 2 <= wait <= ceiling for wait in waits)
        assert len(waits) > 1


def test_retries_are_bounded(site, site_url):
    site.replies["/always-busy"] = [site_server.Reply(503, b"busy")]
    with (
        Fetcher(delay=0, retries=2, backoff=0.01, allow_private=True) as fetcher,
        pytest.raises(FetchError, match=r"503.*tried 3 times"),
    ):
        fetcher.get(f"{site_url}/always-busy")
    assert [path for _, path in site.requests].count("/always-busy") == 3


def test_a_retry_after_longer_than_we_wait_gives_up(site, site_url):
    site.replies["/later"] = [site_server.Reply(429, b"", {"Retry-After": "3600"})]
    with (
        Fetcher(delay=0, max_retry_after=60, allow_private=True) as fetcher,
        pytest.raises(FetchError, match="Retry-After 3600 s"),
    ):
        fetcher.get(f"{site_url}/later")
