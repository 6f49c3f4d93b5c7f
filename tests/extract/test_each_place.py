"""A figure said of each of the places listed right before it is each place's own (where.py, each_before;
lang/vi/places.py, EACH_CUES): one fact per place, the same figure, status and date."""

import datetime as dt

import pytest

from monitor.extract import extract
from monitor.facts import Article


def places(text: str) -> list[tuple[str, float | None, str | None, str | None]]:
    facts = extract(Article(id="t", text=text, published_at=dt.date(2025, 9, 20))).facts
    return [(f.metric, f.value, f.province, f.commune) for f in facts if f.value is not None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tại Đà Nẵng, phường Hòa Cường và phường Thanh Khê, mỗi nơi thiếu 12 công chức.",
            [
                ("staff_shortage", 12, "Đà Nẵng", "phường Hòa Cường"),
                ("staff_shortage", 12, "Đà Nẵng", "phường Thanh Khê"),
            ],
        ),
        (
            "Cả nước có 20 tỉnh đạt trên 80%, trong đó Bắc Ninh, Ninh Bình và Cà Mau đạt 100% thủ tục trực tuyến.",
            [
                ("procedures", 100, "Bắc Ninh", None),
                ("procedures", 100, "Ninh Bình", None),
                ("procedures", 100, "Cà Mau", None),
            ],
        ),
        # communes listed under one kind word; a range said of each (earlier read as a rate per commune: with the
        # communes named, it is each one's figure, as the annotators of tests/extract/realset read such lists)
        (
            "Các phường Sài Gòn, Bến Thành mỗi phường được tăng cường từ 5 đến 7 công chức.",
            [
                ("staff_transfer", 5, "Hồ Chí Minh", "phường Sài Gòn"),
                ("staff_transfer", 5, "Hồ Chí Minh", "phường Bến Thành"),
            ],
        ),
        (
            "Quảng Trị và Quảng Ngãi cùng điều động 45 công chức về các xã biên giới.",
            [("staff_transfer", 45, "Quảng Trị", None), ("staff_transfer", 45, "Quảng Ngãi", None)],
        ),
    ],
)
def test_a_figure_said_of_each_place_is_each_places(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # places named after a figure as its examples
        (
            "Tại Đà Nẵng, nhiều nơi đạt tỷ lệ hồ sơ đúng hạn 100%, như các phường Hòa Cường, Thanh Khê và xã Hòa Vang.",
            [
                ("dossiers_on_time", 100, "Đà Nẵng", "phường Hòa Cường"),
                ("dossiers_on_time", 100, "Đà Nẵng", "phường Thanh Khê"),
                ("dossiers_on_time", 100, "Đà Nẵng", "xã Hòa Vang"),
            ],
        ),
        # a total split among places is the total's: "gồm" is no list of examples
        (
            "Đà Nẵng tiếp nhận 3.000 hồ sơ, gồm phường Hòa Cường và xã Hòa Vang.",
            [("dossiers_received", 3000, "Đà Nẵng", None)],
        ),
    ],
)
def test_places_named_after_a_figure_as_its_examples_each_have_it(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list without "each": the figure is joint, told once, of the list's head
        (
            "Phường Hòa Cường và phường Thanh Khê tiếp nhận 1.240 hồ sơ.",
            [("dossiers_received", 1240, "Đà Nẵng", "phường Hòa Cường")],
        ),
        # one place only, "each" of something else
        (
            "Phường Hòa Cường đều đặn tiếp nhận 1.240 hồ sơ.",
            [("dossiers_received", 1240, "Đà Nẵng", "phường Hòa Cường")],
        ),
    ],
)
def test_a_list_without_each_or_a_single_place_is_one_figure(text, expected):
    assert places(text) == expected


def test_each_places_fact_is_read_as_the_figure_is_its_series_kind_included():
    text = "Trong tháng 8, các phường Hải Châu, Thanh Khê và Liên Chiểu mỗi phường tiếp nhận 500 hồ sơ."
    facts = extract(Article(id="t", text=text, published_at=dt.date(2025, 9, 20))).facts
    assert [f.commune for f in facts] == ["phường Hải Châu", "phường Thanh Khê", "phường Liên Chiểu"]
    assert {f.count_kind for f in facts} == {"period"}
    assert [f.series.split("/", 2)[2] for f in facts] == ["dossiers_received/2025-08/done/period-dossier"] * 3
