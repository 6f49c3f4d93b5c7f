"""Who or what a figure counts, where an article tells groups apart: the population classes of a series.

A class is a short ASCII slug that goes into the figure's series key (../shared/gold/series.md, rule 2),
so two articles counting the same group get the same key and a group is never compared with another.
The set is closed and general on purpose: a class names a kind of group that recurs across provinces
and outlets, never one article's wording. Cues are in the view form (lower case, new tone placement)
and are read in the figure's own words after its number; the first class of a table with a cue wins,
so a denial ("chưa xác định") is listed before what it denies ("xác định").
"""

# class -> cues after the number, in the figure's own words; tried in this order
POPULATIONS: dict[str, tuple[str, ...]] = {
    # requests whose source is not known yet: "277 trường hợp còn lại chưa xác định được nguồn điều động"
    "unidentified": (
        "chưa xác định",  # covers "chưa xác định được nguồn", "chưa xác định rõ nơi"
        "chưa rõ nơi",
        "chưa rõ nguồn",
        "chưa có nguồn",
        "chưa có nơi",
        "chưa tìm được nguồn",
        "chưa bố trí được nguồn",
    ),
    # requests whose origin and destination are settled: "đã xác định rõ nơi công tác hiện tại và nơi có
    # nguyện vọng chuyển đến", "đã xác định nơi đi và nơi đến", "xác định được nguồn điều động"
    "identified": (
        "xác định rõ nơi",
        "xác định nơi",
        "xác định được nơi",
        "xác định rõ nguồn",
        "xác định nguồn",
        "xác định được nguồn",
        "đã rõ nơi",
        "đã có nơi đến",
        "đã có nguồn",
    ),
    # officials in posts of leadership, counted apart in a breakdown: "trong đó có 25 lãnh đạo cấp phòng"
    "leaders": (
        "lãnh đạo",
        "cán bộ lãnh đạo",
        "cán bộ quản lý",
        "lãnh đạo, quản lý",
        "cấp trưởng",
        "cấp phó",
    ),
    # the procedures people use most: "100 thủ tục có tần suất cao", "50 thủ tục thiết yếu"
    "frequent": (
        "tần suất cao",
        "tần suất lớn",
        "phát sinh nhiều hồ sơ",
        "số lượng hồ sơ lớn",
        "thiết yếu",
        "được sử dụng nhiều",
        "người dân sử dụng nhiều",
    ),
    # procedures and dossiers of firms: "95/807 thủ tục liên quan hoạt động sản xuất kinh doanh"
    "business": (
        "sản xuất kinh doanh",
        "sản xuất, kinh doanh",
        "hoạt động kinh doanh",
        "doanh nghiệp",
        "nhà đầu tư",
    ),
    # workers on contract, counted with or apart from officials: "điều động 120 cán bộ, công chức và người lao
    # động", "bố trí 45 lao động hợp đồng": not the officials' quantity
    "contract-workers": (
        "người lao động",
        "lao động hợp đồng",
        "hợp đồng lao động",
        "nhân viên hợp đồng",
        "làm việc theo hợp đồng",
    ),
    # a shortage measured against the approved job positions: "thiếu khoảng 11.000 công chức cấp xã so với số
    # lượng vị trí việc làm"
    "vs-positions": (
        "so với vị trí việc làm",
        "so với số lượng vị trí việc làm",
        "so với số vị trí việc làm",
        "theo vị trí việc làm",
        "theo đề án vị trí việc làm",
    ),
    # ... against the staffing frame or quota assigned: "còn thiếu 300 người so với biên chế được giao",
    # "theo khung định biên được giao, xã thiếu 13 cán bộ, công chức"
    "vs-frame": (
        "so với biên chế",
        "so với biên chế được giao",
        "so với số biên chế được giao",
        "so với định biên",
        "so với khung biên chế",
        "so với khung định biên",
        "so với chỉ tiêu biên chế",
        "so với chỉ tiêu được giao",
        "theo định biên",
        "theo khung định biên",
        "theo khung biên chế",
        "theo biên chế được giao",
        "theo chỉ tiêu biên chế",
    ),
    # ... against the norm a rule sets per commune: "thiếu 236 cán bộ, công chức so với định mức"
    "vs-norm": (
        "so với định mức",
        "so với quy định",
        "so với tiêu chuẩn",
        "theo định mức",
        "theo quy định",
    ),
    # ... against what the communes say they need: "thiếu 120 người so với nhu cầu"
    "vs-need": ("so với nhu cầu", "theo nhu cầu"),
    # a shortage of officials with the right training: "thiếu khoảng 4.200 công chức có chuyên môn phù hợp",
    # "thiếu người có trình độ công nghệ thông tin"
    "qualified": (
        "có chuyên môn phù hợp",
        "chuyên môn phù hợp",
        "đúng chuyên môn",
        "có chuyên môn",
        "có trình độ",
        "đủ trình độ",
        "đạt chuẩn",
        "đủ chuẩn",
        "đủ tiêu chuẩn",
        "đủ năng lực",
        "có năng lực",
        "được đào tạo",
    ),
}

# the metrics each class can qualify: a staff group is no group of procedures
CLASS_METRICS: dict[str, tuple[str, ...]] = {
    "unidentified": ("staff_transfer",),
    "identified": ("staff_transfer",),
    "leaders": ("staff_transfer", "staff_training", "staff_shortage"),
    "frequent": ("procedures", "dossiers_received", "dossiers_resolved", "dossiers_online"),
    "business": ("procedures", "dossiers_received", "dossiers_resolved", "dossiers_online"),
    "contract-workers": ("staff_transfer", "staff_training", "staff_shortage"),
    "vs-positions": ("staff_shortage",),
    "vs-frame": ("staff_shortage",),
    "vs-norm": ("staff_shortage",),
    "vs-need": ("staff_shortage",),
    "qualified": ("staff_shortage",),
}

# Requests the communes make (class `commune-requests`): a commune-level subject, then a request verb,
# both before the figure in its words: "UBND cấp xã … đã đề xuất điều động … 335 cán bộ", "các xã,
# phường đề nghị 250 trường hợp", the subject at most a few words before the verb and no comma between.
# What a province's department proposes is another quantity.
COMMUNE_REQUESTS = "commune-requests"
REQUESTERS = (
    "ubnd cấp xã",
    "ủy ban nhân dân cấp xã",
    "chính quyền cấp xã",
    "cấp xã",
    "các xã, phường",
    "các xã, phường, đặc khu",
    "các phường, xã",
    "các xã",
    "các phường",
    "ubnd các xã",
    "ubnd các phường",
    "các địa phương cấp xã",
)
# another authority between the commune subject and the verb makes the request that one's: "để hỗ trợ cấp
# xã Sở Nội vụ đề xuất …"
OTHER_REQUESTERS = ("sở", "ubnd tỉnh", "ubnd thành phố", "ủy ban nhân dân tỉnh", "bộ", "tỉnh ủy", "thành ủy")
REQUEST_VERBS = ("đề nghị", "đề xuất", "kiến nghị", "xin", "có nhu cầu", "đăng ký nhu cầu", "yêu cầu")
REQUEST_METRICS = ("staff_transfer",)

# The basis of a shortage is also read before the figure in its sentence, where the article puts it first:
# "theo khung định biên được giao, xã đang thiếu 13 cán bộ, công chức". Only these classes, never the groups
# above (a group is the figure's own words).
BASES = ("vs-positions", "vs-frame", "vs-norm", "vs-need")
BASIS_METRICS = ("staff_shortage",)

# The class of staff a figure counts, where the article names it: its counted noun (the noun right after the
# number) or, for a noun that names no class ("người", "trường hợp", "chỉ tiêu"), the subject of the shortage
# ("số công chức cấp xã còn thiếu … 52 người", "trong số 104 công chức còn thiếu, xã … thiếu 8 người").
# Cán bộ (elected or appointed), công chức (civil servants), viên chức (public employees) are counted apart
# by law and by the reports; "cán bộ, công chức" together is one more quantity. Tried longest first; the
# first class is the default, left out of the key, so figures that name no class stay with it.
STAFF_CLASSES: dict[str, tuple[str, ...]] = {
    "cong-chuc": ("công chức",),
    "cbccvc": (
        "cán bộ, công chức, viên chức",
        "cán bộ, công chức và viên chức",
        "cán bộ công chức viên chức",
        "cbccvc",
        "cb, cc, vc",
    ),
    "cbcc": ("cán bộ, công chức", "cán bộ và công chức", "cán bộ công chức", "cbcc", "cb, cc"),
    "ccvc": ("công chức, viên chức", "công chức và viên chức", "công chức viên chức"),
    "vien-chuc": ("viên chức",),
    "can-bo": ("cán bộ",),
}
DEFAULT_STAFF_CLASS = "cong-chuc"
# the metrics whose series are kept apart by staff class
STAFF_CLASS_METRICS = ("staff_shortage",)

# A block of the commune's apparatus named as the subject of a shortage right before its figure: "khối chính
# quyền của xã thiếu 13 người", "khối Đảng thiếu 9 người". The government block, the Party block and the Front
# and mass organisations are staffed apart, so their shortages are three quantities, none the commune's whole.
BLOCKS: dict[str, tuple[str, ...]] = {
    "gov-block": ("khối chính quyền", "khối ubnd", "khối hành chính"),
    "party-block": ("khối đảng", "khối đảng, mặt trận", "khối đảng, đoàn thể", "khối đảng, mặt trận, đoàn thể"),
    "front-block": ("khối mặt trận", "khối đoàn thể", "khối mặt trận, đoàn thể", "khối mặt trận tổ quốc"),
}
# the words a block's subject may carry between it and "thiếu"
BLOCK_FILLERS = (
    "của xã",
    "của phường",
    "của đặc khu",
    "xã",
    "phường",
    "hiện",
    "hiện nay",
    "nay",
    "còn",
    "đang",
    "vẫn",
    "chỉ",
    "chỉ còn",
    "dự kiến",
    "sẽ",
)
BLOCK_METRICS = ("staff_shortage",)
