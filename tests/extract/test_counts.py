"""Kinds of count (series.md, rule 4): a batch ("đợt 2", "lần này", "tiếp tục phân bổ") and a bounded period
("riêng trong tháng 9", "tuần qua", "trong quý II") are not the running total, even after "riêng" (a part
marker). Positive and negative phrases of lang/vi/counts.py; all sentences are ours."""

import datetime as dt

import pytest

from monitor.extract import extract
from monitor.facts import Article

PUBLISHED = dt.date(2025, 10, 20)


def figures(text: str, published: dt.date = PUBLISHED, doc: str = "t"):
    return [f for f in extract(Article(id=doc, text=text, published_at=published)).facts if f.value is not None]


def fact(text: str, value: float, doc: str = "t"):
    found = [f for f in figures(text, doc=doc) if f.value == value]
    assert len(found) == 1, [(f.metric, f.value, f.series) for f in figures(text, doc=doc)]
    return found[0]


# fmt: off
BATCHES = [
    ("Ngày 12/10, UBND tỉnh Gia Lai quyết định bố trí đợt 3 kinh phí 4,2 tỷ đồng hỗ trợ cán bộ thuê nhà ở.", 4.2e9),
    ("Đợt này, tỉnh Nghệ An điều động 45 công chức cấp tỉnh về các xã miền núi.", 45),
    ("Lần này, Sở Nội vụ tỉnh Hà Tĩnh biệt phái 38 viên chức về các phường.", 38),
    ("Trong đợt bổ sung, tỉnh Cà Mau phân bổ 6,5 tỷ đồng kinh phí mua sắm trang thiết bị cho các xã.", 6.5e9),
    ("UBND tỉnh Sơn La tiếp tục phân bổ 12 tỷ đồng kinh phí hỗ trợ cán bộ dôi dư.", 12e9),
    ("Tỉnh Lào Cai tiếp tục bố trí thêm 27 công chức cho các xã biên giới.", 27),
    ("Ở đợt thứ hai, thành phố Cần Thơ luân chuyển 64 cán bộ về cơ sở.", 64),
    ("Tỉnh Vĩnh Long điều động 52 công chức về xã trong đợt đầu tiên.", 52),
]
NOT_BATCHES = [
    # the rounds summed, a total word between the round and the figure, a first time, a round still to come
    ("Qua 3 đợt, tỉnh Nghệ An đã điều động 180 công chức cấp tỉnh về các xã.", 180),
    ("Sau đợt 2, tổng kinh phí tỉnh Gia Lai đã cấp cho chính sách này là 19,6 tỷ đồng.", 19.6e9),
    ("Với đợt phân bổ này, tỉnh Sơn La nâng tổng số kinh phí hỗ trợ lên 31 tỷ đồng.", 31e9),
    ("Lần đầu tiên, tỉnh Cà Mau giải quyết 12.400 hồ sơ trực tuyến trong một tháng.", 12400),
    ("Các đợt luân chuyển đã đưa 230 cán bộ thành phố Cần Thơ về cơ sở.", 230),
    ("Tỉnh Lào Cai đã bố trí 140 công chức cho các xã biên giới, tiếp tục rà soát nhu cầu.", 140),
]
PERIODS = [
    # a span in words, before or after the figure; a named month after "riêng"
    ("Tuần qua, tỉnh Hưng Yên tiếp nhận 2.310 hồ sơ thủ tục hành chính.", 2310),
    ("Các xã của tỉnh Tây Ninh tiếp nhận 5.870 hồ sơ trong tháng qua.", 5870),
    ("Phường Long Xuyên tiếp nhận khoảng 420 hồ sơ chỉ trong tuần đầu tiên.", 420),
    ("Trong 10 ngày qua, tỉnh Quảng Trị giải quyết 1.940 hồ sơ.", 1940),
    ("Trong tháng, tỉnh Bắc Ninh luân chuyển 31 công chức về cơ sở.", 31),
]
RUNNING_TOTALS = [
    ("Từ 1/7 đến nay, tỉnh Hưng Yên tiếp nhận 48.310 hồ sơ thủ tục hành chính.", 48310),
    ("Sau hơn 3 tháng vận hành, tỉnh Tây Ninh đã tiếp nhận 75.870 hồ sơ.", 75870),
    ("Tính đến ngày 15/10, tỉnh Quảng Trị đã giải quyết 61.940 hồ sơ.", 61940),
]
# fmt: on


@pytest.mark.parametrize(("text", "value"), BATCHES)
def test_a_round_among_several_is_a_batch(text, value):
    found = fact(text, value)
    assert found.count_kind == "batch", found.series
    assert found.series.endswith(f"/batch-{found.series.rsplit('-', 1)[-1]}")


@pytest.mark.parametrize(("text", "value"), NOT_BATCHES)
def test_rounds_summed_or_a_first_time_are_no_batch(text, value):
    assert fact(text, value).count_kind == "total"


@pytest.mark.parametrize(("text", "value"), PERIODS)
def test_a_span_in_words_is_a_period_keyed_by_its_day(text, value):
    found = fact(text, value)
    assert found.count_kind == "period", found.series
    assert found.as_of.isoformat() in found.series


@pytest.mark.parametrize(("text", "value"), RUNNING_TOTALS)
def test_a_running_total_stays_one(text, value):
    assert fact(text, value).count_kind == "total"


def test_a_singled_out_month_is_a_period_not_a_part_of_the_running_total():
    text = (
        "Tính đến ngày 15/10, tỉnh Lạng Sơn đã tiếp nhận 40.120 hồ sơ. "
        "Riêng trong tháng 9, toàn tỉnh tiếp nhận 11.300 hồ sơ."
    )
    month = fact(text, 11300)
    assert month.count_kind == "period" and month.part_of is None
    assert "/2025-09/" in month.series
    assert fact(text, 40120).series != month.series


def test_a_singled_out_week_is_a_period_and_a_singled_out_ward_still_a_part():
    text = (
        "Tỉnh Lạng Sơn đã tiếp nhận 40.120 hồ sơ từ 1/7 đến nay. Riêng tuần qua, tỉnh tiếp nhận 2.050 hồ sơ.\n\n"
        "Tỉnh Lạng Sơn đã giải quyết 38.000 hồ sơ từ 1/7 đến nay. Riêng phường Đông Kinh giải quyết 5.400 hồ sơ."
    )
    week = fact(text, 2050)
    assert week.count_kind == "period" and week.part_of is None
    assert fact(text, 5400).part_of is not None


def test_a_part_of_a_running_total_keeps_its_own_period():
    text = "Tỉnh Lạng Sơn đã tiếp nhận 40.120 hồ sơ từ 1/7 đến nay, trong đó tháng 9 tiếp nhận 11.300 hồ sơ."
    assert fact(text, 11300).count_kind == "period"
