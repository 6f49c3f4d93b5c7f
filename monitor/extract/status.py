"""A figure's status, read from the cues of its own clause: done, planned, target or proposed (facts.md, status).

A cue counts unless denied ("không", "theo"), unless a target noun names another figure ("chỉ tiêu giao là 90%,
đến nay đạt 86%"), or a proposal word names what an adopted figure is compared with ("thấp hơn mức đề xuất").
The wording is data in lang/vi/status.py and lang/vi/decisions.py.

Here: the figure's status (figure_status) from its clause's cues, an obligation, a plan's content, a purpose or
criteria, and the status a figure with no cue of its own goes on in (carried_status). The cue tables' reading is
status_cues.py's, a document's status document_status.py's, a share's aim aims.py's."""

from __future__ import annotations

import re

from monitor.extract.aims import aimed, own_clause_start
from monitor.extract.context import Scope
from monitor.extract.document import Document
from monitor.extract.document_status import listed_document_status, opening_document_status
from monitor.extract.lang.vi.decisions import ADOPTED_WITHIN_WORDS, IN_FORCE_AFTER
from monitor.extract.lang.vi.status import (
    COMPARED_WITH_BEFORE,
    CRITERIA_LINKS,
    CRITERIA_NOUNS,
    DOCUMENT_STATUS,
    OBLIGATION_BEFORE,
    PLAN_CONTENT_ENDS,
    PLAN_CONTENT_WITHIN_WORDS,
    PRECEDENCE,
    PURPOSE_WORDS,
    RESULT_MARKERS,
    SCHEME_CARRIED_OUT_AFTER,
    SCHEME_WORDS,
    STATUS_CUES,
    TARGET_NOUNS,
    UNDER_WAY,
)
from monitor.extract.numbers import Quantity
from monitor.extract.patterns import alternation
from monitor.extract.status_cues import (
    RESULT,
    bracketed,
    compared,
    compared_with,
    decisions,
    purpose_moves_to,
    replaced,
    result_opens_clause,
    status_end,
    status_in,
)
from monitor.extract.tokenize import Sentence


def figure_status(doc: Document, scope: Scope, quantities: list[Quantity]) -> str | None:
    """The status the figure's own clause cues (or an obligation's verb right before it), if any; a proposal
    decided before the figure is done: "Theo đề xuất của Sở Nội vụ, UBND tỉnh quyết định điều động 120 công chức".
    A sentence that opens on a document gives its figures the document's status where their clauses cue none
    that precedes it (lang/vi/status.py): "Theo dự thảo, tỉnh dự kiến chi 45,8 tỷ đồng" is proposed. A share
    bounded from below in a plan or an instruction is its aim: "phấn đấu giảm ít nhất 60% thời gian" is a target."""
    if replaced(doc, scope.quantity) and _IN_FORCE.match(doc.low, scope.quantity.end):
        return "done"  # "… lên 3,5 triệu đồng/người/tháng, thay vì 2 triệu đồng như hiện nay": the level in force
    if _measured_against(doc, scope.quantity):
        # "So với mục tiêu 70%, tỷ lệ … hiện đạt 74%": the target a result is measured against, whatever the result's
        # cue (a black-box probe of 0.9.24, helper-167)
        return "target"
    start = own_clause_start(doc, scope)
    return aimed(doc, scope, quantities, start, _clause_status(doc, scope, quantities, start))


_IN_FORCE = re.compile(rf"\s*(?:{alternation(IN_FORCE_AFTER)})(?!\w)")


def _clause_status(doc: Document, scope: Scope, quantities: list[Quantity], start: int) -> str | None:
    """The status the cues of the figure's clause (from `start`) and the document its sentence opens on give."""
    end = status_end(doc, scope)
    cued = (
        status_in(doc, scope.sentence, start, end, (scope.quantity, quantities))
        or _obliged(doc, scope)
        or _plan_content(doc, scope, start)
        or _purposed(doc, scope)
        or _moved_for(doc, scope)
        or _criteria(doc, scope)
    )
    if cued == "proposed" and _adopted(doc, scope.sentence, start, end, scope.quantity):
        return "done"
    if cued == "planned" and _scheme_carried_out(doc, scope, start):
        return "done"
    opened = opening_document_status(doc, scope, cued) or listed_document_status(doc, scope)
    if opened in (None, "done") or (cued and PRECEDENCE.index(cued) <= PRECEDENCE.index(opened)):
        return cued
    before = scope.quantity.start
    if cued is None and (decisions(doc, scope.sentence, start, before) or RESULT.search(doc.low, start, before)):
        return cued  # "Theo tờ trình, HĐND tỉnh thông qua mức 3 triệu đồng"; "Theo kế hoạch, đến nay đã …"
    return opened


def _scheme_carried_out(doc: Document, scope: Scope, start: int) -> bool:
    """A scheme's figure told carried out or in force after it, in its sentence: "đã phê duyệt phương án bố trí 1.240
    cán bộ … và đã bố trí xong từ ngày 1/7/2025" (lang/vi/status.py SCHEME_CARRIED_OUT_AFTER)."""
    q, sentence = scope.quantity, scope.sentence
    planned = doc.cues(STATUS_CUES["planned"], start, q.start, sentence)
    if not planned or any(m.group() not in SCHEME_WORDS for m in planned):
        return False
    return bool(doc.cues(SCHEME_CARRIED_OUT_AFTER, q.end, sentence.end, sentence))


def carried_status(doc: Document, scope: Scope, previous: str | None) -> str | None:
    """The status a figure with no cue of its own goes on in: that of the clause before (`previous`; in the same
    clause the cues were all weighed: "chỉ tiêu giao là 90%, đến nay đạt 86%" is a result after its target).
    A sentence of a decision does not go on in a proposal it departs from: "Theo nghị quyết, … cao nhất 10,4
    triệu, thấp hơn mức 12 triệu mà UBND đề xuất; mức thấp nhất giữ nguyên 3,5 triệu"."""
    sentence = scope.sentence
    if previous in ("target", "planned") and result_opens_clause(doc, scope):
        return None  # "chỉ tiêu 90% …; đến nay đã đạt 86%": a clause of its own opening on a result
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
    return compared(doc, noun.start()) or bracketed(doc, noun)


_ADOPTED_GAP = re.compile(rf"^(?:\s+[^\W\d]+){{0,{ADOPTED_WITHIN_WORDS}}}\s+$")


def _adopted(doc: Document, sentence: Sentence, start: int, end: int, quantity: Quantity) -> bool:
    """A proposal decided before the figure: every proposal word of the figure's clause precedes the last decision
    word before it ("Theo đề xuất của Sở Nội vụ, UBND tỉnh quyết định …") or is its object ("thông qua đề xuất
    hỗ trợ …"); "… thấp hơn mức 12 triệu đồng mà UBND đề xuất" is the proposal's own figure."""
    decided = decisions(doc, sentence, start, quantity.start)
    if not decided:
        return False
    proposals = [
        m for m in doc.cues(STATUS_CUES["proposed"], start, end, sentence) if not compared_with(doc, m, quantity)
    ]
    last = decided[-1]
    return all(
        m.end() <= last.start()
        or any(d.end() <= m.start() and _ADOPTED_GAP.match(doc.low[d.end() : m.start()] + " ") for d in decided)
        for m in proposals
    )


_PURPOSED = re.compile(rf"(?<!\w)(?:{alternation(PURPOSE_WORDS)})(?:\s+[^\W\d]+){{1,3}}\s+$")


def _purposed(doc: Document, scope: Scope) -> str | None:
    """ "Đang tiếp tục rà soát để bố trí thêm từ 8 đến 10 bộ đội": the figure of a purpose's verb, the work it is for
    under way, is to come."""
    start = max(scope.left, scope.quantity.start - 40)
    found = _PURPOSED.search(doc.low, start, scope.quantity.start)
    if not found or RESULT.search(doc.low, scope.clause_start, scope.quantity.start):
        return None
    return "planned" if doc.cues(UNDER_WAY, scope.clause_start, found.start(), scope.sentence) else None


def _moved_for(doc: Document, scope: Scope) -> str | None:
    """ "… nhằm nâng tỷ lệ hồ sơ nộp trực tuyến từ 30% lên 80% trong năm 2025": the level a purpose's move verb moves
    to, the figure right after "lên", is the aim (status_cues.purpose_moves_to)."""
    start = max(scope.clause_start, scope.quantity.start - 12)
    return "target" if purpose_moves_to(doc, scope.clause_start, start, scope.quantity.start) else None


_CRITERIA = re.compile(
    rf"(?<!\w)(?:{alternation(CRITERIA_NOUNS)})(?!\w)[^.;]{{0,60}}?(?:(?<!\w)(?:{alternation(CRITERIA_LINKS)})(?!\w)|:)"
)


def _criteria(doc: Document, scope: Scope) -> str | None:
    """ "Ba tiêu chí theo Nghị quyết 57 là tỷ lệ hồ sơ giải quyết đúng hạn 99%": criteria said to be the figures."""
    told = list(_CRITERIA.finditer(doc.low, scope.clause_start, scope.quantity.start))
    if not told or RESULT.search(doc.low, told[-1].end(), scope.quantity.start):
        return None
    return None if _COMPARED_REACHED.search(doc.low, told[-1].end(), scope.quantity.start) else "target"


_COMPARED_REACHED = re.compile(rf"(?<!\w)(?:{alternation(COMPARED_WITH_BEFORE)})(?!\w)")


# not denied, and not told as past: "các sở đã phải tăng cường hơn 300 cán bộ" (had to) is a result
_OBLIGED = re.compile(
    rf"(?<!\w)(?<!không )(?<!chưa )(?<!đã )(?:{alternation(OBLIGATION_BEFORE)})(?:\s+[^\W\d]+){{1,3}}\s+$"
)


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
