"""Date words: months, parts of a month, quarters, relative days."""

MONTH_WORDS = {
    "giêng": 1,  # lunar-style name, also used for January
    "một": 1,
    "hai": 2,
    "ba": 3,
    "tư": 4,  # "tháng tư", never "tháng bốn"
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
    "mười một": 11,
    "mười hai": 12,
    "chạp": 12,  # lunar-style name
}

# part of a month -> day used for as_of (facts.md: any day of the first / middle ten is accepted)
# the press's tenths of a month: "thượng tuần" (first ten days), "trung tuần" (middle), "hạ tuần" (last)
MONTH_PARTS = {
    "đầu": 5,
    "giữa": 15,
    "cuối": -1,
    "hết": -1,
    "thượng tuần": 5,
    "trung tuần": 15,
    "hạ tuần": -1,
}  # -1: the month's last day

QUARTERS = {"i": 1, "1": 1, "ii": 2, "2": 2, "iii": 3, "3": 3, "iv": 4, "4": 4}

# parts of a year without its number ("đến cuối năm"): month and day, in the year the past/future rule picks
YEAR_PARTS = {"đầu năm": (1, 15), "giữa năm": (6, 30), "cuối năm": (12, 31), "hết năm": (12, 31)}
# halves of a year -> which half; "6 tháng đầu năm" is read with the other "N tháng đầu năm"
HALF_YEARS = {"nửa đầu năm": 1, "nửa cuối năm": 2, "6 tháng cuối năm": 2, "sáu tháng cuối năm": 2}
# years relative to the publication date
RELATIVE_YEARS = {"năm nay": 0, "năm ngoái": -1, "năm sau": 1, "năm tới": 1}  # not "năm qua": "the past year"
# words before a period that make its end the day the figure holds ("đến cuối năm 2025 đạt 80%")
BY_END_MARKERS = ("đến", "tới", "trước", "hết", "đến hết", "tới hết", "trước khi hết", "cuối")
# words that tie a date written after a figure to it, so it wins over a date earlier in the sentence or
# paragraph ("Tính đến cuối tháng 8, …; tỷ lệ đúng hạn đạt 72% vào tháng 9"). "đến" alone is left out:
# after a figure it also gives a duration ("biệt phái 50 công chức đến hết năm 2026")
# "cho" ties a year to a target: "còn cách mục tiêu 80% mà tỉnh đặt ra cho năm 2025"
DATE_AFTER_FIGURE = ("vào", "trong", "tính đến", "tính tới", "cho")
# words between a figure and a later date that start another clause, whose date it is not:
# "đạt 72%, còn trong tháng 9 …", "đạt 72% trong khi tháng 9 …", "tăng 5% so với tháng 8"
CLAUSE_TURNS = ("còn", "trong khi", "nhưng", "song", "tuy nhiên", "đồng thời", "riêng", "ngoài ra", "so với")
# the turns that end a figure's words with no comma before them: "tiếp nhận 42.300 hồ sơ nhưng tỷ lệ giải quyết đúng
# hạn chỉ đạt 91,74%" ("còn", "riêng" also mean "still", "own" inside a phrase)
BARE_CLAUSE_TURNS = ("nhưng", "song", "trong khi", "tuy nhiên")

# words before a lone date (no end given) that make it the start of a running total: "19.870 hồ sơ tiếp nhận kể
# từ ngày 1/7", "tỷ lệ trực tuyến tính từ ngày 1/7 đạt 66,4%" hold on the day of the report, not on 1/7
SINCE_BEFORE = ("từ", "kể từ", "tính từ", "bắt đầu từ")

# words before a date it is compared with: "tăng 8,4% so với quý II" is no figure's date, nor the one the
# next sentences speak of
BASELINE_BEFORE = ("so với", "so với cùng kỳ", "so cùng kỳ", "cùng kỳ", "so với cuối", "so với đầu")

# weeks relative to the publication date: "tuần trước", "tuần này", "tuần tới" (after "tuần");
# not "tuần trước đó" (before a date of the text)
RELATIVE_PERIODS = {"trước": -1, "này": 0, "tới": 1}

# days relative to the publication date
RELATIVE_DAYS = {
    "hôm nay": 0,
    "hôm qua": -1,
    "hôm kia": -2,
    "ngày mai": 1,
    "ngày kia": 2,
    # a part of yesterday or today: "sáng qua" is yesterday morning, "chiều nay" this afternoon
    "sáng qua": -1,
    "trưa qua": -1,
    "chiều qua": -1,
    "tối qua": -1,
    "đêm qua": -1,
    "sáng nay": 0,
    "trưa nay": 0,
    "chiều nay": 0,
    "tối nay": 0,
}
# months relative to the publication date, alone or after a part ("đầu tháng này", "cuối tháng trước");
# "tháng qua" is left out: "trong tháng qua" may be the last thirty days as well as last month
RELATIVE_MONTHS = {"tháng này": 0, "tháng trước": -1, "tháng sau": 1, "tháng tới": 1}
# quarters relative to the publication date: "Trong quý vừa qua, tỉnh tiếp nhận 130.000 hồ sơ" told in October
RELATIVE_QUARTERS = {"này": 0, "trước": -1, "vừa qua": -1, "tới": 1, "sau": 1}
# "the month" with no number, the month a monthly report already named: "Kết quả tháng 7/2025 … Trong tháng, xã tiếp
# nhận 2.699 hồ sơ"; only before a comma, a stop or a colon ("trong tháng 7", "trong tháng này" say which)
SAME_MONTH_WORDS = ("trong tháng", "cả tháng", "tính chung trong tháng", "trong cả tháng")
# "now" words: the figure holds on the publication date
NOW_WORDS = ("đến nay", "hiện nay", "hiện tại", "thời điểm hiện tại", "thời điểm này", "tới nay", "vừa qua")
# a line telling of now, which a short form's line before it does not date ("Tỷ lệ này hiện đã tăng lên 68%", "Nay xã
# đã được tăng cường thêm 8 công chức": a review of 0.9.25, helper-170)
# a table's column counting a running total: the span a headline names is not its cells' ("| Trong tháng | Lũy kế |")
RUNNING_TOTAL_WORDS = ("lũy kế", "luỹ kế", "cộng dồn", "từ đầu năm", "tính từ")
NOW_TOLD = ("hiện", "hiện nay", "hiện tại", "nay", "đến nay", "tới nay", "bây giờ")

# A dated event later than the publication date contradicts it only when the text tells it as past:
# its sentence has one of these words, and no word before the date announces it ("có hiệu lực từ
# 1/1/2026", "diễn ra ngày 15/11/2025", "biệt phái tối đa đến 30/6/2026"). A span's end told with "đến hết" is
# announced like one with "đến": "phải có tên trong danh sách … từ khi sắp xếp đến hết ngày 31/12/2025" (who qualifies
# until then) says nothing of when the article was written; "tính đến hết ngày 30/9" (a report's day) still does.
PAST_CUES = ("đã", "vừa", "tính đến", "đến nay", "trước đó", "hôm qua", "đã được")
UPCOMING_BEFORE = (
    "từ",
    "đến",
    "tới",
    "đến hết",
    "tới hết",
    "hiệu lực",
    "áp dụng",
    "diễn ra",
    "tổ chức",
    "tối đa",
    "hạn",
    "trước",
    "kéo dài",
    "nhiệm kỳ",
    "vào",
    # a limit: "được hưởng trong suốt thời gian biệt phái nhưng không quá ngày 30-9-2027", "chậm nhất ngày 30/6/2027"
    "không quá",
    "chậm nhất",
    "muộn nhất",
)

# words that name a day themselves: "ngày 1.5" is the first of May whatever follows
DAY_WORDS = ("ngày", "mồng", "mùng")

# words before a bare day/month that make "20/8" a date rather than a fraction or a range
WEEKDAYS = ("thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật")
DAY_CUES = (
    *DAY_WORDS,
    "từ",
    "đến",
    "tới",
    "trước",
    "sau",
    "hết",
    "sáng",
    "chiều",
    "tối",
    "trưa",
    "đêm",
    "và",
    "hôm",  # "hôm 20/9"
    "vào",  # "vào 20/9"; "vào 12/12 xã" stays a count, a count noun following it
    "thời hạn",  # "trước thời hạn 30/9", "hạn chót 31/10"
    "hạn chót",
    # a day of the week or a day told relative to the publication, its date in brackets after it: "Hôm thứ Hai
    # (13/10), tỉnh …", "Chiều qua (14/10), …"
    *WEEKDAYS,
    "hôm qua",
    "hôm nay",
    "hôm kia",
    "sáng nay",
    "chiều nay",
    "tối nay",
    "sáng qua",
    "chiều qua",
    "tối qua",
)

# A dotted day.month ("1.7", "15.8") is written like a decimal ("1.5 triệu", "2.5 lần"), and a
# compact range ("13-17/10") like a range of counts: followed by one of these (or by a scale word, a
# count noun, % or a currency, see units.py and numbers.py) it is a number, not a date.
MEASURE_WORDS = (
    "năm",
    "tháng",
    "tuần",
    "ngày",
    "giờ",
    "phút",
    "lần",
    "điểm",
    "km",
    "ha",
    "tấn",
    "m2",
    "lít",
)
# a month naming a regular meeting is no date of its figures: "tại họp báo Chính phủ thường kỳ tháng 6/2025" is held on
# 3 July, and what it tells is as of then
MEETING_OF_MONTH_BEFORE = ("thường kỳ",)
# a year told as someone's birth is no date of the figure: "Ông Đỗ Văn Huy (sinh năm 1978) là một trong 32 công chức"
BIRTH_BEFORE = ("sinh", "sinh ra")
# "tăng từ 1.2 lên 1.5": a value changing, so the numbers around are no dates
CHANGE_WORDS = ("lên", "xuống")
# numbered items are dotted too: "mục 1.2 - 1.5", "tiêu chí 2.1", "điều 3.4" are no dates
NUMBERING_WORDS = (
    "mục",
    "khoản",
    "điều",
    "điểm",
    "tiêu chí",
    "chỉ tiêu",
    "chương",
    "phần",
    "bảng",
    "hình",
    "phiên bản",
)

# A paragraph that opens on these goes on with the one before: its figures break down or add to the figures told
# there, for the same span ("Từ ngày 1/7 đến ngày 29/7, toàn tỉnh tiếp nhận 68.115 hồ sơ." then a paragraph
# "Trong đó, 29.560 hồ sơ được nộp trực tuyến …": up to 29/7 too)
# (and the largest part named first: "Đông nhất là nhóm đất đai, tài nguyên và môi trường với 131 người")
CONTINUING_OPENERS = ("trong đó", "trong số đó", "cụ thể", "theo đó", "trong số này", "đông nhất là", "nhiều nhất là")
# a sentence opening on a block of the whole ("Khối bộ, ngành đạt 51,19%, khối tỉnh, thành phố mới đạt 15,21%")
# breaks down the figure of the sentence before, for its figures with no words of their own
BLOCK_OPENERS = ("khối",)

# a report's period named after one of these, the sentence telling no figure, dates the bulletin lines under it:
# "BẢN TIN CẢI CÁCH THỦ TỤC HÀNH CHÍNH – Kỳ báo cáo: tháng 8/2025." over "– Hồ sơ phát sinh trong kỳ: …"
REPORT_PERIOD_LABELS = ("kỳ báo cáo", "kỳ số liệu", "số liệu", "bản tin", "báo cáo")
# A paragraph that opens on these, after others, goes back to the span the article's figures were reported for
# ("Từ ngày 1-7 đến 30-9, trung tâm tiếp nhận 13.188 hồ sơ …", a paragraph on the day of a visit, then "Riêng hồ
# sơ thuộc thẩm quyền cấp xã, trung tâm tiếp nhận 2.760 hồ sơ": up to 30-9 too). A date of its own still wins
# ("Riêng ngày 14/7, …").
REPORTED_SPAN_OPENERS = (
    "riêng",
    "tính chung cả giai đoạn",
    "tính chung cả thời gian",
    "tính chung",
    "cũng trong thời gian này",
    "cũng trong thời gian trên",
    "cũng trong thời gian đó",
    "cũng trong giai đoạn này",
    "cũng trong giai đoạn trên",
    "cũng trong khoảng thời gian này",
    "cũng trong khoảng thời gian trên",
    "cùng thời gian này",
    "cùng thời gian trên",
    "cùng khoảng thời gian này",
    "cùng khoảng thời gian trên",
    "trong cùng thời gian",
    "trong cùng khoảng thời gian",
    "trong thời gian này",
    "trong đợt này",  # a round of training or transfers told with its span before: "kéo dài từ ngày 18/8 đến 10/9"
    "qua đợt này",
    "kết thúc đợt này",
    "trong giai đoạn này",
    # "Trong cùng kỳ, xã đã giải quyết được 8.914 hồ sơ": the span just reported (not "cùng kỳ năm 2024", a baseline)
    "trong cùng kỳ",
    "cũng trong kỳ này",
    "trong kỳ này",
    "đáng chú ý",
    # a block of the whole told in a paragraph of its own breaks down the figures of the span reported: "Năm 2024 Hà
    # Nam … 68,54% …" then "Ở khối bộ, ngành, Bộ Công Thương đứng đầu với 83,48%" (2024 too)
    "ở khối",
    "đối với khối",
    "tại khối",
    "khối",
)
# words "riêng" opens without going back to anything ("Riêng biệt, …", "Riêng lẻ, …")
REPORTED_SPAN_NOT = ("riêng biệt", "riêng lẻ", "riêng rẽ", "riêng tư", "riêng mình", "trong cùng kỳ năm")
# a date after these tells when something was done, in passing, not a span figures are reported for: "Chương trình
# cắt giảm … ban hành hồi tháng 3/2025" (a later "Tính chung, …" does not go back to March)
PASSING_DATE_BEFORE = ("hồi", "vào hồi", "từ hồi")
# the day a body was founded, told of it in passing ("Trung tâm …, đơn vị thành lập ngày 1/7/2025 trên cơ sở hợp nhất
# hai trung tâm"): the text does not go on in that day (a table of the centre's figures after it is as of the report)
FOUNDED_BEFORE = ("thành lập", "ra đời")
FOUNDED_LINKS = ("vào", "từ")  # "thành lập vào ngày 1/7", "ra đời từ ngày 1/7/2025"
# a sentence opening on a year it speaks of: "Năm 2024, …", "Trong năm 2024, …" (when.carried_date)
YEAR_FRAME_OPENERS = ("trong", "trong năm", "năm")

# The two-tier local government began on 1 July 2025: "the first month (weeks, days) of the model" counts from then.
# "trong tháng đầu tiên mô hình đi vào hoạt động" is July 2025; "hai tuần đầu vận hành chính quyền hai cấp" 1-14/7.
# Read only when the model's operation is named right after the span (OPERATION_WORDS), a few words on.
REFORM_START = (2025, 7, 1)
FIRST_SPAN_UNITS = {"ngày": 1, "tuần": 7, "tháng": 0}  # days a unit counts; a month is the calendar month
OPERATION_WORDS = ("vận hành", "đi vào hoạt động", "hoạt động", "triển khai", "thực hiện", "áp dụng")
# days of operation counted after a word of time gone by ("Sau 13 ngày hoạt động, trung tâm đã tiếp nhận …", "Trong 3
# ngày vận hành", "sau 100 ngày vận hành chính quyền hai cấp"): from the reform's start, that many days on (an
# approximate count, "hơn 100 ngày", is the day the article is dated; a black-box probe of short forms, helper-169)
DAYS_SPAN_OPENERS = ("sau", "qua", "trong", "sau khi")
DAYS_SPAN_OPERATIONS = ("vận hành", "hoạt động", "đi vào hoạt động")
# ... not days of a trial, of a peak, or the last days ("Trong 7 ngày hoạt động gần đây", "3 ngày vận hành thử nghiệm",
# "2 ngày hoạt động cao điểm": a review of 0.9.25, helper-170)
DAYS_SPAN_NOT_AFTER = (
    "thử",
    "thử nghiệm",
    "gần đây",
    "gần nhất",
    "cao điểm",
    "vừa qua",
    "qua",
    "tới",
    "tiếp theo",
    "cuối",
)
# ... when the article is dated soon after that day: "Sau 10 ngày hoạt động, trung tâm mới …" told in December counts
# from another start
DAYS_SPAN_TOLD_WITHIN = 21
MODEL_WORDS = ("mô hình", "chính quyền", "hai cấp", "bộ máy", "trung tâm", "xã mới", "phường mới")
