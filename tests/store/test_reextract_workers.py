"""`monitor reextract --workers N` (issue 19): stored articles read again by worker processes, the store the same
as one process leaves it, on a DuckDB file and on a DuckLake store; a run killed halfway and run again finishes."""

from __future__ import annotations

import itertools
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor.cli import cli
from monitor.extract import EXTRACTOR_VERSION
from monitor.store import Store

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
FACTS = "SELECT * EXCLUDE (extracted_at) FROM facts ORDER BY ALL"  # the time of reading differs, nothing else
ARTICLES = "SELECT * FROM articles ORDER BY id"
_numbers = itertools.count(1)


def copies(folder: Path, times: int) -> Path:
    """The seeds, each `times` times under names of its own (an article's id is its file's name)."""
    folder.mkdir()
    for number in range(times):
        for seed in sorted(SEEDS.glob("*.txt")):
            shutil.copy(seed, folder / f"c{number:03d}_{seed.name}")
    return folder


def invoke(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.stderr


def stored(address: str, data: Path | None, times: int, tmp_path: Path) -> list[tuple]:
    """A store of the copies whose facts are then lost and articles marked read by an older extractor (what
    reextract is for); returns the facts as extracted."""
    folder = copies(tmp_path / f"articles-{times}-{len(list(tmp_path.iterdir()))}", times)
    invoke("extract", str(folder), "--db", address, *(["--data-path", str(data)] if data else []), "--format", "jsonl")
    with Store.open(address, data_path=data) as store:
        facts = store.query(FACTS).rows
        store.db.execute("BEGIN TRANSACTION")
        store.db.execute("DELETE FROM facts")
        store.db.execute("UPDATE articles SET extractor_version = 'old'")
        store.db.execute("COMMIT")
    return facts


def rows(address: str, sql: str) -> list[tuple]:
    with Store.open(address, read_only=True) as store:
        return store.query(sql).rows


@pytest.fixture(params=["file", "lake"])
def two_stores(request, tmp_path, monkeypatch) -> tuple[tuple[str, Path | None], tuple[str, Path | None]]:
    """Two stores of one kind (their search indexes in the test's folder)."""
    monkeypatch.setenv("MONITOR_SEARCH_DIR", str(tmp_path / "search"))
    if request.param == "file":
        return (str(tmp_path / "one.duckdb"), None), (str(tmp_path / "two.duckdb"), None)
    server = request.getfixturevalue("postgres_server")
    made = [server.create_database(f"rx_{os.getpid()}_{name}_{next(_numbers)}") for name in ("one", "two")]
    return ("ducklake:postgres:" + made[0], tmp_path / "data-one"), (
        "ducklake:postgres:" + made[1],
        tmp_path / "data-two",
    )


def test_two_workers_leave_the_store_as_one_process_does(two_stores, tmp_path):
    (one, one_data), (two, two_data) = two_stores
    extracted = stored(one, one_data, 2, tmp_path)
    assert stored(two, two_data, 2, tmp_path) == extracted and extracted
    said = invoke("reextract", "--db", one, "--workers", "1")
    assert "re-extracted 10 articles" in said and "workers" not in said
    said = invoke("reextract", "--db", two, "--workers", "2")
    assert "re-extracted 10 articles" in said and "with 2 workers" in said, said
    assert rows(one, FACTS) == rows(two, FACTS) == extracted
    assert rows(one, ARTICLES) == rows(two, ARTICLES)
    assert rows(two, "SELECT DISTINCT extractor_version FROM articles") == [(EXTRACTOR_VERSION,)]
    # nothing is stale now: a run without --all has nothing to do
    assert "re-extracted 0 articles" in invoke("reextract", "--db", two, "--workers", "2")


def test_a_run_killed_halfway_and_run_again_finishes_the_job(tmp_path, monkeypatch):
    monkeypatch.setenv("MONITOR_SEARCH_DIR", str(tmp_path / "search"))
    db = str(tmp_path / "monitor.duckdb")
    extracted = stored(db, None, 8, tmp_path)
    command = [sys.executable, "-m", "monitor", "reextract", "--db", db, "--workers", "2"]
    run = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, start_new_session=True)
    assert run.stderr is not None
    line = run.stderr.readline()  # the first tenth written
    os.killpg(run.pid, signal.SIGKILL)  # the writer and its workers, mid-run
    run.wait()
    assert line.startswith("re-extracting: 4 of 40 articles written"), line
    done = "SELECT count(*) FROM articles WHERE extractor_version = ?"
    left = 40 - _count(db, done)
    assert 0 < left <= 36, left
    said = invoke("reextract", "--db", db, "--workers", "2")
    assert f"re-extracted {left} articles" in said  # the rest only
    assert rows(db, FACTS) == extracted
    assert rows(db, "SELECT count(*), count(DISTINCT id) FROM articles") == [(40, 40)]
    assert _count(db, done) == 40


def _count(address: str, sql: str) -> int:
    with Store.open(address, read_only=True) as store:
        return store.query(sql, [EXTRACTOR_VERSION]).rows[0][0]


def test_workers_out_of_range_are_a_usage_error(tmp_path):
    for given in ("0", "65", "two"):
        result = CliRunner().invoke(cli, ["reextract", "--db", str(tmp_path / "m.duckdb"), "--workers", given])
        assert result.exit_code == 2 and len(result.stderr.strip().splitlines()) == 1, result.stderr
