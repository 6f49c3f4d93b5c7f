"""Officials counted where they are: headcounts, surpluses and shortages (staff_shortage), the posts they are counted
by, a quota against those in place, and the places said to lack people.

Cues are in the view form (lower case, new tone placement). tests/extract/rules/test_staff.py holds the table of real
phrases (rows "lacking", "not lacking", "headcount").
"""

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
# a headcount before officials counted on their own who were moved ("trước có 13 người, nay còn 9 người sau khi 4 công
# chức được chuyển sang các phòng"): the words before the headcount besides HEADCOUNT_BEFORE, and the words that make
# the later figure a part of the headcount instead ("…, trong đó 86 người được điều động", "riêng 120 người")
HEADCOUNT_REMAINING = ("còn", "nay còn", "hiện còn", "gồm")
PART_OPENERS = ("riêng",)
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
# places named as the subject of a lack right before its figure: the people lacking there are officials, whatever
# noun counts them ("kế đến là phường Liên Chiểu và xã Tân Hiệp, mỗi nơi thiếu 19 người")
PLACES_LACKING_PEOPLE = ("mỗi nơi", "nơi", "mỗi xã", "mỗi phường", "mỗi đơn vị", "xã", "phường", "đặc khu", "đơn vị")
