"""What a figure counts: staff, dossiers, procedures and shares in the wordings of the press."""

import pytest

CASES = [
    # staff
    ("Mồng 5 tháng 9, UBND tỉnh Tuyên Quang đã điều động 45 công chức về các xã.", "staff_transfer", 45),
    ("Hơn 500 cán bộ của tỉnh Vĩnh Long được điều động về các xã, phường từ ngày 1/7.", "staff_transfer", 500),
    ("Thành phố Cần Thơ luân chuyển 27 cán bộ từ các sở, ngành về phường, xã.", "staff_transfer", 27),
    ("Tỉnh Lai Châu đã đào tạo, bồi dưỡng cho gần 2.000 lượt cán bộ, công chức cấp xã.", "staff_training", 2000),
    ("Hiện toàn tỉnh Gia Lai còn thiếu khoảng 300 công chức cấp xã.", "staff_shortage", 300),
    ("Thành phố dự kiến chuyển công tác thêm 350 công chức cấp thành phố về cấp xã.", "staff_transfer", 350),
    ("Tỉnh Quảng Trị hiện thiếu hụt 412 công chức cấp xã.", "staff_shortage", 412),  # one word to underthesea
    ("Tỉnh Nghệ An đang thiếu 1.245 biên chế công chức cấp xã.", "staff_shortage", 1245),
    ("Xã Tân Long mới có 18/25 công chức, còn thiếu 7 người.", "staff_shortage", 7),  # the 18 are there
    ("Phường Buôn Hồ thiếu 6 công chức.", "staff_shortage", 6),  # underthesea joins "Buôn Hồ thiếu"
    ("Tỉnh biệt phái 2 công chức cho mỗi xã vùng cao, tổng cộng 168 người.", "staff_transfer", 168),
    ("Sở Nội vụ biệt phái về mỗi xã vùng cao, tổng cộng khoảng 160 công chức.", "staff_transfer", 160),
    # dossiers
    ("Trong tháng tám, phường Hoàn Kiếm tiếp nhận hai trăm linh tám hồ sơ.", "dossiers_received", 208),
    ("Tính đến 5/9/25, tỉnh Lào Cai đã giải quyết 7,5 nghìn hồ sơ.", "dossiers_resolved", 7500),
    ("Trung tâm phục vụ hành chính công phường Tây Hồ đã trả kết quả 1.105 hồ sơ.", "dossiers_resolved", 1105),
    ("Ngày 3 tháng 9, Tây Ninh tiếp nhận 5.820 hồ sơ trực tuyến.", "dossiers_online", 5820),
    ("Trong tháng 9, tỉnh Phú Thọ có 68,4% hồ sơ được nộp qua Cổng dịch vụ công quốc gia.", "dossiers_online", 68.4),
    ("Tỷ lệ hồ sơ giải quyết đúng hạn của thành phố Huế đạt 97,3%.", "dossiers_on_time", 97.3),
    ("Tỷ lệ giải quyết hồ sơ trước và đúng hạn đạt 98,6%.", "dossiers_on_time", 98.6),
    # procedures and time
    ("Tỉnh Khánh Hòa có 65 thủ tục hành chính được cung cấp trực tuyến toàn trình.", "procedures", 65),
    ("Tỉnh Quảng Ngãi đã cắt giảm 30% thời gian giải quyết thủ tục hành chính.", "processing_time_cut", 30),
    ("Tỷ lệ hồ sơ trực tuyến toàn trình đạt 45,8%, tăng 12% so với tháng trước.", "dossiers_online", 45.8),
    ("Tỷ lệ giải quyết đúng hạn đạt 99,5%.", "dossiers_on_time", 99.5),  # a rate needs no "hồ sơ"
    ("Thời gian giải quyết thủ tục được rút ngắn 40%.", "processing_time_cut", 40),
    ("Thời gian xử lý hồ sơ giảm trung bình 50% so với trước đây.", "processing_time_cut", 50),
    ("Toàn tỉnh còn thiếu 1.067 công chức cấp xã, chủ yếu ở lĩnh vực địa chính.", "staff_shortage", 1067),
    ("Tổng kinh phí thực hiện đề án khoảng 1.250 tỷ đồng.", "budget", 1_250_000_000_000),
    ("Tổng kinh phí thực hiện đề án 1,5 nghìn tỷ đồng.", "budget", 1_500_000_000_000),  # not "Đề án 1"
    ("Trong số 5.000 hồ sơ được tiếp nhận, đa số nộp trực tuyến.", "dossiers_received", 5000),  # "số" no id
    ("Thành phố Huế hiện có 1.047 dịch vụ toàn trình.", "procedures", 1047),  # "dịch vụ" with its kind
    # "thẩm quyền giải quyết" says whose dossiers they are, not that they were resolved
    ("Xã Phước Long tiếp nhận 1.200 hồ sơ thuộc thẩm quyền giải quyết của cấp xã.", "dossiers_received", 1200),
    # the words after "tổng số" name the share's base, not what it counts
    ("Tỷ lệ hồ sơ nộp trực tuyến chiếm 84,5% tổng số hồ sơ tiếp nhận.", "dossiers_online", 84.5),
    ("Xã Hòa Vang tiếp nhận 1.326 hồ sơ, tăng 212 hồ sơ so với tháng 9.", "dossiers_received", 1326),  # a change
    # the field's abbreviations stand for their nouns (lang/vi/abbreviations.py)
    ("Tỉnh Bắc Ninh hiện cung cấp 846 DVCTT toàn trình.", "procedures", 846),
    ("Xã Mường Nhé còn thiếu 14 CBCC có chuyên môn về đất đai.", "staff_shortage", 14),
    ("Tỉnh đã điều động 1.150 CBCCVC về các xã, phường.", "staff_transfer", 1150),
    ("Thành phố đã công bố 2.105 TTHC thuộc thẩm quyền cấp xã.", "procedures", 2105),
    ("Tỷ lệ hồ sơ DVCTT của phường đạt 76,4%.", "dossiers_online", 76.4),
    # count nouns beyond cán bộ
    ("Tỉnh cử 45 cán bộ đi học thạc sĩ về quản lý công.", "staff_training", 45),
    ("Lớp bồi dưỡng khóa I có 120 học viên là công chức cấp xã.", "staff_training", 120),
    ("Bộ CHQS tỉnh điều động 86 sĩ quan về Ban CHQS các xã, phường.", "staff_transfer", 86),
    ("Về đào tạo sau đại học, tỉnh cử 14 người đi học tiến sĩ.", "staff_training", 14),
    ("Năm nay 63 cán bộ của phường đã tham gia các khóa học về chuyển đổi số.", "staff_training", 63),
    # within the time limit is on time
    ("Tỉ lệ giải quyết hồ sơ trong hạn của xã đạt 97,8%.", "dossiers_on_time", 97.8),
]


@pytest.mark.parametrize(("sentence", "metric", "value"), CASES, ids=[c[1] + str(c[2]) for c in CASES])
def test_a_figure_is_read_as_its_metric(read, sentence, metric, value):
    assert [(f.metric, f.value) for f in read(sentence) if f.value is not None] == [(metric, value)]


def test_a_share_with_its_own_cue_is_not_a_share_of_the_figure_before(read):
    facts = read("Xã Hòa Vang tiếp nhận 2.340 hồ sơ, trong đó hồ sơ trực tuyến chiếm 61,2%.")
    assert [(f.metric, f.value) for f in facts] == [("dossiers_received", 2340), ("dossiers_online", 61.2)]


def test_a_share_after_chiem_is_of_the_figure_before(read):
    facts = read("Tỉnh tiếp nhận hơn 246.900 hồ sơ, đã giải quyết hơn 233.000 hồ sơ, chiếm 94,7%.")
    assert [(f.metric, f.value) for f in facts][-1] == ("dossiers_resolved", 94.7)


def test_kinds_of_procedures(read):
    facts = read(
        "Thành phố Hà Nội đã công bố 385 thủ tục hành chính thực hiện không phụ thuộc vào địa giới hành chính; "
        "tỉnh Ninh Bình có 1.214/1.377 thủ tục hành chính được cung cấp dịch vụ công trực tuyến."
    )
    assert [(f.value, f.total, f.kind) for f in facts] == [(385, None, "location_free"), (1214, 1377, "online")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sau sắp xếp, tỉnh Quảng Trị dôi dư 1.250 cán bộ, công chức.",  # surplus is not a metric of the spec
        "Có 12/12 xã đã đưa Trung tâm phục vụ hành chính công vào hoạt động.",  # communes, not staff
        "Phường Bến Nghé có 3.500 người dân đến làm thủ tục.",  # citizens, not officials
        "Liên hệ đường dây nóng 0912.345.678 để được hướng dẫn nộp hồ sơ.",  # a phone number
        "Dự kiến đến cuối năm, tỉnh Điện Biên tuyển dụng 220 công chức.",  # recruitment
        "Bình quân mỗi xã tiếp nhận khoảng 40-50 hồ sơ/ngày.",  # a rate per day, not a count
        "Số hồ sơ trực tuyến tăng 12% so với tháng trước.",  # a change, not a level
        "Tỷ lệ hộ nghèo giảm còn 2,1%.",  # a rate, but not of the reform's work
        "Tỷ lệ tiêm chủng đạt 98%.",
        "Hiện còn 12.300 hồ sơ đang giải quyết.",  # pending, not resolved
        "Số hồ sơ chưa giải quyết là 1.200 hồ sơ.",
        "Tỉnh tuyển dụng bổ sung 410 công chức cấp xã.",  # hiring, not a transfer
        "Các phường Sài Gòn, Bến Thành mỗi phường được tăng cường từ 5 đến 7 công chức.",  # per commune
        "Mỗi xã bố trí bình quân 32 cán bộ, công chức.",  # an average
        "Tỉnh có khoảng 200 cán bộ còn thiếu nhà ở công vụ.",  # officials lacking housing, not lacking
        "Thành phố Đà Nẵng đã bố trí nhà công vụ cho hơn 300 cán bộ, công chức.",  # houses, does not move
        "Đã có 2.318/3.321 xã, phường, đặc khu triển khai dịch vụ công trực tuyến.",  # communes
        "Hiện còn 8.309 hồ sơ đang trong thời hạn giải quyết.",  # still open
        "Tỷ lệ thanh toán trực tuyến đạt 45%.",  # a rate of payments, not of dossiers
        "Tỷ lệ số hóa hồ sơ đạt 95%.",  # of digitisation
        "Phường đã tiếp nhận hồ sơ, đạt 100% kế hoạch.",  # of a plan
        "Tỷ lệ hồ sơ trực tuyến đạt 80% chỉ tiêu được giao.",
        "Doanh nghiệp cung cấp 120 dịch vụ viễn thông.",  # "dịch vụ" without a public service's kind
        "Tỉnh còn 14 thủ tục chưa được cung cấp trực tuyến.",  # the kind denied
        "Còn 1.200 hồ sơ chưa được giải quyết.",
        "UBND tỉnh ban hành 12 văn bản chỉ đạo CCHC.",  # documents about reform, not procedures
        "HĐND tỉnh có 85 đại biểu.",  # a body's abbreviation counts nothing
        "Trường Đại học Luật có 500 học viên cao học.",  # students, no official
        "Sở Nội vụ đã tiếp nhận 1.312 hồ sơ xin nghỉ theo Nghị định 178.",  # officials' own requests to leave
        "Tòa án đã thụ lý 240 hồ sơ vụ án hành chính.",  # court cases
        "Ở cấp tỉnh, 312 thủ tục giữ nguyên thời gian giải quyết.",  # procedures left as they were
        "Tỉnh đã cắt giảm 58 điều kiện kinh doanh, đạt tỷ lệ 27%.",  # business conditions, not procedures
        "Đơn vị có 30 sĩ quan trẻ mới ra trường.",  # officers, not moved
        "Tỉnh cử 5 người tham gia đoàn kiểm tra liên ngành.",  # sent, not to study: no staff word
    ],
)
def test_figures_outside_the_metrics_are_left_alone(read, sentence):
    assert [f for f in read(sentence) if f.value is not None] == []


def test_a_batch_added_to_earlier_ones_is_marked_additional(read):
    facts = read("Sở Nội vụ tiếp tục điều động, biệt phái thêm 140 trường hợp, trong đó có 39 chuyên ngành kế toán.")
    # the 39 are part of the batch: a batch too (issue 13), with the specialty that tells them apart
    assert [(f.value, f.kind, f.specialty, f.count_kind) for f in facts] == [
        (140, "additional", None, "batch"),
        (39, "additional", "kế toán", "batch"),
    ]


@pytest.mark.parametrize(
    ("sentence", "levels"),
    [
        (
            "Toàn tỉnh đã điều động 1.236 cán bộ, công chức cấp tỉnh về công tác tại 69 xã, phường.",
            ("province", "commune"),
        ),
        ("Tỉnh biệt phái 30 cán bộ xuống cơ sở.", (None, "commune")),
        ("Tỉnh điều động 12 cán bộ giữa các sở.", (None, None)),
        # communes with a surplus give to those short: between communes, whatever the destination's wording
        ("Sở Nội vụ đã điều động 41 công chức từ các xã, phường dôi dư sang các xã còn thiếu.", ("commune", "commune")),
        (
            "Tỉnh đã điều động 64 công chức từ các phường dôi dư đến làm việc tại các xã vùng cao.",
            ("commune", "commune"),
        ),
    ],
)
def test_where_staff_come_from_and_go(read, sentence, levels):
    (fact,) = read(sentence)
    assert (fact.from_level, fact.to_level) == levels


def test_each_procedure_figure_takes_the_level_of_its_own_phrase(read):
    facts = read("Tỉnh đã công bố 2.105 TTHC, trong đó cấp tỉnh 1.540 thủ tục, cấp xã 565 thủ tục.")
    assert [(f.value, f.level) for f in facts] == [(2105, None), (1540, "province"), (565, "commune")]


@pytest.mark.parametrize(
    ("sentence", "read_as"),
    [
        # the verb after "và" is the next figure's
        (
            "Tính đến ngày 15/9, tỉnh Gia Lai tiếp nhận 1.200 hồ sơ và giải quyết 1.150 hồ sơ.",
            [("dossiers_received", 1200), ("dossiers_resolved", 1150)],
        ),
        (
            "Phường Ba Đình đã tiếp nhận 3.418 hồ sơ và trả kết quả 3.102 hồ sơ trong tháng 8.",
            [("dossiers_received", 3418), ("dossiers_resolved", 3102)],
        ),
        # no figure after: both words are this figure's
        ("Có 99,1% hồ sơ được giải quyết trước và đúng hạn.", [("dossiers_on_time", 99.1)]),
        ("Xã Ea Kao tiếp nhận 640 hồ sơ trực tuyến và trực tiếp.", [("dossiers_online", 640)]),
    ],
)
def test_two_figures_joined_by_va_keep_their_own_verbs(read, sentence, read_as):
    assert [(f.metric, f.value) for f in read(sentence) if f.value is not None] == read_as


@pytest.mark.parametrize(
    ("sentence", "read_as"),
    [
        (
            "Xã Mường Hum đã giải quyết được 1.050 trên tổng số 1.100 hồ sơ tiếp nhận.",
            [("dossiers_resolved", 1050, 1100)],
        ),
        # the words after the whole are the whole's; the share after a comma is of the figure before
        (
            "Tỉnh Tây Ninh đã giải quyết 286.540 hồ sơ trên tổng số 295.100 hồ sơ tiếp nhận, đạt tỷ lệ 97,1%.",
            [("dossiers_resolved", 286540, 295100), ("dossiers_resolved", 97.1, None)],
        ),
        ("Phường đã trả kết quả 980 trong tổng số 1.020 hồ sơ.", [("dossiers_resolved", 980, 1020)]),
    ],
)
def test_a_whole_named_in_words_is_the_total(read, sentence, read_as):
    assert [(f.metric, f.value, f.total) for f in read(sentence)] == read_as


def test_a_rate_after_a_semicolon_does_not_borrow_the_metric_before(read):
    facts = read("Tỷ lệ hồ sơ trực tuyến toàn trình đạt 72,5%; tỷ lệ số hóa hồ sơ đạt 95%.")
    assert [(f.metric, f.value) for f in facts] == [("dossiers_online", 72.5)]


def test_whose_procedures_they_are_is_no_kind_but_gives_the_level(read):
    (fact,) = [
        f
        for f in read(
            "Chủ tịch UBND tỉnh ký quyết định công bố 1.726 thủ tục hành chính thuộc thẩm quyền giải quyết "
            "của các sở, ngành."
        )
        if f.metric == "procedures"
    ]
    assert (fact.kind, fact.level) == ("published", "province")


@pytest.mark.parametrize(
    ("sentence", "read_as"),
    [
        ("Đến nay, tỉnh Hà Tĩnh có 90% hồ sơ được số hóa và 80% hồ sơ nộp trực tuyến.", [("dossiers_online", 80)]),
        ("Tỉnh Quảng Trị có 100% hồ sơ được số hóa và 90% hồ sơ giải quyết đúng hạn.", [("dossiers_on_time", 90)]),
        ("Tỷ lệ số hóa hồ sơ đạt 95%.", []),  # a step no metric counts
        ("Có 1.250 hồ sơ được thanh toán phí trực tuyến.", []),
    ],
)
def test_a_figure_of_another_step_is_no_metric_and_lends_nothing(read, sentence, read_as):
    assert [(f.metric, f.value) for f in read(sentence) if f.value is not None] == read_as
