"""Procedure figures (lang/vi/procedures.py, rules/procedures.py): procedures published, put online fully or in
part, simplified, handled anywhere in the province, with their level; and procedures none of these count: left as
they were, a kind denied, services of a business, communes. Rows are sentences written after real reports; each
asserts the rule as well as the metric, value and kind."""

import pytest

ROWS = [
    # (sentence, value, kind, rule); the metric is "procedures"
    (
        "Tỉnh Khánh Hòa có 65 thủ tục hành chính được cung cấp trực tuyến toàn trình.",
        65,
        "online_full",
        "procedures.local",
    ),
    ("Thành phố Huế hiện có 1.047 dịch vụ toàn trình.", 1047, "online_full", "procedures.local"),  # "dịch vụ" + kind
    ("Năm 2025, toàn tỉnh đã cắt giảm, đơn giản hóa 146 thủ tục hành chính.", 146, "simplified", "procedures.local"),
    (
        "Theo báo cáo, thành phố đã công bố 1.142 thủ tục hành chính thực hiện phi địa giới hành chính.",
        1142,
        "location_free",
        "procedures.local",
    ),
    ("Tây Ninh: Hơn 90% thủ tục hành chính đã có dịch vụ công trực tuyến", 90, "online", "procedures.local"),
    # the count before a service's grade is still read
    ("Tỉnh Hải Phòng có 1.200 dịch vụ công trực tuyến mức độ 4.", 1200, "online", "procedures.local"),
    # a share naming its whole after "số" (thirty-second set, issue 16)
    (
        "Khối địa phương có 37% số thủ tục hành chính có dịch vụ công trực tuyến toàn trình.",
        37,
        "online_full",
        "procedures.local",
    ),
]


@pytest.mark.parametrize(("sentence", "value", "kind", "rule"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_a_procedures_figure_is_read_with_its_kind(read, sentence, value, kind, rule):
    facts = [f for f in read(sentence) if f.value is not None]
    assert [(f.metric, f.value, f.kind, f.rule) for f in facts] == [("procedures", value, kind, rule)]


NEGATIVES = [
    "Doanh nghiệp cung cấp 120 dịch vụ viễn thông.",  # "dịch vụ" without a public service's kind
    "Tỉnh còn 14 thủ tục chưa được cung cấp trực tuyến.",  # the kind denied
    # ... a few words between the denial and the kind (a black-box probe of 0.9.25, helper-171)
    "Tây Ninh còn 214 thủ tục hành chính chưa được cung cấp trực tuyến toàn trình.",
    "Ở cấp tỉnh, 312 thủ tục giữ nguyên thời gian giải quyết.",  # procedures left as they were
    "Đã có 2.318/3.321 xã, phường, đặc khu triển khai dịch vụ công trực tuyến.",  # communes
    "Phường đẩy mạnh số hóa hồ sơ và dịch vụ công trực tuyến mức độ 3, mức độ 4.",  # a service's grade
    "Danh mục mới đạt 95% số thủ tục hành chính đang cung cấp.",  # a share of procedures of no kind
]


@pytest.mark.parametrize("sentence", NEGATIVES)
def test_procedures_outside_the_metric_are_left_alone(read, sentence):
    assert [f for f in read(sentence) if f.value is not None] == []


@pytest.mark.parametrize(
    ("sentence", "read_as"),
    [
        (
            "Thành phố Hà Nội đã công bố 385 thủ tục hành chính thực hiện không phụ thuộc vào địa giới hành chính; "
            "tỉnh Ninh Bình có 1.214/1.377 thủ tục hành chính được cung cấp dịch vụ công trực tuyến.",
            [(385, None, "location_free", "procedures.local"), (1214, 1377, "online", "procedures.local")],
        ),
        (
            "Trong số này, 942 thủ tục được cung cấp dịch vụ công trực tuyến toàn trình, 611 thủ tục trực tuyến "
            "một phần.",
            [(942, None, "online_full", "procedures.local"), (611, None, "online_partial", "procedures.local")],
        ),
        # a share in brackets keeps the kind of its figure
        (
            "Nếu thực hiện đủ, sẽ có 2.051/4.888 TTHC được dự kiến cắt giảm, đơn giản hóa (tỷ lệ 42%).",
            [(2051, 4888, "simplified", "procedures.local"), (42, None, "simplified", "procedures.local")],
        ),
    ],
)
def test_kinds_of_procedures(read, sentence, read_as):
    assert [(f.value, f.total, f.kind, f.rule) for f in read(sentence)] == read_as


@pytest.mark.parametrize(
    ("sentence", "read_as"),
    [
        (
            "Tỉnh đã công bố 2.105 TTHC, trong đó cấp tỉnh 1.540 thủ tục, cấp xã 565 thủ tục.",
            [
                (2105, None, "procedures.local"),
                (1540, "province", "procedures.sibling"),
                (565, "commune", "procedures.sibling"),
            ],
        ),
        # with no kind word, the figures are procedures all the same
        (
            "Hiện tỉnh có 2.124 thủ tục hành chính (TTHC) thuộc thẩm quyền giải quyết của các cấp, gồm 1.750 TTHC cấp "
            "tỉnh và 374 TTHC cấp xã.",
            [
                (2124, None, "procedures.plain"),
                (1750, "province", "procedures.plain"),
                (374, "commune", "procedures.plain"),
            ],
        ),
    ],
)
def test_each_procedure_figure_takes_the_level_of_its_own_phrase(read, sentence, read_as):
    assert [(f.value, f.level, f.rule) for f in read(sentence)] == read_as


def test_whose_procedures_they_are_is_no_kind_but_gives_the_level(read):
    (fact,) = [
        f
        for f in read(
            "Chủ tịch UBND tỉnh ký quyết định công bố 1.726 thủ tục hành chính thuộc thẩm quyền giải quyết "
            "của các sở, ngành."
        )
        if f.metric == "procedures"
    ]
    assert (fact.kind, fact.level, fact.rule) == ("published", "province", "procedures.local")


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        # a count's change told with what it is compared with is a difference, no count of its own (a black-box probe
        # of 0.9.24, helper-167)
        ("Số thủ tục hành chính thực hiện tại cấp xã là 386 thủ tục, tăng 120 thủ tục so với trước.", [386]),
        ("Tháng 9, xã tiếp nhận 5.000 hồ sơ, tăng 1.200 hồ sơ so với tháng trước.", [5000]),
        ("Tỉnh điều động 200 công chức, tăng 50 người so với đợt 1.", [200]),
    ],
)
def test_a_counts_change_compared_is_no_count(read, sentence, values):
    assert [f.value for f in read(sentence) if f.value is not None] == values
