"""Percentages (lang/vi/shares.py, rules/shares.py): a cut in processing time, a share of the figure before it; and
percentages no metric counts: a change, a plan's fulfilment, a rate of payments, digitisation, poverty or
vaccination, business conditions. A share of dossiers or procedures with its own cue is in test_dossiers.py and
test_procedures.py. Rows are sentences written after real reports; each asserts the rule as well as the metric and
value."""

import datetime as dt

import pytest

ROWS = [
    # (sentence, metric, value, rule)
    (
        "Thủ tục chấp thuận chủ trương đầu tư giảm từ 20 ngày làm việc xuống còn 12 ngày làm việc, tức giảm 40%.",
        "processing_time_cut",
        40,
        "shares.time_cut",
    ),
    (
        "Tỉnh Quảng Ngãi đã cắt giảm 30% thời gian giải quyết thủ tục hành chính.",
        "processing_time_cut",
        30,
        "shares.time_cut",
    ),
    ("Thời gian giải quyết thủ tục được rút ngắn 40%.", "processing_time_cut", 40, "shares.time_cut"),
    # a range of cuts is one figure, its lower end the value (numbers.py: "từ 30% đến 60%")
    (
        "Các thủ tục này được cắt giảm từ 30% đến 60% thời gian giải quyết so với trước đây.",
        "processing_time_cut",
        30,
        "shares.time_cut",
    ),
    ("Thời gian xử lý hồ sơ giảm trung bình 50% so với trước đây.", "processing_time_cut", 50, "shares.time_cut"),
    (
        "Yêu cầu đặt ra cho năm 2025 là các bộ, tỉnh cắt giảm ít nhất 30% thời gian thực hiện TTHC.",
        "processing_time_cut",
        30,
        "shares.time_cut",
    ),
    # one cut of several objects, the time among them
    (
        "Thủ tướng yêu cầu cắt giảm tối thiểu 30% điều kiện kinh doanh, chi phí tuân thủ và thời gian thực hiện TTHC.",
        "processing_time_cut",
        30,
        "shares.time_cut",
    ),
    # the cuts of costs and conditions after the time's are not the time's
    (
        "Mục tiêu cắt giảm ít nhất 50% thời gian giải quyết thủ tục hành chính, ít nhất 30% chi phí tuân thủ và ít "
        "nhất 30% điều kiện kinh doanh.",
        "processing_time_cut",
        50,
        "shares.time_cut",
    ),
]


@pytest.mark.parametrize(("sentence", "metric", "value", "rule"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_a_cut_in_processing_time_is_read(read, sentence, metric, value, rule):
    assert [(f.metric, f.value, f.rule) for f in read(sentence) if f.value is not None] == [(metric, value, rule)]


NEGATIVES = [
    "Số ngày làm việc của bộ phận một cửa tăng 10%.",  # a rise, not a cut
    # a share of the figure before, which counts business conditions, not procedures
    "Các bộ đã bãi bỏ 1.430/5.212 điều kiện kinh doanh, tức 27,4%.",
    "Số hồ sơ trực tuyến tăng 12% so với tháng trước.",  # a change, not a level
    "Tỷ lệ hộ nghèo giảm còn 2,1%.",  # a rate, but not of the reform's work
    "Tỷ lệ tiêm chủng đạt 98%.",
    "Tỷ lệ thanh toán trực tuyến đạt 45%.",  # a rate of payments, not of dossiers
    "Tỷ lệ số hóa hồ sơ đạt 95%.",  # of digitisation
    # of digitisation, whatever else its list of objects names (twentieth set, issue 16)
    "Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 91,02%.",
    "Phường đã tiếp nhận hồ sơ, đạt 100% kế hoạch.",  # of a plan
    "Tỷ lệ hồ sơ trực tuyến đạt 80% chỉ tiêu được giao.",
    "Tỉnh đã cắt giảm 58 điều kiện kinh doanh, đạt tỷ lệ 27%.",  # business conditions, not procedures
]


@pytest.mark.parametrize("sentence", NEGATIVES)
def test_percentages_outside_the_metrics_are_left_alone(read, sentence):
    assert [f for f in read(sentence) if f.value is not None] == []


@pytest.mark.parametrize(
    ("sentence", "read_as"),
    [
        (
            "Tỉnh tiếp nhận hơn 246.900 hồ sơ, đã giải quyết hơn 233.000 hồ sơ, chiếm 94,7%.",
            [
                ("dossiers_received", 246900, "dossiers.local"),
                ("dossiers_resolved", 233000, "dossiers.local"),
                ("dossiers_resolved", 94.7, "shares.of_previous"),
            ],
        ),
        (
            "Tính từ ngày 1 đến 5/7/2025, đặc khu tiếp nhận 259 hồ sơ TTHC, trong đó 186 hồ sơ trực tuyến, đạt tỷ lệ "
            "71,8%.",
            [
                ("dossiers_received", 259, "dossiers.local"),
                ("dossiers_online", 186, "dossiers.local"),
                ("dossiers_online", 71.8, "shares.of_previous"),
            ],
        ),
        (
            "Tính đến ngày 10-8, Tây Ninh đã tích hợp, cung cấp 1.742 dịch vụ công trực tuyến trên Cổng dịch vụ công "
            "quốc gia, chiếm 91,3% tổng số thủ tục hành chính của tỉnh.",
            [("procedures", 1742, "procedures.local"), ("procedures", 91.3, "shares.of_previous")],
        ),
        # a share naming a whole of another family than the figure before is no share of it: the dossiers a
        # group of procedures brings is a breakdown no metric counts
        (
            "Trong đó, 461 thủ tục có thời hạn giải quyết từ 2 ngày trở lên và phát sinh nhiều hồ sơ (chiếm 50,56% "
            "tổng số hồ sơ).",
            [("procedures", 461, "procedures.local")],
        ),
        (
            "Tỉnh có 54 thủ tục giải quyết trong ngày, chiếm 43,55% số hồ sơ.",
            [("procedures", 54, "procedures.local")],
        ),
        # a channel's share of the dossiers received, at the counter or by post: receiving has counts only
        (
            "Tỉnh tiếp nhận 68.120 hồ sơ, trong đó 29.450 hồ sơ nộp trực tiếp tại bộ phận một cửa (chiếm 43,2%).",
            [("dossiers_received", 68120, "dossiers.local"), ("dossiers_received", 29450, "dossiers.local")],
        ),
        (
            "Tiếp nhận qua dịch vụ bưu chính công ích: 1.540 hồ sơ (0,3%).",
            [("dossiers_received", 1540, "dossiers.local")],
        ),
        (
            "Trung tâm đã tiếp nhận 12.400 hồ sơ trực tiếp, chiếm 38% tổng số hồ sơ.",
            [("dossiers_received", 12400, "dossiers.local")],
        ),
        # the online channel's share is dossiers_online
        (
            "Tiếp nhận trực tuyến: 310.000 hồ sơ (59,7%).",
            [("dossiers_online", 310000, "dossiers.local"), ("dossiers_online", 59.7, "dossiers.sibling")],
        ),
        # the same whole as the figure before: its share
        (
            "Tỉnh đã giải quyết 95.318 hồ sơ, đạt 97,2% số hồ sơ tiếp nhận.",
            [("dossiers_resolved", 95318, "dossiers.local"), ("dossiers_resolved", 97.2, "shares.of_previous")],
        ),
    ],
)
def test_a_share_after_chiem_is_of_the_figure_before(read, sentence, read_as):
    assert [(f.metric, f.value, f.rule) for f in read(sentence)] == read_as


@pytest.mark.parametrize(
    ("sentence", "read_as"),
    [
        # the whole named after the share: the share of the figure before
        (
            "Các trung tâm đã giải quyết 95.318 hồ sơ, đạt 97,2% số hồ sơ tiếp nhận.",
            [("dossiers_resolved", 95318, "dossiers.local"), ("dossiers_resolved", 97.2, "shares.of_previous")],
        ),
        # after a bare comma, the share's own words naming another step: its own
        (
            "Trung tâm tiếp nhận 5.214 hồ sơ, giải quyết 5.127 hồ sơ, 64,7% hồ sơ được nộp trực tuyến.",
            [
                ("dossiers_received", 5214, "dossiers.local"),
                ("dossiers_resolved", 5127, "dossiers.local"),
                ("dossiers_online", 64.7, "dossiers.local"),
            ],
        ),
        (
            "Phường đã giải quyết 6.190/6.258 hồ sơ, 93,6% được giải quyết trước hạn.",
            [("dossiers_resolved", 6190, "dossiers.local"), ("dossiers_on_time", 93.6, "dossiers.local")],
        ),
        # after ";" the figure before lends nothing, unless the clause breaks it down ("trong đó")
        (
            "Tỉnh đã tích hợp 1.056 dịch vụ công trực tuyến; trong 9 tháng, tỷ lệ hồ sơ trực tuyến toàn tỉnh "
            "đạt 61,8%.",
            [("procedures", 1056, "procedures.local"), ("dossiers_online", 61.8, "dossiers.local")],
        ),
        # dossiers named by their results: a share of dossiers, whatever procedures the words name after
        (
            "Các xã phải bảo đảm 100% kết quả giải quyết thủ tục hành chính được trả trước hạn hoặc đúng hạn.",
            [("dossiers_on_time", 100, "dossiers.local")],
        ),
        # a rate naming its own count noun after a figure of another family (twentieth set, issue 16)
        (
            "Tỉnh có 837 dịch vụ công trực tuyến toàn trình, tỷ lệ hồ sơ trực tuyến cấp xã đạt 74,57%.",
            [("procedures", 837, "procedures.local"), ("dossiers_online", 74.57, "dossiers.local")],
        ),
        (
            "Tỉnh tiếp nhận 5.214 hồ sơ trực tuyến, tỷ lệ thủ tục được cung cấp trực tuyến toàn trình đạt 60%.",
            [("dossiers_online", 5214, "dossiers.local"), ("procedures", 60, "procedures.local")],
        ),
        # a share of procedures stays theirs
        (
            "Tỉnh phấn đấu 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình.",
            [("procedures", 100, "procedures.local")],
        ),
    ],
)
def test_whose_share_a_percentage_is(read, sentence, read_as):
    assert [(f.metric, f.value, f.rule) for f in read(sentence)] == read_as


def test_a_share_with_its_own_cue_is_not_a_share_of_the_figure_before(read):
    facts = read("Xã Hòa Vang tiếp nhận 2.340 hồ sơ, trong đó hồ sơ trực tuyến chiếm 61,2%.")
    assert [(f.metric, f.value, f.rule) for f in facts] == [
        ("dossiers_received", 2340, "dossiers.local"),
        ("dossiers_online", 61.2, "dossiers.local"),
    ]


def test_a_share_with_its_own_noun_after_a_time_cut_is_of_that_noun(read):
    facts = read(
        "Tỉnh cắt giảm 30% thời gian giải quyết thủ tục, đồng thời bảo đảm 100% TTHC liên quan đến doanh nghiệp "
        "được thực hiện trực tuyến."
    )
    assert [(f.metric, f.value, f.rule) for f in facts] == [
        ("processing_time_cut", 30, "shares.time_cut"),
        ("procedures", 100, "procedures.local"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a league table under a lead ranking it after the leader (sixth set, issue 16)
            "Năm 2024, Bắc Ninh xử lý trực tuyến toàn trình 61,2% hồ sơ thủ tục hành chính.\n\n"
            "Các địa phương xếp sau:\n- Hải Phòng: 57,4%\n- Huế: 54,1%",
            [(61.2, "dossiers.local"), (57.4, "shares.ranked"), (54.1, "shares.ranked")],
        ),
        (
            "Tỷ lệ hồ sơ giải quyết đúng hạn của Lâm Đồng đạt 98,6%, dẫn đầu khu vực.\n\n"
            "Tiếp theo lần lượt là:\n- Đắk Lắk: 97,9%\n- Gia Lai: 96,3%",
            [(98.6, "dossiers.local"), (97.9, "shares.ranked"), (96.3, "shares.ranked")],
        ),
    ],
)
def test_a_list_ranked_after_a_leader_goes_on_in_its_share(read, text, expected):
    facts = read(text)
    assert [(f.value, f.rule) for f in facts] == expected
    assert len({f.metric for f in facts}) == 1
    assert all(f.as_of == facts[0].as_of for f in facts)  # told for the leader's year


@pytest.mark.parametrize(
    "text",
    [
        # no share told before the ranked list: nothing to go on in
        "Kết quả xếp hạng năm nay.\n\nCác địa phương xếp sau:\n- Hải Phòng: 57,4%\n- Huế: 54,1%",
        # a list whose lead ranks nothing: the growth of the economy is no metric
        "Năm 2024, Bắc Ninh xử lý trực tuyến toàn trình 61,2% hồ sơ.\n\nTăng trưởng kinh tế:\n- Hải Phòng: 11,1%",
    ],
)
def test_a_list_that_ranks_no_share_told_before_is_no_metric(read, text):
    assert [f.rule for f in read(text) if f.rule == "shares.ranked"] == []


def test_a_clause_opening_on_a_block_breaks_down_the_share_before(read):
    facts = read(
        "Tính đến cuối năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình của cả nước mới đạt 45,8%, chưa đạt mục tiêu 50%; "
        "khối bộ, ngành đạt 63,47% (mục tiêu 70%), khối tỉnh, thành phố đạt 18,54% (mục tiêu 30%).",
        published=dt.date(2025, 1, 15),
    )
    assert [(f.value, f.metric, f.status) for f in facts] == [
        (45.8, "dossiers_online", "done"),
        (50, "dossiers_online", "target"),
        (63.47, "dossiers_online", "done"),  # a result, not in the state of the target it was measured against
        (70, "dossiers_online", "target"),
        (18.54, "dossiers_online", "done"),  # the bracket's target is its own figure's only
        (30, "dossiers_online", "target"),
    ]


def test_a_share_of_the_measure_its_sentence_names_back(read):
    # "ở chỉ tiêu này" names the share told before; the places reaching it get it one by one, done (no target:
    # lang/vi/shares.py MEASURE_NAMED_BACK; twentieth set, issue 16)
    facts = read(
        "Bắc Ninh đã cung cấp trực tuyến 100% thủ tục hành chính liên quan đến doanh nghiệp. Cả nước có 25/34 tỉnh "
        "đạt trên 90% ở chỉ tiêu này, trong đó Cà Mau và Ninh Bình đã đạt 100%."
    )
    assert [(f.metric, f.value, f.province, f.status) for f in facts if f.value == 100] == [
        ("procedures", 100, "Bắc Ninh", "done"),
        ("procedures", 100, "Cà Mau", "done"),
        ("procedures", 100, "Ninh Bình", "done"),
    ]
    # with no such words, a share naming no noun after a share of procedures is still nobody's
    assert [f.value for f in read("Bắc Ninh đã cung cấp trực tuyến 100% thủ tục. Cả nước có 25 tỉnh đạt 90%.")] == [100]


def test_a_table_rows_label_names_a_dossier_share(read):
    # the row's first cell is the rate's name (twenty-fourth set, issue 16)
    text = (
        "Chỉ tiêu | Kết quả\nXã nộp trực tuyến cao nhất | xã Phú Vang đạt 99,59%\n"
        "Đúng hạn cao nhất | phường Hương An đạt 91%"
    )
    assert [(f.metric, f.value) for f in read(text)] == [("dossiers_online", 99.59), ("dossiers_on_time", 91)]
    # a row naming no step of dossiers is nobody's share
    assert [f.value for f in read("Chỉ tiêu | Kết quả\nXã có nhiều khách du lịch nhất | xã Phú Vang đạt 40%")] == []


@pytest.mark.parametrize(
    ("text", "read_as"),
    [
        # a channel's label under a line counting dossiers names its share (issue 16, an infographic's lines)
        (
            "Kết quả tháng 9/2025 của tỉnh:\n- Hồ sơ tiếp nhận: 18.300\n- Trực tuyến: 76%",
            [("dossiers_received", 18300), ("dossiers_online", 76)],
        ),
        # ... past a line of another rate of dossiers
        (
            "Kết quả tháng 9/2025 của tỉnh:\n- Hồ sơ tiếp nhận: 18.300\n- Đúng hạn: 98%\n- Trực tuyến: 76%",
            [("dossiers_received", 18300), ("dossiers_on_time", 98), ("dossiers_online", 76)],
        ),
        # under no line of dossiers, a label naming more than the channel, or a channel of documents, it names none
        (
            "Kết quả tháng 9/2025 của tỉnh:\n- Hồ sơ tiếp nhận: 18.300\n- Họp trực tuyến: 90%",
            [("dossiers_received", 18300)],
        ),
        # a line of something else between (the review of 0.8.94)
        (
            "Kết quả tháng 9/2025 của tỉnh:\n- Hồ sơ tiếp nhận: 18.300\n- Thủ tục hành chính: 1.200\n- Trực tuyến: 60%",
            [("dossiers_received", 18300), ("procedures", 1200)],
        ),
        ("Kết quả tháng 9/2025 của tỉnh:\n- Cuộc họp: 12\n- Trực tuyến: 76%", []),
        (
            "Kết quả tháng 9/2025 của tỉnh:\n- Hồ sơ tiếp nhận: 18.300\n- Văn bản điện tử: 100%",
            [("dossiers_received", 18300)],
        ),
    ],
)
def test_a_channels_label_under_a_line_of_dossiers_names_its_share(read, text, read_as):
    assert [(f.metric, f.value) for f in read(text) if f.value is not None] == read_as


@pytest.mark.parametrize(
    ("sentence", "read_as"),
    [
        # the result of an aim, in a clause of its own after a semicolon, naming nothing (issue 16)
        (
            "Tỉnh đặt chỉ tiêu 90% hồ sơ được giải quyết trực tuyến; đến nay đã đạt 86%.",
            [("dossiers_online", 90, "target"), ("dossiers_online", 86, "done")],
        ),
        # a clause naming its own rate, or no aim before, keeps its own reading
        (
            "Tỉnh cung cấp 1.056 dịch vụ công trực tuyến; trong 9 tháng, tỷ lệ hồ sơ trực tuyến đạt 61,8%.",
            [("procedures", 1056, "done"), ("dossiers_online", 61.8, "done")],
        ),
        ("Tỉnh tiếp nhận 90% hồ sơ trực tuyến; đến nay đã đạt 86%.", [("dossiers_online", 90, "done")]),
    ],
)
def test_the_result_of_an_aim_after_a_semicolon(read, sentence, read_as):
    assert [(f.metric, f.value, f.status) for f in read(sentence) if f.value is not None] == read_as
