"""Series keys, kinds of count, parts of wholes and restatements (series.py, parts.py, restate.py; issue 13)."""

import datetime as dt

import pytest

from monitor.extract import extract
from monitor.extract.series import slug
from monitor.facts import COUNT_KINDS, Article

PUBLISHED = dt.date(2025, 9, 10)


def facts(text: str, published: dt.date = PUBLISHED, doc: str = "t"):
    return [f for f in extract(Article(id=doc, text=text, published_at=published)).facts if f.value is not None]


def fact(text: str, value: float, doc: str = "t"):
    found = [f for f in facts(text, doc=doc) if f.value == value]
    assert len(found) == 1, [(f.metric, f.value) for f in facts(text)]
    return found[0]


# fmt: off
KINDS = [
    # a running total is one series whatever start the article gives it
    ("Từ 1/7 đến 20/8, Bắc Ninh tiếp nhận 40.000 hồ sơ.", 40000, "total",
     "bacninh/dossiers_received/done/total-dossier"),
    ("Tính đến hết tháng 8, Bắc Ninh đã tiếp nhận 52.000 hồ sơ.", 52000, "total",
     "bacninh/dossiers_received/done/total-dossier"),
    ("Kể từ khi vận hành mô hình mới, Bắc Ninh đã tiếp nhận 61.000 hồ sơ.", 61000, "total",
     "bacninh/dossiers_received/done/total-dossier"),
    # a bounded calendar period is a series of its own
    ("Trong tháng 8, Bắc Ninh tiếp nhận 12.500 hồ sơ.", 12500, "period",
     "bacninh/dossiers_received/2025-08/done/period-dossier"),
    ("Quý III, Cà Mau đã giải quyết 9.000 hồ sơ.", 9000, "period",
     "camau/dossiers_resolved/2025-q3/done/period-dossier"),
    ("Từ tháng 10 đến tháng 12, Sở Nội vụ Gia Lai sẽ biệt phái 90 công chức về xã.", 90, "period",
     "gialai/staff_transfer/to-commune/2025-q4/planned/period-person"),
    # a batch added to earlier ones
    ("Sở Nội vụ Nghệ An tiếp tục biệt phái thêm 45 công chức về xã.", 45, "batch",
     "nghean/staff_transfer/additional/to-commune/done/batch-person"),
    ("Trong tuần, Huế tiếp nhận thêm 800 hồ sơ trực tuyến.", 800, "batch",
     "hue/dossiers_online/done/batch-dossier"),
    # shares and rates
    ("Tỷ lệ hồ sơ giải quyết đúng hạn của Lào Cai đạt 97,5%.", 97.5, "share",
     "laocai/dossiers_on_time/done/share"),
    ("Tỉnh Sơn La hỗ trợ 3 triệu đồng/người/tháng cho công chức biệt phái.", 3_000_000, "rate",
     "sonla/allowance/done/rate-vnd-person-month"),
]
# fmt: on


@pytest.mark.parametrize(("text", "value", "kind", "key"), KINDS)
def test_count_kinds_and_keys(text, value, kind, key):
    found = fact(text, value)
    assert found.count_kind == kind and found.count_kind in COUNT_KINDS
    assert found.series == key


def test_one_quantity_in_two_articles_has_one_key():
    lead = fact("UBND cấp xã ở Quảng Ninh đang đề nghị 180 trường hợp điều động, biệt phái về xã.", 180, "a")
    later = fact(
        "Tính đến ngày 30/9, UBND cấp xã trên địa bàn tỉnh Quảng Ninh đã đề xuất điều động, biệt phái "
        "tổng cộng 240 cán bộ về cấp xã.",
        240,
        "b",
    )
    assert lead.series == later.series == "quangninh/staff_transfer/to-commune/commune-requests/proposed/total-person"


def test_a_proposal_and_a_result_are_two_series():
    proposed = fact("Sở Nội vụ Hà Tĩnh đề xuất điều động 120 cán bộ về xã.", 120)
    done = fact("Sở Nội vụ Hà Tĩnh đã điều động 120 cán bộ về xã.", 120)
    assert proposed.series != done.series


def test_places_in_keys():
    ward = fact("Phường Bến Thành (TP.HCM) đã tiếp nhận 6.100 hồ sơ.", 6100)
    assert ward.series == "hochiminh/ben-thanh/dossiers_received/done/total-dossier"
    nation = fact("Theo Bộ Nội vụ, cả nước đã điều động 12.300 cán bộ về cấp xã.", 12300)
    assert nation.series.startswith("national/staff_transfer/")
    nowhere = fact("Trung tâm đã tiếp nhận 1.250 hồ sơ.", 1250, "x1")
    assert nowhere.series.startswith("unplaced-x1/")  # never compared with another article's


def test_parts_told_among_and_remaining():
    text = (
        "Tỉnh Bắc Ninh đã đề xuất điều động 335 cán bộ về cấp xã. Cụ thể, trong số 335 trường hợp được đề "
        "nghị có 58 cán bộ đã xác định rõ nơi công tác và nơi chuyển đến; 277 trường hợp còn lại chưa xác "
        "định được nguồn điều động."
    )
    whole, known, rest = facts(text)
    assert (whole.value, known.value, rest.value) == (335, 58, 277)
    assert known.part_of == rest.part_of == whole.series and whole.part_of is None
    assert (known.total, rest.total) == (335, 335)
    assert len({whole.series, known.series, rest.series}) == 3
    assert known.to_level == rest.to_level == "commune" and known.status == "proposed"  # inherited


def test_a_breakdown_by_specialty_after_a_batch():
    text = (
        "Đến cuối tháng 8, Sở Nội vụ tỉnh Tuyên Quang biệt phái thêm 96 trường hợp, trong đó có 30 chuyên "
        "ngành kế toán, 12 chuyên ngành tư pháp, 9 chuyên ngành địa chính."
    )
    batch, *parts = facts(text)
    assert [p.part_of for p in parts] == [batch.series] * 3
    assert [p.series.split("/")[3] for p in parts] == ["ke-toan", "tu-phap", "dia-chinh"]
    assert {p.count_kind for p in [batch, *parts]} == {"batch"}


def test_parts_without_words_of_their_own_get_keys_no_other_article_shares():
    text = "Tỉnh Phú Thọ đã điều động 120 cán bộ về xã, gồm 80 công chức và 40 viên chức."
    whole, first, second = facts(text, doc="pt")
    assert first.part_of == second.part_of == whole.series
    assert len({whole.series, first.series, second.series}) == 3
    assert "pt" in first.series and "pt" in second.series


@pytest.mark.parametrize(
    ("text", "part_value", "whole_value"),
    [
        ("Phường An Khánh tiếp nhận 3.400 hồ sơ (1.900 hồ sơ nộp trực tuyến).", 1900, 3400),  # bracketed
        ("TP Cần Thơ đã tiếp nhận 80.000 hồ sơ. Riêng phường Ninh Kiều tiếp nhận 6.000 hồ sơ.", 6000, 80000),
        ("Từ 1/7 đến 20/8, Đồng Nai tiếp nhận 40.000 hồ sơ. Tổng số hồ sơ đã giải quyết là 38.000.", 38000, 40000),
        ("Hà Nội thiết kế lại 2.500 thủ tục, trong đó tập trung vào 120 thủ tục có tần suất cao.", 120, 2500),
        ("Huế phấn đấu 80% thủ tục được thực hiện trực tuyến, trong đó ít nhất 25% là trực tuyến toàn trình.", 25, 80),
    ],
)
def test_wordings_of_a_part(text, part_value, whole_value):
    found = facts(text)
    part = next(f for f in found if f.value == part_value)
    whole = next(f for f in found if f.value == whole_value)
    assert part.part_of == whole.series and part.series != whole.series


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Đà Nẵng tiếp nhận 40.000 hồ sơ, trong đó 62% nộp trực tuyến.", 62),  # a share is no part of a count
        ("Năm ngoái tỉnh Lai Châu điều động 300 cán bộ. Năm nay Lai Châu điều động 120 cán bộ về xã.", 120),
        ("Tỉnh Điện Biên đã điều động 150 cán bộ về xã và luân chuyển 60 công chức giữa các sở.", 60),
    ],
)
def test_figures_that_are_no_parts(text, value):
    assert next(f for f in facts(text) if f.value == value).part_of is None


def test_a_rounded_repeat_is_one_figure():
    text = (
        "Phường Phú Lợi giải quyết hơn 3.000 hồ sơ\n\n"
        "Theo UBND phường Phú Lợi (TP.HCM), tính đến ngày 5/9, phường đã giải quyết 3.022 hồ sơ."
    )
    assert [(f.value, f.as_of) for f in facts(text)] == [(3022, dt.date(2025, 9, 5))]


def test_a_title_without_the_ward_repeats_the_body():
    text = "TP.HCM: 4.150 hồ sơ được tiếp nhận\n\nTính đến ngày 5/9, phường Tân Định (TP.HCM) đã tiếp nhận 4.150 hồ sơ."
    assert [(f.value, f.commune) for f in facts(text)] == [(4150, "phường Tân Định")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hải Phòng", "hai-phong"),
        ("công nghệ thông tin, chuyển đổi số", "cong-nghe-thong-tin-chuyen-doi-so"),
        ("Đắk Lắk", "dak-lak"),
        ("VND/person/month", "vnd-person-month"),
        ("tiền thuê nhà, đi lại", "tien-thue-nha-di-lai"),
    ],
)
def test_slug(text, expected):
    assert slug(text) == expected


def test_a_ward_named_after_trong_do_is_the_parts_not_the_wholes():
    text = "Tháng 8, TP Huế tiếp nhận 9.400 hồ sơ, trong đó phường Phú Xuân tiếp nhận nhiều nhất với 2.870 hồ sơ."
    whole, part = facts(text)
    assert (whole.commune, part.commune) == (None, "phường Phú Xuân")
    assert part.part_of == whole.series


def test_figures_listed_after_trong_so_nay_are_parts_of_one_whole():
    text = (
        "Bắc Ninh đã công bố 1.860 thủ tục hành chính. Trong số này, 930 thủ tục được cung cấp trực tuyến "
        "toàn trình, 640 thủ tục trực tuyến một phần."
    )
    whole, full, partial = facts(text)
    assert full.part_of == partial.part_of == whole.series


# an article that names no place and speaks of the country or its ministry: its placeless figures are national
NATIONAL_ARTICLES = [
    "Theo Bộ Nội vụ, đến cuối tháng 10, các địa phương đã biệt phái 9.870 cán bộ, công chức cấp tỉnh về các xã.",
    "Bộ trưởng Nội vụ cho biết các địa phương đã điều động 9.870 cán bộ, công chức cấp tỉnh về cấp xã.\n\n"
    "Về lâu dài, Chính phủ yêu cầu tuyển dụng đội ngũ tại chỗ.",
]
PLACED_OR_UNKNOWN = [
    # a province named anywhere: the article is the province's
    "Sở Nội vụ Nghệ An cho biết theo hướng dẫn của Bộ Nội vụ, các xã đã tiếp nhận 9.870 hồ sơ.",
    # no place and no word of the country: unknown, never compared with another article
    "Các địa phương đã biệt phái 9.870 cán bộ, công chức cấp tỉnh về các xã.",
]


@pytest.mark.parametrize("text", NATIONAL_ARTICLES)
def test_an_article_of_the_ministry_with_no_place_is_national(text):
    assert fact(text, 9870).series.startswith("national/")


@pytest.mark.parametrize("text", PLACED_OR_UNKNOWN)
def test_a_placed_or_silent_article_is_not_national(text):
    assert not fact(text, 9870).series.startswith("national/")
