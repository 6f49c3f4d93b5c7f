"""Number words, scale words and approximation cues."""

# spelled digits; "năm" (five) doubles as "year", so word numbers only count before a unit noun
DIGIT_WORDS = {
    "không": 0,
    "một": 1,
    "mốt": 1,  # unit digit after mươi: "hai mươi mốt"
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "tư": 4,  # unit digit after mươi: "hai mươi tư"
    "năm": 5,
    "lăm": 5,  # unit digit after mười/mươi: "mười lăm"
    "nhăm": 5,  # northern variant of lăm
    "sáu": 6,
    "bảy": 7,
    "bẩy": 7,  # common misspelling
    "tám": 8,
    "chín": 9,
}
TEN_WORDS = {"mười": 10, "chục": 10}
TENS_JOINER = "mươi"  # "hai mươi" = 20
HUNDRED_WORD = "trăm"
ZERO_TENS = ("linh", "lẻ")  # "hai trăm linh tám" = 208; lẻ in the south
# words that start no number: "hàng trăm", "vài chục" are no figures, and a bare "chục cán bộ" is none either
MULTIPLIER_WORDS = ("chục", "trăm", "mươi", "linh", "lẻ")
# words before a spelled number that make it a vague amount: "vài chục", "mấy trăm", "dăm ba", "hàng chục"
VAGUE_BEFORE = ("vài", "mấy", "dăm", "hàng", "mươi", "dăm bảy")
HALF_WORD = "rưỡi"  # "hai triệu rưỡi" = 2.5 million, "một trăm rưỡi" = 150

SCALE_WORDS = {
    "nghìn": 1e3,
    "ngàn": 1e3,  # also thousand, used in the south
    "vạn": 1e4,  # old usage, still in some reports
    "triệu": 1e6,
    "tỷ": 1e9,
    "tỉ": 1e9,  # older spelling of tỷ
}

# cue -> approx value; longest cues are tried first
APPROX_CUES = {
    "hơn": "more_than",
    "trên": "more_than",
    "gần": "nearly",
    "gần như": "nearly",
    "xấp xỉ": "about",
    "khoảng": "about",
    "chừng": "about",
    "ước": "about",  # "ước đạt"
    "ước tính": "about",
    "tối thiểu": "at_least",
    "ít nhất": "at_least",
    "không dưới": "at_least",
    "dưới": "less_than",
    "chưa đến": "less_than",
    "chưa tới": "less_than",
    "tối đa": "at_most",
    "không quá": "at_most",
}

# the approximation words that may stand between a cue and its figure: "tiếp nhận hơn 200", "thiếu khoảng 40" (the
# bounds of APPROX_CUES, "tối thiểu", "ít nhất", mark aims and are read by the rules that need them)
ROUGH_BEFORE_NUMBER = ("hơn", "gần", "khoảng", "trên")
# "fewer than" before the count of a place ranked last: "Điện Biên ít nhất, chưa đến 15.000 hồ sơ"
BELOW_WORDS = ("chưa đến", "chưa tới", "dưới")
# "as many as" before a count of people lacking: "thiếu tới 40 người", "thiếu đến 12 công chức"
UP_TO_WORDS = ("tới", "đến")

# words between a part and its whole, like the slash of "1.150/1.200": "giải quyết 1.150 trên tổng số 1.200
# hồ sơ", "286.540 hồ sơ trên tổng số 295.100 hồ sơ tiếp nhận"
TOTAL_WORDS = ("trên tổng số", "trên tổng", "trong tổng số", "trong số")
# words after a share that name its base: "chiếm 84,5% tổng số hồ sơ tiếp nhận" (the cue is the base's)
SHARE_BASE_WORDS = ("tổng số", "tổng", "trên tổng số", "trên tổng", "của tổng số", "so với tổng số")

# a number right after these is a name, not a figure: "gọi tổng đài 1022", "đường dây nóng 0904.123.456"; a
# service level too: "dịch vụ công trực tuyến mức độ 3, mức độ 4" (a grade of the service, not 3 services)
IDENTIFIER_BEFORE = (
    "tổng đài",
    "đường dây nóng",
    "hotline",
    "số điện thoại",
    "điện thoại",
    "số máy",
    "mã số",
    "mã",
    "mức độ",
    "cấp độ",
    # an ordinal: "trao quyết định biệt phái cho công chức, viên chức đợt 2" is the second round, not 2 officials
    "đợt",
    "đợt thứ",
    "lần thứ",
    "khóa",
    "giai đoạn",
)
