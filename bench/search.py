"""Full-text search speed on the 1,000,000-fact store: building the index, refreshing it, and searching.

    python bench/search.py [--facts 1000000] [--articles N] [--rounds 20] [--writes 200] [--out DIR] [--keep]

Builds the synthetic store of bench/store.py with its own functions (generate, load; facts' provinces and metrics
as there), then gives each article a text of its own: 8 to 25 sentences drawn from the seeds and the timeline dev
set (../shared/seeds, tests/timeline/devset), so words are as common as in real articles instead of one template
repeated. Then, with monitor.store.search.SearchIndex:

  - the first refresh (every article indexed), timed; the index's size on disk;
  - a refresh with nothing to do, and one after --writes new articles were written with Store.write;
  - search(q, limit=20) with facets, --rounds times over common queries (accented, folded, a phrase, with a
    province or month filter), after one warm-up round: p50, p95 and max in ms (target: p95 < 100 ms).

Nothing else runs meanwhile (quiet). Results go to stdout as a plain-text table, progress to stderr. The machine
is shared and noisy: read p50 and p95, not single runs.
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from monitor.facts import Article
from monitor.inputs import read_text_article
from monitor.store import Store
from monitor.store.search import SearchIndex

sys.path.insert(0, str(Path(__file__).resolve().parent))  # bench/ is no package: its store.py builds the store here too
import store as bench_store
from store import log

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SOURCES = [
    *sorted((ROOT.parent / "shared" / "seeds").glob("*.txt")),
    *sorted((ROOT / "tests" / "timeline" / "devset" / "articles").glob("*.txt")),
]
TARGET_MS = 100.0
SENTENCES = (8, 25)  # sentences per synthetic article, at least and at most
QUERIES: tuple[tuple[str, dict[str, str]], ...] = (
    ("hồ sơ", {}),
    ("ho so", {}),
    ("biet phai", {}),
    ("điều động cán bộ", {}),
    ('"hồ sơ trực tuyến"', {}),
    ("chuyen doi so", {}),
    ("thủ tục hành chính", {}),
    ("dich vu cong truc tuyen", {}),
    ("kinh phí hỗ trợ", {}),
    ("Hải Phòng", {}),
    ("can bo cong chuc", {"province": "Hà Nội"}),
    ("hồ sơ", {"month": "2025-09"}),
)


def sentences() -> list[str]:
    """The sentences of the seeds and the dev set's articles, each once."""
    found: dict[str, None] = {}
    for path in SOURCES:
        text = read_text_article(path).article.text
        for sentence in re.split(r"(?<=[.!?…])\s+|\n+", text):
            sentence = sentence.strip()
            if len(sentence) >= 20:
                found[sentence] = None
    return list(found)


def build(db_path: Path, n_facts: int, n_articles: int, pool: list[str]) -> None:
    """The bench store's articles and facts, every article's title and text drawn from the pool."""
    with Store.open(db_path) as store:
        bench_store.generate(store.db, n_facts, n_articles)
        texture(store.db, pool)
        bench_store.load(store.db)


def texture(db, pool: list[str]) -> None:
    """Give every generated article a title and a text drawn from the pool: gen_articles becomes a view over the
    bare rows (gen_bare), so the texts are drawn as the load reads them, never held in memory all at once."""
    low, high = SENTENCES
    db.execute("CREATE OR REPLACE TEMP TABLE gen_pool AS SELECT $pool AS pool, len($pool) AS n", {"pool": pool})
    db.execute("ALTER TABLE gen_articles RENAME TO gen_bare")
    db.execute(
        f"""CREATE TEMP VIEW gen_articles AS
            SELECT a.* REPLACE (
                       array_to_string(list_slice(string_split(p.pool[1 + (hash(a.id, 'title') % p.n)::INTEGER], ' '),
                                                  1, 14), ' ') AS title,
                       array_to_string(
                           list_transform(range({low} + (hash(a.id, 'size') % {high - low + 1})::INTEGER),
                                          lambda j: p.pool[1 + (hash(a.id, j) % p.n)::INTEGER]), ' ') AS text)
            FROM gen_bare a, gen_pool p"""
    )


def new_articles(count: int, pool: list[str]) -> list[Article]:
    return [
        Article(
            id=f"new{k:05d}",
            title=pool[k * 7 % len(pool)][:80],
            text=" ".join(pool[(k * 13 + j) % len(pool)] for j in range(12)),
        )
        for k in range(count)
    ]


def time_searches(index: SearchIndex, rounds: int) -> tuple[list[float], dict[str, list[float]], dict[str, int]]:
    """Milliseconds of every search (and per query), after one warm-up round; each query's total."""
    for query, filters in QUERIES:
        index.search(query, **filters)
    every: list[float] = []
    per_query: dict[str, list[float]] = {}
    totals: dict[str, int] = {}
    for _ in range(rounds):
        for query, filters in QUERIES:
            name = query + "".join(f" [{key}={value}]" for key, value in filters.items())
            start = time.perf_counter()
            result = index.search(query, limit=20, **filters)
            elapsed = (time.perf_counter() - start) * 1000
            every.append(elapsed)
            per_query.setdefault(name, []).append(elapsed)
            totals[name] = result.total
    return every, per_query, totals


def folder_size(folder: Path) -> float:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file()) / 1e6


def run(db_path: Path, n_facts: int, n_articles: int, rounds: int, n_writes: int) -> list[tuple[str, str]]:
    pool = sentences()
    log(f"store: {db_path}; {n_facts:,} facts, {n_articles:,} articles of {len(pool):,} pooled sentences ...")
    start = time.perf_counter()
    build(db_path, n_facts, n_articles, pool)
    log(f"  {time.perf_counter() - start:.1f} s; indexing every article ...")
    index = SearchIndex.for_store(db_path)
    start = time.perf_counter()
    indexed = index.refresh(db_path)
    t_build = time.perf_counter() - start
    log(f"  {indexed:,} in {t_build:.1f} s; refreshing with nothing to do ...")
    start = time.perf_counter()
    index.refresh(db_path)
    t_idle = time.perf_counter() - start
    t_new = None
    if n_writes:
        with Store.open(db_path) as store:
            for article in new_articles(n_writes, pool):
                store.write(article, [])
        start = time.perf_counter()
        added = index.refresh(db_path)
        t_new = time.perf_counter() - start
        log(f"  {added} new articles indexed in {t_new:.2f} s")
    log(f"timing {rounds} rounds of {len(QUERIES)} searches (+1 warm-up round) ...")
    every, per_query, totals = time_searches(index, rounds)
    p95 = bench_store.percentile(every, 0.95)
    rows = [
        ("articles indexed (first refresh)", f"{indexed:,} in {t_build:.1f} s  ({indexed / t_build:,.0f} articles/s)"),
        ("index on disk", f"{folder_size(Path(f'{db_path}.search')):.0f} MB"),
        ("refresh, nothing changed", f"{t_idle * 1000:.0f} ms"),
    ]
    if t_new is not None:
        rows.append((f"refresh after {n_writes} new articles", f"{t_new * 1000:.0f} ms"))
    rows += [
        (
            f"search(limit=20, facets) x{len(every)}",
            f"p50 {statistics.median(every):.1f} ms, p95 {p95:.1f} ms, max {max(every):.1f} ms",
        ),
        ("  p95 / target 100 ms", f"{p95 / TARGET_MS:.2f}  ({'ok' if p95 < TARGET_MS else 'OVER'})"),
    ]
    for name, times in per_query.items():
        rows.append(
            (
                f"  {name}",
                f"p50 {statistics.median(times):.1f} ms, p95 {bench_store.percentile(times, 0.95):.1f} ms"
                f"  ({totals[name]:,} articles)",
            )
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog="Progress goes to stderr, the results table to stdout. Times are wall-clock on this machine.",
    )
    parser.add_argument("--facts", type=int, default=1_000_000, help="facts to generate (default 1,000,000)")
    parser.add_argument("--articles", type=int, help="articles to generate (default facts / 5)")
    parser.add_argument("--rounds", type=int, default=20, help="timed rounds over the queries (default 20)")
    parser.add_argument("--writes", type=int, default=200, help="new articles written before a refresh (default 200)")
    parser.add_argument("--out", type=Path, help="directory for bench.duckdb and its index (default: a temp dir)")
    parser.add_argument("--keep", action="store_true", help="keep the temp dir (--out is always kept)")
    options = parser.parse_args()
    if options.facts < 1 or options.rounds < 1 or options.writes < 0:
        parser.error("--facts and --rounds must be positive, --writes not negative")
    if not SOURCES:
        parser.error("no sentences to draw from: ../shared/seeds and tests/timeline/devset are missing")
    n_articles = options.articles or max(12, options.facts // 5)
    out = options.out or Path(tempfile.mkdtemp(prefix="monitor-bench-search-"))
    out.mkdir(parents=True, exist_ok=True)
    db_path = out / "bench.duckdb"
    for stale in (db_path, db_path.with_name(db_path.name + ".wal")):
        stale.unlink(missing_ok=True)
    shutil.rmtree(f"{db_path}.search", ignore_errors=True)
    try:
        rows = run(db_path, options.facts, n_articles, options.rounds, options.writes)
    finally:
        if options.out is None and not options.keep:
            shutil.rmtree(out, ignore_errors=True)
        else:
            log(f"kept {out}")
    bench_store.print_measures(rows)


if __name__ == "__main__":
    main()
