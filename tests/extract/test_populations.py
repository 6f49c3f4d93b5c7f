"""Populations (lang/vi/populations.py): the group a figure counts, read from its own words (issue 13)."""

import datetime as dt

import pytest

from monitor.extract import extract
from monitor.extract.lang.vi.populations import CLASS_METRICS, COMMUNE_REQUESTS, POPULATIONS
from monitor.facts import METRICS, Article


def population(text: str, value: float) -> str | None:
    facts = extract(Article(id="t", text=text, published_at=dt.date(2025, 9, 10))).facts
    found = [f for f in facts if f.value == value]
    assert len(found) == 1, [(f.metric, f.value) for f in facts]
    return found[0].population


# fmt: off
NAMED = [
    # requests whose origin and destination are settled
    ("Trong số 120 trường hợp đề nghị biệt phái, có 42 công chức đã xác định rõ nơi công tác hiện tại và "
     "nơi chuyển đến.", 42, "identified"),
    ("Tính đến ngày 5/9, Sở Nội vụ thống kê 61 trường hợp có nhu cầu điều động về cấp xã, đã xác định "
     "nơi đi và nơi đến.", 61, "identified"),
    ("Sở đã điều động 90 cán bộ về xã, trong đó 25 trường hợp đã xác định được nguồn điều động.", 25, "identified"),
    # requests with no source yet: the denial wins over what it denies
    ("Tỉnh đề xuất điều động 86 cán bộ về xã; 31 trường hợp còn lại chưa xác định được nguồn.", 31, "unidentified"),
    ("Còn 18 trường hợp cần biệt phái về phường nhưng chưa rõ nơi đi.", 18, "unidentified"),
    # requests the communes make: a commune subject right before the request verb
    ("UBND các xã, phường đã đề nghị biệt phái 190 công chức về cơ sở.", 190, COMMUNE_REQUESTS),
    ("Chính quyền cấp xã ở Lạng Sơn đang đề xuất điều động 64 viên chức.", 64, COMMUNE_REQUESTS),
    # a group singled out of officials, of procedures, of dossiers
    ("Tỉnh đã điều động 210 cán bộ về xã, trong đó có 35 cán bộ lãnh đạo cấp phòng.", 35, "leaders"),
    ("Thành phố thiết kế lại 1.200 thủ tục, trong đó có 150 thủ tục thiết yếu.", 150, "frequent"),
    ("Tỉnh công bố 420 thủ tục hành chính liên quan đến doanh nghiệp.", 420, "business"),
    ("Trung tâm đã tiếp nhận 2.400 hồ sơ của doanh nghiệp và nhà đầu tư.", 2400, "business"),
    # workers on contract are not officials
    ("Tỉnh đã điều động 130 cán bộ, công chức, viên chức và người lao động về xã.", 130, "contract-workers"),
    # a shortage against the posts, or of officials with the right training: two quantities
    ("Cả nước còn thiếu khoảng 9.500 công chức cấp xã so với số lượng vị trí việc làm.", 9500, "vs-positions"),
    ("Tỉnh còn thiếu 230 công chức so với biên chế được giao.", 230, "vs-frame"),
    # the basis of a shortage: job positions, the staffing frame, the norm are three measures
    ("Các xã còn thiếu 75 công chức so với định mức.", 75, "vs-norm"),
    ("Theo khung định biên được giao, phường Tân An đang thiếu 14 công chức.", 14, "vs-frame"),
    ("Theo đề án vị trí việc làm, xã Ea Tu còn thiếu 6 công chức.", 6, "vs-positions"),
    # a block of the commune's apparatus, the subject of the shortage
    ("Xã Phước Sơn cho biết khối chính quyền của xã thiếu 11 người.", 11, "gov-block"),
    ("Xã Phước Sơn thiếu nhiều cán bộ, công chức; riêng khối Đảng hiện còn thiếu 4 người.", 4, "party-block"),
    # the class of staff counted, when the article names one other than công chức
    ("Phường Đông Hòa còn thiếu 17 cán bộ, công chức.", 17, "cbcc"),
    ("Toàn tỉnh đang thiếu 240 viên chức y tế và giáo dục ở cấp xã.", 240, "vien-chuc"),
    ("Các xã miền núi còn thiếu 35 cán bộ.", 35, "can-bo"),
    ("Số cán bộ, công chức cấp xã còn thiếu giảm xuống 62 người.", 62, "cbcc"),
    ("Xã Tam Nông thiếu 12 cán bộ, công chức so với định mức.", 12, "cbcc-vs-norm"),
    ("Theo khung biên chế, xã Tam Nông thiếu 12 cán bộ, công chức.", 12, "cbcc-vs-frame"),
    ("Cấp xã vẫn thiếu khoảng 3.800 công chức có chuyên môn phù hợp.", 3800, "qualified"),
    ("Các phường thiếu 57 công chức đủ trình độ công nghệ thông tin.", 57, "qualified"),
]
# fmt: on


@pytest.mark.parametrize(("text", "value", "expected"), NAMED)
def test_a_group_named_in_the_figures_words(text, value, expected):
    assert population(text, value) == expected


# fmt: off
UNNAMED = [
    ("Sở Nội vụ đề xuất điều động 300 cán bộ về cấp xã.", 300),  # the province's proposal, not the communes'
    ("Để hỗ trợ cấp xã, Sở Nội vụ đề xuất biệt phái 150 công chức.", 150),  # the communes are helped
    ("Theo đề nghị của Sở Nội vụ, tỉnh đã điều động 75 công chức về các xã.", 75),
    ("Sở Nội vụ xác định có 75 trường hợp có nhu cầu điều động về xã.", 75),  # "xác định có": a count
    ("Lãnh đạo UBND tỉnh cho biết đã điều động 120 cán bộ về xã.", 120),  # leaders speak, not counted
    ("Tỉnh điều động 40 cán bộ về xã hỗ trợ doanh nghiệp.", 40),  # a group of firms is no group of staff
    ("Tỉnh tiếp nhận 5.000 hồ sơ của người dân.", 5000),
    ("Thành phố đã công bố 1.915 thủ tục hành chính cấp tỉnh.", 1915),
    ("Tỉnh còn thiếu 410 công chức ở cấp xã.", 410),  # a shortage with no measure named
    # công chức is the default class: a figure of people whose subject is công chức stays with it
    ("Số công chức cấp xã còn thiếu trên toàn tỉnh giảm còn 44 người.", 44),
    ("Trong số 90 công chức còn thiếu, xã Yên Hòa thiếu 7 người.", 7),
    # a class word elsewhere in the sentence is not the counted noun
    ("Một cán bộ Sở Nội vụ cho biết xã Yên Hòa thiếu 7 người.", 7),
    ("Sau khi điều động cán bộ, công chức từ phường Hà Đông, xã Yên Hòa còn thiếu 5 công chức.", 5),
    # a basis before an earlier figure is that figure's: the part names none
    ("Tỉnh thiếu 300 công chức so với định mức, trong đó 70 công chức địa chính.", 70),
]
# fmt: on


@pytest.mark.parametrize(("text", "value"), UNNAMED)
def test_no_group_without_its_words(text, value):
    assert population(text, value) is None


def test_the_vocabulary_is_a_closed_set_of_slugs_for_known_metrics():
    for name, cues in POPULATIONS.items():
        assert name.replace("-", "").isalpha() and name.isascii() and name == name.lower()
        assert cues and all(c == c.lower().strip() for c in cues)
        assert set(CLASS_METRICS[name]) <= set(METRICS)
    assert set(CLASS_METRICS) == set(POPULATIONS)
