"""Cue words that every family reads around a figure: a rate per unit, a total, a cue verb inside a noun, a
change, a denial. Each family's own wording is in its module (staff.py, dossiers.py, procedures.py, shares.py,
money.py, deadlines.py, documents.py, status.py)."""

# a count or an amount per commune or on average is a rate, not a figure of the reform's progress:
# "mỗi phường được tăng cường từ 5 đến 7 công chức", "phân bổ cho mỗi xã 300 triệu đồng"
PER_UNIT_BEFORE = (
    "mỗi xã",
    "mỗi phường",
    "mỗi đặc khu",
    "mỗi xã, phường",
    "mỗi địa phương",
    "mỗi đơn vị",
    "mỗi cơ quan",
    "mỗi sở",
    "mỗi nơi",
    "mỗi trung tâm",  # "chưa đạt mức tối thiểu 15 người mỗi trung tâm": a norm per centre
    "mỗi lớp",  # "chia thành 11 lớp, mỗi lớp 30 – 40 học viên": a class's size
    "bình quân",
    "trung bình",
)
# the same after the figure, with or without a preposition: "biệt phái 2 công chức cho mỗi xã"
PER_UNIT_AFTER = tuple(cue for cue in PER_UNIT_BEFORE if cue.startswith("mỗi"))
# a total word after the per-commune one takes the figure back: "về mỗi xã …, tổng cộng khoảng 420 người"
TOTAL_WORDS = ("tổng cộng", "tổng số", "tổng", "cả thảy", "tất cả")

# a cue verb right after these is part of a noun: "hồ sơ thuộc thẩm quyền giải quyết của cấp xã" says whose
# dossiers they are, not that they were resolved
# "hồ sơ có đủ thông tin xử lý": what a dossier holds for its handling, not a handling done
# "6.255 hồ sơ còn lại do các cơ quan ngành dọc chịu trách nhiệm giải quyết": who answers for resolving them, not a
# resolving done; "ngành giáo dục và đào tạo", "Sở Giáo dục và Đào tạo": the education sector's name, no training
# "bổ sung có mục tiêu": money earmarked from the central budget (a kind of transfer), no target
NOT_CUE_AFTER = (
    "thẩm quyền",
    "thông tin",
    "chịu trách nhiệm",
    "có trách nhiệm",
    "giáo dục và",
    "giáo dục -",
    "bổ sung có",
)

# right before a count told earlier in the article, words that name that whole again rather than tell a new figure:
# "Trong số 176 công chức được điều động, …", "cấu hình quy trình điện tử cho toàn bộ 2.199 thủ tục" after "2.199 thủ
# tục … không phụ thuộc địa giới" (restate.py drops the repeat)
WHOLE_NAMED_BEFORE = ("trong số", "trong tổng số", "toàn bộ", "tất cả", "cả")

# words opening a sentence on its topic, which runs to the first comma: the topic's verb is none of the figure's
# after it ("Về giải quyết thủ tục hành chính, cấp xã đã tiếp nhận 74.563 hồ sơ" counts dossiers received)
TOPIC_OPENERS = ("về", "về công tác", "đối với", "đối với công tác", "trong công tác")

# adverbs underthesea joins with a one-syllable verb after them ("xã hiện thiếu 10 cán bộ" is read "hiện thiếu",
# "xã hiện cử 3 người" "hiện cử"): the verb is still a word of its own
JOINED_ADVERBS = ("hiện",)

# a share that says how much something moved is a change, not a level: "tăng 12% so với tháng trước"
CHANGE_BEFORE = ("tăng", "giảm", "tăng thêm", "giảm đi", "tăng hơn", "cao hơn", "thấp hơn")
CHANGE_AFTER = ("so với", "so cùng kỳ")
# a margin over what a share is compared with: "cắt giảm hơn 55% thời gian, vượt 25% so với chỉ tiêu" (no cut of 25%)
MARGIN_BEFORE = ("vượt", "cao hơn", "thấp hơn")
# a level a figure moved from, and the words to the new one: "dự toán được nâng từ 46.294 triệu đồng lên 128.298 triệu
# đồng" (the first is no figure of its own)
MOVED_FROM = ("từ",)
MOVED_TO = ("lên", "xuống")  # not "thành": "phân bổ từ 20 tỷ đồng thành 3 đợt" divides, moves nothing
MOVED_TO_LEVEL = ("mức",)  # "nâng từ 2 triệu đồng lên mức 3 triệu đồng"
# whose a figure's people or things are, right after the count: "200 cán bộ của 12 địa phương" (the words after the
# owner still tell the figure)
OWNER_LINKS = ("của", "thuộc")
# other people or things than a count of the same value told before: "21 người khác", "thêm 5 người nữa"
ANOTHER_AFTER = ("khác", "nữa")
# words that may open the next figure's own clause after "và": "… 1.200 hồ sơ và đạt 98%", "và có 20 hồ sơ"
NEXT_FIGURE_OPENERS = ("dưới", "có", "đạt")
# words that deny the cue after them: "14 thủ tục chưa được cung cấp trực tuyến" are none of the online ones
NEGATIONS = ("chưa", "không", "chưa thể", "không thể")

# a sentence opening on a conclusion sums up what was told ("Như vậy, bạn sẽ được hỗ trợ 3 triệu đồng mỗi tháng" after
# the answer gave "3 triệu đồng/người/tháng"): an amount it names again is a mention of the one told before, no figure
# of its own (told_again.concluded_again)
CONCLUSION_OPENERS = ("như vậy", "tóm lại", "nói cách khác", "tức là")

# the words a chart's or a table's title opens on, before its colon: "Biểu đồ cột: Số hồ sơ tiếp nhận theo lĩnh vực"
# (with a word or two after them: "Biểu đồ cột", "Bảng số liệu"); the lines under such a title are its items
CHART_TITLES = ("biểu đồ", "đồ họa", "đồ hoạ", "infographic", "bảng", "số liệu")
# a question asking how many, on a line of its own, leads the answer's line under it: "Hỏi: Tháng 9 vừa qua, phường
# Long Biên nhận bao nhiêu hồ sơ?" over "Đáp: 3.742 hồ sơ, …" (the answer's figure is what was asked; a black-box
# probe of short forms, helper-169)
HOW_MANY_WORDS = ("bao nhiêu", "mấy")

# a sentence opening on an illustration made up to explain a rule ("Ví dụ, xã A trước sắp xếp được khoán quỹ phụ cấp
# bằng 21,0 lần mức lương cơ sở …; rồi chia đều thì mỗi người được 3,6 lần"): its paragraph from there on holds no
# figure of a place. A supposition always is one; an example only when it names a place or a person by a letter (the
# nouns before it below): "Ví dụ, tại xã Tân Phú, …" is a real case. "Chẳng hạn" names real places as often as not.
EXAMPLE_OPENERS = ("ví dụ", "thí dụ")
SUPPOSITION_OPENERS = ("giả sử", "giả định")
MADE_UP_NAMED = ("xã", "phường", "thôn", "tỉnh", "huyện", "ông", "bà", "anh", "chị", "người", "cán bộ", "đơn vị")

# the passive markers: "được" (a benefit, or neutral), "bị" (a harm); both make the subject the one acted on ("120 công
# chức được điều động", "hồ sơ bị trả lại")
PASSIVE_MARKERS = ("được", "bị")
