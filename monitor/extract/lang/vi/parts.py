"""The wording that makes a figure a part of another one told in the same article (series.md, rule 6).

Cues are in the view form (lower case, new tone placement). A part has its own series key and is never
compared with its whole: "trong số 335 trường hợp … có 58 …; 277 trường hợp còn lại …".
"""

# between a whole and its first part: "thêm 140 trường hợp, trong đó có 39 chuyên ngành kế toán",
# "điều động 120 cán bộ, gồm 80 công chức và 40 viên chức", "Trong đó, …" opening the next sentence
PART_INTRODUCERS = (
    "trong đó",
    "trong đó có",
    "trong số đó",
    "trong số này",
    "bao gồm",
    "gồm",
    "gồm có",
    "cụ thể",
    "cụ thể là",
    "chia ra",
    "chia theo",
)
# ... the ones that may open the paragraph after the whole's ("… tổng số gần 154 tỷ đồng.\n\nTrong đó, 120 tỷ đồng từ
# ngân sách Trung ương, …"); "Cụ thể, …" opening a paragraph goes on to other figures more often than it breaks one down
PARAGRAPH_PART_INTRODUCERS = ("trong đó", "trong đó có", "trong số đó", "trong số này")
# before the whole, in the part's own sentence: "trong số 335 trường hợp được đề nghị có 58 …"
WHOLE_BEFORE = ("trong số", "trong tổng số")
# after a part's noun: the rest of the whole once other parts are told ("277 trường hợp còn lại"); a count so called
# right after a figure of its unit is read with that figure's metric too (figure_reading.rest_of_told)
REMAINDER_AFTER = ("còn lại",)
# opening a part's clause: one place or group singled out of a whole told before ("Riêng phường An Phú …")
SINGLED_OUT_BEFORE = ("riêng", "riêng tại", "riêng ở", "riêng với", "trong đó riêng")
