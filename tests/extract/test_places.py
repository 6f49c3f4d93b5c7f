"""Provinces in any spelling, former provinces, and 2025 wards mapped to their province."""

import datetime as dt

import pytest

from monitor.extract import extract
from monitor.extract.lang.vi.gazetteer import WARDS_TSV, build_ward_rows
from monitor.extract.normalize import fold
from monitor.extract.places import gazetteer
from monitor.facts import Article


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
        ("HN đã giải quyết", [("Hà Nội", None)]),
        ("Đặc khu Phú Quốc", [("An Giang", "đặc khu Phú Quốc")]),
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


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Tại tỉnh Đồng Nai, xã Bình Minh đã tiếp nhận 120 hồ sơ.", ("Đồng Nai", "xã Bình Minh")),
        ("Phường Hồng Bàng, TP Hải Phòng tiếp nhận 500 hồ sơ.", ("Hải Phòng", "phường Hồng Bàng")),
        ("Xã Ea Kar (Đắk Lắk) đã tiếp nhận 400 hồ sơ.", ("Đắk Lắk", "xã Ea Kar")),
        ("Xã Bình Minh đã tiếp nhận 120 hồ sơ.", (None, "xã Bình Minh")),
    ],
)
def test_a_figure_takes_its_commune_and_the_province_the_sentence_gives_it(sentence, place):
    (fact,) = extract(Article(id="t", text=sentence, published_at=dt.date(2025, 10, 2))).facts
    assert (fact.province, fact.commune) == place


def test_a_province_wide_sentence_drops_the_commune_before_it():
    text = (
        "Tại xã Nga Sơn, từ ngày 1/7 đến ngày 30/9, xã tiếp nhận 3.115 hồ sơ.\n\n"
        "Mỗi tháng, UBND tỉnh Thanh Hóa hỗ trợ 1,5 triệu đồng/người cho công chức được tăng cường về xã."
    )
    facts = extract(Article(id="t", text=text, published_at=dt.date(2025, 10, 8))).facts
    assert [(f.metric, f.province, f.commune) for f in facts] == [
        ("dossiers_received", "Thanh Hóa", "xã Nga Sơn"),
        ("allowance", "Thanh Hóa", None),
    ]
