"""A store is recognised before anything is written to it, and every file that cannot be one says why
in one line (issue 14): real files, folders, devices and file systems, no mocks."""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from monitor.cli import cli
from monitor.facts import Article
from monitor.store import (
    NotAStore,
    SchemaTooNew,
    Store,
    StoreBusy,
    StoreError,
    StoreFull,
    StoreMissing,
    StoreUnusable,
)


def digest(path: Path) -> str:
    """The file's bytes, and its WAL's if any: what "nothing was written" compares."""
    wal = Path(f"{path}.wal")
    return hashlib.sha256(path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")).hexdigest()


def one_line(error: BaseException) -> str:
    text = str(error)
    assert text and "\n" not in text, text
    return text


@pytest.fixture
def foreign(tmp_path) -> Path:
    """Another program's DuckDB file."""
    path = tmp_path / "other.duckdb"
    with duckdb.connect(str(path)) as db:
        db.execute("CREATE TABLE users (id INTEGER, name VARCHAR)")
        db.execute("INSERT INTO users VALUES (1, 'an'), (2, 'bình')")
        db.execute("CREATE VIEW grown AS SELECT * FROM users WHERE id > 1")
    return path


@pytest.fixture
def foreign_facts(tmp_path) -> Path:
    """Another program's DuckDB file with a table called facts of its own."""
    path = tmp_path / "facts.duckdb"
    with duckdb.connect(str(path)) as db:
        db.execute("CREATE TABLE facts (id INTEGER, claim VARCHAR, true_or_false BOOLEAN)")
        db.execute("INSERT INTO facts VALUES (1, 'the sky is blue', true)")
    return path


# --- recognising a store -------------------------------------------------------------------------------


def test_a_read_command_adds_nothing_to_another_programs_file(foreign):
    before = digest(foreign)
    result = CliRunner().invoke(cli, ["query", "--db", str(foreign), "SELECT 1"])
    assert result.exit_code != 0
    assert digest(foreign) == before
    with duckdb.connect(str(foreign), read_only=True) as db:
        assert {row[0] for row in db.execute("SHOW TABLES").fetchall()} == {"users", "grown"}


@pytest.mark.parametrize("read_only", [True, False])
def test_another_programs_file_is_not_a_store(foreign, read_only):
    before = digest(foreign)
    with pytest.raises(NotAStore) as refused:
        Store.open(foreign, read_only=read_only)
    message = one_line(refused.value)
    assert str(foreign) in message and "not a monitor store" in message and "--init" in message
    assert "users" in message
    assert digest(foreign) == before


def test_init_adds_monitors_tables_beside_the_others(foreign):
    with Store.open(foreign, init=True) as store:
        store.write(Article(id="a", text="Hà Nội tiếp nhận 5 hồ sơ.", url="http://x.test/a", outlet="X"), [])
    with Store.open(foreign, read_only=True) as store:
        assert store.counts()["articles"] == 1
        assert store.select("SELECT count(*) FROM users").rows == [(2,)]
    Store.open(foreign).close()  # a store now, without --init


@pytest.mark.parametrize("init", [False, True])
def test_a_file_with_its_own_facts_table_is_refused_even_with_init(foreign_facts, init):
    before = digest(foreign_facts)
    with pytest.raises(NotAStore) as refused:
        Store.open(foreign_facts, init=init)
    message = one_line(refused.value)
    assert str(foreign_facts) in message and "facts" in message
    with pytest.raises(NotAStore):
        Store.open(foreign_facts, read_only=True)
    assert digest(foreign_facts) == before


@pytest.mark.parametrize("command", [["query", "SELECT 1"], ["timeline"], ["export", "--format", "csv"]])
def test_read_commands_leave_a_foreign_facts_table_alone(foreign_facts, tmp_path, command):
    before = digest(foreign_facts)
    extra = ["--out", str(tmp_path / "out.csv")] if command[0] == "export" else []
    result = CliRunner().invoke(cli, [command[0], "--db", str(foreign_facts), *command[1:], *extra])
    assert result.exit_code != 0
    assert digest(foreign_facts) == before


def test_a_schema_version_table_of_other_columns_is_not_monitors(tmp_path):
    path = tmp_path / "migrated.duckdb"
    with duckdb.connect(str(path)) as db:
        db.execute("CREATE TABLE schema_version (id INTEGER, script VARCHAR)")
    with pytest.raises(NotAStore):
        Store.open(path, read_only=True)


def test_a_new_or_empty_file_becomes_a_store(tmp_path):
    no_bytes = tmp_path / "touched.duckdb"
    no_bytes.touch()
    no_tables = tmp_path / "blank.duckdb"
    duckdb.connect(str(no_tables)).close()
    for path in (tmp_path / "new.duckdb", no_bytes, no_tables):
        with Store.open(path) as store:
            assert store.counts() == {"articles": 0, "facts": 0}


def test_a_reader_creates_nothing_in_an_empty_file(tmp_path):
    no_bytes = tmp_path / "touched.duckdb"
    no_bytes.touch()
    no_tables = tmp_path / "blank.duckdb"
    duckdb.connect(str(no_tables)).close()
    for path in (no_bytes, no_tables):
        before = digest(path)
        with pytest.raises(StoreMissing) as missing:
            Store.open(path, read_only=True)
        assert str(path) in one_line(missing.value)
        assert digest(path) == before
    with pytest.raises(StoreMissing):
        Store.open(tmp_path / "absent.duckdb", read_only=True)
    assert not (tmp_path / "absent.duckdb").exists()


def test_a_newer_store_is_still_schema_too_new(tmp_path):
    path = tmp_path / "monitor.duckdb"
    with Store.open(path) as store:
        store.query("INSERT INTO schema_version VALUES (99, now(), 'future')")
    with pytest.raises(SchemaTooNew):
        Store.open(path, read_only=True)


def test_every_store_error_is_one_catchable_class():
    for cls in (NotAStore, StoreBusy, StoreUnusable, StoreFull, SchemaTooNew):
        assert issubclass(cls, StoreError)


# --- files that cannot be a store ----------------------------------------------------------------------


def _sqlite(path: Path) -> Path:
    with contextlib.closing(sqlite3.connect(path)) as db:
        db.execute("CREATE TABLE facts (a)")
        db.commit()
    return path


def _damaged(path: Path) -> Path:
    with Store.open(path) as store:
        for n in range(50):
            store.write(Article(id=f"a{n}", text="x" * 2000, url=f"http://x.test/{n}", outlet="X"), [])
    data = bytearray(path.read_bytes())
    for i in range(4096, len(data), 7):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))
    return path


def _truncated(path: Path) -> Path:
    Store.open(path).close()
    path.write_bytes(path.read_bytes()[:5000])
    return path


CASES = {
    "a directory": (lambda tmp: _mkdir(tmp / "folder.duckdb"), "is a directory"),
    "/dev/null": (lambda tmp: Path("/dev/null"), "not a regular file"),
    "a text file": (lambda tmp: _text(tmp / "notes.duckdb"), "not a DuckDB database file"),
    "a SQLite file": (lambda tmp: _sqlite(tmp / "app.db"), "SQLite"),
    "a damaged store": (lambda tmp: _damaged(tmp / "monitor.duckdb"), "damaged"),
    "a truncated store": (lambda tmp: _truncated(tmp / "monitor.duckdb"), "damaged"),
}


def _mkdir(path: Path) -> Path:
    path.mkdir()
    return path


def _text(path: Path) -> Path:
    path.write_text("hello, this is not a database\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("read_only", [True, False], ids=["read", "write"])
@pytest.mark.parametrize("case", list(CASES))
def test_a_file_that_cannot_be_a_store_says_why_in_one_line(tmp_path, case, read_only):
    make, words = CASES[case]
    path = make(tmp_path)
    before = digest(path) if path.is_file() and path != Path("/dev/null") else None
    with pytest.raises(StoreUnusable) as refused, Store.open(path, read_only=read_only) as store:
        store.counts()
    message = one_line(refused.value)
    assert words in message and str(path) in message
    assert "held by another process" not in message
    if before is not None:
        assert digest(path) == before


def test_an_empty_path_is_no_store(tmp_path):
    with pytest.raises(StoreUnusable, match="empty path"):
        Store.open("")


def test_a_missing_folder_is_named(tmp_path):
    with pytest.raises(StoreUnusable) as refused:
        Store.open(tmp_path / "no" / "such" / "monitor.duckdb")
    assert "does not exist" in one_line(refused.value)


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes read-only files anyway")
def test_a_read_only_file_is_named(tmp_path):
    path = tmp_path / "monitor.duckdb"
    Store.open(path).close()
    path.chmod(0o444)
    tmp_path.chmod(0o555)
    try:
        with pytest.raises(StoreUnusable) as refused:
            Store.open(path)
        assert "permission denied" in one_line(refused.value)
        with Store.open(path, read_only=True) as store:  # reading still works
            assert store.counts()["articles"] == 0
    finally:
        tmp_path.chmod(0o755)


# --- file systems: read-only, full ---------------------------------------------------------------------


@contextlib.contextmanager
def tmpfs(where: Path, size: str) -> Iterator[Path]:
    """A small file system of its own (needs root to mount; the test is skipped otherwise)."""
    where.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root; a full disk and a read-only file system are not simulated")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)], capture_output=True)
    if done.returncode:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def test_a_read_only_file_system_is_named_not_busy(tmp_path):
    with tmpfs(tmp_path / "mnt", "8m") as mnt:
        path = mnt / "monitor.duckdb"
        with Store.open(path) as store:
            store.write(Article(id="a", text="Hà Nội.", url="http://x.test/a", outlet="X"), [])
        subprocess.run(["mount", "-o", "remount,ro", str(mnt)], check=True)
        with pytest.raises(StoreUnusable) as refused:
            Store.open(path)
        message = one_line(refused.value)
        assert "read-only file system" in message and "held by another process" not in message
        with pytest.raises(StoreUnusable, match="read-only file system"):
            Store.open(mnt / "new.duckdb")
        with Store.open(path, read_only=True) as store:  # reading needs no write
            assert store.counts()["articles"] == 1
            assert store.select("SELECT count(*) FROM articles").rows == [(1,)]


def test_a_full_disk_says_no_space_left_and_keeps_what_was_committed(tmp_path):
    page = Article(id="", text="", url="", outlet="Báo X")
    with tmpfs(tmp_path / "mnt", "3m") as mnt:
        path = mnt / "monitor.duckdb"
        written = 0
        with pytest.raises(StoreFull) as full, Store.open(path) as store:
            for n in range(10_000):
                text = f"Bài {n}: " + os.urandom(6000).hex()
                store.write(dataclasses.replace(page, id=f"a{n:05d}", text=text, url=f"http://x.test/{n}"), [])
                written += 1
                store.step_aside(after=0.2)
        message = one_line(full.value)
        assert "no space left on device" in message and str(path) in message
        assert "rollback" not in message.lower()
        assert written > 0
        # what was committed is there; nothing half-written
        with Store.open(path, read_only=True) as store:
            ids = [row[0] for row in store.query("SELECT id FROM articles ORDER BY id").rows]
        assert ids == [f"a{n:05d}" for n in range(len(ids))]
        assert written - 1 <= len(ids) <= written
