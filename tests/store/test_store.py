"""The store, a DuckDB file or a DuckLake store (each test runs on both, tests/conftest.py): writes are idempotent,
the timeline reads them back, a newer monitor's store is refused. The upgrade of a first-schema file and a missing
file are a file's."""

import datetime as dt
import shutil
from pathlib import Path

import pytest

from monitor.facts import Article, Fact
from monitor.store import SCHEMA_VERSION, Result, SchemaTooNew, Store, StoreMissing

OLD_FILE = Path(__file__).parent / "data" / "monitor-v1.duckdb"


def rows(result: Result) -> list[dict]:
    return [dict(zip(result.columns, row, strict=True)) for row in result.rows]


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
def db_path(store_address: str) -> str:
    """A new store of each kind in turn."""
    return store_address


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
        (row,) = rows(store.timeline(province="Hải Phòng"))
    assert (row["metric"], row["value"], row["sources"], row["urls"], row["as_of"]) == (
        "dossiers_received",
        246900,
        ["Báo Mẫu"],
        ["http://127.0.0.1/a1"],
        dt.date(2025, 8, 20),
    )


def report(article_id: str, outlet: str, value: float, as_of: dt.date, **changes) -> tuple[Article, list[Fact]]:
    """One outlet's article reporting one figure for Hải Phòng."""
    page = Article(id=article_id, text="…", url=f"http://{article_id}.test/", outlet=outlet)
    return page, [fact(doc=article_id, value=value, as_of=as_of, approx=None, **changes)]


def test_two_outlets_with_the_same_figure_make_one_point_with_two_sources(db_path):
    with Store.open(db_path) as store:
        store.write(*report("a", "Báo Hải Phòng", 246900, dt.date(2025, 8, 20)))
        store.write(*report("b", "VnExpress", 246900, dt.date(2025, 8, 20)))
        (point,) = rows(store.timeline())
    assert (point["value"], point["n_sources"], point["sources"], point["conflict"]) == (
        246900,
        2,
        ["Báo Hải Phòng", "VnExpress"],
        False,
    )
    assert point["urls"] == ["http://a.test/", "http://b.test/"]


def test_outlets_that_disagree_make_a_conflict_with_both_values(db_path):
    with Store.open(db_path) as store:
        store.write(*report("a", "Báo Hải Phòng", 246900, dt.date(2025, 8, 20)))
        store.write(*report("b", "VnExpress", 246900, dt.date(2025, 8, 20)))
        store.write(*report("c", "Tuổi Trẻ", 249600, dt.date(2025, 8, 20)))
        (point,) = rows(store.timeline())
    assert (point["value"], point["conflict"], point["values"]) == (246900, True, [246900, 249600])
    assert point["all_urls"] == ["http://a.test/", "http://b.test/", "http://c.test/"]


def test_the_change_since_the_previous_point_of_the_same_series(db_path):
    since_july = {"period_start": dt.date(2025, 7, 1)}
    with Store.open(db_path) as store:
        store.write(*report("a", "Báo Hải Phòng", 246900, dt.date(2025, 8, 20), **since_july))
        store.write(*report("b", "Báo Hải Phòng", 301000, dt.date(2025, 9, 15), **since_july))
        # a count for August alone is another series: it neither takes nor gives a change
        store.write(*report("c", "Báo Hải Phòng", 98000, dt.date(2025, 8, 31), period_start=dt.date(2025, 8, 1)))
        points = rows(store.timeline())
        (latest,) = rows(store.timeline(latest=True, since=dt.date(2025, 9, 1)))
    assert [(p["as_of"], p["value"], p["change"]) for p in points] == [
        (dt.date(2025, 8, 20), 246900, None),
        (dt.date(2025, 8, 31), 98000, None),
        (dt.date(2025, 9, 15), 301000, 301000 - 246900),
    ]
    assert (latest["value"], latest["previous_as_of"]) == (301000, dt.date(2025, 8, 20))


def test_two_figures_of_one_article_stay_two_points(db_path):
    page = Article(id="a", text="…", outlet="Báo Hà Tĩnh")
    with Store.open(db_path) as store:
        store.write(page, [fact(doc="a", value=35), fact(doc="a", value=18)])
        assert [(p["value"], p["conflict"]) for p in rows(store.timeline())] == [(18, False), (35, False)]


def test_timeline_filters(db_path):
    with Store.open(db_path) as store:
        store.write(*report("a", "Báo Hải Phòng", 246900, dt.date(2025, 8, 20)))
        store.write(*report("b", "Báo Hải Phòng", 60, dt.date(2025, 9, 1), metric="staff_transfer", status="planned"))
        assert len(store.timeline(province="Hải Phòng").rows) == 2
        assert [p["value"] for p in rows(store.timeline(status="planned"))] == [60]
        assert [p["value"] for p in rows(store.timeline(until=dt.date(2025, 8, 31)))] == [246900]
        assert store.timeline(province="Nghệ An").rows == []


def test_a_file_of_the_first_schema_is_upgraded_in_place(tmp_path):
    old = tmp_path / "old.duckdb"
    shutil.copy(OLD_FILE, old)
    with Store.open(old, read_only=True) as store:  # a reader upgrades it too, with one short write
        version = store.query("SELECT max(version) FROM schema_version").rows[0][0]
        (point,) = rows(store.timeline())
        columns = [c for c, *_ in store.query("DESCRIBE facts").rows]
    assert version == SCHEMA_VERSION
    assert (point["province"], point["value"], point["period_start"]) == ("Hải Phòng", 246900, dt.date(2025, 7, 1))
    assert "extracted_at" in columns
    with Store.open(old) as store:  # opening again changes nothing
        assert store.query("SELECT count(*) FROM schema_version").rows == [(1,)]
        assert store.counts() == {"articles": 1, "facts": 1}


def test_a_file_from_a_newer_monitor_is_refused(db_path):
    with Store.open(db_path) as store:
        store.query("INSERT INTO schema_version VALUES (?, now(), 'future')", [SCHEMA_VERSION + 1])
    with pytest.raises(SchemaTooNew):
        Store.open(db_path)


def test_a_read_of_a_missing_file_creates_nothing(tmp_path):
    db_path = tmp_path / "monitor.duckdb"
    with pytest.raises(StoreMissing):
        Store.open(db_path, read_only=True)
    assert not db_path.exists()


def test_a_batch_added_to_earlier_ones_is_not_compared_as_a_level(db_path):
    with Store.open(db_path) as store:
        store.write(*report("a", "Báo Thái Nguyên", 279, dt.date(2025, 7, 1), metric="staff_transfer", unit="person"))
        store.write(
            *report(
                "b",
                "Báo Thái Nguyên",
                140,
                dt.date(2025, 8, 31),
                metric="staff_transfer",
                unit="person",
                kind="additional",
            )
        )
        store.write(
            *report(
                "c",
                "Báo Thái Nguyên",
                60,
                dt.date(2025, 9, 30),
                metric="staff_transfer",
                unit="person",
                kind="additional",
            )
        )
        points = rows(store.timeline(metric="staff_transfer"))
    assert [(p["value"], p["kind"], p["change"]) for p in points] == [
        (279, None, None),
        (140, "additional", None),
        (60, "additional", None),
    ]


def test_a_tie_between_outlets_is_settled_the_same_way_every_time(db_path):
    with Store.open(db_path) as store:
        store.write(*report("a", "Báo A", 120, dt.date(2025, 8, 20)))
        store.write(*report("b", "Báo B", 100, dt.date(2025, 8, 20)))
        answers = [[rows(store.timeline())[0][k] for k in ("value", "sources", "urls")] for _ in range(5)]
    assert answers == [[100, ["Báo B"], ["http://b.test/"]]] * 5


def test_undated_figures_of_different_articles_stay_apart(db_path):
    with Store.open(db_path) as store:
        store.write(*report("e", "Báo E", 100, None))
        store.write(*report("f", "Báo F", 250, None))
        points = rows(store.timeline())
    assert [(p["value"], p["conflict"]) for p in points] == [(100, False), (250, False)]


def test_a_reader_refuses_a_file_from_a_newer_monitor(db_path):
    with Store.open(db_path) as store:
        store.query("INSERT INTO schema_version VALUES (?, now(), 'future')", [SCHEMA_VERSION + 1])
    with pytest.raises(SchemaTooNew):
        Store.open(db_path, read_only=True)
