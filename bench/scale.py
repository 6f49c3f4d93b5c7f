"""A file store and a DuckLake store side by side, at 1,000,000 and 10,000,000 facts (issue 19).

    python bench/scale.py [--facts 1000000 10000000] [--store file lake] [--repeats 21] [--digests 3]
                          [--writes 200] [--rounds 20] [--no-search | --index-once] [--search-only]
                          [--memory 5GB]
                          [--results FILE] [--out DIR]
    python bench/scale.py --table FILE

For each fact count and each store, the same synthetic store as bench/store.py (its generator), with the articles'
texts of bench/search.py (sentences of the seeds and the timeline dev set), is bulk-loaded with one INSERT ... SELECT
per table (a DuckLake store writes Parquet files at the commit; inserts of ten rows or fewer would be inlined in
its catalog instead), the timeline rebuilt (Store.rebuild_timeline), then timed:

  - Store.timeline(province, metric) and Store.timeline(latest=True, ...) on a read-only Store, --repeats pairs
    after a warm-up: median and p90;
  - the weekly digest of the busiest week (monitor.digest gather + HTML), --digests times: median;
  - a Parquet export of fact_reports on a normal reading connection (COPY ... TO);
  - the search index (SearchIndex on a folder of its own: a DuckLake store has no file to put it beside): the
    first refresh (every article), a refresh with nothing to do; after the writes below, a refresh of what they
    changed; then search(limit=20, facets) over bench/search.py's queries, --rounds rounds: p50 and p95;
  - Store.write of --writes new articles one by one, one settle for them, a quarter rewritten (bench/store.py);
  - sizes: the DuckDB file; the DuckLake data folder and its catalog database (pg_database_size); the export;
    the index.

The DuckLake catalog is a throwaway PostgreSQL (tests/pgserver.py, fsync on) on 127.0.0.1, one database per fact
count. With --index-once, each fact count's first store builds the index and the next ones start from a copy of it
(the articles are the same: their first refresh finds nothing to do); search does not depend on the store, only
refresh reads it. --search-only loads the store and measures the index and the searches alone (at 10M facts the
other figures come from a --no-search run: the index alone takes an hour). Each run's figures are appended to
--results (JSON lines) as soon as it ends; the side-by-side table (with each store's growth from the smallest fact
count to the largest) goes to stdout at the end, or from a results file with --table. Progress goes to stderr. The
machine is shared and noisy: read medians.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]  # bench/ is no package; tests.pgserver starts PostgreSQL

import search as bench_search  # noqa: E402
import store as bench_store  # noqa: E402
from store import log, megabytes, p90, percentile  # noqa: E402

from monitor.store import Store, lake  # noqa: E402
from monitor.store.search import SearchIndex  # noqa: E402
from tests.pgserver import Server, running  # noqa: E402

STORES = ("file", "lake")


@dataclass
class Target:
    """One store under test: a file, or a DuckLake store (its address, data folder and catalog database)."""

    kind: str
    folder: Path  # everything of this run: the file or the data folder, the export, the index
    address: str
    data: Path | None = None
    server: Server | None = None
    database: str = ""

    def size_mb(self) -> tuple[float, float]:
        """(store MB, of which catalog MB): the file; or the data folder plus the catalog database."""
        if self.kind == "file":
            return megabytes(Path(self.address)), 0.0
        assert self.server is not None and self.data is not None
        catalog = self.server.database_size(self.database) / 1e6
        return bench_search.folder_size(self.data) + catalog, catalog

    def export(self, parquet: Path) -> float:
        if self.kind == "file":
            return bench_store.export(Path(self.address), parquet)
        db = lake.connect_lake(self.address, None, read_only=True)  # a normal reading connection: COPY may write
        try:
            return bench_store.copy_reports(db, parquet)
        finally:
            db.close()


@contextlib.contextmanager
def target(kind: str, folder: Path, server: Server | None, n_facts: int) -> Iterator[Target]:
    folder.mkdir(parents=True)
    try:
        if kind == "file":
            yield Target(kind, folder, str(folder / "bench.duckdb"))
        else:
            assert server is not None
            database = f"bench_{n_facts}_{int(time.time())}"
            address = lake.PREFIX + server.create_database(database)
            yield Target(kind, folder, address, folder / "data", server, database)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def build(
    spot: Target, n_facts: int, n_articles: int, pool: list[str], memory: str | None, rebuild_timeline: bool = True
) -> dict[str, float]:
    """Generate, load (one transaction), rebuild the timeline (unless told not to): seconds of the load and of the
    rebuild. The writer spills to the run's folder (an in-memory DuckDB, as a DuckLake client is, would spill to
    ./.tmp)."""
    with Store.open(spot.address, data_path=spot.data) as store:
        store.db.execute(f"SET temp_directory = '{spot.folder / 'tmp'}'")
        if memory:
            store.db.execute(f"SET memory_limit = '{memory}'")
        log(f"[{spot.kind}] generating {n_facts:,} facts and {n_articles:,} articles ...")
        bench_store.generate(store.db, n_facts, n_articles)
        bench_search.texture(store.db, pool)
        load_s = timed(lambda: bench_store.load(store.db, checkpoint=spot.kind == "file"))
        log(f"  load {load_s:.1f} s")

        def rebuild() -> None:
            store.rebuild_timeline()
            if spot.kind == "file":
                store.db.execute("CHECKPOINT")

        figures = {"load_s": load_s}
        if rebuild_timeline:
            figures["rebuild_s"] = timed(rebuild)
            log(f"  rebuild {figures['rebuild_s']:.1f} s")
        for name in ("VIEW gen_articles", "TABLE gen_bare", "TABLE gen_pool", "TABLE gen_facts", "TABLE gen_figures"):
            store.db.execute(f"DROP {name}")
        counts = store.counts()
    return figures | {"facts": counts["facts"], "articles": counts["articles"]}


def reads(spot: Target, repeats: int, digests: int) -> dict[str, float]:
    with Store.open(spot.address, read_only=True) as store:
        log(f"[{spot.kind}] {repeats} timeline and {repeats} latest queries, {digests} digests ...")
        timeline_ms, _ = bench_store.time_queries(store, repeats, latest=False)
        latest_ms, _ = bench_store.time_queries(store, repeats, latest=True)
        _, digest_s, _ = bench_store.time_digest(store, digests)
    log(f"  timeline median {statistics.median(timeline_ms):.0f} ms, digest {statistics.median(digest_s):.1f} s")
    return {
        "timeline_ms": statistics.median(timeline_ms),
        "timeline_p90_ms": p90(timeline_ms),
        "latest_ms": statistics.median(latest_ms),
        "latest_p90_ms": p90(latest_ms),
        "digest_s": statistics.median(digest_s),
    }


def indexing(spot: Target, index_folder: Path, copy_from: Path | None) -> tuple[SearchIndex, dict[str, float]]:
    """The first refresh (or a copy of an index of the same articles), then one with nothing to do."""
    figures: dict[str, float] = {}
    if copy_from is not None:
        shutil.copytree(copy_from, index_folder)
        log(f"[{spot.kind}] index copied from {copy_from}")
    index = SearchIndex(index_folder)
    if copy_from is None:
        log(f"[{spot.kind}] indexing every article ...")
        figures["index_s"] = timed(lambda: index.refresh(spot.address))
        log(f"  {figures['index_s']:.1f} s")
    figures["refresh_idle_ms"] = timed(lambda: index.refresh(spot.address)) * 1000
    figures["index_mb"] = bench_search.folder_size(index_folder)
    return index, figures


def writes(spot: Target, n_facts: int, n_articles: int, n_writes: int) -> dict[str, float]:
    log(f"[{spot.kind}] {n_writes} writes, then {max(1, n_writes // 4)} rewrites ...")
    times = bench_store.time_writes(spot.address, n_facts, n_articles, n_writes)
    log(f"  write median {statistics.median(times['new']):.1f} ms")
    return {
        "write_ms": statistics.median(times["new"]),
        "write_p90_ms": p90(times["new"]),
        "write_settle_ms": (sum(times["new"]) + times["settle"][0]) / len(times["new"]),
        "rewrite_ms": statistics.median(times["rewrite"]),
    }


def searches(index: SearchIndex, rounds: int) -> dict[str, float]:
    every, _, _ = bench_search.time_searches(index, rounds)
    return {"search_ms": statistics.median(every), "search_p95_ms": percentile(every, 0.95)}


def measure(spot: Target, n_facts: int, options: argparse.Namespace, pool: list[str], copy_from: Path | None):
    """Every figure of one store at one fact count; returns them and the index folder (for --index-once)."""
    n_articles = max(12, n_facts // 5)
    figures = build(spot, n_facts, n_articles, pool, options.memory, rebuild_timeline=not options.search_only)
    if not options.search_only:
        figures.update(reads(spot, options.repeats, options.digests))
        log(f"[{spot.kind}] exporting fact_reports ...")
        parquet = spot.folder / "facts.parquet"
        figures["export_s"] = spot.export(parquet)
        figures["export_mb"] = megabytes(parquet)
        parquet.unlink()
    figures["store_mb"], catalog = spot.size_mb()
    if spot.kind == "lake":
        figures["catalog_mb"] = catalog
    index, kept = None, None
    if options.search:
        index_folder = spot.folder / "index"
        index, indexed = indexing(spot, index_folder, copy_from)
        figures.update(indexed)
        if options.index_once and copy_from is None:
            kept = Path(tempfile.mkdtemp(prefix="monitor-bench-index-", dir=options.out)) / "index"
            shutil.copytree(index_folder, kept)
    if options.writes and not options.search_only:
        figures.update(writes(spot, n_facts, n_articles, options.writes))
        if index is not None:
            figures["refresh_writes_ms"] = timed(lambda: index.refresh(spot.address)) * 1000
    if index is not None:
        log(f"[{spot.kind}] {options.rounds} rounds of {len(bench_search.QUERIES)} searches ...")
        figures.update(searches(index, options.rounds))
    return figures, kept


# (figure key, label, format): the table's rows, in this order
ROWS = (
    ("facts", "facts", "{:,.0f}"),
    ("articles", "articles", "{:,.0f}"),
    ("load_s", "load (one INSERT ... SELECT a table), s", "{:.1f}"),
    ("rebuild_s", "timeline rebuild, s", "{:.1f}"),
    ("timeline_ms", "timeline(province, metric) median, ms", "{:.0f}"),
    ("timeline_p90_ms", "  p90, ms", "{:.0f}"),
    ("latest_ms", "timeline(latest, ...) median, ms", "{:.0f}"),
    ("latest_p90_ms", "  p90, ms", "{:.0f}"),
    ("digest_s", "digest of the busiest week (gather + HTML), s", "{:.1f}"),
    ("export_s", "Parquet export of fact_reports, s", "{:.1f}"),
    ("index_s", "search index, first refresh, s", "{:.0f}"),
    ("refresh_idle_ms", "refresh, nothing changed, ms", "{:.0f}"),
    ("refresh_writes_ms", "refresh after the writes, ms", "{:.0f}"),
    ("search_ms", "search p50, ms", "{:.1f}"),
    ("search_p95_ms", "search p95, ms", "{:.1f}"),
    ("write_ms", "Store.write of a new article median, ms", "{:.1f}"),
    ("write_p90_ms", "  p90, ms", "{:.1f}"),
    ("write_settle_ms", "write + settle per article, ms", "{:.1f}"),
    ("rewrite_ms", "rewrite an article + settle median, ms", "{:.0f}"),
    ("store_mb", "store on disk, MB", "{:,.0f}"),
    ("catalog_mb", "  of which the PostgreSQL catalog, MB", "{:,.1f}"),
    ("export_mb", "Parquet export, MB", "{:,.0f}"),
    ("index_mb", "search index, MB", "{:,.0f}"),
)


def table(results: list[dict]) -> str:
    """Markdown: a row a figure, a column a (store, fact count), then each store's growth (largest / smallest)."""
    runs = sorted(results, key=lambda r: (r["facts_asked"], STORES.index(r["store"])))
    columns = [f"{r['store']} {r['facts_asked'] / 1e6:g}M" for r in runs]
    growth = []
    for kind in STORES:
        mine = [r for r in runs if r["store"] == kind]
        if len(mine) > 1 and mine[0]["facts_asked"] != mine[-1]["facts_asked"]:
            growth.append((kind, mine[0]["figures"], mine[-1]["figures"]))
    head = ["measure", *columns, *(f"{kind} ×" for kind, _, _ in growth)]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for key, label, form in ROWS:
        cells = [form.format(r["figures"][key]) if key in r["figures"] else "—" for r in runs]
        for _, small, large in growth:
            ratio = large[key] / small[key] if small.get(key) and key in large else None
            cells.append(f"{ratio:.1f}" if ratio is not None else "—")
        if any(cell != "—" for cell in cells):
            lines.append("| " + " | ".join([label, *cells]) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--facts", type=int, nargs="+", default=[1_000_000, 10_000_000], help="fact counts")
    parser.add_argument("--store", nargs="+", choices=STORES, default=list(STORES), help="stores, in this order")
    parser.add_argument("--repeats", type=int, default=21, help="timeline and latest queries of each (default 21)")
    parser.add_argument("--digests", type=int, default=3, help="digests of the busiest week (default 3)")
    parser.add_argument("--writes", type=int, default=200, help="new articles written one by one (default 200)")
    parser.add_argument("--rounds", type=int, default=20, help="rounds over the search queries (default 20)")
    parser.add_argument(
        "--no-search", dest="search", action="store_false", help="no search index (it takes hours at 10M facts)"
    )
    parser.add_argument("--index-once", action="store_true", help="index once per fact count, copy for the rest")
    parser.add_argument(
        "--search-only",
        action="store_true",
        help="load, index and search only: no timeline rebuild, reads, export or writes (the 10M search run)",
    )
    parser.add_argument("--memory", help="the loading connection's memory limit, e.g. 5GB (default DuckDB's)")
    parser.add_argument("--results", type=Path, help="append each run's figures here (JSON lines)")
    parser.add_argument("--table", type=Path, help="only print the table of a results file")
    parser.add_argument("--out", type=Path, help="work folder (default: a temp folder; removed at the end)")
    options = parser.parse_args()
    if options.table:
        print(table([json.loads(line) for line in options.table.read_text().splitlines() if line.strip()]))
        return
    if min(options.facts) < 1 or options.repeats < 1 or options.digests < 1 or options.rounds < 1:
        parser.error("--facts, --repeats, --digests and --rounds must be positive")
    if options.search_only and not options.search:
        parser.error("--search-only and --no-search exclude each other")
    pool = bench_search.sentences()
    work = Path(tempfile.mkdtemp(prefix="monitor-bench-scale-", dir=options.out))
    options.out = work
    results = []
    try:
        with running(durable=True) if "lake" in options.store else contextlib.nullcontext() as server:
            for n_facts in options.facts:
                copy_from = None
                for kind in options.store:
                    with target(kind, work / f"{kind}-{n_facts}", server, n_facts) as spot:
                        figures, kept = measure(spot, n_facts, options, pool, copy_from)
                    copy_from = copy_from or kept
                    run = {
                        "store": kind,
                        "facts_asked": n_facts,
                        "when": time.strftime("%Y-%m-%d %H:%M"),
                        "figures": figures,
                    }
                    results.append(run)
                    if options.results:
                        with options.results.open("a") as handle:
                            handle.write(json.dumps(run) + "\n")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(table(results))


if __name__ == "__main__":
    main()
