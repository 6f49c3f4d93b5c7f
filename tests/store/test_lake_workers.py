"""Three crawl workers and two readers at once on one DuckLake store (issue 19), real processes on loopback.

The sample site (tests/site/www) is served as six outlets on six loopback addresses, two in each of the three
workers' shards (`monitor crawl --shard I/3`). One worker is killed with SIGKILL after its first stored
article and run again. Then: every article of every outlet is stored once, no page was asked by two workers
(each worker names itself in its User-Agent), pages of the two workers never killed were fetched once, the
killed worker's rerun finished its shard, and no reader waited on the writers: each one's median read took under half a
second.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from monitor.crawl.shard import shard_number
from monitor.store import Store
from tests.conftest import SITE_DIR, site_server

READER = Path(__file__).parent / "reader.py"
WORKERS = 3
PER_SHARD = 2  # outlets in each worker's shard
KILLED = 2  # the worker killed mid-run, then run again
# each outlet's pages close with a line naming the outlet and the page: no two outlets hold the same text (a copy
# would be skipped), and no two pages of one outlet the same line (a line on all of them is its template's)
NAMES = ["An", "Bình", "Chi", "Dung", "Giang", "Hà"]
DELAY = 0.2  # seconds between two requests to one host: the workers run long enough to be read meanwhile
FEED = "rss/chinh-quyen.xml"  # each outlet's listing: the sample site's feed of articles about the reform


def addresses() -> list[str]:
    """Loopback addresses, PER_SHARD in each shard of WORKERS, in shard order."""
    by_shard: dict[int, list[str]] = {number: [] for number in range(1, WORKERS + 1)}
    for last in range(10, 250):
        address = f"127.0.0.{last}"
        share = by_shard[shard_number(address, WORKERS)]
        if len(share) < PER_SHARD:
            share.append(address)
    return [address for number in sorted(by_shard) for address in by_shard[number]]


TAGS = '</div>\n<div class="tags">'  # where an article page's text ends


@pytest.fixture
def outlets(tmp_path) -> Iterator[list[site_server.SiteServer]]:
    """The sample site on each address, its article pages each given a closing line of their own."""
    servers = []
    for name, address in zip(NAMES, addresses(), strict=True):
        root = tmp_path / f"outlet-{address}"
        shutil.copytree(SITE_DIR / "www", root)
        for page in root.glob("*/*-post*.html"):
            html = page.read_text(encoding="utf-8")
            assert TAGS in html
            words = " ".join(word for word in page.stem.split("-") if word.isalpha())  # no figure in it
            line = f"<p>Báo Mẫu {name} đăng lại bài {words}.</p>"
            page.write_text(html.replace(TAGS, line + TAGS, 1), encoding="utf-8")
        servers.append(site_server.serve(root, host=address))
    yield servers
    for server in servers:
        server.close()


def sources(path: Path, servers) -> Path:
    """A sources file naming each outlet's FEED."""
    tables = [
        f'[[source]]\nname = "Báo Mẫu {name}"\nfeeds = ["{server.base_url}/{FEED}"]\n'
        for name, server in zip(NAMES, servers, strict=True)
    ]
    path.write_text("\n".join(tables), encoding="utf-8")
    return path


def feed_articles() -> list[str]:
    """The paths of the article pages FEED lists: the site's articles about the reform, and one that is not."""
    feed = (SITE_DIR / "www" / FEED).read_text(encoding="utf-8")
    return sorted(link.removeprefix("{BASE}") for link in re.findall(r"<link>([^<]*-post\d+\.html)</link>", feed))


def test_three_workers_and_two_readers_share_a_lake_and_a_killed_worker_finishes_on_rerun(
    outlets, pg_database, tmp_path, monkeypatch, request
):
    monkeypatch.setenv("MONITOR_SEARCH_DIR", str(tmp_path / "search"))
    lake, data = "ducklake:postgres:" + pg_database, tmp_path / "data"
    Store.open(lake, data_path=data).close()  # the team's store, made once before the workers start
    listed = sources(tmp_path / "sources.toml", outlets)
    stop = tmp_path / "stop-reading"
    started_processes: list[subprocess.Popen] = []

    def end_every_process() -> None:  # a failed assertion must not leave readers reading or workers crawling
        stop.touch()
        for process in started_processes:
            if process.poll() is None:
                process.kill()
                process.wait()

    request.addfinalizer(end_every_process)
    readers = [
        subprocess.Popen([sys.executable, str(READER), lake, str(stop)], stdout=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    started_processes += readers
    for reader in readers:
        assert reader.stdout is not None and reader.stdout.readline().strip() == "ready"

    def worker(number: int, log: Path | None) -> subprocess.Popen:
        command = [sys.executable, "-m", "monitor", "crawl", "--db", lake, "--data-path", str(data)]
        command += ["--sources", str(listed), "--shard", f"{number}/{WORKERS}", "--delay", str(DELAY)]
        command += ["--contact", f"worker-{number}", "--log-json"]
        err = subprocess.PIPE if log is None else log.open("w")
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=err, text=True, start_new_session=True)
        started_processes.append(process)
        return process

    started = time.monotonic()
    running = {number: worker(number, None if number == KILLED else tmp_path / f"w{number}.log") for number in (1, 3)}
    running[KILLED] = worker(KILLED, None)
    killed = running[KILLED]
    assert killed.stderr is not None
    for line in killed.stderr:  # killed after its first article is stored, mid-run
        if json.loads(line)["event"] == "stored":
            break
    os.killpg(killed.pid, signal.SIGKILL)
    assert killed.wait() == -signal.SIGKILL
    with Store.open(lake, read_only=True) as store:  # its shard half done: what the rerun must finish
        read_by_then = store.query("SELECT url FROM frontier WHERE status IN ('stored', 'skipped')").rows
    owner = {server.base_url: shard_number(urlsplit(server.base_url).hostname or "", WORKERS) for server in outlets}
    its_hosts = tuple(base + "/" for base, number in owner.items() if number == KILLED)
    assert len([url for (url,) in read_by_then if url.startswith(its_hosts)]) < PER_SHARD * len(feed_articles())
    logs = {number: tmp_path / f"w{number}.log" for number in running if number != KILLED}
    logs[KILLED] = tmp_path / f"w{KILLED}-rerun.log"
    rerun = worker(KILLED, logs[KILLED])  # while the others may still crawl
    for number, process in [*((n, p) for n, p in running.items() if n != KILLED), (KILLED, rerun)]:
        # a failed worker's own log says why (the rerun's is its own file)
        assert process.wait(timeout=120) == 0, (number, logs[number].read_text()[-2000:])
    took = time.monotonic() - started
    stop.touch()
    reads = [json.loads(reader.communicate(timeout=30)[0].strip().splitlines()[-1]) for reader in readers]

    with Store.open(lake, read_only=True) as store:
        stored = store.query("SELECT url FROM articles").rows
        frontier = store.query("SELECT article_id, url, status FROM frontier").rows
        fetched = store.query("SELECT url FROM fetch_log WHERE kind = 'page'").rows
        facts = store.query(
            "SELECT a.url, count(*) FROM facts f JOIN articles a ON a.id = f.article_id GROUP BY 1"
        ).rows

    pages = feed_articles()
    # every page of every outlet was read to its end (stored, or skipped as off-topic), none twice in the frontier
    assert len(frontier) == len({row[0] for row in frontier}) == len(pages) * len(outlets)
    assert Counter(row[2] for row in frontier).keys() <= {"stored", "skipped"}, Counter(row[2] for row in frontier)
    kept = sorted({urlsplit(row[1]).path for row in frontier if row[2] == "stored"})
    assert kept and all(path.startswith("/chinh-quyen/") for path in kept)  # the site's articles about the reform
    # each stored once (count by url), on every outlet alike, with the same facts on every outlet
    urls = [row[0] for row in stored]
    assert len(urls) == len(set(urls)) == len(kept) * len(outlets)
    assert {url for url in urls} == {server.base_url + path for server in outlets for path in kept}
    per_path = {path: {count for url, count in facts if urlsplit(url).path == path} for path in kept}
    assert all(len(counts) == 1 for counts in per_path.values()), per_path

    for server in outlets:
        # one worker asked this host anything: the shard's owner (its User-Agent names it)
        askers = {headers.get("User-Agent", "") for headers in server.headers}
        assert len(askers) == 1 and f"worker-{owner[server.base_url]}" in askers.pop()
        asked = Counter(path for _, path in server.requests if path in pages)
        assert set(asked) == set(pages)
        if owner[server.base_url] != KILLED:  # fetched once; the killed worker's page in hand is fetched again
            assert set(asked.values()) == {1}, asked
            logged = Counter(url for (url,) in fetched if url.startswith(server.base_url + "/"))
            assert set(logged.values()) == {1} and len(logged) == len(pages), logged

    for result in reads:
        assert result["errors"] == [] and result["reads"] >= 20, result
        # A reader blocked by the writers would wait on every read, the lightest too: the median read stays well
        # under a second. One slow read is load, not a wait (on two CPUs shared with other jobs a count once took
        # 1.7 s, its median 0.08 s), so the slowest are bounded loosely; the facts of a province (a join over the
        # many small files the writers add) took up to 1.5 s with three workers extracting (0.3 s with none).
        assert result["median"] < 0.5, result
        assert result["slowest"]["count"] < 5.0, result
        assert result["slowest"]["facts"] < 10.0, result
        assert result["counts"] == sorted(result["counts"]) and result["counts"][-1] == len(urls)
    print(f"3 workers, one killed and run again, 2 readers: {took:.1f} s")
