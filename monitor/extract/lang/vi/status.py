"""Who decides what: the status a document or a body's act gives the figures it states (facts.md, status).

A People's Council (HĐND) adopts: its resolutions are in force. A People's Committee (UBND) decides what is its
own to decide, and submits (tờ trình, trình) what the council adopts; a department (Sở Nội vụ) advises (tham
mưu) and drafts. A plan plans, a target (chỉ tiêu, mục tiêu) aims, an instruction (chỉ thị) obliges, and a
report gives results. Used when a sentence opens on the document it reports ("Theo dự thảo, tỉnh dự kiến chi
45,8 tỷ đồng": the draft's figure, proposed) and by a body's act before a figure ("Sở Nội vụ đang tham mưu UBND
tỉnh tiếp nhận 11 trường hợp": proposed). The cues of a figure's own clause are in cues.py (STATUS_CUES) and
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

# how a sentence opens on the document it reports: "Theo dự thảo,", "Theo Tờ trình số 45/TTr-UBND,",
# "Tại Kế hoạch 196,", "Căn cứ đề án, …", "Theo nội dung tờ trình của UBND tỉnh, …"
OPENERS = ("theo", "tại", "căn cứ", "căn cứ vào", "trong", "với")
OPENER_FILLERS = ("nội dung", "nội dung của", "toàn văn", "bản", "các")

# a body's act in the figure's clause that makes the figure a proposal (read with cues.STATUS_CUES["proposed"]):
# a department advising the committee, a draft put out for comments
PROPOSING_ACTS = (
    # "Sở Nội vụ đang tham mưu UBND tỉnh tiếp nhận 11 trường hợp"; "đã tiếp nhận và tham mưu bố trí 219 công
    # chức" is done: the advice taken
    "đang tham mưu",
    "lấy ý kiến",  # "dự thảo đang được lấy ý kiến: hỗ trợ 3 triệu đồng/người/tháng"
    "xin ý kiến",
)

# the order in which statuses win when a document's and a clause's collide (facts.md: proposed > planned >
# target > done): "Theo dự thảo, tỉnh dự kiến chi …" is proposed
PRECEDENCE = ("proposed", "planned", "target", "done")
