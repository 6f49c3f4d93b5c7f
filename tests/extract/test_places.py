"""Provinces in any spelling, former provinces, and 2025 wards mapped to their province."""

import pytest

from monitor.extract.lang.vi.gazetteer import WARDS_TSV, build_ward_rows
from monitor.extract.normalize import fold
from monitor.extract.places import gazetteer


def places(text: str):
    view = fold(text)
    return [(m.province, m.commune) for m in gazetteer().find(view, 0, len(view))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sở Nội vụ TP.HCM", [("Hồ Chí Minh", None)]),
        ("tại Thành phố Hồ Chí Minh", [("Hồ Chí Minh", None)]),
        ("tỉnh Thanh Hoá", [("Thanh Hóa", None)]),
        ("tỉnh Hải Dương (cũ)", [("Hải Phòng", None)]),
        ("Bắc Kạn", [("Thái Nguyên", None)]),
        ("Trung tâm phục vụ hành chính công phường Phú Định", [("Hồ Chí Minh", "phường Phú Định")]),
        ("lãnh đạo xã Keng Đu", [("Nghệ An", "xã Keng Đu")]),
        ("xã Bình Minh", [(None, "xã Bình Minh")]),  # five provinces have one
        ("hòa bình và hữu nghị", []),  # the common noun is no province
    ],
)
def test_places(text, expected):
    assert places(text) == expected


def test_province_lookup_takes_any_spelling():
    g = gazetteer()
    assert [g.province(n) for n in ("TP.HCM", "Thanh Hoá", "tỉnh Bắc Kạn", "Hà Nội", "Atlantis")] == [
        "Hồ Chí Minh",
        "Thanh Hóa",
        "Thái Nguyên",
        "Hà Nội",
        None,
    ]


def test_the_checked_in_ward_list_matches_its_source():
    pytest.importorskip("vietnam_provinces")
    lines = WARDS_TSV.read_text(encoding="utf-8").splitlines()[1:]
    assert [tuple(line.split("\t")) for line in lines] == build_ward_rows()
