"""Consistency inside an article: a mismatch lowers confidence and is reported, never fixed."""

import datetime as dt

from monitor.extract import extract
from monitor.extract.rules import CONFIDENCE
from monitor.facts import Article

PUBLISHED = dt.date(2025, 9, 2)


def read(text: str):
    return extract(Article(id="t", text=text, published_at=PUBLISHED))


def test_parts_that_add_up_pass_quietly():
    result = read(
        "Tỉnh Bắc Ninh đã điều động 335 cán bộ về cấp xã, trong đó có 58 công chức cấp tỉnh; "
        "277 trường hợp còn lại được điều động từ các xã."
    )
    assert result.problems == []
    assert [f.value for f in result.facts] == [335, 58, 277]


def test_parts_larger_than_their_total_are_reported():
    result = read(
        "Tỉnh Bắc Ninh đã điều động 300 cán bộ về cấp xã, trong đó có 180 công chức cấp tỉnh; "
        "190 trường hợp còn lại được điều động từ các xã."
    )
    assert len(result.problems) == 1 and "370" in result.problems[0]
    # each fact loses the penalty from its rule's confidence (the text names the province: no loss for that)
    assert all(round(CONFIDENCE[f.rule] - f.confidence, 2) == 0.2 for f in result.facts)
    assert [f.value for f in result.facts] == [300, 180, 190]  # reported, not fixed
    same_without_the_clash = read(
        "Tỉnh Bắc Ninh đã điều động 300 cán bộ về cấp xã, trong đó có 180 công chức cấp tỉnh."
    )
    assert [f.confidence for f in same_without_the_clash.facts] == [
        CONFIDENCE[f.rule] for f in same_without_the_clash.facts
    ]


def test_a_share_within_the_slack_of_more_than_passes():
    result = read(
        "Từ 1/7 đến 20/8, thành phố Cần Thơ tiếp nhận hơn 246.900 hồ sơ. "
        "Tổng hồ sơ đã giải quyết hơn 233.000, chiếm 94,7%."
    )
    assert result.problems == []


def test_a_share_that_contradicts_its_counts_is_reported():
    result = read(
        "Từ 1/7 đến 20/8, thành phố Cần Thơ tiếp nhận 200.000 hồ sơ. Tổng hồ sơ đã giải quyết 100.000, chiếm 94,7%."
    )
    assert len(result.problems) == 1 and "50.0%" in result.problems[0]
    share = next(f for f in result.facts if f.unit == "%")
    assert share.value == 94.7 and share.confidence < 0.8


def test_figures_of_another_kind_are_no_parts():
    result = read(
        "Tỉnh Bắc Ninh đã công bố 1.915 TTHC, trong đó 1.612 TTHC cấp tỉnh và 303 TTHC cấp xã. "
        "Hiện tỉnh cung cấp 650 dịch vụ công trực tuyến toàn trình và 842 dịch vụ công trực tuyến một phần."
    )
    assert result.problems == []
