"""Sentences located in the article text (tokenize.py): underthesea's split, mended where a stop ends no sentence."""

import pytest

from monitor.extract.tokenize import sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a web address's dots end no sentence (issue 16: "tại địa chỉ kns.hocso.vn sẵn sàng phục vụ …")
        (
            "Hệ thống tại kns.hocso.vn sẵn sàng phục vụ 18.000 học viên. Tỉnh đã tiếp nhận 200 hồ sơ.",
            ["Hệ thống tại kns.hocso.vn sẵn sàng phục vụ 18.000 học viên.", "Tỉnh đã tiếp nhận 200 hồ sơ."],
        ),
        (
            "Cổng Dịch vụ công quốc gia (dichvucong.gov.vn) đã tiếp nhận 500 hồ sơ.",
            ["Cổng Dịch vụ công quốc gia (dichvucong.gov.vn) đã tiếp nhận 500 hồ sơ."],
        ),
        # a stop with no space after it, a capital after it, still ends its sentence (scraped text)
        (
            "Tỉnh sẽ điều động 300 công chức về xã.Đến nay, tỉnh đã điều động 200 công chức.",
            ["Tỉnh sẽ điều động 300 công chức về xã.", "Đến nay, tỉnh đã điều động 200 công chức."],
        ),
        # a stop with a space after it ends its sentence; each line is a paragraph of its own
        (
            "Xã đã tiếp nhận 120 hồ sơ. Phường tiếp nhận 80 hồ sơ.\nTỉnh có 34 xã.",
            ["Xã đã tiếp nhận 120 hồ sơ.", "Phường tiếp nhận 80 hồ sơ.", "Tỉnh có 34 xã."],
        ),
    ],
)
def test_sentences_end_where_a_stop_is_followed_by_a_space(text, expected):
    assert [text[s.start : s.end] for s in sentences(text)] == expected


def test_a_numbered_items_number_stays_with_its_item():
    # a black-box probe of short forms (helper-169): "1." alone split off the item from its line
    text = "Số hồ sơ tiếp nhận tháng 9/2025:\n1. Xã Đầm Dơi: 8.200 hồ sơ\n2. Xã Cái Nước: 7.600 hồ sơ"
    assert [text[s.start : s.end] for s in sentences(text)] == [
        "Số hồ sơ tiếp nhận tháng 9/2025:",
        "1. Xã Đầm Dơi: 8.200 hồ sơ",
        "2. Xã Cái Nước: 7.600 hồ sơ",
    ]
