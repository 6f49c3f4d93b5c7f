"""One figure per article, every mention kept (restate.py): a figure told in the title, the body and a caption
is one fact whose evidence is the fullest mention and whose `mentions` hold each [start, end]."""

import datetime as dt

from monitor.extract import extract
from monitor.facts import Article

TEXT = (
    "Hải Phòng điều động 335 cán bộ về xã\n\n"
    "Tính đến ngày 20/8, Hải Phòng đã điều động 335 cán bộ về các xã, phường.\n\n"
    "Ảnh: 335 cán bộ nhận quyết định điều động về xã."
)


def test_a_figure_told_three_times_is_one_fact_with_three_mentions():
    (fact,) = extract(Article(id="t", text=TEXT, published_at=dt.date(2025, 8, 25))).facts
    assert fact.evidence.startswith("Tính đến ngày 20/8")  # the body's, stated most fully
    assert [TEXT[a:b].split(" 335")[0] for a, b in fact.mentions] == [
        "Hải Phòng điều động",
        "Tính đến ngày 20/8, Hải Phòng đã điều động",
        "Ảnh:",
    ]
    assert [fact.start, fact.end] in fact.mentions
    assert fact.to_json()["mentions"] == fact.mentions


def test_a_figure_told_once_has_no_mentions_and_two_figures_stay_two():
    text = "Hải Phòng đã điều động 335 cán bộ về xã; Thái Nguyên điều động 120 cán bộ về xã."
    facts = extract(Article(id="t", text=text, published_at=dt.date(2025, 8, 25))).facts
    assert [(f.value, f.mentions) for f in facts] == [(335, None), (120, None)]
    assert "mentions" not in facts[0].to_json()


def test_the_store_keeps_every_mention(tmp_path):
    from monitor.pipeline import ingest
    from monitor.store import Store

    with Store.open(tmp_path / "m.duckdb") as store:
        ingest(Article(id="t", text=TEXT, published_at=dt.date(2025, 8, 25)), store)
        (mentions,) = store.query("SELECT mentions FROM facts").rows[0]
    assert [list(span) for span in mentions] == [[0, 36], [38, 110], [112, 160]]


def test_a_headline_that_drops_a_bound_and_the_status_restates_the_body():
    text = (
        "Quyết liệt cắt giảm 30% thời gian thực hiện thủ tục hành chính\n\n"
        "UBND tỉnh Tuyên Quang vừa ban hành kế hoạch cải cách thủ tục hành chính năm 2025.\n\n"
        "Theo kế hoạch, tỉnh giảm ít nhất 30% thời gian giải quyết thủ tục hành chính."
    )
    facts = [f for f in extract(Article(id="t", text=text, published_at=dt.date(2025, 5, 20))).facts if f.value]
    assert [(f.metric, f.value, f.approx, f.status, len(f.mentions or [])) for f in facts] == [
        ("processing_time_cut", 30, "at_least", "target", 2)
    ]


def test_a_surplus_is_no_staff_figure():
    text = "Khối chính quyền đang dôi ra 98 người, phần lớn do cán bộ các xã cũ được chuyển về xã mới."
    assert [f for f in extract(Article(id="t", text=text, published_at=dt.date(2025, 10, 15))).facts if f.value] == []


def test_at_equal_confidence_the_body_states_the_figure():
    # a bulletin's headline and its table line read alike: the body's line is the evidence, with its date
    text = (
        "Ngày làm việc đầu tiên sau Tết: Bình Phước tiếp nhận 1.420 hồ sơ\n\n"
        "Sáng 23-2-2026, kết quả toàn tỉnh như sau:\nTiếp nhận: 1.420 hồ sơ\nNộp trực tuyến: 1.300 hồ sơ"
    )
    facts = extract(Article(id="t", text=text, published_at=dt.date(2026, 2, 23))).facts
    (received,) = [f for f in facts if f.metric == "dossiers_received"]
    assert received.start > text.index("\n") and received.as_of == dt.date(2026, 2, 23)
    assert received.mentions is not None and len(received.mentions) == 2


def documents_of(text: str) -> list:
    return [f for f in extract(Article(id="t", text=text, published_at=dt.date(2025, 8, 25))).facts if f.ref]


def test_a_document_cited_again_by_its_number_alone_is_one_fact():
    text = (
        "Thành phố chi trả chế độ theo Nghị định 178/2024/NĐ-CP cho cán bộ nghỉ việc.\n\n"
        "Đến nay, 3.120 người đã nhận tiền theo Nghị định 178; hồ sơ theo Nghị định 178/2024 còn 45 bộ."
    )
    (document,) = documents_of(text)
    assert document.ref == "178/2024/NĐ-CP" and len(document.mentions) == 3


def test_two_documents_sharing_a_number_stay_two():
    # another kind, or another symbol after the number, is another document
    text = "Tỉnh thực hiện Nghị định 178/2024/NĐ-CP và Quyết định 178/QĐ-UBND; sau đó ban hành Kế hoạch 17."
    assert sorted(f.ref for f in documents_of(text)) == ["17", "178/2024/NĐ-CP", "178/QĐ-UBND"]


def test_a_headline_telling_an_approximate_figure_in_the_same_words_restates_the_body():
    text = (
        "Phường Đông Hòa mỗi ngày tiếp nhận hơn 200 hồ sơ\n\n"
        "Sáng 3-7, tại phường Đông Hòa (TPHCM), ông Tài cho biết mỗi ngày trung tâm tiếp nhận hơn 200 hồ sơ thủ tục "
        "hành chính."
    )
    facts = [f for f in extract(Article(id="t", text=text, published_at=dt.date(2025, 7, 3))).facts if f.value]
    assert [(f.value, f.approx, f.unit, f.province) for f in facts] == [
        (200, "more_than", "dossier/day", "Hồ Chí Minh")
    ]
    assert len(facts[0].mentions) == 2


def test_a_headline_dropping_about_restates_the_body():
    # "60 đến 80 hồ sơ" in the headline, "khoảng từ 60 đến 80" in the body: one figure (unseen55, issue 16)
    text = (
        "Xã Long Điền: mỗi ngày tiếp nhận 60 đến 80 hồ sơ\n\n"
        "Trung bình mỗi ngày, trung tâm xã Long Điền (Cà Mau) tiếp nhận khoảng từ 60 đến 80 hồ sơ."
    )
    facts = [f for f in extract(Article(id="t", text=text, published_at=dt.date(2025, 10, 20))).facts if f.value]
    assert [(f.value, f.value_max, f.approx, f.unit) for f in facts] == [(60, 80, "about", "dossier/day")]
    # a headline's exact count over a body's "khoảng" of it is one figure too
    text = "Xã tiếp nhận 60 hồ sơ\n\nTrong tháng 9, xã Long Điền (Cà Mau) tiếp nhận khoảng 60 hồ sơ đất đai."
    facts = [f for f in extract(Article(id="t", text=text, published_at=dt.date(2025, 10, 20))).facts if f.value]
    assert len(facts) == 1


def test_a_rounded_headline_of_an_approximate_body_is_not_merged():
    # "hơn 3.000" over "khoảng 3.200": two approximations, no telling which is the other's rounding
    text = "Xã tiếp nhận hơn 3.000 hồ sơ\n\nTrong tháng 9, xã Bình Minh, tỉnh Vĩnh Long tiếp nhận khoảng 3.200 hồ sơ."
    facts = [f for f in extract(Article(id="t", text=text, published_at=dt.date(2025, 10, 3))).facts if f.value]
    assert sorted(f.value for f in facts) == [3000, 3200]


# a count told first with its kind, then named again in vaguer words later (restate.count_named_again)
NAMED_AGAIN = [
    (
        "Chủ tịch UBND tỉnh Nghệ An vừa ký quyết định công bố danh mục 180 thủ tục hành chính được tiếp nhận hồ sơ "
        "không phụ thuộc vào địa giới hành chính trong tỉnh.\n\nNhư vậy, với 180 thủ tục này, người dân được chọn "
        "nộp hồ sơ tại bất kỳ xã, phường nào.",
        [("procedures", 180)],
    ),
    (
        "Tỉnh vừa phê duyệt phương án cắt giảm thời gian giải quyết đối với 312 thủ tục hành chính có phát sinh hồ sơ."
        "\n\nVới việc phê duyệt phương án cho 312/350 thủ tục hành chính, tỉnh đạt tỷ lệ cao.",
        [("procedures", 312)],
    ),
    # negatives: another place's count of the same size, and a share, which recurs for many things
    (
        "Tỉnh Nghệ An công bố 120 thủ tục hành chính không phụ thuộc địa giới hành chính.\n\n"
        "Tại Hà Tĩnh, 120 thủ tục hành chính đã được đưa lên cổng dịch vụ công.",
        [("procedures", 120), ("procedures", 120)],
    ),
    (
        "Tỉnh đã cung cấp trực tuyến toàn trình 100% thủ tục hành chính đủ điều kiện.\n\n"
        "Năm nay, tỉnh đã rà soát 100% thủ tục hành chính thuộc thẩm quyền.",
        [("procedures", 100), ("procedures", 100)],
    ),
]


def test_a_count_named_again_in_vaguer_words_is_one_fact():
    for text, want in NAMED_AGAIN:
        facts = [f for f in extract(Article(id="t", text=text, published_at=dt.date(2025, 7, 23))).facts if f.value]
        assert [(f.metric, f.value) for f in facts] == want, text
    first = [f for f in extract(Article(id="t", text=NAMED_AGAIN[1][0], published_at=dt.date(2025, 4, 25))).facts]
    assert [(f.kind, f.total, len(f.mentions or [])) for f in first if f.value] == [("handled", 350, 2)]


def test_a_figure_told_as_a_proposal_in_one_mention_is_the_proposals():
    # the lead says the amount is proposed, the body only that it is foreseen: one figure, the proposal's (facts.md:
    # proposed > planned > target > done when cues collide)
    text = (
        "Bắc Giang dự kiến chi 90 tỷ đồng hỗ trợ cán bộ\n\n"
        "Hơn 1.500 cán bộ phải đổi nơi làm việc sẽ được đề xuất hỗ trợ tiền lưu trú, đi lại trong 2 năm, với tổng "
        "kinh phí dự kiến 90 tỷ đồng.\n\n"
        "Tổng kinh phí dự kiến khoảng 90 tỷ đồng, hỗ trợ trong 2 năm, từ ngày 1-7-2025 đến hết ngày 30-6-2027."
    )
    facts = [f for f in extract(Article(id="t", text=text, published_at=dt.date(2025, 10, 2))).facts if f.value]
    assert [(f.metric, f.value, f.status) for f in facts if f.metric == "budget"] == [("budget", 90e9, "proposed")]
    # a headline's cue is no mention's status: the body's result stays done
    text = "Điện Biên đề xuất biệt phái 97 công chức về xã\n\nNgày 21/10, tỉnh đã biệt phái 97 công chức về các xã."
    facts = [f for f in extract(Article(id="t", text=text, published_at=dt.date(2025, 10, 22))).facts if f.value]
    assert [(f.value, f.status) for f in facts] == [(97, "done")]


def test_a_headline_dated_as_the_body_restates_it():
    # the headline gives the body's own day: still a restatement of the body's fuller figure (restate._undated)
    text = (
        "Hỏi – đáp: Từ 1/10, làm 25 dịch vụ công thiết yếu có còn phải nộp giấy tờ?\n\n"
        "Hỏi: Ở Thái Nguyên, từ ngày 1/10/2025, khi làm 25 dịch vụ công thiết yếu tại trung tâm hành chính công, người "
        "dân còn phải nộp giấy tờ bản giấy không?"
    )
    facts = [f for f in extract(Article(id="t", text=text, published_at=dt.date(2025, 10, 6))).facts if f.value]
    assert [(f.value, f.province, len(f.mentions or [])) for f in facts] == [(25, "Thái Nguyên", 2)]
    # a headline dated otherwise tells another figure
    text = (
        "Tháng 8, Quảng Trị biệt phái 40 công chức về xã\n\n"
        "Ngày 15/9, UBND tỉnh Quảng Trị đã biệt phái 40 công chức cấp tỉnh về các xã biên giới."
    )
    facts = [f for f in extract(Article(id="t", text=text, published_at=dt.date(2025, 9, 16))).facts if f.value]
    assert [f.value for f in facts] == [40, 40]


def _valued(text: str, published: dt.date) -> list[tuple]:
    facts = extract(Article(id="t", text=text, published_at=published)).facts
    return [(f.metric, f.value, f.status, f.as_of.isoformat()) for f in facts if f.value is not None]


def test_a_target_named_again_with_its_deadline_is_one_target_for_that_day():
    # the second sentence names the target again only to give its deadline (issue 16)
    text = (
        "UBND tỉnh Hưng Yên yêu cầu các sở rà soát quy định, với mục tiêu cắt giảm ít nhất 40% thời gian giải "
        "quyết thủ tục hành chính. Riêng việc cắt giảm 40% thời gian giải quyết phải hoàn thành trước ngày "
        "30/6/2025."
    )
    assert _valued(text, dt.date(2025, 5, 21)) == [("processing_time_cut", 40, "target", "2025-06-30")]


def test_another_value_in_a_deadlines_sentence_stays_another_figure():
    text = (
        "UBND tỉnh Hưng Yên yêu cầu các sở rà soát quy định, với mục tiêu cắt giảm ít nhất 40% thời gian giải quyết "
        "thủ tục hành chính. Riêng cấp xã cắt giảm 30% thời gian giải quyết, phải hoàn thành trước ngày 30/6/2025."
    )
    assert _valued(text, dt.date(2025, 5, 21)) == [
        ("processing_time_cut", 40, "target", "2025-05-21"),
        ("processing_time_cut", 30, "target", "2025-06-30"),
    ]


def test_targets_named_back_by_their_deadlines_sentence_hold_for_that_day():
    text = (
        "UBND tỉnh Lạng Sơn chỉ đạo các xã tiếp nhận trực tuyến tối thiểu 50% hồ sơ thủ tục hành chính, trong đó ít "
        "nhất 15% được thực hiện toàn trình. Chỉ tiêu này phải hoàn thành trước ngày 15/8/2025."
    )
    assert _valued(text, dt.date(2025, 7, 22)) == [
        ("dossiers_online", 50, "target", "2025-08-15"),
        ("dossiers_online", 15, "target", "2025-08-15"),
    ]


def test_a_deadline_naming_no_target_back_dates_no_figure_before_it():
    text = (
        "UBND tỉnh Lạng Sơn chỉ đạo các xã tiếp nhận trực tuyến tối thiểu 50% hồ sơ thủ tục hành chính. "
        "Các xã phải báo cáo kết quả trước ngày 15/8/2025."
    )
    assert _valued(text, dt.date(2025, 7, 22)) == [("dossiers_online", 50, "target", "2025-07-22")]


def test_an_amount_named_again_in_a_conclusion_is_a_mention_of_the_one_told():
    # a question-and-answer article sums its answer up: no second rate, whatever status "sẽ" gives it (issue 16)
    text = (
        "Hỏi: Công chức được tăng cường về xã ở Hà Giang được hỗ trợ bao nhiêu?\n\n"
        "Đáp: Theo nghị quyết của HĐND tỉnh Tuyên Quang, công chức được tăng cường về xã được hỗ trợ 2,5 triệu "
        "đồng/người/tháng.\n\nNhư vậy, bạn sẽ được hỗ trợ 2,5 triệu đồng mỗi tháng."
    )
    facts = extract(Article(id="t", text=text, published_at=dt.date(2025, 10, 3))).facts
    (rate,) = [f for f in facts if f.metric == "allowance"]
    assert (rate.value, rate.unit, rate.status) == (2_500_000, "VND/person/month", "done")
    assert len(rate.mentions) == 2


def test_a_conclusion_with_a_new_amount_keeps_it():
    text = (
        "Công chức được tăng cường về xã được hỗ trợ 2,5 triệu đồng/người/tháng. Như vậy, người về xã đặc biệt khó "
        "khăn được hỗ trợ 3 triệu đồng/người/tháng."
    )
    facts = extract(Article(id="t", text=text, published_at=dt.date(2025, 10, 3))).facts
    assert sorted(f.value for f in facts if f.metric == "allowance") == [2_500_000, 3_000_000]


def test_a_conclusion_stating_the_headlines_figure_is_the_bodys_statement():
    # the headline tells the total first; the body states it in its conclusion, which stays the fact
    text = (
        "Tỉnh nâng kinh phí hỗ trợ cán bộ lên 18,2 tỷ đồng\n\n"
        "Ngày 14/10, UBND tỉnh Quảng Trị phân bổ đợt 2 số tiền 6,4 tỷ đồng hỗ trợ tiền thuê nhà cho cán bộ. Như vậy, "
        "tổng kinh phí đã phân bổ cho chính sách này từ tháng 8 đến nay là 18,2 tỷ đồng."
    )
    facts = extract(Article(id="t", text=text, published_at=dt.date(2025, 10, 15))).facts
    (total,) = [f for f in facts if f.value == 18_200_000_000]
    assert total.evidence.startswith("tổng kinh phí") or "Như vậy" in total.evidence


def test_a_start_to_come_is_planned_and_its_headline_restates_the_body():
    # "từ" a day after the article's: what starts then is to come, dated that day, in headline and body alike
    text = (
        "Từ 1/12/2025, 2.199 thủ tục ở Lào Cai không phụ thuộc địa giới hành chính\n\n"
        "Kể từ ngày 1/12/2025, 2.199 thủ tục hành chính của tỉnh Lào Cai sẽ được tiếp nhận không phụ thuộc địa giới "
        "hành chính."
    )
    assert _valued(text, dt.date(2025, 11, 5)) == [("procedures", 2199, "planned", "2025-12-01")]
    # told after that day, the same words are a running total since then, done
    told_later = "Từ 1/7/2025, tỉnh Lào Cai đã có 2.199 thủ tục hành chính không phụ thuộc địa giới hành chính."
    assert _valued(told_later, dt.date(2025, 11, 5)) == [("procedures", 2199, "done", "2025-11-05")]


def test_a_count_named_again_as_all_of_it_is_one_fact():
    # "toàn bộ 2.199 thủ tục" names the procedures told before, whatever it says of them
    text = (
        "Tỉnh Lào Cai công bố 2.199 thủ tục hành chính không phụ thuộc địa giới hành chính. Trong tháng 11, trung tâm "
        "cấu hình quy trình điện tử cho toàn bộ 2.199 thủ tục."
    )
    assert [(m, v) for m, v, _, _ in _valued(text, dt.date(2025, 11, 5))] == [("procedures", 2199)]
    # the first time, "toàn bộ" is the count itself
    first = "Tỉnh Lào Cai đã cấu hình quy trình điện tử cho toàn bộ 2.199 thủ tục hành chính."
    assert [(m, v) for m, v, _, _ in _valued(first, dt.date(2025, 11, 5))] == [("procedures", 2199)]


def test_a_headline_foreseeing_what_the_body_proposes_is_one_proposed_figure():
    text = (
        "Quảng Trị dự kiến hỗ trợ 3 triệu đồng/tháng cho cán bộ chưa có nhà công vụ\n\n"
        "Tại kỳ họp HĐND tỉnh Quảng Trị, UBND tỉnh trình dự thảo nghị quyết. Mức đề xuất cho người chưa được bố trí "
        "nhà ở công vụ: 3 triệu đồng/người/tháng."
    )
    assert [(m, v, s) for m, v, s, _ in _valued(text, dt.date(2025, 8, 13))] == [("allowance", 3e6, "proposed")]
    # a headline proposing what the body reports done stays apart (the body's result is news of its own)
    text = "Điện Biên đề xuất biệt phái 97 công chức về xã\n\nNgày 21/10, tỉnh đã biệt phái 97 công chức về các xã."
    assert [(v, s) for _, v, s, _ in _valued(text, dt.date(2025, 10, 22))] == [(97, "done")]


def test_a_headline_naming_the_ward_of_a_bulletins_figure_is_one_fact_of_that_ward():
    text = (
        "Bản tin: Trung tâm hành chính công phường Sa Huỳnh nhận hơn 620 hồ sơ\n\n"
        "Trung tâm thuộc tỉnh Quảng Ngãi.\n"
        "Hồ sơ tiếp nhận từ ngày 1/7: hơn 620 hồ sơ"
    )
    facts = [f for f in extract(Article(id="t", text=text, published_at=dt.date(2025, 7, 22))).facts if f.value]
    assert [(f.value, f.province, f.commune) for f in facts] == [(620, "Quảng Ngãi", "phường Sa Huỳnh")]
    # a body figure of the province with another value stays its own
    text = text.replace("Hồ sơ tiếp nhận từ ngày 1/7: hơn 620 hồ sơ", "Toàn tỉnh tiếp nhận 8.400 hồ sơ.")
    facts = [f for f in extract(Article(id="t", text=text, published_at=dt.date(2025, 7, 22))).facts if f.value]
    assert [(f.value, f.commune) for f in facts] == [(620, "phường Sa Huỳnh"), (8400, None)]
