"""A crawl waiting on slow pages lets a researcher read the store meanwhile: real processes, one DuckDB file."""

from __future__ import annotations

import itertools
import subprocess
import sys
import time

import duckdb

from tests.conftest import site_server
from tests.crawl.outlets import PAGES

PAGE_DELAY = 2.0  # seconds each page takes to answer
NAMES = ["ho-so.html", "bien-phai.html", "bong-da.html"]


def test_a_reader_gets_in_while_the_crawl_waits_on_slow_pages(outlet, db):
    for name in NAMES:
        body = (PAGES / name).read_bytes().replace(b"{BASE}", outlet.base.encode())
        outlet.server.replies["/" + name] = [site_server.Reply(200, body, delay=PAGE_DELAY)]
    feed = outlet.feed(NAMES)
    command = [sys.executable, "-m", "monitor", "crawl", "--db", str(db), "--delay", "0", "--feed", feed]
    crawl = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    got_in = []
    while crawl.poll() is None:
        try:
            duckdb.connect(str(db), read_only=True).close()  # a notebook asking, without waiting for the lock
            got_in.append(time.monotonic())
        except duckdb.Error:
            pass  # held by the crawl (or not created yet)
        time.sleep(0.02)
    assert crawl.wait() == 0, crawl.stderr.read()
    asked = [when for when, path in outlet.server.requests if path.endswith(".html")]
    assert len(asked) == len(NAMES)
    # from the first page asked to the last, the crawl mostly waits: the reader must not
    start, end = asked[0], asked[-1]
    moments = [start, *(when for when in got_in if start < when < end), end]
    longest = max(later - earlier for earlier, later in itertools.pairwise(moments))
    # a crawl holding the store through a page's wait would lock the reader out for a whole PAGE_DELAY at least;
    # what is left between two gets-in is reading and storing a page, which a loaded machine stretches past 1 s
    assert longest < PAGE_DELAY
