"""Crawler speed against trafilatura alone, on the same pages: 2,000 pages over 20 loopback hosts;
freshness with politeness on; a pass over hundreds of feeds and thousands of hosts.

    python bench/crawl.py [--pages 2000] [--hosts 20] [--state memory|store] [--delay 0]
    python bench/crawl.py --case freshness [--hosts 20] [--delay 1] [--runs 3] [--load 0]
    python bench/crawl.py --case scale [--feeds 300] [--hosts 3000] [--delay 1]

freshness: N hosts × (robots.txt, a feed, 3 pages) crawled as `monitor crawl` does (facts extracted, a
DuckDB store): the time to the first stored article and the pass time, against the per-host ideal (the
requests one host gets, spaced by the delay); medians of --runs, quiet or with --load busy processes.
scale: --feeds feeds, each listing pages on --hosts/--feeds other hosts (one page per host), served by
one child process on 127.0.x.y addresses: the pass's time, peak memory and peak open connections.

A child process serves the pages on 127.0.0.2 … 127.0.0.21 (one host each, so per-host politeness
applies as on the web; --delay 0). Each host has a feed listing its pages. Each page is a Vietnamese
reform article put together from paragraphs of tests/extract/devset (so no two are copies).
Reports, for one crawl (fetch, decode, trafilatura, relevance, copies; no fact extraction): pages/s
and CPU s/page of this process; then trafilatura alone (`bare_extraction`, same options) on the same
HTML; and the ratio of CPU per page. Run by hand; figures go to README.md.
"""

from __future__ import annotations

import argparse
import contextlib
import multiprocessing
import random
import resource
import statistics
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


def handler(files_of) -> type[BaseHTTPRequestHandler]:
    """A request handler answering GET from files_of(request): path → body (feeds as RSS, the rest as HTML)."""

    class Handler(BaseHTTPRequestHandler):
        def local_address(self) -> str:
            return self.connection.getsockname()[0]

        def do_GET(self) -> None:
            body = files_of(self).get(self.path)
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

    return Handler


def serve(site: dict[str, dict[str, bytes]], ready: multiprocessing.Event, stop: multiprocessing.Event) -> None:
    """In a child process: one HTTP server per host (host:port keys), until stop is set."""
    servers = []
    for host, pages in site.items():
        name, port = host.split(":")

        server = ThreadingHTTPServer((name, int(port)), handler(lambda request, pages=pages: pages))
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


PAGES_PER_HOST = 3


def freshness_site(hosts: list[str]) -> dict[str, dict[str, bytes]]:
    """Each host: robots.txt, a feed and PAGES_PER_HOST pages."""
    site = make_pages(len(hosts) * PAGES_PER_HOST, hosts)
    for pages in site.values():
        pages["/robots.txt"] = b"User-agent: *\nDisallow: /private/\n"
    return site


class FirstStored:
    """A pass observer that notes when the first article is stored; says nothing."""

    def __init__(self) -> None:
        self.first: float | None = None

    def page(self, event, outcome, facts, tally) -> None:
        if outcome == "stored" and self.first is None:
            self.first = time.perf_counter()

    def __getattr__(self, name: str):
        return lambda *args, **kwargs: None


def bench_freshness(options: argparse.Namespace) -> None:
    from monitor.crawl import CrawlSettings
    from monitor.pipeline import crawl_pass
    from monitor.pipeline.article import warm_up

    warm_up()
    hogs = [multiprocessing.Process(target=busy, daemon=True) for _ in range(options.load)]
    for hog in hogs:
        hog.start()
    firsts, passes = [], []
    settings = CrawlSettings(delay=options.delay)
    try:
        for _ in range(options.runs):
            addresses = [f"127.0.0.{2 + i}" for i in range(options.hosts)]
            hosts = [f"{address}:{free_port(address)}" for address in addresses]
            with served(freshness_site(hosts)), tempfile.TemporaryDirectory() as folder:
                observer = FirstStored()
                started = time.perf_counter()
                crawl_pass(str(Path(folder) / "fresh.duckdb"), listings(hosts), settings, observer)
                passes.append(time.perf_counter() - started)
                firsts.append((observer.first or float("nan")) - started)
    finally:
        for hog in hogs:
            hog.kill()
    ideal = (1 + PAGES_PER_HOST) * options.delay  # robots, feed, pages: one host's requests, a delay apart
    load = f", under load ({options.load} busy processes)" if options.load else ", quiet"
    print(f"freshness: {options.hosts} hosts × (robots, feed, {PAGES_PER_HOST} pages), delay {options.delay:g} s{load}")
    print(
        f"first article stored: median {statistics.median(firsts):.2f} s (runs {', '.join(f'{f:.2f}' for f in firsts)})"
    )
    print(f"pass: median {statistics.median(passes):.2f} s (runs {', '.join(f'{p:.2f}' for p in passes)}); "
          f"per-host ideal {ideal:g} s, ratio {statistics.median(passes) / ideal:.2f}")  # fmt: skip


def listings(hosts: list[str]) -> list:
    from monitor.crawl import Listing

    return [Listing(f"http://{host}/feed.xml") for host in hosts]


def busy() -> None:
    while True:
        pass


class served:
    """A child process serving site (host:port → path → body) for the block."""

    def __init__(self, site: dict[str, dict[str, bytes]]) -> None:
        self.ready, self.stop = multiprocessing.Event(), multiprocessing.Event()
        self.process = multiprocessing.Process(target=serve, args=(site, self.ready, self.stop), daemon=True)

    def __enter__(self) -> None:
        self.process.start()
        self.ready.wait(60)

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.process.join(5)


def scale_site(feeds: int, hosts: int, port: int) -> tuple[dict[str, dict[str, bytes]], list[str]]:
    """(address → path → body, feed URLs): feeds on the first addresses, each listing hosts/feeds pages, one per
    host; every address answers on one port (the child binds 0.0.0.0 there and tells hosts apart by address)."""
    addresses = [f"127.0.{1 + i // 250}.{2 + i % 250}" for i in range(hosts)]
    site = make_pages(hosts, [f"{address}:{port}" for address in addresses])
    per_feed = hosts // feeds
    feed_urls = []
    for number in range(feeds):
        links = [
            f"http://{address}:{port}/bai-{i}.html" for i, address in enumerate(addresses) if i // per_feed == number
        ]
        items = "".join(f"<item><title>t</title><link>{link}</link></item>" for link in links)
        site[f"{addresses[number]}:{port}"]["/news.xml"] = RSS.format(host=number, items=items).encode()
        feed_urls.append(f"http://{addresses[number]}:{port}/news.xml")
    return {key.split(":")[0]: pages for key, pages in site.items()}, feed_urls


def serve_any(site: dict[str, dict[str, bytes]], port: int, ready, stop) -> None:
    """In a child process: one server on 0.0.0.0:port answering for every loopback address of site."""

    ThreadingHTTPServer.request_queue_size = 1024
    server = ThreadingHTTPServer(("0.0.0.0", port), handler(lambda request: site.get(request.local_address(), {})))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    ready.set()
    stop.wait()


def open_sockets() -> int:
    """Sockets this process holds open now (its connections)."""
    folder = Path("/proc/self/fd")
    count = 0
    for fd in folder.iterdir():
        with contextlib.suppress(OSError):  # closed meanwhile
            count += fd.readlink().name.startswith("socket:")
    return count


def bench_scale(options: argparse.Namespace) -> None:
    from monitor.crawl import CrawlSettings, MemoryState, crawl

    port = free_port("127.0.0.1")
    site, feeds = scale_site(options.feeds, options.hosts, port)
    ready, stop = multiprocessing.Event(), multiprocessing.Event()
    child = multiprocessing.Process(target=serve_any, args=(site, port, ready, stop), daemon=True)
    child.start()
    ready.wait(60)
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.1):
            peak[0] = max(peak[0], open_sockets())

    threading.Thread(target=sample, daemon=True).start()
    settings = CrawlSettings(delay=options.delay, allow_private=True)
    counts: dict[str, int] = {}
    try:
        started = time.perf_counter()
        for event in crawl(feeds, settings, state=MemoryState()):
            counts[event.kind] = counts.get(event.kind, 0) + 1
        wall = time.perf_counter() - started
    finally:
        done.set()
        stop.set()
        child.join(5)
    memory = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"scale: {options.feeds} feeds listing {options.hosts} pages on {options.hosts} hosts, "
          f"delay {options.delay:g} s, {settings.hosts} hosts in flight")  # fmt: skip
    shown = ", ".join(f"{kind} {count}" for kind, count in sorted(counts.items()))
    print(f"pass {wall:.1f} s; peak memory {memory:.0f} MB; peak open sockets {peak[0]}; events: {shown}")


def report(name: str, pages: int, wall: float, used: float) -> None:
    print(f"{name + ':':13}{pages / wall:7.1f} pages/s  {used / pages * 1000:6.2f} ms CPU/page ({wall:.1f} s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--hosts", type=int, default=20)
    parser.add_argument("--state", choices=["memory", "store"], default="memory", help="where the crawl state lives")
    parser.add_argument("--delay", type=float, default=None, help="seconds between two requests to one host")
    parser.add_argument("--case", choices=["speed", "freshness", "scale"], default="speed")
    parser.add_argument("--runs", type=int, default=3, help="freshness: passes measured (the median is shown)")
    parser.add_argument("--load", type=int, default=0, help="freshness: busy processes running meanwhile")
    parser.add_argument("--feeds", type=int, default=300, help="scale: feeds")
    options = parser.parse_args()
    if options.case == "freshness":
        options.delay = 1.0 if options.delay is None else options.delay
        bench_freshness(options)
        return
    if options.case == "scale":
        options.delay = 1.0 if options.delay is None else options.delay
        options.hosts = 3000 if options.hosts == 20 else options.hosts
        bench_scale(options)
        return
    options.delay = options.delay or 0.0
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
