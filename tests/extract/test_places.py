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
        ("Tp.HCM đã tiếp nhận", [("Hồ Chí Minh", None)]),
        ("TP.Hà Nội đã tiếp nhận", [("Hà Nội", None)]),
        ("ông N.Hà Nam", []),  # a dot after an initial glues no province
        ("Thủ đô đã điều động", [("Hà Nội", None)]),
        ("thủ đô của nhiều nước", []),  # the common noun, uncapitalised, is no place
        ("Xứ Thanh đã điều động", [("Thanh Hóa", None)]),
        ("tỉnh Đăk Lắk", [("Đắk Lắk", None)]),
        ("ĐắkLắk", [("Đắk Lắk", None)]),
        ("P. Bến Thành đã tiếp nhận", [("Hồ Chí Minh", "phường Bến Thành")]),
        ("X. Gia Viễn", [("Ninh Bình", "xã Gia Viễn")]),
        ("TP. Vinh", []),  # "P." inside "TP." is no ward's kind word
        ("Ông P. Minh", []),  # an initial before a name that is no ward
    ],
)
def test_places(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # apostrophes: ASCII, typographic, modifier letter, or none; either case after them
        ("UBND xã Cư M'gar đã tiếp nhận", [("Đắk Lắk", "xã Cư M'gar")]),
        ("Xã Cư M’Gar triển khai", [("Đắk Lắk", "xã Cư M'gar")]),
        ("xã Cư Mʼgar", [("Đắk Lắk", "xã Cư M'gar")]),
        ("Xã Ea H'Leo, tỉnh Đắk Lắk", [("Đắk Lắk", "xã Ea H'leo"), ("Đắk Lắk", None)]),
        ("người dân xã Ea Hleo", [("Đắk Lắk", "xã Ea H'leo")]),
        ("xã M’Đrắk và xã Ea M'Droh", [("Đắk Lắk", "xã M'Drắk"), ("Đắk Lắk", "xã Ea M'Droh")]),
        ("Phường B’lao (Lâm Đồng)", [("Lâm Đồng", "phường B'Lao"), ("Lâm Đồng", None)]),
        ("xã D'Ran", [("Lâm Đồng", "xã D'Ran")]),
        ("xã K'Dang", [("Gia Lai", "xã KDang")]),
        ("XÃ CƯ M'GAR", [("Đắk Lắk", "xã Cư M'gar")]),
        # dashes and numbers inside names
        ("phường Văn Miếu – Quốc Tử Giám", [("Hà Nội", "phường Văn Miếu - Quốc Tử Giám")]),
        ("phường Văn Miếu-Quốc Tử Giám", [("Hà Nội", "phường Văn Miếu - Quốc Tử Giám")]),
        ("Phường Xuân Hương - Đà Lạt tiếp nhận", [("Lâm Đồng", "phường Xuân Hương - Đà Lạt")]),
        ("xã Chân Mây – Lăng Cô", [("Huế", "xã Chân Mây - Lăng Cô")]),
        ("phường 1 Bảo Lộc đã giải quyết", [("Lâm Đồng", "phường 1 Bảo Lộc")]),
        ("Xã Bảo Lâm 3 tiếp nhận", [("Lâm Đồng", "xã Bảo Lâm 3")]),
        (
            "phường Móng Cái 1, phường Móng Cái 2",
            [("Quảng Ninh", "phường Móng Cái 1"), ("Quảng Ninh", "phường Móng Cái 2")],
        ),
        ("phường Buôn Ma Thuột", [("Đắk Lắk", "phường Buôn Ma Thuột")]),  # "Phường  Buôn Ma Thuột" at the source
        ("xã Ea Kar và xã Ea Knốp", [("Đắk Lắk", "xã Ea Kar"), ("Đắk Lắk", "xã Ea Knốp")]),  # both, not the first
        # negatives: a number that counts is no part of the name; no name is made up
        ("xã Cát Tiên 2 công chức", [("Lâm Đồng", "xã Cát Tiên")]),
        ("xã Bảo Lâm 1,5%", [("Cao Bằng", "xã Bảo Lâm")]),
        ("phường 1 hồ sơ", []),
        ("xã Cư M'gra", []),  # no such commune
        ("xã M'nông", []),  # a people, lower case
        ("KINH TẾ - XÃ HỘI", []),
        ("xã Đạ Tẻh-Lâm Đồng", [("Lâm Đồng", "xã Đạ Tẻh"), ("Lâm Đồng", None)]),
    ],
)
def test_names_with_apostrophes_dashes_and_numbers(text, expected):
    assert places(text) == expected


def _listed_rows() -> list[tuple[str, str, str]]:
    lines = WARDS_TSV.read_text(encoding="utf-8").splitlines()[1:]
    return [tuple(line.split("\t")) for line in lines]


def test_every_listed_name_is_found_after_its_kind_word():
    """Each of the 3,321 names, capitalised as outlets write them, with ’ for ' as often printed."""
    g = gazetteer()
    missed = []
    for kind, name, province in _listed_rows():
        written = " ".join(w[0].upper() + w[1:] for w in name.split(" ")).replace("'", "’")
        view = fold(f"UBND {kind} {written} đã tiếp nhận 20 hồ sơ.")
        found = [m for m in g.find(view, 0, len(view)) if m.commune]
        if not found or found[0].commune != f"{kind} {name}" or province not in found[0].candidates:
            missed.append(name)
    assert missed == []


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
        # a former province in brackets says where the commune was, not a province-wide figure
        (
            "Phường Thủ Dầu Một (trước đây thuộc tỉnh Bình Dương) tiếp nhận 25.400 hồ sơ.",
            ("Hồ Chí Minh", "phường Thủ Dầu Một"),
        ),
        ("Phường Rạch Giá (thuộc tỉnh Kiên Giang cũ) đã giải quyết 980 hồ sơ.", ("An Giang", "phường Rạch Giá")),
        # the province, then the former one
        (
            "Phường Hội An (TP Đà Nẵng, trước sáp nhập là tỉnh Quảng Nam) tiếp nhận 2.040 hồ sơ.",
            ("Đà Nẵng", "phường Hội An"),
        ),
        (
            "Phường Thủ Dầu Một (TP.HCM, trước đây thuộc tỉnh Bình Dương) tiếp nhận 2.060 hồ sơ.",
            ("Hồ Chí Minh", "phường Thủ Dầu Một"),
        ),
        # a province the commune is not in is no address: the figure is the province's
        ("Phường Hội An, TP Đà Nẵng, tỉnh Gia Lai đã tiếp nhận 2.070 hồ sơ.", ("Gia Lai", None)),
        ("P. Bến Thành đã tiếp nhận 1.310 hồ sơ.", ("Hồ Chí Minh", "phường Bến Thành")),
        ("Xã Bình Minh đã tiếp nhận 120 hồ sơ.", (None, "xã Bình Minh")),
        ("Xã Cư M’gar đã tiếp nhận 1.200 hồ sơ.", ("Đắk Lắk", "xã Cư M'gar")),
        ("UBND xã Ea H'Leo đã giải quyết 950 hồ sơ.", ("Đắk Lắk", "xã Ea H'leo")),
        # a figure after communes listed together takes the first, not the last named
        ("Phường Hải Châu và phường Thanh Khê đã tiếp nhận 3.412 hồ sơ.", ("Đà Nẵng", "phường Hải Châu")),
    ],
)
def test_a_figure_takes_its_commune_and_the_province_the_sentence_gives_it(sentence, place):
    (fact,) = extract(Article(id="t", text=sentence, published_at=dt.date(2025, 10, 2))).facts
    assert (fact.province, fact.commune) == place


def test_after_a_list_of_communes_the_article_speaks_of_no_one_commune():
    text = (
        "Nhiều xã như xã Cư M'gar, xã Ea Kar, xã Krông Búk đã đưa trung tâm vào hoạt động.\n\n"
        "Tỉnh đã điều động 94 công chức về cấp xã."
    )
    facts = extract(Article(id="t", text=text, published_at=dt.date(2025, 10, 8))).facts
    assert [(f.value, f.province, f.commune) for f in facts] == [(94, "Đắk Lắk", None)]


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


def test_communes_listed_under_one_kind_word_are_each_found():
    from monitor.extract.normalize import fold
    from monitor.extract.places import gazetteer

    text = "Tại Hà Tĩnh, các xã Cẩm Hưng, Sơn Hồng, Sơn Kim 2 và Hương Khê đã nhận đủ công chức."
    communes = [p.commune for p in gazetteer().find(fold(text), 0, len(text)) if p.commune]
    assert communes == ["xã Cẩm Hưng", "xã Sơn Hồng", "xã Sơn Kim 2", "xã Hương Khê"]
    # one commune named with its kind word, the next without "các": only the first is sure
    single = "Xã Cẩm Hưng, Sơn Hồng đã nhận đủ công chức."
    assert [p.commune for p in gazetteer().find(fold(single), 0, len(single)) if p.commune] == ["xã Cẩm Hưng"]


def test_a_place_named_as_an_example_followed_is_not_the_subject():
    text = (
        "Sở Nội vụ tỉnh Quảng Nam đề xuất chính sách hỗ trợ.\n\n"
        "Tham khảo cách làm của Đồng Tháp và một số địa phương, Sở Nội vụ đưa ra phương án: hỗ trợ 5 triệu "
        "đồng/người/tháng."
    )
    facts = extract(Article(id="t", text=text, published_at=dt.date(2025, 6, 7))).facts
    assert [(f.value, f.province) for f in facts] == [(5_000_000, "Đà Nẵng")]


def test_the_city_where_a_central_body_meets_is_no_place_of_its_figures():
    # the venue of the Government's press conference: a national article (NATIONAL_ARTICLE_CUES)
    text = (
        "Chiều 3/7, tại Hà Nội, Văn phòng Chính phủ tổ chức họp báo thường kỳ.\n\n"
        "Sau sắp xếp, tổng số thủ tục hành chính cấp tỉnh là 1.261; 74 thủ tục hành chính đã được bãi bỏ."
    )
    facts = extract(Article(id="t", text=text, published_at=dt.date(2025, 7, 3))).facts
    assert sorted((f.value, f.province) for f in facts if f.value) == [(74, None), (1261, None)]
    # the city's own body at home: its figures are the city's
    text = "Chiều 3/7, tại Hà Nội, UBND thành phố cho biết đã bãi bỏ 74 thủ tục hành chính."
    facts = extract(Article(id="t", text=text, published_at=dt.date(2025, 7, 3))).facts
    assert [(f.value, f.province) for f in facts if f.value] == [(74, "Hà Nội")]


def test_a_figure_of_communes_named_under_one_plural_kind_word_is_theirs_together():
    text = "Điện Biên: Hai xã Mường Ảng, Búng Lao tiếp nhận gần 4.000 hồ sơ, 100% đúng hạn."
    facts = extract(Article(id="t", text=text, published_at=dt.date(2025, 9, 10))).facts
    assert [(f.value, f.province, f.commune) for f in facts] == [(4000, "Điện Biên", None), (100, "Điện Biên", None)]
    # one by one ("lần lượt"), the first figure is the list head's, as ever
    text = "Tỉnh Điện Biên công bố kết quả. Các xã Mường Ảng, Búng Lao lần lượt tiếp nhận 2.100 hồ sơ và 1.900 hồ sơ."
    facts = extract(Article(id="t", text=text, published_at=dt.date(2025, 9, 10))).facts
    assert (facts[0].value, facts[0].commune) == (2100, "xã Mường Ảng")
    # the former communes a commune was made from are no list the figure is said of
    text = "Xã Tìa Dình, tỉnh Điện Biên, hợp nhất từ hai xã Tìa Dình và Háng Lìa, hiện còn thiếu 2 công chức."
    facts = extract(Article(id="t", text=text, published_at=dt.date(2025, 9, 10))).facts
    assert [(f.value, f.commune) for f in facts] == [(2, "xã Tìa Dình")]
    # communes officials come from are places still: the province they are in is the figure's
    text = "Tỉnh Lai Châu họp bàn.\n\nĐã điều động 20 công chức từ các xã Mường Ảng, Búng Lao về các xã biên giới."
    facts = extract(Article(id="t", text=text, published_at=dt.date(2025, 9, 10))).facts
    assert [(f.value, f.province) for f in facts] == [(20, "Điện Biên")]


def test_the_wards_a_ward_was_made_from_do_not_move_the_text():
    # former wards listed after "sáp nhập các phường": their names may be today's wards elsewhere
    text = (
        "Chủ tịch UBND phường Tam Hiệp, tỉnh Đồng Nai, cho biết phường được hình thành từ việc sáp nhập các phường "
        "Tam Hiệp, Tân Mai, Bình Đa và Tân Hiệp.\n\nTừ ngày 1/7 đến ngày 30/8/2025, phường tiếp nhận 3.468 hồ sơ."
    )
    facts = extract(Article(id="t", text=text, published_at=dt.date(2025, 9, 20))).facts
    assert [(f.value, f.province, f.commune) for f in facts] == [(3468, "Đồng Nai", "phường Tam Hiệp")]


def test_the_ministries_block_is_national():
    # the province told of before does not go on to the ministries (sixth set, issue 16)
    text = (
        "Hà Nội và TP Hồ Chí Minh ở nhóm thấp nhất về tỷ lệ hồ sơ trực tuyến toàn trình, chưa tới 10%.\n\n"
        "Ở khối bộ, ngành, Bộ Tư pháp đứng đầu với tỷ lệ hồ sơ trực tuyến toàn trình 81,2%."
    )
    facts = extract(Article(id="t", text=text, published_at=dt.date(2025, 1, 15))).facts
    assert [(f.value, f.province) for f in facts if f.value == 81.2] == [(81.2, None)]


def test_a_provinces_departments_are_not_the_ministries_block():
    text = "Tại Cà Mau, các sở, ban, ngành đã giải quyết 12.400 hồ sơ trực tuyến."
    facts = extract(Article(id="t", text=text, published_at=dt.date(2025, 9, 15))).facts
    assert {f.province for f in facts} == {"Cà Mau"}
