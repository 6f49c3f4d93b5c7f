"""Reading the status cue tables (lang/vi/status.py, lang/vi/decisions.py) over a span: the first status cued
(status_in), each cue weighed against its denial ("theo kế hoạch"), a target noun naming another figure, a
comparison ("thấp hơn mức đề xuất") or a purpose ("để chuẩn bị"); the decision words that decide (decisions); the
result words (RESULT); where a figure's clause ends (status_end); and the future cues before a date (is_future).

The figure's own status is status.py's; the document a sentence opens on is document_status.py's."""

from __future__ import annotations

import re

from monitor.extract.context import Scope
from monitor.extract.document import Document
from monitor.extract.lang.vi.deadlines import MET_DEADLINE_CUES
from monitor.extract.lang.vi.decisions import (
    ACT_NOT_TAKEN_WORDS,
    ATTRIBUTION_AFTER,
    ATTRIBUTION_BEFORE,
    COMPARED_FILLERS,
    COMPARISON_MARKERS,
    DECISION_CUES,
    DRAFT_NOUNS,
    NOT_DECIDED_BEFORE,
    REPLACED_BEFORE,
    REQUEST_WORDS,
    VERBS_JOINED_TO_DECISIONS,
)
from monitor.extract.lang.vi.shares import MEASURE_NAMED_BACK
from monitor.extract.lang.vi.staff import SHARE_MOVES
from monitor.extract.lang.vi.status import (
    ASSIGNED_NOT_AFTER,
    ASSIGNING_CUES,
    COMPARED_WITH_BEFORE,
    FUTURE_CUES,
    NEED_CUES_OF_PLACES,
    NEED_OF_OFFICIALS_AFTER,
    NEED_PLACE_DIRECTIONS,
    NEED_PLACE_NOUNS,
    NEED_PLACE_NOW,
    NEED_PLACE_WORDS_BETWEEN,
    NOT_STATUS_AFTER,
    PLAN_NAMED_AFTER,
    PLAN_NAMED_BEFORE,
    PLAN_WORD,
    PROPOSALS_AFTER_THEO,
    PURPOSE_MOVE_BREAKS,
    PURPOSE_MOVED_TO,
    PURPOSE_MOVES,
    PURPOSE_MOVES_NOT_BEFORE,
    PURPOSE_WORDS,
    RESULT_MARKERS,
    STATE_NOW_OPENERS,
    STATUS_CUES,
    TARGET_NOUNS,
)
from monitor.extract.numbers import Quantity
from monitor.extract.patterns import alternation
from monitor.extract.tokenize import Sentence


def bracketed(doc: Document, cue: re.Match[str]) -> bool:
    """A target noun opening a bracket: "đạt 63,47% (mục tiêu 70%)"."""
    return doc.low[max(0, cue.start() - 2) : cue.start()].strip() == "("


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
            (m.group() in DRAFT_NOUNS or not not_status(doc, m))
            and not (own and _names_other(doc, m, *own))
            and not (own and status in _DRAFTS and compared_with(doc, m, own[0]))
            and not (own and status == "planned" and _purpose_before(doc, m, own[0]))
            and not (own and status == "proposed" and taken_up(doc, sentence, m.span(), start, own[0].start))
            and not (own and status == "proposed" and _places_need(doc, m, own[0]))
            and not (status == "target" and _assigned_told(doc, sentence, m))
            for m in doc.cues(cues, start, end, sentence)
        ):
            return status
    return None


_DRAFTS = ("proposed", "planned")


def _assigned_told(doc: Document, sentence: Sentence, cue: re.Match[str]) -> bool:
    """A task assigned ("giao Sở Nội vụ …") told as done or as the source of a result: no aim of the figure."""
    if cue.group() not in ASSIGNING_CUES:
        return False
    return bool(_ASSIGNED_NOT_AFTER.search(doc.low, max(sentence.start, cue.start() - 25), cue.start())) or bool(
        RESULT.search(doc.low, sentence.start, sentence.end)
    )


_ASSIGNED_NOT_AFTER = re.compile(rf"(?<!\w)(?:{alternation(ASSIGNED_NOT_AFTER)})(?!\w)[^,;.]*$")


def _places_need(doc: Document, cue: re.Match[str], quantity: Quantity) -> bool:
    """A need said, after the figure, of the places it goes to: "260 công chức … được biệt phái về các xã, phường, đặc
    khu có nhu cầu" (the places that need them; "Các xã có nhu cầu bổ sung 300 công chức" still asks)."""
    if cue.group() not in NEED_CUES_OF_PLACES or cue.start() <= quantity.end:
        return False
    places = _PLACES_BEFORE.search(doc.low, max(0, cue.start() - 80), cue.start())
    return (
        places is not None
        and _NOW_BEFORE.search(doc.low, max(0, places.start() - 12), places.start()) is None
        and _OFFICIALS_NEED.match(doc.low, cue.end()) is None
    )


_ATTRIBUTION_BEFORE = re.compile(rf"(?<!\w)(?:{alternation(ATTRIBUTION_BEFORE)})(?:\s+các)?\s+$")
_ATTRIBUTION_AFTER = re.compile(rf"\s+(?:{alternation(ATTRIBUTION_AFTER)})(?!\w)")


def taken_up(doc: Document, sentence: Sentence, cue: tuple[int, int], start: int, until: int) -> bool:
    """Whether the proposal word at `cue` names whose proposal the clause (from `start`) acted on, up to `until` (the
    figure, or the sentence's end; lang/vi/decisions.py ATTRIBUTION_BEFORE): the act (a decision, a result, a move of
    staff) told after the attribution's comma, or before the attribution when it follows the figure."""
    cue_start, cue_end = cue
    if not (
        _ATTRIBUTION_BEFORE.search(doc.low, max(0, cue_start - 15), cue_start)
        and _ATTRIBUTION_AFTER.match(doc.low, cue_end)
    ):
        return False
    if cue_start >= until:
        act_start = start
    else:
        comma = doc.low.find(",", cue_end, until)
        if comma < 0:
            return False
        act_start = comma + 1
    if doc.cues(ACT_NOT_TAKEN_WORDS, act_start, until, sentence):
        return False  # "… tham mưu UBND tỉnh điều động", "… chưa điều động", "… sẽ điều động": no act done
    return bool(
        decisions(doc, sentence, act_start, until)
        or RESULT.search(doc.low, act_start, until)
        or doc.cues(SHARE_MOVES, act_start, until, sentence)
    )


COMPARISON = re.compile(rf"(?<!\w)(?:{alternation(COMPARISON_MARKERS)})(?!\w)")
_COMPARED_BEFORE = re.compile(
    rf"(?<!\w)(?:{alternation(COMPARISON_MARKERS)})(?:\s+(?:{alternation(COMPARED_FILLERS)}))*\s+$"
)


def compared_with(doc: Document, cue: re.Match[str], quantity: Quantity) -> bool:
    """A proposal or plan word that names what the figure is compared with: "760.000 đồng, thấp hơn mức đề
    xuất", "So với dự thảo, mức hỗ trợ được thông qua là 760.000 đồng", "3 triệu đồng như đề xuất"."""
    if cue.start() >= quantity.end:
        if replaced(doc, quantity):
            return False  # "thay vì mức 3 triệu đồng như dự thảo": the replaced level is the draft's own
        return COMPARISON.search(doc.low, quantity.end, cue.start()) is not None
    before = _COMPARED_BEFORE.search(doc.low, max(0, cue.start() - 30), cue.start())
    return before is not None and "," in doc.low[cue.end() : quantity.start]


_REPLACED = re.compile(rf"(?<!\w)(?:{alternation(REPLACED_BEFORE)})\s+(?:mức\s+)?$")


def replaced(doc: Document, quantity: Quantity) -> bool:
    """The figure is the level another replaces: "… 4 triệu đồng/người/tháng, thay vì mức 3 triệu đồng …"."""
    return _REPLACED.search(doc.low, max(0, quantity.number_start - 20), quantity.number_start) is not None


def decisions(doc: Document, sentence: Sentence, start: int, end: int) -> list[re.Match[str]]:
    """The decision words in [start, end) that decide: not "trình HĐND thông qua", "dự thảo nghị quyết",
    "chưa ban hành" (a word of NOT_DECIDED_BEFORE between the last stop and the decision word)."""
    found = []
    for match in doc.cues(DECISION_CUES, start, end, sentence):
        stop = max(doc.low.rfind(c, start, match.start()) for c in ",;:.(")
        if stop >= 0 and doc.low[stop] == "," and _JOINED_VERB.search(doc.low, max(start, stop - 20), stop):
            # "đề nghị HĐND tỉnh xem xét, thông qua mức hỗ trợ …": a comma joining two verbs of one request
            before = max(doc.low.rfind(c, start, stop) for c in ",;:.(")
            if _REQUEST.search(doc.low, max(start, before + 1), stop):
                stop = before
        if not _NOT_DECIDED.search(doc.low, max(start, stop + 1), match.start()):
            found.append(match)
    return found


def result_opens_clause(doc: Document, scope: Scope) -> bool:
    """The figure's clause follows a semicolon and opens on a result ("…; đến nay đã đạt 86%"), not a clause telling
    what was done before something else ("…; những người đã được biệt phái trước đó được hỗ trợ thêm …")."""
    start = scope.clause_start
    if start <= scope.sentence.start or doc.low[start - 1] != ";":
        return False
    return _RESULT_OPENS.match(doc.low, start) is not None


# ... or on the state now ("…; hiện tỷ lệ này mới đạt 58,2%": a black-box probe of 0.9.24, helper-167)
_RESULT_OPENS = re.compile(rf"\s*(?:{alternation(RESULT_MARKERS + STATE_NOW_OPENERS)})(?!\w)")
_REQUEST = re.compile(rf"(?<!\w)(?:{alternation(REQUEST_WORDS)})(?!\w)")
_JOINED_VERB = re.compile(rf"(?<!\w)(?:{alternation(VERBS_JOINED_TO_DECISIONS)})\s*$")


_NOT_DECIDED = re.compile(rf"(?<!\w)(?:{alternation(NOT_DECIDED_BEFORE)})(?!\w)")


def _names_other(doc: Document, cue: re.Match[str], quantity: Quantity, quantities: list[Quantity]) -> bool:
    """ "Chỉ tiêu giao là 90%, đến nay đạt 86%", "đạt 97,2%, vượt chỉ tiêu 95%": a target noun is the figures'
    after it, not a result's before or after it."""
    if cue.group() not in TARGET_NOUNS:
        return False
    if _MEASURE_NAMED_BACK.match(doc.low, cue.start()):
        return True  # "25/34 tỉnh đạt trên 90% ở chỉ tiêu này": the measure told before, no target
    if any(q is not quantity and q.end <= cue.start() and not doc.low[q.end : cue.start()].strip() for q in quantities):
        return True  # "58 đơn vị đạt đủ 3/3 tiêu chí, tỷ lệ … đạt 97,5%": what a figure before it counts
    if cue.end() <= quantity.start:
        if bracketed(doc, cue) and ")" in doc.low[cue.end() : quantity.start]:
            return True  # "đạt 63,47% (mục tiêu 70%), khối tỉnh đạt 18,54%": the bracket's figure only
        between = [q for q in quantities if cue.end() <= q.start and q.end <= quantity.start]
        return bool(between) and RESULT.search(doc.low, between[0].end, quantity.start) is not None
    return True if any(q.start >= cue.end() for q in quantities) else compared(doc, cue.start())


_MEASURE_NAMED_BACK = re.compile(rf"(?:{alternation(MEASURE_NAMED_BACK)})(?!\w)")
RESULT = re.compile(rf"(?<!\w)(?:{alternation(RESULT_MARKERS)})(?!\w)")


def compared(doc: Document, position: int) -> bool:
    """A target noun after a result word: what the result is measured against ("thấp hơn mục tiêu")."""
    return bool(_COMPARED_WITH.search(doc.low, max(0, position - 15), position))


_COMPARED_WITH = re.compile(rf"(?<!\w)(?:{alternation(COMPARED_WITH_BEFORE)})\s+$")


def not_status(doc: Document, cue: re.Match[str]) -> bool:
    """A status word in a noun phrase ("theo kế hoạch", "hồ sơ đề nghị"); "theo đề xuất" (as proposed) still
    makes a figure a proposal: "Tổng kinh phí hỗ trợ theo đề xuất là hơn 32,5 tỷ đồng"."""
    if cue.group() == PLAN_WORD and (
        _PLAN_NAMED_AFTER.search(doc.low, max(0, cue.start() - 15), cue.start())
        or _PLAN_NAMED_BEFORE.match(doc.low, cue.end())
    ):
        return True  # "tài chính – kế hoạch", "Kế hoạch và Đầu tư": a field's or an office's name
    before = _NOT_STATUS_AFTER.search(doc.low, max(0, cue.start() - 12), cue.start())
    return before is not None and not (before.group().strip() == "theo" and cue.group() in PROPOSALS_AFTER_THEO)


_NOT_STATUS_AFTER = re.compile(rf"(?<!\w)(?:{alternation(NOT_STATUS_AFTER)})\s+$")
_PLACES_BEFORE = re.compile(
    rf"(?<!\w)(?:{alternation(NEED_PLACE_DIRECTIONS)})\s+(?:các\s+|những\s+)?"
    rf"(?:{alternation(NEED_PLACE_NOUNS)})(?:\s*,\s*(?:{alternation(NEED_PLACE_NOUNS)}))*"
    rf"(?:\s+[^\s,;.\d]+){{0,{NEED_PLACE_WORDS_BETWEEN}}}?\s+$"
)
_NOW_BEFORE = re.compile(rf"(?<!\w)(?:{alternation(NEED_PLACE_NOW)})\s+$")
_OFFICIALS_NEED = re.compile(rf"\s+(?:{alternation(NEED_OF_OFFICIALS_AFTER)})(?!\w)")
_PLAN_NAMED_AFTER = re.compile(rf"(?<!\w)(?:{alternation(PLAN_NAMED_AFTER)})\s*$")
_PLAN_NAMED_BEFORE = re.compile(rf"\s+(?:{alternation(PLAN_NAMED_BEFORE)})(?!\w)")


_PURPOSE = re.compile(rf"(?<!\w)(?:{alternation(PURPOSE_WORDS)})\s+$")


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


_MOVE_FOR = re.compile(
    rf"(?<!\w)(?:{alternation(PURPOSE_WORDS)})\s+(?:{alternation(PURPOSE_MOVES)})(?!\w)"
    rf"(?!\s+(?:{alternation(PURPOSE_MOVES_NOT_BEFORE)})(?!\w))"
)
_MOVED_TO = re.compile(rf"(?<!\w)(?:{alternation(PURPOSE_MOVED_TO)})(?!\w)")
_MOVE_BROKEN = re.compile(
    rf"[;:]|(?<!\w)(?:{alternation(PURPOSE_MOVE_BREAKS)})(?!\w)"
    rf"|,[^,]*?(?<!\w)(?:{alternation(PURPOSE_MOVES)})(?!\w)"
)


def purpose_moves_to(doc: Document, clause_start: int, start: int, end: int) -> bool:
    """A purpose's move verb moving a level to what stands after a "lên" in [start, end): "… nhằm nâng tỷ lệ hồ sơ nộp
    trực tuyến từ 30% lên 80% trong năm 2025" (an aim, ahead); not when anything between tells another clause ("nhằm
    nâng tỷ lệ …, qua đó tỷ lệ này tăng lên 82%") or a result ("để nâng …, tỉnh đã đạt …")."""
    moved_to = list(_MOVED_TO.finditer(doc.low, start, end))
    if not moved_to:
        return False
    purposes = list(_MOVE_FOR.finditer(doc.low, clause_start, moved_to[-1].start()))
    if not purposes:
        return False
    between = (purposes[-1].end(), moved_to[-1].start())
    return not (_MOVE_BROKEN.search(doc.low, *between) or RESULT.search(doc.low, *between))


def is_future(doc: Document, sentence: Sentence, until: int) -> bool:
    """A future cue in the sentence up to `until`: the date, or the figure it dates when that comes later
    ("Từ tháng 10 đến tháng 12, tỉnh sẽ biệt phái 90 công chức"); the planned and target status cues speak
    of the future too ("đến ngày 15/10 các xã phải đạt 95%"), but not a target a result is compared with
    ("đến ngày 30/9 mới đạt 45%, thấp hơn chỉ tiêu 60%"), nor a deadline told as met ("hoàn thành trước thời hạn
    ngày 30-8 mà Trung ương yêu cầu" is past)."""
    met = [(m.start(), m.end()) for m in doc.cues(MET_DEADLINE_CUES, sentence.start, until, sentence)]
    return any(
        (m.group() not in TARGET_NOUNS or not compared(doc, m.start()))
        and not _purpose_of_another(doc, m, until)
        and not any(start <= m.start() < end for start, end in met)
        and not _assigned_told(doc, sentence, m)
        for m in doc.cues(_FUTURE, sentence.start, until, sentence)
    ) or purpose_moves_to(doc, sentence.start, sentence.start, until)


_FUTURE = tuple(dict.fromkeys(FUTURE_CUES + STATUS_CUES["planned"] + STATUS_CUES["target"]))
