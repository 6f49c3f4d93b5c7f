"""crawl() against the test news site on a real loopback server: no network, no mocked HTTP."""

from __future__ import annotations

import datetime as dt
import html
import itertools
import re
import unicodedata
from pathlib import Path

import pytest

from monitor.crawl import PROGRESS, CrawlEvent, article_id, crawl

WWW = Path(__file__).resolve().parents[1] / "site" / "www"
REFORM_POSTS = {"post1001", "post1002", "post1003", "post1004", "post1005"}
OTHER_POSTS = {"post1006", "post1007", "post1008", "post1009", "post1010"}
POST_1001 = "/chinh-quyen/hai-phong-thai-nguyen-tang-cuong-can-bo-cho-cap-xa-post1001.html"
POST_1003 = "/chinh-quyen/mot-thang-van-hanh-mo-hinh-2-cap-chinh-quyen-gan-dan-hon-post1003.html"


def post(url: str) -> str:
    match = re.search(r"post\d+", url)
    assert match, url
    return match.group()


def feeds(site_url: str) -> list[str]:
    return [f"{site_url}/rss/chinh-quyen.xml", f"{site_url}/rss/xa-hoi.xml"]


def run(feed_urls: list[str], **options) -> list[CrawlEvent]:
    """The events of one crawl, but progress ones (queued, listed)."""
    options.setdefault("delay", 0)
    return [event for event in crawl(feed_urls, **options) if event.kind not in PROGRESS]


def kinds(events: list[CrawlEvent], kind: str) -> list[CrawlEvent]:
    return [event for event in events if event.kind == kind]


def requested(site, since: int) -> list[str]:
    """The paths requested since then, but robots.txt (read once per crawl)."""
    return [path for _, path in site.requests[since:] if path != "/robots.txt"]


def write_feed(folder: Path, items: list[tuple[str, str | None]]) -> None:
    """An RSS 2.0 feed at folder/feed.xml listing {BASE}/path for each (path, pubDate or None)."""
    parts = []
    for path, published in items:
        date = f"<pubDate>{published}</pubDate>" if published else ""
        parts.append(f"<item><title>{path}</title><link>{{BASE}}/{path}</link>{date}</item>")
    channel = f"<channel><title>t</title>{''.join(parts)}</channel>"
    feed = f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0">{channel}</rss>'
    (folder / "feed.xml").write_text(feed, encoding="utf-8")


def reform_page(published_meta: bool = True) -> str:
    """Post 1001's page, optionally without any date in its markup."""
    page = (WWW / POST_1001.lstrip("/")).read_text(encoding="utf-8")
    if not published_meta:
        page = re.sub(r'<meta property="article:published_time"[^>]*>', "", page)
        page = re.sub(r'"date(Published|Modified)": "[^"]*",?', "", page)
        page = re.sub(r"<time [^>]*>[^<]*</time>", "", page)
    return page.replace("{BASE}/chinh-quyen/", "{BASE}/")  # canonical: where the copy is served


@pytest.fixture(scope="module")
def both_feeds(site, site_url) -> tuple[list[CrawlEvent], list[str]]:
    """One crawl of both feeds: its events and the paths the server was asked for."""
    since = len(site.requests)
    events = run(feeds(site_url))
    return events, requested(site, since)


def test_both_feeds_keep_the_reform_articles_and_skip_the_rest(both_feeds):
    events, _ = both_feeds
    assert {post(event.url) for event in kinds(events, "article")} == REFORM_POSTS
    assert len(kinds(events, "article")) == 5
    skipped = kinds(events, "skipped")
    assert {post(event.url) for event in skipped} == OTHER_POSTS
    assert all(event.message.startswith("off-topic:") for event in skipped)
    assert kinds(events, "error") == []


def test_a_duplicate_listing_with_utm_parameters_is_fetched_once(both_feeds):
    _, paths = both_feeds
    post1002 = [path for path in paths if "post1002" in path]
    assert post1002 == ["/chinh-quyen/de-xuat-dieu-dong-250-can-bo-chuyen-mon-bo-sung-ve-cap-xa-post1002.html"]
    assert len(paths) == 2 + 10  # two feeds, ten distinct pages


def test_article_record(both_feeds, site_url):
    events, _ = both_feeds
    article = next(event.article for event in events if event.url.endswith(POST_1003))
    assert article is not None
    assert article.url == site_url + POST_1003
    assert article.id == article_id(article.url)
    assert re.fullmatch(r"[0-9a-f]{16}", article.id)
    assert article.outlet == "Báo Mẫu"
    assert article.title == "Một tháng vận hành mô hình 2 cấp: Chính quyền gần dân hơn!"
    assert article.fetched_at is not None and article.fetched_at.tzinfo == dt.UTC
    assert unicodedata.is_normalized("NFC", article.text) and "\r" not in article.text


def test_published_at_comes_from_the_page_metadata(both_feeds):
    events, _ = both_feeds
    dates = {post(e.url): (e.article.published_at, e.article.published_source) for e in kinds(events, "article")}
    # post1003's feed pubDate is 06:05 +0700, the day before in UTC; the page says 2025-07-28
    assert dates["post1003"] == (dt.date(2025, 7, 28), "metadata")
    assert dates["post1001"] == (dt.date(2025, 8, 31), "metadata")
    assert all(source == "metadata" for _, source in dates.values())


def test_text_is_title_then_sapo_then_paragraphs(both_feeds):
    events, _ = both_feeds
    article = next(event.article for event in events if event.url.endswith(POST_1001))
    title, *paragraphs = article.text.split("\n\n")
    assert title == article.title
    assert paragraphs[0].startswith("Theo thống kê từ Sở Nội vụ TP Hải Phòng")  # the sapo
    assert paragraphs[0].endswith("chính quyền địa phương hai cấp.")
    page = (WWW / POST_1001.lstrip("/")).read_text(encoding="utf-8")
    content = page.split('<div class="content">')[1].split("</div>")[0]
    body = [html.unescape(text) for text in re.findall(r"<p>(.*?)</p>", content)]
    assert len(body) == 8
    assert paragraphs[1:] == body
    assert "Tin liên quan" not in article.text and "Giấy phép" not in article.text  # no boilerplate


def test_known_articles_are_not_fetched_again(site, site_url, both_feeds):
    events, _ = both_feeds
    done = {article_id(event.url) for event in events}
    since = len(site.requests)
    again = run(feeds(site_url), known=done.__contains__)
    assert requested(site, since) == ["/rss/chinh-quyen.xml", "/rss/xa-hoi.xml"]
    assert {event.kind for event in again} == {"known"}
    assert {event.message for event in again} == {"already known"}


def test_an_unreachable_feed_is_one_error_and_the_others_go_on(site_url):
    dead = "http://127.0.0.1:1/feed.xml"
    events = run([dead, f"{site_url}/rss/chinh-quyen.xml"])
    errors = kinds(events, "error")
    assert len(errors) == 1
    assert errors[0].url == dead
    assert dead in errors[0].message and "cannot connect" in errors[0].message
    assert "\n" not in errors[0].message
    assert {post(event.url) for event in kinds(events, "article")} == REFORM_POSTS


def test_a_missing_feed_is_an_http_error(site_url):
    events = run([f"{site_url}/rss/no-such-feed.xml"])
    assert [(event.kind, "HTTP 404" in event.message) for event in events] == [("error", True)]


def test_a_malformed_feed_is_an_error(tmp_path, serve_dir):
    (tmp_path / "feed.xml").write_text("<html><body><p>Not a feed <b>at all</p>", encoding="utf-8")
    server = serve_dir(tmp_path)
    events = run([f"{server.base_url}/feed.xml"])
    assert len(events) == 1
    assert events[0].kind == "error"
    assert "not a readable feed" in events[0].message


def test_a_page_larger_than_max_bytes_is_cut_with_a_warning(tmp_path, serve_dir):
    page = reform_page()
    padding = "<!-- " + "x" * 200_000 + " -->"
    (tmp_path / "big.html").write_text(page.replace("</body>", padding + "</body>"), encoding="utf-8")
    write_feed(tmp_path, [("big.html", None)])
    server = serve_dir(tmp_path)
    events = run([f"{server.base_url}/feed.xml"], max_bytes=len(page.encode()) + 1000)
    # the article came before the cut, so it is still read; the cut is told
    (event,) = events
    assert event.kind == "article"
    assert "larger than" in event.warning and "big.html" in event.warning


def test_the_feed_date_is_used_when_the_page_has_none(tmp_path, serve_dir):
    (tmp_path / "dated.html").write_text(reform_page(published_meta=False), encoding="utf-8")
    write_feed(tmp_path, [("dated.html", "Mon, 28 Jul 2025 06:05:00 +0700")])
    server = serve_dir(tmp_path)
    (event,) = run([f"{server.base_url}/feed.xml"])
    assert event.kind == "article"
    assert event.article.published_at == dt.date(2025, 7, 28)  # the outlet's calendar day, not UTC's
    assert event.article.published_source == "feed"
    assert event.article.date_flag is None


def test_no_date_anywhere_is_flagged_missing(tmp_path, serve_dir):
    (tmp_path / "undated.html").write_text(reform_page(published_meta=False), encoding="utf-8")
    write_feed(tmp_path, [("undated.html", None)])
    server = serve_dir(tmp_path)
    (event,) = run([f"{server.base_url}/feed.xml"])
    assert event.article.published_at is None
    assert event.article.published_source is None
    assert event.article.date_flag == "missing"


def test_a_page_without_text_is_skipped_as_empty(tmp_path, serve_dir):
    (tmp_path / "empty.html").write_text("<html><head><title>x</title></head><body></body></html>")
    write_feed(tmp_path, [("empty.html", None)])
    server = serve_dir(tmp_path)
    events = run([f"{server.base_url}/feed.xml"])
    assert [(event.kind, event.message) for event in events] == [("skipped", "empty article")]


def test_requests_to_one_host_are_spaced_by_the_delay(site, site_url):
    since = len(site.requests)
    events = run([f"{site_url}/rss/chinh-quyen.xml"], delay=0.3)
    assert len(kinds(events, "article")) == 5
    times = [when for when, _ in site.requests[since:]]
    assert len(times) == 8  # robots.txt, the feed and its six pages
    gaps = [later - earlier for earlier, later in itertools.pairwise(times)]
    assert min(gaps) >= 0.3
