"""Who decides what: the status a document or a body's act gives the figures it states (facts.md, status).

A People's Council (HĐND) adopts: its resolutions are in force. A People's Committee (UBND) decides what is its
own to decide, and submits (tờ trình, trình) what the council adopts; a department (Sở Nội vụ) advises (tham
mưu) and drafts. A plan plans, a target (chỉ tiêu, mục tiêu) aims, an instruction (chỉ thị) obliges, and a
report gives results. Used when a sentence opens on the document it reports ("Theo dự thảo, tỉnh dự kiến chi
45,8 tỷ đồng": the draft's figure, proposed) and by a body's act before a figure ("Sở Nội vụ đang tham mưu UBND
tỉnh tiếp nhận 11 trường hợp": proposed). The cues of a figure's own clause are below (STATUS_CUES) and in
decisions.py. tests/extract/rules/test_status.py holds the table of real phrases. View form: lower case.
"""

# the kind of document a sentence opens on -> the status of the figures it states, by default
DOCUMENT_STATUS: dict[str, str | None] = {
    "dự thảo nghị quyết": "proposed",
    "dự thảo": "proposed",
    "tờ trình": "proposed",
    "đề xuất": "proposed",
    "đề nghị": "proposed",
    "kiến nghị": "proposed",
    "phương án": "proposed",  # a plan put forward for approval: "Theo phương án, tỉnh bố trí 1.706 người"
    "kế hoạch": "planned",
    "đề án": "planned",
    "chương trình": "planned",
    "lộ trình": "planned",
    "dự kiến": "planned",
    "mục tiêu": "target",
    "chỉ tiêu": "target",
    "chỉ thị": "target",
    "nghị quyết": "done",
    "quyết định": "done",
    "thông báo": "done",
    "báo cáo": "done",
    "kết luận": "done",
    "công văn": None,  # a letter may ask, report or instruct: its own words say
}

# a scheme opened on tells what is to be done: a figure its own clause plans ("dự kiến", "sẽ") is planned, not the
# scheme's proposal ("Theo phương án, dự kiến 633 công chức sẽ được chuyển về làm việc ở cấp xã"; a draft's or a
# submission's figure stays proposed: "Theo dự thảo, tỉnh dự kiến chi 45,8 tỷ đồng")
SCHEMES = ("phương án",)
# ... unless the scheme is one option of several, however numbered ("phương án 1", "phương án thứ nhất", "phương án
# hai", "phương án A"), or the sentence tells it put forward ("phương án này sẽ được trình HĐND tỉnh"; a review of
# 0.9.17, helper-156)
OPTION_MARKS = ("số", "thứ", "một", "hai", "ba", "bốn", "năm", "nhất", "a", "b", "c", "d")
SCHEME_PUT_FORWARD = ("trình", "đề xuất", "đề nghị", "lấy ý kiến", "xin ý kiến")
# how a sentence opens on the document it reports: "Theo dự thảo,", "Theo Tờ trình số 45/TTr-UBND,",
# "Tại Kế hoạch 196,", "Căn cứ đề án, …", "Theo nội dung tờ trình của UBND tỉnh, …", "Ở phương án 1, …"
# "Kèm theo quyết định là danh mục 2.081 thủ tục …": the lists attached to a document are its
OPENERS = ("theo", "tại", "căn cứ", "căn cứ vào", "trong", "với", "ở", "kèm theo")
# a document opened on with one of these right after its kind has been approved: what it put forward is decided
# ("Theo phương án được duyệt, thời gian giải quyết được cắt giảm bình quân 43,86%" is done), while a plan
# approved still plans (DOCUMENT_STATUS keeps "kế hoạch" planned)
APPROVED_AFTER = (
    "được duyệt",
    "đã được duyệt",
    "được phê duyệt",
    "đã được phê duyệt",
    "được thông qua",
    "đã được thông qua",
    "được chấp thuận",
    "đã được chấp thuận",
    "được cấp có thẩm quyền phê duyệt",
)
# a sentence opening on the document itself says whose it is or what it says: "Tờ trình của UBND thành phố nêu
# …", "Dự thảo nghị quyết nêu rõ …", "Kế hoạch số 15 đặt mục tiêu …"
DOCUMENT_SAYS = ("của", "số", "do", "nêu", "nêu rõ", "cho biết", "quy định", "đặt ra", "đặt mục tiêu", "đưa ra")
# verbs by which a text tells a document was just made ("vừa"), before its content: "UBND tỉnh vừa ban hành kế
# hoạch đào tạo …", "Sở Nội vụ vừa hoàn thành dự thảo nghị quyết …"; the figures it then tells with no cue are the
# document's. Without "vừa" the making is an event among others: "Mới có 10 bộ trình phương án lên Thủ tướng",
# "đã có 1.260 cán bộ hoàn thành chương trình"
ISSUING_VERBS = ("ban hành", "phê duyệt", "xây dựng", "hoàn thành", "soạn thảo", "trình", "công bố")
# the body a document is submitted to, named between the verb and the document: "UBND thành phố vừa trình HĐND thành
# phố tờ trình về việc ban hành nghị quyết …" (a few words of the body's name after it)
SUBMITTED_TO = ("hđnd", "ubnd", "hội đồng nhân dân", "ủy ban nhân dân", "chính phủ", "thủ tướng", "ban thường vụ")
# a sentence opening on these goes on with the content of the document the sentence before issued, whenever that was:
# "UBND tỉnh ban hành Kế hoạch số 12/KH-UBND … Theo đó, năm 2025 tỉnh cung cấp 982 dịch vụ công trực tuyến"
CONTENT_OPENERS = ("theo đó", "cụ thể", "theo kế hoạch này", "theo đề án này")
# a lead line over the points of the document just told: "… ban hành Kế hoạch cải cách hành chính năm 2025 … Các điểm
# đáng chú ý:" over its bullets
CONTENT_LEADS = (
    "các điểm đáng chú ý",
    "những điểm đáng chú ý",
    "các điểm chính",
    "những điểm chính",
    "nội dung chính",
    "các nội dung chính",
    "những nội dung chính",
    "một số nội dung chính",
    "một số điểm chính",
)
# labels a line of questions and answers opens on, before its sentence: "Đáp: Theo tờ trình, …"
LINE_LABELS = ("hỏi", "đáp", "trả lời", "câu hỏi")
QUESTION_LABELS = ("hỏi", "câu hỏi")  # a reader's question line: what it asks about proposes nothing
OPENER_FILLERS = ("nội dung", "nội dung của", "toàn văn", "bản", "các")

# a body's act in the figure's clause that makes the figure a proposal (read with STATUS_CUES["proposed"]):
# a department advising the committee, a draft put out for comments
PROPOSING_ACTS = (
    # "Sở Nội vụ đang tham mưu UBND tỉnh tiếp nhận 11 trường hợp"; "đã tiếp nhận và tham mưu bố trí 219 công
    # chức" is done: the advice taken
    "đang tham mưu",
    "lấy ý kiến",  # "dự thảo đang được lấy ý kiến: hỗ trợ 3 triệu đồng/người/tháng"
    "xin ý kiến",
    # a policy still being drafted: "Tỉnh đang xây dựng đề án hỗ trợ 5 triệu đồng/người/tháng cho cán bộ đi làm xa"
    "đang xây dựng đề án",
    "đang xây dựng dự thảo",
    "đang xây dựng nghị quyết",
    "đang xây dựng chính sách",
    "đang soạn thảo",
    "đang hoàn thiện dự thảo",
    "đang hoàn thiện đề án",
    "đang hoàn thiện tờ trình",
)

# a headline or a lead naming a proposal, with the proposal cues above: the "label: value" lines of a bulletin under it
# are the proposal's content ("Cà Mau trình mức hỗ trợ 1,82 triệu đồng/tháng …" over "- Tổng kinh phí dự kiến: hơn 43
# tỷ đồng", proposed); "trình" alone in a headline submits ("quy trình", "chương trình" are words of their own)
HEADLINE_PROPOSALS = ("tờ trình", "trình", "phương án")
# people whose request is no policy proposal: "Cử tri đề nghị tỉnh quan tâm …", "Trả lời kiến nghị cử tri: …" - the
# answer's figures are what was done, not a proposal's
PETITIONERS = ("cử tri", "bạn đọc", "độc giả", "người dân", "doanh nghiệp")
# words before "trình" that make it no submission: "thủ tục trực tuyến toàn trình" (end to end), "quy trình"
NOT_SUBMITTING_BEFORE = ("toàn", "quy", "chương", "lộ", "tiến", "công", "hành", "giáo")

# the order in which statuses win when a document's and a clause's collide (facts.md: proposed > planned >
# target > done): "Theo dự thảo, tỉnh dự kiến chi …" is proposed
PRECEDENCE = ("proposed", "planned", "target", "done")

# a task assigned to a body is an instruction's aim, as "yêu cầu" asks it: "UBND tỉnh giao Sở Nội vụ tổ chức bồi dưỡng
# cho 800 công chức xã trước ngày 30/6" (a black-box probe of 0.9.25, helper-171; not "biên chế được giao", a quota,
# nor "giao ban", a briefing; read in status_cues._assigned_told)
ASSIGNING_CUES = (
    "giao sở",
    "giao các sở",
    "giao ubnd",
    "giao ủy ban nhân dân",
    "giao các xã",
    "giao các địa phương",
    "giao các bộ",
    "giao các cơ quan",
    "giao chủ tịch",
)
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
        "đăng ký nguyện vọng",  # "1.406 cán bộ … đăng ký nguyện vọng chuyển về xã": asked, not yet moved
        # a unit registering staff to send is an offer, not a move: "các sở mới đăng ký điều động hoặc biệt phái 29
        # người về cơ sở"
        "đăng ký điều động",
        "đăng ký biệt phái",
        "đăng ký tăng cường",
        "đăng ký luân chuyển",
        "đăng ký cử",
        "xin chuyển",
        "trình ubnd",
        "trình hđnd",
        "trình ủy ban",
        "trình hội đồng",
        "trình bộ",
        "trình chính phủ",
        "trình thủ tướng",
        "trình cấp có thẩm quyền",
        # a resolution to be submitted, the body left unsaid: "UBND tỉnh sẽ trình nghị quyết hỗ trợ hơn 45 tỷ đồng" (not
        # "sau khi trình nghị quyết, tỉnh đã chi …": submitted and done since)
        "sẽ trình nghị quyết",
        "dự kiến trình nghị quyết",
        "đang trình nghị quyết",
        "chuẩn bị trình nghị quyết",
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
        "sẵn sàng",  # "hệ thống sẵn sàng phục vụ khoảng 18.000 học viên": a capacity, not a count of those served
        # a policy's cost estimated is money to be spent: "tính cho 2 năm, tổng kinh phí ước tính khoảng 237 tỉ đồng"
        "kinh phí ước tính",
        "ước tính kinh phí",
        "ước tính tổng kinh phí",
    ),
    # an instruction's urgency: "khẩn trương hoàn thành việc … cung cấp 100% dịch vụ công trực tuyến trong tháng 6"
    "target": (
        "mục tiêu",
        "phấn đấu",
        "chỉ tiêu",
        "phải đạt",
        "cần đạt",
        "yêu cầu",
        "khẩn trương hoàn thành",
        *ASSIGNING_CUES,
    ),
}
# a target noun names the figure right after it ("vượt chỉ tiêu 95%"); after a result, with one of these words
# before it, it is what the result is compared with: "đạt 97,2%, vượt chỉ tiêu", "đạt 45%, thấp hơn mục tiêu đề ra",
# "63 đơn vị đạt đủ 5/5 chỉ tiêu"
TARGET_NOUNS = ("chỉ tiêu", "mục tiêu")
# criteria are thresholds to meet when the sentence says what they are, the figure among them: "Ba tiêu chí theo
# Nghị quyết 57 là tỷ lệ hồ sơ giải quyết đúng hạn 99%, tỷ lệ hồ sơ trực tuyến 80%". Criteria a result is judged by
# are no target: "Theo bộ tiêu chí đánh giá, tỷ lệ … đạt 98,5%", "58 đơn vị đạt đủ 3/3 tiêu chí"
CRITERIA_NOUNS = ("tiêu chí",)
CRITERIA_LINKS = ("là", "gồm", "bao gồm", ":")
# a target noun also heads a list of targets ("mục tiêu đến 30/7 có 80% …, trong đó ít nhất 20% …"), unless a
# word of a result stands between the target and a later figure: "chỉ tiêu giao là 90%, đến nay đạt 86%"
RESULT_MARKERS = ("đến nay", "hiện nay", "hiện đã", "đã", "mới đạt", "thực tế", "kết quả", "thực hiện được")
COMPARED_WITH_BEFORE = ("vượt", "đạt", "hoàn thành", "thấp hơn", "cao hơn", "so với", "bằng", "chưa đạt", "không đạt")

# a share bounded from below is a threshold to reach, not a count: "phấn đấu giảm ít nhất 60% thời gian giải quyết",
# "chỉ đạo các xã tiếp nhận trực tuyến tối thiểu 60% hồ sơ". In a plan or an instruction it is the aim (target), not
# what is planned or done; a result keeps it done ("Đã cắt giảm tối thiểu 50% thời gian"). The whole (100%) is an aim
# in a plan or after an instruction too, without a bound: "Theo kế hoạch, … 100% TTHC được thực hiện trực tuyến",
# "Theo chỉ đạo, trung tâm phải tiếp nhận trực tuyến 100% thủ tục hành chính"
AIM_BOUNDS = ("ít nhất", "tối thiểu", "không dưới", "không thấp hơn")
# a headline naming an instruction ("Hà Nội yêu cầu xã, phường đẩy mạnh nhận hồ sơ trực tuyến"): the aims of a bulletin
# under it are its targets; "yêu cầu của người dân" (people's requests) instructs nothing
HEADLINE_INSTRUCTIONS = ("yêu cầu", "chỉ đạo", "giao chỉ tiêu")
HEADLINE_INSTRUCTIONS_NOT_AFTER = ("của",)
# words of an instruction in such a share's clause, before it ("Chủ tịch UBND ký văn bản chỉ đạo các xã …", "các bộ,
# tỉnh phải bảo đảm …"; the instruction may be done, "đã chỉ đạo": the figure is still the aim) or after it, the share
# its subject ("ít nhất 50% dịch vụ công trực tuyến phải đáp ứng …")
INSTRUCTION_CUES = ("phải", "chỉ đạo", "yêu cầu", "bắt buộc", "giao nhiệm vụ", "đề ra", "đặt ra")
# an aim named in words of its own, which an instruction alone ("yêu cầu", also a target cue) is not: a share of
# officials an instruction has listed to move is planned ("yêu cầu mỗi sở lập danh sách tối thiểu 5% cán bộ … để điều
# động"), one named as an aim a target ("mục tiêu điều động 10% cán bộ về xã")
AIM_WORDS = ("mục tiêu", "phấn đấu", "chỉ tiêu")
# after a comma, these open a clause of its own: the aim a plan or a proposal before it is for ("rà soát, đề xuất
# phương án …, với mục tiêu cắt giảm ít nhất 50% thời gian"; "thực hiện kế hoạch …, phấn đấu giảm 60%")
AIM_OPENERS = ("phấn đấu", "với mục tiêu", "mục tiêu", "với chỉ tiêu", "hướng tới mục tiêu")

# a plan cited by its number governs the figures its content names right after it: "UBND tỉnh ban hành Kế hoạch
# 289/KH-UBND tăng cường 41 công chức về các xã" is planned (the issuing is done, the transfer is to come). A comma
# ends its content ("Thực hiện Kế hoạch 289, tỉnh đã …"), and so does a word of a result (RESULT_MARKERS) or these
PLAN_CONTENT_WITHIN_WORDS = 6
PLAN_CONTENT_ENDS = ("đạt", "được")

# a purpose: what is done or sought for it is still to come. Its verb right before the figure makes the figure planned
# ("đang rà soát để bố trí thêm từ 8 đến 10 bộ đội chính quy"); a plan word right after it, with a comma before the
# figure, is the purpose of what the figure's clause did, no state of the figure ("để chuẩn bị, tỉnh đã tập huấn cho
# 3.120 lượt công chức")
PURPOSE_WORDS = ("để", "nhằm")
# a purpose that moves a level to the figure is an aim: "Việc thí điểm mô hình nhằm nâng tỷ lệ hồ sơ nộp trực tuyến
# từ 30% lên 80% trong năm 2025" is a target (while "tỉnh đã nâng tỷ lệ … lên 80%" tells a result)
PURPOSE_MOVES = ("nâng", "nâng cao", "tăng", "đưa", "giảm", "kéo giảm", "hạ")
PURPOSE_MOVED_TO = ("lên", "xuống", "lên mức", "xuống mức", "lên trên", "xuống dưới")
# ... the move verb's own, nothing between them telling another clause: "và", "qua đó", or a comma with another move
# verb after it ("nhằm nâng cao chất lượng phục vụ, tỷ lệ … tăng lên 85%" and "nhằm nâng tỷ lệ hồ sơ trực tuyến và tỷ
# lệ này tăng lên 76%" report results; "để đưa tỷ lệ hồ sơ trực tuyến tăng lên 70%" and "nhằm nâng tỷ lệ thủ tục … toàn
# trình, một phần lên 90%" aim); not the verb of a compound ("tăng cường", "giảm thiểu")
PURPOSE_MOVE_BREAKS = ("và", "qua đó", "nhờ đó", "từ đó", "đến nay", "hiện")
PURPOSE_MOVES_NOT_BEFORE = ("cường", "thiểu")
# the purpose's figure is to come when the work it is for is under way, and no result is told: "đang tiếp tục rà soát
# để bố trí thêm …" (while "đã tổ chức 12 lớp để bồi dưỡng 1.200 lượt" reports what was done)
UNDER_WAY = ("đang", "tiếp tục", "đang tiếp tục")

# an obligation whose verb governs the figure makes it a target: "các tỉnh phải công khai 100% thủ tục"
# (the cue must stand at most three words before the figure: "cán bộ phải di chuyển xa, … hỗ trợ 4 triệu" is not)
OBLIGATION_BEFORE = ("phải", "bắt buộc")

# a status word right after these is a noun phrase, not the state of the figure: "theo kế hoạch" (as
# planned), "đáp ứng yêu cầu" (to meet the needs), "hồ sơ đề nghị" (an application), "không phải đi lại"
# (no need to travel); "công tác chuẩn bị bầu cử" (the preparatory work, a noun)
# "so với yêu cầu" (against the need): "Xã còn thiếu 15 công chức so với yêu cầu nhiệm vụ" is a lack found, done
NOT_STATUS_AFTER = ("theo", "đáp ứng", "hồ sơ", "giấy", "đơn", "không", "chưa", "công tác", "so với")
# "kế hoạch" in the name of a field or an office plans nothing: "Lĩnh vực tài chính – kế hoạch | 27 người", "Phòng Tài
# chính - Kế hoạch", "Sở Kế hoạch và Đầu tư"
PLAN_WORD = "kế hoạch"
PLAN_NAMED_AFTER = ("tài chính –", "tài chính -", "tài chính")
PLAN_NAMED_BEFORE = ("và đầu tư", "– đầu tư", "- đầu tư")
# a need said of the places officials go describes them, no request of the figure's: "260 công chức … được biệt phái
# về làm việc tại các xã, phường, đặc khu có nhu cầu"
NEED_CUES_OF_PLACES = ("có nhu cầu",)
NEED_PLACE_NOUNS = ("xã", "phường", "đặc khu", "địa phương", "đơn vị", "cơ quan", "nơi")
# ... the places named as where the officials go or whom they help (not where they are: "120 công chức cấp tỉnh tại
# các cơ quan có nhu cầu chuyển công tác", "350 công chức cấp xã có nhu cầu bồi dưỡng" ask; reviews of 0.9.21-0.9.23)
NEED_PLACE_DIRECTIONS = (
    "về",
    "xuống",
    "đến",
    "tới",
    "cho",
    "vào",
    "hỗ trợ",
    "giúp",
    "làm việc tại",
    "công tác tại",
    "về làm việc tại",
    "về công tác tại",
)
# ... a few words may describe the places before the need ("về các xã vùng cao có nhu cầu", "cho những địa phương đang
# có nhu cầu về nhân lực"), but where officials are now is no destination ("145 công chức đang công tác tại các cơ quan
# có nhu cầu chuyển công tác"), nor is a need of the officials' own move (a review of 0.9.24, helper-166)
NEED_PLACE_WORDS_BETWEEN = 3
NEED_PLACE_NOW = ("đang", "hiện", "hiện đang")
NEED_OF_OFFICIALS_AFTER = (
    "chuyển công tác",
    "thuyên chuyển",
    "luân chuyển",
    "chuyển về",
    "được chuyển",
    "nghỉ",
    # (asking to leave or move, not asking for more people: "các xã có nhu cầu xin bổ sung nhân lực" is the places')
    "xin nghỉ",
    "xin chuyển",
    "xin thôi việc",
)
# but "theo đề xuất" (as proposed) speaks of a proposal: "Tổng kinh phí hỗ trợ theo đề xuất là hơn 32,5 tỷ đồng"
PROPOSALS_AFTER_THEO = ("đề xuất", "đề nghị")

# right after the comma of a document opened on, the state it finds now, no plan of its: "Theo đề án, hiện thành phố
# thừa 1.052 công chức nhưng lại thiếu 935 người" is done ("hiện" a word of its own: not "thực hiện", "hiện đại")
STATE_NOW_OPENERS = ("hiện", "hiện nay", "hiện tại", "hiện đang", "hiện còn")
# ... unless the sentence tells a need, which is what a plan provides for
NEED_WORDS = ("cần", "cần được", "phải được")
# a task assigned, told as an act of the past or as the source of what was done, aims at nothing: "đã giao UBND các xã
# tiếp nhận 320 công chức", "Thực hiện nhiệm vụ UBND tỉnh giao Sở Nội vụ, … đã tổ chức …", "chuyển giao các xã 35 biên
# chế" (a review of 0.9.25, helper-172); nor does one in a sentence telling a result ("đến nay", "đã")
ASSIGNED_NOT_AFTER = ("đã", "thực hiện", "chuyển", "bàn", "nhiệm vụ", "chỉ đạo", "được", "theo")
# a scheme approved and told carried out or in force after its figure: the figure is done ("đã phê duyệt phương án bố
# trí 1.240 cán bộ … và đã bố trí xong từ ngày 1/7/2025", "… phân cấp 2.100 thủ tục … có hiệu lực từ ngày 1/7/2025"; a
# review of 0.9.25, helper-172)
SCHEME_WORDS = ("phương án",)
SCHEME_CARRIED_OUT_AFTER = ("xong", "có hiệu lực", "đã hoàn thành", "đã thực hiện", "đã thực thi", "đã điều động")
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
    "muộn nhất",
    "phải hoàn thành",
    "hoàn thành trước",
    "sắp",
    "chỉ tiêu",
)
