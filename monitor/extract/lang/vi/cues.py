"""Cue words: what a figure counts (metric, kind, level) and the state it is in (status).

Each table is ordered: when several cues of one table sit near a figure, the first listed wins.
"""

from monitor.extract.lang.vi.abbreviations import with_abbreviations
from monitor.extract.lang.vi.status import PROPOSING_ACTS

# family of a figure by its unit -> metric cues, most specific first
STAFF_CUES = {
    # "cử 45 cán bộ đi học thạc sĩ", "lớp có 120 học viên là công chức cấp xã"
    "staff_training": (
        "tập huấn",
        "bồi dưỡng",
        "đào tạo",
        "huấn luyện",
        "học tập",
        "đi học",
        "theo học",
        "học viên",
        "học thạc sĩ",
        "học tiến sĩ",
        "học chuyên khoa",
        "khóa học",
        "lớp học",
    ),
    # "thiếu hụt" is one word to underthesea, so "thiếu" alone does not match inside it
    "staff_shortage": ("thiếu", "còn thiếu", "chưa đủ", "thiếu hụt"),
    "staff_transfer": (
        "điều động",
        "biệt phái",
        "luân chuyển",
        "tăng cường",
        "bố trí",
        "điều chuyển",
        "chuyển công tác",
        "cử",
        "chuyển đến",
        "chuyển về",
        "bổ sung",
        "phân công",
        "tiếp nhận",
    ),
}
# right before a staff figure: a batch added to earlier ones ("biệt phái thêm 140 trường hợp"), not a
# running total; such facts get kind "additional", so the timeline does not read them as a level
ADDITIONAL_BEFORE = ("thêm", "bổ sung thêm", "tăng thêm", "thêm khoảng", "thêm hơn", "thêm gần")
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
# what a staffing verb provides when its object is not officials: "bố trí nhà công vụ cho hơn 300 cán
# bộ" houses the officials, it does not move them
NOT_STAFF_OBJECTS = (
    "nhà công vụ",
    "nhà ở",
    "chỗ ở",
    "nơi ở",
    "chỗ làm việc",
    "nơi làm việc",
    "phòng làm việc",
    "xe",
    "phương tiện",
    "kinh phí",
    "trang thiết bị",
    "máy tính",
    "bữa ăn",
)
# the things a staffing verb handles when it is the officials' work, not their move: "một người phải kiêm cả
# tiếp nhận lẫn số hóa hồ sơ", "bố trí công chức tiếp nhận thủ tục" (a few words may stand between)
NOT_STAFF_VERB_OBJECTS = ("hồ sơ", "thủ tục", "đơn thư", "kiến nghị", "phản ánh", "giấy tờ", "văn bản", "người dân")
# officials who stay where they are, right after their figure: no transfer ("1.560 người tiếp tục làm việc tại
# Bạc Liêu", "khoảng 300 người ở lại", "200 công chức không phải di chuyển")
STAYING_AFTER = (
    "ở lại",
    "tiếp tục ở lại",
    "tiếp tục làm việc",
    "tiếp tục công tác",
    "vẫn làm việc",
    "vẫn công tác",
    "vẫn ở lại",
    "giữ nguyên",
    "không phải di chuyển",
    "không phải chuyển",
    "không di chuyển",
    "không chuyển",
    "chưa chuyển",
    "chưa di chuyển",
    "không thuộc diện điều động",
    "không thuộc diện sắp xếp",
    "làm việc tại chỗ",
)
# hiring is none of the staff metrics: "tuyển dụng bổ sung 410 công chức" is no transfer
RECRUITMENT_CUES = ("tuyển dụng", "thi tuyển", "xét tuyển", "tuyển mới", "chỉ tiêu tuyển")
# cues that make a person noun a staffing figure at all (the sentence must hold one)
STAFF_CONTEXT = with_abbreviations(
    ("cán bộ", "công chức", "viên chức", "nhân sự", "nhân lực", "biên chế", "chuyên viên")
)  # and "CBCC", "CBCCVC" …

DOSSIER_CUES = {
    # "tỉ lệ giải quyết trong hạn đạt 95,35%": within the time limit is on time
    "dossiers_on_time": ("đúng hạn", "trước hạn", "đúng và trước hạn", "đúng thời hạn", "trong hạn"),
    "dossiers_online": with_abbreviations(
        (
            "trực tuyến",
            "điện tử",
            "qua mạng",
            "dịch vụ công trực tuyến",
            "online",
            "qua cổng",  # "nộp qua Cổng dịch vụ công quốc gia": the online portal
            "cổng dịch vụ công",
            "môi trường mạng",
        )
    ),  # and "hồ sơ DVCTT"
    # "997.315 hồ sơ đã có kết quả": a dossier with its result is resolved
    "dossiers_resolved": ("giải quyết", "xử lý", "trả kết quả", "hoàn thành", "có kết quả", "đã có kết quả"),
    "dossiers_received": ("tiếp nhận", "tiếp", "nhận", "nộp", "phát sinh"),
}

# dossiers still waiting are none of the dossier metrics: "12.300 hồ sơ đang giải quyết", "chưa giải quyết"
PENDING_CUES = (
    "chưa giải quyết",
    "đang giải quyết",
    "đang xử lý",
    "chưa xử lý",
    "quá hạn",
    "trễ hạn",
    "tồn đọng",
    "chờ",
    "đang trong thời hạn",  # "8.309 hồ sơ đang trong thời hạn giải quyết": still open, in time
    "đang trong hạn",
    "chưa đến hạn",
    "đang thụ lý",
)

# a cue verb right after these is part of a noun: "hồ sơ thuộc thẩm quyền giải quyết của cấp xã" says whose
# dossiers they are, not that they were resolved
NOT_CUE_AFTER = ("thẩm quyền",)

# kind of a procedures figure, most specific first
PROCEDURE_KINDS = {
    "location_free": ("phi địa giới", "không phụ thuộc địa giới", "không phụ thuộc vào địa giới"),
    "online_full": ("toàn trình",),
    "online_partial": ("một phần",),
    "simplified": ("đơn giản hóa", "cắt giảm, đơn giản hóa", "bãi bỏ"),
    "redesigned": ("thiết kế lại", "tái cấu trúc", "quy trình lại"),
    "public": ("công khai",),
    "online": with_abbreviations(("trực tuyến", "dịch vụ công trực tuyến", "điện tử")),  # and "DVCTT"
    "published": ("công bố", "ban hành"),
    "handled": ("giải quyết", "xử lý", "thực hiện", "tiếp nhận"),
}

# a share that says how much something moved is a change, not a level: "tăng 12% so với tháng trước"
CHANGE_BEFORE = ("tăng", "giảm", "tăng thêm", "giảm đi", "tăng hơn", "cao hơn", "thấp hơn")
CHANGE_AFTER = ("so với", "so cùng kỳ")
# words that deny the cue after them: "14 thủ tục chưa được cung cấp trực tuyến" are none of the online ones
NEGATIONS = ("chưa", "không", "chưa thể", "không thể")
# a share named as a rate: "tỷ lệ giải quyết đúng hạn đạt 99,5%"
RATE_WORDS = ("tỷ lệ", "tỉ lệ")
# rates of other steps of a service, which no metric counts: "tỷ lệ thanh toán trực tuyến đạt 45%", "tỷ lệ
# số hóa hồ sơ đạt 95%", "tỷ lệ hài lòng đạt 96,5%"
OTHER_RATE_OBJECTS = (
    "thanh toán",
    "số hóa",
    "hài lòng",
    "ký số",
    "chữ ký số",
    "tái sử dụng",
    "khai thác",
    "xác thực",
    "định danh",
    "cấp bản sao điện tử",
    "chứng thực bản sao điện tử",
    # business conditions cut with the procedures: "… điều kiện kinh doanh được bỏ (32%)"
    "điều kiện kinh doanh",
)
# what a dossier is when it is no citizen's application to an administration: an official's own request to
# leave ("2.005 hồ sơ xin nghỉ theo Nghị định 178"), a court case, a candidate's file
NOT_ADMIN_DOSSIERS = (
    "xin nghỉ",
    "đề nghị nghỉ",
    "nghỉ việc",
    "nghỉ hưu",
    "nghỉ thôi việc",
    "vụ án",
    "vụ việc",
    "dự tuyển",
    "xét tuyển",
    "dự thi",
)
# procedures left as they were are no count of the reform's work: "188 thủ tục giữ nguyên"
UNCHANGED_AFTER = ("giữ nguyên", "không thay đổi", "vẫn giữ")
# words right after a share that make it the fulfilment of a plan, not a share of dossiers or procedures:
# "tiếp nhận 1.200 hồ sơ, đạt 100% kế hoạch", "giải ngân đạt 60% dự toán"
PLAN_SHARE_AFTER = ("kế hoạch", "chỉ tiêu", "dự toán", "mục tiêu", "nhiệm vụ", "so với kế hoạch", "so với chỉ tiêu")
PROCESSING_TIME_CUES = ("cắt giảm", "rút ngắn", "giảm")
PROCESSING_TIME_OBJECT = ("thời gian",)

ALLOWANCE_CUES = ("hỗ trợ", "phụ cấp", "trợ cấp", "chi trả", "mức chi")
# between a support word and its amount, words that are no purpose: "hỗ trợ một lần 10 triệu đồng",
# "mức hỗ trợ đi lại là 800.000 đồng" (purpose "đi lại")
PURPOSE_FILLERS = ("một lần", "thêm", "mức", "với mức", "là", "bằng", "hằng tháng", "hàng tháng", "mỗi tháng")
# a phrase that names who receives the money, not what it is for: "hỗ trợ 2 triệu đồng cho công chức …"
RECIPIENT_OPENERS = ("cho", "đối với", "mỗi", "các", "người", "cán bộ", "công chức", "viên chức")
BUDGET_CUES = ("kinh phí", "ngân sách", "tổng vốn", "vốn", "bố trí", "phân bổ", "chi")
# money of the economy, not of the reform: "thu ngân sách đạt 25.000 tỷ đồng", "giải ngân vốn đầu tư công"
NOT_BUDGET_CUES = (
    "thu ngân sách",
    "giải ngân",
    "vốn đầu tư công",
    "tổng mức đầu tư",
    "doanh thu",
    "kim ngạch",
    "xuất khẩu",
    "grdp",
    "fdi",
    "thu hút",
    "vốn đăng ký",
    "vốn đầu tư",
)
# money for a task: a budget wherever it is said
TASK_MONEY_CUES = ("kinh phí", "tổng kinh phí")
# other budget words count in a sentence about the reform's people, places or work
BUDGET_CONTEXT = (
    "cán bộ",
    "công chức",
    "viên chức",
    "xã",
    "phường",
    "đặc khu",
    "chính quyền",
    "sắp xếp",
    "trụ sở",
    "hỗ trợ",
    "chính sách",
    "đề án",
    "bộ máy",
    "chuyển đổi số",
    "trang thiết bị",
    "dịch vụ công",
    "hành chính",
    "nghỉ việc",
    "tinh giản",
)

# level words -> level
LEVEL_CUES = {
    "cấp tỉnh": "province",
    "cấp thành phố": "province",
    "sở, ngành": "province",
    "cấp xã": "commune",
    "xã, phường": "commune",
    "phường, xã": "commune",
    "cơ sở": "commune",
    "trung ương": "central",
    "bộ, ngành": "central",
}
# "từ tỉnh về xã": the words after which a level is where staff go, not where they come from
TO_LEVEL_MARKERS = ("về", "xuống", "cho", "đến", "tới", "tại", "cho cấp")

# status cues by precedence (facts.md: proposed > planned > target > done)
STATUS_CUES = {
    # a need stated for more staff is a request: "cần bổ sung khoảng 300 công chức"; "trình" to a body submits
    # a plan for approval: "Sở Nội vụ trình UBND tỉnh phương án điều động 95 công chức" (matched lowercase)
    "proposed": (
        "đề xuất",
        "đề nghị",
        "kiến nghị",
        "có nhu cầu",
        "có nguyện vọng",
        "trình ubnd",
        "trình hđnd",
        "trình ủy ban",
        "trình hội đồng",
        "trình bộ",
        "trình chính phủ",
        "trình thủ tướng",
        "trình cấp có thẩm quyền",
        "cần bổ sung",
        "cần thêm",
        "cần tăng cường",
        "cần được bổ sung",
        # a draft's figures are proposed until adopted: "Theo dự thảo, mức hỗ trợ là 3 triệu đồng"
        "dự thảo",
        *PROPOSING_ACTS,
    ),
    "planned": (
        "kế hoạch",
        "dự kiến",
        "sẽ",
        "sắp",
        "sắp tới",
        "thời gian tới",
        "chuẩn bị",
        "phương án",
    ),
    "target": ("mục tiêu", "phấn đấu", "chỉ tiêu", "phải đạt", "cần đạt", "yêu cầu"),
}
# a target noun names the figure right after it ("vượt chỉ tiêu 95%"); after a result, with one of these words
# before it, it is what the result is compared with: "đạt 97,2%, vượt chỉ tiêu", "đạt 45%, thấp hơn mục tiêu đề ra"
TARGET_NOUNS = ("chỉ tiêu", "mục tiêu")
# a target noun also heads a list of targets ("mục tiêu đến 30/7 có 80% …, trong đó ít nhất 20% …"), unless a
# word of a result stands between the target and a later figure: "chỉ tiêu giao là 90%, đến nay đạt 86%"
RESULT_MARKERS = ("đến nay", "hiện nay", "hiện đã", "đã", "mới đạt", "thực tế", "kết quả", "thực hiện được")
COMPARED_WITH_BEFORE = ("vượt", "đạt", "hoàn thành", "thấp hơn", "cao hơn", "so với", "bằng", "chưa đạt", "không đạt")

# an obligation whose verb governs the figure makes it a target: "các tỉnh phải công khai 100% thủ tục"
# (the cue must stand at most three words before the figure: "cán bộ phải di chuyển xa, … hỗ trợ 4 triệu" is not)
OBLIGATION_BEFORE = ("phải", "bắt buộc")

# a status word right after these is a noun phrase, not the state of the figure: "theo kế hoạch" (as
# planned), "đáp ứng yêu cầu" (to meet the needs), "hồ sơ đề nghị" (an application), "không phải đi lại"
# (no need to travel)
NOT_STATUS_AFTER = ("theo", "đáp ứng", "hồ sơ", "giấy", "đơn", "không", "chưa")

# words that put a date into the future (facts.md, Dates)
FUTURE_CUES = (
    "sẽ",
    "dự kiến",
    "kế hoạch",
    "mục tiêu",
    "phấn đấu",
    "yêu cầu",
    "hạn chót",
    "chậm nhất",
    "phải hoàn thành",
    "hoàn thành trước",
    "sắp",
    "chỉ tiêu",
)
# an obligation with a date is a deadline
DEADLINE_CUES = ("yêu cầu", "hạn chót", "chậm nhất", "phải", "hoàn thành", "đề nghị", "giao", "chỉ đạo")
DEADLINE_DATE_MARKERS = (
    "trước ngày",
    "chậm nhất ngày",
    "chậm nhất là ngày",
    "hạn chót",
    "trước",
    "chậm nhất",
    "đến ngày",
    "đến hết ngày",
    "hạn",
    "ngay trong ngày",  # "các xã phải báo cáo giải trình ngay trong ngày 16/7"
    "trong ngày",
)
# an instruction's own verb right before its limit makes it a deadline with no other cue: "Danh sách gửi về Sở
# Nội vụ trước 10 giờ ngày 18/8", "báo cáo Ban Tổ chức Tỉnh ủy trước ngày 20/8", "… xong trước ngày 25/7"
INSTRUCTION_VERBS = ("gửi", "gửi về", "báo cáo", "xong", "nộp", "nộp về", "hoàn tất", "hoàn thiện")
# after the date, only a plain obligation makes it a deadline: "Đến ngày 30/9, các xã phải hoàn thành …";
# "Đến ngày 20/8, đã hoàn thành 95%" is a report
DEADLINE_CUES_AFTER = ("phải", "yêu cầu", "hạn chót", "bắt buộc")
# after a date marked as a limit ("trước", "chậm nhất"), completing is the obligation too: "Xã phấn đấu trước
# ngày 31/12 hoàn thành số hóa"; "đến ngày" is left out, it also opens reports
BY_DATE_MARKERS = ("trước", "chậm nhất")
BY_DATE_CUES_AFTER = ("hoàn thành", "xong")
# how many words an instruction's object may hold between its verb and the limit
INSTRUCTION_OBJECT_WORDS = 8
DONE_CUES = ("đã hoàn thành", "đã xong", "hoàn thành xong")
# a deadline named first, its date after "là": "Hạn chót để các xã hoàn thành kết nối là ngày 31/10"
DEADLINE_HEADS = ("hạn chót", "thời hạn cuối", "hạn cuối", "thời hạn hoàn thành")
# a deadline met, its date later in the clause: "đã hoàn thành đúng hạn việc công bố danh mục … ngày 30/9"
MET_DEADLINE_CUES = (
    "hoàn thành đúng hạn",
    "hoàn thành đúng thời hạn",
    "hoàn thành trước thời hạn",
    "hoàn thành trước hạn",
    "hoàn thành đúng tiến độ",
)

# bodies that issue documents, as they open an issuer's name ("UBND tỉnh Phú Thọ ban hành Quyết định …");
# matched case-sensitively
ISSUER_HEADS = (
    "UBND",
    "Ủy ban nhân dân",
    "Uỷ ban nhân dân",
    "HĐND",
    "Hội đồng nhân dân",
    "Tỉnh ủy",
    "Thành ủy",
    "Ban Thường vụ",
    "Ban Chấp hành",
    "Bộ Chính trị",
    "Ban Bí thư",
    "Chính phủ",
    "Thủ tướng",
    "Quốc hội",
    "Ủy ban Thường vụ Quốc hội",
    "Văn phòng Chính phủ",
    "Bộ",
    "Sở",
    "Chủ tịch UBND",
)
# verbs between an issuer and its document
ISSUING_VERBS = ("ban hành", "ký ban hành", "ký", "phê duyệt", "ra", "thông qua", "công bố")
# words after an issuer named with "của"/"do" that end its name: "Nghị quyết 66/NQ-CP của Chính phủ yêu cầu …"
ISSUER_ENDS = (
    "về",
    "nhằm",
    "với",
    "trong",
    "để",
    "quy định",
    "ban hành",
    "yêu cầu",
    "hướng dẫn",
    "giao",
    "chỉ đạo",
    "đề nghị",
    "nêu rõ",
    "nêu",
    "xác định",
    "phê duyệt",
    "thông qua",
    "đã",
    "được",
    "có",
    "là",
    "đặt",
)

# kinds of document cited with a number: "Kế hoạch 196", "Kết luận số 586-KL/TU"
DOCUMENT_TYPES = {
    "kế hoạch": "kế hoạch",
    "quyết định": "quyết định",
    "nghị quyết": "nghị quyết",
    "nghị định": "nghị định",
    "kết luận": "kết luận",
    "thông báo": "thông báo",
    "đề án": "đề án",
    "chỉ thị": "chỉ thị",
    "công văn": "công văn",
    "thông tư": "thông tư",
    "hướng dẫn": "hướng dẫn",
    "công điện": "công điện",
    "tờ trình": "tờ trình",
    "văn bản": "văn bản",
}
