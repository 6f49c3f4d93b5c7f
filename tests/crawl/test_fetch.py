"""Canonical URLs, article ids, and the fetcher's redirects, errors and size cap (on loopback servers)."""

from __future__ import annotations

import pytest

from monitor.crawl import article_id, canonical_url
from monitor.crawl.fetch import MAX_REDIRECTS, Fetcher, FetchError, host_key


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
    with Fetcher(delay=0) as fetcher:
        assert fetcher.get(f"{site_url}/moved.html").url == f"{site_url}/index.html"
        with pytest.raises(FetchError, match="redirects"):
            fetcher.get(f"{site_url}/loop0")


def test_http_errors_and_size_cap(site_url):
    with Fetcher(delay=0, max_bytes=1000) as fetcher:
        with pytest.raises(FetchError, match="HTTP 404"):
            fetcher.get(f"{site_url}/nothing-here.html")
        page = fetcher.get(f"{site_url}/index.html")
    assert page.truncated and len(page.body) == 1000
    assert page.content_type == "text/html; charset=utf-8" and page.encoding == "utf-8"


def test_an_unknown_scheme_is_a_fetch_error():
    with Fetcher(delay=0) as fetcher, pytest.raises(FetchError):
        fetcher.get("ftp://127.0.0.1/feed.xml")
