"""Dates read against the publication date, with the past/future rule of facts.md."""

import datetime as dt

import pytest

from monitor.extract import extract
from monitor.extract.date_values import resolve
from monitor.extract.dates import find_dates
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
    ("trung tuần tháng 8", (D(2025, 8, 15), None, None)),
    ("thượng tuần tháng 8", (D(2025, 8, 5), None, None)),
    ("hạ tuần tháng 7", (D(2025, 7, 31), None, None)),
    ("giai đoạn 2025 – 2027", (PUBLISHED, D(2025, 1, 1), D(2027, 12, 31))),
    ("theo thống kê từ ngày 1 đến 24-7", (D(2025, 7, 24), D(2025, 7, 1), D(2025, 7, 24))),
    ("quý II", (D(2025, 6, 30), D(2025, 4, 1), D(2025, 6, 30))),
    # an infographic's short month, with its year (issue 16)
    ("▪ T7/2025: tiếp nhận", (D(2025, 7, 31), D(2025, 7, 1), D(2025, 7, 31))),
    ("số liệu T.6-2025", (D(2025, 6, 30), D(2025, 6, 1), D(2025, 6, 30))),
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
    ("sáng qua", (D(2025, 8, 24), None, None)),
    ("Hôm 20/8, tỉnh", (D(2025, 8, 20), None, None)),
    ("vào 20/8, tỉnh", (D(2025, 8, 20), None, None)),
    ("chiều nay", (PUBLISHED, None, None)),
    ("đầu tháng này", (D(2025, 8, 5), None, None)),
    ("cuối tháng trước", (D(2025, 7, 31), None, None)),
    ("trong tháng trước", (D(2025, 7, 31), D(2025, 7, 1), D(2025, 7, 31))),
    ("6 tháng năm 2025", (D(2025, 6, 30), D(2025, 1, 1), D(2025, 6, 30))),  # six months, not May
    ("7 tháng năm nay", (D(2025, 7, 31), D(2025, 1, 1), D(2025, 7, 31))),
    # a month's first days or weeks (issue 16): from the 1st
    ("10 ngày đầu tháng 8", (D(2025, 8, 10), D(2025, 8, 1), D(2025, 8, 10))),
    ("hai tuần đầu tháng 7/2025", (D(2025, 7, 14), D(2025, 7, 1), D(2025, 7, 14))),
    # a quarter told relative to the publication (issue 16)
    ("trong quý vừa qua", (D(2025, 6, 30), D(2025, 4, 1), D(2025, 6, 30))),
    ("quý trước", (D(2025, 6, 30), D(2025, 4, 1), D(2025, 6, 30))),
    # a day of the week, its date in brackets (issue 16)
    ("Hôm thứ Hai (18/8), tỉnh", (D(2025, 8, 18), None, None)),
    ("Sáng Chủ nhật (24/8), phường", (D(2025, 8, 24), None, None)),
    ("đầu tháng 8", (D(2025, 8, 5), None, None)),  # early in the month, no count: its part
    ("trong nửa đầu năm", (D(2025, 6, 30), D(2025, 1, 1), D(2025, 6, 30))),  # not "đầu năm"
    ("nửa đầu năm 2025", (D(2025, 6, 30), D(2025, 1, 1), D(2025, 6, 30))),
]

# the press's dotted day.month, and ranges written as one expression; read in October, after them all
AUTUMN = D(2025, 10, 20)
DOTTED_AND_SPANS = [
    ("Từ 1.7 đến 30.9, Trung tâm", (D(2025, 9, 30), D(2025, 7, 1), D(2025, 9, 30))),
    ("ngày 15.8", (D(2025, 8, 15), None, None)),
    ("tính đến 20.8.2025", (D(2025, 8, 20), None, None)),
    ("tính đến 20.8, toàn tỉnh", (D(2025, 8, 20), None, None)),
    ("(1.7-30.9)", (D(2025, 9, 30), D(2025, 7, 1), D(2025, 9, 30))),
    ("từ 1.7 đến nay", (AUTUMN, D(2025, 7, 1), AUTUMN)),
    ("từ 1.7 đến 30/9", (D(2025, 9, 30), D(2025, 7, 1), D(2025, 9, 30))),
    ("mồng 2.9", (D(2025, 9, 2), None, None)),
    ("hết 30.9.2025", (D(2025, 9, 30), None, None)),
    ("Ngày 15.8 người dân phường", (D(2025, 8, 15), None, None)),  # a day word: a date whatever follows
    ("13-17/10", (D(2025, 10, 17), D(2025, 10, 13), D(2025, 10, 17))),
    ("trong tuần từ 13 đến 17/10", (D(2025, 10, 17), D(2025, 10, 13), D(2025, 10, 17))),
    ("từ ngày 1 - 15/8/2025", (D(2025, 8, 15), D(2025, 8, 1), D(2025, 8, 15))),
    ("từ ngày 1 - 15/8", (D(2025, 8, 15), D(2025, 8, 1), D(2025, 8, 15))),
    ("13 – 17.10", (D(2025, 10, 17), D(2025, 10, 13), D(2025, 10, 17))),
    ("từ 6 đến 10-10", (D(2025, 10, 10), D(2025, 10, 6), D(2025, 10, 10))),
    ("đợt 1 (6.10 - 10.10.2025)", (D(2025, 10, 10), D(2025, 10, 6), D(2025, 10, 10))),
]

# in a plan or target: a period after "đến", "hết", "cuối" holds at its end, even to come
FUTURE = [
    ("phấn đấu đến cuối năm 2025", (D(2025, 12, 31), D(2025, 1, 1), D(2025, 12, 31))),
    ("mục tiêu đến năm 2026", (D(2026, 12, 31), D(2026, 1, 1), D(2026, 12, 31))),
    ("đến hết quý IV sẽ đạt", (D(2025, 12, 31), D(2025, 10, 1), D(2025, 12, 31))),
    ("dự kiến đến cuối năm", (D(2025, 12, 31), None, None)),
    ("hoàn thành trước cuối tháng sau", (D(2025, 9, 30), None, None)),
    ("6 tháng cuối năm sẽ", (PUBLISHED, D(2025, 7, 1), D(2025, 12, 31))),
    ("giai đoạn 2025 – 2030 sẽ luân chuyển", (PUBLISHED, D(2025, 1, 1), D(2030, 12, 31))),
]
# fmt: on


@pytest.mark.parametrize(("phrase", "expected"), PAST)
def test_past_dates(phrase, expected):
    assert read(phrase) == expected


@pytest.mark.parametrize(("phrase", "expected"), FUTURE)
def test_future_dates(phrase, expected):
    assert read(phrase, future=True) == expected


@pytest.mark.parametrize(("phrase", "expected"), DOTTED_AND_SPANS)
def test_dotted_dates_and_one_expression_ranges(phrase, expected):
    assert read(phrase, published=AUTUMN) == expected


def test_a_dotted_range_across_the_new_year_takes_its_start_before_its_end():
    as_of, start, end = read("từ 1.12 đến 15.1", published=D(2026, 1, 20))
    assert (start, end, as_of) == (D(2025, 12, 1), D(2026, 1, 15), D(2026, 1, 15))


def test_a_dotted_deadline_in_an_instruction_is_to_come():
    assert read("hoàn thành trước 15.11", published=AUTUMN, future=True)[0] == D(2025, 11, 15)


def test_a_future_clause_takes_the_next_year_on_or_after_publication():
    assert read("hoàn thành trước ngày 15/1", published=D(2025, 11, 20), future=True)[0] == D(2026, 1, 15)
    assert read("báo cáo trước ngày 15/1", published=D(2025, 11, 20))[0] == D(2025, 1, 15)


def test_a_month_read_in_january_is_last_year_s():
    new_year = D(2026, 1, 3)
    assert read("trong tháng 12", published=new_year) == (D(2025, 12, 31), D(2025, 12, 1), D(2025, 12, 31))
    assert read("ngày 28/12", published=new_year)[0] == D(2025, 12, 28)
    assert read("tháng trước", published=new_year) == (D(2025, 12, 31), D(2025, 12, 1), D(2025, 12, 31))


def test_a_range_across_the_new_year_takes_its_start_before_its_end():
    as_of, start, end = read("từ 1/12 đến 15/1", published=D(2026, 1, 20))
    assert (start, end, as_of) == (D(2025, 12, 1), D(2026, 1, 15), D(2026, 1, 15))


NOT_DATES = [
    "Mẫu T10 áp dụng cho hồ sơ đăng ký.",  # a form's code, no year: no month (issue 16)
    "cử 1-2 công chức",
    "12/12 sở ngành",
    "95/807 thủ tục",
    "tổng 1.915 thủ tục",
    # thousands and decimals written with a dot stay numbers
    "đã tiếp nhận 4.300 hồ sơ",
    "1.320 thủ tục",
    "từ 1.320 thủ tục",
    "hỗ trợ 1.5 triệu",
    "đến 1.7 triệu đồng",
    "từ 1.2 đến 1.5 triệu đồng",
    "tăng từ 1.2 lên 1.5 lần",
    "sau 2.5 năm",
    "đến 98.5%",
    "từ 1.7 người",
    "đạt 8.5 điểm",  # no date word before it
    "mục 1.2 - 1.5",
    "từ 7.30 đến 11.30",  # hours: no month 30
    "từ 3-5/10 hồ sơ",
    "từ 17-13/10",  # days of one month run forward
    "tập trung vào 12/12 thủ tục",  # a count after it: a fraction, whatever word precedes
    "3 tháng trước",  # three months ago: no one month
    "6 tháng tới",
    "Ông Huy (sinh năm 1978)",  # a birth year (twentieth set, issue 16)
    "xếp thứ hai (12/34 tỉnh)",  # an ordinal, a fraction in brackets after it
    "quý trước đó",  # the quarter before a date of the text, not the publication's
]


@pytest.mark.parametrize("phrase", NOT_DATES)
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


@pytest.mark.parametrize(
    "text",
    [
        "Từ 1.7 đến 30.9, Trung tâm Phục vụ hành chính công tỉnh Quảng Ninh đã tiếp nhận 246.900 hồ sơ.",
        "Trung tâm Phục vụ hành chính công tỉnh Quảng Ninh đã tiếp nhận 246.900 hồ sơ (1.7-30.9).",
    ],
)
def test_a_figure_takes_its_period_from_a_dotted_range(text):
    (fact,) = extract(Article(id="t", text=text, published_at=dt.date(2025, 10, 5))).facts
    assert (fact.metric, fact.value, fact.province) == ("dossiers_received", 246_900, "Quảng Ninh")
    assert (fact.period_start, fact.period_end, fact.as_of) == (D(2025, 7, 1), D(2025, 9, 30), D(2025, 9, 30))


def test_a_figure_takes_its_period_from_days_sharing_a_month():
    text = "Trong tuần từ 13-17/10, phường Hoàn Kiếm đã giải quyết 1.320 hồ sơ, tỷ lệ đúng hạn đạt 98,5%."
    facts = extract(Article(id="t", text=text, published_at=AUTUMN)).facts
    assert [(f.metric, f.value) for f in facts] == [("dossiers_resolved", 1320), ("dossiers_on_time", 98.5)]
    week = (D(2025, 10, 13), D(2025, 10, 17), D(2025, 10, 17))
    assert {(f.period_start, f.period_end, f.as_of) for f in facts} == {week}


def test_a_dotted_as_of_date_dates_a_figure_and_leaves_thousands_alone():
    text = "Tính đến 20.8, tỉnh Gia Lai đã điều động 1.050 công chức về cấp xã."
    (fact,) = extract(Article(id="t", text=text, published_at=PUBLISHED)).facts
    assert (fact.value, fact.as_of, fact.date_source) == (1050, D(2025, 8, 20), "text")


# fmt: off
CALENDAR = [
    # a bounded calendar period: its figure is the period's own (series.md, rule 4)
    ("trong tháng 7", True),
    ("quý II", True),
    ("tuần trước", True),
    ("6 tháng đầu năm", True),
    ("từ tháng 9 đến tháng 12", True),
    # how far a running total has come, whatever its start
    ("từ 1/7 đến 20/8", False),
    ("từ 1/7 đến nay", False),
    ("tính đến hết tháng 7", False),
    ("đến cuối tháng 7", False),
    ("ngày 20/8", False),
]
# fmt: on


@pytest.mark.parametrize(("phrase", "calendar"), CALENDAR)
def test_a_calendar_period_is_told_from_a_running_total(phrase, calendar):
    view = lower(fold(phrase))
    (mention,) = find_dates(view)
    assert resolve(mention, PUBLISHED).calendar is calendar


@pytest.mark.parametrize(
    ("second_paragraph", "as_of"),
    [
        # a paragraph that breaks down the one before is told for its span
        ("Trong đó, 12.480 hồ sơ được nộp trực tuyến.", dt.date(2025, 7, 29)),
        ("Cụ thể, 12.480 hồ sơ được nộp trực tuyến.", dt.date(2025, 7, 29)),
        # any other paragraph speaks of the day the article is dated
        ("Tỉnh tiếp tục nhận thêm 12.480 hồ sơ trực tuyến.", dt.date(2025, 8, 4)),
    ],
)
def test_a_paragraph_that_breaks_down_the_one_before_keeps_its_date(second_paragraph, as_of):
    text = "Từ ngày 1/7 đến ngày 29/7, toàn tỉnh Thái Nguyên tiếp nhận 68.115 hồ sơ.\n\n" + second_paragraph
    facts = extract(Article(id="t", text=text, published_at=dt.date(2025, 8, 4))).facts
    assert [(f.value, f.as_of) for f in facts][-1] == (12480, as_of)


@pytest.mark.parametrize(
    ("third_paragraph", "as_of"),
    [
        # a paragraph going back to the span the article's figures were reported for, after one on another day
        ("Riêng hồ sơ thuộc thẩm quyền cấp xã, trung tâm tiếp nhận 2.760 hồ sơ.", dt.date(2025, 9, 30)),
        ("Tính chung cả giai đoạn, phường Phú Xuân tiếp nhận 1.758 hồ sơ.", dt.date(2025, 9, 30)),
        ("Cũng trong thời gian này, xã Phú Giáo tiếp nhận 2.760 hồ sơ.", dt.date(2025, 9, 30)),
        ("Đáng chú ý, phường Thủy Xuân tiếp nhận 1.450 hồ sơ.", dt.date(2025, 9, 30)),
        ("Trong cùng kỳ, xã đã giải quyết được 8.914 hồ sơ.", dt.date(2025, 9, 30)),
        # the same span of the year before is a baseline, no way back to the span reported
        ("Trong cùng kỳ năm trước, trung tâm tiếp nhận 2.760 hồ sơ.", dt.date(2025, 10, 15)),
        # a date of its own still wins
        ("Riêng ngày 14/10, trung tâm tiếp nhận 320 hồ sơ.", dt.date(2025, 10, 14)),
        # without such an opener, the day the article is dated
        ("Trung tâm tiếp nhận thêm 2.760 hồ sơ.", dt.date(2025, 10, 15)),
        ("Ngoài ra, xã Phú Giáo tiếp nhận 2.760 hồ sơ.", dt.date(2025, 10, 15)),
    ],
)
def test_a_paragraph_going_back_to_the_reported_span_takes_its_date(third_paragraph, as_of):
    text = (
        "Từ ngày 1-7 đến 30-9, Trung tâm Phục vụ hành chính công xã Phú Giáo tiếp nhận 13.188 hồ sơ.\n\n"
        "Sáng 13-10, Đoàn giám sát của HĐND xã làm việc với trung tâm.\n\n" + third_paragraph
    )
    facts = extract(Article(id="t", text=text, published_at=dt.date(2025, 10, 15))).facts
    assert [(f.value, f.as_of) for f in facts][-1][1] == as_of


_FOUNDED_THEN = " Theo báo cáo, tỷ lệ hồ sơ giải quyết đúng hạn đạt 97,5%."
_YEAR_THEN = " Trong số hồ sơ đã trả kết quả, hơn 317 nghìn hồ sơ được giải quyết trước hạn."


@pytest.mark.parametrize(
    ("text", "published", "last"),
    [
        # the day a body was founded, told in passing, dates nothing after it (unseen7's table, issue 16)
        ("Trung tâm là đơn vị thành lập ngày 1/7/2025, hợp nhất hai trung tâm." + _FOUNDED_THEN, D(2025, 9, 5),
         (97.5, D(2025, 9, 5))),
        ("Trung tâm ra đời từ ngày 1/7/2025, hợp nhất hai trung tâm cũ." + _FOUNDED_THEN, D(2025, 9, 5),
         (97.5, D(2025, 9, 5))),
        # a day the text speaks of does
        ("Ngày 1/9/2025, Ban Pháp chế HĐND tỉnh giám sát tại trung tâm." + _FOUNDED_THEN, D(2025, 9, 5),
         (97.5, D(2025, 9, 1))),
        # so does a past year the sentence opens on (unseen42)
        ("Năm 2024, trung tâm tiếp nhận hơn 341 nghìn hồ sơ." + _YEAR_THEN, D(2025, 2, 3), (317_000, D(2024, 12, 31))),
        # a limit still to come is the day something is due, not the day the text goes on in (unseen54, issue 16)
        ("Thủ tướng yêu cầu công khai danh mục thủ tục trước ngày 25/6/2025. Kết quả phân định thẩm quyền: 346 thủ "
         "tục hành chính được phân định lại.", D(2025, 6, 20), (346, D(2025, 6, 20))),
        # not a year in passing, nor one to come
        ("Trung tâm được thành lập theo đề án năm 2024 và tiếp nhận hơn 341 nghìn hồ sơ." + _YEAR_THEN, D(2025, 2, 3),
         (317_000, D(2025, 2, 3))),
        ("Năm 2025, trung tâm phấn đấu tiếp nhận 341 nghìn hồ sơ." + _YEAR_THEN, D(2025, 2, 3),
         (317_000, D(2025, 2, 3))),
    ],
)  # fmt: skip
def test_the_date_a_sentence_tells_goes_on_in_the_next_or_not(text, published, last):
    facts = extract(Article(id="t", text=text, published_at=published)).facts
    assert (facts[-1].value, facts[-1].as_of) == last


def test_a_round_told_with_its_span_before_dates_the_figures_of_this_round():
    text = (
        "Ngày 12/9/2025, Sở Nội vụ tổng kết đợt bồi dưỡng kéo dài từ ngày 18/8 đến 10/9/2025 cho cán bộ 102 xã.\n\n"
        "Trong đợt này, có 1.536 lượt cán bộ, công chức tham gia."
    )
    facts = extract(Article(id="t", text=text, published_at=dt.date(2025, 9, 12))).facts
    assert [(f.value, f.as_of) for f in facts if f.value] == [(1536, dt.date(2025, 9, 10))]


@pytest.mark.parametrize(
    ("phrase", "published", "expected"),
    [
        # a span under way on the publication day is this year's, told as it runs (sixth set, issue 16)
        ("áp dụng từ ngày 1/7 đến 31/12", D(2025, 9, 23), (D(2025, 9, 23), D(2025, 7, 1), D(2025, 12, 31))),
        ("từ tháng 9 đến tháng 12", D(2025, 10, 2), (D(2025, 10, 2), D(2025, 9, 1), D(2025, 12, 31))),
        # a span ended before it, or not yet begun, keeps the nearest past year
        ("từ ngày 1/7 đến 20/8", D(2025, 9, 23), (D(2025, 8, 20), D(2025, 7, 1), D(2025, 8, 20))),
        ("từ ngày 1/10 đến 31/12", D(2025, 9, 23), (D(2024, 12, 31), D(2024, 10, 1), D(2024, 12, 31))),
    ],
)
def test_a_span_under_way_on_the_publication_day(phrase, published, expected):
    assert read(phrase, published=published) == expected


@pytest.mark.parametrize(
    ("opener", "as_of"),
    [
        # a block of the whole in a paragraph of its own goes back to the span reported (sixth set, issue 16)
        ("Ở khối bộ, ngành, Bộ Tư pháp đứng đầu với 81,2% hồ sơ trực tuyến toàn trình.", D(2024, 12, 31)),
        # a paragraph on something else is told for the publication day
        ("Hiện nay, Bộ Tư pháp đạt 81,2% hồ sơ trực tuyến toàn trình.", D(2025, 1, 15)),
    ],
)
def test_a_paragraph_on_a_block_goes_back_to_the_span_reported(opener, as_of):
    text = "Năm 2024, Bắc Ninh xử lý trực tuyến toàn trình 61,2% hồ sơ thủ tục hành chính.\n\n" + opener
    facts = extract(Article(id="t", text=text, published_at=D(2025, 1, 15))).facts
    assert [f.as_of for f in facts if f.value == 81.2] == [as_of]


# A paragraph that opens a report with its span or its day and no figure ("… báo cáo kết quả từ ngày 1/7 đến
# ngày 23/9.") dates the paragraph after it and the run of "label: value" lines and bullets that follow; a day an
# event happened does not, nor does the opening reach past the run into prose.
BULLETIN = (
    "Bản tin\n\n{lead}\n\nTổng số hồ sơ tiếp nhận: 53.120 hồ sơ\n– Trực tuyến: 31.700 hồ sơ\n"
    "Đã giải quyết: 51.050 hồ sơ"
)
# fmt: off
REPORT_OPENINGS = [
    ("Trung tâm báo cáo kết quả giải quyết hồ sơ ở cấp xã từ ngày 1/7/2025 đến ngày 23/9/2025.", D(2025, 9, 23)),
    ("Sở Nội vụ tổng hợp số liệu từ 1/7 đến 15/9 như sau.", D(2025, 9, 15)),
    ("Tính đến ngày 22/9/2025, kết quả ở các xã, phường như sau.", D(2025, 9, 22)),
    # negative: the day of a meeting is no span a report holds for
    ("Ngày 23/9, hội nghị giao ban diễn ra tại trụ sở UBND thành phố.", D(2025, 10, 3)),
]
# fmt: on


@pytest.mark.parametrize(("lead", "as_of"), REPORT_OPENINGS)
def test_a_report_opened_with_its_span_dates_the_bulletin_lines_under_it(lead, as_of):
    text = BULLETIN.format(lead=lead)
    facts = [f for f in extract(Article(id="t", text=text, published_at=D(2025, 10, 3))).facts if f.value]
    assert [f.value for f in facts] == [53120, 31700, 51050]
    assert {f.as_of for f in facts} == {as_of}


def test_the_opening_does_not_reach_past_its_bulletin_into_prose():
    text = BULLETIN.format(lead=REPORT_OPENINGS[0][0]) + "\n\nPhường Hoàn Kiếm đã tiếp nhận 4.210 hồ sơ trực tuyến."
    facts = {f.value: f.as_of for f in extract(Article(id="t", text=text, published_at=D(2025, 10, 3))).facts}
    assert facts[51050] == D(2025, 9, 23) and facts[4210] == D(2025, 10, 3)


# A span's end told with "đến hết" is announced like one with "đến" (lang/vi/dates.py, UPCOMING_BEFORE; twelfth set,
# issue 16): months after the publication date, it does not make the date line contradicted, so a draft's rates stay
# dated by the publication. A report's day after "tính đến hết" still contradicts an older date line.
@pytest.mark.parametrize(
    ("condition", "flag"),
    [
        (
            "Họ phải có tên trong danh sách chuyển về xã trong thời gian từ khi sắp xếp đến hết ngày 31/12/2025.",
            None,
        ),
        ("Tính đến hết ngày 31/12/2025, tỉnh đã điều động 120 cán bộ về xã.", "contradicted_by_text"),
        # a limit ("không quá", "chậm nhất") announces its day too
        ("Người biệt phái về xã được hưởng trong suốt thời gian biệt phái nhưng không quá ngày 30-9-2027.", None),
        ("Thời gian hưởng tính từ ngày 1/7/2025, chậm nhất ngày 30/6/2027.", None),
    ],
)
def test_a_span_end_after_den_het_is_announced(condition, flag):
    text = condition + "\n\nTheo dự thảo, mức hỗ trợ là 4 triệu đồng/người/tháng."
    result = extract(Article(id="t", text=text, published_at=D(2025, 6, 24)))
    assert result.anchor.flag == flag
    if flag is None:
        assert [(f.value, f.as_of) for f in result.facts if f.metric == "allowance"] == [(4000000, D(2025, 6, 24))]


# A proposal's figure told with the span it would apply over, not yet ended, is dated by the proposal, the day it is
# told (when.py, for_status; twelfth set, issue 16); a plan's figure in a span to come holds at the span's end.
@pytest.mark.parametrize(
    ("sentence", "as_of"),
    [
        ("Theo đề xuất, mức hỗ trợ trong 6 tháng (1/7 - 31/12/2025) là 2 triệu đồng/người/tháng.", D(2025, 6, 19)),
        ("Tỉnh dự kiến từ tháng 7 đến tháng 12 sẽ điều động 120 công chức về xã.", D(2025, 12, 31)),
    ],
)
def test_a_proposal_told_with_the_span_it_would_apply_over_is_dated_by_the_proposal(sentence, as_of):
    facts = extract(Article(id="t", text=sentence, published_at=D(2025, 6, 19))).facts
    assert [f.as_of for f in facts if f.value is not None] == [as_of]


# "the month" with no number is the month the text named last (lang/vi/dates.py, SAME_MONTH_WORDS; twentieth set,
# issue 16): a monthly report names it in its headline or its first item, then says "trong tháng"
@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        ("Kết quả tháng 7/2025 của xã.\n\nTrong tháng, trung tâm tiếp nhận 2.699 hồ sơ.", D(2025, 7, 31)),
        ("Tháng 7, UBND xã ban hành 282 văn bản.\n\nCả tháng, trung tâm tiếp nhận 2.699 hồ sơ.", D(2025, 7, 31)),
        ("Giao ban tháng 7.\n\nCông tác hành chính: trong tháng, xã tiếp nhận 2.699 hồ sơ.", D(2025, 7, 31)),
        # no month named before: the day the article is dated
        ("Trong tháng, trung tâm tiếp nhận 2.699 hồ sơ.", D(2025, 8, 8)),
        # a month said with its number or as this one is that month
        ("Kết quả tháng 7.\n\nTrong tháng 6, trung tâm tiếp nhận 2.699 hồ sơ.", D(2025, 6, 30)),
        ("Kết quả tháng 6.\n\nTrong tháng này, trung tâm tiếp nhận 2.699 hồ sơ.", D(2025, 8, 8)),
        # "trong tháng" before more words is no date of its own ("trong tháng tới", "trong tháng Bảy" aside)
        ("Kết quả tháng 6.\n\nTrung tâm tiếp nhận 2.699 hồ sơ trong tháng cao điểm.", D(2025, 8, 8)),
    ],
)
def test_the_month_with_no_number_is_the_one_named_last(text, as_of):
    facts = extract(Article(id="t", text=text, published_at=dt.date(2025, 8, 8))).facts
    assert [f.as_of for f in facts if f.value == 2699] == [as_of]


# spans counted from the two-tier model's start, 1 July 2025, when its operation is named right after (lang/vi/dates.py,
# REFORM_START; twenty-sixth set, issue 16)
@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("trong tháng đầu tiên mô hình đi vào hoạt động", (D(2025, 7, 31), D(2025, 7, 1), D(2025, 7, 31))),
        ("sau hai tuần đầu vận hành chính quyền địa phương hai cấp", (D(2025, 7, 14), D(2025, 7, 1), D(2025, 7, 14))),
        ("10 ngày đầu triển khai mô hình mới", (D(2025, 7, 10), D(2025, 7, 1), D(2025, 7, 10))),
    ],
)
def test_a_first_span_of_the_model_counts_from_its_start(phrase, expected):
    assert read(phrase) == expected


@pytest.mark.parametrize(
    "phrase",
    ["tuần đầu tiên của đợt tập huấn", "ba tháng đầu vận hành mô hình", "ngày đầu tiên đi làm của chị"],
)
def test_a_first_span_of_something_else_is_no_date(phrase):
    assert find_dates(lower(fold(phrase))) == []


def test_a_place_then_the_same_span_goes_back_to_it():
    # "Ở xã …, cùng khoảng thời gian trên, …": the span reported before (twenty-sixth set, issue 16)
    text = (
        "Tại phường Bách Quang, từ ngày 1/7 đến ngày 12/8, bộ phận một cửa tiếp nhận 1.888 hồ sơ.\n\n"
        "Ở xã vùng xa Phong Quang, cùng khoảng thời gian trên, trung tâm tiếp nhận 211 hồ sơ."
    )
    facts = extract(Article(id="t", text=text, published_at=dt.date(2025, 10, 3))).facts
    assert [(f.value, f.as_of, f.commune) for f in facts] == [
        (1888, D(2025, 8, 12), "phường Bách Quang"),
        (211, D(2025, 8, 12), "xã Phong Quang"),
    ]


def test_a_lead_telling_a_start_dates_its_list_up_to_the_day_told():
    text = (
        "Chiều 3/7, Bộ Nội vụ thông tin về những ngày đầu vận hành chính quyền hai cấp từ ngày 1/7/2025. Những điểm "
        "chính:\n\n- Cấp xã giải quyết 463 thủ tục hành chính."
    )
    facts = extract(Article(id="t", text=text, published_at=dt.date(2025, 7, 3))).facts
    assert [(f.value, f.as_of) for f in facts if f.value] == [(463, D(2025, 7, 3))]


@pytest.mark.parametrize(
    "phrase",
    [
        "những ngày đầu vận hành chính quyền 2 cấp",  # the first days, how many untold
        "tại họp báo Chính phủ thường kỳ tháng 6/2025",  # a regular meeting's name (twenty-sixth set, issue 16)
    ],
)
def test_first_days_untold_and_a_meetings_month_are_no_dates(phrase):
    assert find_dates(lower(fold(phrase))) == []


@pytest.mark.parametrize(
    ("compared", "as_of"),
    [
        # the date a figure is compared with, a few words naming it between, is no date the text goes on at (issue 16)
        ("tăng 5% so với kỳ báo cáo ngày 5/8", dt.date(2025, 8, 19)),
        ("tăng 5% so với ngày 5/8", dt.date(2025, 8, 19)),
        # a date told as the text's own, after a comma, is
        ("tính đến ngày 20/8", dt.date(2025, 8, 20)),
    ],
)
def test_a_date_compared_with_does_not_date_the_next_sentence(compared, as_of):
    text = (
        f"Từ ngày 1/7 đến 19/8/2025, cả nước tiếp nhận hơn 4,3 triệu hồ sơ, {compared}. Hà Nội tiếp nhận 600.000 hồ sơ."
    )
    facts = extract(Article(id="t", text=text, published_at=dt.date(2025, 8, 25))).facts
    assert [(f.value, f.as_of) for f in facts][-1] == (600000, as_of)


def test_a_date_in_a_bracket_with_a_figure_of_its_own_dates_that_figure_only():
    # "80% (năm 2023: 71%)": the year is the 71%'s (thirty-fourth set, issue 16)
    text = "Tỷ lệ hồ sơ giải quyết trực tuyến của tỉnh đạt 80% (năm 2023: 71%)."
    facts = extract(Article(id="t", text=text, published_at=dt.date(2025, 9, 5))).facts
    assert [(f.value, f.as_of) for f in facts] == [(80, dt.date(2025, 9, 5)), (71, dt.date(2023, 12, 31))]


@pytest.mark.parametrize(("heading", "as_of"), [("KẾT QUẢ", dt.date(2025, 8, 31)), ("Kết quả", None)])
def test_a_section_heading_among_a_bulletins_lines_keeps_its_span(heading, as_of):
    # a heading in capitals between a report's opening and its lines goes on in the report (issue 16); a line of other
    # words ends it, the figure then told for the day the article is dated
    text = f"Số liệu dịch vụ công của tỉnh tính đến tháng 8/2025.\n\n{heading}\n\n• Hồ sơ trực tuyến: 1.200 hồ sơ"
    facts = extract(Article(id="t", text=text, published_at=dt.date(2025, 9, 8))).facts
    assert [(f.value, f.as_of) for f in facts] == [(1200, as_of or dt.date(2025, 9, 8))]


@pytest.mark.parametrize(
    ("figure_line", "as_of"),
    [
        # a span on a line of its own under an infographic's figure line dates it (thirty-sixth set, issue 16)
        ("👥 6.984 học viên đã tham gia chương trình bồi dưỡng kỹ năng số", dt.date(2025, 6, 24)),
        # a figure line with a date of its own keeps it
        ("👥 6.984 học viên đã tham gia chương trình bồi dưỡng kỹ năng số đến ngày 20/6", dt.date(2025, 6, 20)),
    ],
)
def test_a_span_line_under_a_figure_line_dates_it(figure_line, as_of):
    text = f"BỒI DƯỠNG KỸ NĂNG SỐ\n\n{figure_line}\n📅 Từ 11/6 đến 24/6/2025\n🏫 Địa điểm: Trường Đại học Quy Nhơn"
    facts = extract(Article(id="t", text=text, published_at=dt.date(2025, 6, 27))).facts
    assert [(f.value, f.as_of) for f in facts if f.value] == [(6984, as_of)]


def test_a_figure_line_is_dated_by_the_first_span_line_under_it_only():
    # two span lines under one figure line: the first dates it, the second moves nothing (review of 0.8.68)
    text = (
        "BỒI DƯỠNG KỸ NĂNG SỐ\n\n👥 6.984 học viên đã tham gia chương trình bồi dưỡng kỹ năng số\n"
        "📅 Từ 11/6 đến 24/6/2025\n📅 Từ 1/7 đến 9/7/2025"
    )
    facts = extract(Article(id="t", text=text, published_at=dt.date(2025, 7, 27))).facts
    assert [(f.value, f.as_of) for f in facts if f.value] == [(6984, dt.date(2025, 6, 24))]


@pytest.mark.parametrize(
    ("opening", "as_of"),
    [
        # a report's whole period named after its label dates the bulletin lines under it (issue 16)
        ("BẢN TIN CẢI CÁCH THỦ TỤC HÀNH CHÍNH – Kỳ báo cáo: tháng 7/2025.", D(2025, 7, 31)),
        # a month told in passing, with no report's label, dates no line after it
        ("Trong tháng 7/2025, thành phố tổ chức hội nghị về cải cách thủ tục hành chính.", PUBLISHED),
    ],
)
def test_a_reports_period_label_dates_the_lines_under_it(opening, as_of):
    text = f"{opening}\n\n– Hồ sơ phát sinh trong kỳ: hơn 452.000 hồ sơ.\n\n– Đã giải quyết: 394.676 hồ sơ."
    facts = extract(Article(id="t", text=text, published_at=PUBLISHED)).facts
    assert [f.as_of for f in facts if f.value] == [as_of, as_of]


@pytest.mark.parametrize(
    ("lines", "as_of"),
    [
        # a short form's lines right under one another go on in the date the line before told (a black-box probe of
        # 0.9.25, helper-169)
        ("Tuần 41 (6/10–12/10), tỉnh Thái Nguyên tiếp nhận 18.420 hồ sơ.\nTỷ lệ hồ sơ trực tuyến đạt 63,5%.", (10, 12)),
        # ... not across a blank line, nor a long line of prose
        (
            "Tuần 41 (6/10–12/10), tỉnh Thái Nguyên tiếp nhận 18.420 hồ sơ.\n\nTỷ lệ hồ sơ trực tuyến đạt 63,5%.",
            (10, 15),
        ),
        (
            "Tuần 41 (6/10–12/10), tỉnh Thái Nguyên tiếp nhận 18.420 hồ sơ.\nTheo Sở Nội vụ, tỷ lệ hồ sơ được nộp qua "
            "Cổng dịch vụ công trực tuyến của tỉnh và các xã, phường trên địa bàn toàn tỉnh đạt 63,5%.",
            (10, 15),
        ),
    ],
)
def test_a_short_forms_lines_go_on_in_the_date_before(lines, as_of):
    facts = extract(Article(id="t", text="Bản tin\n\n" + lines, published_at=dt.date(2025, 10, 15))).facts
    assert facts[-1].as_of == dt.date(2025, *as_of)


@pytest.mark.parametrize(
    ("text", "published", "as_of"),
    [
        # a headline naming a past calendar span dates the table rows and bullets under it that name none (a black-box
        # probe of short forms, helper-169)
        (
            "Đồng Tháp: Chỉ số phục vụ người dân (tháng 10/2025)\n\nChỉ tiêu | Kết quả\nHồ sơ tiếp nhận trực tuyến | "
            "71,4%",
            dt.date(2025, 11, 5),
            dt.date(2025, 10, 31),
        ),
        (
            "Năm 2025 trong những con số\n\n+ 3.402 công chức cấp tỉnh được điều động về xã",
            dt.date(2026, 1, 5),
            dt.date(2025, 12, 31),
        ),
        # ... not prose under it, which speaks of the day the article is dated
        (
            "Quý III/2025: Tây Ninh tiếp nhận 85.430 hồ sơ\n\nTheo Sở Nội vụ, hiện tỉnh còn thiếu 140 công chức "
            "cấp xã.",
            dt.date(2025, 10, 20),
            dt.date(2025, 10, 20),
        ),
    ],
)
def test_a_headlines_past_span_dates_the_lines_under_it(text, published, as_of):
    facts = extract(Article(id="t", text=text, published_at=published)).facts
    assert facts[-1].as_of == as_of


@pytest.mark.parametrize(
    ("text", "published", "as_of"),
    [
        # days of operation counted from the reform's start, told soon after (a black-box probe of short forms,
        # helper-169)
        ("Sau 13 ngày hoạt động, trung tâm đã tiếp nhận hơn 2.260 hồ sơ.", dt.date(2025, 7, 20), dt.date(2025, 7, 13)),
        (
            "Sau 100 ngày vận hành chính quyền hai cấp, các xã của tỉnh Quảng Ninh tiếp nhận 312.300 hồ sơ.",
            dt.date(2025, 10, 12),
            dt.date(2025, 10, 8),
        ),
        # ... not from another start, told long after
        (
            "Sau 10 ngày hoạt động, trung tâm mới của phường đã tiếp nhận 120 hồ sơ.",
            dt.date(2025, 12, 20),
            dt.date(2025, 12, 20),
        ),
    ],
)
def test_days_of_operation_count_from_the_reforms_start(text, published, as_of):
    facts = extract(Article(id="t", text=text, published_at=published)).facts
    assert [f.as_of for f in facts] == [as_of]


@pytest.mark.parametrize(
    ("text", "published", "as_of"),
    [
        # a line telling of now; a line under a year's headcount, an event's day (a review of 0.9.25, helper-170)
        (
            "T\n\nTháng 7/2025, tỷ lệ hồ sơ trực tuyến đạt 41%.\nTỷ lệ này hiện đã tăng lên 68%.",
            (2025, 10, 20),
            (2025, 10, 20),
        ),
        (
            "T\n\nNăm 2024, tỉnh có 5.200 công chức cấp xã.\nTỉnh còn thiếu 350 công chức cấp xã.",
            (2025, 10, 20),
            (2025, 10, 20),
        ),
        (
            "T\n\nNgày 16/6/2025, Ủy ban Thường vụ Quốc hội ban hành nghị quyết.\nXã còn thiếu 6 công chức địa chính.",
            (2025, 10, 20),
            (2025, 10, 20),
        ),
        # a headline right above the body, no blank line between, starts no chain of lines
        ("Khánh Hòa: kết quả tháng 9/2025\nTỉnh còn thiếu 280 công chức cấp xã.", (2025, 10, 20), (2025, 10, 20)),
        # a headline setting aims; a table counting a running total beside the month
        (
            "Tháng 9/2025, Sở Nội vụ Cần Thơ giao chỉ tiêu cho các xã\n\n- Phấn đấu 80% hồ sơ nộp trực tuyến.",
            (2025, 10, 20),
            (2025, 10, 20),
        ),
        (
            "Đồng Tháp: kết quả giải quyết hồ sơ tháng 10/2025\n\nChỉ tiêu | Trong tháng | Lũy kế từ 1/7\nTỷ lệ "
            "đúng hạn | 97,5% | 96,8%",
            (2025, 11, 5),
            (2025, 11, 5),
        ),
        # a question and its answer under a dated headline are prose of their own
        (
            "Tháng 8/2025: những vướng mắc sau sáp nhập xã\n\nHỏi: Hiện tỉnh còn thiếu bao nhiêu công chức?\nĐáp: Còn "
            "thiếu 260 công chức cấp xã.",
            (2025, 10, 20),
            (2025, 10, 20),
        ),
        # days of the last week, not from the reform's start
        ("T\n\nTrong 7 ngày hoạt động gần đây, trung tâm tiếp nhận 300 hồ sơ.", (2025, 7, 20), (2025, 7, 20)),
    ],
)
def test_the_review_of_short_forms_dates(text, published, as_of):
    facts = extract(Article(id="t", text=text, published_at=dt.date(*published))).facts
    assert facts[-1].as_of == dt.date(*as_of)
