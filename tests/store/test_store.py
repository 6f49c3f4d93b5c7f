"""The store is a real DuckDB file: writes are idempotent, the timeline reads them back."""

import datetime as dt

import pytest

from monitor.facts import Article, Fact
from monitor.store import Store, StoreMissing


def article() -> Article:
    text = "Hải Phòng đã tiếp nhận hơn 246.900 hồ sơ."
    return Article(id="a1", text=text, url="http://127.0.0.1/a1", outlet="Báo Mẫu", published_at=dt.date(2025, 8, 25))


def fact(**changes) -> Fact:
    values = dict(
        doc="a1",
        metric="dossiers_received",
        evidence="tiếp nhận hơn 246.900 hồ sơ",
        start=14,
        end=40,
        value=246900.0,
        unit="dossier",
        approx="more_than",
        province="Hải Phòng",
        as_of=dt.date(2025, 8, 20),
        specialties=None,
    )
    values.update(changes)
    return Fact(**values)


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "monitor.duckdb"


def test_writing_the_same_article_twice_changes_nothing(db_path):
    with Store.open(db_path) as store:
        store.write(article(), [fact(), fact(metric="specialties", value=None, specialties=["y tế", "xây dựng"])])
        first = store.counts(), store.query("SELECT * FROM facts ORDER BY metric").rows
        store.write(article(), [fact(), fact(metric="specialties", value=None, specialties=["y tế", "xây dựng"])])
        assert (store.counts(), store.query("SELECT * FROM facts ORDER BY metric").rows) == first
    assert first[0] == {"articles": 1, "facts": 2}


def test_rewriting_an_article_replaces_its_facts(db_path):
    with Store.open(db_path) as store:
        store.write(article(), [fact(), fact(value=1.0)])
        store.write(article(), [fact()])
        assert store.counts() == {"articles": 1, "facts": 1}


def test_timeline_joins_facts_to_their_source(db_path):
    with Store.open(db_path) as store:
        store.write(article(), [fact()])
    with Store.open(db_path, read_only=True) as store:
        result = store.timeline(province="Hải Phòng")
    row = dict(zip(result.columns, result.rows[0], strict=True))
    assert (row["metric"], row["value"], row["outlet"], row["as_of"]) == (
        "dossiers_received",
        246900,
        "Báo Mẫu",
        dt.date(2025, 8, 20),
    )


def test_a_read_of_a_missing_file_creates_nothing(db_path):
    with pytest.raises(StoreMissing):
        Store.open(db_path, read_only=True)
    assert not db_path.exists()
