"""What the crawler stores for each thing a real outlet can do, on real loopback servers and a real DuckDB file."""

from __future__ import annotations

import gzip
import itertools
import re
import time

import pytest

from monitor.crawl import Listing, article_id, crawl, user_agent
from monitor.store import Store
from tests.conftest import site_server
from tests.crawl.outlets import PAGES, crawl_into, rows, to_cp1258

Reply = site_server.Reply
BIEN_PHAI = "thoi-su/biet-phai-215-cong-chuc-ve-xa-phuong.html"  # the canonical path bien-phai.html names
TITLE = "Biệt phái 215 công chức tỉnh về hỗ trợ các xã, phường"


def page_bytes(name: str, base: str) -> bytes:
    return (PAGES / name).read_bytes().replace(b"{BASE}", base.encode())


def stored(db) -> list[tuple]:
    return rows(db, "SELECT url, title FROM articles ORDER BY url")


def frontier(db) -> dict[str, tuple]:
    return {url: (status, reason) for url, status, reason in rows(db, "SELECT url, status, reason FROM frontier")}


def fetches(db, url: str) -> list[tuple]:
    return rows(db, "SELECT status, bytes, error FROM fetch_log WHERE url = ? ORDER BY fetched_at, rowid", [url])


def test_503_then_200_is_retried_and_stored(outlet, db):
    page = outlet.url(BIEN_PHAI)
    outlet.server.replies["/" + BIEN_PHAI] = [
        Reply(503, b"busy", {"Retry-After": "0"}),
        Reply(200, page_bytes("bien-phai.html", outlet.base)),
    ]
    events = crawl_into(db, [outlet.feed([BIEN_PHAI])])
    assert [event.kind for event in events] == ["article"]
    assert stored(db) == [(page, TITLE)]
    assert [(status, error) for status, _, error in fetches(db, page)] == [
        (503, "HTTP 503 Service Unavailable"),
        (200, None),
    ]
    assert frontier(db)[page] == ("stored", None)


def test_429_waits_as_long_as_retry_after_says(outlet, db):
    outlet.server.replies["/" + BIEN_PHAI] = [
        Reply(429, b"", {"Retry-After": "1"}),
        Reply(200, page_bytes("bien-phai.html", outlet.base)),
    ]
    crawl_into(db, [outlet.feed([BIEN_PHAI])])
    times = [when for when, path in outlet.server.requests if path == "/" + BIEN_PHAI]
    assert len(times) == 2 and times[1] - times[0] >= 1.0
    assert len(stored(db)) == 1


def test_a_page_that_times_out_is_failed_and_tried_again_next_run(outlet, db):
    page = outlet.url(BIEN_PHAI)
    outlet.server.replies["/" + BIEN_PHAI] = [Reply(200, b"late", delay=1.5)]
    events = crawl_into(db, [outlet.feed([BIEN_PHAI])], timeout=0.3, retries=1)
    assert [event.kind for event in events] == ["error"]
    assert "timed out after 0.3 s (tried 2 times)" in events[0].message
    assert stored(db) == []
    assert frontier(db)[page] == ("failed", events[0].message)
    assert [error for _, _, error in fetches(db, page)] == ["timed out after 0.3 s"] * 2
    outlet.server.replies["/" + BIEN_PHAI] = [Reply(200, page_bytes("bien-phai.html", outlet.base))]
    crawl_into(db, [outlet.feed([BIEN_PHAI])])
    assert stored(db) == [(page, TITLE)]
    assert rows(db, "SELECT status, attempts FROM frontier") == [("stored", 1)]


def test_a_page_dripping_a_byte_at_a_time_times_out_on_the_whole_request(outlet, db):
    page = outlet.url(BIEN_PHAI)
    body = page_bytes("bien-phai.html", outlet.base)  # over 8 minutes at a byte each 0.2 s
    outlet.server.replies["/" + BIEN_PHAI] = [Reply(200, body, chunk_size=1, chunk_delay=0.2)]
    started = time.monotonic()
    (event,) = crawl_into(db, [outlet.feed([BIEN_PHAI])], timeout=1, retries=0)
    assert time.monotonic() - started < 5
    assert event.kind == "error" and event.message == f"page {page}: timed out after 1 s"
    assert stored(db) == []


def test_a_slow_page_within_the_timeout_is_stored(outlet, db):
    outlet.server.replies["/" + BIEN_PHAI] = [
        Reply(200, page_bytes("bien-phai.html", outlet.base), delay=0.4, chunk_delay=0.2)
    ]
    events = crawl_into(db, [outlet.feed([BIEN_PHAI])], timeout=2)
    assert [event.kind for event in events] == ["article"]
    assert stored(db) == [(outlet.url(BIEN_PHAI), TITLE)]


def test_a_10_mb_page_is_cut_at_5_mb_logged_and_still_read(outlet, db):
    body = page_bytes("bien-phai.html", outlet.base)
    huge = body.replace(b"</body>", b"<!-- " + b"x" * 10_000_000 + b" --></body>")
    outlet.server.replies["/" + BIEN_PHAI] = [Reply(200, huge)]
    (event,) = crawl_into(db, [outlet.feed([BIEN_PHAI])])
    assert event.kind == "article" and "larger than 5000000 bytes" in event.warning
    assert stored(db) == [(outlet.url(BIEN_PHAI), TITLE)]
    assert fetches(db, outlet.url(BIEN_PHAI)) == [(200, 5_000_000, "larger than 5000000 bytes, cut")]


def test_a_malformed_feed_is_an_error_for_that_feed_only(outlet, db):
    (outlet.root / "broken.xml").write_text("<rss><channel><item><title>Hồ sơ</title>", encoding="utf-8")
    (outlet.root / "html.xml").write_text("<html><body><p>Không phải feed <b>đâu</p>", encoding="utf-8")
    outlet.page("ho-so.html")
    good = outlet.feed(["ho-so.html"])
    events = crawl_into(db, [outlet.url("html.xml"), good])
    errors = [event for event in events if event.kind == "error"]
    assert len(errors) == 1 and "html.xml" in errors[0].message and "not a readable feed" in errors[0].message
    assert [url for url, _ in stored(db)] == [outlet.url("ho-so.html")]
    # both are scheduled for another look; only the good one has told of new links
    assert rows(db, "SELECT url, last_new_links IS NOT NULL FROM listings ORDER BY url") == [
        (good, True),
        (outlet.url("html.xml"), False),
    ]


def test_an_atom_feed_is_read(outlet, db):
    outlet.page("ho-so.html")
    atom = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Chính quyền</title><id>urn:x</id>
<updated>2025-10-02T07:15:00+07:00</updated>
<entry><title>Xã mới tiếp nhận hơn 12.000 hồ sơ</title><id>urn:1</id>
  <link rel="alternate" href="{BASE}/ho-so.html?utm_source=atom"/><updated>2025-10-02T07:15:00+07:00</updated></entry>
</feed>"""
    (outlet.root / "atom.xml").write_text(atom, encoding="utf-8")
    crawl_into(db, [outlet.url("atom.xml")])
    assert rows(db, "SELECT url, published_at::VARCHAR FROM articles") == [(outlet.url("ho-so.html"), "2025-10-02")]


def test_a_sitemap_index_with_a_gzip_news_sitemap(outlet, db):
    outlet.page("ho-so.html")
    outlet.page("bien-phai.html", BIEN_PHAI)
    news = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>{BASE}/ho-so.html</loc><news:news><news:publication_date>2025-10-02T07:15:00+07:00</news:publication_date>
<news:title>Xã mới tiếp nhận hơn 12.000 hồ sơ</news:title></news:news></url></urlset>"""
    plain = f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>{outlet.url(BIEN_PHAI)}</loc></url></urlset>"""
    (outlet.root / "news.xml.gz").write_bytes(gzip.compress(news.replace("{BASE}", outlet.base).encode()))
    (outlet.root / "plain.xml").write_text(plain, encoding="utf-8")
    index = """<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>{BASE}/news.xml.gz</loc></sitemap><sitemap><loc>{BASE}/plain.xml</loc></sitemap></sitemapindex>"""
    (outlet.root / "sitemap.xml").write_text(index, encoding="utf-8")
    index_url = outlet.url("sitemap.xml")
    events = crawl_into(db, [Listing(index_url, "sitemap", "Báo Thử Nghiệm")])
    assert [event.kind for event in events] == ["article", "article"]
    assert [url for url, _ in stored(db)] == [outlet.url("ho-so.html"), outlet.url(BIEN_PHAI)]
    assert set(rows(db, "SELECT listed_in, source FROM frontier")) == {(index_url, "Báo Thử Nghiệm")}
    assert {url for (url,) in rows(db, "SELECT url FROM listings")} == {
        index_url,
        outlet.url("news.xml.gz"),
        outlet.url("plain.xml"),
    }


def test_a_page_in_windows_1258_comes_out_as_vietnamese(outlet, db):
    html = page_bytes("bien-phai.html", outlet.base).decode().replace('charset="utf-8"', 'charset="windows-1258"')
    outlet.server.replies["/" + BIEN_PHAI] = [
        Reply(200, to_cp1258(html), {"Content-Type": "text/html; charset=windows-1258"})
    ]
    crawl_into(db, [outlet.feed([BIEN_PHAI])])
    ((title, text),) = rows(db, "SELECT title, text FROM articles")
    assert title == TITLE
    assert "chính quyền địa phương hai cấp, Sở Nội vụ đã biệt phái 215 công chức" in text


def test_wrong_charset_headers_still_give_vietnamese(outlet, db):
    utf8 = page_bytes("bien-phai.html", outlet.base)
    legacy = to_cp1258(
        page_bytes("ho-so.html", outlet.base).decode().replace('charset="utf-8"', 'charset="windows-1258"')
    )
    outlet.server.replies["/" + BIEN_PHAI] = [Reply(200, utf8, {"Content-Type": "text/html; charset=iso-8859-1"})]
    outlet.server.replies["/ho-so.html"] = [Reply(200, legacy, {"Content-Type": "text/html; charset=utf-8"})]
    crawl_into(db, [outlet.feed([BIEN_PHAI, "ho-so.html"])])
    assert sorted(title for _, title in stored(db)) == [
        TITLE,
        "Xã mới tiếp nhận hơn 12.000 hồ sơ sau ba tháng vận hành",
    ]


def test_a_utf8_page_with_a_bad_byte_and_no_charset_still_gives_vietnamese(outlet, db):
    body = page_bytes("bien-phai.html", outlet.base).replace(b'<meta charset="utf-8">', b"")
    # a Latin-1 no-break space pasted into UTF-8: one byte that is not UTF-8
    body = body.replace("công chức tỉnh".encode(), "công chức".encode() + b"\xa0" + "tỉnh".encode())
    outlet.server.replies["/" + BIEN_PHAI] = [Reply(200, body, {"Content-Type": "text/html"})]
    crawl_into(db, [outlet.feed([BIEN_PHAI])])
    assert stored(db) == [(outlet.url(BIEN_PHAI), TITLE.replace("công chức tỉnh", "công chức\ufffdtỉnh"))]


def test_robots_txt_disallow_is_skipped_with_its_reason_and_never_fetched(outlet, db):
    (outlet.root / "robots.txt").write_text("User-agent: *\nDisallow: /noi-bo/\n", encoding="utf-8")
    outlet.page("ho-so.html", "noi-bo/ho-so.html")
    outlet.page("bien-phai.html", BIEN_PHAI)
    feed = outlet.feed(["noi-bo/ho-so.html", BIEN_PHAI])
    events = crawl_into(db, [feed])
    assert [(event.kind, event.message) for event in events if event.kind == "skipped"] == [
        ("skipped", f"disallowed by robots.txt of {outlet.base.split('//')[1]}")
    ]
    assert "/noi-bo/ho-so.html" not in outlet.requested()
    assert frontier(db)[outlet.url("noi-bo/ho-so.html")][0] == "skipped"
    assert len(stored(db)) == 1
    crawl_into(db, [feed])
    assert "/noi-bo/ho-so.html" not in outlet.requested()


def test_a_redirected_robots_txt_is_followed_and_honoured(outlet, db):
    (outlet.root / "robots-2025.txt").write_text("User-agent: *\nDisallow: /noi-bo/\n", encoding="utf-8")
    outlet.server.redirects["/robots.txt"] = "/robots-moi.txt"
    outlet.server.redirects["/robots-moi.txt"] = outlet.url("robots-2025.txt")
    outlet.page("ho-so.html", "noi-bo/ho-so.html")
    outlet.page("bien-phai.html", BIEN_PHAI)
    events = crawl_into(db, [outlet.feed(["noi-bo/ho-so.html", BIEN_PHAI])])
    assert sorted(event.kind for event in events) == ["article", "skipped"]
    assert "/noi-bo/ho-so.html" not in outlet.requested()


def test_a_robots_txt_server_error_leaves_the_host_alone_this_run_only(outlet, db):
    outlet.page("ho-so.html")
    outlet.server.replies["/robots.txt"] = [Reply(503, b"busy"), Reply(404, b"")]
    feed = outlet.feed(["ho-so.html"])
    (event,) = crawl_into(db, [feed], retries=0)
    assert event.kind == "error" and "robots.txt" in event.message and "unavailable (HTTP 503" in event.message
    assert outlet.requested() == ["/robots.txt"]
    assert stored(db) == []
    crawl_into(db, [feed], retries=0)  # robots.txt now answers 404: no rules, all allowed
    assert [url for url, _ in stored(db)] == [outlet.url("ho-so.html")]


def test_robots_crawl_delay_wins_over_a_shorter_delay(outlet, db):
    (outlet.root / "robots.txt").write_text("User-agent: *\nCrawl-delay: 1\n", encoding="utf-8")
    outlet.page("ho-so.html")
    outlet.page("bong-da.html")
    crawl_into(db, [outlet.feed(["ho-so.html", "bong-da.html"])], delay=0.1)
    times = [when for when, _ in outlet.server.requests]
    assert len(times) == 4  # robots.txt, the feed, two pages
    assert min(later - earlier for earlier, later in itertools.pairwise(times)) >= 1.0


def test_one_article_under_two_urls_is_fetched_and_stored_once(outlet, db):
    outlet.page("ho-so.html")
    feed = outlet.feed(["ho-so.html?utm_source=rss&utm_medium=feed", "ho-so.html", "ho-so.html#binh-luan"])
    crawl_into(db, [feed])
    assert outlet.requested().count("/ho-so.html") == 1
    assert rows(db, "SELECT id, url FROM articles") == [
        (article_id(outlet.url("ho-so.html")), outlet.url("ho-so.html"))
    ]


@pytest.mark.parametrize("canonical", ["{BASE}/", "{BASE}/thoi-su/", "https://baochinh.example.vn/bai-goc.html"])
def test_a_canonical_link_to_the_home_page_a_section_or_another_site_is_not_trusted(outlet, db, canonical):
    """Two articles whose template names the same canonical: both are stored, each under its own URL."""
    paths = ["thoi-su/ho-so.html", "thoi-su/bien-phai.html"]
    for name, path in zip(["ho-so.html", "bien-phai.html"], paths, strict=True):
        body = page_bytes(name, outlet.base).decode()
        body = re.sub(r'<link rel="canonical"[^>]*>\n', "", body)
        link = f'<link rel="canonical" href="{canonical.replace("{BASE}", outlet.base)}">'
        outlet.server.replies["/" + path] = [Reply(200, body.replace("</head>", link + "</head>").encode())]
    events = crawl_into(db, [outlet.feed(paths)])
    assert [event.kind for event in events] == ["article", "article"]
    assert [url for url, _ in stored(db)] == sorted(outlet.url(path) for path in paths)


def test_a_reform_page_published_before_the_reform_is_skipped_with_its_date(outlet, db):
    body = page_bytes("bien-phai.html", outlet.base).replace(b"2025-09-12T08:30:00", b"2020-09-12T08:30:00")
    outlet.server.replies["/" + BIEN_PHAI] = [Reply(200, body)]
    (event,) = crawl_into(db, [outlet.feed([BIEN_PHAI])])
    assert event.kind == "skipped" and event.message.startswith("off-topic: published 2020-09-12, before the reform")
    assert stored(db) == []


def test_an_irrelevant_article_is_remembered_and_never_fetched_again(outlet, db):
    outlet.page("bong-da.html")
    feed = outlet.feed(["bong-da.html"])
    (event,) = crawl_into(db, [feed])
    assert event.kind == "skipped" and event.message.startswith("off-topic: relevance 0.")
    assert stored(db) == []
    assert frontier(db)[outlet.url("bong-da.html")] == ("skipped", event.message)
    (again,) = crawl_into(db, [feed])
    assert (again.kind, again.message) == ("known", "already known")
    assert outlet.requested().count("/bong-da.html") == 1


def test_an_empty_article_is_skipped_with_its_reason(outlet, db):
    outlet.page("trong.html")
    crawl_into(db, [outlet.feed(["trong.html"])])
    assert stored(db) == []
    assert frontier(db)[outlet.url("trong.html")] == ("skipped", "empty article")


def test_a_copy_on_another_outlet_is_stored_and_linked(outlet, other_outlet, db):
    outlet.page("bien-phai.html", BIEN_PHAI)
    other_outlet.page("ban-sao.html")
    crawl_into(db, [outlet.feed([BIEN_PHAI]), other_outlet.feed(["ban-sao.html"])])
    original, copy = article_id(outlet.url(BIEN_PHAI)), article_id(other_outlet.url("ban-sao.html"))
    assert {url for url, _ in stored(db)} == {outlet.url(BIEN_PHAI), other_outlet.url("ban-sao.html")}
    ((later, earlier, distance),) = rows(db, "SELECT * FROM near_duplicates")
    assert {later, earlier} == {copy, original} and 0 < distance <= 10  # hosts are fetched side by side


def test_the_same_text_under_another_url_is_skipped_as_a_copy(outlet, db):
    outlet.page("ho-so.html")
    outlet.page("ho-so.html", "in/ho-so.html")
    crawl_into(db, [outlet.feed(["ho-so.html", "in/ho-so.html"])])
    assert [url for url, _ in stored(db)] == [outlet.url("ho-so.html")]
    status, reason = frontier(db)[outlet.url("in/ho-so.html")]
    assert status == "skipped" and reason == f"same text as article {article_id(outlet.url('ho-so.html'))}"


def test_feeds_are_fetched_conditionally(outlet, db):
    outlet.page("ho-so.html")
    feed = outlet.feed(["ho-so.html"])
    rss = (outlet.root / "feed.xml").read_bytes().replace(b"{BASE}", outlet.base.encode())
    validators = {
        "ETag": '"v1"',
        "Last-Modified": "Thu, 02 Oct 2025 01:00:00 GMT",
        "Content-Type": "application/rss+xml",
    }
    outlet.server.replies["/feed.xml"] = [Reply(200, rss, validators), Reply(304, b"", {"ETag": '"v1"'})]
    crawl_into(db, [feed])
    second = crawl_into(db, [feed])
    assert second == []
    feed_headers = [
        h for h, (_, path) in zip(outlet.server.headers, outlet.server.requests, strict=True) if path == "/feed.xml"
    ]
    assert "If-None-Match" not in feed_headers[0]
    assert feed_headers[1]["If-None-Match"] == '"v1"'
    assert feed_headers[1]["If-Modified-Since"] == "Thu, 02 Oct 2025 01:00:00 GMT"
    assert rows(db, "SELECT etag FROM listings") == [('"v1"',)]
    assert [status for status, _, _ in fetches(db, feed)] == [200, 304]


def test_the_user_agent_names_the_crawler_and_its_contact(outlet, db):
    outlet.page("ho-so.html")
    crawl_into(db, [outlet.feed(["ho-so.html"])], user_agent=user_agent("https://example.org/lien-he"))
    agents = {headers["User-Agent"] for headers in outlet.server.headers}
    assert agents == {user_agent("https://example.org/lien-he")}
    assert agents.pop().startswith("monitor/0.1 (") and "+https://example.org/lien-he" in user_agent(
        "https://example.org/lien-he"
    )


def test_a_page_of_the_wrong_content_type_is_an_error_without_reading_it(outlet, db):
    outlet.server.replies["/anh.html"] = [Reply(200, b"\x89PNG" + b"0" * 1000, {"Content-Type": "image/png"})]
    (event,) = crawl_into(db, [outlet.feed(["anh.html"])])
    assert event.kind == "error" and "unexpected content type image/png" in event.message
    assert fetches(db, outlet.url("anh.html")) == [(200, 0, "unexpected content type image/png")]


def test_hosts_are_fetched_side_by_side_each_at_its_own_pace(outlet, other_outlet, db):
    for site in (outlet, other_outlet):
        for name in ("ho-so.html", "bong-da.html", "trong.html"):
            site.page(name)
    feeds = [outlet.feed(["ho-so.html", "bong-da.html", "trong.html"])]
    feeds.append(other_outlet.feed(["ho-so.html", "bong-da.html", "trong.html"]))
    crawl_into(db, feeds, delay=0.3)
    pages = {
        site.base: [when for when, path in site.server.requests if path.endswith(".html")]
        for site in (outlet, other_outlet)
    }
    first, second = pages.values()
    assert len(first) == len(second) == 3
    assert second[0] < first[-1] and first[0] < second[-1]  # the two hosts' pages overlap in time
    for times in (first, second):
        assert min(later - earlier for earlier, later in itertools.pairwise(times)) >= 0.3


def sitemap(outlet, paths: list[str], name: str = "sitemap.xml") -> str:
    """A sitemap listing {BASE}/path for each path; returns its URL."""
    urls = "".join(f"<url><loc>{outlet.url(path)}</loc></url>" for path in paths)
    xml = f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
    (outlet.root / name).write_text(xml, encoding="utf-8")
    return outlet.url(name)


def test_a_failed_page_is_fetched_when_another_listing_names_it(outlet, db):
    feed = outlet.feed(["ho-so.html", BIEN_PHAI])
    events = crawl_into(db, [feed])  # the pages are not there yet: 404
    assert [event.kind for event in events] == ["error", "error"]
    outlet.page("ho-so.html")
    outlet.page("bien-phai.html", BIEN_PHAI)
    events = crawl_into(db, [Listing(sitemap(outlet, ["ho-so.html", BIEN_PHAI]), "sitemap")])
    assert [event.kind for event in events] == ["article", "article"]
    assert len(stored(db)) == 2


# stopped after the article was committed but before the page's outcome was: its copy is caught;
# stopped before the article was committed: nothing to copy, the other outlet's article is stored
@pytest.mark.parametrize("committed", [True, False])
def test_a_crawl_stopped_while_storing_an_article_leaves_copies_caught(outlet, other_outlet, db, committed):
    outlet.page("ho-so.html")
    other_outlet.page("ho-so.html")
    with Store.open(db) as store:
        for event in crawl([outlet.feed(["ho-so.html"])], state=store, delay=0):
            if event.kind == "article":
                if committed:
                    store.write(event.article, [])
                break  # stopped here
    (event,) = crawl_into(db, [other_outlet.feed(["ho-so.html"])])
    if committed:
        assert (event.kind, event.message) == (
            "skipped",
            f"same text as article {article_id(outlet.url('ho-so.html'))}",
        )
        assert [url for url, _ in stored(db)] == [outlet.url("ho-so.html")]
    else:
        assert event.kind == "article"
        assert [url for url, _ in stored(db)] == [other_outlet.url("ho-so.html")]
