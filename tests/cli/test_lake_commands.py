"""Every command on a DuckLake store (issue 19): `--db ducklake:postgres:…` with `--data-path` (or
$MONITOR_DATA_PATH) where a file would be given, the same output as on a file store, and a data folder given with
a file store refused in one line. Each test has its own PostgreSQL database (tests/pg.py)."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

import monitor
from monitor.cli import cli
from monitor.store import Store

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.fixture
def lake(pg_database, tmp_path, monkeypatch) -> str:
    """A DuckLake store's address on its own database; its search index goes to the test's folder."""
    monkeypatch.setenv("MONITOR_SEARCH_DIR", str(tmp_path / "search"))
    return "ducklake:postgres:" + pg_database


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_the_commands_read_and_write_a_lake_as_they_do_a_file(lake, tmp_path):
    file_db = str(tmp_path / "monitor.duckdb")
    data = tmp_path / "data"
    code, _, err = run("extract", str(SEEDS), "--db", lake, "--data-path", str(data), "--format", "jsonl")
    assert code == 0, err
    assert list(data.rglob("*.parquet")), "the facts were written as Parquet in the data folder"
    assert run("extract", str(SEEDS), "--db", file_db, "--format", "jsonl")[0] == 0

    for command in (
        ["timeline", "--format", "json"],
        ["timeline", "--latest", "--province", "hai phong", "--format", "json"],
        ["query", "SELECT metric, count(*) AS n FROM facts GROUP BY metric ORDER BY metric", "--format", "json"],
        ["sources", "--format", "json"],
    ):
        on_lake, on_file = run(*command, "--db", lake), run(*command, "--db", file_db)
        assert on_lake[0] == on_file[0] == 0, (command, on_lake[2])
        assert json.loads(on_lake[1]) == json.loads(on_file[1]), command

    # the catalog remembers its data folder: later commands need no --data-path, and a different one is refused
    code, _, err = run("timeline", "--db", lake, "--data-path", str(tmp_path / "elsewhere"))
    assert code == 1 and len(err.strip().splitlines()) == 1 and "data" in err.lower()

    out = tmp_path / "timeline.parquet"
    code, _, err = run("export", "--db", lake, "--format", "parquet", "--out", str(out))
    assert code == 0, err
    exported = duckdb.sql(f"SELECT count(*) FROM '{out}'").fetchone()[0]
    assert exported and f"exported {exported} rows" in err

    code, out_text, err = run("search", "biệt phái", "--db", lake, "--format", "jsonl")
    assert code == 0, err
    assert lines(out_text) and (tmp_path / "search").is_dir()

    code, out_text, err = run("digest", "--db", lake, "--weeks")
    assert code == 0 and out_text.strip(), err

    with Store.open(lake, read_only=True) as store, Store.open(file_db, read_only=True) as file:
        assert store.counts() == file.counts()
    frame = monitor.open(lake).timeline(province="Hải Phòng")
    assert len(frame) and "ducklake:postgres:" in repr(monitor.open(lake))


def test_a_data_path_with_a_file_store_is_a_usage_error(tmp_path):
    code, _, err = run("timeline", "--db", str(tmp_path / "m.duckdb"), "--data-path", str(tmp_path / "data"))
    assert code == 2 and "--data-path" in err and len(err.strip().splitlines()) == 1


def test_a_new_lake_without_a_data_folder_says_how_to_give_one(lake, tmp_path, monkeypatch):
    monkeypatch.delenv("MONITOR_DATA_PATH", raising=False)
    code, _, err = run("extract", str(SEEDS), "--db", lake)
    assert code == 1 and "--data-path" in err and len(err.strip().splitlines()) == 1
    monkeypatch.setenv("MONITOR_DATA_PATH", str(tmp_path / "data"))
    code, _, err = run("extract", str(SEEDS), "--db", lake)
    assert code == 0, err
    assert list((tmp_path / "data").rglob("*.parquet"))


def test_a_password_in_the_address_is_refused_without_repeating_it(lake):
    code, _, err = run("timeline", "--db", lake + " password=hunter2")
    assert code in (1, 2) and "hunter2" not in err and len(err.strip().splitlines()) == 1
