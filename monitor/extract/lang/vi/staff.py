"""Staffing figures: what moves, trains or lacks officials (staff_transfer, staff_training, staff_shortage),
and the wording that makes a person count no staffing figure.

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
ATTRITION_LEAVING = ("nghỉ việc", "thôi việc", "nghỉ hưu", "xin nghỉ", "nghỉ thôi việc")
ATTRITION_MOVES = ("thuyên chuyển", "chuyển công tác", "chuyển công tác khác")
ATTRITION_OUT = ("ra ngoài", "ra khỏi", "ra khu vực", "sang ngành khác", "sang doanh nghiệp")
# ... or out to the private side, however named: "sang khu vực ngoài công lập", "sang khu vực y tế tư nhân"
ATTRITION_OUT_SIDES = ("ngoài công lập", "ngoài nhà nước", "tư nhân")
# ... said of the figure's own people: in its clause, before it or after it, no other figure or group between ("320
# người được điều động về các xã, số còn lại nghỉ việc, chuyển công tác khác" moves the 320; reviews of 0.9.22, 0.9.23)
OTHER_GROUP_WORDS = ("còn lại", "số còn lại", "trong khi", "số khác")
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
SEND_VERBS = ("đưa",)
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
)
# hiring is none of the staff metrics: "tuyển dụng bổ sung 410 công chức" is no transfer
RECRUITMENT_CUES = ("tuyển dụng", "thi tuyển", "xét tuyển", "tuyển mới", "chỉ tiêu tuyển")
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

# people taking part, right after their figure: in a paragraph about a training, its trainees ("Tỉnh mở lớp bồi
# dưỡng … Trong đợt này, có 1.536 lượt cán bộ, công chức tham gia")
TAKING_PART_AFTER = ("tham gia", "tham dự", "dự lớp", "dự học")
# words before a training that officials are sent to give, not to take: "biệt phái 97 công chức về xã … đồng thời
# giúp xã đào tạo, bồi dưỡng đội ngũ hiện có"
HELPING_OTHERS = ("giúp", "hỗ trợ", "hướng dẫn", "kèm cặp")
# a surplus right before officials counted is no metric of the spec, whatever verb follows ("khối chính quyền đang
# dôi ra 98 người, phần lớn do cán bộ các xã cũ được chuyển về xã mới")
# "có 3.335 công chức đang làm việc, vượt định mức 166 người": beyond the quota is a surplus too
SURPLUS_BEFORE = (
    "dôi dư",
    "dôi ra",
    "dư ra",
    "dư thừa",
    # "thành phố đang dư 1.065 công chức ở những vị trí …, song lại thiếu 965 công chức có chuyên môn"
    "dư",
    "thừa",
    "dôi",
    "vượt định mức",
    "vượt biên chế",
    "vượt so với định mức",
    "vượt số lượng",
    "vượt nhu cầu",  # "số công chức vượt nhu cầu tới 741 người, … chỗ thừa chỗ thiếu"
)
# a training word taken part in, right before it (a course's noun may stand between): the officials counted before the
# places they work in are its trainees ("Gần 400 cán bộ … thuộc 23 xã … đang tham gia tập huấn"); not when the taking
# part is denied or needed ("chưa được bồi dưỡng", "cần được đào tạo")
TRAINING_TAKEN_BEFORE = ("tham gia", "hoàn thành", "được", "dự", "theo học", "tham dự")
# a headcount before officials counted on their own who were moved ("trước có 13 người, nay còn 9 người sau khi 4 công
# chức được chuyển sang các phòng"): the words before the headcount besides HEADCOUNT_BEFORE, and the words that make
# the later figure a part of the headcount instead ("…, trong đó 86 người được điều động", "riêng 120 người")
HEADCOUNT_REMAINING = ("còn", "nay còn", "hiện còn", "gồm")
PART_OPENERS = ("riêng",)
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
# between a surplus word and its figure: "vượt nhu cầu tới 741 người"
SURPLUS_REACH = ("tới", "đến", "lên tới", "lên đến")
# a surplus right after the officials counted: "253 cán bộ, công chức dôi dư chưa được bố trí vị trí công tác" (the
# placing they wait for is no move)
SURPLUS_AFTER = ("dôi dư", "dôi ra", "dư thừa", "dư")
# officials at work where they are, right after their figure: a headcount, no metric ("toàn tỉnh có 3.335 công
# chức cấp xã đang làm việc"), unless a staffing word of the figure's own says otherwise
HEADCOUNT_AFTER = ("đang làm việc", "đang công tác", "hiện đang làm việc", "hiện đang công tác", "có mặt")
# the same told by "có" right before the figure: "Phường hiện có 42 công chức, trong đó 9 người được điều động …",
# "trung tâm có 1 giám đốc, 1 phó giám đốc và 13 công chức chuyên môn, bố trí 17 quầy": a staffing verb only further
# on in the clause is its parts' or another object's, not the headcount's
HEADCOUNT_BEFORE = ("có", "hiện có", "đang có", "hiện đang có", "có tổng số", "có tổng cộng", "có tất cả")
# posts count officials only as lacking ("thiếu 55 công chức, gồm 20 vị trí lãnh đạo, quản lý"): posts are not
# moved or trained ("bố trí công chức cho 8 vị trí việc làm" moves officials, counted elsewhere). "biên chế" is posts
# of the quota likewise: "thiếu 1.245 biên chế" lacks officials, "mới bố trí được 6 biên chế cho 8 vị trí việc làm"
# fills posts, "phân bổ 275 biên chế cho các xã" allots them; no official is moved
POST_NOUNS = ("vị trí", "biên chế")
# the words right after a post noun that make its posts officials' even where no staff noun is near: "thành phố còn
# thiếu 60 vị trí lãnh đạo, gồm 22 trưởng phòng và 38 phó trưởng phòng" (not "thiếu 3 vị trí đỗ xe")
POSTS_OF_STAFF = (
    "lãnh đạo",
    "quản lý",
    "lãnh đạo, quản lý",
    "chủ chốt",
    "cấp trưởng",
    "cấp phó",
    "chuyên môn",
    "việc làm",
    "công chức",
    "cán bộ",
    "viên chức",
)
# ... or measured against the posts due, where no place of other posts is named (NOT_STAFF_POSTS): "Phường Tân Lộc:
# hiện thiếu 10 vị trí so với quy định" (not "Bãi xe còn thiếu 30 vị trí theo quy định")
POSTS_DUE_AFTER = ("so với quy định", "theo quy định", "so với định biên", "theo định biên")
# staffing verbs that may only arrange officials where they are, after a headcount: "Trung tâm hiện có 28 công chức,
# được phân công giữa các phòng chuyên môn"
ARRANGING_VERBS = ("bố trí", "phân công")
# right after an arranging verb ("bố trí", "phân công"), a destination: the officials go somewhere ("có 12 công chức
# được bố trí về các thôn"), they are not only arranged where they are ("được phân công giữa các phòng")
ARRANGED_TO = ("về", "xuống", "đến", "tới", "sang", "lên")
# people counted only as a training's participants: "12 hội nghị tập huấn với hơn 3.000 đại biểu tham dự" (a meeting's
# or a council's delegates are nobody moved or lacking: "Kỳ họp có 60 đại biểu tham dự, bàn về việc điều động cán bộ")
TRAINEES_ONLY = ("đại biểu",)
# the group a part of a staff figure is told by, in a sentence breaking it down: "Trong đó, lĩnh vực đất đai có 131
# người", "Đông nhất là nhóm đất đai, tài nguyên và môi trường với 131 người" (people counted with no officials' noun)
PART_GROUP_NOUNS = ("lĩnh vực", "nhóm", "ngành", "chuyên ngành", "mảng", "khối", "bộ phận")
# places where posts of no official stand, named in the sentence or right after the posts: "Bãi đỗ xe … còn thiếu 30
# vị trí", "thiếu 15 vị trí đỗ xe" (a lack right before posts counts officials' posts otherwise: "xã vẫn còn thiếu 8 vị
# trí quan trọng ở các lĩnh vực địa chính")
NOT_STAFF_POSTS = ("đỗ xe", "gửi xe", "đậu xe", "bãi xe", "chỗ ngồi", "ghế")
# ... and the posts said after them to be officials' (their field, their weight): "8 vị trí quan trọng ở các lĩnh vực
# địa chính, tư pháp" ("3 vị trí đặt máy lấy số" names none)
STAFF_POST_WORDS = ("lĩnh vực", "chuyên môn", "quan trọng", "chủ chốt", "then chốt", "chức danh", "công chức", "cán bộ")
# posts a lack of people is told at, after the people: "thiếu 935 người ở 27 vị trí việc làm" (where they lack, no
# figure of its own)
POSTS_AT = ("ở", "tại", "thuộc", "trên")
# posts said to be vacant right after their figure lack officials: "xã vẫn còn 8 vị trí việc làm chưa có người đảm
# nhận", "8 vị trí việc làm còn trống" (after a post noun only: a room or a seat "còn trống" lacks no official)
VACANT_AFTER = (
    "còn trống",
    "đang trống",
    "để trống",
    "đang để trống",
    "bỏ trống",
    "bị bỏ trống",
    "bị để trống",
    "chưa có người đảm nhận",
    "chưa có người đảm nhiệm",
)
# posts said to be lacking or vacant right after their figure are officials' posts, whatever follows: "phòng hiện chỉ
# có 6 cán bộ. 6 vị trí còn thiếu gồm kế toán tài sản công, môi trường", "12 biên chế còn thiếu sẽ được tuyển"
POSTS_LACKING = ("còn thiếu", "đang thiếu", "vẫn thiếu", "hiện thiếu", "thiếu", *VACANT_AFTER)
# after a shortage word that follows its figure, what starts telling which posts lack: the figure is still the lack
# ("6 vị trí còn thiếu gồm kế toán, môi trường", "300 công chức còn thiếu chủ yếu ở lĩnh vực địa chính"), not what
# the officials lack ("200 cán bộ còn thiếu nhà ở")
LACK_DETAILED_BY = ("gồm", "bao gồm", "chủ yếu", "tập trung", "ở các", "tại các", "thuộc các", "trong các")
# a shortage word that names where officials go, not the officials counted: "140 người … được điều động về cấp xã,
# … gần 100 công chức được chuyển từ xã thừa sang xã thiếu", "tăng cường cho những đơn vị còn thiếu". A destination
# marker, then a place of the reform (with "các", "những" between), then the shortage word, perhaps after
# "đang", "còn", "vẫn": the figure is moved there, and the lack is the place's
LACKING_PLACE_MARKERS = ("sang", "về", "cho", "đến", "tới", "xuống", "tại")
LACKING_PLACES = (
    "xã",
    "phường",
    "đặc khu",
    "xã, phường",
    "cấp xã",
    "cơ sở",
    "địa phương",
    "đơn vị",
    "cơ quan",
    "nơi",
    "chỗ",
)
# a need right before the figure, and what is in place told after it in its sentence: the figure is the quota, not
# the lack (which is their difference): "theo quy định xã cần 3 công chức lĩnh vực này nhưng mới có 1"
NEED_BEFORE = ("cần", "cần có", "phải có", "cần tới", "cần đến")
# a quota stated as the number allotted, then what is in place: "tổng số cán bộ, công chức của xã được bố trí là 59
# người, nhưng hiện xã chỉ có 49" (the allotment by "là"; "số cán bộ được điều động về xã là 120 người" is a move)
QUOTA_BEFORE = (
    "được bố trí là",
    "được bố trí tối đa là",
    "được giao là",
    "được phân bổ là",
    "định mức là",
    "theo định mức là",
    "biên chế được giao là",
)
# a contrast, a few words (the place, "hiện"), then how many are in place: "nhưng hiện xã chỉ có 49 cán bộ", "song
# phường mới có 5 người"; the figure after it is a headcount, the one before it (after a need or quota) the quota
CONTRAST_BEFORE_HAVING = ("nhưng", "song", "mà", "trong khi")
IN_PLACE = ("chỉ có", "mới có", "hiện có", "hiện chỉ có", "hiện mới có", "thực tế chỉ có", "thực tế có")
HAVING_AFTER = (
    "nhưng mới có",
    "nhưng chỉ có",
    "nhưng hiện có",
    "nhưng hiện mới có",
    "song mới có",
    "song chỉ có",
    "mà mới có",
    "mà chỉ có",
    "trong khi mới có",
    "trong khi chỉ có",
    "trong khi hiện có",
)
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

# places named as the subject of a lack right before its figure: the people lacking there are officials, whatever
# noun counts them ("kế đến là phường Liên Chiểu và xã Tân Hiệp, mỗi nơi thiếu 19 người")
PLACES_LACKING_PEOPLE = ("mỗi nơi", "nơi", "mỗi xã", "mỗi phường", "mỗi đơn vị", "xã", "phường", "đặc khu", "đơn vị")
