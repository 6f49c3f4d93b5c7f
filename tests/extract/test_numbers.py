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
    ("kinh phí 1,5 tỷ đồng", (1_500_000_000, None, None, None, "VND")),
    ("đơn giản hóa 95/807 thủ tục hành chính", (95, None, None, 807, "procedure")),
    ("Mỗi phòng sẽ cử 1-2 công chức/đợt", (1, 2, None, None, "person")),
    ("từ 3 đến 5 cán bộ", (3, 5, None, None, "person")),
    ("khoảng 7,5 nghìn hồ sơ", (7500, None, "about", None, "dossier")),
    ("điều động hai trăm linh tám cán bộ", (208, None, None, None, "person")),
    ("mức hỗ trợ hai triệu rưỡi đồng", (2_500_000, None, None, None, "VND")),
    ("ba mươi lăm công chức", (35, None, None, None, "person")),
    ("tối thiểu 50% thời gian giải quyết", (50, None, "at_least", None, "%")),
    ("gần 6.000 lượt người dân", (6000, None, "nearly", None, "visit")),
    ("hơn 4.300 lượt cán bộ", (4300, None, "more_than", None, "person_time")),
]
NEGATIVES = [
    "liên hệ 0912.345.678",
    "quầy số 5",
    "bão số 3 vừa qua",
    "184 Lưu Hữu Phước",
    "chỉ mất khoảng 30 phút",
    "anh Nguyễn Văn Phúc (30 tuổi)",
    "12/12 sở ngành",
    "năm người dân",  # spelled numbers need a unit noun of officials, dossiers or procedures
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
    [("hai trăm linh tám", 208), ("mười lăm", 15), ("hai mươi tư", 24), ("một trăm rưỡi", 150), ("hai ba", None)],
)
def test_number_words(words, value):
    assert parse_words(words) == value
