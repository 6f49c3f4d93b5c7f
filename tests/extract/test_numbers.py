"""Numbers as Vietnamese writes them, from real phrases; and numbers that are no quantity."""

import pytest

from monitor.extract.normalize import fold, lower
from monitor.extract.numbers import find_quantities, parse_words


def quantities(phrase: str):
    view = lower(fold(phrase))
    return [(q.value, q.value_max, q.approx, q.total, q.unit) for q in find_quantities(view, 0, len(view), [])]


# fmt: off
POSITIVES = [
    ("tiếp nhận hơn 246.900 hồ sơ", (246900, None, "more_than", None, "dossier")),
    ("trong đó hơn 58,5% là thủ tục điện tử", (58.5, None, "more_than", None, "%")),
    ("hỗ trợ 4 triệu đồng/người/tháng", (4_000_000, None, None, None, "VND/person/month")),
    ("hỗ trợ 2.992.000 đồng/tháng/người", (2_992_000, None, None, None, "VND/person/month")),  # the person last
    ("kinh phí 1,5 tỷ đồng", (1_500_000_000, None, None, None, "VND")),
    # "đ" written short, after the scale or stuck to the number (issue 16)
    ("hỗ trợ 3,5 triệu đ/người/tháng", (3_500_000, None, None, None, "VND/person/month")),
    ("hỗ trợ 3.500.000đ/người/tháng", (3_500_000, None, None, None, "VND/person/month")),
    # a range of money naming its currency at both ends, each end with its own scale
    ("hỗ trợ từ 500.000 đồng đến 2 triệu đồng/người/tháng", (500_000, 2_000_000, None, None, "VND/person/month")),
    # a decimal times its scale is the exact amount, no binary float residue (65,6 × 1e9 = 65599999999.99999)
    ("phê duyệt 65,6 tỷ đồng", (65_600_000_000, None, None, None, "VND")),
    ("kinh phí 0,7 tỷ đồng", (700_000_000, None, None, None, "VND")),
    ("đơn giản hóa 95/807 thủ tục hành chính", (95, None, None, 807, "procedure")),
    ("Mỗi phòng sẽ cử 1-2 công chức/đợt", (1, 2, None, None, "person")),
    ("từ 3 đến 5 cán bộ", (3, 5, None, None, "person")),
    # a range of shares naming its unit at both ends
    ("cắt giảm từ 30% đến 60% thời gian", (30, 60, None, None, "%")),
    ("đạt từ 85% - 95%", (85, 95, None, None, "%")),
    ("khoảng 7,5 nghìn hồ sơ", (7500, None, "about", None, "dossier")),
    ("điều động hai trăm linh tám cán bộ", (208, None, None, None, "person")),
    ("mức hỗ trợ hai triệu rưỡi đồng", (2_500_000, None, None, None, "VND")),
    ("ba mươi lăm công chức", (35, None, None, None, "person")),
    ("tối thiểu 50% thời gian giải quyết", (50, None, "at_least", None, "%")),
    ("gần 6.000 lượt người dân", (6000, None, "nearly", None, "visit")),
    ("hơn 4.300 lượt cán bộ", (4300, None, "more_than", None, "person_time")),
    ("tiếp nhận một nghìn không trăm linh năm hồ sơ", (1005, None, None, None, "dossier")),
    ("tiếp nhận 1 200 hồ sơ", (1200, None, None, None, "dossier")),  # a space between thousands
    ("tiếp nhận 1.2 triệu hồ sơ", (1_200_000, None, None, None, "dossier")),  # an English decimal dot
    ("hơn 2.5 nghìn hồ sơ", (2500, None, "more_than", None, "dossier")),
    ("tổng kinh phí 3 tỷ 500 triệu đồng", (3_500_000_000, None, None, None, "VND")),
    ("hỗ trợ 2 triệu 500 nghìn đồng/người/tháng", (2_500_000, None, None, None, "VND/person/month")),
    ("95 phần trăm hồ sơ", (95, None, None, None, "%")),
    ("đạt 95 %", (95, None, None, None, "%")),
    ("tiếp nhận 1,200 hồ sơ", (1200, None, None, None, "dossier")),  # the English comma: hồ sơ are whole
    ("tiếp nhận 1,5 nghìn hồ sơ", (1500, None, None, None, "dossier")),
    ("tỷ lệ đúng hạn 98.5%", (98.5, None, None, None, "%")),  # the English decimal dot
    ("tiếp nhận 12 nghìn 500 hồ sơ", (12500, None, None, None, "dossier")),
    ("điều động 10 (mười) cán bộ", (10, None, None, None, "person")),  # the figure again in words
    # a population named before people counted: inhabitants (issue 16); a count after other words stays people
    ("dân số ước khoảng 25.000 người", (25000, None, "about", None, "citizen")),
    ("quy mô dân số là hơn 18.000 người", (18000, None, "more_than", None, "citizen")),
    ("dân số 9.400 người", (9400, None, None, None, "citizen")),
    # a share, then "đến" opening a date: no range
    ("đạt 85% đến ngày 20/8", (85, None, None, None, "%")),
    ("phường có khoảng 60 người làm việc", (60, None, "about", None, "person")),
    ("phòng dân số có 4 người", (4, None, None, None, "person")),
]
NEGATIVES = [
    # people, dossiers and procedures come whole: a decimal before their noun is a score or an index
    "đạt 17,49 dịch vụ",
    "bình quân 2,3 cán bộ",
    "liên hệ 0912.345.678",
    "quầy số 5",
    "bão số 3 vừa qua",
    "184 Lưu Hữu Phước",
    "tổ 5 đường Điện Biên",  # a word opening on "đ" after a number is no currency
    "chỉ mất khoảng 30 phút",
    "anh Nguyễn Văn Phúc (30 tuổi)",
    "12/12 sở ngành",
    "năm người dân",  # spelled numbers need a unit noun of officials, dossiers or procedures
    # vague amounts carry no figure
    "hàng trăm hồ sơ",
    "vài chục cán bộ",
    "mấy chục công chức",
    "hàng chục cán bộ",
    "dăm ba cán bộ",
    "vài ba công chức",
]
# fmt: on


@pytest.mark.parametrize(("phrase", "expected"), POSITIVES)
def test_quantity(phrase, expected):
    assert quantities(phrase) == [expected]


@pytest.mark.parametrize("phrase", NEGATIVES)
def test_no_quantity(phrase):
    assert [q for q in quantities(phrase) if q[4] not in (None, "citizen", "visit")] == []


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("hai trăm linh tám", 208),
        ("mười lăm", 15),
        ("hai mươi tư", 24),
        ("một trăm rưỡi", 150),
        ("hai ba", None),
        ("một nghìn không trăm linh năm", 1005),
        ("hai nghìn không trăm mười", 2010),
    ],
)
def test_number_words(words, value):
    assert parse_words(words) == value


@pytest.mark.parametrize("phrase", ["trong tháng 8 120 hồ sơ", "ngày 15 200 hồ sơ", "năm 2025 300 hồ sơ"])
def test_a_date_s_number_is_no_thousand_of_the_figure_after_it(phrase):
    assert [q[0] for q in quantities(phrase) if q[4]] == [float(phrase.split()[-3])]


def test_a_score_after_its_label_is_no_count_and_a_scaled_decimal_is():
    import datetime as dt

    from monitor.extract import extract
    from monitor.facts import Article

    scores = "Điểm thành phần: công khai, minh bạch 15,67; dịch vụ trực tuyến 17,49; số hóa hồ sơ 16,64."
    counted = "Cả nước có hơn 3,5 triệu hồ sơ trực tuyến; tỉnh điều động 1,5 nghìn cán bộ về xã."
    read = [[f.value for f in extract(Article(id="t", text=t, published_at=dt.date(2025, 8, 29))).facts] for t in
            (scores, counted)]  # fmt: skip
    assert read == [[], [3_500_000, 1500]]


def test_a_range_of_money_with_its_scale_at_both_ends():
    # "từ 4,8 triệu đến 10,4 triệu đồng/người/tháng": the currency told once, at the end (unseen56, issue 16)
    assert [q[:2] + q[4:] for q in quantities("từ 4,8 triệu đến 10,4 triệu đồng/người/tháng")] == [
        (4_800_000, 10_400_000, "VND/person/month")
    ]
    # people counted by the million are no money range
    assert [q[0] for q in quantities("hỗ trợ 3 triệu đến 5 triệu người dân")] == [3_000_000, 5_000_000]


def test_two_amounts_apart_are_no_range():
    # a comma between them, or a date after "đến": two amounts, or one
    assert [q[:2] for q in quantities("hỗ trợ 500.000 đồng, đến 2 triệu đồng")] == [(500_000, None), (2_000_000, None)]
    assert [q[:2] for q in quantities("chi 3 tỷ đồng đến cuối năm")] == [(3_000_000_000, None)]


def test_a_numbered_items_number_is_no_figure():
    assert [q[0] for q in quantities("1. Xã Đầm Dơi: 88,2%")] == [88.2]
    assert [q[0] for q in quantities("1.200 hồ sơ")] == [1200]
