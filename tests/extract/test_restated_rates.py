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


def test_a_title_rate_per_person_restates_the_bodys_rate_per_month():
    # each leaves out another part of one rate per person per month
    text = (
        "Công chức biệt phái về xã biên giới được hỗ trợ 1,2 lần lương cơ sở\n\n"
        "Theo nghị quyết của HĐND tỉnh Lạng Sơn, người được biệt phái về xã biên giới được hỗ trợ "
        "1,2 lần mức lương cơ sở/tháng."
    )
    assert allowances(text) == [1.2]


def test_a_title_rate_per_year_is_no_rate_per_month():
    text = (
        "Công chức được hỗ trợ 5 triệu đồng/năm\n\n"
        "Theo nghị quyết, công chức được hỗ trợ 5 triệu đồng/người/tháng tiền đi lại."
    )
    assert allowances(text) == [5e6, 5e6]


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


# a rate told, then named again later as a level ("mức …"): one figure (restate.rate_named_again)
def test_a_rate_named_again_as_a_level_is_one_fact():
    for text in (
        "Mỗi công chức biệt phái được hỗ trợ 3 triệu đồng/người/tháng. Mức hỗ trợ 3 triệu đồng/tháng được chi trả "
        "cùng kỳ lương.",
        "Mức hỗ trợ thuê nhà là 3 triệu đồng/người/tháng. Hiện khoảng 2.000 người hưởng mức 3 triệu "
        "đồng/người/tháng, tương ứng 72 tỷ đồng/năm.",
    ):
        assert allowances(text) == [3e6], text


def test_the_same_amount_for_another_purpose_or_in_a_list_stays_two():
    # another purpose named in the later mention
    text = (
        "Cán bộ được hỗ trợ tiền đi lại 2 triệu đồng/người/tháng. Ngoài ra, mức hỗ trợ tiền ăn là 2 triệu "
        "đồng/người/tháng."
    )
    assert allowances(text) == [2e6, 2e6]
    # a list's part, then the same amount granted on its own
    text = (
        "Mức hỗ trợ là 1,82 triệu đồng/người/tháng, gồm đi lại 480.000 đồng, thuê nhà 840.000 đồng và sinh hoạt phí "
        "500.000 đồng. Người ở gần được hỗ trợ riêng tiền sinh hoạt, mức 500.000 đồng/người/tháng."
    )
    assert allowances(text).count(5e5) == 2
    # the same level in another commune
    text = (
        "Tại Gia Lai, cán bộ xã Nhơn Châu được hỗ trợ 2 triệu đồng/người/tháng. Cán bộ xã Ia Grai hưởng mức 2 triệu "
        "đồng/người/tháng."
    )
    assert allowances(text) == [2e6, 2e6]


def test_one_amount_granted_in_full_to_two_groups_is_two_rates():
    # two sentences of the body each grant the amount in full, to other people (issue 16)
    text = (
        "Quảng Trị hỗ trợ cán bộ đi làm xa\n\n"
        "HĐND tỉnh Quảng Trị vừa thông qua nghị quyết hỗ trợ cán bộ sau sắp xếp.\n\n"
        "Theo nghị quyết, người chưa có nhà công vụ được hỗ trợ 3 triệu đồng/người/tháng; người đã có nhà công vụ "
        "hưởng 1,2 triệu đồng/người/tháng.\n\n"
        "Công chức có nơi làm việc mới cách nơi cũ từ 60 km trở lên được hỗ trợ 1,2 triệu đồng/người/tháng."
    )
    assert allowances(text) == [1.2e6, 1.2e6, 3e6]


def test_a_rate_in_the_lead_and_the_body_stays_one():
    text = (
        "Quảng Trị hỗ trợ cán bộ đi làm xa\n\n"
        "Công chức đi làm xa được hỗ trợ 1,2 triệu đồng/người/tháng.\n\n"
        "Theo nghị quyết, công chức có nơi làm việc mới cách nơi cũ từ 60 km trở lên được hỗ trợ 1,2 triệu "
        "đồng/người/tháng."
    )
    assert allowances(text) == [1.2e6]


def test_a_level_named_for_a_group_a_sentence_opens_on_is_that_groups_rate():
    # "Với <group>, mức đề xuất là …": the level named is the group's own rate, not the one told before named again
    # (twenty-seventh set, issue 16); without the group it stays the rate told before
    text = (
        "Đà Nẵng trình chính sách hỗ trợ cán bộ\n\n"
        "UBND thành phố vừa trình HĐND chính sách hỗ trợ cán bộ sau sắp xếp.\n\n"
        "Với cán bộ cấp tỉnh chuyển nơi làm việc, tờ trình đề xuất hỗ trợ đi lại 400.000 đồng/người/tháng.\n\n"
        "Với cán bộ biệt phái về cấp xã, mức đề xuất là 400.000 đồng/người/tháng tiền đi lại."
    )
    assert allowances(text) == [4e5, 4e5]
    text = (
        "Đà Nẵng trình chính sách hỗ trợ cán bộ\n\n"
        "UBND thành phố vừa trình HĐND chính sách hỗ trợ cán bộ sau sắp xếp.\n\n"
        "Tờ trình đề xuất hỗ trợ cán bộ biệt phái tiền đi lại 400.000 đồng/người/tháng.\n\n"
        "Mức đề xuất là 400.000 đồng/người/tháng, chi trả cùng kỳ lương."
    )
    assert allowances(text) == [4e5]


def test_officials_told_apart_by_a_condition_of_their_own_get_their_own_rate():
    # the level named for officials a condition tells apart is theirs, not the rate told before (issue 16)
    text = (
        "Quảng Trị đề xuất hỗ trợ cán bộ\n\n"
        "UBND tỉnh vừa trình HĐND chính sách hỗ trợ cán bộ sau sắp xếp.\n\n"
        "Người đã được bố trí nhà công vụ được đề xuất hỗ trợ 1 triệu đồng/người/tháng.\n\n"
        "Cán bộ, công chức cấp xã có trụ sở làm việc mới cách trụ sở cũ từ 50km trở lên được đề xuất hưởng mức 1 triệu "
        "đồng/người/tháng."
    )
    assert allowances(text) == [1e6, 1e6]
    # without a condition of their own, the level named is the rate told before
    text = text.replace("có trụ sở làm việc mới cách trụ sở cũ từ 50km trở lên ", "")
    assert allowances(text) == [1e6]


def test_other_people_of_the_same_count_are_another_figure():
    # "21 người khác": other people than the 21 told before (thirty-fourth set, issue 16); without "khác", one figure
    text = (
        "Tỉnh đã điều động 193 công chức. Trong số này, 21 người từ các sở được điều động về xã. 21 người khác được "
        "chuyển từ các xã thừa biên chế sang nơi còn thiếu."
    )
    facts = extract(Article(id="t", text=text, published_at=dt.date(2025, 12, 18))).facts
    assert sorted(f.value for f in facts if f.metric == "staff_transfer") == [21, 21, 193]
    text = "Tỉnh đã điều động 21 công chức về xã.\n\nTheo Sở Nội vụ, 21 công chức này được điều động về xã."
    facts = extract(Article(id="t", text=text, published_at=dt.date(2025, 12, 18))).facts
    assert sorted(f.value for f in facts if f.metric == "staff_transfer") == [21]
