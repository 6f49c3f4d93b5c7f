"""Dates read against the publication date, with the past/future rule of facts.md."""

import datetime as dt

import pytest

from monitor.extract import extract
from monitor.extract.dates import find_dates, resolve
from monitor.extract.normalize import fold, lower
from monitor.facts import Article

PUBLISHED = dt.date(2025, 8, 25)


def read(phrase: str, published=PUBLISHED, future=False):
    view = lower(fold(phrase))
    mentions = find_dates(view)
    assert len(mentions) == 1, mentions
    r = resolve(mentions[0], published, future)
    return r.as_of, r.period_start, r.period_end


D = dt.date


# fmt: off
PAST = [
    ("Tính đến ngày 20/8, Sở Nội vụ xác định", (D(2025, 8, 20), None, None)),
    ("Từ 1/7 đến 20/8, thành phố tiếp nhận", (D(2025, 8, 20), D(2025, 7, 1), D(2025, 8, 20))),
    ("từ 1/7 đến nay", (PUBLISHED, D(2025, 7, 1), PUBLISHED)),
    ("Đến cuối tháng 8, Sở Nội vụ", (D(2025, 8, 31), None, None)),
    ("giữa tháng 8", (D(2025, 8, 15), None, None)),
    ("giai đoạn 2025 – 2027", (PUBLISHED, D(2025, 1, 1), D(2027, 12, 31))),
    ("theo thống kê từ ngày 1 đến 24-7", (D(2025, 7, 24), D(2025, 7, 1), D(2025, 7, 24))),
    ("quý II", (D(2025, 6, 30), D(2025, 4, 1), D(2025, 6, 30))),
    ("ngày 5/9/25", (D(2025, 9, 5), None, None)),
    ("hôm kia", (D(2025, 8, 23), None, None)),
    ("mồng 5 tháng 8", (D(2025, 8, 5), None, None)),
    ("trong tháng tám", (D(2025, 8, 25), D(2025, 8, 1), D(2025, 8, 31))),
    ("đến cuối năm ngoái", (D(2024, 12, 31), D(2024, 1, 1), D(2024, 12, 31))),
    ("năm nay", (PUBLISHED, D(2025, 1, 1), D(2025, 12, 31))),
    ("hết quý II", (D(2025, 6, 30), D(2025, 4, 1), D(2025, 6, 30))),
    ("tháng 7 vừa qua", (D(2025, 7, 31), D(2025, 7, 1), D(2025, 7, 31))),
    ("trong 6 tháng đầu năm", (D(2025, 6, 30), D(2025, 1, 1), D(2025, 6, 30))),
    ("sáu tháng đầu năm 2025", (D(2025, 6, 30), D(2025, 1, 1), D(2025, 6, 30))),
    ("từ đầu năm đến nay", (PUBLISHED, D(2025, 1, 1), PUBLISHED)),
    ("từ đầu tháng 7 đến hết tháng 8", (D(2025, 8, 25), D(2025, 7, 1), D(2025, 8, 31))),
]

# in a plan or target: a period after "đến", "hết", "cuối" holds at its end, even to come
FUTURE = [
    ("phấn đấu đến cuối năm 2025", (D(2025, 12, 31), D(2025, 1, 1), D(2025, 12, 31))),
    ("mục tiêu đến năm 2026", (D(2026, 12, 31), D(2026, 1, 1), D(2026, 12, 31))),
    ("đến hết quý IV sẽ đạt", (D(2025, 12, 31), D(2025, 10, 1), D(2025, 12, 31))),
    ("dự kiến đến cuối năm", (D(2025, 12, 31), None, None)),
    ("giai đoạn 2025 – 2030 sẽ luân chuyển", (PUBLISHED, D(2025, 1, 1), D(2030, 12, 31))),
]
# fmt: on


@pytest.mark.parametrize(("phrase", "expected"), PAST)
def test_past_dates(phrase, expected):
    assert read(phrase) == expected


@pytest.mark.parametrize(("phrase", "expected"), FUTURE)
def test_future_dates(phrase, expected):
    assert read(phrase, future=True) == expected


def test_a_future_clause_takes_the_next_year_on_or_after_publication():
    assert read("hoàn thành trước ngày 15/1", published=D(2025, 11, 20), future=True)[0] == D(2026, 1, 15)
    assert read("báo cáo trước ngày 15/1", published=D(2025, 11, 20))[0] == D(2025, 1, 15)


def test_a_range_across_the_new_year_takes_its_start_before_its_end():
    as_of, start, end = read("từ 1/12 đến 15/1", published=D(2026, 1, 20))
    assert (start, end, as_of) == (D(2025, 12, 1), D(2026, 1, 15), D(2026, 1, 15))


@pytest.mark.parametrize("phrase", ["cử 1-2 công chức", "12/12 sở ngành", "95/807 thủ tục", "tổng 1.915 thủ tục"])
def test_not_dates(phrase):
    assert find_dates(lower(fold(phrase))) == []


def test_a_future_cue_after_the_date_but_before_the_figure_makes_the_period_future():
    text = "Từ tháng 10 đến tháng 12, tỉnh Nghệ An sẽ biệt phái 90 công chức."
    (fact,) = extract(Article(id="t", text=text, published_at=dt.date(2025, 10, 2))).facts
    assert (fact.period_start, fact.period_end, fact.status) == (dt.date(2025, 10, 1), dt.date(2025, 12, 31), "planned")


def test_an_as_of_date_after_the_figure_wins_over_a_start_date_before_it():
    text = (
        "Khai giảng từ mồng 5 tháng 9, lớp bồi dưỡng đã có 1.260 công chức hoàn thành chương trình tính đến ngày 3/10."
    )
    (fact,) = extract(Article(id="t", text=text, published_at=dt.date(2025, 10, 20))).facts
    assert fact.as_of == dt.date(2025, 10, 3)
