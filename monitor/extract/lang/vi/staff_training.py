"""Training figures (staff_training): officials taking part in a course, the courses and classes counted, and
the people counted only as qualified in a field or as a meeting's delegates.

Cues are in the view form (lower case, new tone placement). tests/extract/rules/test_staff.py holds the table of real
phrases (rows "trained", "not trained").
"""

# people taking part, right after their figure: in a paragraph about a training, its trainees ("Tỉnh mở lớp bồi
# dưỡng … Trong đợt này, có 1.536 lượt cán bộ, công chức tham gia")
TAKING_PART_AFTER = ("tham gia", "tham dự", "dự lớp", "dự học")
# words before a training that officials are sent to give, not to take: "biệt phái 97 công chức về xã … đồng thời
# giúp xã đào tạo, bồi dưỡng đội ngũ hiện có"
HELPING_OTHERS = ("giúp", "hỗ trợ", "hướng dẫn", "kèm cặp")
# a training word taken part in, right before it (a course's noun may stand between): the officials counted before the
# places they work in are its trainees ("Gần 400 cán bộ … thuộc 23 xã … đang tham gia tập huấn"); not when the taking
# part is denied or needed ("chưa được bồi dưỡng", "cần được đào tạo")
TRAINING_TAKEN_BEFORE = ("tham gia", "hoàn thành", "được", "dự", "theo học", "tham dự")
# the tenses a training's taking part may be told in ("đang tham gia tập huấn", "đã hoàn thành khóa bồi dưỡng"), and
# the places officials are counted in besides the communes ("96 đơn vị hành chính cấp xã")
TRAINING_TENSES = ("đang", "đã", "sẽ")
PLACE_UNIT_NOUNS = ("đơn vị hành chính",)
# classes counted on a topic ("6 lớp về trí tuệ nhân tạo … cho 4.100 cán bộ"), not the cohort retiring ("lớp về hưu")
CLASS_NOUNS = ("lớp", "lớp học", "khóa", "khóa học")
CLASS_NOT_TOPICS = ("hưu", "nghỉ", "nghỉ hưu")
TRAINING_COURSES = (
    "lớp",
    "khóa",
    "các lớp",
    "khóa học",
    "chương trình",
    "hội nghị",
    "buổi",
    "đợt",
    "các đợt",
    "lớp học",
)
TRAINING_NOT_TAKEN = ("chưa", "không", "cần", "cần phải", "phải")
# people counted only as a training's participants: "12 hội nghị tập huấn với hơn 3.000 đại biểu tham dự" (a meeting's
# or a council's delegates are nobody moved or lacking: "Kỳ họp có 60 đại biểu tham dự, bàn về việc điều động cán bộ")
TRAINEES_ONLY = ("đại biểu",)
# right after people counted: what they are qualified in, not a training they take ("xã có 2 người được đào tạo
# chuyên ngành này" holds two graduates of the field; "20 người được đào tạo chuyên khoa II" in a plan are trainees)
QUALIFIED_AFTER = (
    "được đào tạo chuyên ngành",
    "được đào tạo đúng chuyên ngành",
    "đã được đào tạo chuyên ngành",
    "đã được đào tạo đúng chuyên ngành",
    "được đào tạo bài bản",
    "đã qua đào tạo chuyên ngành",
    "có bằng",
    "tốt nghiệp",
    "có trình độ",
)
