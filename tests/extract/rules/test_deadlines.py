"""Deadlines (lang/vi/deadlines.py, rules/deadlines.py): dated obligations, and dated reports that are not. Rows are
sentences written after real reports; each asserts the rule as well as the date and status."""

import datetime as dt

import pytest


def deadlines(facts) -> list[tuple[dt.date, str, str]]:
    return [(f.as_of, f.status, f.rule) for f in facts if f.metric == "deadline"]


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        ("UBND tỉnh yêu cầu các xã báo cáo kết quả trước ngày 15/11/2025.", dt.date(2025, 11, 15)),
        # the instruction's own verb before the limit: publishing, issuing (thirty-seventh set, issue 16)
        ("Rà soát, xác nhận số liệu diện tích của các xã và công bố trước ngày 30/9/2025.", dt.date(2025, 9, 30)),
        ("Sở Nội vụ được giao hoàn thành việc rà soát chậm nhất ngày 30/9.", dt.date(2025, 9, 30)),
        # "chậm nhất vào ngày" (unseen90, issue 16)
        ("Theo yêu cầu, chính quyền cấp xã mới phải đi vào hoạt động chậm nhất vào ngày 20/10.", dt.date(2025, 10, 20)),
        # a span's latest end with an obligation after it; a year's end after "trước" closing an obligation (a
        # black-box probe of 0.9.25, helper-171)
        ("Chậm nhất đến ngày 31/12/2026, các địa phương phải hoàn thành việc sắp xếp trụ sở.", dt.date(2026, 12, 31)),
        ("Các địa phương phải hoàn thành việc bố trí nhà công vụ trước cuối năm 2026.", dt.date(2026, 12, 31)),
        # a deadline's label with its task before the colon (a black-box probe of 0.9.25, helper-171)
        ("Hạn cuối để các xã nộp báo cáo: 15/4/2026.", dt.date(2026, 4, 15)),
        # "muộn nhất" is "chậm nhất" (a black-box probe of 0.9.24, helper-167)
        ("Các sở phải hoàn tất việc bàn giao hồ sơ cho các xã muộn nhất vào ngày 10/10.", dt.date(2025, 10, 10)),
        ("Các xã báo cáo kết quả về Sở Nội vụ muộn nhất ngày 15/10/2025.", dt.date(2025, 10, 15)),
        ("Đến ngày 30/9, các xã phải hoàn thành việc sắp xếp trụ sở.", dt.date(2025, 9, 30)),
        ("Hạn chót là ngày 5/10, các phường phải nộp danh sách cán bộ dôi dư.", dt.date(2025, 10, 5)),
        # the deadline named first, its date after "là"
        ("Hạn chót để các xã hoàn thành kết nối hệ thống là ngày 31/10.", dt.date(2025, 10, 31)),
        ("Các xã phải hoàn thành số hóa hồ sơ, hạn chót 20/11.", dt.date(2025, 11, 20)),
        ("Thành phố yêu cầu các phường, xã báo cáo trước 17h ngày 18/9.", dt.date(2025, 9, 18)),  # an hour
        # completing after a date marked as a limit
        ("Xã phấn đấu trước ngày 31/12 hoàn thành số hóa 100% hồ sơ đang lưu trữ.", dt.date(2025, 12, 31)),
        # an instruction's own verb right before its limit
        ("Danh sách cán bộ gửi về Sở Nội vụ trước 16 giờ ngày 22/9.", dt.date(2025, 9, 22)),
        ("Các phường báo cáo Thường trực Thành ủy trước ngày 28/9.", dt.date(2025, 9, 28)),
        ("Rà soát toàn bộ trụ sở dôi dư, xong trước ngày 30/9.", dt.date(2025, 9, 30)),
        # submitted or commented on by then (twenty-fifth set, issue 16)
        (
            "Sở Nội vụ tổng hợp, báo cáo UBND tỉnh để trình Ban Thường vụ cho ý kiến trước ngày 15/10.",
            dt.date(2025, 10, 15),
        ),
        ("Các xã phải báo cáo giải trình ngay trong ngày 12/9.", dt.date(2025, 9, 12)),
        # "chậm nhất đến ngày" with an obligation of its own: a limit
        ("Các xã phải hoàn thành việc rà soát chậm nhất đến ngày 30/9/2025.", dt.date(2025, 9, 30)),
        ("Hồ sơ đề nghị gửi về Sở chậm nhất đến ngày 15/10/2025.", dt.date(2025, 10, 15)),
        # a label line of a notice or a plan's item: its time limit after the colon
        ("Giai đoạn 1: nâng cấp hệ thống. Thời gian thực hiện: đến hết ngày 30/11/2025.", dt.date(2025, 11, 30)),
        ("Thời hạn hoàn thành: trước ngày 15/10/2025.", dt.date(2025, 10, 15)),
        # an act told as to come before a limit marked "trước" (seventy-eighth set, issue 16)
        (
            "Ủy ban Thường vụ Quốc hội sẽ thông qua nghị quyết sắp xếp đơn vị hành chính cấp xã trước ngày 30/10/2025.",
            dt.date(2025, 10, 30),
        ),
        ("Dự kiến trước ngày 15/10, HĐND tỉnh tổ chức kỳ họp chuyên đề về chính sách hỗ trợ.", dt.date(2025, 10, 15)),
    ],
)
def test_an_obligation_with_a_date_is_a_deadline(read, sentence, due):
    assert deadlines(read(sentence)) == [(due, "planned", "deadline.obligation")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tính đến ngày 20/8, tỉnh đã hoàn thành việc bố trí trụ sở cho 95% số xã.",
        "Đến ngày 5/9, các xã đã hoàn thành việc bàn giao tài sản.",
        "Trước ngày 1/7, có 279 cán bộ cấp huyện đã được điều động về xã.",
        "Trước ngày 1/7, tỉnh đã công bố 1.200 thủ tục hành chính.",  # a report, its verb done
        "Tỷ lệ hồ sơ giải quyết đúng hạn ngày 5/9 đạt 98%.",  # on time, but no deadline
        "Thời hạn giải quyết hồ sơ là 5 ngày làm việc.",  # a duration
        "Phường đang phấn đấu đến ngày 31/12 đạt 90% hồ sơ trực tuyến.",  # a dated target, not an obligation
        "Tỉnh đã gửi danh sách về Bộ Nội vụ trước ngày 15/8.",  # sent: a report
        "Đề án đã được trình HĐND tỉnh trước ngày 10/8.",  # submitted: a report
        "Trung tâm áp dụng chương trình mới trước ngày 10/8.",  # "chương trình" submits nothing
        "Theo báo cáo, trước ngày 1/7 tỉnh đã điều động 120 cán bộ.",  # a report opens the sentence
        "Trong ngày 8/9, phường tiếp nhận 312 hồ sơ.",  # a day's count
        # the latest end of a span a benefit is paid over, with no act due (SPAN_END_MARKERS)
        "Tiền hỗ trợ được chi từ ngày 1/7 cho đến khi người nhận có nhà công vụ, chậm nhất đến ngày 30/6/2027.",
        "Thời gian hỗ trợ tính từ ngày 1/7/2025, chậm nhất đến ngày 30/6/2027.",
        "Người được điều động được hưởng hỗ trợ tối đa 12 tháng, chậm nhất đến hết ngày 31/12/2026.",
        # a label of a start, or of a duration, is no limit
        "Giai đoạn 2: triển khai chính thức. Thời gian bắt đầu: từ ngày 1/12/2025.",
        "Thời gian thực hiện: từ ngày 1/7/2025.",
        # an act to come with a result told before the limit reports that result
        "Dự kiến tỉnh sẽ điều động 50 công chức, đã có 20 người về xã trước ngày 15/8.",
    ],
)
def test_a_dated_report_is_not_a_deadline(read, sentence):
    assert deadlines(read(sentence)) == []


def test_a_deadline_met_is_done_and_in_the_past(read):
    facts = read("Các xã đã hoàn thành bàn giao tài sản trước ngày 15/8.", dt.date(2025, 10, 20))
    assert deadlines(facts) == [(dt.date(2025, 8, 15), "done", "deadline.obligation")]


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        ("UBND tỉnh Hà Tĩnh đã hoàn thành đúng hạn việc công bố danh mục thủ tục hành chính ngày 15/9.", (9, 15)),
        ("Các sở, ngành đã hoàn thành việc rà soát thủ tục trước thời hạn 30/9 theo yêu cầu.", (9, 30)),
    ],
)
def test_a_deadline_met_on_its_day(read, sentence, met):
    assert deadlines(read(sentence, dt.date(2025, 10, 5))) == [(dt.date(2025, *met), "done", "deadline.obligation")]


@pytest.mark.parametrize(
    "sentence",
    [
        # a year as the limit of an obligation to complete: its last day (sixth set, issue 16)
        "Trong năm 2025 phải hoàn thành tái cấu trúc quy trình các dịch vụ công trực tuyến cấp xã.",
        "Đến hết năm 2025, các bộ, ngành, địa phương phải hoàn thành việc số hóa hồ sơ thủ tục hành chính.",
        # the obligation told before the year, which closes its clause (issue 16)
        "Tỉnh phải hoàn thành việc thực thi các phương án cắt giảm thủ tục hành chính trong năm 2025.",
        # ... the year closing its line, the next paragraph after it
        "Tỉnh phải hoàn thành việc số hóa hồ sơ trong năm 2025\n\nTỉnh đã tiếp nhận 100 hồ sơ.",
        # a span of years, due by its last year's end (unseen38, issue 16)
        "Trong giai đoạn 2024 - 2025 phải hoàn thành việc sửa đổi hệ thống thể chế về tổ chức bộ máy hành chính.",
        # a completion after an instruction or an aim in its clause, its object before the year (the third set and
        # the sixty-first, issue 16)
        "Công điện đề nghị các bộ, ngành, địa phương dồn sức để hoàn thành việc thực thi các phương án cắt giảm, đơn "
        "giản hóa thủ tục hành chính (TTHC), điều kiện kinh doanh trong năm 2025.",
        "Tỉnh phấn đấu hoàn thành việc rà soát, đề xuất, phê duyệt kế hoạch đầu tư trụ sở xã trong năm 2025.",
        "Tỉnh yêu cầu hoàn thành việc chi trả chế độ trong năm nay.",  # this year, told relative
        # a passive instruction obliges, and a denial of something else does not deny the completion (the review of
        # 0.8.94)
        "Các xã được yêu cầu hoàn thành việc rà soát trụ sở trong năm 2025.",
        "UBND tỉnh yêu cầu các xã không được chậm trễ, hoàn thành việc chi trả chế độ trong năm 2025.",
    ],
)
def test_a_year_as_the_limit_of_an_obligation(read, sentence):
    assert deadlines(read(sentence, published=dt.date(2025, 11, 5))) == [
        (dt.date(2025, 12, 31), "planned", "deadline.obligation")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Trong năm 2025, tỉnh đã hoàn thành việc số hóa 90% hồ sơ.",  # a report of the year
        "Trong năm 2025, các xã cần tiếp tục hoàn thiện bộ phận một cửa.",  # no obligation to complete
        "Tỉnh phải hoàn thành việc số hóa trong năm 2025 và năm 2026.",  # the year closes no clause: two years
        "Trong giai đoạn 2021 - 2025, tỉnh đã hoàn thành việc số hóa 90% hồ sơ.",  # a report of the span
        "Tỉnh dự kiến hoàn thành việc rà soát trụ sở xã trong năm 2025.",  # a plan, no instruction or aim
        # an instruction named as a noun or in the passive, a completion denied (the review of 0.8.92)
        "Thực hiện chỉ đạo của UBND tỉnh, các xã hoàn thành việc rà soát trụ sở trong năm 2025.",
        "Được giao nhiệm vụ từ đầu năm, xã hoàn thành việc số hóa hồ sơ trong năm 2024.",  # a limit passed: done
        "Mặc dù được yêu cầu, nhiều xã vẫn chưa hoàn thành việc rà soát trụ sở trong năm 2025.",
        "Theo yêu cầu, tỉnh đã hoàn thành việc rà soát trụ sở xã trong năm 2025.",  # a result
    ],
)
def test_a_year_with_no_obligation_to_complete_is_no_deadline(read, sentence):
    assert deadlines(read(sentence, published=dt.date(2025, 11, 5))) == []


# A date inside a condition of who qualifies is no limit (lang/vi/deadlines.py, ELIGIBILITY_AFTER_CUE and
# CONDITION_OPENERS; twelfth set, issue 16): the obligation asks a state of the person, or the clause opens on whom it
# speaks of and dates that description before its obligation. An act to complete by the date stays a deadline.
@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        ("Cán bộ được hỗ trợ phải có tên trong danh sách chuyển về xã từ khi sắp xếp đến hết ngày 31/12/2025.", []),
        ("Người hưởng chính sách phải thuộc diện tinh giản trước ngày 1/10/2025.", []),
        ("Người đã nhận tiền nhưng thôi việc trước ngày 31/12/2025 phải hoàn trả toàn bộ.", []),
        ("Nếu chuyển công tác trước ngày 30/11/2025 thì cán bộ phải nộp lại khoản hỗ trợ.", []),
        # negatives: an act to complete by the date, or a condition closed by a comma before the limit
        (
            "Người đứng đầu các sở phải hoàn thành việc rà soát trước ngày 30/9/2025.",
            [(dt.date(2025, 9, 30), "planned", "deadline.obligation")],
        ),
        (
            "Trường hợp chưa xong, các xã phải báo cáo trước ngày 30/9/2025.",
            [(dt.date(2025, 9, 30), "planned", "deadline.obligation")],
        ),
    ],
)
def test_a_date_in_a_condition_of_who_qualifies_is_no_deadline(read, sentence, due):
    assert deadlines(read(sentence)) == due


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        # a whole month as the limit: due on its last day (issue 16)
        ("Sở Nội vụ rà soát số công chức còn thiếu, hoàn thành trong tháng 11/2025.", dt.date(2025, 11, 30)),
        ("Các xã phải rà soát, xong ngay trong tháng 2/2026.", dt.date(2026, 2, 28)),
        ("Tỉnh dự kiến trong tháng 12/2025 sẽ hoàn thành việc bố trí đủ công chức.", dt.date(2025, 12, 31)),
        # a month's end, a completion to come told right after it (issue 16)
        ("Sở Nội vụ dự kiến đến hết tháng 9 sẽ hoàn thành việc bố trí đủ công chức.", dt.date(2025, 9, 30)),
        # a timeline's item: the limit opening its line, the act after a colon (unseen55, issue 16)
        (
            "Lộ trình:\n- Trước ngày 12/4: xây dựng đề án sắp xếp đơn vị hành chính, gửi Sở Nội vụ.",
            dt.date(2026, 4, 12),
        ),
        # a quarter likewise; an instruction's own verb before it in a sentence that obliges (unseen52, issue 16)
        (
            "Kết luận giao Bộ Quốc phòng xây dựng đề án, trình Bộ Chính trị trong quý I/2026.",
            dt.date(2026, 3, 31),
        ),
        # a completion after an instruction, its object before the month (sixty-first set, issue 16), or before
        # a month's first days
        ("UBND tỉnh yêu cầu các xã hoàn thành việc rà soát trụ sở trong tháng 11/2025.", dt.date(2025, 11, 30)),
        ("UBND tỉnh yêu cầu các xã hoàn thành việc rà soát trong 10 ngày đầu tháng 11/2025.", dt.date(2025, 11, 10)),
    ],
)
def test_a_month_as_the_limit_of_an_obligation(read, sentence, due):
    assert deadlines(read(sentence)) == [(due, "planned", "deadline.obligation")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Trong tháng 8/2025, tỉnh đã hoàn thành việc điều động 120 công chức về xã.",  # a result of the month
        "Trong tháng 9/2025, phường tiếp nhận 1.200 hồ sơ.",  # a report, nothing due
        "Tỉnh đã hoàn thành trong tháng 7/2025 việc sắp xếp trụ sở.",  # done, no limit
        "Các lớp bồi dưỡng phải được mở ngay trong tháng 2/2026.",  # to start within it, no completing
        "Đến hết tháng 9, tỉnh đã hoàn thành việc bố trí công chức cho các xã.",  # a report up to the month's end
        "Bộ đã trình dự thảo nghị định, dự kiến ban hành trong tháng 12.",  # planned, no obligation
        "Xã hoàn thành việc rà soát trụ sở trong tháng 8/2025.",  # a completion with no instruction: a report
    ],
)
def test_a_month_with_no_obligation_is_no_deadline(read, sentence):
    assert deadlines(read(sentence)) == []


def test_a_deadline_met_is_past_for_the_sentences_after_it(read):
    # "hoàn thành trước thời hạn ngày 30-8" was met: the text goes on in August, not in next year's
    text = (
        "UBND tỉnh Nghệ An đã ban hành quyết định cho cả 2.739 trường hợp, hoàn thành trước thời hạn ngày 30-8 mà "
        "Trung ương yêu cầu. Tổng kinh phí chi trả chế độ được xác định ở mức hơn 2.700 tỉ đồng."
    )
    facts = read(text, published=dt.date(2025, 10, 12))
    assert [(f.metric, f.status, f.as_of) for f in facts] == [
        ("deadline", "done", dt.date(2025, 8, 30)),
        ("budget", "done", dt.date(2025, 8, 30)),
    ]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # a timeline's item past a pictograph bullet (issue 16)
        ("Mốc việc:\n▪ Trước ngày 12/4: xây dựng đề án sắp xếp đơn vị hành chính.", [dt.date(2026, 4, 12)]),
        # a month opening a timeline's line, not passed on the publication day (seventieth set, issue 16)
        (
            "Mốc việc:\n▪ Trong tháng 12/2025: tham mưu Chính phủ ban hành quy định về phân loại đơn vị hành chính.",
            [dt.date(2025, 12, 31)],
        ),
        # a past month's line is a bulletin's results, no limit; a month begun, or a count in the line, likewise
        ("Kết quả:\n▪ Trong tháng 8/2025: tiếp nhận và giải quyết hồ sơ đúng hạn.", []),
        ("Kết quả:\n▪ Trong tháng 9/2025: tổ chức hội nghị về cải cách hành chính.", []),
        ("Kết quả:\n▪ Trong tháng 12/2025: tiếp nhận và giải quyết 12.000 hồ sơ đúng hạn.", []),
        # a line opening on a limit with a result after the colon is a bulletin's (sixty-ninth set, issue 16)
        ("Tiến độ:\n– Đến ngày 25/8: thành phố đã phê duyệt 2.054 quy trình nội bộ.", []),
        # two items on one day are two tasks (seventy-eighth set, issue 16)
        (
            "Các mốc chính:\n– Trước ngày 25/10: hoàn thành việc thành lập cơ quan chuyên môn.\n"
            "– Chậm nhất ngày 25/10: thu hồi con dấu cũ, khắc và đưa vào sử dụng con dấu mới.",
            [dt.date(2025, 10, 25), dt.date(2025, 10, 25)],
        ),
    ],
)
def test_a_timelines_items_are_deadlines(read, text, due):
    assert [d for d, _, _ in deadlines(read(text))] == due


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        # a review of 0.9.1–0.9.3 (helper-142): an act to come before "trước" is a limit in its own clause only
        (
            "Ủy ban Thường vụ Quốc hội sẽ thông qua nghị quyết sắp xếp, tổ chức lại đơn vị hành chính cấp xã trước "
            "ngày 30/10/2025.",
            [dt.date(2025, 10, 30)],
        ),
        ("Các hồ sơ còn lại sẽ được giải quyết trước ngày 1/10.", [dt.date(2025, 10, 1)]),
        ("Sở Nội vụ sẽ tiếp tục theo dõi, trước ngày 1/7 toàn tỉnh có 1.200 cán bộ cấp huyện.", []),
        ("Theo Giám đốc Sở, tỉnh sẽ rà soát lại, bởi trước ngày 1/7 nhiều xã thiếu công chức địa chính.", []),
        ("Mức hỗ trợ cho cán bộ biệt phái sẽ cao hơn so với trước ngày 1/7.", []),
        ("Người dân sẽ được giải quyết hồ sơ như trước ngày sáp nhập, tức trước ngày 1/7/2025.", []),
        ("Theo kế hoạch, sẽ có 200 người về xã trước ngày 1/7.", []),
        ("Những cán bộ nghỉ việc theo Nghị định 178 sẽ được hưởng chính sách trước ngày 30/9.", []),
        ("Số hồ sơ tồn đọng dự kiến sẽ giảm một nửa trước ngày 30/9.", []),
        ("Dự kiến cuộc họp sẽ diễn ra trước ngày 20/9 với sự tham dự của lãnh đạo 65 xã.", []),
        ("Ông cho biết nếu không có gì thay đổi, xã sẽ được cấp trụ sở mới trước ngày 30/11.", []),
        ("Nhiều cán bộ lo ngại sẽ không kịp nhận lương trước ngày 15/9 vì hệ thống chưa kết nối.", []),
        ("Danh sách công chức sẽ nghỉ việc theo Nghị định 178 được Sở Nội vụ tổng hợp trước ngày 15/8.", []),
        # ... and the obligation after the date is read first
        ("Theo dự báo, bão số 7 sẽ đổ bộ vào đất liền trước ngày 20/9, các xã phải sơ tán người dân.",
         [dt.date(2025, 9, 20)]),
        # a timeline's items are lines of its shape: numbered ones too; bullet paragraphs restating a task are one
        ("Các mốc chính:\n1. Trước ngày 25/10: hoàn thành việc thành lập cơ quan chuyên môn.\n"
         "2. Chậm nhất ngày 25/10: thu hồi con dấu cũ.", [dt.date(2025, 10, 25), dt.date(2025, 10, 25)]),
        ("UBND tỉnh yêu cầu:\n• Các xã hoàn thành việc bố trí công chức chuyên môn trước ngày 30/9.\n• Giám đốc Sở Nội "
         "vụ nhấn mạnh, việc bố trí công chức chuyên môn cho các xã phải xong trước ngày 30/9.",
         [dt.date(2025, 9, 30)]),
    ],
)  # fmt: skip
def test_the_fourth_reviews_deadlines(read, sentence, due):
    assert [d for d, _, _ in deadlines(read(sentence))] == due


@pytest.mark.parametrize(
    "sentence",
    [
        # "trước năm 2027" is by the end of 2026, and "Trước năm 2025, …" history: only "trước cuối năm" is a year's
        # limit (a review of 0.9.25, helper-172)
        "Các địa phương phải hoàn thành việc cấp mã định danh trước năm 2027.",
        "Trước năm 2025, mỗi xã phải hoàn thành chỉ tiêu 80% hồ sơ trực tuyến; nay chỉ tiêu là 100%.",
    ],
)
def test_a_year_after_truoc_is_no_years_limit(read, sentence):
    assert [f for f in read(sentence) if f.metric == "deadline" and f.as_of and f.as_of.month == 12] == []
