"""Documents cited by number (lang/vi/documents.py, rules/documents.py): their kind, number and
symbol, issuer and date; a kind with no number is no citation. Each row asserts the rule as well."""

import datetime as dt

import pytest


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a zero-padded number with its issue date is a document cited, not a programme's name (seventy-eighth set)
        (
            "Việc cung cấp dịch vụ công phải bám sát Kế hoạch 02 ngày 19/6/2025 của Ban Chỉ đạo Trung ương.",
            ("kế hoạch", "02", "Ban Chỉ đạo Trung ương", dt.date(2025, 6, 19)),
        ),
        (
            "Ban Thường vụ Tỉnh ủy Hưng Yên ban hành Kết luận số 35-KL/TU ngày 10/8/2025.",
            ("kết luận", "35-KL/TU", "Ban Thường vụ Tỉnh ủy Hưng Yên", dt.date(2025, 8, 10)),
        ),
        (
            "Ngày 8/9, Chủ tịch UBND tỉnh Phú Thọ đã ký ban hành Quyết định số 2145/QĐ-UBND về việc biệt phái.",
            ("quyết định", "2145/QĐ-UBND", "Chủ tịch UBND tỉnh Phú Thọ", dt.date(2025, 9, 8)),
        ),
        # the date that opens the issuer's clause is the document's; "thông qua" issues a resolution
        (
            "Ngày 15/8/2025, HĐND tỉnh Tây Ninh thông qua Nghị quyết số 45/NQ-HĐND về chính sách hỗ trợ.",
            ("nghị quyết", "45/NQ-HĐND", "HĐND tỉnh Tây Ninh", dt.date(2025, 8, 15)),
        ),
        (
            "Văn bản số 2870/UBND-KSTT ngày 12 tháng 8 năm 2025 của UBND tỉnh Tây Ninh hướng dẫn tiếp nhận hồ sơ.",
            ("văn bản", "2870/UBND-KSTT", "UBND tỉnh Tây Ninh", dt.date(2025, 8, 12)),
        ),
        # the issuer's name ends at the verb that follows it
        (
            "Nghị quyết 66/NQ-CP của Chính phủ yêu cầu cắt giảm 30% chi phí tuân thủ.",
            ("nghị quyết", "66/NQ-CP", "Chính phủ", None),
        ),
        ("Công văn số 03/CV-BCĐ của Ban Chỉ đạo giao các xã báo cáo.", ("công văn", "03/CV-BCĐ", "Ban Chỉ đạo", None)),
        # ... the reform's acts the document does, its figures after them (a black-box probe of 0.9.24, helper-167)
        (
            "Quyết định số 2210/QĐ-UBND ngày 15/8/2025 của UBND tỉnh Lào Cai điều động 64 công chức về các xã.",
            ("quyết định", "2210/QĐ-UBND", "UBND tỉnh Lào Cai", dt.date(2025, 8, 15)),
        ),
        (
            "Nghị quyết 09/2025/NQ-HĐND của HĐND tỉnh Lai Châu hỗ trợ 2 triệu đồng/người/tháng cho cán bộ biệt phái.",
            ("nghị quyết", "09/2025/NQ-HĐND", "HĐND tỉnh Lai Châu", None),
        ),
        (
            "Theo Công văn 4567/BNV-CQĐP ngày 5/9/2025 của Bộ Nội vụ, các địa phương phải báo cáo.",
            ("công văn", "4567/BNV-CQĐP", "Bộ Nội vụ", dt.date(2025, 9, 5)),
        ),
        ("Thủ tướng Chính phủ ban hành Chỉ thị 20/CT-TTg.", ("chỉ thị", "20/CT-TTg", "Thủ tướng Chính phủ", None)),
        ("Thực hiện Nghị định 150/2025/NĐ-CP về tổ chức.", ("nghị định", "150/2025/NĐ-CP", None, None)),
        # a law, its name between its kind and "số", or none
        (
            "Tỉnh thực hiện theo Luật Tổ chức chính quyền địa phương số 72/2025/QH15.",
            ("luật", "72/2025/QH15", None, None),
        ),
        (
            "Theo Luật số 56/2024/QH15 ngày 29/11/2024 của Quốc hội, xã được bổ sung ngân sách.",
            ("luật", "56/2024/QH15", "Quốc hội", dt.date(2024, 11, 29)),
        ),
        # another document named before "số" is cited by its own kind
        ("Tỉnh ban hành Quyết định phê duyệt đề án số 12/QĐ-UBND.", ("đề án", "12/QĐ-UBND", None, None)),
        # a number alone as issued, or a zero-padded one with its symbol: documents cited
        ("Triển khai Kế hoạch 196 của UBND tỉnh về sắp xếp.", ("kế hoạch", "196", "UBND tỉnh", None)),
        ("Thực hiện Kế hoạch số 02-KH/BCĐTW về chuyển đổi số.", ("kế hoạch", "02-KH/BCĐTW", None, None)),
        # a zero-padded number after "số" is one as issued (twenty-fifth set, issue 16)
        ("Số hóa hồ sơ theo Thông tư số 01 của Văn phòng Chính phủ.", ("thông tư", "01", "Văn phòng Chính phủ", None)),
        # a dotted number before its symbol
        (
            "Nghị quyết số 66.7/2025/NQ-CP ngày 15/11/2025 của Chính phủ quy định việc cắt giảm.",
            ("nghị quyết", "66.7/2025/NQ-CP", "Chính phủ", dt.date(2025, 11, 15)),
        ),
        # the Party's and the committees' other numbered texts, with "số" or a symbol (twenty-seventh set, issue 16)
        (
            "Kế hoạch cụ thể hóa Chương trình hành động số 16-CTr/TU của Tỉnh ủy Ninh Bình về sắp xếp bộ máy.",
            ("chương trình hành động", "16-CTr/TU", "Tỉnh ủy Ninh Bình", None),
        ),
        ("Theo Báo cáo số 41/BC-UBND, thành phố đã tiếp nhận 1.200 hồ sơ.", ("báo cáo", "41/BC-UBND", None, None)),
        (
            "Tỉnh ủy Cà Mau ban hành Quy định 39-QĐ/TU về tiêu chuẩn cán bộ.",
            ("quy định", "39-QĐ/TU", "Tỉnh ủy Cà Mau", None),
        ),
    ],
)
def test_a_cited_document(read, sentence, expected):
    (document,) = [f for f in read(sentence) if f.metric == "document"]
    assert (document.doc_type, document.ref, document.issuer, document.issued, document.rule) == (
        *expected,
        "document.cited",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Kế hoạch 2025 của tỉnh",
        "Theo kế hoạch, tỉnh sẽ điều động 80 công chức.",
        "Đề án 1,5 nghìn tỷ đồng.",
        # a programme known by a zero-padded number alone: its short name, no document cited
        "Xã đẩy mạnh triển khai Đề án 06, hướng dẫn người dân dùng tài khoản định danh điện tử.",
        "Các mô hình của Đề án 06 được nhân rộng.",
        # ... with a date of the work, no issuer (a review of 0.9.3)
        "Tổ công tác Đề án 06 ngày 12/9/2025 đã kiểm tra tại 15 xã.",
        "Sáng nay, xã tổ chức hội nghị sơ kết Đề án 06 ngày 10/9/2025 với sự tham dự của 120 đại biểu.",
        # a verb and a count of documents (twenty-fourth set, issue 16)
        "Tại kỳ họp, HĐND tỉnh sẽ thảo luận, quyết định 41 báo cáo, kế hoạch, tờ trình và dự thảo nghị quyết.",
        # kinds that are also verbs or nouns, a bare number after them: a span, a count
        "Luật quy định 20 ngày làm việc để giải quyết hồ sơ.",
        "Sở Nội vụ đã báo cáo 5 nội dung, trong đó có chương trình 2 năm đào tạo công chức.",
    ],
)
def test_no_number_no_document(read, sentence):
    assert [f for f in read(sentence) if f.metric == "document"] == []


def test_a_date_far_from_the_issuer_is_not_the_documents(read):
    (document,) = [
        f
        for f in read("Ngày 8/9, tỉnh tổ chức hội nghị; UBND tỉnh Phú Thọ ban hành Quyết định số 2145/QĐ-UBND.")
        if f.metric == "document"
    ]
    assert document.issued is None


@pytest.mark.parametrize(
    ("sentence", "province"),
    [
        # a document cited takes the province the article is talking about there, the central state's too
        ("Tỉnh Gia Lai triển khai Nghị định 178/2024/NĐ-CP cho 412 cán bộ nghỉ việc.", "Gia Lai"),
        ("UBND tỉnh Cà Mau quán triệt Kế hoạch số 02-KH/TW về sắp xếp tổ chức bộ máy.", "Cà Mau"),
        ("Tỉnh Lào Cai thực hiện Quyết định 878/QĐ-BNV của Bộ Nội vụ.", "Lào Cai"),
        ("Tỉnh Huế triển khai Công điện 144/CĐ-TTg ngày 3/10/2025.", "Huế"),
        ("UBND tỉnh Cà Mau ban hành Kế hoạch 196/KH-UBND về điều động công chức.", "Cà Mau"),
        ("HĐND tỉnh Tây Ninh thông qua Nghị quyết số 45/NQ-HĐND về chính sách hỗ trợ.", "Tây Ninh"),
        ("Tỉnh ủy Hưng Yên ban hành Kết luận số 35-KL/TU về công tác cán bộ.", "Hưng Yên"),
        # cited with no province about: none (a national article)
        ("Bộ Nội vụ hướng dẫn thực hiện Nghị định 178/2024/NĐ-CP trên cả nước.", None),
        ("Thủ tướng ký Công điện 144/CĐ-TTg ngày 3/10/2025 gửi các bộ, ngành.", None),
    ],
)
def test_a_document_takes_the_province_the_article_is_about_where_it_is_cited(read, sentence, province):
    documents = [f for f in read(sentence) if f.metric == "document"]
    assert documents and [(f.province, f.rule) for f in documents] == [(province, "document.cited")]


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        (
            "Quyết định số 2210/QĐ-UBND ngày 15/8/2025 của UBND tỉnh Lào Cai điều động 64 công chức về các xã.",
            ("staff_transfer", 64),
        ),
        (
            "Kế hoạch số 77/KH-UBND ngày 2/8/2025 của UBND tỉnh Phú Thọ tập huấn cho 1.500 lượt công chức cấp xã.",
            ("staff_training", 1500),
        ),
        (
            "Nghị quyết 09/2025/NQ-HĐND của HĐND tỉnh Lai Châu hỗ trợ 2 triệu đồng/người/tháng cho cán bộ biệt phái.",
            ("allowance", 2_000_000),
        ),
    ],
)
def test_a_document_as_the_subject_keeps_the_figure_of_its_act(read, sentence, figure):
    assert [(f.metric, f.value) for f in read(sentence) if f.value is not None] == [figure]


def test_two_documents_joined_by_and_are_two(read):
    # an issuer's name ends where the next document starts (sixth set, issue 16)
    facts = read(
        "Căn cứ Công điện số 201/CĐ-TTg ngày 23/10/2025 của Thủ tướng và Công văn số 6723/BTP-CTXDVBQPPL ngày "
        "23/10/2025 của Bộ Tư pháp."
    )
    assert [(f.ref, f.issuer) for f in facts if f.metric == "document"] == [
        ("201/CĐ-TTg", "Thủ tướng"),
        ("6723/BTP-CTXDVBQPPL", "Bộ Tư pháp"),
    ]


def test_joint_issuers_stay_one_name(read):
    (document,) = [
        f
        for f in read("Thông tư số 03/2025/TT-BNV của Bộ Nội vụ và Bộ Tài chính quy định mức chi.")
        if f.metric == "document"
    ]
    assert document.issuer == "Bộ Nội vụ và Bộ Tài chính"


@pytest.mark.parametrize(
    ("sentence", "issuer"),
    [
        # a body's name holding an act's verb, no figure after it (a review of 0.9.25, helper-168)
        ("Công văn số 88/CV-BCĐ của Ban Chỉ đạo cấp tỉnh yêu cầu các xã rà soát nhân sự.", "Ban Chỉ đạo cấp tỉnh"),
        (
            "Hướng dẫn số 05/HD-TCT của Tổ công tác hỗ trợ vận hành chính quyền hai cấp yêu cầu các xã báo cáo.",
            "Tổ công tác hỗ trợ vận hành chính quyền hai cấp",
        ),
    ],
)
def test_an_issuers_name_holding_an_acts_verb(read, sentence, issuer):
    assert [f.issuer for f in read(sentence) if f.metric == "document"] == [issuer]
