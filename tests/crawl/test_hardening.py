"""What a hostile or broken site cannot do to a crawl (issue 14), each against real servers on 127.0.0.x:
inflate a body past the size cap, lose a listing over one impossible link, make an index be fetched
thousands of times, send the crawl to a private address, or print past --quiet and --log-json."""

from __future__ import annotations

import functools
import json
import os
import shutil
import subprocess
import sys
import time
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from monitor.crawl import INTERRUPTED, Listing, MemoryState, crawl
from monitor.crawl.fetch import FetchError, Refused, non_public
from monitor.crawl.workers import Fetcher
from tests.conftest import site_server
from tests.crawl.outlets import PAGES, crawl_into, rows

Reply = site_server.Reply
HTML = {"Content-Type": "text/html; charset=utf-8"}
ROOT = Path(__file__).resolve().parents[2]


def gzipped(data: bytes | Iterator[bytes]) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    chunks = [data] if isinstance(data, bytes) else data
    return b"".join(packer.compress(chunk) for chunk in chunks) + packer.flush()


@functools.cache
def double_gzip_bomb(mib: int) -> bytes:
    """`Content-Encoding: gzip, gzip` over a few KB that are mib MiB of zeros once both layers are undone."""
    zeros = bytes(1 << 20)
    return gzipped(gzipped(zeros for _ in range(mib)))


def copy_page(root: Path, name: str, path: str) -> None:
    target = root / path
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(PAGES / name, target)


def rss(links: list[str]) -> str:
    items = "".join(f"<item><title>t</title><link>{link}</link></item>" for link in links)
    return f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>'


def urlset(locs: list[str]) -> str:
    urls = "".join(f"<url><loc>{loc}</loc></url>" for loc in locs)
    return f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'


def sitemap_index(locs: list[str]) -> str:
    maps = "".join(f"<sitemap><loc>{loc}</loc></sitemap>" for loc in locs)
    return (
        f'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{maps}</sitemapindex>'
    )


def hostile_site(root: Path, server: site_server.SiteServer) -> tuple[str, str]:
    """A feed listing two good pages, a double-gzip bomb and an impossible link; a sitemap index naming
    itself 60 times and a urlset with a good page and a broken IPv6 literal. Returns (feed, index) URLs."""
    copy_page(root, "bien-phai.html", "thoi-su/bien-phai.html")
    copy_page(root, "ho-so.html", "thoi-su/ho-so.html")
    copy_page(root, "bien-phai.html", "xa-hoi/bien-phai-2.html")
    server.replies["/bom.html"] = [Reply(200, double_gzip_bomb(2048), {**HTML, "Content-Encoding": "gzip, gzip"})]
    links = [
        "{BASE}/thoi-su/bien-phai.html",
        "http://127.0.0.1:99999/x",
        "{BASE}/bom.html",
        "{BASE}/thoi-su/ho-so.html",
    ]
    (root / "feed.xml").write_text(rss(links))
    (root / "index.xml").write_text(sitemap_index(["{BASE}/index.xml"] * 60 + ["{BASE}/pages.xml"]))
    (root / "pages.xml").write_text(urlset(["http://[::1/x", "{BASE}/xa-hoi/bien-phai-2.html"]))
    return f"{server.base_url}/feed.xml", f"{server.base_url}/index.xml"


# --- decompression, bounded before it happens ---------------------------------------------------------


def test_a_double_gzip_bomb_is_refused_before_it_is_inflated(tmp_path, serve_on):
    server = serve_on(tmp_path / "www", "127.0.0.2")
    server.replies["/bom.html"] = [Reply(200, double_gzip_bomb(256), {**HTML, "Content-Encoding": "gzip, gzip"})]
    started = time.monotonic()
    with (
        Fetcher(delay=0, allow_private=True) as fetcher,
        pytest.raises(FetchError, match="decompression bomb") as error,
    ):
        fetcher.get(f"{server.base_url}/bom.html")
    assert "gzip, gzip" in str(error.value) and time.monotonic() - started < 5


def test_more_than_two_encoding_layers_are_refused_and_unknown_ones_too(tmp_path, serve_on):
    server = serve_on(tmp_path / "www", "127.0.0.2")
    body = gzipped(gzipped(gzipped(b"<html>hi</html>")))
    server.replies["/three.html"] = [Reply(200, body, {**HTML, "Content-Encoding": "gzip, gzip, gzip"})]
    server.replies["/br.html"] = [Reply(200, b"\x0b\x02\x80hi\x03", {**HTML, "Content-Encoding": "br"})]
    server.replies["/broken.html"] = [Reply(200, b"\x1f\x8bnot gzip at all", {**HTML, "Content-Encoding": "gzip"})]
    with Fetcher(delay=0, allow_private=True) as fetcher:
        with pytest.raises(FetchError, match="3 content-encoding layers"):
            fetcher.get(f"{server.base_url}/three.html")
        with pytest.raises(FetchError, match="unsupported content encoding 'br'"):
            fetcher.get(f"{server.base_url}/br.html")
        with pytest.raises(FetchError, match="broken gzip content encoding"):
            fetcher.get(f"{server.base_url}/broken.html")
    assert server.headers[0]["Accept-Encoding"] == "gzip, deflate"


def test_honest_encodings_are_undone_and_a_large_page_is_cut_at_the_cap(tmp_path, serve_on):
    server = serve_on(tmp_path / "www", "127.0.0.2")
    html = b"<html><body>" + b" ".join(b"%d tin %x" % (n, n * 7919) for n in range(200_000)) + b"</body></html>"
    raw_deflate = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    server.replies["/gzip.html"] = [Reply(200, gzipped(html), {**HTML, "Content-Encoding": "gzip"})]
    server.replies["/twice.html"] = [Reply(200, gzipped(gzipped(html)), {**HTML, "Content-Encoding": "gzip, gzip"})]
    server.replies["/zlib.html"] = [Reply(200, zlib.compress(html), {**HTML, "Content-Encoding": "deflate"})]
    raw = raw_deflate.compress(html) + raw_deflate.flush()
    server.replies["/raw.html"] = [Reply(200, raw, {**HTML, "Content-Encoding": "deflate"})]
    server.replies["/plain.html"] = [Reply(200, html, {**HTML, "Content-Encoding": "identity"})]
    with Fetcher(delay=0, allow_private=True) as fetcher:
        for path in ("gzip", "twice", "zlib", "raw", "plain"):
            page = fetcher.get(f"{server.base_url}/{path}.html")
            assert page.body == html and not page.truncated, path
    with Fetcher(delay=0, allow_private=True, max_bytes=100_000) as fetcher:
        for path in ("gzip", "twice", "raw"):
            page = fetcher.get(f"{server.base_url}/{path}.html")
            assert page.truncated and page.body == html[:100_000], path


# --- listings: each entry on its own; sitemap indexes once per pass --------------------------------------


def test_a_crawl_of_a_hostile_site_stores_the_good_pages_and_fails_the_bomb(tmp_path, serve_on):
    root = tmp_path / "www"
    server = serve_on(root, "127.0.0.2")
    feed, index = hostile_site(root, server)
    db = tmp_path / "crawl.duckdb"
    events = crawl_into(db, [feed, _sitemap(index)])
    warnings = [event.message for event in events if event.kind == "warning"]
    assert any("http://127.0.0.1:99999/x skipped: Port out of range" in warning for warning in warnings)
    assert any("http://[::1/x skipped: Invalid IPv6 URL" in warning for warning in warnings)
    assert any("60 of its 61 sitemaps named again" in warning for warning in warnings)
    stored = {url.rsplit("/", 1)[1] for (url,) in rows(db, "SELECT url FROM articles")}
    assert stored == {"biet-phai-215-cong-chuc-ve-xa-phuong.html", "ho-so.html"}  # bien-phai-2 is its copy
    bomb = f"{server.base_url}/bom.html"
    status, reason, attempts = rows(db, "SELECT status, reason, attempts FROM frontier WHERE url = ?", [bomb])[0]
    assert status == "failed" and "decompression bomb" in reason and attempts == 1
    requested = [path for _, path in server.requests]
    assert requested.count("/index.xml") == 1 and requested.count("/pages.xml") == 1
    for run in (2, 3, 4):  # tried again on the next two runs, then given up
        crawl_into(db, [feed, _sitemap(index)])
        assert [path for _, path in server.requests].count("/bom.html") == min(run, 3)
    assert rows(db, "SELECT attempts FROM frontier WHERE url = ?", [bomb]) == [(3,)]


def _sitemap(url: str) -> Listing:
    return Listing(url, "sitemap")


def test_a_cycle_of_indexes_is_read_once_and_depth_and_width_are_capped(tmp_path, serve_on):
    root = tmp_path / "www"
    server = serve_on(root, "127.0.0.2")
    (root / "a.xml").write_text(sitemap_index(["{BASE}/b.xml"]))
    (root / "b.xml").write_text(sitemap_index(["{BASE}/a.xml", "{BASE}/c.xml"]))
    (root / "c.xml").write_text(sitemap_index(["{BASE}/d.xml"]))  # a third level of index: not read
    (root / "wide.xml").write_text(sitemap_index([f"{{BASE}}/w{n}.xml" for n in range(70)]))
    for n in range(70):
        (root / f"w{n}.xml").write_text(urlset([]))
    events = list(crawl([_sitemap(f"{server.base_url}/a.xml"), _sitemap(f"{server.base_url}/wide.xml")], delay=0))
    warnings = [event.message for event in events if event.kind == "warning"]
    requested = [path for _, path in server.requests]
    assert [requested.count(f"/{name}.xml") for name in "abcd"] == [1, 1, 1, 0]
    assert any("1 of its 2 sitemaps named again" in warning for warning in warnings)
    assert any("1 sitemaps more than 2 indexes deep, not read" in warning for warning in warnings)
    assert any("names 70 sitemaps, reading the first 50" in warning for warning in warnings)
    assert sum(path.startswith("/w") and path != "/wide.xml" for path in requested) == 50


# --- private addresses ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("127.0.0.1", "loopback"),
        ("::1", "loopback"),
        ("::ffff:127.0.0.1", "loopback"),
        ("10.1.2.3", "private"),
        ("192.168.1.1", "private"),
        ("169.254.169.254", "link-local"),
        ("fe80::1", "link-local"),
        ("100.64.0.1", "non-public"),
        ("0.0.0.0", "private"),
        ("8.8.8.8", None),
        ("2001:4860:4860::8888", None),
    ],
)
def test_what_counts_as_a_non_public_address(address, kind):
    assert non_public(address) == kind


def test_a_redirect_to_another_private_host_is_not_followed(tmp_path, serve_on):
    root = tmp_path / "www"
    outlet = serve_on(root, "127.0.0.2")
    secret = serve_on(tmp_path / "secret", "127.0.0.3")
    copy_page(tmp_path / "secret", "bien-phai.html", "secret-admin.html")
    copy_page(root, "ho-so.html", "ho-so.html")
    outlet.redirects["/moved.html"] = f"{secret.base_url}/secret-admin.html"
    port = secret.base_url.rsplit(":", 1)[1]
    links = ["{BASE}/moved.html", f"{secret.base_url}/secret-admin.html", f"http://localhost:{port}/x.html"]
    (root / "feed.xml").write_text(rss([*links, "{BASE}/ho-so.html"]))
    events = list(crawl([f"{outlet.base_url}/feed.xml"], delay=0))
    skipped = {event.url: event.message for event in events if event.kind == "skipped"}
    assert skipped[f"{outlet.base_url}/moved.html"] == (
        "refused: 127.0.0.3 is a loopback address (not the feed's or sitemap's own host)"
    )
    assert skipped[f"{secret.base_url}/secret-admin.html"].startswith("refused: 127.0.0.3 is a loopback")
    assert skipped[f"http://localhost:{port}/x.html"].startswith("refused: localhost (")
    assert [event.kind for event in events if event.url.endswith("ho-so.html")] == ["article"]
    assert secret.requests == []  # not even its robots.txt
    events = list(crawl([f"{outlet.base_url}/feed.xml"], delay=0, allow_private=True))
    assert "/secret-admin.html" in [path for _, path in secret.requests]


def test_a_public_listing_may_not_send_the_crawl_to_loopback(tmp_path, serve_on, monkeypatch):
    """The feed's host seen as a public address (its resolution faked): a link to loopback is refused."""
    from monitor.crawl import fetch

    server = serve_on(tmp_path / "www", "127.0.0.2")
    (tmp_path / "www" / "feed.xml").write_text(rss(["{BASE}/a.html"]))
    real = fetch.AsyncFetcher._resolve

    async def resolve(self, host, port):
        return ["93.184.215.14"] if host == "news.example" else await real(self, host, port)

    monkeypatch.setattr(fetch.AsyncFetcher, "_resolve", resolve)
    trusted = ["http://news.example/feed.xml"]
    with (
        Fetcher(delay=0, trusted_hosts=trusted) as fetcher,
        pytest.raises(Refused, match=r"127\.0\.0\.2 is a loopback"),
    ):
        fetcher.get(f"{server.base_url}/feed.xml")
    assert server.requests == []


# --- a page that kills the crawl is a failed try --------------------------------------------------------


class Killed(BaseException):
    """What an out-of-memory kill or a crash in C looks like from here: nothing after it runs."""


def test_a_page_that_kills_the_crawl_every_time_is_given_up(tmp_path, serve_on, monkeypatch):
    root = tmp_path / "www"
    server = serve_on(root, "127.0.0.2")
    copy_page(root, "bien-phai.html", "deadly.html")
    (root / "feed.xml").write_text(rss(["{BASE}/deadly.html"]))

    def deadly(html: str, url: str):
        raise Killed

    monkeypatch.setattr("monitor.crawl.run.read_page", deadly)
    state = MemoryState()
    for _ in range(3):
        with pytest.raises(Killed):
            list(crawl([f"{server.base_url}/feed.xml"], delay=0, state=state))
    events = list(crawl([f"{server.base_url}/feed.xml"], delay=0, state=state))
    assert [event.kind for event in events] == ["queued", "listed"]  # given up: not fetched a fourth time
    assert [path for _, path in server.requests].count("/deadly.html") == 3
    assert next(iter(state.frontier.values()))[1:] == ("failed", 3)
    assert INTERRUPTED.startswith("interrupted")


# --- libraries' log lines go through monitor's output ---------------------------------------------------


@pytest.mark.parametrize("mode", ["--quiet", "--log-json"])
def test_quiet_and_json_runs_print_nothing_else(tmp_path, serve_on, mode):
    root = tmp_path / "www"
    server = serve_on(root, "127.0.0.2")
    (root / "empty.html").write_text("")  # trafilatura logs "empty HTML tree" for it
    (root / "feed.xml").write_text(rss(["{BASE}/empty.html"]))
    command = [sys.executable, "-m", "monitor", "crawl", "--db", str(tmp_path / "c.duckdb"), "--delay", "0"]
    done = subprocess.run([*command, mode, "--feed", f"{server.base_url}/feed.xml"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    if mode == "--quiet":
        assert done.stderr == ""
    else:
        records = [json.loads(line) for line in done.stderr.splitlines()]
        assert {record["event"] for record in records} >= {"skipped", "summary"}
        assert any(record["event"] == "log" and record["logger"].startswith("trafilatura") for record in records)


# --- the must-show: a hostile site, a whole crawl, its time and memory -----------------------------------


def run_measured(command: list[str]) -> tuple[int, str, float, float]:
    """Run command; its exit status, stderr, seconds and peak resident memory (MB, from wait4)."""
    started = time.monotonic()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    assert child.stderr is not None
    stderr = child.stderr.read()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    return child.returncode, stderr, time.monotonic() - started, usage.ru_maxrss / 1024


def test_must_show_a_hostile_site_is_crawled_within_a_minute_under_1_5_gb(tmp_path, serve_on):
    root = tmp_path / "www"
    server = serve_on(root, "127.0.0.2")
    feed, index = hostile_site(root, server)
    db = tmp_path / "crawl.duckdb"
    command = [sys.executable, "-m", "monitor", "crawl", "--db", str(db), "--delay", "0", "--feed", feed]
    command += ["--sitemap", index]
    for run in ("first", "rerun"):
        code, stderr, seconds, peak_mb = run_measured(command)
        print(f"{run}: exit {code}, {seconds:.1f} s, peak RSS {peak_mb:.0f} MB")
        assert code == 1, stderr  # the bomb is an error; the rest was crawled
        assert seconds < 60 and peak_mb < 1500
        assert "decompression bomb" in stderr
    assert [path for _, path in server.requests].count("/index.xml") == 2  # once per pass
    assert len(rows(db, "SELECT id FROM articles")) == 2
