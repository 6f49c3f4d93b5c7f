"""An outlet's own dateline ("(Dân trí) -", "TPO -", "Báo Hải Phòng -") is never read as a place (issue 15)."""

from __future__ import annotations

import pytest

from monitor.extract import extract
from monitor.extract.normalize import fold
from monitor.extract.places import dateline
from monitor.facts import Article
from monitor.inputs import read_text_article

# (paragraph start, the dateline read there)
DATELINES = [
    ("(Dân trí) - Sau hai tháng vận hành", "(Dân trí) -"),
    ("(Dân Trí)– Sau hai tháng", "(Dân Trí)-"),  # another case, an en dash glued to the name
    ("TPO - Sáng 5/8, tỉnh", "TPO -"),
    ("TTO - Sáng 5/8, tỉnh", "TTO -"),
    ("VOV.VN - Chiều 12/9", "VOV.VN -"),
    ("(Chinhphu.vn) - Ngày 4/9", "(Chinhphu.vn) -"),
    ("(PLO)- Ngày 4/9", "(PLO)-"),
    ("ANTĐ - Ngày 4/9", "ANTĐ -"),
    ("NDO - Ngày 4/9", "NDO -"),
    ("(HNMO) - Ngày 4/9", "(HNMO) -"),
    ("Baonghean.vn - Ngày 4/9", "Baonghean.vn -"),
    ("(Baoquangninh.vn) - Ngày 4/9", "(Baoquangninh.vn) -"),
    ("Báo Hải Phòng - UBND thành phố", "Báo Hải Phòng -"),
    ("(Báo Quảng Ninh) — Ngày 4/9", "(Báo Quảng Ninh) -"),
    ("  Vietnam+ - Ngày 4/9", "  Vietnam+ -"),
]
NOT_DATELINES = [
    "Hải Phòng - Sáng 5/8, thành phố",  # a place's dateline: the article's own place, read as one
    "Báo cáo - tổng hợp của Sở Nội vụ",  # a word that starts like a paper's, not a name
    "TPO là viết tắt",  # the name without its dash
    "Theo (Dân trí) - tin",  # not at the paragraph's start
    "Sở Nội vụ - cơ quan tham mưu",
    "UBND.vn",
    "Tỉnh Nghệ An - địa phương có nhiều xã nhất",
]


@pytest.mark.parametrize(("text", "expected"), DATELINES)
def test_an_outlets_dateline(text, expected):
    match = dateline(fold(text))
    assert match is not None and match.group() == fold(expected)


@pytest.mark.parametrize("text", NOT_DATELINES)
def test_not_an_outlets_dateline(text):
    assert dateline(fold(text)) is None


def provinces(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(fact.metric, fact.value, fact.province) for fact in extract(Article(id="a", text=text)).facts]


@pytest.mark.parametrize(
    ("text", "province"),
    [
        # a provincial paper's dateline names no place of a figure, but the province the paper speaks of
        # until the text names one (places.outlet_province)
        ("Báo Hải Phòng - UBND thành phố đã điều động 45 công chức về các xã.", "Hải Phòng"),
        ("(Báo Quảng Ninh) - Tỉnh đã điều động 45 công chức về các xã.", "Quảng Ninh"),
        ("Tin tức\n\nBáo Hải Phòng - Tỉnh đã điều động 45 công chức về các xã.", "Hải Phòng"),  # a later paragraph's
        ("(CMO) - Ngày 12-10, Sở Nội vụ cho biết tỉnh đã điều động 45 công chức về các xã.", "Cà Mau"),
        ("Baonghean.vn - Tỉnh đã điều động 45 công chức về các xã.", "Nghệ An"),
        ("Baonghean.vn - Hà Tĩnh đã điều động 45 công chức về các xã.", "Hà Tĩnh"),  # a province named wins
        # a national outlet's dateline gives none
        ("(Dân trí) - Tỉnh đã điều động 45 công chức về các xã.", None),
        ("(Chinhphu.vn) - Tỉnh đã điều động 45 công chức về các xã.", None),
        ("(Dân trí) - Hải Phòng đã điều động 45 công chức về các xã.", "Hải Phòng"),  # the place after it is read
        ("Hải Phòng - Thành phố đã điều động 45 công chức về các xã.", "Hải Phòng"),  # a place's dateline is one
        ("Theo Báo Hải Phòng, thành phố đã điều động 45 công chức về các xã.", "Hải Phòng"),
    ],
)
def test_a_figure_after_a_dateline_gets_the_place_of_the_article(text, province):
    assert provinces(text) == [("staff_transfer", 45.0, province)]


def test_a_text_file_given_to_monitor_extract(tmp_path):
    path = tmp_path / "bao-hai-phong.txt"
    path.write_text(" date 2025-09-04 Báo Hải Phòng - UBND thành phố đã điều động 45 công chức về các xã.\n", "utf-8")
    facts = extract(read_text_article(path).article).facts
    assert [(fact.value, fact.province) for fact in facts] == [(45.0, "Hải Phòng")]  # the paper's city


@pytest.mark.parametrize(
    ("outlet", "province"),
    [
        ("baocamau.vn", "Cà Mau"),
        ("www.baohatinh.vn", "Hà Tĩnh"),
        ("baoquangninh.com.vn", "Quảng Ninh"),
        ("bariavungtau.gov.vn", "Hồ Chí Minh"),  # a former province's host: its successor
        ("dantri.com.vn", None),
        ("vnexpress.net", None),
        ("chinhphu.vn", None),
    ],
)
def test_a_crawled_articles_host_names_its_province(outlet, province):
    facts = extract(Article(id="a", text="Tỉnh đã điều động 45 công chức về các xã.", outlet=outlet)).facts
    assert [(f.metric, f.province) for f in facts] == [("staff_transfer", province)]
