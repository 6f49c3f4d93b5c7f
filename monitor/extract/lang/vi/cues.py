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
NOT_CUE_AFTER = ("thẩm quyền", "thông tin")

# a share that says how much something moved is a change, not a level: "tăng 12% so với tháng trước"
CHANGE_BEFORE = ("tăng", "giảm", "tăng thêm", "giảm đi", "tăng hơn", "cao hơn", "thấp hơn")
CHANGE_AFTER = ("so với", "so cùng kỳ")
# words that deny the cue after them: "14 thủ tục chưa được cung cấp trực tuyến" are none of the online ones
NEGATIONS = ("chưa", "không", "chưa thể", "không thể")

# a sentence opening on a conclusion sums up what was told ("Như vậy, bạn sẽ được hỗ trợ 3 triệu đồng mỗi tháng" after
# the answer gave "3 triệu đồng/người/tháng"): an amount it names again is a mention of the one told before, no figure
# of its own (restate.concluded_again)
CONCLUSION_OPENERS = ("như vậy", "tóm lại", "nói cách khác", "tức là")
