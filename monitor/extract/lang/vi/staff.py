"""Staffing figures: the cues of the three staff metrics (staff_transfer, staff_training, staff_shortage), what
moves officials, and the wording that makes a person count no staffing figure. A training's wording is in
staff_training.py; headcounts, surpluses and shortages in staff_counts.py.

Cues are in the view form (lower case, new tone placement). STAFF_CUES is ordered: when several of its cues
sit near a figure, the first listed wins. tests/extract/rules/test_staff.py holds the table of real phrases.
"""

from monitor.extract.lang.vi.abbreviations import with_abbreviations

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
        # degree and political-theory courses by name: "chọn cử 150 cán bộ học cao cấp lý luận chính trị"
        "học cao cấp",
        "học trung cấp",
        "học đại học",
        "học sau đại học",
        "lớp trung cấp",  # "mở 28 lớp trung cấp lý luận chính trị với gần 1.300 học viên"
        "lớp cao cấp",
        # refresher courses: "Hơn 7.200 cán bộ lãnh đạo, quản lý được cập nhật kiến thức, kỹ năng"
        "cập nhật kiến thức",
        "cập nhật kỹ năng",  # "buổi cập nhật kỹ năng ứng dụng trí tuệ nhân tạo … cho khoảng 200 cán bộ, công chức"
        "khóa học",
        "lớp học",
        # classes opened for officials: "mở thêm các lớp chuyên đề cho khoảng 1.500 lượt công chức"
        "lớp chuyên đề",
        "mở lớp",
        "mở các lớp",
        "mở thêm các lớp",
        # the 2025 movement of digital literacy, officials its first learners: "100% cán bộ … phải được phổ cập
        # “Bình dân học vụ số”"
        "bình dân học vụ số",
        "phổ cập kỹ năng số",
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
        # moved between units of one employer: "Sở trao quyết định thuyên chuyển công tác cho 56 viên chức", "56 viên
        # chức được thuyên chuyển" (joined to leaving, it counts people leaving: ATTRITION_LEAVING)
        "thuyên chuyển",
        "cử",
        "cắt cử",  # "Tỉnh đã cắt cử 25 công chức về hỗ trợ các xã" (one word to underthesea, "cử" not found in it)
        "chuyển đến",
        "chuyển về",
        # moved from one place to another: "gần 100 công chức được chuyển từ xã thừa sang xã thiếu"
        "chuyển từ",
        "chuyển sang",
        "bổ sung",
        "phân công",
        "tiếp nhận",
        # units handed over to the communes with their staff: "Trạm y tế bàn giao về UBND xã quản lý: 494/494 trạm,
        # cùng gần 4.000 cán bộ y tế"
        "bàn giao",
        # officials who went to work in the communes, no mover named: "1.850 công chức cấp huyện … đã về công tác tại
        # các xã" (a black-box probe of 0.9.24, helper-167)
        # (at a local unit: "25 công chức về làm việc tại trụ sở mới" move house, no official)
        *(
            f"{went} {place}"
            for went in ("về công tác tại", "về làm việc tại", "về nhận công tác tại", "về nhận nhiệm vụ tại")
            for place in ("xã", "các xã", "phường", "các phường", "đặc khu", "các đặc khu", "cơ sở")
        ),
    ),
}
# the verbs that move officials when a share of them is told: "lập danh sách tối thiểu 5% cán bộ, công chức … để
# điều động, biệt phái về các xã", "cử khoảng 5% cán bộ trong biên chế về cơ sở" - the strong ones only: "100% cán
# bộ được bố trí đúng vị trí việc làm" arranges officials in place, no move
SHARE_MOVES = (
    "điều động",
    "biệt phái",
    "luân chuyển",
    "tăng cường",
    "điều chuyển",
    "thuyên chuyển",
    "cử",
    "chuyển công tác",
)
# ... and the plain verbs of moving, with where the officials go after them: "chuyển 100% biên chế hiện có của cấp
# huyện về bố trí cho đặc khu", "100% biên chế cấp huyện hiện có sẽ được bố trí về cấp xã" ("100% cán bộ được bố trí
# đúng vị trí việc làm" names no destination). A share of the staff quota ("biên chế") counts its officials
SHARE_MOVES_TO = ("chuyển", "bố trí")
SHARE_MOVE_WITHIN_WORDS = 6  # words between the officials' nouns and where they go ("… hiện có của cấp huyện về …")
SHARE_OF_QUOTA_NOUNS = ("biên chế",)
# ... the destination a local unit, right after the direction or after the work there: "về cấp xã", "về bố trí cho
# đặc khu", "về làm việc tại các xã" (not a new head office, nor a form: "chuyển về trụ sở mới", "chuyển về dạng số";
# nor "địa phương", where people go home or a quota is handed over: "chuyển về địa phương sinh sống", "chuyển 30% biên
# chế … về địa phương quản lý"). The verb governs the share: right before it ("chuyển 100% biên chế …"), or right after
# its words as a passive ("100% biên chế cấp huyện hiện có sẽ được bố trí về cấp xã"; a review of 0.9.19)
SHARE_MOVE_DESTINATIONS = ("cấp xã", "xã", "phường", "xã, phường", "đặc khu", "cơ sở", "thôn")
SHARE_MOVE_WORK = ("bố trí cho", "bố trí tại", "làm việc tại", "làm việc ở", "công tác tại", "công tác ở")
# ... not officials picked by a quality, nor a quota handed over to the places to manage (a review of 0.9.20,
# helper-161): "bố trí 100% cán bộ có trình độ đại học về …", "chuyển 100% biên chế … về các xã, phường quản lý"
SHARE_MOVE_NOT_BETWEEN = ("trình độ", "đủ điều kiện", "đạt chuẩn")  # between the nouns and the destination, or after it
SHARE_MOVE_NOT_AFTER = ("quản lý", "sử dụng", "sinh sống")
# a passive move of the share may name the arranging first ("… đã được sắp xếp, bố trí về các xã, phường"); another
# subject ends the officials' words ("…, trong khi hồ sơ, tài liệu … đã được chuyển về các xã" moves papers)
SHARE_ARRANGED_FIRST = ("sắp xếp",)
SHARE_OTHER_SUBJECTS = ("trong khi", "nhưng", "song", "còn", "hồ sơ", "tài liệu", "thủ tục")
# a move joined to leaving the service counts people leaving, no move: "350 công chức nghỉ việc, thuyên chuyển ra
# ngoài khu vực công", "85 viên chức thôi việc, thuyên chuyển sang đơn vị khác" (reviews of 0.9.18 and 0.9.20)
ATTRITION_LEAVING = (
    "nghỉ việc",
    "thôi việc",
    "nghỉ hưu",
    "xin nghỉ",
    "nghỉ thôi việc",
    "nghỉ theo chế độ",
    "nghỉ chế độ",
)
ATTRITION_MOVES = ("thuyên chuyển", "chuyển công tác", "chuyển công tác khác")
ATTRITION_OUT = ("ra ngoài", "ra khỏi", "ra khu vực", "sang ngành khác", "sang doanh nghiệp")
# ... or out to the private side, however named: "sang khu vực ngoài công lập", "sang khu vực y tế tư nhân"
ATTRITION_OUT_SIDES = ("ngoài công lập", "ngoài nhà nước", "tư nhân")
# ... said of the figure's own people: in its clause, before it or after it, no other figure or group between ("320
# người được điều động về các xã, số còn lại nghỉ việc, chuyển công tác khác" moves the 320; reviews of 0.9.22, 0.9.23)
OTHER_GROUP_WORDS = ("còn lại", "số còn lại", "trong khi", "số khác")
# ... nor the people the figure replaces: "điều động 120 công chức về các xã để thay thế số cán bộ đã nghỉ việc, chuyển
# công tác", "biệt phái 86 công chức về bù đắp cho các xã có nhiều người nghỉ việc, thuyên chuyển" (a review of
# 0.9.24, helper-166)
REPLACED_GROUP_WORDS = ("thay thế", "thay cho", "thế chỗ", "bù đắp", "bù vào", "bù cho", "bù lại")
# the figure's own people leaving, a few words after it with no move between, whatever move the sentence tells of
# others: "95 cán bộ nghỉ hưu trước tuổi, 60 người được điều động về xã", "giải quyết cho 230 cán bộ nghỉ việc theo
# Nghị định 178; đồng thời điều động 120 công chức về các xã" (a review of 0.9.24, helper-166)
LEAVING_WITHIN_WORDS = 6
MOVES_BEFORE_LEAVING = (
    "về",
    "xuống",
    "sang",
    "điều động",
    "biệt phái",
    "chuyển",
    "tăng cường",
    "cử",
    "bố trí",
    "luân chuyển",
    # ... nor the words of whom the figure replaces or helps ("điều động 30 công chức thay thế số cán bộ xã đã nghỉ
    # hưu", "bổ sung 45 công chức cho các xã có nhiều người nghỉ việc", "để bù đắp số người xin nghỉ": a review of
    # 0.9.25, helper-168)
    *REPLACED_GROUP_WORDS,
    "thay",
    "cho",
    "để",
    "nhằm",
    "có",
    "những",
    "số",
)
# officials named by their rank's title ("thanh tra viên") are moved only by a strong move verb of their clause: "Thanh
# tra tỉnh phân công 20 thanh tra viên tiến hành thanh tra tại 30 xã" assigns a task ("cử khoảng 900 thanh tra viên
# địa bàn xuống cơ sở" moves them)
TITLE_OFFICIALS = ("thanh tra viên",)
# right before a staff figure: a batch added to earlier ones ("biệt phái thêm 140 trường hợp"), not a
# running total; such facts get kind "additional", so the timeline does not read them as a level
ADDITIONAL_BEFORE = ("thêm", "bổ sung thêm", "tăng thêm", "thêm khoảng", "thêm hơn", "thêm gần")
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
# right after a staffing verb, what it strengthens or passes on when that is no official: "tăng cường năng lực cho 200
# cán bộ", "100% cán bộ … được tăng cường năng lực ứng dụng công nghệ số", "phần mềm luân chuyển hồ sơ" move nobody (a
# review of 0.9.24, helper-166; a black-box probe, helper-167)
VERB_OBJECTS_NOT_STAFF = (
    "năng lực",
    "kỹ năng",
    "kiến thức",
    "trình độ",
    "chất lượng",
    "hiệu quả",
    "hiệu lực",
    "kỷ luật",
    "kỷ cương",
    "cơ sở vật chất",
    "hồ sơ",
    "văn bản",
    "tài liệu",
    "dữ liệu",
)
# the things a staffing verb handles when it is the officials' work, not their move: "một người phải kiêm cả
# tiếp nhận lẫn số hóa hồ sơ", "bố trí công chức tiếp nhận thủ tục" (a few words may stand between)
# staffing verbs that also name a desk's task: with no object after them (a comma, a stop), the officials before them
# do that task ("chỉ có 2 công chức hộ tịch, một người tiếp nhận, một người xử lý"), nobody is moved
TASK_VERBS = ("tiếp nhận",)
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
# a verb that sends people only when a place of work follows the count: "dự kiến đưa 136 cán bộ … về công tác ở các
# xã" ("đưa 3 cán bộ ra khỏi quy hoạch", "đưa 200 công chức vào diện tinh giản" move nobody)
SEND_VERBS = ("đưa", "tăng cường", "cử", "cắt cử", "bố trí", "điều chuyển", "chuyển", "bổ sung")
# (with such a place, people counted by no officials' noun are officials sent: "tăng cường 64 người về các xã", "cử
# 90 người về các xã" — a black-box probe of 0.9.24, helper-167 — unless the sentence tells of troops, police,
# volunteers or people moved from a disaster: "Bộ Chỉ huy Quân sự tỉnh tăng cường 500 người về các xã giúp dân khắc
# phục hậu quả bão", "di chuyển 3.500 người về các xã lân cận để tránh lũ" (a review of 0.9.25, helper-168)
PEOPLE_SENT_NOT_OFFICIALS = (
    "bão",
    "lũ",
    "thiên tai",
    "khắc phục",
    "cứu hộ",
    "sơ tán",
    "di dời",
    "di chuyển",
    "tránh",
    "công an",
    "quân sự",
    "bộ đội",
    "đoàn viên",
    "tỉnh đoàn",
    "thanh niên",
    "tình nguyện",
    "sinh viên",
)
SENT_TO_WORK_AFTER = (
    "về công tác",
    "về làm việc",
    "về các xã",
    "về xã",
    "về các phường",
    "về phường",
    "về cơ sở",
    "xuống cơ sở",
    "xuống các xã",
    "về cấp xã",
    "về đặc khu",
    "về các đặc khu",
    "về ủy ban nhân dân",
    "về ubnd",
    "về các đơn vị hành chính cấp xã",
)
# hiring is none of the staff metrics: "tuyển dụng bổ sung 410 công chức" is no transfer
RECRUITMENT_CUES = ("tuyển dụng", "thi tuyển", "xét tuyển", "tuyển mới", "chỉ tiêu tuyển")
# ... said of the figure's people after it: "120 công chức mới trúng tuyển đã về nhận công tác tại các xã", "2.300
# công chức về làm việc tại các xã sau khi được tuyển dụng" (a review of 0.9.25, helper-168)
RECRUITED_AFTER = ("trúng tuyển", "được tuyển dụng", "được tuyển", "mới tuyển dụng", "tuyển dụng mới")
# cues that make a person noun a staffing figure at all (the sentence must hold one)
STAFF_CONTEXT = with_abbreviations(
    # soldiers and officers are placed in the communes' military command boards too
    (
        "cán bộ",
        "công chức",
        "viên chức",
        "nhân sự",
        "nhân lực",
        "biên chế",
        "chuyên viên",
        "bộ đội",
        "sĩ quan",
        "quân nhân",
    )
)  # and "CBCC", "CBCCVC" …
# "từ tỉnh về xã": the words after which a level is where staff go, not where they come from
TO_LEVEL_MARKERS = ("về", "xuống", "cho", "đến", "tới", "tại", "cho cấp")
# staffing verbs that may only arrange officials where they are, after a headcount: "Trung tâm hiện có 28 công chức,
# được phân công giữa các phòng chuyên môn"
ARRANGING_VERBS = ("bố trí", "phân công")
# right after an arranging verb ("bố trí", "phân công"), a destination: the officials go somewhere ("có 12 công chức
# được bố trí về các thôn"), they are not only arranged where they are ("được phân công giữa các phòng")
ARRANGED_TO = ("về", "xuống", "đến", "tới", "sang", "lên")
# the group a part of a staff figure is told by, in a sentence breaking it down: "Trong đó, lĩnh vực đất đai có 131
# người", "Đông nhất là nhóm đất đai, tài nguyên và môi trường với 131 người" (people counted with no officials' noun)
PART_GROUP_NOUNS = ("lĩnh vực", "nhóm", "ngành", "chuyên ngành", "mảng", "khối", "bộ phận")
# right before a staffing verb, a noun that makes it the name of a desk, not a move: "Bộ phận tiếp nhận và trả kết
# quả", "quầy tiếp nhận hồ sơ"
DESK_BEFORE = ("bộ phận", "quầy", "ô", "bàn")
# posts and ranks that count the people holding them in a breakdown of officials: "34 cán bộ về xã, gồm 5 Tỉnh ủy
# viên, 2 giám đốc sở, 17 phó giám đốc sở và tương đương, 10 trưởng, phó phòng chuyên môn", "còn thiếu 60 vị trí lãnh
# đạo, gồm 22 trưởng phòng và 38 phó trưởng phòng" (lang/vi/units.py counts them; rules/staff.py reads them only as
# parts of a staff figure)
RANK_NOUNS = (
    "tỉnh ủy viên",
    "thành ủy viên",
    "ủy viên ban thường vụ",
    "giám đốc sở",
    "phó giám đốc sở",
    "giám đốc",
    "phó giám đốc",
    "trưởng phòng",
    "phó trưởng phòng",
    "trưởng, phó phòng",
    "trưởng, phó trưởng phòng",
    "trưởng ban",
    "phó trưởng ban",
    "chủ tịch",
    "phó chủ tịch",
    "bí thư",
    "phó bí thư",
    "cấp trưởng",
    "cấp phó",
    # the commune's military command (Ban Chỉ huy quân sự cấp xã): "8.779 sĩ quan …, trong đó có 3.319 chỉ huy trưởng,
    # 1.330 phó chỉ huy trưởng, 1.785 phó chính trị viên và 2.345 trợ lý"
    "chỉ huy trưởng",
    "phó chỉ huy trưởng",
    "chính trị viên",
    "phó chính trị viên",
    "trợ lý",
)
