"""Nouns that say what a number counts, and the unit each gives to a fact."""

from monitor.extract.lang.vi.abbreviations import count_nouns
from monitor.extract.lang.vi.cues import PER_UNIT_AFTER
from monitor.extract.lang.vi.dossiers import DOSSIER_CUES
from monitor.extract.lang.vi.staff import RANK_NOUNS

# noun (view form) -> unit; a number counts only when one of these (or %, or money) follows it
COUNT_NOUNS = {
    "cán bộ": "person",
    "công chức": "person",
    "viên chức": "person",
    "trường hợp": "person",  # "140 trường hợp" in a staffing sentence: officials, case by case
    "nhân sự": "person",
    "chuyên viên": "person",
    "sĩ quan": "person",  # "điều động 124 sĩ quan về Ban CHQS cấp xã": officers seconded to the communes
    "bộ đội": "person",  # "bố trí thêm từ 8 đến 10 bộ đội chính quy tại Ban CHQS cấp xã": soldiers, likewise
    "quân nhân": "person",  # "điều động … 4.622/9.195 quân nhân chuyên nghiệp của Ban Chỉ huy quân sự xã": likewise
    # officials by their rank's title: "Sở Xây dựng đã cử khoảng 900 thanh tra viên địa bàn xuống cơ sở"
    "thanh tra viên": "person",
    "học viên": "person",  # "lớp có 120 học viên là công chức cấp xã": trainees, with a training word
    # "12 hội nghị tập huấn với hơn 3.000 đại biểu tham dự": a training's participants, with a training word (a
    # council's delegates, "52/52 đại biểu tán thành", name no staffing)
    "đại biểu": "person",
    "biên chế": "person",  # "thiếu 1.245 biên chế công chức": posts, counted as the officials to fill them
    # "thiếu 55 công chức, gồm 20 vị trí lãnh đạo, quản lý và 35 vị trí chuyên môn": posts likewise, only with a
    # staffing cue and an official named in the sentence (rules/staff.py)
    "vị trí": "person",
    "người": "person",  # only with a staffing cue: "người dân" is excluded below
    "chuyên ngành": "person",  # "39 chuyên ngành kế toán": officials of that specialty
    # holders of posts and ranks ("gồm 5 Tỉnh ủy viên, 2 giám đốc sở"): read only as parts of a staff figure
    **{noun: "person" for noun in RANK_NOUNS},
    "lượt": "person_time",
    "hồ sơ": "dossier",
    "thủ tục": "procedure",
    "tthc": "procedure",
    "dịch vụ công": "procedure",
    "dvc": "procedure",
    "dịch vụ": "procedure",  # "1.047 dịch vụ toàn trình": a public service named short; needs a kind word
    # the field's abbreviations of these nouns: "572 DVCTT toàn trình", "thiếu 20 CBCC" (lang/vi/abbreviations.py)
    **count_nouns(),
}

# a dossier counted by its filing or its set, the classifier before the noun: "tiếp nhận 15.300 lượt hồ sơ", "28.760 bộ
# hồ sơ" (a black-box probe of 0.9.24, helper-167); the figure counts the dossiers
NOUN_CLASSIFIERS = {"hồ sơ": ("lượt", "bộ")}
# ... a tally, not the copies one filing needs: "lập hai bộ hồ sơ đề nghị", "một bộ hồ sơ … liên thông" count none
CLASSIFIED_FROM = 10

# a bare number listed after a count, a step of that noun's metrics named between, counts the same noun: "tiếp nhận
# 62.000 hồ sơ, giải quyết 60.500, đúng hạn 59.800", "Số hồ sơ tiếp nhận là 40.100; số đã giải quyết là 38.700" (a
# black-box probe of 0.9.24, helper-167); not a change or a remainder ("…, tăng 200 so với tháng trước")
NOUN_CARRIED_BY_STEPS = {"hồ sơ": tuple(cue for cues in DOSSIER_CUES.values() for cue in cues)}
NOUN_CARRIED_WORDS = 5
NOUN_NOT_CARRIED_BY = ("tăng", "giảm", "so với", "cùng kỳ", "chiếm", "còn", "đang", "chưa", "trong đó", "gồm")
# ... nor a part of the steps told (ahead of time, late, filed in person): "giải quyết trước hạn 3.100, đúng hạn
# 4.900, trễ hạn 45", "trực tuyến 3.100, tiếp nhận trực tiếp 1.400" would be second values of the whole's series (a
# review of 0.9.25, helper-168)
NOUN_PARTS_NOT_CARRIED = ("trước hạn", "trễ hạn", "quá hạn", "chậm", "trực tiếp", "bưu chính")

# an infographic's figure first with its noun right after a dash, a colon or a bar counts from 100: smaller ones are a
# row's or an item's number ("1 | Hồ sơ tiếp nhận | 41.300", "2 – Hồ sơ nộp trực tiếp …")
LINE_FIGURE_FROM = 100

# the words an infographic's line puts between its figure and what it counts, the figure first: "1.250 – số cán bộ
# được tăng cường về xã", "45.320 - số lượng hồ sơ đã tiếp nhận" (the line then reads as "1.250 cán bộ …")
FIGURE_LINE_LABELS = ("số", "số lượng", "tổng số")

# words right after a person noun that make it not an official: "người dân", "lượt người dân"
# ("người dùng": a system's users, "hệ thống đáp ứng 120.000 người dùng cùng lúc")
NOT_STAFF_AFTER = ("dân", "người dân", "dân cư", "lao động", "tuổi", "khách", "bệnh", "dùng", "sử dụng")
# a population named right before a count of people: its inhabitants, never officials, whatever staffing word the
# sentence holds ("xã mới có dân số ước khoảng 25.000 người, … nhân sự được tập huấn", "quy mô dân số là 18.000
# người"); the words between are the estimate's
POPULATION_BEFORE = ("dân số", "số dân", "quy mô dân số", "tổng dân số", "nhân khẩu")
# ("phòng dân số có 4 người" is a department's staff: "có" is no filler)
POPULATION_FILLERS = ("ước", "ước tính", "ước đạt", "là", "đạt", "hiện", "hiện nay", "gần", "hơn", "trên")

# a count per day or per commune is a rate, not a figure of the reform's progress:
# "mỗi xã tiếp nhận khoảng 40-50 hồ sơ/ngày"; per person or per month and year too: "mức 1.800 hồ sơ/người/năm mà
# Trung ương quy định" is a norm of work per official
RATE_AFTER = (
    "/ngày",
    "/ tuần",
    "/tuần",
    "/xã",
    "mỗi ngày",
    "một ngày",
    "hằng ngày",
    "hàng ngày",
    "mỗi tuần",
    "mỗi xã",
    "/ ngày",
    "/người",
    "/ người",
    "/cán bộ",
    "/công chức",
    "/tháng",
    "/năm",
)

# ... of which a count of dossiers a day is read as such (dossier/day), the gold sets' daily intake
DAILY_RATES = ("/ngày", "/ ngày", "mỗi ngày", "một ngày", "hằng ngày", "hàng ngày")
# ... or told before the count in its own words (no figure, date or total between): "mỗi ngày trung tâm tiếp nhận và
# xử lý khoảng từ 60 đến 80 hồ sơ" ("Mỗi ngày …, riêng tháng 8 tiếp nhận 4.500 hồ sơ" is the month's)
DAILY_BEFORE = ("mỗi ngày", "một ngày", "hằng ngày", "hàng ngày")
DAILY_ENDS = ("riêng", "tổng cộng", "tổng số", "lũy kế", "cộng dồn")
# a daily count per place or per official is a norm, no place's intake: "Bình quân mỗi xã tiếp nhận 40-50 hồ
# sơ/ngày", "Mỗi công chức bộ phận một cửa tiếp nhận khoảng 30 hồ sơ mỗi ngày"
DAILY_NORM_OF = (*PER_UNIT_AFTER, "mỗi công chức", "mỗi cán bộ", "mỗi người", "mỗi nhân viên")
PERCENT_WORDS = ("%", "phần trăm")
# "đ" written short after an amount: "3,5 triệu đ/tháng", "3.500.000đ/người/tháng" (the number pattern reads it only
# right after a number or its scale)
CURRENCY_WORDS = ("đồng", "vnđ", "vnd", "đ")
# an allowance told as a multiple of the base salary (lương cơ sở), as provincial resolutions often set it:
# "được hỗ trợ hằng tháng bằng 1,5 lần mức lương cơ sở", "mức hỗ trợ là 1,75 lần mức lương cơ sở/tháng"
BASE_SALARY_AFTER = ("lần mức lương cơ sở", "lần lương cơ sở", "lần mức lương tối thiểu")
# "/người/tháng", "/người", "mỗi người mỗi tháng": money per person (and per period)
PER_PERSON = ("/người", "/ người", "mỗi người", "một người", "/cán bộ", "/công chức", "/suất")
# money per commune or per unit, a budget's rate (unit VND/commune): after the amount ("500 triệu đồng/xã", "1,2 tỷ
# đồng mỗi xã, phường", "không quá 1 tỷ đồng/đơn vị") or naming the unit before it ("Mỗi xã, phường được cấp 300
# triệu đồng"; a black-box probe of 0.9.25, helper-171: 10 of 10 read as nothing or as an allowance)
PER_COMMUNE = ("/xã", "/ xã", "/phường", "/đơn vị", "/ đơn vị", "mỗi xã", "mỗi phường", "mỗi xã, phường", "mỗi đơn vị")
PER_COMMUNE_BEFORE = ("mỗi xã", "mỗi phường", "mỗi xã, phường", "mỗi đơn vị", "mỗi đơn vị hành chính cấp xã")
# an amount per trip is a fare, or the base a monthly rate is worked out from ("Đi lại (200.000 đồng/lượt, 2 lượt/tuần)
# | 1,6 triệu đồng/người/tháng"): no allowance, which is money per person per period (facts.md)
PER_TRIP = ("/lượt", "/ lượt", "mỗi lượt", "một lượt", "/chuyến", "mỗi chuyến")
# "mỗi cán bộ được hỗ trợ 3 triệu đồng": the person named before the amount, in its clause
PER_PERSON_BEFORE = ("mỗi người", "mỗi cán bộ", "mỗi công chức", "mỗi viên chức", "mỗi trường hợp", "mỗi suất")
# ... or after the amount and its period: "chi 6 triệu đồng/tháng cho mỗi công chức biệt phái" (a black-box probe of
# 0.9.24, helper-167)
PER_PERSON_AFTER_OPENERS = ("cho",)
# (officials or a person, no citizen: "tiết kiệm 150.000 đồng cho mỗi người dân", "180 triệu đồng/tháng cho mỗi
# trường hợp thuê trụ sở" are no allowance; a review of 0.9.25, helper-168; NOT_STAFF_AFTER after "người")
PER_PERSON_AFTER = ("mỗi cán bộ", "mỗi công chức", "mỗi viên chức", "mỗi cán bộ, công chức", "mỗi người")
# "Công chức biệt phái được hỗ trợ 5 triệu đồng mỗi tháng": a person receives it, so it is per person
RECIPIENTS = ("cán bộ", "công chức", "viên chức", "người lao động", "mỗi người", "trường hợp")
# "được điều động hưởng trợ cấp": the benefit noun names the receiving when "được" went to another verb
RECEIVING_VERBS = (
    "được hỗ trợ",
    "được hưởng",
    "được nhận",
    "được chi trả",
    "được trợ cấp",
    "hưởng trợ cấp",
    "hưởng phụ cấp",
    "hưởng hỗ trợ",
    "nhận trợ cấp",
    "nhận hỗ trợ",
    "nhận phụ cấp",
)
# ... and "được cấp" for a person's size of money only: "cán bộ biệt phái được cấp 3 triệu đồng/tháng tiền nhà ở" (a
# black-box probe of 0.9.24), not "trụ sở … của cán bộ xã được cấp 3,5 tỷ đồng" (a review of 0.9.25, helper-168)
RECEIVING_SMALL_VERBS = ("được cấp",)
RECEIVED_SMALL_UNDER = 100_000_000
PER_MONTH = ("/tháng", "/ tháng", "mỗi tháng", "một tháng", "hằng tháng", "hàng tháng")
PER_YEAR = ("/năm", "/ năm", "mỗi năm", "một năm")

# what an allowance pays for, by family (view form): one amount for two of them is two rates ("2 triệu đồng tiền
# đi lại", "2 triệu đồng tiền ăn"); a purpose naming none of them ("khi đi tập huấn") tells no family
ALLOWANCE_PURPOSES = {
    "housing": ("thuê nhà", "nhà ở", "chỗ ở", "lưu trú", "nhà công vụ", "ký túc xá", "nhà ở tập thể"),
    "travel": ("đi lại", "xăng xe", "phương tiện"),
    "meals": ("tiền ăn", "ăn trưa", "ăn ở"),
    "once": ("một lần", "ban đầu"),
    "phone": ("điện thoại",),
}
