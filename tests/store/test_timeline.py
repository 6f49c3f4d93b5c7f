"""The timeline kept as data (timeline_points) is the timeline computed from all facts, whatever the order of
the writes; the timeline of a past day is the one computed from the reports of that day or before. On a DuckDB file
and on a DuckLake store, whose writers keep the points' keys without the file's PRIMARY KEYs (tests/conftest.py)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from pathlib import Path

import pytest

from monitor.extract import extract
from monitor.facts import Article, Fact
from monitor.inputs import read_text_article
from monitor.store import Store

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = [
    *sorted((ROOT / "tests" / "timeline" / "devset" / "articles").glob("*.txt")),
    *sorted((ROOT.parent / "shared" / "seeds").glob("*.txt")),
]
OPEN_END = "DATE '9999-12-31'"


@pytest.fixture(scope="module")
def reads() -> list[tuple[Article, list[Fact]]]:
    """The timeline dev set and the seeds, read once."""
    out = []
    for path in ARTICLES:
        article = read_text_article(path).article
        out.append((article, extract(article).facts))
    return out


@pytest.fixture
def db(store_address: str) -> str:
    """A new store of each kind in turn."""
    return store_address


def table(store: Store, sql: str, params: list | None = None) -> list[tuple]:
    """Rows in a fixed order, so two computations of one timeline compare equal."""
    return sorted(store.query(sql, params or []).rows, key=repr)


def recomputed(store: Store) -> list[tuple]:
    return table(store, f"SELECT * FROM timeline_of({OPEN_END}, NULL)")


def kept(store: Store) -> list[tuple]:
    return table(store, "SELECT * FROM timeline_points")


# The longest tests run all their cases on a file, and the rewrites one on a DuckLake store too, whose writes each
# cost a round trip to its catalog: the past days of a lake are compared with a file's on the gold sets' articles
# (tests/timeline/test_both_stores.py), so the suite stays short.
@pytest.mark.parametrize(
    ("store_kind", "seed", "settle_each"),
    [("file", 13, True), ("file", 5, False), ("lake", 5, False)],
    indirect=["store_kind"],
)
def test_writes_in_any_order_keep_the_timeline_a_rebuild_gives(db, reads, seed, settle_each):
    writes = list(reads)
    random.Random(seed).shuffle(writes)
    with Store.open(db) as store:
        for article, facts in writes:
            store.write(article, facts)
            if settle_each:  # else all at once, on the first read
                store.settle()
        assert kept(store) == recomputed(store)
        assert any(row for row in store.query("SELECT change FROM timeline_points WHERE change IS NOT NULL").rows)
        # re-extractions: a figure gone, a figure changed, an article emptied; then everything put back
        changed = []
        for article, facts in writes[::3]:
            if facts:
                edited = [dataclasses.replace(f, value=f.value + 1) if f.value is not None else f for f in facts[1:]]
                changed.append((article, edited))
        changed.append((writes[1][0], []))
        for article, facts in changed:
            store.write(article, facts)
        assert kept(store) == recomputed(store)
        for article, facts in writes:
            store.write(article, facts)
        after = kept(store)
        store.rebuild_timeline()
        assert after == kept(store) == recomputed(store)


@pytest.mark.parametrize("store_kind", ["file"], indirect=True)
def test_the_timeline_of_a_past_day_is_that_of_its_reports(db, reads):
    with Store.open(db) as store:
        for article, facts in reads:
            store.write(article, facts)
        days = [row[0] for row in store.query("SELECT DISTINCT reported_on FROM fact_reports ORDER BY 1").rows]
        assert len(days) > 10
        for day in [days[0] - dt.timedelta(days=1), *days]:
            until = table(store, "SELECT * FROM timeline_until(?)", [day])
            assert until == table(store, "SELECT * FROM timeline_of(?, NULL)", [day]), day
        assert table(store, "SELECT * FROM timeline_until(?)", [days[0] - dt.timedelta(days=1)]) == []


def figure(article_id: str, value: float, as_of: dt.date, **changes) -> tuple[Article, list[Fact]]:
    """One article of its own outlet giving one figure of Nghệ An's staff sent to communes."""
    page = Article(id=article_id, text="…", url=f"http://{article_id}.test/", outlet=f"Báo {article_id}",
                   published_at=as_of)  # fmt: skip
    values = dict(doc=article_id, metric="staff_transfer", evidence="…", start=0, end=1, value=value, unit="person",
                  province="Nghệ An", as_of=as_of, status="done", specialties=None)  # fmt: skip
    values.update(changes)
    return page, [Fact(**values)]


def points(store: Store) -> list[tuple]:
    return store.query(
        "SELECT as_of, value, status, change, previous_value, step_from_status, step_from_value FROM timeline_points "
        "ORDER BY as_of, status"
    ).rows


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 1, 0), (1, 2, 0)])
def test_a_change_and_a_status_step_whatever_the_order_of_the_articles(db, order):
    articles = [
        figure("a", 190, dt.date(2025, 8, 10), status="proposed"),
        figure("b", 186, dt.date(2025, 8, 20)),
        figure("c", 246, dt.date(2025, 9, 12)),
    ]
    with Store.open(db) as store:
        for k in order:
            store.write(*articles[k])
        assert points(store) == [
            (dt.date(2025, 8, 10), 190, "proposed", None, None, None, None),
            (dt.date(2025, 8, 20), 186, "done", None, None, "proposed", 190),
            (dt.date(2025, 9, 12), 246, "done", 60, 186, "proposed", 190),
        ]
        # the middle report re-read without its figure: the next point compares with what is left before it
        store.write(articles[1][0], [])
        assert points(store) == [
            (dt.date(2025, 8, 10), 190, "proposed", None, None, None, None),
            (dt.date(2025, 9, 12), 246, "done", None, None, "proposed", 190),
        ]
        # the proposal re-read without its figure: the adoption steps from nothing
        store.write(articles[0][0], [])
        assert points(store) == [(dt.date(2025, 9, 12), 246, "done", None, None, None, None)]


def test_a_part_written_later_shows_under_its_whole(db):
    whole, (total,) = figure("a", 335, dt.date(2025, 8, 25), series="nghe-an/staff/total")
    with Store.open(db) as store:
        store.write(whole, [total])
        part = dataclasses.replace(total, value=58, series="nghe-an/staff/identified", part_of="nghe-an/staff/total")
        store.write(whole, [total, part])
        rows = store.query("SELECT series, parts FROM timeline_points ORDER BY series").rows
        assert rows == [
            ("nghe-an/staff/identified", None),
            ("nghe-an/staff/total", [{"series": "nghe-an/staff/identified", "value": 58, "specialty": None,
                                      "level": None, "kind": None, "population": None, "commune": None}]),
        ]  # fmt: skip
        store.write(whole, [total])
        assert store.query("SELECT series, parts FROM timeline_points").rows == [("nghe-an/staff/total", None)]


@pytest.mark.parametrize("store_kind", ["file"], indirect=True)
@pytest.mark.parametrize("seed", [7, 11, 23])
def test_late_reports_old_days_parts_and_proposals_leave_each_past_day_as_it_was(db, seed):
    """Random reports of a few figures, each published days or weeks after the day it is of: the timeline of
    every day is the one computed from the reports of that day alone."""
    draw = random.Random(seed)
    start = dt.date(2025, 8, 1)
    with Store.open(db) as store:
        for n in range(60):
            as_of = start + dt.timedelta(days=draw.randrange(40))
            published = as_of + dt.timedelta(days=draw.choice([0, 0, 1, 3, 10, 30]))
            status = draw.choice(["done", "done", "proposed", "planned"])
            page = Article(id=f"r{n:02d}", text="…", url=f"http://r{n}.test/", outlet=draw.choice("ABC"),
                           published_at=published)  # fmt: skip
            whole = Fact(doc=page.id, metric="staff_transfer", evidence="…", start=0, end=1, unit="person",
                         value=float(draw.randrange(100, 130)), province="Nghệ An", as_of=as_of, status=status,
                         series=f"nghe-an/staff/{status}", specialties=None)  # fmt: skip
            facts = [whole]
            if draw.random() < 0.4:
                facts.append(dataclasses.replace(whole, value=float(draw.randrange(10, 50)),
                                                 series=f"nghe-an/staff/{status}/health",
                                                 part_of=whole.series))  # fmt: skip
            if draw.random() < 0.2:
                facts.append(dataclasses.replace(whole, as_of=None, value=float(draw.randrange(5))))
            store.write(page, facts)
        days = [row[0] for row in store.query("SELECT DISTINCT reported_on FROM fact_reports ORDER BY 1").rows]
        assert kept(store) == recomputed(store)
        for day in days:
            until = table(store, "SELECT * FROM timeline_until(?)", [day])
            assert until == table(store, "SELECT * FROM timeline_of(?, NULL)", [day]), day


GATE = [
    ("dossiers_received", (9860, 9120), None, "a running total that only accumulates fell"),
    ("dossiers_received", (9120, 9860), 740, None),
    ("staff_shortage", (5100, 3600), -1500, None),  # a lack may fall
    ("staff_shortage", (13, 3), -10, None),  # a lack may be filled
    ("staff_transfer", (5100, 2000), None, "a running total that only accumulates fell"),
    ("budget", (5.1e10, 2.0e10), None, "a running total halved or grew tenfold"),
    ("budget", (2.6e9, 2.9e10), None, "a running total halved or grew tenfold"),
]


# every case on a file; on a DuckLake store a fall withheld, a change let through and a growth withheld
@pytest.mark.parametrize(
    ("store_kind", "metric", "values", "change", "withheld"),
    [("file", *case) for case in GATE] + [("lake", *GATE[k]) for k in (0, 2, 6)],
    indirect=["store_kind"],
)
def test_the_change_gate_withholds_what_no_running_total_does(db, metric, values, change, withheld):
    first, second = (
        figure(name, value, day, metric=metric, unit="person")
        for name, value, day in zip("ab", values, (dt.date(2025, 8, 20), dt.date(2025, 9, 15)), strict=True)
    )
    with Store.open(db) as store:
        store.write(*first)
        store.write(*second)
        later = "SELECT change, previous_value, withheld FROM timeline_points WHERE as_of > '2025-09-01'"
        (row,) = store.query(later).rows
    assert row == (change, values[0], withheld)


def test_a_fact_without_the_extractors_key_is_placed_as_the_extractor_places_it(db, reads):
    """Facts stored before series keys (or bulk-loaded) get a fallback key; its place must be the extractor's,
    or a store holding both kinds would split one province's or commune's quantity in two."""
    from monitor.store.timeline import FILLED

    with Store.open(db) as store:
        for article, facts in reads:
            store.write(article, facts)
        rows = store.query(
            f"""SELECT original, province, commune, series FROM (
                    SELECT * REPLACE ({FILLED})
                    FROM (SELECT * REPLACE (NULL::VARCHAR AS series), series AS original FROM facts))
                WHERE original IS NOT NULL AND original NOT LIKE 'national/%' AND original NOT LIKE 'unplaced-%'
                  AND split_part(original, '/', 2) NOT LIKE 'former-%'"""
        ).rows
    assert any(commune for _, _, commune, _ in rows)
    for series, province, commune, fallback in rows:
        depth = 2 if commune else 1
        assert fallback.split("/")[:depth] == series.split("/")[:depth], (province, commune)
