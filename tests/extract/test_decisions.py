"""A figure decided is done though its sentence names the proposal it departs from (facts.md status, series.md
rule 3): "thông qua …, thấp hơn mức đề xuất", "Theo đề xuất của Sở, UBND quyết định …", a later clause of a
decision after a proposal's figure. Positive and negative phrases of lang/vi/decisions.py; all sentences are ours."""

import datetime as dt

import pytest

from monitor.extract import extract
from monitor.facts import Article

PUBLISHED = dt.date(2025, 9, 25)


def figures(text: str, published: dt.date = PUBLISHED):
    return [f for f in extract(Article(id="t", text=text, published_at=published)).facts if f.value is not None]


def status(text: str, value: float) -> str:
    found = [f for f in figures(text) if f.value == value]
    assert len(found) == 1, [(f.metric, f.value, f.status) for f in figures(text)]
    return found[0].status


# fmt: off
DECIDED = [
    # the proposal is what the figure is compared with
    ("HĐND tỉnh Gia Lai thông qua mức hỗ trợ đi lại 900.000 đồng/người/tháng, thấp hơn mức đề xuất của UBND tỉnh.",
     900000),
    ("So với dự thảo, mức hỗ trợ tiền thuê nhà được HĐND tỉnh Nghệ An thông qua là 2,8 triệu đồng/người/tháng.",
     2800000),
    ("HĐND tỉnh Phú Thọ quyết định mức hỗ trợ 1,2 triệu đồng/người/tháng, thay vì mức đề xuất ban đầu.", 1200000),
    ("Nghị quyết giữ mức hỗ trợ 2 triệu đồng/người/tháng như đề xuất của Sở Tài chính tỉnh Hà Tĩnh.", 2000000),
    # the proposal decided before the figure
    ("Theo đề xuất của Sở Nội vụ, UBND tỉnh Đắk Lắk đã quyết định điều động 85 công chức về các xã.", 85),
    ("HĐND tỉnh Lào Cai thông qua đề xuất hỗ trợ 1,5 triệu đồng/người/tháng cho cán bộ biệt phái.", 1500000),
    # a clause of a decision after a proposal's figure does not go on in the proposal
    ("Theo nghị quyết, mức hỗ trợ cao nhất là 6 triệu đồng/người/tháng, thấp hơn mức 7 triệu đồng mà UBND tỉnh Cà Mau "
     "đề xuất; mức thấp nhất giữ nguyên 2,5 triệu đồng/người/tháng.", 2500000),
    ("Theo nghị quyết, mức hỗ trợ cao nhất là 6 triệu đồng/người/tháng, thấp hơn mức 7 triệu đồng mà UBND tỉnh Cà Mau "
     "đề xuất; mức thấp nhất giữ nguyên 2,5 triệu đồng/người/tháng.", 6000000),
    ("Các xã của tỉnh Sơn La đề xuất 240 người, trong đó UBND tỉnh đã quyết định điều động 150 người từ các sở.", 150),
]
PROPOSED = [
    # the proposal's own figure, a decision asked for, a draft, a decision yet to come
    ("Theo nghị quyết, mức hỗ trợ cao nhất là 6 triệu đồng/người/tháng, thấp hơn mức 7 triệu đồng mà UBND tỉnh Cà Mau "
     "đề xuất; mức thấp nhất giữ nguyên 2,5 triệu đồng/người/tháng.", 7000000),
    ("UBND tỉnh Nghệ An đề nghị HĐND tỉnh thông qua mức hỗ trợ 2,8 triệu đồng/người/tháng.", 2800000),
    ("Sở Nội vụ trình UBND tỉnh Đắk Lắk quyết định điều động 85 công chức về các xã.", 85),
    ("Theo dự thảo, cán bộ tỉnh Phú Thọ được hỗ trợ 1,2 triệu đồng/người/tháng tiền đi lại.", 1200000),
    ("Dự thảo nghị quyết quy định mức hỗ trợ 3,2 triệu đồng/người/tháng cho cán bộ tỉnh Hà Tĩnh.", 3200000),
    ("HĐND tỉnh Lào Cai chưa thông qua đề xuất hỗ trợ 1,5 triệu đồng/người/tháng cho cán bộ biệt phái.", 1500000),
    ("Các xã của tỉnh Sơn La đề xuất 240 người, trong đó UBND tỉnh đã quyết định điều động 150 người từ các sở.", 240),
]
# fmt: on


@pytest.mark.parametrize(("text", "value"), DECIDED)
def test_a_decided_figure_is_done(text, value):
    assert status(text, value) == "done"


@pytest.mark.parametrize(("text", "value"), PROPOSED)
def test_a_proposals_figure_stays_proposed(text, value):
    assert status(text, value) == "proposed"


def test_a_plan_issued_is_still_a_plan():
    text = "UBND tỉnh Gia Lai ban hành kế hoạch điều động 300 công chức về cơ sở trong quý IV."
    assert status(text, 300) == "planned"
