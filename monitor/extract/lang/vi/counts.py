"""Kinds of count: the wording that makes a figure one batch or one bounded period rather than a running total.

series.md, rule 4: a running total ("tính đến", "từ 1/7 đến nay"), a batch ("thêm 140", "đợt 2") and a figure
of a bounded period ("trong tháng 8", "tuần qua") are different quantities; comparing a batch or a period with
the running total is a false change. Cues are in the view form (lower case, new tone placement); a space stands
for any run of spaces.
"""

# a round among several, before the figure: "phân bổ đợt 2 số tiền 9,8 tỷ đồng", "Đợt này, tỉnh điều động 45
# công chức". "đợt"/"lần" is followed by one of BATCH_ORDINALS (or a number: "đợt 2", "lần 3")
BATCH_HEADS = ("đợt", "lần")
BATCH_ORDINALS = (
    "này",
    "bổ sung",
    "tiếp theo",
    "kế tiếp",
    "mới",
    "đầu",
    "đầu tiên",
    "một",
    "hai",
    "ba",
    "bốn",
    "thứ hai",
    "thứ ba",
    "thứ tư",
    "thứ năm",
    "cuối",
)
# "lần đầu", "lần đầu tiên" say "for the first time", not a round: only these follow "lần"
LAN_ORDINALS = ("này", "bổ sung", "tiếp theo", "thứ hai", "thứ ba", "thứ tư", "hai", "ba")
# a batch named without an ordinal: "trong đợt", "đợt bổ sung", "phân bổ bổ sung"
BATCH_PHRASES = ("trong đợt", "ở đợt", "tại đợt", "phân bổ bổ sung", "cấp bổ sung", "bố trí bổ sung")
# "tiếp tục" before one of these verbs gives another batch: "tiếp tục phân bổ 5 tỷ đồng", "tiếp tục điều
# động thêm 30 công chức"
CONTINUED_VERBS = (
    "phân bổ",
    "bố trí",
    "điều động",
    "biệt phái",
    "luân chuyển",
    "điều chuyển",
    "tăng cường",
    "cử",
    "cấp",
    "giao",
    "chi",
    "hỗ trợ",
    "bổ sung",
)
CONTINUED = ("tiếp tục",)
# a count of rounds before "đợt" makes a total of them: "qua 3 đợt", "sau hai đợt", "các đợt", "nhiều đợt"
ROUNDS_BEFORE = ("các", "nhiều", "những", "qua", "sau", "cả", "hai", "ba", "bốn", "năm", "mấy")

# a bounded period said in words rather than dates, before or after the figure: "Tuần qua, tỉnh tiếp nhận
# 1.200 hồ sơ", "tiếp nhận 350 hồ sơ chỉ trong tuần đầu tiên", "trong tháng, phường giải quyết 900 hồ sơ".
# (A named month, quarter or half year is a date: dates.py reads it as a calendar period.)
PERIOD_PHRASES = (
    "tuần qua",
    "tuần này",
    "tuần trước",
    "trong tuần",
    "trong tuần qua",
    "trong tuần này",
    "tuần đầu",
    "tuần đầu tiên",
    "trong tuần đầu",
    "trong tuần đầu tiên",
    "trong tháng",
    "trong tháng qua",
    "trong tháng này",
    "tháng qua",
    "tháng đầu",
    "tháng đầu tiên",
    "trong quý",
    "trong quý này",
    "quý này",
    "trong ngày",
    "trong ngày đầu",
    "ngày đầu",
    "ngày đầu tiên",
    "hôm nay",
    "hôm qua",
    "trong kỳ",
    "kỳ này",
    "trong kỳ báo cáo",
)
# "trong 10 ngày qua", "3 tháng gần đây": a number of days, weeks or months back from the report
SPAN_UNITS = ("ngày", "tuần", "tháng")
SPAN_AFTER = ("qua", "gần đây", "gần nhất", "vừa qua")

# words between a batch or period cue and the figure that make the figure the sum of all rounds: "đợt 2 …, nâng
# tổng số lên 36,5 tỷ", "Như vậy, tổng kinh phí đã phân bổ là 36,5 tỷ", "lũy kế từ đầu năm"
TOTAL_WORDS = (
    "tổng",
    "tổng cộng",
    "tổng số",
    "nâng tổng",
    "nâng tổng số",
    "lũy kế",
    "luỹ kế",
    "cộng dồn",
    "như vậy",
    "tính chung",
    "tính đến",
    "từ đầu",
    "đến nay",
    "kể từ",
    "lên",
)
