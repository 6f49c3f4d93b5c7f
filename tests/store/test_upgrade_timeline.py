"""A file made between schema 5 and the change gate has a timeline without its `withheld` column: opening it
rebuilds the timeline (schema 8) instead of failing."""

from __future__ import annotations

import datetime as dt

import duckdb

from monitor.facts import Article
from monitor.pipeline import ingest
from monitor.store import SCHEMA_VERSION, Store


def test_a_timeline_without_withheld_is_rebuilt_on_open(tmp_path):
    path = tmp_path / "v5.duckdb"
    text = "Tính đến ngày 20/8, Hải Phòng đã điều động 335 cán bộ về các xã, phường."
    with Store.open(path) as store:
        ingest(Article(id="a", text=text, published_at=dt.date(2025, 8, 25)), store)
        expected = store.timeline().rows
    with duckdb.connect(str(path)) as db:
        db.execute("DROP VIEW IF EXISTS latest")
        db.execute("DROP VIEW IF EXISTS timeline")
        db.execute("ALTER TABLE timeline_points DROP COLUMN withheld")
        db.execute("DELETE FROM schema_version")
        db.execute("INSERT INTO schema_version VALUES (5, now()::TIMESTAMP, 'created')")
    with Store.open(path) as store:
        assert store.query("SELECT max(version) FROM schema_version").rows == [(SCHEMA_VERSION,)]
        assert store.timeline().rows == expected
