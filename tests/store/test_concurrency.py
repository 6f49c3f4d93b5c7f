"""A crawl writing while a researcher reads, and a writer killed mid-run: real processes, one DuckDB file."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from monitor.cli import cli
from monitor.store import Store

WRITER = Path(__file__).parent / "writer.py"


def start_writer(db: Path, count: int, *flags: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(WRITER), str(db), str(count), *flags], stdout=subprocess.PIPE, text=True
    )


def test_a_reader_gets_in_between_the_writes_of_a_long_writer(tmp_path):
    db = tmp_path / "monitor.duckdb"
    Store.open(db).close()
    writer = start_writer(db, 60, "--release")
    seen = []
    while writer.poll() is None:
        with Store.open(db, read_only=True) as store:  # waits for the lock when the writer holds it
            seen.append(store.counts()["articles"])
            store.timeline(province="Nghệ An")
        time.sleep(0.05)  # a person reads the answer before asking again
    assert writer.wait() == 0
    with Store.open(db, read_only=True) as store:
        assert store.counts() == {"articles": 60, "facts": 60}
    assert len(seen) >= 3 and seen == sorted(seen)  # the reader saw the store grow, never fail


def test_a_writer_killed_mid_run_leaves_every_committed_article(tmp_path):
    db = tmp_path / "monitor.duckdb"
    writer = start_writer(db, 100_000)
    committed = 0
    for line in writer.stdout:
        committed = int(line.split()[1])
        if committed >= 50:
            break
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait()
    with Store.open(db, read_only=True) as store:
        articles = store.counts()["articles"]
        ids = [row[0] for row in store.query("SELECT id FROM articles ORDER BY id").rows]
    assert articles >= committed
    assert ids == [f"w{n:05d}" for n in range(articles)]  # no hole, nothing half-written
    # the points its last writes touched were left to settle: the first open settles them
    with Store.open(db, read_only=True) as store:
        assert store.query("SELECT count(*) FROM timeline_pending").rows == [(0,)]
        shown = store.query("SELECT sum(len(all_article_ids)) FROM timeline_points").rows[0][0]
    assert shown == articles


@pytest.mark.parametrize(
    "command",
    [["timeline"], ["query", "SELECT 1"], ["export", "--format", "csv", "--out", "x.csv"], ["reextract"]],
    ids=lambda c: c[0],
)
def test_a_store_held_too_long_by_another_process_is_a_one_line_error(tmp_path, monkeypatch, hold_store, command):
    db = tmp_path / "monitor.duckdb"
    Store.open(db).close()
    hold_store(db)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("MONITOR_LOCK_WAIT", "0.5")
    result = CliRunner().invoke(cli, [command[0], "--db", str(db), *command[1:]])
    assert result.exit_code == 1
    (line,) = result.output.strip().splitlines()
    assert line.startswith("Error: ") and "held by another process" in line


def test_a_query_running_to_its_time_limit_delays_a_writer_but_never_fails_it(tmp_path, monkeypatch):
    """The query limit is shorter than the lock wait, so the longest read cannot end a crawl (issue 14)."""
    db = tmp_path / "monitor.duckdb"
    Store.open(db).close()
    monkeypatch.setenv("MONITOR_LOCK_WAIT", "6")
    monkeypatch.setenv("MONITOR_QUERY_TIMEOUT", "2")
    slow = "SELECT count(*) FROM range(40000000000) t(i) WHERE i % 7 = 3"
    reader = subprocess.Popen(
        [sys.executable, "-m", "monitor", "query", "--db", str(db), slow], stderr=subprocess.PIPE, text=True
    )
    # wait until the reader holds the file: a write connection is refused from then on
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and reader.poll() is None:
        try:
            duckdb.connect(str(db)).close()
        except duckdb.IOException:
            break
        time.sleep(0.05)
    else:
        pytest.fail("the query never held the file")
    started = time.monotonic()
    with Store.open(db) as store:  # waits for the reader, up to the lock wait
        waited = time.monotonic() - started
        assert store.counts() == {"articles": 0, "facts": 0}
    assert reader.wait(timeout=30) == 1
    assert reader.stderr.read().startswith("Error: stopped after 2 s")
    assert 0.2 < waited < 6
