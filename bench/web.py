"""Web app speed on the 1,000,000-fact store: /api/timeline for one province and metric, /api/search, over real HTTP.

    python bench/web.py [--facts 1000000] [--requests 200] [--db STORE] [--out DIR] [--keep] [--no-load]

Builds the synthetic store of bench/store.py with its own functions (generate, load, then Store.rebuild_timeline), or
reads --db, an existing store (bench/store.py --out DIR --keep leaves one as DIR/bench.duckdb). Indexes its articles
for full-text search (SearchIndex.refresh, timed), then starts the app as `monitor serve` does, uvicorn in a process of
its own on 127.0.0.1, and times from here, one request after the other on one kept-alive connection:

  - GET /api/timeline?province=P&metric=M, --requests times, cycling over 20 (province, metric) pairs;
  - GET /api/search?q=Q, --requests times, cycling over common queries (accented, folded, a phrase);
  - GET /province/{slug}, the HTML page with its charts' data, --requests / 4 times;

each after one warm-up round: p50, p95 and max in ms (targets: p95 < 100 ms for the two API calls). Then the same
again while another process keeps one CPU busy (unless --no-load). Results go to stdout as a table, progress to stderr.
The machine is shared and noisy: read p50 and p95, not single runs.
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

from monitor.extract.normalize import slug
from monitor.store import Store
from monitor.store.search import SearchIndex

sys.path.insert(0, str(Path(__file__).resolve().parent))  # bench/ is no package: its store.py builds the store here too
import store as bench_store
from store import log

TARGET_MS = 100.0
PAIRS = 20  # (province, metric) pairs the timeline requests cycle over
QUERIES = (
    "hồ sơ",
    "ho so",
    "cán bộ",
    "can bo cong chuc",
    '"thủ tục hành chính"',
    "chuyển đổi số",
    "điều động",
    "kinh phi",
)
START_TIMEOUT = 120.0  # seconds for the server to answer its first request
SLOWEST = 600.0  # seconds one answer may take: the first search refreshes the index if the store changed since
BUSY_LOOP = "while True: pass"


def build(db_path: Path, n_facts: int) -> None:
    """The 1,000,000-fact store of bench/store.py: generated, bulk-loaded, its timeline rebuilt."""
    n_articles = max(len(bench_store.OUTLETS), n_facts // 5)
    log(f"building {db_path}: {n_facts:,} facts, {n_articles:,} articles ...")
    start = time.perf_counter()
    with Store.open(db_path) as store:
        bench_store.generate(store.db, n_facts, n_articles)
        bench_store.load(store.db)
        store.rebuild_timeline()
        store.db.execute("CHECKPOINT")
    log(f"  {time.perf_counter() - start:.1f} s")


def index(db_path: Path) -> tuple[int, float]:
    """Bring the search index beside the store up to date; returns articles indexed and seconds taken."""
    log("indexing the articles for search ...")
    start = time.perf_counter()
    count = SearchIndex.for_store(db_path).refresh(db_path)
    seconds = time.perf_counter() - start
    log(f"  {count:,} articles in {seconds:.1f} s")
    return count, seconds


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def server(db_path: Path, log_path: Path) -> Iterator[http.client.HTTPConnection]:
    """The app in a uvicorn process of its own on 127.0.0.1; yields a kept-alive connection to it once it answers.

    Its messages go to log_path (DuckDB's progress bars among them would garble the table); when it fails or dies,
    their last lines and its exit status are in the error."""
    port = free_port()
    code = (
        "import sys, uvicorn; from monitor.web.app import create_app; "
        "uvicorn.run(create_app(sys.argv[1]), host='127.0.0.1', port=int(sys.argv[2]), log_level='warning')"
    )
    with log_path.open("wb") as server_log:
        process = subprocess.Popen([sys.executable, "-c", code, str(db_path), str(port)], stderr=server_log)
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            try:
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=SLOWEST)
                get(connection, "/api/provinces")
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"the web app did not start{died(process, log_path)}") from None
                time.sleep(0.2)
        try:
            yield connection
        except (OSError, http.client.HTTPException) as error:
            raise RuntimeError(f"{type(error).__name__}: {error}{died(process, log_path)}") from None
        connection.close()
    finally:
        process.terminate()
        process.wait(timeout=10)


def died(process: subprocess.Popen, log_path: Path) -> str:
    """What the server said last, and its exit status if it ended: for an error message."""
    time.sleep(0.5)  # a dying process's last words
    status = "" if process.poll() is None else f" (it exited with status {process.returncode})"
    tail = log_path.read_text(errors="replace").splitlines()[-5:]
    return status + "".join(f"\n  {line}" for line in tail)


def get(connection: http.client.HTTPConnection, path: str) -> bytes:
    """One GET on the kept-alive connection; anything but 200 stops the bench with the app's answer.

    A connection the server closed while it sat idle (uvicorn after 5 s) is opened again once, as browsers do."""
    start = time.perf_counter()
    for attempt in (1, 2):
        try:
            connection.request("GET", path)
            response = connection.getresponse()
            body = response.read()
            break
        except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError) as error:
            connection.close()
            if attempt == 2:
                raise type(error)(f"GET {path}: {error}") from None
        except (OSError, http.client.HTTPException) as error:
            seconds = time.perf_counter() - start
            raise type(error)(f"GET {path} after {seconds:.1f} s: {error}") from None
    if response.status != 200:
        raise RuntimeError(f"GET {path}: HTTP {response.status}: {body[:200].decode(errors='replace')}")
    return body


def timed(connection: http.client.HTTPConnection, paths: list[str], count: int) -> tuple[list[float], list[bytes]]:
    """Milliseconds of `count` requests cycling over paths, after one warm-up request of each; and the warm-up
    answers, one a path (the timed ones are dropped: a few MB each)."""
    answers = [get(connection, path) for path in paths]
    times = []
    for k in range(count):
        start = time.perf_counter()
        get(connection, paths[k % len(paths)])
        times.append((time.perf_counter() - start) * 1000)
    return times, answers


def timeline_paths(db_path: Path) -> list[str]:
    """PAIRS (province, metric) pairs that have points, drawn evenly (by hash) from all such pairs of the store."""
    with Store.open(db_path, read_only=True) as store:
        pairs = store.query(
            "SELECT province, metric FROM timeline WHERE province IS NOT NULL GROUP BY province, metric "
            "ORDER BY hash(province || metric) LIMIT ?",
            [PAIRS],
        ).rows
    return ["/api/timeline?" + urllib.parse.urlencode({"province": p, "metric": m}) for p, m in pairs]


def search_paths() -> list[str]:
    return ["/api/search?" + urllib.parse.urlencode({"q": query}) for query in QUERIES]


def page_paths() -> list[str]:
    return [f"/province/{slug(province)}" for province in bench_store.provinces()[:PAIRS]]


def measure(
    connection: http.client.HTTPConnection, paths: dict[str, list[str]], requests: int, condition: str
) -> list[tuple[str, ...]]:
    """One table row per kind of request: name, condition, count, p50, p95, max, what the answers held."""
    rows = []
    kinds = [
        ("/api/timeline (province, metric)", paths["timeline"], requests, "rows"),
        ("/api/search (common queries)", paths["search"], requests, "total"),
        ("/province/{slug} (HTML)", paths["page"], max(1, requests // 4), None),
    ]
    for name, paths, count, field in kinds:
        log(f"  {name} x{count} ({condition}) ...")
        times, bodies = timed(connection, paths, count)  # bodies: one a path
        if field == "rows":
            held = f"median {statistics.median(len(json.loads(b)['rows']) for b in bodies):.0f} rows"
        elif field == "total":
            held = f"median {statistics.median(json.loads(b)['total'] for b in bodies):,.0f} hits"
        else:
            held = f"median {statistics.median(len(b) for b in bodies) / 1000:.0f} kB"
        p95 = bench_store.percentile(times, 0.95)
        verdict = "" if field is None else ("ok" if p95 < TARGET_MS else "OVER")
        rows.append(
            (
                name,
                condition,
                str(count),
                f"{statistics.median(times):.1f}",
                f"{p95:.1f}",
                f"{max(times):.1f}",
                held,
                verdict,
            )
        )
    return rows


@contextlib.contextmanager
def busy_cpu() -> Iterator[None]:
    """Another process keeping one CPU busy for as long as the block runs."""
    process = subprocess.Popen([sys.executable, "-c", BUSY_LOOP])
    try:
        time.sleep(0.5)  # let it spin up
        yield
    finally:
        process.kill()
        process.wait()


def print_table(rows: list[tuple[str, ...]]) -> None:
    header = ("request", "condition", "n", "p50 ms", "p95 ms", "max ms", "answers", f"p95 < {TARGET_MS:.0f}")
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog="Progress goes to stderr, the results table to stdout. Times are wall-clock on this machine.",
    )
    parser.add_argument("--facts", type=int, default=1_000_000, help="facts to generate (default 1,000,000)")
    parser.add_argument("--requests", type=int, default=200, help="timed requests of each API call (default 200)")
    parser.add_argument("--db", type=Path, help="an existing store to read instead of building one")
    parser.add_argument("--out", type=Path, help="directory for bench.duckdb (default: a temp dir)")
    parser.add_argument("--keep", action="store_true", help="keep the temp dir (--out is always kept)")
    parser.add_argument("--no-load", action="store_true", help="skip the second round beside a busy process")
    options = parser.parse_args()
    if options.facts < 1 or options.requests < 1:
        parser.error("--facts and --requests must be positive")
    if options.db and not options.db.is_file():
        parser.error(f"--db {options.db}: no such file")

    out = options.out or Path(tempfile.mkdtemp(prefix="monitor-bench-web-"))
    out.mkdir(parents=True, exist_ok=True)
    try:
        if options.db:
            db_path = options.db
        else:
            db_path = out / "bench.duckdb"
            for stale in (db_path, db_path.with_name(db_path.name + ".wal")):
                stale.unlink(missing_ok=True)
            shutil.rmtree(db_path.with_name(db_path.name + ".search"), ignore_errors=True)
            build(db_path, options.facts)
        with Store.open(db_path, read_only=True) as store:
            counts = store.counts()
        indexed, index_seconds = index(db_path)
        paths = {"timeline": timeline_paths(db_path), "search": search_paths(), "page": page_paths()}
        loads = os.getloadavg()  # the machine is shared: say how busy it was
        log("starting the app ...")
        with server(db_path, out / "server.log") as connection:
            log("timing, quiet ...")
            rows = measure(connection, paths, options.requests, "quiet")
            if not options.no_load:
                log("timing beside a process keeping one CPU busy ...")
                with busy_cpu():
                    rows += measure(connection, paths, options.requests, "1 CPU busy")
    finally:
        if options.out is None and not options.keep:
            shutil.rmtree(out, ignore_errors=True)
        else:
            log(f"kept {out}")
    print(f"store: {counts['facts']:,} facts, {counts['articles']:,} articles")
    print(f"search index refresh before serving: {indexed:,} articles indexed in {index_seconds:.1f} s")
    print(f"machine: {os.cpu_count()} CPUs, load average {loads[0]:.1f} before the quiet round\n")
    print_table(rows)


if __name__ == "__main__":
    main()
