"""Fact-store speed on a large synthetic store: bulk load, timeline queries and Parquet export.

    python bench/store.py [--facts 1000000] [--articles N] [--repeats 21] [--writes 200] [--out DIR] [--keep]

Builds --facts synthetic facts (34 provinces, 14 metrics, as_of 2025-07-01..2026-06-30; about half
the figures reported by 2-3 outlets, some of them disagreeing) and their articles (published in number
order over the year, as a store grows; a figure is of a day up to a week before its first report, one in
ten up to two months), generated with
DuckDB SQL. It creates a fresh store with Store.open (the real schema and views), bulk-loads articles
and facts with INSERT ... SELECT (no executemany), rebuilds the timeline if the store keeps it as data
(Store.rebuild_timeline, timed apart), then times, on a read-only Store:

  - Store.timeline(province=P, metric=M), --repeats times over different (province, metric) pairs
    after one warm-up: median and p90 in ms (target: median < 200 ms);
  - Store.timeline(latest=True, province=P, metric=M), likewise;
  - the weekly digest (monitor.digest: gather + HTML with charts) of the week with most articles, 3 times;

and, with a separate normal connection, a full Parquet export of fact_reports, with the sizes of the
DuckDB and Parquet files. Last, on a normal (writable) Store, the write cost per article: Store.write
of --writes new articles (after one first write, reported apart), each with 5-8 facts of new figures
drawn by the same generator (so they land in existing series, some reported by 2-3 of them, some
disagreeing), each write timed alone: median and p90 in ms; then a quarter of them (50 of 200) written
again with other values and a newer extractor version, as a re-extraction does. The bench only calls
Store.write, whatever it maintains. Results go to stdout as a plain-text table, progress to stderr. The
machine is shared and noisy: read medians and ratios, not single runs.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import duckdb

from monitor.digest import Week, gather, html_file
from monitor.facts import FACT_FIELDS, METRICS, Article, Fact
from monitor.store import Store

ROOT = Path(__file__).resolve().parents[1]
PROVINCES_CSV = ROOT / "monitor" / "extract" / "lang" / "vi" / "provinces_2025.csv"
TARGET_MS = 200.0
WRITES = 200  # new articles written one by one (--writes); a quarter of them are then written again
FACTS_PER_WRITE = (5, 8, 6, 7, 5, 6, 8, 7)  # facts per written article, cycled
REWRITE_VERSION = "bench-2"  # a newer extractor than the generator's bench-1
DIGEST_REPEATS = 3
ARTICLE_FIELDS = tuple(f.name for f in dataclasses.fields(Article))
EXPORT_ORDER = "province NULLS LAST, metric, as_of NULLS LAST, article_id, start"  # a stable order
FIRST_DAY, DAYS = "2025-07-01", 365  # as_of and published_at fall in 2025-07-01 .. 2026-06-30

OUTLETS = {  # outlet -> host
    "VnExpress": "vnexpress.net",
    "Tuổi Trẻ": "tuoitre.vn",
    "Thanh Niên": "thanhnien.vn",
    "Nhân Dân": "nhandan.vn",
    "Báo Chính phủ": "baochinhphu.vn",
    "VietNamNet": "vietnamnet.vn",
    "Dân trí": "dantri.com.vn",
    "Lao Động": "laodong.vn",
    "Tiền Phong": "tienphong.vn",
    "VOV": "vov.vn",
    "Quân đội nhân dân": "qdnd.vn",
    "Znews": "znews.vn",
}
COMMUNES = [
    "phường Phú Định",
    "phường Bến Thành",
    "xã Tân Lập",
    "xã An Phú",
    "phường Hồng Hà",
    "xã Đông Anh",
    "phường Hải Châu",
    "xã Phước Long",
    "phường Thủy Nguyên",
    "xã Yên Bình",
    "phường Vinh Tân",
    "đặc khu Phú Quốc",
]
SPECIALTIES = ["kế toán", "y tế", "xây dựng", "đất đai", "công nghệ thông tin", "tài chính", "tư pháp", "giáo dục"]
PROCEDURE_KINDS = [
    "published",
    "online",
    "online_full",
    "online_partial",
    "location_free",
    "simplified",
    "redesigned",
    "handled",
    "public",
]
PURPOSES = ["tiền thuê nhà, đi lại", "hỗ trợ nhà ở", "phụ cấp công vụ", "hỗ trợ ăn trưa"]
DOC_TYPES = ["Kế hoạch", "Nghị quyết", "Quyết định", "Kết luận", "Đề án", "Công văn"]
ISSUERS = ["UBND tỉnh", "Tỉnh ủy", "HĐND tỉnh", "Chính phủ", "Bộ Nội vụ"]
SUBJECTS = ["hoàn thành sắp xếp đơn vị hành chính", "bàn giao trụ sở", "số hóa hồ sơ", "bố trí đủ cán bộ"]
EVIDENCE = {  # metric -> evidence phrase; {} is the figure
    "staff_transfer": "điều động {} cán bộ, công chức về cấp xã",
    "staff_training": "tổ chức tập huấn cho {} lượt cán bộ",
    "staff_shortage": "còn thiếu {} công chức chuyên môn",
    "specialties": "thiếu nhân lực các lĩnh vực chuyên môn như {}",
    "dossiers_received": "đã tiếp nhận {} hồ sơ",
    "dossiers_resolved": "đã giải quyết {} hồ sơ",
    "dossiers_online": "tỷ lệ hồ sơ trực tuyến đạt {}",
    "dossiers_on_time": "giải quyết đúng hạn, trước hạn đạt {}",
    "procedures": "công bố {} thủ tục hành chính",
    "processing_time_cut": "cắt giảm {} thời gian giải quyết",
    "allowance": "hỗ trợ {} đồng/người/tháng",
    "budget": "bố trí kinh phí {} đồng",
    "deadline": "hoàn thành trước ngày {}",
    "document": "theo {}",
}
# Figures come in blocks of 10 reported 1, 2, 3, 2, 3, 1, 2, 2, 3, 1 times: 20 facts, 2 reports a figure
REPORTS_PER_FIGURE = [1, 2, 3, 2, 3, 1, 2, 2, 3, 1]
CONFLICT_SHARE = 0.12  # of second and third reports, which give another value than the first


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def sql_list(values) -> str:
    return "[" + ", ".join("'" + str(v).replace("'", "''") + "'" for v in values) + "]"


def provinces() -> list[str]:
    with PROVINCES_CSV.open(encoding="utf-8") as handle:
        return [row["province"] for row in csv.DictReader(handle)]


def pattern_rows() -> str:
    """(offset in block, figure in block, report rank) for each of a block's 20 facts, as SQL VALUES."""
    rows, offset = [], 0
    for figure, reports in enumerate(REPORTS_PER_FIGURE):
        for rank in range(reports):
            rows.append(f"({offset}, {figure}, {rank})")
            offset += 1
    return ", ".join(rows)


def generate(
    db: duckdb.DuckDBPyConnection, n_facts: int, n_articles: int, first_fact: int = 0, first_article: int = 0
) -> int:
    """Temporary tables gen_articles and gen_facts, shaped like articles and facts; returns the figure count.

    Deterministic: every "random" draw is a hash of a row number and a salt. first_fact (a multiple of
    the block of 20) and first_article number the rows from there: other figures and articles, drawn alike.
    """
    block = sum(REPORTS_PER_FIGURE)
    assert first_fact % block == 0, "first_fact must start a block"
    n_figures = -(-n_facts // block) * len(REPORTS_PER_FIGURE)
    first_figure = first_fact // block * len(REPORTS_PER_FIGURE)
    outlets, hosts = list(OUTLETS), list(OUTLETS.values())
    db.execute("CREATE OR REPLACE TEMP MACRO u(n, salt) AS (hash(n, salt) % 1000000) / 1000000.0")
    db.execute("CREATE OR REPLACE TEMP MACRO pick(xs, n, salt) AS xs[1 + (hash(n, salt) % len(xs))::INTEGER]")
    db.execute(f"""
        CREATE OR REPLACE TEMP TABLE gen_articles AS
        SELECT printf('a%08d', a) AS id,
               'https://' || {sql_list(hosts)}[1 + a % {len(hosts)}] || '/cai-cach-hanh-chinh-' || a || '.html' AS url,
               CASE WHEN u(a, 41) >= 0.03 THEN {sql_list(outlets)}[1 + a % {len(outlets)}] END AS outlet,
               'Cải cách hành chính, tin số ' || a AS title,
               -- articles come in over the year, in number order, as a store grows
               DATE '{FIRST_DAY}' + ((a - {first_article}) * {DAYS} // {n_articles})::INTEGER AS published_at,
               pick(['line', 'metadata', 'feed', 'inferred'], a, 42) AS published_source,
               CASE WHEN u(a, 43) < 0.02 THEN 'missing' END AS date_flag,
               published_at::TIMESTAMP + to_seconds((hash(a, 44) % 86400)::BIGINT) AS fetched_at,
               'Tin số ' || a || '. ' || repeat('Tỉnh đẩy mạnh cải cách thủ tục hành chính, chuyển đổi số. ', 8)
                   || pick({sql_list(EVIDENCE.values())}, a, 45) AS text
        FROM range({first_article}, {first_article + n_articles}) t(a)
    """)
    metrics, provs = list(METRICS), provinces()
    db.execute(f"""
        CREATE OR REPLACE TEMP TABLE gen_figures AS
        WITH base AS (
            SELECT g,
                   {sql_list(metrics)}[1 + (hash(g, 1) % {len(metrics)})::INTEGER] AS metric,
                   {sql_list(provs)}[1 + (hash(g, 2) % {len(provs)})::INTEGER] AS province,
                   -- a figure is of a day shortly before its first report's article (its articles are
                   -- first .. first + 2, see reported below): mostly within the week, one in ten up to two months
                   greatest(DATE '{FIRST_DAY}',
                            DATE '{FIRST_DAY}' + ((hash(g, 21) % {n_articles}) * {DAYS} // {n_articles})::INTEGER
                            - CASE WHEN u(g, 3) < 0.9 THEN hash(g, 9) % 8 ELSE hash(g, 9) % 61 END::INTEGER) AS as_of,
                   u(g, 4) AS x, u(g, 5) AS y, u(g, 6) AS z, u(g, 7) AS w, u(g, 8) AS v
            FROM range({first_figure}, {first_figure + n_figures}) t(g)
        ),
        valued AS (
            SELECT *,
                   CASE metric
                       WHEN 'staff_transfer' THEN round(10 + 2990 * x * x)
                       WHEN 'staff_training' THEN round(100 + 50000 * x * x)
                       WHEN 'staff_shortage' THEN round(5 + 800 * x * x)
                       WHEN 'dossiers_received' THEN round(1000 + 500000 * x * x)
                       WHEN 'dossiers_resolved' THEN
                           CASE WHEN y < 0.5 THEN round(900 + 400000 * x * x) ELSE round(80 + 20 * x, 1) END
                       WHEN 'dossiers_online' THEN round(30 + 70 * x, 1)
                       WHEN 'dossiers_on_time' THEN round(85 + 15 * x, 1)
                       WHEN 'procedures' THEN round(50 + 1950 * x)
                       WHEN 'processing_time_cut' THEN round(10 + 50 * x, 1)
                       WHEN 'allowance' THEN round(2 + 18 * x) * 500000
                       WHEN 'budget' THEN round(1 + 999 * x * x) * 1e9
                   END AS value,
                   CASE metric
                       WHEN 'staff_transfer' THEN 'person'
                       WHEN 'staff_training' THEN 'person_time'
                       WHEN 'staff_shortage' THEN 'person'
                       WHEN 'dossiers_received' THEN 'dossier'
                       WHEN 'dossiers_resolved' THEN CASE WHEN y < 0.5 THEN 'dossier' ELSE '%' END
                       WHEN 'dossiers_online' THEN '%'
                       WHEN 'dossiers_on_time' THEN '%'
                       WHEN 'procedures' THEN 'procedure'
                       WHEN 'processing_time_cut' THEN '%'
                       WHEN 'allowance' THEN 'VND/person/month'
                       WHEN 'budget' THEN 'VND'
                   END AS unit
            FROM base
        )
        SELECT g, metric, province, as_of, value, unit,
               CASE WHEN value IS NOT NULL AND v < 0.03 THEN round(value * 1.2) END AS value_max,
               CASE WHEN value IS NOT NULL AND v BETWEEN 0.5 AND 0.65
                    THEN pick(['more_than', 'about', 'nearly', 'at_least'], g, 9) END AS approx,
               CASE WHEN unit = '%' AND metric LIKE 'dossiers%' AND v > 0.7 THEN round(2000 + 300000 * y) END AS total,
               CASE
                   WHEN metric = 'deadline' THEN CASE WHEN z < 0.7 THEN 'planned' ELSE 'done' END
                   WHEN metric = 'document' THEN NULL
                   WHEN z < 0.70 THEN 'done'
                   WHEN z < 0.80 THEN 'target'
                   WHEN z < 0.92 THEN 'planned'
                   ELSE 'proposed'
               END AS status,
               CASE WHEN w < 0.2 THEN pick({sql_list(COMMUNES)}, g, 10) END AS commune,
               CASE WHEN w >= 0.6 AND w < 0.75 THEN date_trunc('month', as_of)::DATE
                    WHEN w >= 0.75 AND w < 0.9 THEN DATE '{FIRST_DAY}' END AS period_start,
               CASE WHEN w >= 0.6 AND w < 0.9 THEN as_of END AS period_end,
               CASE WHEN metric IN ('staff_shortage', 'staff_transfer') AND y < 0.4
                    THEN pick({sql_list(SPECIALTIES)}, g, 11) END AS specialty,
               CASE WHEN metric = 'specialties'
                    THEN list_distinct([pick({sql_list(SPECIALTIES)}, g, 12), pick({sql_list(SPECIALTIES)}, g, 13)])
               END AS specialties,
               CASE WHEN metric = 'specialties' THEN CASE WHEN y < 0.7 THEN 'need' ELSE 'assigned' END END AS role,
               CASE WHEN metric = 'procedures' THEN pick({sql_list(PROCEDURE_KINDS)}, g, 14) END AS kind,
               CASE WHEN metric = 'procedures' THEN CASE WHEN y < 0.6 THEN 'province' ELSE 'commune' END END AS level,
               CASE WHEN metric = 'staff_transfer' THEN CASE WHEN y < 0.8 THEN 'province' ELSE 'central' END END
                   AS from_level,
               CASE WHEN metric = 'staff_transfer' THEN CASE WHEN y < 0.8 THEN 'commune' ELSE 'province' END END
                   AS to_level,
               CASE WHEN metric = 'allowance' THEN pick({sql_list(PURPOSES)}, g, 15) END AS purpose,
               CASE WHEN metric = 'document'
                    THEN (10 + hash(g, 16) % 990) || pick(['-KL/TU', '/KH-UBND', '/NQ-HĐND', '/QĐ-UBND'], g, 17)
               END AS ref,
               CASE WHEN metric = 'document' THEN pick({sql_list(DOC_TYPES)}, g, 18) END AS doc_type,
               CASE WHEN metric = 'document' THEN pick({sql_list(ISSUERS)}, g, 19) END AS issuer,
               CASE WHEN metric = 'document' THEN as_of END AS issued,
               CASE WHEN metric = 'deadline' THEN pick({sql_list(SUBJECTS)}, g, 20) END AS subject
        FROM valued
    """)
    evidence = " ".join(f"WHEN '{m}' THEN '{p}'" for m, p in EVIDENCE.items())
    db.execute(f"""
        CREATE OR REPLACE TEMP TABLE gen_facts AS
        WITH pattern(offset_, figure, rank) AS (VALUES {pattern_rows()}),
        reports AS (
            SELECT i, (i // {sum(REPORTS_PER_FIGURE)}) * {len(REPORTS_PER_FIGURE)} + p.figure AS g, p.rank
            FROM range({first_fact}, {first_fact + n_facts}) t(i)
            JOIN pattern p ON p.offset_ = i % {sum(REPORTS_PER_FIGURE)}
        ),
        reported AS (
            -- report r of a figure is article (first + r): consecutive articles have different outlets;
            -- a few second reports are another page of the first report's outlet
            SELECT r.i, r.rank, f.*,
                   {first_article} + (hash(f.g, 21) % {n_articles} + r.rank
                    + CASE WHEN r.rank = 1 AND u(f.g, 22) < 0.05 THEN {len(OUTLETS) - 1} ELSE 0 END)
                       % {n_articles} AS a,
                   CASE WHEN r.rank > 0 AND f.value IS NOT NULL AND u(r.i, 23) < {CONFLICT_SHARE}
                        THEN CASE WHEN f.unit = '%' THEN least(100, round(f.value + 0.5 + 3 * u(r.i, 24), 1))
                                  ELSE round(f.value * (1.02 + 0.1 * u(r.i, 24))) END
                        ELSE f.value END AS reported_value
            FROM reports r JOIN gen_figures f USING (g)
        ),
        evidenced AS (
            SELECT *,
                   replace(CASE metric {evidence} END, '{{}}',
                           coalesce(CASE WHEN unit = '%' THEN reported_value || '%' ELSE reported_value::BIGINT::VARCHAR
                                    END, array_to_string(specialties, ', '), ref, strftime(as_of, '%d/%m/%Y')))
                       AS evidence_text,
                   (hash(i, 25) % 400)::INTEGER AS start_
            FROM reported
        )
        SELECT printf('a%08d', a) AS article_id, metric, reported_value AS value, value_max, unit, approx, total,
               status, province, commune, as_of, period_start, period_end, specialty, specialties, role, kind,
               level, from_level, to_level, purpose, ref, doc_type, issuer, issued,
               evidence_text AS evidence, start_ AS start, start_ + length(evidence_text) AS "end",
               round(0.55 + 0.4 * u(i, 26), 2) AS confidence,
               CASE WHEN u(i, 27) < 0.7 THEN 'text' WHEN u(i, 27) < 0.95 THEN 'published' ELSE 'inferred' END
                   AS date_source,
               subject, 'bench-1' AS extractor_version, metric || '.pattern' AS rule,
               TIMESTAMP '2026-07-01 00:00:00' + to_seconds((hash(i, 28) % 86400)::BIGINT) AS extracted_at
        FROM evidenced
    """)
    return n_figures


def load(db: duckdb.DuckDBPyConnection, checkpoint: bool = True) -> None:
    """One transaction: articles, then facts (by name, so column order does not matter), then a checkpoint
    (a file's; a DuckLake store has written its Parquet files at the commit)."""
    db.execute("BEGIN TRANSACTION")
    db.execute("INSERT INTO articles BY NAME SELECT * FROM gen_articles")
    db.execute("INSERT INTO facts BY NAME SELECT * FROM gen_facts")
    db.execute("COMMIT")
    if checkpoint:
        db.execute("CHECKPOINT")


def pairs(count: int, skip: int = 0) -> list[tuple[str, str]]:
    """count different (province, metric) pairs, spread over both lists."""
    provs, metrics = provinces(), list(METRICS)
    out = [(provs[(k * 7) % len(provs)], metrics[(k * 5) % len(metrics)]) for k in range(skip, skip + count)]
    return out


def time_queries(store: Store, repeats: int, latest: bool) -> tuple[list[float], list[int]]:
    """Milliseconds and row counts of Store.timeline over `repeats` pairs, after one warm-up on another pair."""
    (warm_province, warm_metric), *timed = pairs(repeats + 1)
    store.timeline(latest=latest, province=warm_province, metric=warm_metric)
    times, rows = [], []
    for province, metric in timed:
        start = time.perf_counter()
        result = store.timeline(latest=latest, province=province, metric=metric)
        times.append((time.perf_counter() - start) * 1000)
        rows.append(len(result.rows))
    return times, rows


def time_digest(store: Store, repeats: int = DIGEST_REPEATS) -> tuple[str, list[float], int]:
    """Seconds to gather and render (HTML with charts) the digest of the week with the most articles."""
    week = store.query(
        "SELECT strftime(published_at, '%G-W%V') AS week FROM articles GROUP BY week ORDER BY count(*) DESC LIMIT 1"
    ).rows[0][0]
    times, size = [], 0
    for _ in range(repeats):
        start = time.perf_counter()
        size = len(html_file(gather(store, Week.parse(week))).encode())
        times.append(time.perf_counter() - start)
    return week, times, size


def write_set(n_facts: int, n_articles: int, n_writes: int) -> list[tuple[Article, list[Fact]]]:
    """n_writes new articles (numbered after the store's), each with 5-8 Facts of figures the store lacks.

    Drawn by generate() itself, on a connection of its own, from the rows after the store's: the same
    provinces, metrics, dates, values, statuses and disagreements, so the facts land in existing series. A
    figure's reports (the same figure from 1-3 outlets, some disagreeing) go to different articles.
    """
    sizes = [FACTS_PER_WRITE[k % len(FACTS_PER_WRITE)] for k in range(n_writes)]
    slots = [k for rank in range(max(sizes)) for k in range(n_writes) if sizes[k] > rank]
    block = sum(REPORTS_PER_FIGURE)
    mem = duckdb.connect()
    try:
        generate(mem, len(slots), n_writes, first_fact=-(-n_facts // block) * block, first_article=n_articles)
        articles = mem.execute(f"SELECT {', '.join(ARTICLE_FIELDS)} FROM gen_articles ORDER BY id").fetchall()
        cursor = mem.execute("SELECT * FROM gen_facts ORDER BY article_id, start, metric, evidence")
        columns = [c[0] for c in cursor.description]
        fact_rows = [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]
    finally:
        mem.close()
    out = [(Article(**dict(zip(ARTICLE_FIELDS, row, strict=True))), []) for row in articles]
    for slot, row in zip(slots, fact_rows, strict=True):
        article, facts = out[slot]
        facts.append(Fact(doc=article.id, **{k: v for k, v in row.items() if k in FACT_FIELDS and k != "doc"}))
    return out


def reextracted(article: Article, facts: list[Fact]) -> tuple[Article, list[Fact]]:
    """The same article read again by a newer extractor: other values (and their evidence), a new version."""
    changed = []
    for fact in facts:
        fact = dataclasses.replace(fact, extractor_version=REWRITE_VERSION)
        if fact.value is not None:
            if fact.unit == "%":
                fact.value = min(100.0, round(fact.value + 1.5, 1))
                figure = f"{fact.value:g}%"
            else:
                fact.value = float(round(fact.value * 1.05))
                figure = str(int(fact.value))
            if fact.value_max is not None:
                fact.value_max = max(fact.value, fact.value_max)
            fact.evidence = EVIDENCE[fact.metric].replace("{}", figure)
            fact.end = fact.start + len(fact.evidence)
        changed.append(fact)
    return article, changed


def time_writes(db_path: Path | str, n_facts: int, n_articles: int, n_writes: int) -> dict[str, list[float]]:
    """Milliseconds of each Store.write, alone, on a normal Store: one first write and its settle (timed, not
    in the medians), n_writes new articles, then one Store.settle for all of them (a batch, as a crawl or an
    extract run settles before it lets readers in); then a quarter of them again with other values
    (re-extraction), each write followed by its own settle (a batch of one, the dearest case)."""
    batch = write_set(n_facts, n_articles, n_writes + 1)
    first, *new = batch
    rewrites = [reextracted(article, facts) for article, facts in new[: max(1, n_writes // 4)]]
    times: dict[str, list[float]] = {"first": [], "new": [], "settle": [], "rewrite": [], "facts": []}

    def timed(kind: str, action) -> None:
        start = time.perf_counter()
        action()
        times[kind].append((time.perf_counter() - start) * 1000)

    with Store.open(db_path) as store:
        timed("first", lambda: (store.write(*first), store.settle()))
        for article, facts in new:
            timed("new", lambda: store.write(article, facts))  # noqa: B023 (called at once)
        timed("settle", store.settle)
        for article, facts in rewrites:
            timed("rewrite", lambda: (store.write(article, facts), store.settle()))  # noqa: B023
        times["facts"] = [len(facts) for _, facts in new]
    return times


def p90(values: list[float]) -> float:
    return statistics.quantiles(values, n=10, method="inclusive")[-1] if len(values) > 1 else values[0]


def export(path: Path, parquet: Path) -> float:
    """Seconds to COPY every report to Parquet, on a connection of its own (external access on)."""
    db = duckdb.connect(str(path), read_only=True)
    try:
        return copy_reports(db, parquet)
    finally:
        db.close()


def copy_reports(db: duckdb.DuckDBPyConnection, parquet: Path) -> float:
    """Seconds to COPY every report, in a stable order, to one Parquet file."""
    start = time.perf_counter()
    db.execute(f"COPY (SELECT * FROM fact_reports ORDER BY {EXPORT_ORDER}) TO '{parquet}' (FORMAT parquet)")
    return time.perf_counter() - start


def megabytes(path: Path) -> float:
    return path.stat().st_size / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog="Progress goes to stderr, the results table to stdout. Times are wall-clock on this machine.",
    )
    parser.add_argument("--facts", type=int, default=1_000_000, help="facts to generate (default 1,000,000)")
    parser.add_argument("--articles", type=int, help="articles to generate (default facts / 5)")
    parser.add_argument(
        "--repeats",
        type=int,
        default=21,
        help="timed queries of each kind, on different (province, metric) pairs (default 21)",
    )
    parser.add_argument(
        "--writes",
        type=int,
        default=WRITES,
        help=f"new articles written one by one at the end, a quarter then rewritten (default {WRITES}; 0: none)",
    )
    parser.add_argument("--out", type=Path, help="directory for bench.duckdb and facts.parquet (default: a temp dir)")
    parser.add_argument("--keep", action="store_true", help="keep the temp dir (--out is always kept)")
    options = parser.parse_args()
    if options.facts < 1 or options.repeats < 1 or options.writes < 0:
        parser.error("--facts and --repeats must be positive, --writes not negative")
    n_articles = options.articles or max(len(OUTLETS), options.facts // 5)

    out = options.out or Path(tempfile.mkdtemp(prefix="monitor-bench-store-"))
    out.mkdir(parents=True, exist_ok=True)
    db_path, parquet = out / "bench.duckdb", out / "facts.parquet"
    for stale in (db_path, db_path.with_name(db_path.name + ".wal"), parquet):
        stale.unlink(missing_ok=True)
    try:
        rows = run(db_path, parquet, options.facts, n_articles, options.repeats, options.writes)
    finally:
        if options.out is None and not options.keep:
            shutil.rmtree(out, ignore_errors=True)
        else:
            log(f"kept {out}")
    print_measures(rows)


def percentile(values: list[float], share: float) -> float:
    """The value at `share` (0.95 for p95) of the sorted values, nearest rank."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def print_measures(rows: list[tuple[str, str]]) -> None:
    """The bench's figures as a two-column table on stdout."""
    width = max(len(name) for name, _ in rows)
    print(f"{'measure':<{width}}  value")
    for name, value in rows:
        print(f"{name:<{width}}  {value}")


def run(
    db_path: Path, parquet: Path, n_facts: int, n_articles: int, repeats: int, n_writes: int
) -> list[tuple[str, str]]:
    log(f"store: {db_path}")
    with Store.open(db_path) as store:
        log(f"generating {n_facts:,} facts and {n_articles:,} articles ...")
        start = time.perf_counter()
        n_figures = generate(store.db, n_facts, n_articles)
        t_generate = time.perf_counter() - start
        log(f"  {t_generate:.1f} s; loading ...")
        start = time.perf_counter()
        load(store.db)
        t_load = time.perf_counter() - start
        log(f"  {t_load:.1f} s")
        t_ready = None
        rebuild = getattr(store, "rebuild_timeline", None)  # a store that keeps the timeline as data
        if callable(rebuild):
            log("rebuilding the timeline after the bulk load ...")
            start = time.perf_counter()
            rebuild()
            store.db.execute("CHECKPOINT")
            t_ready = time.perf_counter() - start
            log(f"  {t_ready:.1f} s")
        counts = store.counts()
        series = store.db.execute("SELECT count(*), count(*) FILTER (WHERE conflict) FROM timeline").fetchone()
    log(f"timing {repeats} timeline queries (+1 warm-up), then {repeats} latest queries ...")
    with Store.open(db_path, read_only=True) as store:
        timeline_ms, timeline_rows = time_queries(store, repeats, latest=False)
        log(f"  timeline median {statistics.median(timeline_ms):.0f} ms")
        latest_ms, latest_rows = time_queries(store, repeats, latest=True)
        log(f"  latest median {statistics.median(latest_ms):.0f} ms")
        log(f"timing the digest of the busiest week x{DIGEST_REPEATS} ...")
        week, digest_s, digest_bytes = time_digest(store)
        log(f"  {week}: median {statistics.median(digest_s):.1f} s")
    log("exporting fact_reports to Parquet ...")
    t_export = export(db_path, parquet)
    log(f"  {t_export:.1f} s")
    writes, write_error = None, None
    if n_writes:
        log(f"timing Store.write of {n_writes} new articles (+1 first), then {max(1, n_writes // 4)} rewrites ...")
        try:
            writes = time_writes(db_path, n_facts, n_articles, n_writes)
            log(
                f"  new median {statistics.median(writes['new']):.1f} ms, "
                f"rewrite median {statistics.median(writes['rewrite']):.1f} ms"
            )
        except Exception as error:  # the other figures still count: report the failure in the table
            write_error = f"FAILED: {type(error).__name__}: {str(error).splitlines()[0]}"
            log(f"  {write_error}")

    median_ms = statistics.median(timeline_ms)
    size_ratio = megabytes(parquet) / megabytes(db_path)
    rows = [
        ("facts / articles / figures", f"{counts['facts']:,} / {counts['articles']:,} / {n_figures:,}"),
        ("timeline points (with conflict)", f"{series[0]:,} ({series[1]:,})"),
        ("generate (temp tables)", f"{t_generate:.2f} s"),
        ("load (insert + checkpoint)", f"{t_load:.2f} s  ({counts['facts'] / t_load:,.0f} facts/s)"),
        *([("timeline rebuild (+ checkpoint)", f"{t_ready:.2f} s")] if t_ready is not None else []),
        (
            f"timeline(province, metric) x{repeats}",
            f"median {median_ms:.1f} ms, p90 {p90(timeline_ms):.1f} ms, min {min(timeline_ms):.1f} ms"
            f"  (median {statistics.median(timeline_rows):.0f} rows)",
        ),
        ("  median / target 200 ms", f"{median_ms / TARGET_MS:.2f}  ({'ok' if median_ms < TARGET_MS else 'OVER'})"),
        (
            f"digest of {week} (gather + HTML) x{DIGEST_REPEATS}",
            f"median {statistics.median(digest_s):.1f} s, min {min(digest_s):.1f} s"
            f"  ({digest_bytes / 1e6:.1f} MB HTML)",
        ),
        (
            f"timeline(latest, province, metric) x{repeats}",
            f"median {statistics.median(latest_ms):.1f} ms, p90 {p90(latest_ms):.1f} ms, min {min(latest_ms):.1f} ms"
            f"  (median {statistics.median(latest_rows):.0f} rows)",
        ),
        ("parquet export (fact_reports)", f"{t_export:.2f} s  ({counts['facts'] / t_export:,.0f} facts/s)"),
        ("duckdb file", f"{megabytes(db_path):.1f} MB"),
        ("parquet file", f"{megabytes(parquet):.1f} MB  (parquet / duckdb {size_ratio:.2f})"),
    ]
    if write_error:
        rows.append(("write (Store.write)", write_error))
    elif writes:
        per_fact = statistics.median(writes["new"]) / statistics.median(writes["facts"])
        rows += [
            (
                f"write new article x{len(writes['new'])}",
                f"median {statistics.median(writes['new']):.1f} ms, p90 {p90(writes['new']):.1f} ms,"
                f" min {min(writes['new']):.1f} ms  ({min(writes['facts'])}-{max(writes['facts'])} facts,"
                f" median {statistics.median(writes['facts']):.1f}: {per_fact:.2f} ms/fact)",
            ),
            (
                f"settle the {len(writes['new'])} new articles",
                f"{writes['settle'][0]:.1f} ms: write + settle per article "
                f"{(sum(writes['new']) + writes['settle'][0]) / len(writes['new']):.1f} ms",
            ),
            (
                f"rewrite article (other values) + settle x{len(writes['rewrite'])}",
                f"median {statistics.median(writes['rewrite']):.1f} ms, p90 {p90(writes['rewrite']):.1f} ms,"
                f" min {min(writes['rewrite']):.1f} ms",
            ),
            ("first write + settle (not in the medians)", f"{writes['first'][0]:.1f} ms"),
        ]
    return rows


if __name__ == "__main__":
    main()
