"""A figure's status, read from the cues of its own clause: done, planned, target or proposed (facts.md, status).

A cue counts unless denied ("không", "theo"), unless a target noun names another figure ("chỉ tiêu giao là 90%,
đến nay đạt 86%"), or a proposal word names what an adopted figure is compared with ("thấp hơn mức đề xuất").
The wording is data in lang/vi/status.py and lang/vi/decisions.py.
"""

from __future__ import annotations

import re

from monitor.extract.context import Document, Scope
from monitor.extract.lang.vi.decisions import (
    ADOPTED_WITHIN_WORDS,
    COMPARED_FILLERS,
    COMPARISON_MARKERS,
    DECISION_CUES,
    DRAFT_NOUNS,
    NOT_DECIDED_BEFORE,
)
from monitor.extract.lang.vi.status import (
    AIM_BOUNDS,
    AIM_OPENERS,
    APPROVED_AFTER,
    COMPARED_WITH_BEFORE,
    CRITERIA_LINKS,
    CRITERIA_NOUNS,
    DECIDED_PLAN_NOUNS,
    DOCUMENT_SAYS,
    DOCUMENT_STATUS,
    FUTURE_CUES,
    INSTRUCTION_CUES,
    ISSUING_VERBS,
    LINE_LABELS,
    NOT_STATUS_AFTER,
    OBLIGATION_BEFORE,
    OPENER_FILLERS,
    OPENERS,
    PLAN_CONTENT_ENDS,
    PLAN_CONTENT_WITHIN_WORDS,
    PRECEDENCE,
    PROPOSALS_AFTER_THEO,
    PURPOSE_WORDS,
    RESULT_MARKERS,
    STATUS_CUES,
    TARGET_NOUNS,
    UNDER_WAY,
)
from monitor.extract.numbers import Quantity
from monitor.extract.patterns import alternation, squeeze
from monitor.extract.tokenize import Sentence


def figure_status(doc: Document, scope: Scope, quantities: list[Quantity]) -> str | None:
    """The status the figure's own clause cues (or an obligation's verb right before it), if any; a proposal
    decided before the figure is done: "Theo đề xuất của Sở Nội vụ, UBND tỉnh quyết định điều động 120 công chức".
    A sentence that opens on a document gives its figures the document's status where their clauses cue none
    that precedes it (lang/vi/status.py): "Theo dự thảo, tỉnh dự kiến chi 45,8 tỷ đồng" is proposed. A share
    bounded from below in a plan or an instruction is its aim: "phấn đấu giảm ít nhất 60% thời gian" is a target."""
    start = _own_clause_start(doc, scope)
    return _aimed(doc, scope, quantities, start, _clause_status(doc, scope, quantities, start))


def _clause_status(doc: Document, scope: Scope, quantities: list[Quantity], start: int) -> str | None:
    """The status the cues of the figure's clause (from `start`) and the document its sentence opens on give."""
    end = status_end(doc, scope)
    cued = (
        status_in(doc, scope.sentence, start, end, (scope.quantity, quantities))
        or _obliged(doc, scope)
        or _plan_content(doc, scope, start)
        or _purposed(doc, scope)
        or _criteria(doc, scope)
    )
    if cued == "proposed" and _adopted(doc, scope.sentence, start, end, scope.quantity):
        return "done"
    if cued == "planned" and _scheme_approved(doc, scope, start, end):
        return "done"
    opened = opening_document_status(doc, scope) or _listed_document_status(doc, scope)
    if opened in (None, "done") or (cued and PRECEDENCE.index(cued) <= PRECEDENCE.index(opened)):
        return cued
    before = scope.quantity.start
    if cued is None and (decisions(doc, scope.sentence, start, before) or _RESULT.search(doc.low, start, before)):
        return cued  # "Theo tờ trình, HĐND tỉnh thông qua mức 3 triệu đồng"; "Theo kế hoạch, đến nay đã …"
    return opened


_AIM_OPENER = re.compile(rf",\s*(?:{alternation(AIM_OPENERS)})(?!\w)")


def _own_clause_start(doc: Document, scope: Scope) -> int:
    """Where the figure's own clause starts: after a comma opening the aim that what comes before it is for ("rà
    soát, đề xuất phương án …, với mục tiêu cắt giảm ít nhất 50%"), else at the clause's start."""
    start = scope.clause_start
    for match in _AIM_OPENER.finditer(doc.low, scope.clause_start, scope.quantity.start):
        start = match.start() + 1
    return start


_AIM_BOUND = re.compile(rf"(?<!\w)(?:{alternation(AIM_BOUNDS)})\s+(?:là\s+)?$")


def _bounded(doc: Document, quantity: Quantity) -> bool:
    return _AIM_BOUND.search(doc.low, max(0, quantity.number_start - 25), quantity.number_start) is not None


_WHOLE = 100  # "100% TTHC được thực hiện trực tuyến": all of them


def _aimed(doc: Document, scope: Scope, quantities: list[Quantity], start: int, status: str | None) -> str | None:
    """A share bounded from below ("ít nhất 30%") or the whole (100%), in a plan or after an instruction, is the aim:
    target ("Theo chỉ đạo, trung tâm phải tiếp nhận trực tuyến 100% thủ tục hành chính"; lang/vi/status.py,
    AIM_BOUNDS). The shares listed after a bounded one in its clause are bounded too ("giảm ít nhất 30% thời gian, 30%
    chi phí"). A proposal's stays proposed; a result after the instruction stays done."""
    quantity = scope.quantity
    if quantity.unit != "%" or status not in (None, "done", "planned"):
        return status
    shares = [q for q in quantities if q.unit == "%" and start <= q.start and q.end <= quantity.end]
    bounded = any(_bounded(doc, q) for q in shares) and not _RESULT.search(doc.low, shares[0].end, quantity.start)
    if status == "planned" and (bounded or quantity.value == _WHOLE):
        return "target"
    if status is None and (bounded or quantity.value == _WHOLE) and _plan_told_before(doc, scope):
        return "target"  # "Theo kế hoạch, tỉnh cắt giảm … . Đặc biệt, 100% TTHC … được thực hiện trực tuyến."
    if not (bounded or quantity.value == _WHOLE):
        return status
    # the instruction before the figure ("chỉ đạo các xã tiếp nhận tối thiểu 60%") or after it, the figure its
    # subject ("ít nhất 50% dịch vụ công phải đáp ứng …")
    cues = doc.cues(INSTRUCTION_CUES, start, status_end(doc, scope), scope.sentence)
    instructions = [m for m in cues if not _not_status(doc, m)]  # "người dân không phải đi lại" obliges nothing
    told = max((m.end() for m in instructions if m.end() <= quantity.start), default=start)
    if instructions and not _RESULT.search(doc.low, told, quantity.start):
        return "target"
    return status


_SENTENCE_OPENS = re.compile(r"[.!?]\s+")


def _plan_told_before(doc: Document, scope: Scope) -> bool:
    """Whether the figure's paragraph told, before its sentence and with no result in between, the content of a plan
    or a target it opened a sentence on ("Theo kế hoạch, …"): a figure with no cue of its own goes on telling it."""
    sentence = scope.sentence
    if _RESULT.search(doc.low, sentence.start, scope.quantity.start):
        return False
    told = doc.low.rfind("\n", 0, sentence.start) + 1
    opening = [told] + [m.end() for m in _SENTENCE_OPENS.finditer(doc.low, told, sentence.start)]
    for at in opening:
        found = _document(_OPENER.match(doc.low, at, sentence.start))
        if found and found[1] in _AHEAD:
            return not _RESULT.search(doc.low, at, sentence.start)
    return False


_APPROVED_SCHEME = re.compile(
    rf"(?<!\w)(?:{alternation(DECISION_CUES)})\s+(?:các\s+|\d+\s+)?(?:{alternation(DECIDED_PLAN_NOUNS)})(?!\w)"
)


def _scheme_approved(doc: Document, scope: Scope, start: int, end: int) -> bool:
    """Every plan word of the figure's clause is a scheme a decision approved ("đã phê duyệt phương án cắt giảm …
    1.315 thủ tục"), the decision itself decided (not "đề nghị phê duyệt")."""
    planned = doc.cues(STATUS_CUES["planned"], start, end, scope.sentence)
    approved = list(_APPROVED_SCHEME.finditer(doc.low, start, scope.quantity.start))
    if not approved or not decisions(doc, scope.sentence, start, scope.quantity.start):
        return False
    return all(any(a.start() <= m.start() < a.end() for a in approved) for m in planned)


def opening_document_status(doc: Document, scope: Scope) -> str | None:
    """The status of the document the figure's sentence opens on, if it opens on one."""
    told = _document(_OPENER.match(doc.low, scope.sentence.start, scope.quantity.start))
    return told[1] if told else None


_LISTED = re.compile(rf"(?<!\w)(?P<kind>{alternation(DOCUMENT_STATUS)})(?:\s+(?:số\s+)?[\w/.-]*\d[\w/.-]*)?\s*:\s")


def _listed_document_status(doc: Document, scope: Scope) -> str | None:
    """The status of a document whose content the sentence lists after a colon, the figure among it: "Sở Nội vụ đưa
    ra hai phương án và chọn phương án 2: hỗ trợ … 5 triệu đồng/người/tháng" is proposed."""
    colon = doc.low.rfind(":", scope.sentence.start, scope.quantity.start)
    if colon < 0:
        return None
    told = _LISTED.search(doc.low, max(scope.sentence.start, colon - 40), colon + 2)
    return DOCUMENT_STATUS[squeeze(told.group("kind"))] if told and told.end() >= colon + 1 else None


def opened_document(doc: Document, sentence: Sentence) -> tuple[str, str | None] | None:
    """The kind of document a sentence opens on and the status it gives by default, if it opens on one."""
    return _document(_OPENER.match(doc.low, sentence.start, sentence.end))


def issued_document(doc: Document, sentence: Sentence) -> tuple[str, str | None] | None:
    """The kind and default status of a document the sentence says was issued, drafted or submitted: "UBND tỉnh
    vừa ban hành kế hoạch đào tạo, bồi dưỡng …", "Sở Nội vụ vừa hoàn thành dự thảo nghị quyết …"."""
    return _document(_ISSUED.search(doc.low, sentence.start, sentence.end))


def _document(match: re.Match[str] | None) -> tuple[str, str | None] | None:
    """A matched document kind and the status DOCUMENT_STATUS gives it; a proposal approved is decided: "Theo
    phương án được duyệt, …"."""
    if match is None:
        return None
    kind = squeeze(match.group("kind"))
    status = DOCUMENT_STATUS[kind]
    if status == "proposed" and _APPROVED.match(match.string, match.end()):
        return kind, "done"
    return kind, status


_APPROVED = re.compile(rf"\s+(?:{alternation(APPROVED_AFTER)})(?!\w)")


def draft_goes_on(doc: Document, scope: Scope) -> bool:
    """Whether a figure with no cue of its own can go on in the draft the text was telling of: not when its
    clause tells a decision or a result ("HĐND tỉnh đã thông qua mức 3 triệu đồng")."""
    return not (
        decisions(doc, scope.sentence, scope.clause_start, scope.quantity.start)
        or _RESULT.search(doc.low, scope.clause_start, scope.quantity.start)
    )


_ISSUED = re.compile(
    rf"(?<!\w)vừa\s+(?:mới\s+)?(?:{alternation(ISSUING_VERBS)})\s+(?P<kind>{alternation(DOCUMENT_STATUS)})(?!\w)"
)
# "Theo dự thảo, …", "Tại Kế hoạch 196, …"; or the document itself, then whose it is or what it says:
# "Tờ trình của UBND thành phố nêu …", "Dự thảo nghị quyết nêu rõ …"
_OPENER = re.compile(
    rf"[\W\d]*(?:(?:{alternation(LINE_LABELS)})\s*:\s*)?(?P<opener>(?:{alternation(OPENERS)})\s+(?:(?:{alternation(OPENER_FILLERS)})\s+)?)?"
    rf"(?P<kind>{alternation(DOCUMENT_STATUS)})(?!\w)"
    rf"(?(opener)|(?=\s+(?:{alternation(DOCUMENT_SAYS)})(?!\w)))"
)


def carried_status(doc: Document, scope: Scope, previous: str | None) -> str | None:
    """The status a figure with no cue of its own goes on in: that of the clause before (`previous`; in the same
    clause the cues were all weighed: "chỉ tiêu giao là 90%, đến nay đạt 86%" is a result after its target).
    A sentence of a decision does not go on in a proposal it departs from: "Theo nghị quyết, … cao nhất 10,4
    triệu, thấp hơn mức 12 triệu mà UBND đề xuất; mức thấp nhất giữ nguyên 3,5 triệu"."""
    sentence = scope.sentence
    if previous == "proposed" and decisions(doc, sentence, sentence.start, scope.quantity.start):
        return None
    if previous == "target" and scope.previous and _measured_against(doc, scope.previous[0]):
        # "… mới đạt 45,8%, chưa đạt mục tiêu 50%; khối bộ, ngành đạt 63,47%": the target a result was measured
        # against is no state the next clause goes on in
        return None
    return previous


_TARGET_BEFORE = re.compile(rf"(?<!\w)(?:{alternation(TARGET_NOUNS)})\s+(?:là\s+|đề ra\s+|đặt ra\s+)?$")


def _measured_against(doc: Document, quantity: Quantity) -> bool:
    """A figure named by a target noun that follows a result word or opens a bracket after one: "chưa đạt mục tiêu
    50%", "vượt chỉ tiêu 95%", "đạt 63,47% (mục tiêu 70%)"."""
    noun = _TARGET_BEFORE.search(doc.low, max(0, quantity.start - 25), quantity.start)
    if noun is None:
        return False
    return _compared(doc, noun.start()) or _bracketed(doc, noun)


def _bracketed(doc: Document, cue: re.Match[str]) -> bool:
    """A target noun opening a bracket: "đạt 63,47% (mục tiêu 70%)"."""
    return doc.low[max(0, cue.start() - 2) : cue.start()].strip() == "("


def sentence_opener_status(doc: Document, scope: Scope) -> str | None:
    """The plan or target a phrase opening the sentence tells, before its first comma, with no figure of its own:
    "Dự kiến tại thời điểm ngày 1-1-2026, toàn tỉnh có …; nhưng … vẫn thiếu 311 công chức" - every clause is
    planned."""
    sentence = scope.sentence
    comma = doc.low.find(",", sentence.start, min(scope.quantity.start, sentence.start + _OPENER_REACH))
    if comma < 0 or _DIGIT_WORD.search(doc.cue_view, sentence.start, comma) or ";" in doc.low[sentence.start : comma]:
        return None  # "UBND tỉnh yêu cầu …; đến nay, 100% thủ tục đã …": a clause of its own, no opening phrase
    status = status_in(doc, sentence, sentence.start, comma)
    if _RESULT.search(doc.low, comma, scope.quantity.start):
        return None  # "Theo mục tiêu đề ra, đến nay tỉnh đã đạt 92%": the figure's clause reports a result
    if status not in _AHEAD or _COMPARISON.search(doc.low, sentence.start, comma):
        return None  # "So với dự thảo, mức … được thông qua là 2,8 triệu đồng": what the figure is compared with
    return status


_AHEAD = ("planned", "target")  # an opener speaks of what is to come: "Dự kiến …,", "Mục tiêu đến năm 2026,"


_OPENER_REACH = 80  # an opening phrase is short
_DIGIT_WORD = re.compile(r"(?<![\d/.-])\d+(?![\d/.-])")  # a figure, not a date (1-1-2026) in the opener


def status_end(doc: Document, scope: Scope) -> int:
    """The figure's clause ends at the next coordinated verb phrase: "đã biệt phái 120 công chức và sẽ
    tiếp tục rà soát" - the "sẽ" is another clause's."""
    turn = _NEXT_CLAUSE.search(doc.low, scope.quantity.end, scope.right)
    return turn.start() if turn else scope.right


_NEXT_CLAUSE = re.compile(
    r"(?:\s+(?:và|đồng thời|nhưng|trong khi|song)|,)\s+(?:sẽ|đang|đã|tiếp tục|dự kiến|đề xuất|đề nghị|phấn đấu)|;"
)


def status_in(
    doc: Document, sentence: Sentence, start: int, end: int, own: tuple[Quantity, list[Quantity]] | None = None
) -> str | None:
    """The first status whose cue stands in [start, end), not denied, and, for a figure (`own`: it and the
    sentence's figures), not a target noun naming another figure or compared with."""
    for status, cues in STATUS_CUES.items():
        if any(
            (m.group() in DRAFT_NOUNS or not _not_status(doc, m))
            and not (own and _names_other(doc, m, *own))
            and not (own and status in _DRAFTS and _compared_with(doc, m, own[0]))
            and not (own and status == "planned" and _purpose_before(doc, m, own[0]))
            for m in doc.cues(cues, start, end, sentence)
        ):
            return status
    return None


_DRAFTS = ("proposed", "planned")
_COMPARISON = re.compile(rf"(?<!\w)(?:{alternation(COMPARISON_MARKERS)})(?!\w)")
_COMPARED_BEFORE = re.compile(
    rf"(?<!\w)(?:{alternation(COMPARISON_MARKERS)})(?:\s+(?:{alternation(COMPARED_FILLERS)}))*\s+$"
)


def _compared_with(doc: Document, cue: re.Match[str], quantity: Quantity) -> bool:
    """A proposal or plan word that names what the figure is compared with: "760.000 đồng, thấp hơn mức đề
    xuất", "So với dự thảo, mức hỗ trợ được thông qua là 760.000 đồng", "3 triệu đồng như đề xuất"."""
    if cue.start() >= quantity.end:
        return _COMPARISON.search(doc.low, quantity.end, cue.start()) is not None
    before = _COMPARED_BEFORE.search(doc.low, max(0, cue.start() - 30), cue.start())
    return before is not None and "," in doc.low[cue.end() : quantity.start]


def decisions(doc: Document, sentence: Sentence, start: int, end: int) -> list[re.Match[str]]:
    """The decision words in [start, end) that decide: not "trình HĐND thông qua", "dự thảo nghị quyết",
    "chưa ban hành" (a word of NOT_DECIDED_BEFORE between the last stop and the decision word)."""
    found = []
    for match in doc.cues(DECISION_CUES, start, end, sentence):
        stop = max(doc.low.rfind(c, start, match.start()) for c in ",;:.(")
        if not _NOT_DECIDED.search(doc.low, max(start, stop + 1), match.start()):
            found.append(match)
    return found


_NOT_DECIDED = re.compile(rf"(?<!\w)(?:{alternation(NOT_DECIDED_BEFORE)})(?!\w)")
_ADOPTED_GAP = re.compile(rf"^(?:\s+[^\W\d]+){{0,{ADOPTED_WITHIN_WORDS}}}\s+$")


def _adopted(doc: Document, sentence: Sentence, start: int, end: int, quantity: Quantity) -> bool:
    """A proposal decided before the figure: every proposal word of the figure's clause precedes the last decision
    word before it ("Theo đề xuất của Sở Nội vụ, UBND tỉnh quyết định …") or is its object ("thông qua đề xuất
    hỗ trợ …"); "… thấp hơn mức 12 triệu đồng mà UBND đề xuất" is the proposal's own figure."""
    decided = decisions(doc, sentence, start, quantity.start)
    if not decided:
        return False
    proposals = [
        m for m in doc.cues(STATUS_CUES["proposed"], start, end, sentence) if not _compared_with(doc, m, quantity)
    ]
    last = decided[-1]
    return all(
        m.end() <= last.start()
        or any(d.end() <= m.start() and _ADOPTED_GAP.match(doc.low[d.end() : m.start()] + " ") for d in decided)
        for m in proposals
    )


def _names_other(doc: Document, cue: re.Match[str], quantity: Quantity, quantities: list[Quantity]) -> bool:
    """ "Chỉ tiêu giao là 90%, đến nay đạt 86%", "đạt 97,2%, vượt chỉ tiêu 95%": a target noun is the figures'
    after it, not a result's before or after it."""
    if cue.group() not in TARGET_NOUNS:
        return False
    if any(q is not quantity and q.end <= cue.start() and not doc.low[q.end : cue.start()].strip() for q in quantities):
        return True  # "58 đơn vị đạt đủ 3/3 tiêu chí, tỷ lệ … đạt 97,5%": what a figure before it counts
    if cue.end() <= quantity.start:
        if _bracketed(doc, cue) and ")" in doc.low[cue.end() : quantity.start]:
            return True  # "đạt 63,47% (mục tiêu 70%), khối tỉnh đạt 18,54%": the bracket's figure only
        between = [q for q in quantities if cue.end() <= q.start and q.end <= quantity.start]
        return bool(between) and _RESULT.search(doc.low, between[0].end, quantity.start) is not None
    return True if any(q.start >= cue.end() for q in quantities) else _compared(doc, cue.start())


_RESULT = re.compile(rf"(?<!\w)(?:{alternation(RESULT_MARKERS)})(?!\w)")


def _compared(doc: Document, position: int) -> bool:
    """A target noun after a result word: what the result is measured against ("thấp hơn mục tiêu")."""
    return bool(_COMPARED_WITH.search(doc.low, max(0, position - 15), position))


_COMPARED_WITH = re.compile(rf"(?<!\w)(?:{alternation(COMPARED_WITH_BEFORE)})\s+$")


def _not_status(doc: Document, cue: re.Match[str]) -> bool:
    """A status word in a noun phrase ("theo kế hoạch", "hồ sơ đề nghị"); "theo đề xuất" (as proposed) still
    makes a figure a proposal: "Tổng kinh phí hỗ trợ theo đề xuất là hơn 32,5 tỷ đồng"."""
    before = _NOT_STATUS_AFTER.search(doc.low, max(0, cue.start() - 12), cue.start())
    return before is not None and not (before.group().strip() == "theo" and cue.group() in PROPOSALS_AFTER_THEO)


_NOT_STATUS_AFTER = re.compile(rf"(?<!\w)(?:{alternation(NOT_STATUS_AFTER)})\s+$")


_PURPOSE = re.compile(rf"(?<!\w)(?:{alternation(PURPOSE_WORDS)})\s+$")
_PURPOSED = re.compile(rf"(?<!\w)(?:{alternation(PURPOSE_WORDS)})(?:\s+[^\W\d]+){{1,3}}\s+$")


def _purpose_before(doc: Document, cue: re.Match[str], quantity: Quantity) -> bool:
    """A plan word that is the purpose of another clause: "để chuẩn bị, tỉnh đã tập huấn cho 3.120 lượt"."""
    return _purpose_of_another(doc, cue, quantity.start)


def _purpose_of_another(doc: Document, cue: re.Match[str], until: int) -> bool:
    """A plan word after a purpose word, with a comma between it and `until`: the purpose of what follows."""
    return (
        cue.end() <= until
        and "," in doc.low[cue.end() : until]
        and _PURPOSE.search(doc.low, max(0, cue.start() - 8), cue.start()) is not None
    )


def _purposed(doc: Document, scope: Scope) -> str | None:
    """ "Đang tiếp tục rà soát để bố trí thêm từ 8 đến 10 bộ đội": the figure of a purpose's verb, the work it is for
    under way, is to come."""
    start = max(scope.left, scope.quantity.start - 40)
    found = _PURPOSED.search(doc.low, start, scope.quantity.start)
    if not found or _RESULT.search(doc.low, scope.clause_start, scope.quantity.start):
        return None
    return "planned" if doc.cues(UNDER_WAY, scope.clause_start, found.start(), scope.sentence) else None


_CRITERIA = re.compile(
    rf"(?<!\w)(?:{alternation(CRITERIA_NOUNS)})(?!\w)[^.;]{{0,60}}?(?:(?<!\w)(?:{alternation(CRITERIA_LINKS)})(?!\w)|:)"
)


def _criteria(doc: Document, scope: Scope) -> str | None:
    """ "Ba tiêu chí theo Nghị quyết 57 là tỷ lệ hồ sơ giải quyết đúng hạn 99%": criteria said to be the figures."""
    told = list(_CRITERIA.finditer(doc.low, scope.clause_start, scope.quantity.start))
    if not told or _RESULT.search(doc.low, told[-1].end(), scope.quantity.start):
        return None
    return None if _COMPARED_REACHED.search(doc.low, told[-1].end(), scope.quantity.start) else "target"


_COMPARED_REACHED = re.compile(rf"(?<!\w)(?:{alternation(COMPARED_WITH_BEFORE)})(?!\w)")


_OBLIGED = re.compile(rf"(?<!\w)(?<!không )(?<!chưa )(?:{alternation(OBLIGATION_BEFORE)})(?:\s+[^\W\d]+){{1,3}}\s+$")


_PLAN_KIND = re.compile(rf"(?<!\w)(?:{alternation(k for k, v in DOCUMENT_STATUS.items() if v == 'planned')})(?!\w)")
_PLAN_CONTENT_GAP = re.compile(rf"^(?:\s+[^\W\d]+){{0,{PLAN_CONTENT_WITHIN_WORDS}}}\s+$")
_PLAN_CONTENT_END = re.compile(rf"(?<!\w)(?:{alternation((*RESULT_MARKERS, *PLAN_CONTENT_ENDS))})(?!\w)")


def _plan_content(doc: Document, scope: Scope, start: int) -> str | None:
    """ "UBND tỉnh ban hành Kế hoạch 289/KH-UBND tăng cường 41 công chức": a plan cited by its number (blanked in
    the cue view, where its kind word is no cue) whose content names the figure right after the citation."""
    for match in _PLAN_KIND.finditer(doc.low, start, scope.quantity.start):
        if doc.cue_view[match.start() : match.end()].strip():
            continue  # a plan word, not a plan cited: status_in read it
        cited_end = match.end()
        while cited_end < scope.quantity.start and not doc.cue_view[cited_end].strip():
            cited_end += 1
        gap = doc.low[cited_end - 1 : scope.quantity.number_start]
        if _PLAN_CONTENT_GAP.match(gap) and not _PLAN_CONTENT_END.search(gap):
            return "planned"
    return None


def _obliged(doc: Document, scope: Scope) -> str | None:
    """ "Các tỉnh phải công khai 100% thủ tục": the obligation's verb right before the figure."""
    start = max(scope.left, scope.quantity.start - 40)
    return "target" if _OBLIGED.search(doc.low, start, scope.quantity.number_start) else None


def is_future(doc: Document, sentence: Sentence, until: int) -> bool:
    """A future cue in the sentence up to `until`: the date, or the figure it dates when that comes later
    ("Từ tháng 10 đến tháng 12, tỉnh sẽ biệt phái 90 công chức"); the planned and target status cues speak
    of the future too ("đến ngày 15/10 các xã phải đạt 95%"), but not a target a result is compared with
    ("đến ngày 30/9 mới đạt 45%, thấp hơn chỉ tiêu 60%")."""
    return any(
        (m.group() not in TARGET_NOUNS or not _compared(doc, m.start())) and not _purpose_of_another(doc, m, until)
        for m in doc.cues(_FUTURE, sentence.start, until, sentence)
    )


_FUTURE = tuple(dict.fromkeys(FUTURE_CUES + STATUS_CUES["planned"] + STATUS_CUES["target"]))
