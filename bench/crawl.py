"""Crawler speed against trafilatura alone, on the same pages: 2,000 pages over 20 loopback hosts.

    python bench/crawl.py [--pages 2000] [--hosts 20] [--state memory|store] [--delay 0]

A child process serves the pages on 127.0.0.2 … 127.0.0.21 (one host each, so per-host politeness
applies as on the web; --delay 0). Each host has a feed listing its pages. Each page is a Vietnamese
reform article put together from paragraphs of tests/extract/devset (so no two are copies).
Reports, for one crawl (fetch, decode, trafilatura, relevance, copies; no fact extraction): pages/s
and CPU s/page of this process; then trafilatura alone (`bare_extraction`, same options) on the same
HTML; and the ratio of CPU per page. Run by hand; figures go to README.md.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import resource
import sys
import tempfile
import threading
import time
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape

import trafilatura

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from monitor.crawl import MemoryState, crawl  # noqa: E402
from monitor.crawl.pages import _DATE_PARAMS  # noqa: E402
from monitor.store import Store  # noqa: E402

DEVSET = ROOT / "tests" / "extract" / "devset" / "articles"
PAGE = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:site_name" content="Báo {host}">
<meta property="article:published_time" content="2025-09-{day:02d}T08:00:00+07:00">
</head><body>
<header><nav><a href="/">Trang chủ</a> <a href="/thoi-su">Thời sự</a> <a href="/xa-hoi">Xã hội</a></nav></header>
<article><h1>{title}</h1><div class="sapo">{sapo}</div><div class="content">{body}</div></article>
<aside><h3>Tin liên quan</h3>
<ul><li><a href="/a">Giá vàng hôm nay</a></li><li><a href="/b">Thời tiết</a></li></ul></aside>
<footer>Giấy phép số 123/GP-BTTTT. Báo {host}.</footer></body></html>"""
RSS = '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{host}</title>{items}</channel></rss>'


def paragraphs() -> tuple[list[str], list[str]]:
    """Titles and paragraphs of the development articles (the date line dropped)."""
    titles, paras = [], []
    for path in sorted(DEVSET.glob("*.txt")):
        lines = [line.strip() for line in path.read_text(encoding="utf-8").split("\n\n") if line.strip()]
        first = lines[0].split(" ", 2)[-1] if lines[0].startswith(" date") or lines[0].startswith("date") else lines[0]
        titles.append(first.splitlines()[0])
        paras.extend(lines[1:])
    return titles, paras


def make_pages(count: int, hosts: list[str]) -> dict[str, dict[str, bytes]]:
    """host → path → body: count article pages spread over hosts, and each host's feed."""
    rng = random.Random(5)
    titles, paras = paragraphs()
    site: dict[str, dict[str, bytes]] = {host: {} for host in hosts}
    for number in range(count):
        host = hosts[number % len(hosts)]
        chosen = rng.sample(paras, 7)
        title = f"{rng.choice(titles)} (bài {number})"
        body = "".join(f"<p>{escape(p)}</p>" for p in chosen[1:])
        html = PAGE.format(title=escape(title), host=host, day=1 + number % 28, sapo=escape(chosen[0]), body=body)
        site[host][f"/bai-{number}.html"] = html.encode()
    for host, pages in site.items():
        items = "".join(f"<item><title>{p}</title><link>http://{host}{p}</link></item>" for p in list(pages))
        pages["/feed.xml"] = RSS.format(host=host, items=items).encode()
    return site


def serve(site: dict[str, dict[str, bytes]], ready: multiprocessing.Event, stop: multiprocessing.Event) -> None:
    """In a child process: one HTTP server per host (host:port keys), until stop is set."""
    servers = []
    for host, pages in site.items():
        name, port = host.split(":")

        class Handler(BaseHTTPRequestHandler):
            files = pages

            def do_GET(self) -> None:
                body = self.files.get(self.path)
                if body is None:
                    self.send_error(HTTPStatus.NOT_FOUND)
                    return
                self.send_response(HTTPStatus.OK)
                kind = "application/rss+xml" if self.path.endswith(".xml") else "text/html; charset=utf-8"
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        server = ThreadingHTTPServer((name, int(port)), Handler)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
    ready.set()
    stop.wait()


def free_port(address: str) -> int:
    import socket

    with socket.socket() as probe:
        probe.bind((address, 0))
        return probe.getsockname()[1]


def cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def bench_crawl(feeds: list[str], state_kind: str, delay: float) -> tuple[float, float, int, list[str]]:
    """(wall s, CPU s, articles, their URLs) for one crawl of the feeds."""
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "bench.duckdb") if state_kind == "store" else None
        state = store or MemoryState()
        wall, started = time.perf_counter(), cpu()
        urls = [e.url for e in crawl(feeds, delay=delay, state=state) if e.kind == "article"]
        wall, used = time.perf_counter() - wall, cpu() - started
        if store:
            store.close()
    return wall, used, len(urls), urls


def bench_trafilatura(bodies: list[tuple[str, str]]) -> tuple[float, float]:
    wall, started = time.perf_counter(), cpu()
    for url, html in bodies:
        trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, date_extraction_params=_DATE_PARAMS
        )
    return time.perf_counter() - wall, cpu() - started


def report(name: str, pages: int, wall: float, used: float) -> None:
    print(f"{name + ':':13}{pages / wall:7.1f} pages/s  {used / pages * 1000:6.2f} ms CPU/page ({wall:.1f} s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--hosts", type=int, default=20)
    parser.add_argument("--state", choices=["memory", "store"], default="memory", help="where the crawl state lives")
    parser.add_argument("--delay", type=float, default=0.0, help="seconds between two requests to one host")
    options = parser.parse_args()
    addresses = [f"127.0.0.{2 + i}" for i in range(options.hosts)]
    hosts = [f"{address}:{free_port(address)}" for address in addresses]
    site = make_pages(options.pages, hosts)
    ready, stop = multiprocessing.Event(), multiprocessing.Event()
    server = multiprocessing.Process(target=serve, args=(site, ready, stop), daemon=True)
    server.start()
    ready.wait(30)
    try:
        feeds = [f"http://{host}/feed.xml" for host in hosts]
        wall, used, kept, urls = bench_crawl(feeds, options.state, options.delay)
    finally:
        stop.set()
        server.join(5)
    bodies = [(url, site[url.split("/")[2]]["/" + url.split("/", 3)[3]].decode()) for url in urls]
    t_wall, t_cpu = bench_trafilatura(bodies)
    pages = len(bodies)
    print(f"pages: {options.pages} over {options.hosts} hosts, kept {kept}, state: {options.state}", end="")
    print(f", delay {options.delay:g} s")
    report("crawl", options.pages, wall, used)
    report("trafilatura", pages, t_wall, t_cpu)
    print(f"ratio crawl/trafilatura, CPU per page: {(used / options.pages) / (t_cpu / pages):.2f}")


if __name__ == "__main__":
    main()
