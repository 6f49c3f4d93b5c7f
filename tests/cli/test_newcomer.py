"""What a newcomer meets after `make demo`: the demo's store is the one every command reads by default, the
weeks that have news can be listed, CSV exports open in a spreadsheet, Parquet reads back with pandas, and
`monitor --version` answers at once."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from monitor.cli import cli

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
needs_seeds = pytest.mark.skipif(not SEEDS.exists(), reason="../shared/seeds is not beside the project")


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args))


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "seeds.duckdb"
    result = invoke("extract", str(SEEDS), "--db", str(path), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    return path


@needs_seeds
def test_the_weeks_that_have_news_are_listed_and_an_empty_week_says_where_to_look(db):
    result = invoke("digest", "--weeks", "--db", str(db))
    assert result.exit_code == 0, result.output
    weeks = [line.split("│")[1].strip() for line in result.stdout.splitlines() if "│ 20" in line]
    assert weeks and weeks == sorted(weeks) and all(len(week) == 8 and week[4:6] == "-W" for week in weeks)
    empty = invoke("digest", "--week", "2019-W01", "--db", str(db))
    assert empty.exit_code == 0
    assert "no article of the store belongs to 2019-W01: `monitor digest --weeks`" in empty.stderr
    busy = invoke("digest", "--week", weeks[0], "--db", str(db))
    assert "no article of the store belongs" not in busy.stderr


@needs_seeds
def test_a_csv_export_has_a_bom_and_lists_as_json_and_parquet_reads_back_with_pandas(db, tmp_path):
    out = tmp_path / "timeline.csv"
    result = invoke("export", "--db", str(db), "--format", "csv", "--out", str(out))
    assert result.exit_code == 0, result.output
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfprovince,")  # Excel then reads the Vietnamese as UTF-8
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows and all(isinstance(json.loads(row["article_ids"]), list) for row in rows)
    assert not list(tmp_path.glob("*.partial"))
    parquet = tmp_path / "timeline.parquet"
    assert invoke("export", "--db", str(db), "--format", "parquet", "--out", str(parquet)).exit_code == 0
    frame = pd.read_parquet(parquet)
    assert len(frame) == len(rows) and list(frame.columns) == list(rows[0])


def test_an_export_to_a_folder_or_nowhere_says_so_in_one_line_and_leaves_nothing(db, tmp_path):
    folder = invoke("export", "--db", str(db), "--format", "csv", "--out", str(tmp_path))
    assert folder.exit_code == 2 and f"is a folder: give the file to write, say {tmp_path / 'timeline.csv'}" in (
        folder.stderr
    )
    missing = tmp_path / "no" / "such" / "folder" / "t.csv"
    nowhere = invoke("export", "--db", str(db), "--format", "csv", "--out", str(missing))
    assert nowhere.exit_code == 1 and nowhere.stderr == f"Error: cannot write {missing}: No such file or directory\n"
    assert not [path for path in tmp_path.rglob("*") if path.suffix in (".csv", ".partial")]


@needs_seeds
def test_a_csv_on_stdout_writes_lists_as_json(db):
    result = invoke("query", "--db", str(db), "SELECT ['Hải Phòng', 'Huế'] AS places", "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[1] == '"[""Hải Phòng"", ""Huế""]"'


def test_monitor_version_answers_without_loading_the_pipeline():
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "monitor", "--version"], capture_output=True, text=True, check=True)
    assert done.stdout.startswith("monitor, version ")
    loaded = subprocess.run(
        [sys.executable, "-c", "import sys, monitor.cli; print(' '.join(sorted(sys.modules)))"],
        capture_output=True, text=True, check=True,
    ).stdout.split()  # fmt: skip
    for heavy in ("underthesea", "spacy", "httpx", "trafilatura", "feedparser", "tantivy", "fastapi", "matplotlib"):
        assert heavy not in loaded, heavy
    assert time.monotonic() - started < 30  # a sanity bound only; bench-free: the modules above are the point


def test_import_monitor_store_loads_no_crawler_library():
    loaded = subprocess.run(
        [sys.executable, "-c", "import sys, monitor.store; print(' '.join(sorted(sys.modules)))"],
        capture_output=True, text=True, check=True,
    ).stdout.split()  # fmt: skip
    assert not {"httpx", "trafilatura", "feedparser"} & set(loaded)


def test_the_demo_fills_the_store_every_command_reads_by_default():
    demo = Path(__file__).resolve().parents[1] / "site" / "demo.py"
    usage = subprocess.run([sys.executable, str(demo), "--help"], capture_output=True, text=True, check=True).stdout
    assert "default: monitor.duckdb" in usage
    from monitor.store import DEFAULT_DB

    assert DEFAULT_DB == "monitor.duckdb"


def test_the_search_commands_limit_is_the_indexs():
    from monitor import search_command
    from monitor.store.search import index

    assert search_command.MAX_LIMIT == index.MAX_LIMIT
