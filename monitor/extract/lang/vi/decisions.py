"""Decisions and proposals in one sentence: whose state a status cue is (facts.md, status; series.md, rule 3).

A figure adopted ("HĐND tỉnh thông qua mức 760.000 đồng, thấp hơn mức đề xuất trong dự thảo") is done, though its
sentence names the proposal it departs from; the proposal's own figure ("mức 1 triệu đồng nêu trong dự thảo")
stays proposed. Cues are in the view form (lower case, new tone placement).
"""

# words of a body adopting or issuing what it decides: the figures they govern are in force, not proposed
DECISION_CUES = (
    "thông qua",
    "đã thông qua",
    "biểu quyết thông qua",
    "ban hành",
    "quyết định",
    "nghị quyết",
    "theo nghị quyết",
    "chính thức",
    "phê duyệt",
    "chấp thuận",
    "áp dụng",
    "quy định",
    # a council agreeing on a level: "sau khi thảo luận, HĐND tỉnh thống nhất mức 3 triệu đồng/người/tháng" (not
    # "thống nhất" alone: "mức chi được thống nhất trong toàn tỉnh", "thống nhất với Sở Tài chính")
    "thống nhất mức",
    # a request granted: "Các xã đề nghị tăng cường 350 công chức, tỉnh đã đồng ý và điều động 210 người" (a black-box
    # probe of 0.9.24, helper-167); agreeing with a proposal in a debate adopts nothing ("nhiều đại biểu đồng ý với đề
    # xuất hỗ trợ …": a review of 0.9.25, helper-168)
    "đã đồng ý",
    "đồng ý chủ trương",
)
# a decision word after one of these, with no comma or other stop between them, is not (yet) decided: "trình
# HĐND thông qua", "dự thảo nghị quyết quy định", "đề nghị UBND phê duyệt", "chưa ban hành", "sẽ áp dụng"
NOT_DECIDED_BEFORE = (
    "dự thảo",
    "trình",
    "tờ trình",
    "đề nghị",
    "đề xuất",
    "kiến nghị",
    "chưa",
    "không",
    "sẽ",
    "dự kiến",
    "chờ",
    "xin",
    "cần",
    "để",
    "nếu",
    "khi",
    "xem xét",
    "trước khi",
    "kế hoạch",
)
# a proposal word between one of these and "của" names whose proposal an act of the clause took up, no state of the
# figure: "Theo đề xuất của Sở Nội vụ, tỉnh biệt phái 97 công chức", "… đã điều động 120 công chức theo đề nghị của Sở
# Nội vụ" are done; with no act told ("Theo đề xuất của Sở Tài chính, mức hỗ trợ là 3 triệu đồng") the figure is the
# proposal's
ATTRIBUTION_BEFORE = ("theo", "trên cơ sở", "căn cứ", "căn cứ vào")
ATTRIBUTION_AFTER = ("của",)
# ... the act being a decision, a result, or a move of staff (lang/vi/staff.py SHARE_MOVES, read by
# status_cues.taken_up); not when the act's words still advise, plan or deny it: "Căn cứ đề nghị của các xã, Sở Nội vụ
# tham mưu UBND tỉnh điều động 97 công chức", "… UBND tỉnh chưa điều động 120 công chức", "… tỉnh sẽ điều động …"
ACT_NOT_TAKEN_WORDS = ("tham mưu", "chưa", "không", "sẽ", "dự kiến", "kế hoạch", "trình")
# a decision told as made, one of these right before its word ("đã thông qua", "vừa ban hành"): what follows is the
# decision's, no longer the draft or the plan the text was telling (document_status.decided)
MADE_MARKERS = ("đã", "vừa", "mới")
# a verb a comma joins to the decision word after it, one request: "đề nghị HĐND tỉnh xem xét, thông qua mức …"
VERBS_JOINED_TO_DECISIONS = ("xem xét", "cho ý kiến", "thẩm tra", "góp ý")
# ... after a request word in the same clause ("sau khi thẩm tra, HĐND tỉnh quyết định …" requests nothing)
REQUEST_WORDS = ("đề nghị", "đề xuất", "kiến nghị", "trình")
# how many words a proposal word may follow the decision that adopts it: "thông qua đề xuất hỗ trợ …",
# "phê duyệt đề nghị của Sở Nội vụ"
ADOPTED_WITHIN_WORDS = 3

# a level a figure replaces, named after one of these: "4 triệu đồng/người/tháng, thay vì mức 3 triệu đồng như dự
# thảo" - the 3 million is the draft's own (proposed; "như hiện nay" the level in force), a rate like the one before
REPLACED_BEFORE = ("thay vì", "thay cho")
IN_FORCE_AFTER = ("như hiện nay", "như hiện hành", "như hiện tại", "hiện hành", "hiện nay")
# a proposal or plan word after one of these names what the figure is compared with, not the figure's state:
# "thấp hơn mức đề xuất", "so với dự thảo", "thay vì mức đề xuất ban đầu", "như đề xuất của UBND"
COMPARISON_MARKERS = (
    "so với",
    "so với mức",
    "thay vì",
    "thay cho",
    "thấp hơn",
    "cao hơn",
    "ít hơn",
    "nhiều hơn",
    "giảm so với",
    "tăng so với",
    "như",
    "đúng như",
    "bằng",
    "giữ nguyên",
    "giữ nguyên như",
)
# words that may stand between a comparison marker and the proposal word it governs: "so với mức đề xuất",
# "thấp hơn con số trong dự thảo"
COMPARED_FILLERS = ("mức", "con số", "số", "trong", "tại", "ở", "của", "được", "đã", "ban đầu", "trước đó")

# proposal words that "theo" does not turn into a manner ("theo kế hoạch": as planned): "Theo dự thảo, mức hỗ trợ
# là 3 triệu đồng" is the draft's figure
DRAFT_NOUNS = ("dự thảo",)

# a date right after a proposal word, the figure after it, is the day the proposal was made, past however the
# sentence goes on: "với mức Sở đề xuất từ đầu tháng 9 là 2 triệu đồng", "mức UBND đề nghị hồi tháng 8 là …"
PROPOSAL_DATE_LINKS = ("từ", "hồi", "vào", "trong", "ngày", "hôm", "từ ngày", "vào ngày", "hồi đầu", "hồi cuối")
# after a proposal word that follows the figure, these make it a proposal recalled from earlier: "mức 12 triệu đồng
# mà UBND thành phố đề xuất trước đó", "con số đề xuất ban đầu"
RECALLED_AFTER = ("trước đó", "ban đầu", "hồi đầu", "lúc đầu", "trước đây")
