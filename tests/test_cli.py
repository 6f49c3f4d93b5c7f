"""The command line as a user meets it: real files, a real DuckDB file, the sample site on loopback."""

import json

import duckdb
import pytest
from click.testing import CliRunner

from monitor.cli import cli

ARTICLE = " date 2025-09-02 Sở Nội vụ tỉnh Quảng Ninh đã điều động 120 cán bộ về cấp xã.\n"


@pytest.fixture
def runner():
    return CliRunner()


def counts(db) -> tuple[int, int]:
    with duckdb.connect(str(db), read_only=True) as con:
        return tuple(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "facts"))


def feeds(site_url) -> list[str]:
    return ["--feed", f"{site_url}/rss/chinh-quyen.xml", "--feed", f"{site_url}/rss/xa-hoi.xml"]


def test_crawling_the_sample_site_twice_stores_the_same_rows(runner, site_url, tmp_path):
    db = tmp_path / "crawl.duckdb"
    first = runner.invoke(cli, ["crawl", "--db", str(db), "--delay", "0", *feeds(site_url)])
    assert first.exit_code == 0, first.output
    once = counts(db)
    second = runner.invoke(cli, ["crawl", "--db", str(db), "--delay", "0", *feeds(site_url)])
    assert second.exit_code == 0, second.output
    assert counts(db) == once
    assert once[0] == 5 and once[1] > 30
    with duckdb.connect(str(db), read_only=True) as con:
        kept, requests = con.execute("SELECT sum(articles_kept), sum(requests_30d) FROM sources").fetchone()
    assert kept == 5 and requests >= 10


def test_timeline_shows_the_sample_provinces(runner, site_url, tmp_path):
    db = tmp_path / "crawl.duckdb"
    runner.invoke(cli, ["crawl", "--db", str(db), "--delay", "0", *feeds(site_url)])
    result = runner.invoke(cli, ["timeline", "--db", str(db), "--format", "json"])
    provinces = {row["province"] for row in json.loads(result.stdout)}
    assert {"Hải Phòng", "Thái Nguyên", "Đà Nẵng", "Nghệ An", "Hồ Chí Minh", "Hà Nội"} <= provinces
    one = runner.invoke(cli, ["timeline", "--db", str(db), "--province", "Hải Dương", "--format", "csv"])
    assert {line.split(",")[0] for line in one.stdout.splitlines()[1:]} == {"Hải Phòng"}


def test_an_unreachable_feed_is_one_error_and_the_other_feed_is_crawled(runner, site_url, tmp_path):
    db = tmp_path / "crawl.duckdb"
    dead = "http://127.0.0.1:1/rss.xml"
    result = runner.invoke(
        cli, ["crawl", "--db", str(db), "--delay", "0", "--feed", dead, "--feed", f"{site_url}/rss/chinh-quyen.xml"]
    )
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and dead in errors[0]
    assert counts(db)[0] == 5


def test_bad_inputs_each_get_a_one_line_error_and_the_rest_is_processed(runner, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text(" date 2025-09-02 \n\n", encoding="utf-8")
    no_articles = tmp_path / "folder"
    no_articles.mkdir()
    missing = tmp_path / "missing.txt"
    result = runner.invoke(cli, ["extract", str(missing), str(empty), str(no_articles), str(good), "--format", "jsonl"])
    assert result.exit_code == 1
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 3
    for path, line in zip((missing, empty, no_articles), errors, strict=True):
        assert str(path) in line
    facts = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(f["doc"], f["metric"], f["value"], f["province"]) for f in facts] == [
        ("good", "staff_transfer", 120, "Quảng Ninh")
    ]


def test_a_malformed_date_line_warns_and_loses_nothing(runner, tmp_path):
    path = tmp_path / "bad_date.txt"
    path.write_text(ARTICLE.replace("2025-09-02", "2025-13-45"), encoding="utf-8")
    result = runner.invoke(cli, ["extract", str(path), "--format", "jsonl"])
    assert result.exit_code == 0
    assert "malformed date" in result.stderr
    assert json.loads(result.stdout.splitlines()[0])["value"] == 120


def test_extract_with_db_stores_and_read_commands_never_create_a_file(runner, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "x.duckdb"
    assert runner.invoke(cli, ["extract", str(path), "--db", str(db)]).exit_code == 0
    assert counts(db) == (1, 1)
    query = runner.invoke(cli, ["query", "--db", str(db), "SELECT metric, value FROM facts", "--format", "csv"])
    assert query.stdout.splitlines() == ["metric,value", "staff_transfer,120"]
    missing = tmp_path / "none.duckdb"
    result = runner.invoke(cli, ["timeline", "--db", str(missing)])
    assert result.exit_code == 1 and "not found" in result.stderr and not missing.exists()


@pytest.mark.parametrize("command", ["extract", "crawl", "sources", "timeline", "query"])
def test_every_command_has_help(runner, command):
    result = runner.invoke(cli, [command, "--help"])
    assert result.exit_code == 0 and "Example:" in result.output


def test_extract_as_a_table_shows_figures_as_the_press_writes_them(runner, tmp_path):
    article = tmp_path / "hai_phong.txt"
    article.write_text(
        " date 2025-08-25 Từ 1/7 đến 20/8, TP Hải Phòng tiếp nhận hơn 246.900 hồ sơ, trong đó hơn 58,5% là "
        "hồ sơ trực tuyến.\n",
        encoding="utf-8",
    )
    result = runner.invoke(cli, ["extract", str(article), "--format", "table"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    for shown in ("province", "evidence", "Hải Phòng", "dossiers_received", ">246.900", ">58,5", "2025-08-20"):
        assert shown in result.output
