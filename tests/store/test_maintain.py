"""`monitor maintain` (issue 19): on a DuckLake store after many small writes, fewer Parquet files and snapshots and
every fact still there; a killed writer's orphan file removed once old enough, a running writer's never; a dry run
changes nothing; maintenance while a writer writes and a reader reads loses nothing. On a DuckDB file, a checkpoint.
Each test has its own PostgreSQL database (tests/pg.py)."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor.cli import cli
from monitor.facts import Article, Fact
from monitor.store import Store
from monitor.store.maintain import KEEP_FILES, duration, maintain

ROOT = Path(__file__).resolve().parents[2]
WRITER = Path(__file__).parent / "writer.py"
NOW = dt.timedelta(0)  # keep nothing: every snapshot but the last expired, every unused file removed


def article(n: int) -> tuple[Article, list[Fact]]:
    text = f"Phường Hồng Bàng tiếp nhận {n} hồ sơ trực tuyến."
    one = Article(id=f"a{n:04d}", text=text, outlet="Báo Hải Phòng", url=f"http://h/{n}")
    fact = Fact(
        doc=one.id,
        metric="dossiers_received",
        value=float(n),
        unit="dossier",
        province="Hải Phòng",
        as_of=dt.date(2025, 8, 1) + dt.timedelta(days=n % 90),
        evidence=text,
        start=0,
        end=len(text),
    )
    return one, [fact]


def write_small(lake: str, data: Path, count: int) -> None:
    """`count` writes of one article each, then a third of them rewritten: many small files, snapshots and deletes."""
    with Store.open(lake, data_path=data) as store:
        for n in range(count):
            store.write(*article(n))
        for n in range(0, count, 3):
            store.write(*article(n))


def contents(address: str) -> dict[str, list[tuple]]:
    with Store.open(address, read_only=True) as store:
        return {
            sql: sorted(store.query(sql).rows, key=repr)
            for sql in (
                "SELECT * FROM articles",
                "SELECT * FROM facts",
                "SELECT * FROM timeline_points",
            )
        }


def parquet(data: Path) -> dict[Path, float]:
    return {path: path.stat().st_mtime for path in data.rglob("*.parquet")}


def snapshots(address: str, data: Path) -> int:
    from monitor.store.lake import connect_lake

    db = connect_lake(address, data, read_only=True)
    try:
        return db.execute("SELECT count(*) FROM ducklake_snapshots('lake')").fetchone()[0]
    finally:
        db.close()


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_maintain_leaves_fewer_files_and_snapshots_and_every_fact(lake, data):
    write_small(lake, data, 24)
    before, files, shots = contents(lake), parquet(data), snapshots(lake, data)
    assert len(files) > 24 and shots > 30

    report = maintain(lake, keep_snapshots=NOW, keep_files=NOW, no_writers=True)
    assert report.lake and not report.dry_run and report.rows_flushed > 0 and report.files_rewritten > 0
    # the flush, merge and rewrite are snapshots of their own, made around the expiry
    assert report.snapshots_expired >= shots - 1 and report.snapshots_after < 5
    assert report.files_merged > report.files_merged_into > 0
    assert report.old_files and report.bytes_freed > 0
    assert report.files_after < report.files_before / 4
    assert contents(lake) == before
    assert snapshots(lake, data) < 5
    # the files the rewrite replaced stay while the snapshots made by this run refer to them: the next run (cron's,
    # a day later) removes them
    again = maintain(lake, keep_snapshots=NOW, keep_files=NOW, no_writers=True)
    assert again.old_files and len(parquet(data)) < len(files) / 4
    assert contents(lake) == before
    # and the store takes writes after: the merged files are written to as any
    with Store.open(lake) as store:
        store.write(*article(1000))
        assert store.counts() == {"articles": 25, "facts": 25}


def test_a_dry_run_changes_nothing(lake, data):
    write_small(lake, data, 12)
    orphan = data / "main" / "facts" / "ducklake-left-by-a-killed-writer.parquet"
    orphan.write_bytes((next(data.rglob("*.parquet"))).read_bytes())
    aged(orphan, KEEP_FILES * 2)
    before, files, shots = contents(lake), parquet(data), snapshots(lake, data)

    report = maintain(lake, keep_snapshots=NOW, keep_files=NOW, dry_run=True)
    assert report.dry_run and report.snapshots_expired == shots - 1
    assert str(orphan) in report.orphans and report.orphan_bytes >= orphan.stat().st_size
    assert report.files_merged == report.rows_flushed == 0
    assert parquet(data) == files
    assert snapshots(lake, data) == shots
    assert contents(lake) == before

    code, out, err = run("maintain", "--db", lake, "--dry-run", "--keep-snapshots", "0s", "--keep-files", "0s")
    assert code == 0, err
    assert "dry run" in out and f"snapshots would be expired: {shots - 1}" in out
    assert "orphaned files would be removed: 1" in out
    assert "expiring" in err and "expiring" not in out  # progress on stderr, the report on stdout
    assert parquet(data) == files and snapshots(lake, data) == shots


def aged(path: Path, age: dt.timedelta) -> None:
    """The file last written `age` ago, as if the maintenance ran that much later."""
    then = time.time() - age.total_seconds()
    os.utime(path, (then, then))


# a writer that inserts into the store and is killed before it commits: DuckLake writes a transaction's Parquet
# files before the commit, so the file stays behind, known to no snapshot
HALF_WRITER = """
import sys, time
from monitor.store import Store
store = Store.open(sys.argv[1])
store.db.execute("BEGIN TRANSACTION")
store.db.execute("INSERT INTO articles (id, text) SELECT 'k' || range, 'never committed' FROM range(1000)")
print("inserted", flush=True)
time.sleep(120)
"""


def test_a_killed_writers_orphan_is_removed_once_old_enough_and_a_running_writers_file_never(lake, data):
    write_small(lake, data, 10)
    files = parquet(data)
    killed = subprocess.Popen([sys.executable, "-c", HALF_WRITER, lake], stdout=subprocess.PIPE, text=True)
    try:
        assert killed.stdout.readline().strip() == "inserted"
    finally:
        os.kill(killed.pid, signal.SIGKILL)
        killed.wait()
    (orphan,) = set(parquet(data)) - set(files)

    # a writer still running, its file written and not committed
    with Store.open(lake) as running:
        running.db.execute("BEGIN TRANSACTION")
        running.db.execute("INSERT INTO articles (id, text) SELECT 'r' || range, 'committed later' FROM range(1000)")
        (pending,) = set(parquet(data)) - set(files) - {orphan}

        report = maintain(lake, keep_snapshots=NOW)  # files: the default margin
        assert report.orphans == [] and orphan.exists() and pending.exists()

        aged(orphan, KEEP_FILES + dt.timedelta(hours=1))
        report = maintain(lake, keep_snapshots=NOW)
        assert report.orphans == [str(orphan)] and report.orphan_bytes > 0
        assert not orphan.exists() and pending.exists()
        running.db.execute("COMMIT")
    with Store.open(lake, read_only=True) as store:
        assert store.query("SELECT count(*) FROM articles WHERE id LIKE 'r%'").rows == [(1000,)]
        assert store.query("SELECT count(*) FROM articles WHERE id LIKE 'k%'").rows == [(0,)]
        assert store.counts()["facts"] == 10


def test_maintenance_while_a_writer_writes_and_a_reader_reads_loses_nothing(lake, data):
    write_small(lake, data, 10)
    env = {**os.environ, "MONITOR_DATA_PATH": str(data)}
    writer = subprocess.Popen(
        [sys.executable, str(WRITER), lake, "40"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    seen: list[int] = []
    failures: list[BaseException] = []

    def read() -> None:
        while writer.poll() is None:
            try:
                with Store.open(lake, read_only=True) as store:
                    seen.append(store.counts()["articles"])
                    store.timeline(province="Nghệ An")
            except BaseException as error:  # the test reports any failure of the reader
                failures.append(error)
                return
            time.sleep(0.05)

    reader = threading.Thread(target=read)
    reader.start()
    runs = []
    while writer.poll() is None:
        # snapshots all expired and merged under the writer; its fresh files kept by the one-minute margin
        runs.append(maintain(lake, keep_snapshots=NOW, keep_files=dt.timedelta(minutes=1)))
    reader.join()
    out, err = writer.communicate()
    assert writer.returncode == 0, err
    assert out.split()[-1] == "40"
    assert not failures, failures
    assert runs and sum(r.snapshots_expired for r in runs) > 0 and sum(r.files_merged for r in runs) > 0
    assert len(seen) >= 3 and seen == sorted(seen)
    final = maintain(lake, keep_snapshots=NOW, keep_files=NOW)
    assert final.orphans == []  # every file the writer wrote was committed
    with Store.open(lake, read_only=True) as store:
        assert store.counts() == {"articles": 50, "facts": 50}
        ids = [row[0] for row in store.query("SELECT id FROM articles WHERE id LIKE 'w%' ORDER BY id").rows]
        assert ids == [f"w{n:05d}" for n in range(40)]
        points = store.query("SELECT sum(len(all_article_ids)) FROM timeline_points").rows[0][0]
        assert points == 50  # the timeline settled with every fact


def test_a_file_store_is_checkpointed(tmp_path):
    db = tmp_path / "monitor.duckdb"
    with Store.open(db) as store:
        for n in range(20):
            store.write(*article(n))
    before = contents(str(db))
    stamp = db.stat().st_mtime_ns

    code, out, err = run("maintain", "--db", str(db), "--dry-run")
    assert code == 0, err
    assert "no snapshots" in out and db.stat().st_mtime_ns == stamp

    code, out, err = run("maintain", "--db", str(db), "--format", "json")
    assert code == 0, err
    report = json.loads(out)
    assert report["lake"] is False and report["bytes_before"] >= report["bytes_after"] > 0
    assert "checkpoint" in err
    assert contents(str(db)) == before


def test_a_missing_store_is_one_line_and_nothing_is_created(tmp_path, lake):
    missing = tmp_path / "none.duckdb"
    code, out, err = run("maintain", "--db", str(missing))
    assert code == 1 and not out and len(err.strip().splitlines()) == 1 and "not found" in err
    assert not missing.exists()
    code, out, err = run("maintain", "--db", lake, "--data-path", str(tmp_path / "data"))
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "data").exists() or not list((tmp_path / "data").iterdir())


@pytest.mark.parametrize("text", ["3 days", "7", "d", "-1d", "1y"])
def test_a_duration_that_is_not_one_is_a_usage_error(tmp_path, text):
    code, _, err = run("maintain", "--db", str(tmp_path / "m.duckdb"), "--keep-snapshots", text)
    assert code == 2 and "duration" in err and len(err.strip().splitlines()) == 1
    with pytest.raises(ValueError):
        duration(text)


def test_durations():
    assert duration("7d") == dt.timedelta(days=7)
    assert duration("12h") == dt.timedelta(hours=12)
    assert duration("1.5m") == dt.timedelta(seconds=90)
    assert duration("2W") == dt.timedelta(weeks=2)
    assert duration("0s") == dt.timedelta(0)
