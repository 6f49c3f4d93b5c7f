"""What the command line says about files that cannot be a store, --init, bad $MONITOR_* settings and
--allow-private: one line `Error: …` each, against real files and real loopback servers."""

import contextlib
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from monitor.cli import cli
from tests.conftest import site_server

PAGES = Path(__file__).parents[1] / "crawl" / "pages"
ARTICLE = " date 2025-09-02 Sở Nội vụ tỉnh Quảng Ninh đã điều động 120 cán bộ về cấp xã.\n"


def invoke(*args: str, **env: str):
    return CliRunner().invoke(cli, list(args), env=env or None)


def one_line_error(result, status: int, *words: str) -> str:
    assert result.exit_code == status, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    assert "Traceback" not in result.output
    for word in words:
        assert word in lines[0]
    return lines[0]


def tables(path: Path) -> set[str]:
    with duckdb.connect(str(path), read_only=True) as con:
        return {row[0] for row in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}


def foreign(tmp_path: Path, table: str = "t") -> Path:
    """Another program's DuckDB file: one table of its own."""
    path = tmp_path / f"other-{table}.duckdb"
    with duckdb.connect(str(path)) as con:
        con.execute(f"CREATE TABLE {table} (x INTEGER)")
        con.execute(f"INSERT INTO {table} VALUES (42)")
    return path


@pytest.fixture
def article(tmp_path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture
def store(tmp_path, article) -> Path:
    path = tmp_path / "monitor.duckdb"
    assert invoke("extract", str(article), "--db", str(path)).exit_code == 0
    return path


def unusable(tmp_path: Path, kind: str) -> tuple[Path, str]:
    """A file that cannot be a store, and a word the error must name."""
    path = tmp_path / f"{kind}.duckdb"
    if kind == "directory":
        path.mkdir()
        return path, "directory"
    if kind == "text":
        path.write_text("not a database\n" * 100)
        return path, "not a DuckDB"
    if kind == "sqlite":
        with sqlite3.connect(path) as con:
            con.execute("CREATE TABLE facts (x)")
        return path, "SQLite"
    if kind == "device":
        return Path("/dev/null"), "not a regular file"
    if kind == "foreign":
        return foreign(tmp_path), "not a monitor store"
    if kind == "foreign-facts":
        return foreign(tmp_path, "facts"), "not a monitor store"
    raise AssertionError(kind)


KINDS = ["directory", "text", "sqlite", "device", "foreign", "foreign-facts"]
READERS = [
    ["query", "SELECT 1"],
    ["timeline"],
    ["sources"],
    ["digest", "--week", "2025-W36"],
    ["export", "--format", "csv", "--out", "{out}"],
]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("command", READERS, ids=lambda command: command[0])
def test_a_read_command_refuses_a_file_that_is_not_a_store_in_one_line_and_leaves_it_alone(tmp_path, kind, command):
    path, named = unusable(tmp_path, kind)
    before = tables(path) if kind.startswith("foreign") else None
    args = [arg.replace("{out}", str(tmp_path / "out.csv")) for arg in command]
    one_line_error(invoke(*args, "--db", str(path)), 1, named)
    if before is not None:
        assert tables(path) == before  # monitor query used to add 13 tables and views to it
    assert not (tmp_path / "out.csv").exists()


@pytest.mark.parametrize("kind", KINDS)
def test_a_writing_command_refuses_a_file_that_is_not_a_store(tmp_path, article, kind):
    path, named = unusable(tmp_path, kind)
    before = tables(path) if kind.startswith("foreign") else None
    one_line_error(invoke("extract", str(article), "--db", str(path), "--format", "jsonl"), 1, named)
    one_line_error(invoke("reextract", "--db", str(path)), 1, named)
    if before is not None:
        assert tables(path) == before


def test_init_adds_monitors_tables_beside_the_files_own(tmp_path, article):
    path = foreign(tmp_path)
    result = invoke("extract", str(article), "--db", str(path), "--init", "--format", "jsonl")
    assert result.exit_code == 0, result.output
    assert {"t", "articles", "facts"} <= tables(path)
    with duckdb.connect(str(path), read_only=True) as con:
        assert con.execute("SELECT x FROM t").fetchall() == [(42,)]  # its own rows untouched
    query = invoke("query", "--db", str(path), "SELECT metric, value FROM facts", "--format", "csv")
    assert query.stdout.splitlines() == ["metric,value", "staff_transfer,120"]
    again = invoke("extract", str(article), "--db", str(path))  # a store now: no --init needed
    assert again.exit_code == 0, again.output


def test_reextract_with_init_adopts_the_file(tmp_path):
    path = foreign(tmp_path)
    result = invoke("reextract", "--db", str(path), "--init")
    assert result.exit_code == 0, result.output
    assert {"t", "articles", "facts"} <= tables(path)
    missing = tmp_path / "none.duckdb"
    one_line_error(invoke("reextract", "--db", str(missing), "--init"), 1, "not found")
    assert not missing.exists()


def test_init_cannot_make_a_store_of_a_file_whose_facts_table_is_its_own(tmp_path, article):
    path = foreign(tmp_path, "facts")
    one_line_error(invoke("extract", str(article), "--db", str(path), "--init"), 1, "facts")
    assert tables(path) == {"facts"}


def test_init_needs_a_db_to_add_tables_to(article):
    one_line_error(invoke("extract", str(article), "--init"), 2, "--init", "--db")


def test_crawl_refuses_a_foreign_file_and_init_adopts_it(tmp_path, site_url):
    path = foreign(tmp_path)
    feed = ["--feed", f"{site_url}/rss/chinh-quyen.xml", "--delay", "0"]
    one_line_error(invoke("crawl", "--db", str(path), *feed), 1, "not a monitor store", "--init")
    assert tables(path) == {"t"}
    result = invoke("crawl", "--db", str(path), "--init", *feed)
    assert result.exit_code == 0, result.output
    with duckdb.connect(str(path), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 5
        assert con.execute("SELECT x FROM t").fetchall() == [(42,)]


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("MONITOR_QUERY_TIMEOUT", "abc"),
        ("MONITOR_QUERY_TIMEOUT", "nan"),
        ("MONITOR_QUERY_TIMEOUT", "inf"),
        ("MONITOR_QUERY_TIMEOUT", "-1"),
        ("MONITOR_LOCK_WAIT", "abc"),
        ("MONITOR_LOCK_WAIT", "nan"),
        ("MONITOR_LOCK_WAIT", "1e400"),
        ("MONITOR_QUERY_MEMORY", "lots"),
    ],
)
def test_a_bad_setting_is_a_one_line_usage_error_not_a_traceback(store, variable, value):
    result = invoke("query", "--db", str(store), "SELECT count(*) FROM facts", **{variable: value})
    one_line_error(result, 2, f"${variable}")


@pytest.mark.parametrize(
    "command",
    [["timeline"], ["sources"], ["reextract"], ["digest", "--week", "2025-W36"]],
    ids=lambda command: command[0],
)
def test_a_bad_lock_wait_stops_every_store_command_in_one_line(store, command):
    one_line_error(invoke(*command, "--db", str(store), MONITOR_LOCK_WAIT="abc"), 2, "$MONITOR_LOCK_WAIT")


def test_a_bad_lock_wait_stops_a_writer_before_it_writes(tmp_path, article, site_url):
    db = tmp_path / "new.duckdb"
    one_line_error(invoke("extract", str(article), "--db", str(db), MONITOR_LOCK_WAIT="abc"), 2, "$MONITOR_LOCK_WAIT")
    feed = f"{site_url}/rss/chinh-quyen.xml"
    result = invoke("crawl", "--db", str(db), "--feed", feed, "--delay", "0", MONITOR_LOCK_WAIT="nan")
    one_line_error(result, 2, "$MONITOR_LOCK_WAIT")
    assert not db.exists()


@pytest.fixture
def two_hosts(tmp_path):
    """An outlet on 127.0.0.2 whose feed lists its own page and one on another loopback host, 127.0.0.3."""
    outlet_root, other_root = tmp_path / "outlet", tmp_path / "other"
    for root, page in ((outlet_root, "ho-so.html"), (other_root, "bien-phai.html")):
        root.mkdir()
        shutil.copy(PAGES / page, root / page)
    servers = [site_server.serve(outlet_root, host="127.0.0.2"), site_server.serve(other_root, host="127.0.0.3")]
    outlet, other = servers
    links = ["{BASE}/ho-so.html", f"{other.base_url}/bien-phai.html"]
    items = "".join(f"<item><title>t</title><link>{link}</link></item>" for link in links)
    (outlet_root / "feed.xml").write_text(
        f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>'
    )
    yield outlet, other
    for server in servers:
        server.close()


def test_allow_private_lets_the_crawl_reach_another_loopback_host(tmp_path, two_hosts):
    outlet, other = two_hosts
    db = tmp_path / "crawl.duckdb"
    args = ["crawl", "--db", str(db), "--delay", "0", "--feed", f"{outlet.base_url}/feed.xml"]
    refused = invoke(*args)
    assert refused.exit_code == 0, refused.output
    assert "refused: 127.0.0.3 is a loopback address" in refused.stderr
    assert other.requests == []  # not even its robots.txt
    fresh = tmp_path / "fresh.duckdb"  # the first store remembers the refused page as skipped
    allowed = invoke(*args[:2], str(fresh), *args[3:], "--allow-private")
    assert allowed.exit_code == 0, allowed.output
    assert "refused" not in allowed.stderr, allowed.output
    assert "/bien-phai.html" in [path for _, path in other.requests]


@contextlib.contextmanager
def tmpfs(where: Path, size: str) -> Iterator[Path]:
    """A small file system of its own (mounting needs root: the test is skipped otherwise)."""
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


def test_a_full_disk_is_one_line_that_says_so(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(400):  # ~5 MB of text for a 3 MB file system
        text = ARTICLE.rstrip("\n") + " " + " ".join(os.urandom(6).hex() for _ in range(900))
        (folder / f"a{n:03d}.txt").write_text(text + "\n", encoding="utf-8")
    with tmpfs(tmp_path / "mnt", "3m") as mnt:
        db = mnt / "monitor.duckdb"
        result = invoke("extract", str(folder), "--db", str(db), "--format", "jsonl")
        line = one_line_error(result, 1, "no space left on device", str(db))
        assert "rollback" not in line.lower()


def test_a_read_only_file_system_is_named_not_busy(tmp_path, article):
    with tmpfs(tmp_path / "mnt", "8m") as mnt:
        db = mnt / "monitor.duckdb"
        assert invoke("extract", str(article), "--db", str(db)).exit_code == 0
        subprocess.run(["mount", "-o", "remount,ro", str(mnt)], check=True)
        for args in (["extract", str(article), "--db", str(db)], ["reextract", "--all", "--db", str(db)]):
            line = one_line_error(invoke(*args), 1, "read-only file system")
            assert "held by another process" not in line
        query = invoke("query", "--db", str(db), "SELECT count(*) FROM articles", "--format", "csv")
        assert query.exit_code == 0 and query.stdout.splitlines() == ["count_star()", "1"]
