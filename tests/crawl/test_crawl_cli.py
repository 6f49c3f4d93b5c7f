"""`monitor crawl` and `monitor sources` as cron and people use them, against the test site on loopback."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import monitor.store
from monitor import pipeline
from monitor.cli import cli
from monitor.crawl import BUNDLED_SOURCES, Listing, read_source_list
from monitor.pipeline import passes
from monitor.store import Store
from tests.crawl.outlets import rows

DEAD = "http://127.0.0.1:1/rss.xml"


@pytest.fixture
def runner():
    return CliRunner()


def sources_file(tmp_path, site_url: str) -> str:
    """Three sources: the test site (a feed and the sitemap), a dead feed, and another dead one."""
    path = tmp_path / "sources.toml"
    path.write_text(
        f"""
[[source]]
name = "Báo Mẫu"
feeds = ["{site_url}/rss/xa-hoi.xml"]
sitemaps = ["{site_url}/sitemap.xml"]
seen_in = "tests/site"
verified = true

[[source]]
name = "Báo Tắt"
feeds = ["{DEAD}"]

[[source]]
name = "Báo Chưa Đọc"
feeds = ["http://127.0.0.1:1/never.xml"]
""",
        encoding="utf-8",
    )
    return str(path)


def test_sources_file_with_a_sitemap_and_json_logs(runner, site_url, tmp_path, db):
    path = sources_file(tmp_path, site_url)
    args = ["crawl", "--db", str(db), "--delay", "0", "--retries", "0", "--log-json", "--sources", path]
    result = runner.invoke(cli, args)
    assert result.exit_code == 1  # the dead feeds
    records = [json.loads(line) for line in result.stderr.splitlines()]
    assert result.stdout == ""
    kinds = [record["event"] for record in records]
    assert kinds.count("stored") == 5 and kinds.count("error") == 2 and kinds[-1] == "summary"
    stored = [record for record in records if record["event"] == "stored"]
    assert {record["source"] for record in stored} == {"Báo Mẫu"}
    assert all(record["facts"] > 0 for record in stored)
    assert rows(db, "SELECT count(*) FROM articles") == [(5,)]
    assert set(rows(db, "SELECT DISTINCT listed_in FROM frontier")) == {
        (f"{site_url}/rss/xa-hoi.xml",),
        (f"{site_url}/sitemap.xml",),
    }


def test_sources_command_lists_health_and_flags(runner, site_url, tmp_path, db):
    path = sources_file(tmp_path, site_url)
    runner.invoke(cli, ["crawl", "--db", str(db), "--delay", "0", "--retries", "0", "--quiet", "--sources", path])
    more = tmp_path / "more.toml"
    more.write_text(
        Path(path).read_text(encoding="utf-8") + '[[source]]\nname = "Báo Khác"\nfeeds = ["http://x.vn/rss"]\n'
    )
    result = runner.invoke(cli, ["sources", "--db", str(db), "--sources", str(more), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = {row["source"]: row for row in json.loads(result.stdout)}
    assert report["Báo Mẫu"]["flag"] == "ok"
    assert report["Báo Mẫu"]["articles_kept"] == 5 and report["Báo Mẫu"]["skipped"] == 5
    assert report["Báo Mẫu"]["error_rate"] == 0 and report["Báo Mẫu"]["last_new_article"]
    assert report["Báo Tắt"]["flag"] == "dead" and report["Báo Tắt"]["error_rate"] == 1
    assert report["Báo Chưa Đọc"]["flag"] == "dead"
    assert report["Báo Khác"]["flag"] == "never fetched"  # listed in the file given to `sources` only
    table = runner.invoke(cli, ["sources", "--db", str(db), "--sources", path])
    assert "Báo Mẫu" in table.stdout and "dead" in table.stdout


def test_quiet_prints_nothing_when_all_goes_well(runner, site_url, db):
    feed = f"{site_url}/rss/chinh-quyen.xml"
    result = runner.invoke(cli, ["crawl", "--db", str(db), "--delay", "0", "--quiet", "--feed", feed])
    assert result.exit_code == 0
    assert result.stderr == "" and result.stdout == ""


def test_watch_polls_again_and_fetches_nothing_twice(runner, site, site_url, db):
    since = len(site.requests)
    feed = f"{site_url}/rss/chinh-quyen.xml"
    args = ["crawl", "--db", str(db), "--delay", "0", "--watch", "--interval", "0.2", "--passes", "3", "--feed", feed]
    result = runner.invoke(cli, args)
    assert result.exit_code == 0, result.output
    paths = [path for _, path in site.requests[since:]]
    assert paths.count("/rss/chinh-quyen.xml") == 3
    assert all(paths.count(path) == 1 for path in paths if "post" in path)
    assert result.stderr.count("crawl done:") == 3
    (interval,) = rows(db, "SELECT interval_s FROM listings")[0]
    assert 0.2 / 3 <= interval <= 0.2 * 24


def test_a_bad_sources_file_is_a_usage_error(runner, tmp_path, db):
    path = tmp_path / "bad.toml"
    path.write_text('[[source]]\nname = "A"\n', encoding="utf-8")
    result = runner.invoke(cli, ["crawl", "--db", str(db), "--sources", str(path)])
    assert result.exit_code == 2
    assert "needs feeds or sitemaps" in result.stderr
    assert not db.exists()


def test_sources_without_a_store_lists_the_bundled_sources_as_never_fetched(runner, tmp_path):
    db = tmp_path / "none.duckdb"
    result = runner.invoke(cli, ["sources", "--db", str(db), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    bundled = read_source_list(BUNDLED_SOURCES)
    assert [row["source"] for row in report] == list(dict.fromkeys(source.name for source in bundled))
    assert {row["flag"] for row in report} == {"never fetched"}
    assert f"no store at {db}" in result.stderr
    assert not db.exists()  # a read command creates nothing


def test_sources_on_a_store_of_the_first_schema_upgrades_it(runner, tmp_path):
    db = tmp_path / "old.duckdb"
    shutil.copy(Path(__file__).parents[1] / "store" / "data" / "monitor-v1.duckdb", db)
    result = runner.invoke(cli, ["sources", "--db", str(db), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert "never fetched" in result.stdout  # the bundled sources, none crawled into this store yet


def test_a_store_held_by_another_process_is_a_one_line_error(runner, site_url, tmp_path, hold_store):
    db = tmp_path / "held.duckdb"
    hold_store(db)
    result = runner.invoke(
        cli, ["crawl", "--db", str(db), "--feed", f"{site_url}/rss/xa-hoi.xml"], env={"MONITOR_LOCK_WAIT": "1"}
    )
    assert result.exit_code == 1
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"Error: cannot open {db}")


def test_an_extraction_that_fails_is_an_error_for_that_page_only(runner, site_url, db, monitor_ingest_broken):
    feed = f"{site_url}/rss/chinh-quyen.xml"
    result = runner.invoke(cli, ["crawl", "--db", str(db), "--delay", "0", "--feed", feed])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert errors == [
        f"error: page {monitor_ingest_broken}: cannot extract facts (ValueError: không đọc được số 4.300)"
    ]
    assert rows(db, "SELECT count(*) FROM articles") == [(4,)]
    assert rows(db, "SELECT status, attempts FROM frontier WHERE url = ?", [monitor_ingest_broken]) == [("failed", 1)]


@pytest.fixture
def monitor_ingest_broken(monkeypatch, site_url) -> str:
    """The pipeline's ingest raising on one article of the test site (an extractor's bug); that article's URL."""
    broken = f"{site_url}/chinh-quyen/hai-phong-thai-nguyen-tang-cuong-can-bo-cho-cap-xa-post1001.html"
    ingest = passes.ingest

    def failing(article, store):
        if article.url == broken:
            raise ValueError("không đọc được\nsố 4.300")
        return ingest(article, store)

    monkeypatch.setattr(passes, "ingest", failing)
    return broken


def test_watch_reads_the_schedule_beside_other_readers(site_url, tmp_path, monkeypatch):
    db = tmp_path / "watched.duckdb"
    listings = [Listing(f"{site_url}/rss/xa-hoi.xml")]
    assert passes._due(str(db), listings) == listings  # no store yet: due, and none made
    assert not db.exists()
    Store.open(db).close()
    reader = subprocess.Popen(  # a notebook reading the store
        [
            sys.executable,
            "-c",
            f"import duckdb, time; c = duckdb.connect({str(db)!r}, read_only=True); print('ok', flush=True); "
            "time.sleep(30)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    monkeypatch.setenv("MONITOR_LOCK_WAIT", "1")
    try:
        assert reader.stdout.readline().strip() == "ok"
        assert passes._due(str(db), listings) == listings
        assert passes._seconds_to_next(str(db), listings) == 1.0
    finally:
        reader.kill()
        reader.wait()


def test_the_crawls_store_busy_is_the_stores():
    with pytest.raises(monitor.store.StoreBusy, match="cannot open"):
        raise pipeline.StoreBusy("cannot open monitor.duckdb: held by another process")
