"""Schema 6: the crawler's per-host furniture counts (host_pages, host_lines), on both kinds of store, and the upgrade
of a schema-5 file."""

import datetime as dt

import duckdb

from monitor.facts import Article
from monitor.store import SCHEMA_VERSION, Store
from monitor.store.migrations import STEPS


def schema_5_file(path) -> None:
    """A store as monitor wrote it at schema 5: no host tables, version 5 recorded, one article in it."""
    with Store.open(path) as store:
        store.write(Article(id="a", text="Hải Phòng tiếp nhận 1.240 hồ sơ.", published_at=dt.date(2025, 8, 1)), [])
    with duckdb.connect(str(path)) as db:
        db.execute("DROP TABLE host_lines")
        db.execute("DROP TABLE host_pages")
        db.execute("DELETE FROM schema_version")
        db.execute("INSERT INTO schema_version VALUES (5, now()::TIMESTAMP, 'created')")


def test_a_schema_5_file_gets_the_host_tables(tmp_path):
    path = tmp_path / "v5.duckdb"
    schema_5_file(path)
    with Store.open(path) as store:
        versions = store.query("SELECT version, changes FROM schema_version ORDER BY version").rows
        store.learn_lines("bao.test", "p1", [1, 2])
        assert store.host_lines("bao.test", [1, 2, 3]).seen == {1: 1, 2: 1}
        assert store.counts()["articles"] == 1
    assert SCHEMA_VERSION == 8
    assert versions == [(5, "created"), (8, f"6: {STEPS[6][0]}; 7: {STEPS[7][0]}; 8: {STEPS[8][0]}")]


def test_a_page_counts_once_and_counts_last_across_opens(store_address):
    path = store_address
    with Store.open(path) as store:
        store.learn_lines("bao.test", "p1", [10, 11, 11])  # a line twice on one page is one page
        store.learn_lines("bao.test", "p1", [10, 11])  # the page read again after a failure
        store.learn_lines("other.test", "p1", [10])
    with Store.open(path) as store:  # the next crawl run
        store.learn_lines("bao.test", "p2", [10])
        lines = store.host_lines("bao.test", [10, 11, 12])
    assert (lines.pages, lines.seen) == (2, {10: 2, 11: 1})
