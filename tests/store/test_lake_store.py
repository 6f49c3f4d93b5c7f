"""Store.open on a DuckLake store (issue 19): the file store's schema less its keys, the same writes, timeline,
crawl state and query guard, readers locked like a file's readers and never blocked by a writer, and a write
that conflicts with another writer's tried again. Each test has its own PostgreSQL database (tests/pg.py)."""

from __future__ import annotations

import datetime as dt
import threading
import time
from pathlib import Path

import duckdb
import pytest

from monitor.crawl.state import Done, FeedState, FrontierItem, Judged
from monitor.extract import extract
from monitor.facts import Article, Fact
from monitor.inputs import read_text_article
from monitor.store import NotAStore, QueryRefused, Store, StoreBusy, StoreMissing, StoreUnusable
from monitor.store.lake import METADATA, connect_lake

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))
# the tables whose rows a file store keeps unique by a key, and their keys
KEYS = {
    "articles": "id",
    "frontier": "article_id",
    "offtopic_pages": "article_id",
    "listings": "url",
    "article_signatures": "article_id",
    "near_duplicates": "article_id, duplicate_of",
    "host_pages": "host, page",
    "host_lines": "host, line_hash",
}

# the columns of the store's tables (not its views)
COLUMNS = (
    "SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_catalog = {catalog} "
    "AND table_name IN (SELECT table_name FROM duckdb_tables())"
)


@pytest.fixture(scope="module")
def reads() -> list[tuple[Article, list[Fact]]]:
    """The seeds, read once."""
    out = []
    for path in SEEDS:
        article = read_text_article(path).article
        out.append((article, extract(article).facts))
    return out


def table(store: Store, sql: str) -> list[tuple]:
    return sorted(store.query(sql).rows, key=repr)


def test_a_new_lake_needs_its_data_folder_and_a_reader_never_creates_one(lake):
    with pytest.raises(StoreUnusable) as refused:
        Store.open(lake)
    assert "\n" not in str(refused.value) and "--data-path" in str(refused.value)
    with pytest.raises(StoreMissing):
        Store.open(lake, read_only=True)


def test_the_lake_has_the_file_stores_tables_without_keys(lake, data, tmp_path):
    with Store.open(lake, data_path=data) as store:
        assert store.lake
        tables = table(store, COLUMNS.format(catalog="'lake'"))
    with Store.open(tmp_path / "file.duckdb") as file:
        assert not file.lake
        assert table(file, COLUMNS.format(catalog="current_database()")) == tables
        assert table(file, "SELECT count(*) FROM duckdb_constraints() WHERE constraint_type = 'PRIMARY KEY'") == [(8,)]
    # a second writer needs the address only, and the schema is not created twice
    with Store.open(lake) as again:
        assert again.query("SELECT count(*) FROM schema_version").rows == [(1,)]


def test_writes_and_timeline_on_a_lake_equal_a_files(lake, data, tmp_path, reads):
    with Store.open(lake, data_path=data) as store, Store.open(tmp_path / "file.duckdb") as file:
        for target in (store, file):
            for article, facts in reads:
                target.write(article, facts)
            article, facts = reads[0]
            target.write(article, facts)  # written twice: nothing changes
        assert store.counts() == file.counts() == {"articles": len(reads), "facts": sum(len(f) for _, f in reads)}
        for sql in (
            "SELECT * EXCLUDE (extracted_at) FROM facts",
            "SELECT * FROM articles",
            "SELECT * FROM timeline_points",
            "SELECT * FROM latest",
        ):
            assert table(store, sql) == table(file, sql), sql
        province = store.query("SELECT province FROM timeline_points WHERE province IS NOT NULL LIMIT 1").rows[0][0]
        assert store.timeline(province=province).rows == file.timeline(province=province).rows
        # an article rewritten with fewer facts: its old facts leave the timeline
        article, facts = next((a, f) for a, f in reads if len(f) > 1)
        for target in (store, file):
            target.write(article, facts[:1])
        assert table(store, "SELECT * FROM timeline_points") == table(file, "SELECT * FROM timeline_points")
    with Store.open(lake, read_only=True) as reader:
        for key_table, key in KEYS.items():
            assert reader.query(f"SELECT {key}, count(*) FROM {key_table} GROUP BY ALL HAVING count(*) > 1").rows == []


# the crawl tables, less their columns of the time they were written (the two stores are written one after the
# other)
VARYING = {
    "frontier": "found_at, done_at",
    "offtopic_pages": "",
    "listings": "last_checked, last_new_links",
    "article_signatures": "",
    "near_duplicates": "",
    "host_pages": "seen_at",
    "host_lines": "first_seen, last_seen",
}


def crawl(store: Store) -> None:
    """The crawler's calls, each page and listing twice (a rerun): what a file's keys keep unique."""
    now = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    items = [FrontierItem(f"p{i}", f"http://h/{i}", "H", "http://h/feed", f"t{i}") for i in range(4)]
    offtopic = Article(id="p3", url="http://h/3", text="Giá lúa hôm nay.", fetched_at=now.replace(tzinfo=None))
    for run in range(2):
        store.add_to_frontier(items)
        store.save_feed_state("http://h/feed", "H", "feed", FeedState("e", None, 60.0 * (run + 1), now), 3 - 3 * run)
        for item in items:
            store.begin(item.article_id)
        store.sign(Done("p0", "hash0", 12345))
        store.finish("p0", "stored", None, Done("p0", "hash0", 12345), Judged(0.9, "m1"))
        store.finish("p1", "stored", None, Done("p1", "hash1", 12344, near=[("p0", 1)]))
        store.finish("p2", "failed", "timeout")
        store.finish("p3", "skipped", "off-topic", judged=Judged(0.1, "m1", offtopic))
        store.learn_lines("h", "p0", [1, 2, 3])
        store.learn_lines("h", "p1", [2, 3, 4])
    store.learn_lines("h", "p1", [2, 3, 4])  # a page counted before changes nothing


def test_the_crawl_state_on_a_lake_equals_a_files(lake, data, tmp_path):
    with Store.open(lake, data_path=data) as store, Store.open(tmp_path / "file.duckdb") as file:
        crawl(store)
        crawl(file)
        for name, when in VARYING.items():
            sql = f"SELECT * EXCLUDE ({when}) FROM {name}" if when else f"SELECT * FROM {name}"
            assert table(store, sql) == table(file, sql), name
        assert table(store, "SELECT line_hash, pages FROM host_lines") == [(1, 1), (2, 2), (3, 2), (4, 1)]
        assert table(store, "SELECT count(*) FROM frontier") == [(4,)]
        assert table(store, "SELECT article_id, duplicate_of FROM near_duplicates") == [("p1", "p0")]
        assert table(store, "SELECT article_id, id FROM offtopic_pages") == [("p3", "p3")]
        assert table(store, "SELECT interval_s FROM listings") == [(120.0,)]


def test_a_reader_queries_through_the_guard_and_reaches_only_the_data(lake, data, reads):
    with Store.open(lake, data_path=data) as store:
        for article, facts in reads[:3]:
            store.write(article, facts)
    with Store.open(lake, read_only=True) as reader:
        assert reader.select("SELECT count(*) FROM articles").rows == [(3,)]
        assert reader.select("SELECT count(*) FROM facts WHERE article_id = ?", params=[reads[0][0].id]).rows == [
            (len(reads[0][1]),)
        ]
        for sql in (
            f"SELECT * FROM {METADATA}.ducklake_snapshot",
            f'SELECT count(*) FROM "{METADATA.upper()}".main.ducklake_data_file',
            "SELECT * FROM postgres_query('lake', 'SELECT 1')",
            "SELECT * FROM ducklake_snapshots('lake')",
        ):
            with pytest.raises(QueryRefused):
                reader.select(sql)
        with pytest.raises(QueryRefused, match=r"(?i)permission|access"):
            reader.select("SELECT * FROM read_csv('/etc/hostname')")
        # the connection itself is locked, whatever the guard lets through
        with pytest.raises(duckdb.Error):
            reader.db.execute("SET enable_external_access = true")
        with pytest.raises(duckdb.Error):
            reader.db.execute("INSERT INTO articles (id) VALUES ('x')")


def test_the_catalogs_database_is_refused_but_its_tables_are_there(lake, data):
    Store.open(lake, data_path=data).close()
    with connect_lake(lake, None, read_only=True) as db:  # not through the guard: the catalog is there
        assert db.execute(f"SELECT count(*) FROM {METADATA}.ducklake_snapshot").fetchone()[0] > 0
    with Store.open(lake, read_only=True) as reader, pytest.raises(QueryRefused, match="catalog"):
        reader.select(f"SELECT snapshot_id FROM {METADATA}.ducklake_snapshot")


def test_a_reader_is_never_blocked_while_a_writer_writes(lake, data, reads):
    Store.open(lake, data_path=data).close()
    done = threading.Event()
    failures: list[BaseException] = []

    def write() -> None:
        try:
            with Store.open(lake) as writer:
                for article, facts in reads:
                    writer.write(article, facts)
                    writer.step_aside(after=0)  # a lake writer keeps its connection, and settles
        except BaseException as error:  # reported by the test
            failures.append(error)
        finally:
            done.set()

    thread = threading.Thread(target=write)
    counts, slowest = [], 0.0
    with Store.open(lake, read_only=True) as reader:
        thread.start()
        while not done.is_set():
            started = time.monotonic()
            articles, _ = reader.select("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM facts)").rows[0]
            slowest = max(slowest, time.monotonic() - started)
            counts.append(articles)
        thread.join()
        assert not failures, failures
        assert reader.select("SELECT count(*) FROM articles").rows == [(len(reads),)]
        assert reader.select("SELECT count(*) FROM timeline_pending").rows == [(0,)]
    assert counts == sorted(counts) and len(set(counts)) > 2  # the reads ran while the writes committed
    # a reader waiting on the writer would wait out every write; one slow read on a loaded machine is no such wait
    assert slowest < 5.0


def test_a_write_that_conflicts_with_another_writers_commit_is_tried_again(lake, data, reads):
    (first, first_facts), (second, second_facts) = reads[0], reads[1]
    with Store.open(lake, data_path=data) as store, Store.open(lake) as other:
        store.write(first, first_facts)
        other.write(second, second_facts)
        tries = []
        real = store._delete_facts

        def deleting(article_id, facts):
            tries.append(article_id)
            deleted = real(article_id, facts)
            if len(tries) == 1:  # the other writer deletes from facts and commits meanwhile: a conflict
                other.write(second, second_facts[:1])
            return deleted

        store._delete_facts = deleting  # type: ignore[method-assign]
        store.write(first, first_facts[:1])
        assert tries == [first.id, first.id]
        assert store.counts() == {"articles": 2, "facts": 2}


def test_a_write_that_keeps_conflicting_gives_up_after_the_lock_wait_in_one_line(lake, data, reads, monkeypatch):
    (first, first_facts), (second, second_facts) = reads[0], reads[1]
    monkeypatch.setenv("MONITOR_LOCK_WAIT", "1")
    with Store.open(lake, data_path=data) as store, Store.open(lake) as other:
        store.write(first, first_facts)
        other.write(second, second_facts)
        tries = []
        real = store._delete_facts

        def deleting(article_id, facts):  # the other writer commits a delete from facts during every try
            tries.append(article_id)
            deleted = real(article_id, facts)
            other.write(second, second_facts[: 1 + len(tries) % 2])
            return deleted

        store._delete_facts = deleting  # type: ignore[method-assign]
        started = time.monotonic()
        with pytest.raises(StoreBusy) as busy:
            store.write(first, first_facts[:1])
        assert len(tries) >= 2 and time.monotonic() - started < 10  # tried again, then gave up near the wait
        assert "\n" not in str(busy.value) and "MONITOR_LOCK_WAIT" in str(busy.value)
    with Store.open(lake, read_only=True) as reader:  # the write that gave up left its article as it was
        assert reader.query("SELECT count(*) FROM facts WHERE article_id = ?", [first.id]).rows == [(len(first_facts),)]


def test_a_file_and_a_lake_that_is_not_a_store(lake, data):
    with connect_lake(lake, data, read_only=False) as db:
        db.execute("CREATE TABLE facts (x INTEGER)")
    with pytest.raises(NotAStore, match="DuckLake"):
        Store.open(lake)
