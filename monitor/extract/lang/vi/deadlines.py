"""Deadlines: an obligation with a date, the markers of its limit, and deadlines met.

Cues are in the view form (lower case, new tone placement). tests/extract/rules/test_deadlines.py holds the
table of real phrases.
"""

# an obligation with a date is a deadline
DEADLINE_CUES = ("yêu cầu", "hạn chót", "chậm nhất", "muộn nhất", "phải", "hoàn thành", "đề nghị", "giao", "chỉ đạo")
DEADLINE_DATE_MARKERS = (
    "trước ngày",
    "chậm nhất ngày",
    "muộn nhất ngày",
    "chậm nhất là ngày",
    "muộn nhất là ngày",
    "chậm nhất vào ngày",  # "chính quyền cấp xã mới phải đi vào hoạt động chậm nhất vào ngày 15/8"
    "muộn nhất vào ngày",
    "hạn chót",
    "trước",
    "chậm nhất",
    "muộn nhất",
    "đến ngày",
    "đến hết ngày",
    "hạn",
    "ngay trong ngày",  # "các xã phải báo cáo giải trình ngay trong ngày 16/7"
    "trong ngày",
)
# an instruction's own verb right before its limit makes it a deadline with no other cue: "Danh sách gửi về Sở
# Nội vụ trước 10 giờ ngày 18/8", "báo cáo Ban Tổ chức Tỉnh ủy trước ngày 20/8", "… xong trước ngày 25/7"
# "… báo cáo UBND tỉnh để trình Ban Thường vụ Tỉnh ủy cho ý kiến trước ngày 15/10/2025"
INSTRUCTION_VERBS = (
    "gửi",
    "gửi về",
    "báo cáo",
    "xong",
    "nộp",
    "nộp về",
    "hoàn tất",
    "hoàn thiện",
    "trình",
    "cho ý kiến",
    # "rà soát, xác nhận số liệu … và công bố trước ngày 30/9/2025"
    "công bố",
    "ban hành",
)
# "chậm nhất đến (hết) ngày": the latest day a span runs to ("Tiền hỗ trợ được chi từ ngày 1/7 cho đến khi được bố trí
# nhà công vụ, chậm nhất đến ngày 30/6/2027": paid until then at the latest), no limit of an act; it is a deadline only
# with another cue of an obligation ("Các xã phải hoàn thành rà soát chậm nhất đến ngày 30/9")
SPAN_END_MARKERS = (
    "chậm nhất đến",
    "muộn nhất đến",
    "chậm nhất đến hết",
    "muộn nhất đến hết",
    "chậm nhất là đến",
    "muộn nhất là đến",
)
# after the date, only a plain obligation makes it a deadline: "Đến ngày 30/9, các xã phải hoàn thành …";
# "Đến ngày 20/8, đã hoàn thành 95%" is a report
DEADLINE_CUES_AFTER = ("phải", "yêu cầu", "hạn chót", "bắt buộc")
# after a date marked as a limit ("trước", "chậm nhất"), completing is the obligation too: "Xã phấn đấu trước
# ngày 31/12 hoàn thành số hóa"; "đến ngày" is left out, it also opens reports
BY_DATE_MARKERS = ("trước", "chậm nhất", "muộn nhất")
BY_DATE_CUES_AFTER = ("hoàn thành", "xong")
# after any limit marker, a completion told as to come makes the date its limit: "dự kiến đến hết tháng 9 sẽ hoàn thành
# việc bố trí đủ công chức …" (a plan's deadline; "Đến ngày 20/8, đã hoàn thành 95%" stays a report)
PLANNED_COMPLETION_AFTER = ("sẽ hoàn thành", "sẽ xong", "sẽ hoàn tất")
# before a limit marked "trước", an act told as to come makes the date its limit: "Ủy ban Thường vụ Quốc hội sẽ thông
# qua nghị quyết sắp xếp … trước ngày 30/6/2025", "Dự kiến trước ngày 15/5, HĐND cấp huyện tổ chức kỳ họp …"
PLANNED_ACT_BEFORE = ("sẽ", "dự kiến")
# ... within its own comma clause and a few words of the marker, and not (a review of 0.9.3): a count or a forecast
# after the cue ("sẽ có 200 người về xã", "dự kiến sẽ tăng mạnh"), a benefit received ("sẽ được hưởng chính sách"), a
# denial ("sẽ không kịp"), an event's taking place ("cuộc họp sẽ diễn ra"); nor a marker that compares ("cao hơn so
# với trước ngày 1/7", "như trước ngày sáp nhập"); nor in a sentence of a condition ("nếu không có gì thay đổi, …")
PLANNED_ACT_WITHIN_WORDS = 24  # syllables: "thông qua nghị quyết sắp xếp, tổ chức lại đơn vị hành chính cấp xã" is 15
PLANNED_ACT_NOT_AFTER = (
    "có",
    "không",
    "chưa",
    "được hưởng",
    "được nhận",
    "tăng",
    "giảm",
    "diễn ra",
    "là",
)
PLANNED_ACT_COMPARED = ("so với", "như", "tức", "hơn", "kể từ", "từ")
PLANNED_ACT_CONDITIONS = ("nếu", "trường hợp", "khi")
# words opening a clause of its own between a comma and the marker ("…, bởi trước ngày 1/7 nhiều xã thiếu …")
PLANNED_ACT_CLAUSE_OPENERS = ("bởi", "vì", "do", "nhưng", "song", "còn", "trong khi")
# how many words an instruction's object may hold between its verb and the limit
INSTRUCTION_OBJECT_WORDS = 8
DONE_CUES = ("đã hoàn thành", "đã xong", "hoàn thành xong")
# a deadline named first, its date after "là": "Hạn chót để các xã hoàn thành kết nối là ngày 31/10"
DEADLINE_HEADS = ("hạn chót", "thời hạn cuối", "hạn cuối", "thời hạn hoàn thành")
# a label line giving an act's time limit, its date after the colon with or without a limit marker: "Thời gian thực
# hiện: đến hết ngày 30/11/2025", "Thời hạn hoàn thành: trước ngày 15/10" (a notice's or a plan's items). A start
# ("Thời gian bắt đầu: từ ngày 1/12") is none
DEADLINE_LABELS = (
    "thời gian thực hiện",
    "thời gian hoàn thành",
    "thời hạn thực hiện",
    "thời hạn hoàn thành",
    "thời hạn",
    "hạn hoàn thành",
    "hạn chót",
    "hạn cuối",
)
# ... the task may stand between the label and its colon: "Hạn cuối để các xã nộp báo cáo: 15/4/2026" (a black-box
# probe of 0.9.25, helper-171)
DEADLINE_LABEL_TASK_WORDS = 8
DEADLINE_LABEL_MARKERS = (
    "đến hết",
    "đến",
    "trước",
    "chậm nhất",
    "muộn nhất",
    "chậm nhất là",
    "muộn nhất là",
    "hạn chót",
)
# a deadline met, its date later in the clause: "đã hoàn thành đúng hạn việc công bố danh mục … ngày 30/9"
MET_DEADLINE_CUES = (
    "hoàn thành đúng hạn",
    "hoàn thành đúng thời hạn",
    "hoàn thành trước thời hạn",
    "hoàn thành trước hạn",
    "hoàn thành đúng tiến độ",
)
# a whole year as the limit of an obligation to complete something: "Trong năm 2025 phải hoàn thành tái cấu trúc quy
# trình …", "Đến hết năm 2025, các xã phải hoàn thành số hóa" (the deadline is the year's last day)
# (the words before "năm", which the date itself holds)
# (a span of years too, due by its last year's end: "Trong giai đoạn 2026 - 2027 phải hoàn thành việc sửa đổi …")
# "đến" right before a month's end: "đến cuối tháng 9 sẽ hoàn thành" (rules/deadlines.py, a month's end as a limit)
UNTIL_WORDS = ("đến",)
YEAR_LIMIT_MARKERS = ("trong", "hết", "đến", "đến hết", "trước hết", "trong cả", "giai đoạn", "trước")
YEAR_LIMIT_CUES_AFTER = ("phải hoàn thành", "phải xong", "phải hoàn tất", "bắt buộc hoàn thành")
# "trước" marks a year's limit only before its end: "trước cuối năm 2026" (a review of 0.9.25, helper-172)
YEAR_END_WORDS = ("cuối năm", "hết năm")
# ... or told before the year, which closes the obligation's clause: "Tỉnh phải hoàn thành việc thực thi các phương án
# cắt giảm thủ tục hành chính trong năm 2025."
YEAR_LIMIT_CLOSING_MARKERS = ("trong", "ngay trong", "trong cả", "trước")  # "… phải hoàn thành … trước cuối năm 2026"

# ... or a completion told before the year or month, its object between ("hoàn thành việc rà soát trụ sở trong năm
# 2026"), after an instruction or an aim in its clause: "đề nghị các bộ, ngành, địa phương dồn sức để hoàn thành việc
# thực thi các phương án … trong năm 2025", "phấn đấu hoàn thành việc rà soát … trong năm 2026" ("Tỉnh đã hoàn thành
# … trong tháng 8" reports; with no instruction, "dự kiến hoàn thành …" plans, obliges nothing)
COMPLETION_CUES = ("hoàn thành", "hoàn tất")
COMPLETION_OBLIGED_BY = ("yêu cầu", "đề nghị", "giao", "chỉ đạo", "phấn đấu", "phải", "bắt buộc")
# ... but not such a word as a noun or in the passive ("Thực hiện chỉ đạo của UBND tỉnh, các xã hoàn thành …",
# "Theo yêu cầu của …", "Được giao nhiệm vụ từ đầu năm, xã hoàn thành …": what was done under it), nor a completion
# denied or told as done ("nhiều xã vẫn chưa hoàn thành …", "đã hoàn thành …")
OBLIGING_NOT_BEFORE = ("theo", "thực hiện", "nhận")
OBLIGING_NOT_AFTER = ("của",)
# a completion denied or told as done right before it ("vẫn chưa hoàn thành", "đã hoàn thành"); "không được chậm trễ,
# hoàn thành …" obliges still. A passive instruction obliges too ("Các xã được yêu cầu hoàn thành …"); one told of a
# limit already passed reports ("Được giao nhiệm vụ từ đầu năm, xã hoàn thành … trong năm 2024": read only ahead)
COMPLETION_NOT_DUE = ("đã", "chưa", "không", "vẫn chưa")
# an obligation whose object is a state of the person, not an act to complete, is a condition of who qualifies: a
# date in it closes the span the condition covers, no limit ("Họ phải có tên trong danh sách chuyển đến … từ khi sắp
# xếp đến hết ngày 31/12/2025", "phải thuộc diện tinh giản trước ngày 1/7"); "phải hoàn thành … trước ngày 30/9" is one
ELIGIBILITY_AFTER_CUE = (
    "có tên",
    "có trong danh sách",
    "thuộc diện",
    "thuộc danh sách",
    "thuộc đối tượng",
    "là đối tượng",
    "đủ điều kiện",
    "đáp ứng điều kiện",
    "đáp ứng đủ điều kiện",
    "có thời gian công tác",
)
# a clause opening on whom it speaks of, the date inside that description before its obligation, makes the date part
# of who the obligation falls on: "Người đã nhận hỗ trợ nhưng nghỉ việc trước ngày 31/12/2025 phải hoàn trả" (who
# leaves before that day refunds; nothing is due on it); "Trước ngày 30/9, các xã phải …" opens on its limit
CONDITION_OPENERS = ("người", "những người", "cán bộ nào", "trường hợp", "nếu", "ai")

# a sentence opening on the targets just told, whose deadline it gives: "Chỉ tiêu này phải hoàn thành trước ngày
# 30/7/2025" after "… tiếp nhận trực tuyến tối thiểu 60% hồ sơ, trong đó ít nhất 20% được thực hiện toàn trình" - the
# targets hold for that day
TARGETS_NAMED_BACK = (
    "chỉ tiêu này",
    "các chỉ tiêu này",
    "những chỉ tiêu này",
    "các chỉ tiêu trên",
    "các chỉ tiêu nêu trên",
    "chỉ tiêu trên",
    "mục tiêu này",
    "các mục tiêu này",
    "các mục tiêu trên",
)

# a whole month as the limit of an obligation to complete: "báo cáo …, hoàn thành trong tháng 10/2025", "dự kiến
# trong tháng 12/2025 sẽ hoàn thành việc bố trí …" - due by the month's last day. The marker stands right before the
# month ("hết tháng 9" is a month's end, read as a day); the obligation right before the marker, or right after the
# month
MONTH_LIMIT_MARKERS = ("trong", "ngay trong", "trong cả")
# completing only, as for a year's limit: "phải được triển khai ngay trong tháng 1/2026" (to start within it) is left
MONTH_LIMIT_CUES_BEFORE = ("hoàn thành", "xong", "hoàn tất")
MONTH_LIMIT_CUES_AFTER = (*YEAR_LIMIT_CUES_AFTER, "sẽ hoàn thành", "sẽ xong", "sẽ hoàn tất")
