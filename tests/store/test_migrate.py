"""`monitor migrate --from STORE --to STORE` (issue 19): a file store copied into a DuckLake store and back, every
table row for row, counts printed and checked; a target that holds rows, a missing source and one store given twice
refused in one line; a migration stopped or killed halfway leaves the target as it was. The DuckLake stores live
on the tests' own PostgreSQL (tests/pg.py)."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from monitor.cli import cli
from monitor.store import SCHEMA_VERSION, Store
from monitor.store.migrate import TABLES, TargetNotEmpty, migrate, same_store
from tests.store.test_lake_store import crawl

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"
OLD_FILE = Path(__file__).parent / "data" / "monitor-v1.duckdb"  # schema 1, the walking skeleton's


def run(*args: str | Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, [str(a) for a in args])
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def filled(tmp_path_factory) -> Path:
    """A file store of the seeds' articles, facts and timeline, and of a crawl's state (every crawl table)."""
    path = tmp_path_factory.mktemp("filled") / "monitor.duckdb"
    code, _, err = run("extract", SEEDS, "--db", path, "--format", "jsonl")
    assert code == 0, err
    with Store.open(path) as store:
        crawl(store)
        store.db.execute(
            "INSERT INTO fetch_log VALUES ('http://h/feed', 'feed', 'H', 200, 10, 0.5, NULL, TIMESTAMP '2026-01-02')"
        )
    return path


@pytest.fixture
def source(filled, tmp_path) -> Path:
    """A copy of the filled store, for one test."""
    return Path(shutil.copy(filled, tmp_path / "source.duckdb"))


@pytest.fixture
def lake(pg_database, tmp_path, monkeypatch) -> str:
    """A DuckLake store's address on its own database; its search index goes to the test's folder."""
    monkeypatch.setenv("MONITOR_SEARCH_DIR", str(tmp_path / "search"))
    return "ducklake:postgres:" + pg_database


def contents(db: str | Path) -> dict[str, list]:
    """Every table of the schema, its rows sorted, each row as (column, value) pairs: column order aside."""
    with Store.open(db, read_only=True) as store:
        tables = {}
        for table in TABLES:
            result = store.query(f"SELECT * FROM {table}")
            rows = [tuple(sorted(zip(result.columns, row, strict=True))) for row in result.rows]
            tables[table] = sorted(rows, key=repr)
        return tables


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def counts(out: str) -> dict[str, tuple[int, int]]:
    return {row["table"]: (row["source rows"], row["target rows"]) for row in json.loads(out)}


def test_a_file_store_moves_to_a_lake_and_back_row_for_row(source, lake, tmp_path, postgres_server):
    before = contents(source)
    assert all(before[table] for table in TABLES if table != "timeline_pending"), "every table has rows to copy"
    untouched = digest(source)
    data = tmp_path / "data"

    code, out, err = run("migrate", "--from", source, "--to", lake, "--data-path", data, "--format", "json")
    assert code == 0, err
    assert counts(out) == {table: (len(rows), len(rows)) for table, rows in before.items()}
    assert "migrated" in err and "rows in 13 tables" in err
    assert list(data.rglob("*.parquet")), "the facts were written as Parquet"
    assert digest(source) == untouched, "the source is only read"
    assert contents(lake) == before

    back = tmp_path / "back.duckdb"
    code, out, err = run("migrate", "--from", lake, "--to", back, "--format", "json")
    assert code == 0, err
    assert counts(out)["facts"] == (len(before["facts"]),) * 2
    assert contents(back) == before
    assert Path(f"{back}.search").is_dir(), "the migration built the target's search index"
    # the target is a store as any other: written to again, and the timeline read by the command is the source's
    with Store.open(back) as store:
        assert store.query("SELECT max(version) FROM schema_version").rows == [(SCHEMA_VERSION,)]
    timelines = [run("timeline", "--db", db, "--format", "json") for db in (source, lake, back)]
    assert all(code == 0 for code, _, _ in timelines) and json.loads(timelines[0][1])
    assert timelines[0][1] == timelines[1][1] == timelines[2][1]
    found = [run("search", "biệt phái", "--db", db, "--format", "jsonl")[1] for db in (source, back)]
    assert found[0].strip() and found[0] == found[1]

    # and from one DuckLake store to another (a catalog moving to another database or server)
    other = "ducklake:postgres:" + postgres_server.create_database(f"moved_{os.getpid()}")
    code, _, err = run("migrate", "--from", lake, "--to", other, "--data-path", tmp_path / "other")
    assert code == 0, err
    assert contents(other) == before


def test_a_file_store_copied_to_a_new_file(source, tmp_path):
    target = tmp_path / "copy" / "monitor.duckdb"
    target.parent.mkdir()
    code, out, err = run("migrate", "--from", source, "--to", target, "--format", "json")
    assert code == 0, err
    assert all(a == b for a, b in counts(out).values())
    assert contents(target) == contents(source)


def test_a_target_that_is_not_a_monitor_store_is_refused_untouched(source, tmp_path):
    other = tmp_path / "other.duckdb"
    with duckdb.connect(str(other)) as db:
        db.execute("CREATE TABLE readings (x INTEGER)")
    untouched = digest(other)
    code, _, err = run("migrate", "--from", source, "--to", other)
    assert code == 1 and len(err.strip().splitlines()) == 1 and "not a monitor store" in err, err
    assert digest(other) == untouched


def test_a_missing_source_is_refused_and_creates_nothing(lake, tmp_path):
    target = tmp_path / "target.duckdb"
    for missing in (tmp_path / "nothing.duckdb", lake):
        code, out, err = run("migrate", "--from", missing, "--to", target)
        assert code == 1 and not out, err
        assert len(err.strip().splitlines()) == 1 and "nothing to migrate" in err, err
    assert not target.exists() and not (tmp_path / "nothing.duckdb").exists()
    code, _, err = run("migrate", "--from", target, "--to", lake, "--data-path", tmp_path / "data")
    assert code == 1 and "nothing to migrate" in err
    assert not (tmp_path / "data").exists() or not list((tmp_path / "data").rglob("*.parquet"))


def test_one_store_given_as_source_and_target_is_refused(source, lake):
    spelled_again = source.parent / "." / source.name
    reordered = "ducklake:postgres:" + " ".join(reversed(lake.removeprefix("ducklake:postgres:").split()))
    assert same_store(source, spelled_again) and same_store(lake, reordered) and not same_store(source, lake)
    untouched = digest(source)
    for first, second in ((source, spelled_again), (lake, reordered)):
        code, _, err = run("migrate", "--from", first, "--to", second)
        assert code == 2 and len(err.strip().splitlines()) == 1 and "same store" in err, err
    assert digest(source) == untouched


def test_usage_mistakes_are_one_line_and_a_password_is_never_shown(source, tmp_path):
    code, _, err = run("migrate", "--from", source, "--to", tmp_path / "t.duckdb", "--data-path", tmp_path / "d")
    assert code == 2 and len(err.strip().splitlines()) == 1 and "--data-path" in err
    secret = "ducklake:postgres:dbname=x host=127.0.0.1 password=hunter2"
    code, _, err = run("migrate", "--from", source, "--to", secret)
    assert code == 2 and "hunter2" not in err and "password" in err and len(err.strip().splitlines()) == 1
    assert run("migrate", "--from", source)[0] == 2  # --to is required
    assert not (tmp_path / "t.duckdb").exists()


def stop_at_facts(place: int, table: str, rows: int) -> None:
    if table == "facts":  # schema_version and articles are copied by now, in the transaction
        raise KeyboardInterrupt


def test_a_new_file_is_removed_when_the_migration_into_it_stops(source, tmp_path):
    new_file = tmp_path / "new.duckdb"
    with pytest.raises(KeyboardInterrupt):
        migrate(source, new_file, on_table=stop_at_facts)
    assert not new_file.exists() and not list(tmp_path.glob("new.duckdb*"))


def test_an_empty_store_stays_empty_when_stopped_then_takes_one_store_only(source, lake, tmp_path):
    Store.open(lake, data_path=tmp_path / "data").close()  # a new store: its tables and no row of its own
    with pytest.raises(KeyboardInterrupt):
        migrate(source, lake, on_table=stop_at_facts)
    assert all(not rows for table, rows in contents(lake).items() if table != "schema_version")
    code, _, err = run("migrate", "--from", source, "--to", lake)  # a second run takes the empty store
    assert code == 0, err
    before = contents(lake)
    assert before == contents(source)
    for target in (lake, source.with_name("other.duckdb")):
        if target != lake:
            shutil.copy(source, target)
        code, out, err = run("migrate", "--from", source, "--to", target)
        assert code == 1 and not out
        assert len(err.strip().splitlines()) == 1 and "already holds a store" in err and "5 articles" in err, err
    with pytest.raises(TargetNotEmpty):
        migrate(source, lake)
    assert contents(lake) == before, "nothing was added to the store refused"


# a migration that kills its own process (SIGKILL, nothing runs after it) once the articles are copied
KILLED = textwrap.dedent(
    """
    import os, signal, sys
    from monitor.store.migrate import migrate

    def kill(place, table, rows):
        if table == "facts":
            os.kill(os.getpid(), signal.SIGKILL)

    migrate(sys.argv[1], sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else None, on_table=kill)
    """
)


@pytest.mark.parametrize("kind", ["lake", "file"])
def test_a_migration_killed_halfway_commits_nothing_and_runs_again(kind, source, lake, tmp_path):
    target, data = (lake, tmp_path / "data") if kind == "lake" else (str(tmp_path / "target.duckdb"), None)
    args = [sys.executable, "-c", KILLED, str(source), target, *([str(data)] if data else [])]
    killed = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=120, env=os.environ.copy())
    assert killed.returncode == -9, killed.stderr
    with pytest.raises(FileNotFoundError):  # no monitor store there: the tables were created in the transaction
        Store.open(target, read_only=True)
    code, _, err = run("migrate", "--from", source, "--to", target)
    assert code == 0, err
    assert contents(target) == contents(source)


def test_an_older_file_store_is_brought_to_this_schema_then_copied(tmp_path, lake):
    old = Path(shutil.copy(OLD_FILE, tmp_path / "old.duckdb"))
    code, out, err = run("migrate", "--from", old, "--to", lake, "--data-path", tmp_path / "data", "--format", "json")
    assert code == 0, err
    assert counts(out)["facts"] == (1, 1) and counts(out)["timeline_points"] == (1, 1)
    assert contents(lake) == contents(old)
    assert run("timeline", "--db", lake, "--format", "json")[1] == run("timeline", "--db", old, "--format", "json")[1]
