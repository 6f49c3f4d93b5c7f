"""A crawl killed with SIGKILL part-way, then run again, stores exactly what an uninterrupted crawl stores."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

ARTICLE_COLUMNS = "id, url, outlet, title, published_at, published_source, date_flag, text"


def crawl_command(db: Path, base: str, delay: str) -> list[str]:
    feeds = [f"{base}/rss/chinh-quyen.xml", f"{base}/rss/xa-hoi.xml"]
    return [
        sys.executable,
        "-m",
        "monitor",
        "crawl",
        "--db",
        str(db),
        "--delay",
        delay,
        "--feed",
        feeds[0],
        "--feed",
        feeds[1],
    ]


def contents(db: Path) -> tuple[list[tuple], list[tuple], list[tuple]]:
    with duckdb.connect(str(db), read_only=True) as con:
        articles = con.execute(f"SELECT {ARTICLE_COLUMNS} FROM articles ORDER BY id").fetchall()
        facts = con.execute(
            'SELECT article_id, metric, value, start, "end", evidence FROM facts ORDER BY ALL'
        ).fetchall()
        frontier = con.execute("SELECT article_id, url, status, reason FROM frontier ORDER BY article_id").fetchall()
    return articles, facts, frontier


def requests_for(server, since: int, part: str) -> int:
    return sum(1 for _, path in server.requests[since:] if part in path)


@pytest.fixture(scope="module")
def uninterrupted(tmp_path_factory, site) -> tuple[list[tuple], list[tuple], list[tuple]]:
    """What one whole crawl of the test site stores (URLs, hence ids, name the site's port: one server for all)."""
    db = tmp_path_factory.mktemp("whole") / "whole.duckdb"
    subprocess.run(crawl_command(db, site.base_url, "0"), check=True, capture_output=True)
    return contents(db)


# killed while reading the feeds, after the first page was asked for, after the fifth
@pytest.mark.parametrize(("part", "count"), [("/rss/", 1), ("post", 1), ("post", 5)])
def test_sigkill_then_rerun_stores_what_an_uninterrupted_crawl_stores(tmp_path, site, uninterrupted, part, count):
    server, since = site, len(site.requests)
    db = tmp_path / "killed.duckdb"
    crawl = subprocess.Popen(
        crawl_command(db, server.base_url, "0.3"), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 60
    while requests_for(server, since, part) < count and crawl.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.15)  # into the middle of reading, extracting or storing what was asked for
    assert crawl.poll() is None, "the crawl ended before it could be killed"
    os.kill(crawl.pid, signal.SIGKILL)
    crawl.wait()
    assert crawl.returncode == -signal.SIGKILL
    frontier_before = contents(db)[2] if db.exists() else []
    assert frontier_before != uninterrupted[2]  # it really was cut short
    rerun = subprocess.run(crawl_command(db, server.base_url, "0"), capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    articles, facts, frontier = contents(db)
    assert articles == uninterrupted[0]
    assert facts == uninterrupted[1]
    assert frontier == uninterrupted[2]
