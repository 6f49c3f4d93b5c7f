"""Many hosts at once, on real loopback servers (127.0.0.2 … one host each): politeness per host only, a
feed's pages fetched as soon as it is read, a network down told early, typed events, and --watch as a
service runs it (a line per pass, the waits told, SIGTERM stopping it as Ctrl-C does)."""

from __future__ import annotations

import itertools
import re
import signal
import subprocess
import sys
import time
from html import escape
from pathlib import Path

import pytest

from monitor.crawl import PROGRESS, EventKind, MemoryState, crawl
from tests.conftest import site_server
from tests.crawl.outlets import rows

TESTS = Path(__file__).resolve().parents[1]
TEXTS = sorted((TESTS / "extract" / "realset" / "articles").glob("*.txt"))
HOSTS = 20
PAGES_PER_HOST = 3
DELAY = 1.0
PAGE = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title>
<meta property="article:published_time" content="{date}T08:00:00+07:00"></head>
<body><article><h1>{title}</h1>{paragraphs}</article></body></html>"""


def article_page(path: Path) -> str:
    """A page for one of our articles: its title, date and paragraphs."""
    head, *paragraphs = [part.strip() for part in path.read_text(encoding="utf-8").split("\n\n") if part.strip()]
    _, date, title = head.split(" ", 2)
    body = "".join(f"<p>{escape(text)}</p>" for text in paragraphs)
    return PAGE.format(title=escape(title), date=date, paragraphs=body)


def rss(links: list[str]) -> str:
    items = "".join(f"<item><title>t</title><link>{link}</link></item>" for link in links)
    return f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>'


@pytest.fixture
def hosts(tmp_path, serve_on):
    """HOSTS servers, each with robots.txt, a feed and PAGES_PER_HOST article pages of its own."""
    texts = iter(TEXTS)
    servers = []
    for number in range(HOSTS):
        root = tmp_path / f"host{number}"
        server = serve_on(root, f"127.0.0.{number + 2}")
        (root / "robots.txt").write_text("User-agent: *\nDisallow: /private/\n")
        names = [f"bai-{index}.html" for index in range(PAGES_PER_HOST)]
        for name in names:
            (root / name).write_text(article_page(next(texts)), encoding="utf-8")
        (root / "feed.xml").write_text(rss([f"{server.base_url}/{name}" for name in names]))
        servers.append(server)
    return servers


def test_twenty_hosts_are_crawled_side_by_side_each_politely(hosts):
    started = time.monotonic()
    events = []
    first_article = None
    for event in crawl([f"{server.base_url}/feed.xml" for server in hosts], delay=DELAY):
        events.append(event)
        if event.kind == EventKind.ARTICLE and first_article is None:
            first_article = time.monotonic() - started
    elapsed = time.monotonic() - started
    read = [event for event in events if event.kind in (EventKind.ARTICLE, EventKind.SKIPPED)]
    assert len(read) == HOSTS * PAGES_PER_HOST, [e.message for e in events if e.kind not in PROGRESS]
    for server in hosts:
        times = [when for when, _ in server.requests]
        paths = [path for _, path in server.requests]
        assert paths[:2] == ["/robots.txt", "/feed.xml"]
        gaps = [later - earlier for earlier, later in itertools.pairwise(times)]
        assert min(gaps) >= DELAY - 0.01, gaps  # never two requests to one host closer than the delay
        # its pages come right after its feed, not after every other host's feed
        assert times[2] - times[1] < DELAY + 2.0, gaps
    # one host after another would take HOSTS × 4 delays (80 s); side by side about 4 delays and reading
    assert elapsed < HOSTS * 4 * DELAY / 2, elapsed
    # the first article is handed over while other hosts' pages are still being fetched
    last_request = max(when for server in hosts for when, _ in server.requests)
    assert first_article is not None and started + first_article < last_request, (first_article, elapsed)


def test_the_events_are_typed_and_count_with_numbers(hosts):
    feeds = [f"{server.base_url}/feed.xml" for server in hosts[:2]]
    state = MemoryState()
    events = list(crawl(feeds, delay=0, state=state))
    assert all(isinstance(event.kind, EventKind) for event in events)
    queued = [event for event in events if event.kind == EventKind.QUEUED]
    assert [event.count for event in queued] == [0]
    listed = [event for event in events if event.kind == EventKind.LISTED]
    assert sorted(event.url for event in listed) == sorted(feeds)
    assert [event.count for event in listed] == [PAGES_PER_HOST] * 2 and {e.target for e in listed} == {"feed"}
    pages = [event for event in events if event.kind not in PROGRESS]
    assert {event.kind for event in pages} <= {EventKind.ARTICLE, EventKind.SKIPPED}
    assert len(pages) == 2 * PAGES_PER_HOST
    assert all(event.is_page and event.target == "page" for event in pages)
    again = list(crawl(feeds, delay=0, state=state))
    assert [event.count for event in again if event.kind == EventKind.LISTED] == [0, 0]
    assert {event.kind for event in again if event.kind not in PROGRESS} == {EventKind.KNOWN}


def refused_feeds(count: int) -> list[str]:
    """Feeds on hosts where nothing listens: each connection is refused."""
    return [f"http://127.0.0.{number + 2}:9/rss.xml" for number in range(count)]


def test_with_every_host_refusing_the_crawl_says_network_down_at_once(tmp_path):
    db = tmp_path / "crawl.duckdb"
    command = [sys.executable, "-m", "monitor", "crawl", "--db", str(db), "--delay", "30"]
    command += [part for feed in refused_feeds(12) for part in ("--feed", feed)]
    started = time.monotonic()
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    elapsed = time.monotonic() - started
    assert done.returncode == 1, done.stderr
    lines = done.stderr.splitlines()
    assert [line for line in lines if "network down" in line] == [
        "error: no host reachable: network down? (12 hosts, none answered)"
    ]
    assert elapsed < 30, elapsed  # never waited through a delay (30 s between two requests to one host)
    assert rows(db, "SELECT count(*) FROM fetch_log WHERE error LIKE 'cannot connect%'") == [(24,)]  # robots, feed


def test_one_dead_host_among_live_ones_is_only_an_error(hosts):
    feeds = [f"{server.base_url}/feed.xml" for server in hosts[:2]] + refused_feeds(1)
    events = list(crawl(feeds, delay=0))
    kinds = [event.kind for event in events if event.kind not in PROGRESS]
    assert kinds.count(EventKind.ARTICLE) + kinds.count(EventKind.SKIPPED) == 2 * PAGES_PER_HOST
    assert kinds.count(EventKind.ERROR) == 1 and EventKind.NETWORK_DOWN not in kinds
    error = next(event for event in events if event.kind == EventKind.ERROR)
    assert error.target == "feed" and "cannot connect" in error.message


STAMP = r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d"


def test_watch_tells_each_pass_and_the_wait_and_stops_cleanly_on_sigterm(hosts, tmp_path):
    db = tmp_path / "watched.duckdb"
    command = [sys.executable, "-m", "monitor", "crawl", "--watch", "--db", str(db), "--delay", "0"]
    command += ["--interval", "600", "--feed", f"{hosts[0].base_url}/feed.xml"]
    watcher = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seen: list[str] = []
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and not any("every source is waiting" in line for line in seen):
            line = watcher.stderr.readline()
            if not line:
                break
            seen.append(line.rstrip("\n"))
        watcher.send_signal(signal.SIGTERM)
        watcher.wait(timeout=60)
        rest = watcher.stderr.read()  # what readline left, through the same buffer
    finally:
        if watcher.poll() is None:
            watcher.kill()
    seen += rest.splitlines()
    passes = [line for line in seen if " pass " in line]
    assert len(passes) == 1 and re.fullmatch(
        STAMP + r" pass 1: 3 new, 0 skipped, 0 errors; next poll at \d\d:\d\d:\d\d \(in (9|10) min \d+ s\)", passes[0]
    ), seen
    waiting = [line for line in seen if "every source is waiting" in line]
    assert len(waiting) == 1 and re.fullmatch(STAMP + r" every source is waiting; next poll at .*", waiting[0]), seen
    assert watcher.returncode == 130 and seen[-1] == "crawl stopped", seen
    assert rows(db, "SELECT count(*) FROM articles") == [(PAGES_PER_HOST,)]  # the store was closed cleanly


def test_sigterm_in_the_middle_of_a_pass_stops_after_the_page_in_hand_and_the_next_run_resumes(hosts, tmp_path):
    server = hosts[0]
    for index in range(PAGES_PER_HOST):
        path = f"/bai-{index}.html"
        body = (Path(server.root) / path.lstrip("/")).read_bytes()
        server.replies[path] = [site_server.Reply(200, body, {"Content-Type": "text/html; charset=utf-8"}, delay=1.5)]
    db = tmp_path / "watched.duckdb"
    feed = f"{server.base_url}/feed.xml"
    command = [sys.executable, "-m", "monitor", "crawl", "--watch", "--db", str(db), "--delay", "0", "--feed", feed]
    watcher = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        first = watcher.stderr.readline()
        assert first.startswith("stored: "), first
        watcher.send_signal(signal.SIGTERM)
        watcher.wait(timeout=60)
        rest = watcher.stderr.read().splitlines()
    finally:
        if watcher.poll() is None:
            watcher.kill()
    assert watcher.returncode == 130 and rest[-1] == "crawl stopped", rest
    assert any(line.startswith("crawl stopped early: ") and "store holds" in line for line in rest), rest
    stored = rows(db, "SELECT count(*) FROM articles")[0][0]
    assert 1 <= stored < PAGES_PER_HOST
    # the page in hand was recorded as stored, none left as a failed (interrupted) try
    assert rows(db, "SELECT status, count(*) FROM frontier GROUP BY ALL ORDER BY 1") == [
        ("new", PAGES_PER_HOST - stored),
        ("stored", stored),
    ]
    again = subprocess.run([*command[:4], *command[5:]], capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr
    assert rows(db, "SELECT count(*) FROM articles") == [(PAGES_PER_HOST,)]


def test_a_listing_with_an_impossible_port_is_one_error_not_a_hang(hosts):
    feeds = [f"{hosts[0].base_url}/feed.xml", "http://127.0.0.9:99999/rss.xml"]
    events = list(crawl(feeds, delay=0))
    errors = [event for event in events if event.kind == EventKind.ERROR]
    assert len(errors) == 1 and errors[0].target == "feed" and "99999" in errors[0].message
    assert sum(event.kind == EventKind.ARTICLE for event in events) >= 1
