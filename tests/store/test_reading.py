"""How researchers and analysts read the store: guarded queries, exports, the notebook API, re-extraction. Each test
runs on a DuckDB file and on a DuckLake store (tests/conftest.py)."""

import dataclasses
import datetime as dt
import json

import duckdb
import pandas as pd
import pytest
from click.testing import CliRunner

import monitor
from monitor.cli import cli
from monitor.extract import EXTRACTOR_VERSION
from monitor.facts import Article
from monitor.pipeline import ingest
from monitor.store import QueryRefused, Store

ARTICLES = {
    "hai-phong": "Từ 1/7 đến 20/8, TP Hải Phòng tiếp nhận hơn 246.900 hồ sơ, đã giải quyết 233.000 hồ sơ.",
    "nghe-an": "Sở Nội vụ tỉnh Nghệ An đã điều động 45 công chức về các xã; dự kiến tháng 10 sẽ biệt phái thêm 60 "
    "cán bộ các lĩnh vực như: y tế, xây dựng, địa chính.",
    "da-nang": "UBND TP Đà Nẵng ban hành Kế hoạch số 196/KH-UBND về bố trí cán bộ cho 94 xã, phường.",
}


def fill(db: str) -> str:
    with Store.open(db) as store:
        for name, text in ARTICLES.items():
            page = Article(id=name, text=text, url=f"http://{name}.test/bai-viet", outlet=f"Báo {name}")
            ingest(dataclasses.replace(page, published_at=dt.date(2025, 9, 2)), store)
    return db


@pytest.fixture(scope="module")
def db(store_kind, new_store, tmp_path_factory):
    """A store of the articles, of each kind in turn, for the tests that only read it."""
    address = fill(new_store.new(store_kind, tmp_path_factory.mktemp("reading")))
    yield address
    new_store.drop(address)


@pytest.fixture
def fresh_db(store_address):
    """A store of the articles for a test that writes to it."""
    return fill(store_address)


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


@pytest.mark.parametrize(
    "sql",
    [
        "INSERT INTO facts (article_id, metric, evidence, start, \"end\") VALUES ('x', 'budget', 'x', 0, 1)",
        "DELETE FROM facts",
        "COPY facts TO 'stolen.csv'",
        "ATTACH 'other.duckdb' AS other",
        "SELECT * FROM read_csv('/etc/passwd')",
        "INSTALL httpfs",
        "SELECT 1; DROP TABLE facts",
        "SELECT * FROM enable_logging(storage='file', storage_path='/tmp/x')",  # would break later queries
        "SELECT * FROM query('SELECT 1')",  # SQL the guard would not see
        "SELECT * FROM checkpoint()",
    ],
)
def test_a_query_that_could_write_or_reach_out_is_refused_in_one_line(db, sql):
    before = Store.open(db, read_only=True).counts()
    result = run("query", "--db", str(db), sql)
    assert result.exit_code == 2
    assert result.output.startswith("Error: refused: ") and result.output.count("\n") == 1
    with Store.open(db, read_only=True) as store:
        assert store.counts() == before


def test_a_query_reads_with_a_row_limit(db):
    result = run("query", "--db", str(db), "SELECT metric, value FROM facts ORDER BY value", "--limit", "2")
    assert result.exit_code == 0
    assert "showing the first 2 rows" in result.output
    every = run("query", "--db", str(db), "SHOW TABLES", "--format", "json")
    assert {"articles", "facts", "timeline"} <= {row["name"] for row in json.loads(every.stdout)}


@pytest.mark.parametrize("fmt", ["csv", "parquet", "json", "jsonl"])
def test_an_export_reads_back_equal_to_the_facts(db, tmp_path, fmt):
    out = tmp_path / f"facts.{fmt}"
    result = run("export", "--db", str(db), "--what", "facts", "--format", fmt, "--out", str(out))
    assert result.exit_code == 0, result.output
    reader = {"csv": "read_csv", "parquet": "read_parquet", "json": "read_json", "jsonl": "read_json"}[fmt]
    columns = 'article_id, metric, value, unit, status, province, as_of, evidence, start, "end"'
    with Store.open(db, read_only=True) as store:
        stored = store.query(f"SELECT {columns} FROM fact_reports ORDER BY article_id, start").rows
    with duckdb.connect() as con:
        exported = con.execute(f"SELECT {columns} FROM {reader}('{out}')").fetchall()
    assert exported == stored and len(stored) >= 6


def test_an_export_by_month_writes_one_folder_per_month(db, tmp_path):
    out = tmp_path / "timeline"
    result = run("export", "--db", str(db), "--format", "parquet", "--by-month", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert {p.name for p in out.iterdir()} >= {"month=2025-08", "month=2025-09"}
    with duckdb.connect() as con:
        assert con.execute(f"SELECT count(*) FROM read_parquet('{out}/*/*.parquet')").fetchone()[0] >= 6
    again = run("export", "--db", str(db), "--format", "parquet", "--by-month", "--out", str(out), "--province", "Huế")
    assert again.exit_code == 2 and "is not empty" in again.output  # old months would mix in


def test_a_notebook_gets_dataframes(db):
    store = monitor.open(str(db))
    timeline = store.timeline(province="Hải Dương")  # a former province: its successor, Hải Phòng
    assert isinstance(timeline, pd.DataFrame)
    assert set(timeline["province"]) == {"Hải Phòng"} and 246900 in set(timeline["value"])
    assert list(store.latest(metric="staff_transfer")["value"]) == [45]
    assert len(store.facts(since="2025-09-01")) >= 1
    assert store.query("SELECT count(*) AS n FROM articles")["n"][0] == 3
    with pytest.raises(QueryRefused):
        store.query("DELETE FROM facts")


def test_reextract_replaces_the_facts_of_older_extractors(fresh_db):
    db = fresh_db
    with Store.open(db) as store:  # as an older monitor left them
        store.db.execute("UPDATE articles SET extractor_version = '0.0.1' WHERE id = 'nghe-an'")
        store.db.execute("UPDATE facts SET extractor_version = '0.0.1', value = 999 WHERE article_id = 'nghe-an'")
    result = run("reextract", "--db", str(db))
    assert result.exit_code == 0, result.output
    assert "re-extracted 1 articles" in result.output
    with Store.open(db, read_only=True) as store:
        values = store.query("SELECT value FROM facts WHERE article_id = 'nghe-an' AND value IS NOT NULL").rows
        versions = store.query("SELECT DISTINCT extractor_version FROM facts").rows
    assert sorted(values) == [(45,), (60,)]
    assert versions == [(EXTRACTOR_VERSION,)]


def test_a_runaway_query_is_stopped_so_writers_are_not_kept_out(db, monkeypatch):
    monkeypatch.setenv("MONITOR_QUERY_TIMEOUT", "0.5")
    result = run("query", "--db", str(db), "SELECT count(*) FROM range(40000000000) t(i) WHERE i % 7 = 3")
    assert result.exit_code == 1
    assert result.output.startswith("Error: stopped after 0.5 s")
