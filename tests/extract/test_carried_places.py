"""A commune named in an earlier sentence does not scope a figure whose own sentence speaks of the province (its
departments, the communes as a whole); a proposal recalled from an earlier report keeps the proposal's day and is
never compared across articles. Positive and negative phrases of lang/vi/places.py (PROVINCE_LEVEL_CUES) and
lang/vi/decisions.py (PROPOSAL_DATE_LINKS, RECALLED_AFTER); all sentences are ours."""

import datetime as dt

import pytest

from monitor.extract import extract
from monitor.facts import Article

PUBLISHED = dt.date(2025, 10, 12)


def fact(text: str, value: float, doc: str = "t"):
    facts = [f for f in extract(Article(id=doc, text=text, published_at=PUBLISHED)).facts if f.value is not None]
    found = [f for f in facts if f.value == value]
    assert len(found) == 1, [(f.metric, f.value, f.commune, f.series) for f in facts]
    return found[0]


STORY = "Tại phường Ba Đình, Hà Nội, trung tâm phục vụ hành chính công đông người từ sáng sớm. "
# fmt: off
PROVINCE_LEVEL = [
    STORY + "\n\nSở Nội vụ đã tổ chức 20 lớp tập huấn cho 2.400 lượt cán bộ, công chức cấp xã.",
    STORY + "\n\nCũng theo Sở Nội vụ, các sở, ngành đã tăng cường 310 cán bộ xuống các xã, phường.",
    STORY + "Từ tháng 7 đến nay, 9 sở, ngành đã biệt phái 310 cán bộ về hỗ trợ trực tiếp các xã, phường.",
    # an instruction's giver named, and the whole province still the subject
    STORY + "\n\nTheo chỉ đạo của UBND thành phố, toàn thành phố đã biệt phái 310 cán bộ về các xã, phường.",
]
COMMUNE_LEVEL = [
    # the commune's own sentence, or a sentence that goes on about it
    ("Tại phường Ba Đình, Hà Nội, trung tâm phục vụ hành chính công đã tiếp nhận 4.120 hồ sơ.", 4120),
    (STORY + "Trung tâm đã tiếp nhận 4.120 hồ sơ từ 1/7 đến nay.", 4120),
    # the province's body giving the instruction the ward follows is no subject (lang/vi/places.py,
    # INSTRUCTED_BY_BEFORE; twentieth set, issue 16)
    (STORY + "Phường xử lý 82 nhiệm vụ theo chỉ đạo của UBND Thành phố.\n\nTrung tâm đã tiếp nhận 4.120 hồ sơ.", 4120),
    (STORY + "Theo hướng dẫn của Sở Nội vụ, trung tâm đã tiếp nhận 4.120 hồ sơ trực tuyến.", 4120),
]
# fmt: on


@pytest.mark.parametrize("text", PROVINCE_LEVEL)
def test_a_province_level_sentence_drops_a_commune_told_before(text):
    value = 2400 if "2.400" in text else 310
    found = fact(text, value)
    assert found.commune is None and found.province == "Hà Nội", found.series


@pytest.mark.parametrize(("text", "value"), COMMUNE_LEVEL)
def test_a_communes_own_or_following_sentence_keeps_it(text, value):
    assert fact(text, value).commune == "phường Ba Đình"


def test_a_province_level_sentence_ends_the_commune_for_the_next_ones():
    text = STORY + "Sở Nội vụ cho biết toàn thành phố còn thiếu 150 công chức. Thành phố đã điều động 90 công chức."
    assert fact(text, 90).commune is None


def test_a_recalled_proposal_keeps_its_day_and_is_keyed_to_its_article():
    text = (
        "Theo Sở Nội vụ, tỉnh Nghệ An sẽ trình HĐND chính sách với mức Sở đề xuất từ giữa tháng 8 là "
        "1,8 triệu đồng/người/tháng."
    )
    recalled = fact(text, 1800000)
    assert recalled.status == "proposed"
    assert dt.date(2025, 8, 11) <= recalled.as_of <= dt.date(2025, 8, 20)
    assert "recalled-t" in recalled.series


def test_a_proposal_recalled_after_the_figure_and_one_told_as_news():
    recalled = fact(
        "Nghị quyết giữ mức 3 triệu đồng/người/tháng, thấp hơn mức 4 triệu đồng/người/tháng mà Sở Tài "
        "chính tỉnh Nghệ An đề xuất trước đó.",
        4000000,
    )
    assert recalled.status == "proposed" and "recalled-" in recalled.series
    news = fact("Sở Tài chính tỉnh Nghệ An đề xuất mức hỗ trợ 4 triệu đồng/người/tháng từ tháng 11.", 4000000)
    assert news.status == "proposed" and "recalled-" not in news.series


# fmt: off
AFTER_A_LIST_OF_PROVINCES = [
    # provinces listed as examples do not become what the text goes on about: the last one named is no subject
    ("Về phía địa phương, 25/34 tỉnh đã đưa trên 90% thủ tục lên mạng; trong đó An Giang, Bắc Ninh, Cà Mau và "
     "Ninh Bình đạt 100%.\n\nTrong quý III, các bộ đã tiếp nhận 41.200 hồ sơ trực tuyến.", 41200, None),
    ("Tỉnh Gia Lai đẩy mạnh dịch vụ công trực tuyến. Cả nước mới có Hà Nội, Huế và Đà Nẵng đạt 100%.\n\n"
     "Từ đầu năm, tỉnh đã tiếp nhận 52.300 hồ sơ trực tuyến.", 52300, "Gia Lai"),
    # a province named alone still becomes the subject
    ("Cả nước đã tiếp nhận hơn 3 triệu hồ sơ. Riêng Ninh Bình đạt 100%.\n\nTỉnh đã tiếp nhận 18.400 hồ sơ trực "
     "tuyến.", 18400, "Ninh Bình"),
]
# fmt: on


@pytest.mark.parametrize(("text", "value", "province"), AFTER_A_LIST_OF_PROVINCES)
def test_provinces_listed_together_do_not_carry_past_their_sentence(text, value, province):
    assert fact(text, value).province == province


CENTRE = (
    "Sáng 27/8, đoàn công tác của Thành ủy TP Hồ Chí Minh khảo sát Trung tâm Phục vụ hành chính công đặc khu Côn Đảo. "
    "\n\nSở Nội vụ cho biết toàn thành phố đã đồng bộ dữ liệu với Cổng Dịch vụ công quốc gia.\n\n"
)


@pytest.mark.parametrize(
    ("text", "value", "commune"),
    [
        # after a sentence of the whole city, "trung tâm" is still the centre named with its commune, and "của đặc
        # khu" its commune (thirtieth set, issue 16)
        (CENTRE + "Từ ngày 1/7 đến ngày 15/8, trung tâm tiếp nhận 798 hồ sơ.", 798, "đặc khu Côn Đảo"),
        (CENTRE + "Hiện có 398 thủ tục hành chính của đặc khu được công bố trên Cổng.", 398, "đặc khu Côn Đảo"),
        (CENTRE + "Đặc khu này đã tiếp nhận 798 hồ sơ.", 798, "đặc khu Côn Đảo"),
        # a kind word of another kind, a commune named anew, or a plural, names no commune back
        (CENTRE + "Hiện có 398 thủ tục hành chính của xã được công bố trên Cổng.", 398, None),
        (CENTRE + "Hiện có 398 thủ tục của các đặc khu được công bố trên Cổng.", 398, None),
    ],
)  # fmt: skip
def test_a_commune_named_back_by_its_centre_or_its_kind(text, value, commune):
    assert fact(text, value).commune == commune


@pytest.mark.parametrize(
    ("text", "value", "province"),
    [
        # all 34 provinces counted in a provincial article: a national figure (thirty-second set, issue 16)
        ("Đồng Nai đã biệt phái 300 công chức về các xã. Bộ Nông nghiệp và Môi trường cử 34 cán bộ về tăng cường cho "
         "34 tỉnh, thành phố.", 34, None),
        ("Đồng Nai đã biệt phái 300 công chức về các xã. Hiện 34/34 tỉnh đã tiếp nhận 4.100 hồ sơ trực tuyến.", 4100,
         None),
        # a rank out of them is no national figure
        ("Đồng Nai đã biệt phái 300 công chức về các xã. Tỉnh tiếp nhận 4.100 hồ sơ, đứng thứ 3/34 tỉnh, thành phố.",
         4100, "Đồng Nai"),
    ],
)  # fmt: skip
def test_all_the_provinces_counted_make_a_figure_national(text, value, province):
    assert fact(text, value).province == province


@pytest.mark.parametrize(
    ("text", "value", "commune"),
    [
        # a long list of the wards a ward was made from, parts of others among them: all former (thirty-seventh set)
        ("Phường Hà Nam (tỉnh Ninh Bình) được lập trên cơ sở hai phường Lam Hạ, Tân Hiệp và một phần các phường Quang "
         "Trung, Hoàng Đông cùng xã Tiên Ngoại.\n\nTrung tâm đã tiếp nhận và xử lý hơn 2.700 hồ sơ của phường.",
         2700, "phường Hà Nam"),
        # "Sau sáp nhập," takes no list: the commune after it is today's
        ("Sau sáp nhập, xã Lục Yên (tỉnh Lào Cai) đã tiếp nhận 1.200 hồ sơ.", 1200, "xã Lục Yên"),
    ],
)  # fmt: skip
def test_communes_a_commune_was_made_from_are_former_however_long_the_list(text, value, commune):
    assert fact(text, value).commune == commune


@pytest.mark.parametrize(
    ("text", "value", "province"),
    [
        # a province's name inside a person's name is no place (thirty-seventh set, issue 16)
        ("Phó Thủ tướng Nguyễn Hòa Bình yêu cầu các bộ công bố 1.200 thủ tục hành chính trực tuyến toàn trình.", 1200,
         None),
        # ... nor a province followed as an example (unseen49, issue 16)
        ("Tham khảo cách làm của các tỉnh như Đồng Tháp, Sở Nội vụ tỉnh Quảng Nam đề xuất hỗ trợ 5 triệu "
         "đồng/người/tháng cho cán bộ.", 5_000_000, "Đà Nẵng"),
        # ... nor the President's name, or a body's named after him (unseen46, issue 16)
        ("Bộ Nội vụ chuyển 381 tỷ đồng dự toán sau sắp xếp sang Học viện Chính trị quốc gia Hồ Chí Minh.",
         381_000_000_000, None),
        # ... only the President's own name: "Chủ tịch Hà Nội" is the city's chairman (review of 0.8.85)
        ("Chủ tịch Hà Nội cho biết thành phố đã tiếp nhận 5.000 hồ sơ trực tuyến.", 5000, "Hà Nội"),
        ("Tham khảo cách làm của một số địa phương như Đồng Tháp, Sở Nội vụ tỉnh Quảng Nam đề xuất hỗ trợ 5 triệu "
         "đồng/người/tháng cho cán bộ.", 5_000_000, "Đà Nẵng"),
        # ... nor a road's or an airport's name (forty-third set, issue 16)
        ("Tỉnh Gia Lai cho biết xã Bình Hiệp có cao tốc Quảng Ngãi – Quy Nhơn đi qua và đã tiếp nhận 5.000 hồ sơ.",
         5000, "Gia Lai"),
        ("UBND tỉnh Gia Lai cho biết xã gần sân bay Phù Cát, cao tốc Quy Nhơn – Quảng Ngãi, đã tiếp nhận 5.000 hồ sơ.",
         5000, "Gia Lai"),
        # ... but "yêu cầu", "điểm cầu", "cảng" name the place told of (a review of 0.9.9, helper-147)
        ("Bộ Nội vụ yêu cầu Hà Nội bố trí 300 công chức cho các phường.", 300, "Hà Nội"),
        ("Tại điểm cầu Quảng Ngãi, Giám đốc Sở Nội vụ cho biết tỉnh đã điều động 40 công chức về các xã.", 40,
         "Quảng Ngãi"),
        ("Từ cảng Đà Nẵng đến các xã miền núi, thành phố đã tăng cường 80 công chức.", 80, "Đà Nẵng"),
        # ... while the province itself, after its kind word or alone, is
        ("Tỉnh Hòa Bình cũ đã công bố 1.200 thủ tục hành chính trực tuyến toàn trình.", 1200, "Phú Thọ"),
        ("TP Hồ Chí Minh chuyển 381 tỷ đồng dự toán sau sắp xếp cho các phường.", 381_000_000_000, "Hồ Chí Minh"),
    ],
)  # fmt: skip
def test_a_provinces_name_in_a_persons_name_is_no_place(text, value, province):
    assert fact(text, value).province == province


def test_another_centre_named_later_is_not_the_communes_centre():
    # "Trung tâm y tế …" in a later sentence naming no place is another centre: its figure keeps the text's place, not
    # the commune whose public-service centre was named before (review of 0.8.57)
    assert fact(CENTRE + "Trung tâm y tế đã tiếp nhận 5.000 hồ sơ.", 5000).commune is None
    assert fact(CENTRE + "Trung tâm đã tiếp nhận 5.000 hồ sơ.", 5000).commune == "đặc khu Côn Đảo"


@pytest.mark.parametrize(
    ("text", "value", "province"),
    [
        # a ministry's own money, no place named, is central whatever province was told before (unseen46, issue 16)
        ("Dự toán sau sắp xếp bộ máy được chuyển sang thành phố Hà Nội và 6 bộ.\n\nNgoài ra, 381 tỷ đồng trong dự toán "
         "năm 2025 của Bộ Nội vụ được đề nghị chuyển sang Học viện Chính trị quốc gia sau sắp xếp.", 381_000_000_000,
         None),
        ("Dự toán sau sắp xếp bộ máy được chuyển sang thành phố Hà Nội và 6 bộ.\n\nBộ Công an được đề nghị nhận 13,5 "
         "tỷ đồng từ kinh phí chuyển giao của Bộ Thông tin và Truyền thông (cũ).", 13_500_000_000, None),
        # ... not the province's money spent as a ministry guides, nor a ministry named with no money word before it
        ("Tỉnh Gia Lai có 135 xã.\n\nTỉnh đã bố trí 40 tỷ đồng kinh phí cho các xã theo hướng dẫn của Bộ Tài chính.",
         40_000_000_000, "Gia Lai"),
        ("Tỉnh Gia Lai có 135 xã.\n\nTheo báo cáo của Bộ Nội vụ, tỉnh đã điều động 300 công chức về các xã.", 300,
         "Gia Lai"),
        # ... nor where the sentence names a local unit, or the money is a grant (a review of 0.9.14)
        ("Tỉnh Gia Lai có 135 xã.\n\nCăn cứ quyết định giao dự toán của Bộ Tài chính, tỉnh đã phân bổ 145 tỷ "
         "đồng kinh phí chi trả cho 820 người nghỉ việc.", 145_000_000_000, "Gia Lai"),
        ("Tỉnh Gia Lai có 135 xã.\n\nCông trình trụ sở dùng nguồn vốn hỗ trợ của Bộ Xây dựng, tổng kinh phí 35 tỷ "
         "đồng.", 35_000_000_000, "Gia Lai"),
    ],
)  # fmt: skip
def test_a_ministrys_own_money_is_central(text, value, province):
    assert fact(text, value).province == province


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a caption before the text names any place: the text speaks of where its photo was (a black-box probe of
        # short forms, helper-169)
        (
            "Ảnh\n\nCông chức xã Ea Kar (Đắk Lắk) hướng dẫn người dân. (Ảnh: Minh Tâm)\nXã tiếp nhận 6.210 hồ sơ.",
            ("Đắk Lắk", "xã Ea Kar"),
        ),
        # ... not after the text named its own place
        (
            "Ảnh\n\nPhường Bến Thành tiếp nhận 1.200 hồ sơ.\nCông chức xã Ea Kar (Đắk Lắk) hướng dẫn người dân. (Ảnh: "
            "Minh Tâm)\nPhường tiếp nhận thêm 300 hồ sơ trực tuyến.",
            ("Hồ Chí Minh", "phường Bến Thành"),
        ),
    ],
)
def test_a_captions_place_when_the_text_names_none_before(text, place):
    facts = extract(Article(id="t", text=text, published_at=dt.date(2025, 7, 5))).facts
    assert (facts[-1].province, facts[-1].commune) == place


def test_a_commune_past_the_figures_clause_is_the_next_figures():
    # the commune named with the first figure is unknown (a former ward): the next one, past a comma, is not its (a
    # black-box probe of 0.9.25, helper-171)
    text = (
        "Đà Nẵng còn thiếu 120 công chức cấp xã. Trong đó, phường Hòa Minh thiếu 21 người, xã Hòa Vang thiếu 18 người."
    )
    facts = extract(Article(id="t", text=text, published_at=dt.date(2025, 10, 20))).facts
    assert [(f.value, f.commune) for f in facts] == [(120, None), (21, None), (18, "xã Hòa Vang")]


def test_a_commune_after_a_pair_of_verbs_is_the_figures_own():
    # a comma inside "điều động, biệt phái" ends no clause of another figure (a review of 0.9.25, helper-172)
    text = "Đã có 300 công chức được điều động, biệt phái về xã Tân Phú, tỉnh Đồng Nai."
    facts = extract(Article(id="t", text=text, published_at=dt.date(2025, 10, 20))).facts
    assert [(f.value, f.commune) for f in facts] == [(300, "xã Tân Phú")]
