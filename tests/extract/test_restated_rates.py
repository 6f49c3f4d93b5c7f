"""A rate a title shortens ("tối đa 9 triệu đồng/tháng") restates the body's "cao nhất 9 triệu đồng/người/tháng":
one figure, one fact (facts.md). A different value, or a bound the body does not state, stays. All sentences are
ours."""

import datetime as dt

from monitor.extract import extract
from monitor.facts import Article


def allowances(text: str) -> list[float]:
    facts = extract(Article(id="t", text=text, published_at=dt.date(2025, 9, 3))).facts
    return sorted(f.value for f in facts if f.metric == "allowance")


def test_a_title_rate_without_the_person_restates_the_bodys():
    text = (
        "Cần Thơ hỗ trợ tiền thuê nhà tối đa 9 triệu đồng/tháng cho cán bộ\n\n"
        "HĐND TP Cần Thơ thông qua mức hỗ trợ tiền thuê nhà cao nhất 9 triệu đồng/người/tháng, "
        "thấp nhất 2 triệu đồng/người/tháng."
    )
    assert allowances(text) == [2e6, 9e6]


def test_a_title_rate_of_another_value_stays():
    text = (
        "Cần Thơ hỗ trợ tiền thuê nhà tối đa 10 triệu đồng/tháng cho cán bộ\n\n"
        "HĐND TP Cần Thơ thông qua mức hỗ trợ tiền thuê nhà cao nhất 9 triệu đồng/người/tháng."
    )
    assert allowances(text) == [9e6, 10e6]


def test_a_whole_named_again_to_pick_its_part_is_no_second_fact():
    text = (
        "Ngày 5/8, UBND tỉnh Nghệ An quyết định điều động 142 công chức từ các phường về các xã miền núi.\n\n"
        "Trong số 142 công chức được điều động, xã Mường Xén tiếp nhận 9 người."
    )
    facts = [f for f in extract(Article(id="t", text=text, published_at=dt.date(2025, 8, 7))).facts if f.value]
    assert sorted(f.value for f in facts) == [9, 142]
    part = next(f for f in facts if f.value == 9)
    assert part.part_of is not None and part.total == 142
