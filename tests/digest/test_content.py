"""What a week's digest says, from a store of a few articles by several outlets (README, "Weekly digest"), on a DuckDB
file and on a DuckLake store (tests/conftest.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from monitor.digest import Week, gather
from monitor.digest.content import Digest
from monitor.digest.week import weeks_with_news
from monitor.facts import Article, Fact
from monitor.store import Store

D = dt.date


def article(id: str, outlet: str | None, published: dt.date | None, fetched: dt.datetime | None = None) -> Article:
    host = (outlet or "tin-khong-ro").lower().replace(" ", "")
    return Article(
        id=id,
        text="…",
        url=f"https://{host}.example.vn/{id}.html",
        outlet=outlet,
        title=f"Bài {id}",
        published_at=published,
        fetched_at=fetched or dt.datetime(2025, 9, 30, 8, 0),
    )


def fact(doc: str, metric: str, value: float | None, as_of: dt.date | None, **fields: object) -> Fact:
    evidence = str(fields.pop("evidence", f"{metric} {value}"))
    defaults: dict[str, object] = {"status": "done", "confidence": 0.9}
    return Fact(
        doc=doc, metric=metric, value=value, as_of=as_of, evidence=evidence, start=0, end=1, **(defaults | fields)
    )


HP, NA = "Hải Phòng", "Nghệ An"
STAFF = {"unit": "person", "province": HP}

ARTICLES = [
    # week 33: the earlier figure the week's figure is compared with
    (
        article("a1", "Báo Hải Phòng", D(2025, 8, 12)),
        [
            fact(
                "a1",
                "staff_transfer",
                120,
                D(2025, 8, 10),
                evidence="Đến nay, thành phố đã điều động 120 cán bộ",
                **STAFF,
            )
        ],
    ),
    # week 35 (25-31 August 2025): two outlets disagree on the same day's figure
    (
        article("a2", "VnExpress", D(2025, 8, 26)),
        [
            fact("a2", "staff_transfer", 335, D(2025, 8, 25), **STAFF),
            fact("a2", "dossiers_received", 246900, D(2025, 8, 20), unit="dossier", province=HP, approx="more_than"),
        ],
    ),
    (
        article("a3", "Tuổi Trẻ", D(2025, 8, 27)),
        [
            fact("a3", "staff_transfer", 353, D(2025, 8, 25), confidence=0.8, **STAFF),
            fact(
                "a3",
                "deadline",
                None,
                D(2025, 9, 5),
                province=NA,
                status="planned",
                subject="staff_transfer",
                evidence="báo cáo kế hoạch điều động cán bộ về cấp xã trước ngày 5/9/2025",
            ),
            fact(
                "a3",
                "document",
                None,
                None,
                province=NA,
                status=None,
                ref="586-KL/TU",
                evidence="Kết luận số 586-KL/TU",
            ),
        ],
    ),
    # no publication date: it counts in the week it was fetched (Friday 29 August)
    (
        article("a4", "Báo Nghệ An", None, fetched=dt.datetime(2025, 8, 29, 9, 30)),
        [fact("a4", "staff_transfer", 15, D(2025, 8, 29), unit="person", province=NA, status="planned")],
    ),
    # week 36: after the week, so never in its digest
    (
        article("a5", "VnExpress", D(2025, 9, 2)),
        [fact("a5", "staff_transfer", 400, D(2025, 9, 1), **STAFF)],
    ),
    # Hà Nội last reported in week 29, Đà Nẵng in week 32 (within the 4 weeks up to week 35)
    (
        article("a6", "Báo Hà Nội", D(2025, 7, 20)),
        [fact("a6", "dossiers_resolved", 66000, D(2025, 7, 18), unit="dossier", province="Hà Nội")],
    ),
    (
        article("a7", "Báo Đà Nẵng", D(2025, 8, 10)),
        [fact("a7", "staff_transfer", 15, D(2025, 8, 8), unit="person", province="Đà Nẵng")],
    ),
]


@pytest.fixture(scope="module")
def db(store_kind, new_store, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A store of ARTICLES of each kind in turn, for the tests that only read it."""
    path = store_of(new_store.new(store_kind, tmp_path_factory.mktemp("digest")), ARTICLES)
    yield path
    new_store.drop(path)


def digest_of(db: str, week: str) -> Digest:
    with Store.open(db, read_only=True) as store:
        return gather(store, Week.parse(week))


def test_the_summary_counts_the_articles_of_the_week_by_publication_else_fetch_date(db: str) -> None:
    digest = digest_of(db, "2025-W35")
    assert (digest.articles, digest.facts) == (3, 6)
    assert digest.outlets == ["Báo Nghệ An", "Tuổi Trẻ", "VnExpress"]
    assert digest.provinces_moved == [HP, NA]


def test_a_figure_changes_against_the_latest_earlier_value_of_its_series(db: str) -> None:
    hai_phong = digest_of(db, "2025-W35").news[0]
    staff = [f for f in hai_phong.figures if f.metric == "staff_transfer"]
    assert [(f.value, f.previous_value, f.previous_as_of, f.change) for f in staff] == [
        (335, 120, D(2025, 8, 10), 215)  # 335 wins over 353: as many outlets, surer
    ]
    assert [link.outlet for link in staff[0].links] == ["VnExpress"]  # those who gave this value
    assert all(link.url and link.url.startswith("https://") for link in staff[0].links)
    received = next(f for f in hai_phong.figures if f.metric == "dossiers_received")
    assert (received.value, received.change, received.approx) == (246900, None, "more_than")  # first of its series


def test_conflicts_give_every_value_with_its_own_links(db: str) -> None:
    (conflict,) = digest_of(db, "2025-W35").conflicts
    assert conflict.figure.province == HP and conflict.figure.as_of == D(2025, 8, 25)
    readings = {reading.value: [(link.outlet, link.url) for link in reading.links] for reading in conflict.readings}
    assert readings == {
        335: [("VnExpress", "https://vnexpress.example.vn/a2.html")],
        353: [("Tuổi Trẻ", "https://tuổitrẻ.example.vn/a3.html")],
    }


def test_documents_and_deadlines_go_with_their_province(db: str) -> None:
    nghe_an = digest_of(db, "2025-W35").news[1]
    assert nghe_an.province == NA
    assert [f.detail for f in nghe_an.documents] == ["586-KL/TU"]
    assert [(f.as_of, f.detail) for f in nghe_an.deadlines] == [(D(2025, 9, 5), "staff_transfer")]
    assert [(f.value, f.status) for f in nghe_an.figures] == [(15, "planned")]


def test_deadlines_due_in_the_14_days_after_the_week(db: str) -> None:
    assert [f.as_of for f in digest_of(db, "2025-W35").due_soon] == [D(2025, 9, 5)]
    assert [f.as_of for f in digest_of(db, "2025-W34").due_soon] == []  # not known yet: reported in week 35
    assert digest_of(db, "2025-W36").due_soon == []  # past


def test_provinces_silent_for_four_weeks_or_more(db: str) -> None:
    silent = {s.province: s.last_report for s in digest_of(db, "2025-W35").silent}
    assert silent["Hà Nội"] == D(2025, 7, 20)
    assert silent["Cà Mau"] is None  # never reported
    assert not {HP, NA, "Đà Nẵng"} & set(silent)
    assert len(silent) == 34 - 3
    first = digest_of(db, "2025-W35").silent[0]
    assert (first.province, first.weeks(Week.parse("2025-W35"))) == ("Hà Nội", 6)


def test_nothing_published_after_the_week_is_used(db: str) -> None:
    digest = digest_of(db, "2025-W35")
    values = [f.value for news in digest.news for f in news.figures]
    values += [v for chart in digest.charts for line in chart.lines.values() for _, v in line]
    assert 400 not in values
    later = digest_of(db, "2025-W36").news[0].figures[0]
    assert (later.value, later.previous_value, later.change) == (400, 335, 65)


def test_charts_follow_the_main_metric_over_time_up_to_the_week(db: str) -> None:
    (chart,) = digest_of(db, "2025-W35").charts  # the only metric with a line of two days or more
    assert (chart.metric, chart.unit) == ("staff_transfer", "person")
    assert chart.lines == {  # the timeline's value of each day, a line per province and status
        HP: [(D(2025, 8, 10), 120), (D(2025, 8, 25), 335)],
        "Nghệ An (kế hoạch)": [(D(2025, 8, 29), 15)],
        "Đà Nẵng": [(D(2025, 8, 8), 15)],
    }


def test_the_weeks_before_are_counted_for_the_activity_chart(db: str) -> None:
    activity = digest_of(db, "2025-W35").activity
    assert len(activity) == 12 and str(activity[-1].week) == "2025-W35"
    assert [(str(w.week), w.articles, w.facts) for w in activity if w.articles] == [
        ("2025-W29", 1, 1),
        ("2025-W32", 1, 1),
        ("2025-W33", 1, 1),
        ("2025-W35", 3, 6),
    ]


def test_an_empty_week_is_a_digest_too(db: str) -> None:
    digest = digest_of(db, "2025-W40")
    assert digest.empty and digest.news == [] and digest.charts == [] and digest.conflicts == []
    assert len(digest.silent) == 34


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2025-W35", D(2025, 8, 25), D(2025, 8, 31)),
        ("2026-W01", D(2025, 12, 29), D(2026, 1, 4)),  # the ISO year starts in December
        ("2020-W53", D(2020, 12, 28), D(2021, 1, 3)),
        ("2025w2", D(2025, 1, 6), D(2025, 1, 12)),
    ],
)
def test_iso_weeks(text: str, start: dt.date, end: dt.date) -> None:
    week = Week.parse(text)
    assert (week.start, week.end) == (start, end)


@pytest.mark.parametrize("text", ["2025-35", "W35", "2025-W54", "2025-W00", "tuần 35"])
def test_not_iso_weeks(text: str) -> None:
    with pytest.raises(ValueError, match="ISO week"):
        Week.parse(text)


def test_a_past_week_reads_the_same_after_later_articles(store_address: str) -> None:
    from monitor.digest import text

    db = store_of(store_address, ARTICLES)
    before = text(digest_of(db, "2025-W35"))
    with Store.open(db) as store:  # week 36: a third outlet gives the disputed figure, and a new one
        store.write(
            article("a8", "Thanh Niên", D(2025, 9, 3)),
            [
                fact("a8", "staff_transfer", 353, D(2025, 8, 25), **STAFF),
                fact("a8", "budget", 5e9, D(2025, 9, 1), province=HP, unit="VND"),
            ],
        )
    assert text(digest_of(db, "2025-W35")) == before
    now = digest_of(db, "2025-W36").news[0].figures  # two outlets now give 353: it wins over 335
    assert [(f.metric, f.value, f.n_sources) for f in now] == [
        ("staff_transfer", 353, 2),
        ("staff_transfer", 400, 1),
        ("budget", 5e9, 1),
    ]


def test_a_busy_week_shows_the_most_reported_figures_and_counts_the_rest(
    store_address: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from monitor.digest import content

    monkeypatch.setattr(content, "SHOWN_FIGURES", 15)  # 200 in all by default, shared by the provinces
    db = store_address
    with Store.open(db) as store:
        for n in range(20):
            sources = 2 if n < 3 else 1  # three figures two outlets gave
            for outlet in ("VnExpress", "Tuổi Trẻ")[:sources]:
                doc = f"{outlet[:2]}{n}"
                store.write(
                    article(doc, outlet, D(2025, 8, 26)),
                    [
                        fact(
                            doc,
                            "dossiers_received",
                            1000 + n,
                            D(2025, 8, 25),
                            unit="dossier",
                            province=HP,
                            commune=f"xã Số {n}",
                        )
                    ],
                )
    (news,) = digest_of(db, "2025-W35").news
    assert (len(news.figures), news.left_out) == (15, 5)
    assert {1000, 1001, 1002} <= {f.value for f in news.figures}


def store_of(db: str, articles: list[tuple[Article, list[Fact]]]) -> str:
    with Store.open(db) as store:
        for item, facts in articles:
            store.write(item, facts)
    return db


def test_a_new_outlet_disagreeing_with_earlier_ones_is_news(store_address: str) -> None:
    db = store_of(
        store_address,
        [
            (
                article("o1", "Báo Hải Phòng", D(2025, 8, 12)),
                [fact("o1", "staff_transfer", 120, D(2025, 8, 10), **STAFF)],
            ),
            (article("o2", "VnExpress", D(2025, 8, 13)), [fact("o2", "staff_transfer", 120, D(2025, 8, 10), **STAFF)]),
            (article("o3", "Tuổi Trẻ", D(2025, 8, 27)), [fact("o3", "staff_transfer", 150, D(2025, 8, 10), **STAFF)]),
        ],
    )
    digest = digest_of(db, "2025-W35")
    (figure,) = digest.news[0].figures
    assert (figure.value, figure.conflict) == (120, True)  # two outlets against one: 120 stands
    (conflict,) = digest.conflicts
    assert [(r.value, [link.outlet for link in r.links]) for r in conflict.readings] == [
        (120, ["Báo Hải Phòng", "VnExpress"]),
        (150, ["Tuổi Trẻ"]),
    ]


def test_a_deadline_reported_met_is_not_due(store_address: str) -> None:
    planned = fact("d1", "deadline", None, D(2025, 9, 5), province=NA, status="planned", subject="staff_transfer")
    met = fact("d2", "deadline", None, D(2025, 9, 5), province=NA, status="done", subject="staff_transfer")
    db = store_of(
        store_address,
        [
            (article("d1", "Báo Nghệ An", D(2025, 8, 20)), [planned]),
            (article("d2", "VnExpress", D(2025, 8, 30)), [met]),
        ],
    )
    assert [f.as_of for f in digest_of(db, "2025-W34").due_soon] == [D(2025, 9, 5)]  # 25/8 to 7/9
    assert digest_of(db, "2025-W35").due_soon == []  # reported met in week 35
    assert digest_of(db, "2025-W33").due_soon == []  # 5/9 is more than 14 days after 17/8


def test_chart_lines_keep_levels_apart_and_leave_out_period_counts(store_address: str) -> None:
    # a running total is one series whatever start the article gives it (series.md, rule 4): 1/7 or none
    since_july = {"period_start": D(2025, 7, 1), "unit": "dossier", "province": HP}
    august = {"period_start": D(2025, 8, 1), "period_end": D(2025, 8, 31), "unit": "dossier", "province": HP}
    db = store_of(
        store_address,
        [
            (
                article("c1", "VnExpress", D(2025, 8, 26)),
                [
                    fact("c1", "dossiers_received", 50000, D(2025, 8, 1), **since_july),
                    fact("c1", "dossiers_received", 70000, D(2025, 8, 25), unit="dossier", province=HP),
                    fact("c1", "dossiers_received", 4000, D(2025, 8, 10), level="commune", **since_july),
                    fact("c1", "dossiers_received", 5000, D(2025, 8, 24), level="commune", **since_july),
                    # a month's count is no level of the running total: no line
                    fact("c1", "dossiers_received", 20000, D(2025, 8, 31), **august),
                ],
            )
        ],
    )
    (chart,) = digest_of(db, "2025-W35").charts
    assert chart.lines == {
        HP: [(D(2025, 8, 1), 50000), (D(2025, 8, 25), 70000)],
        "Hải Phòng (cấp xã)": [(D(2025, 8, 10), 4000), (D(2025, 8, 24), 5000)],
    }


def test_one_article_with_two_undated_figures_has_two_points_and_no_conflict(store_address: str) -> None:
    db = store_of(
        store_address,
        [
            (
                article("u1", "VnExpress", D(2025, 8, 26)),
                [fact("u1", "staff_transfer", 58, None, **STAFF), fact("u1", "staff_transfer", 277, None, **STAFF)],
            )
        ],
    )
    figures = digest_of(db, "2025-W35").news[0].figures
    assert [(f.value, f.conflict, f.change) for f in figures] == [(58, False, None), (277, False, None)]


def test_articles_of_no_date_count_in_the_week_monitor_read_them_and_fetch_times_are_vietnamese(
    store_address: str,
) -> None:
    late_sunday_utc = dt.datetime(2025, 8, 31, 18, 0)  # Monday 1 September, 01:00 in Vietnam
    db = store_of(
        store_address,
        [
            (
                article("f1", "Báo Nghệ An", None, fetched=late_sunday_utc),
                [fact("f1", "staff_transfer", 15, D(2025, 8, 29), unit="person", province=NA)],
            ),
        ],
    )
    assert digest_of(db, "2025-W35").empty
    assert digest_of(db, "2025-W36").articles == 1
    with Store.open(db, read_only=True) as store:  # `monitor digest --weeks` lists the week the digest has it in
        assert [(str(week.week), week.articles, week.facts) for week in weeks_with_news(store)] == [("2025-W36", 1, 1)]
    with Store.open(db) as store:  # a text file: no publication date, never fetched
        store.write(
            Article(id="txt", text="…"), [fact("txt", "staff_transfer", 20, D(2025, 8, 29), unit="person", province=NA)]
        )
    assert digest_of(db, "2025-W36").articles == 1  # it counts in the week it was read (today), not before
    assert Week.of(dt.date.today()) != Week.parse("2025-W36")
