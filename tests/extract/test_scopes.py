"""A figure's scope and origin in its series key (issue 13): former provinces' areas, areas of communes, vague
subsets, thresholds, movements between communes, targets by their date. Positive and negative phrases of
lang/vi/scopes.py, lang/vi/levels.py and the former provinces of provinces_2025.csv; all sentences are ours."""

import datetime as dt

import pytest

from monitor.extract import extract
from monitor.extract.lang.vi.scopes import AREAS
from monitor.facts import Article

PUBLISHED = dt.date(2025, 9, 10)


def figures(text: str, published: dt.date = PUBLISHED, doc: str = "t"):
    return [f for f in extract(Article(id=doc, text=text, published_at=published)).facts if f.value is not None]


def fact(text: str, value: float, doc: str = "t"):
    found = [f for f in figures(text, doc=doc) if f.value == value]
    assert len(found) == 1, [(f.metric, f.value, f.series) for f in figures(text, doc=doc)]
    return found[0]


# fmt: off
FORMER_AREAS = [
    # a former province merged into a larger one: its area's figure is not the whole province's
    ("TP.HCM tiếp nhận 2.000.000 hồ sơ. Tại khu vực Bình Dương cũ, tỷ lệ nộp trực tuyến chỉ đạt 58%.", 58,
     "hochiminh/former-binh-duong/"),
    ("Ở khu vực Bình Dương và Bà Rịa - Vũng Tàu cũ, tỷ lệ hồ sơ trực tuyến khoảng 64%.", 64,
     "hochiminh/former-ba-ria-vung-tau+binh-duong/"),
    ("Các xã thuộc tỉnh Quảng Nam cũ đã tiếp nhận 41.300 hồ sơ từ 1/7 đến nay.", 41300, "danang/former-quang-nam/"),
    ("Tỷ lệ hồ sơ trực tuyến đạt 70,5% tại khu vực Phú Yên cũ.", 70.5, "daklak/former-phu-yen/"),
]
WHOLE_PROVINCE = [
    # the merged province named, or the former area only mostly concerned, or a province renamed alone
    ("Sau khi hợp nhất với Bình Dương, TP.HCM đã tiếp nhận 2.100.000 hồ sơ.", 2100000, "hochiminh/dossiers_received/"),
    ("Tỉnh Quảng Trị đã điều động 140 công chức từ các sở, ngành về cơ sở, chủ yếu ở các xã khu vực Quảng Bình cũ.",
     140, "quangtri/staff_transfer/"),
    ("Tỉnh Thừa Thiên Huế cũ, nay là TP Huế, đã tiếp nhận 90.000 hồ sơ.", 90000, "hue/dossiers_received/"),
    ("Phường Tuy Hoà (khu vực Phú Yên cũ) tiếp nhận 9.870 hồ sơ.", 9870, "daklak/tuy-hoa/dossiers_received/"),
]
# fmt: on


@pytest.mark.parametrize(("text", "value", "prefix"), FORMER_AREAS)
def test_a_former_provinces_area_is_a_place_of_its_own(text, value, prefix):
    assert fact(text, value).series.startswith(prefix)


@pytest.mark.parametrize(("text", "value", "prefix"), WHOLE_PROVINCE)
def test_the_merged_province_its_communes_and_emphasis_keep_their_place(text, value, prefix):
    assert fact(text, value).series.startswith(prefix)


def test_a_former_area_holds_for_its_paragraph_only():
    text = "Tại khu vực Bình Dương cũ, tỷ lệ trực tuyến đạt 61%.\n\nThành phố đã luân chuyển 1.500 công chức về cơ sở."
    assert "former-" not in fact(text, 1500).series


# fmt: off
AREA_PHRASES = [
    ("Tỉnh đã biệt phái thêm 45 công chức cấp tỉnh về 9 xã biên giới.", 45, "border"),
    ("Các xã vùng cao đã tiếp nhận 3.420 hồ sơ từ 1/7 đến nay.", 3420, "highland"),
    ("Sở Nội vụ đã tăng cường 52 công chức cho các xã đặc biệt khó khăn.", 52, "hardship"),
    ("Thành phố tăng cường 210 công chức từ các sở, ngành về các phường đông dân.", 210, "central"),
    ("Tỉnh điều động 33 công chức về các xã đảo và ven biển.", 33, "island"),
]
NO_AREA = [
    # the area only where most of them went, or a part's after "trong đó"
    ("Tỉnh đã điều chuyển 88 công chức giữa các xã, chủ yếu ở các xã miền núi.", 88),
    ("Tỉnh đã điều động 150 công chức về xã, trong đó 40 người về các xã biên giới.", 150),
    ("Trung tâm phục vụ hành chính công cấp xã đã tiếp nhận 12.000 hồ sơ.", 12000),
    ("Phường Bến Thành tiếp nhận 18.000 hồ sơ, nhiều nhất khu vực trung tâm.", 18000),
]
# fmt: on


@pytest.mark.parametrize(("text", "value", "area"), AREA_PHRASES)
def test_an_area_of_communes_keys_the_figure(text, value, area):
    assert f"/area-{area}/" in fact(text, value).series


@pytest.mark.parametrize(("text", "value"), NO_AREA)
def test_no_area_without_one_bounding_the_figure(text, value):
    assert "/area-" not in fact(text, value).series


def test_area_classes_are_slugs():
    for name, words in AREAS.items():
        assert name.isascii() and name.isalpha() and words
        assert all(w == w.lower().strip() for w in words)


def test_a_vague_subset_is_never_compared_across_articles():
    a = fact("Theo Sở Nội vụ Gia Lai, nhiều xã khu vực phía tây có tỷ lệ trực tuyến mới đạt 45%.", 45, doc="a")
    b = fact("Theo Sở Nội vụ Gia Lai, nhiều xã khu vực phía tây có tỷ lệ trực tuyến mới đạt 47%.", 47, doc="b")
    assert a.series != b.series


# fmt: off
THRESHOLDS = [
    "Những xã có tỷ lệ hồ sơ trực tuyến dưới 50% phải báo cáo nguyên nhân.",
    "Xã nào có tỷ lệ hồ sơ trực tuyến dưới 60% sẽ bị nhắc nhở.",
    "Các phường có tỷ lệ hồ sơ trực tuyến trên 90% được biểu dương.",
]
# fmt: on


@pytest.mark.parametrize("text", THRESHOLDS)
def test_a_threshold_picking_a_group_is_no_figure(text):
    assert not [f for f in figures(text) if f.unit == "%"]


def test_a_result_of_all_communes_stays_a_figure():
    assert fact("Các xã đạt trên 90% hồ sơ trực tuyến.", 90).metric == "dossiers_online"


# fmt: off
COUNTED_THRESHOLDS = [
    # how many places pass a bound: the share is the bound, no place's figure
    "Có 15 xã có tỷ lệ hồ sơ trực tuyến dưới 50%.",
    "Đến nay, 21/34 tỉnh, thành phố đã đưa trên 90% thủ tục hành chính lên Cổng Dịch vụ công quốc gia.",
    "Toàn tỉnh có 12/96 phường đạt tỷ lệ giải quyết đúng hạn trên 98%.",
]
# fmt: on


@pytest.mark.parametrize("text", COUNTED_THRESHOLDS)
def test_a_bound_after_a_count_of_places_is_no_figure(text):
    assert not [f for f in figures(text) if f.unit == "%"]


def test_the_places_told_apart_after_a_counted_bound_keep_their_figure():
    found = figures(
        "Đến nay, 21/34 tỉnh, thành phố đã đưa trên 90% thủ tục hành chính lên Cổng Dịch vụ công quốc gia; "
        "trong đó Lạng Sơn và Hà Tĩnh đạt 100%."
    )
    assert [(f.metric, f.value, f.province) for f in found] == [
        ("procedures", 100, "Lạng Sơn"),
        ("procedures", 100, "Hà Tĩnh"),
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ba xã biên giới thiếu hơn 20 công chức chuyên môn.", 20),  # a count, not a share: the communes' own
        ("Toàn tỉnh có 124 xã, phường, tỷ lệ hồ sơ trực tuyến đạt trên 90%.", 90),  # after a comma: all of them
        ("Tỉnh có 124 xã; tỷ lệ hồ sơ trực tuyến đạt trên 90%.", 90),
    ],
)
def test_a_count_of_places_not_bounding_the_share_keeps_it(text, value):
    assert fact(text, value)


# fmt: off
LEVELS = [
    ("Ngoài ra, 97 công chức cấp xã đã được điều chuyển giữa các xã để cân đối nhân sự.", 97, "commune", "commune"),
    ("Thành phố đã luân chuyển 1.210 công chức giữa các phường, xã.", 1210, "commune", "commune"),
    ("UBND các xã đã điều chuyển 64 công chức từ những xã dôi dư sang những xã còn thiếu người.", 64, "commune",
     "commune"),
    ("Tổng số cán bộ, công chức cấp tỉnh được điều động về cơ sở từ 1/7 đến nay là 246 người.", 246, "province",
     "commune"),
    ("Tỉnh đã biệt phái 75 công chức từ các sở, ngành về xã.", 75, "province", "commune"),
    # a department named before the figure is the report's source, not the officials' origin
    ("Theo thống kê từ Sở Nội vụ, các xã đã đề xuất điều động 120 cán bộ về cấp xã.", 120, None, "commune"),
    ("Tỉnh đã điều động 20 công chức cấp xã lên cấp tỉnh.", 20, None, "commune"),
]
# fmt: on


@pytest.mark.parametrize(("text", "value", "origin", "destination"), LEVELS)
def test_where_officials_move_from_and_to(text, value, origin, destination):
    f = fact(text, value)
    assert (f.from_level, f.to_level) == (origin, destination)


def test_a_target_is_one_for_its_date():
    early = fact("Tỉnh phấn đấu đến ngày 30/9 tỷ lệ hồ sơ nộp trực tuyến đạt 80%.", 80)
    late = fact("Tỉnh phấn đấu đến hết năm 2025 tỷ lệ hồ sơ nộp trực tuyến đạt 80%.", 80)
    assert early.status == late.status == "target"
    assert early.series != late.series


def test_a_target_for_a_year_after_a_result_is_the_years():
    text = (
        "Tính đến ngày 31/8, tỷ lệ hồ sơ nộp trực tuyến của tỉnh Gia Lai đạt 70,1%, "
        "còn cách mục tiêu 80% mà tỉnh đặt ra cho năm 2025."
    )
    assert fact(text, 80).as_of == dt.date(2025, 12, 31)


def test_now_is_the_reports_day_when_it_is_named_a_day_before_publication():
    text = (
        "Tính đến ngày 9/9, tỉnh Đắk Lắk đã điều động 120 công chức về xã.\n\n"
        "Tại phường Tuy Hòa, từ 1/7 đến nay đã tiếp nhận hơn 15.000 hồ sơ."
    )
    assert fact(text, 15000).as_of == dt.date(2025, 9, 9)


# fmt: off
SINCE = [
    ("Phường Hạc Thành đã tiếp nhận 19.870 hồ sơ kể từ ngày 1/7.", 19870),
    ("Tỷ lệ hồ sơ nộp trực tuyến của tỉnh Thanh Hóa tính từ ngày 1/7 đạt 66,4%.", 66.4),
    ("Từ tháng 8, TP.HCM áp dụng quy trình rút gọn cho 212 thủ tục.", 212),
]
# fmt: on


@pytest.mark.parametrize(("text", "value"), SINCE)
def test_a_lone_start_opens_a_running_total_told_on_the_reports_day(text, value):
    f = fact(text, value)
    assert f.as_of == PUBLISHED and f.period_start < PUBLISHED
    assert f.count_kind != "period"
