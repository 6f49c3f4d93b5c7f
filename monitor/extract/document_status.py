"""The status a document gives the figures told of it: the document a sentence opens on ("Theo dự thảo, …"), one
it says was issued ("UBND tỉnh vừa ban hành kế hoạch …"), one whose content a list gives after a colon; the plan
or target a sentence's opening phrase tells ("Dự kiến …,"), whether a paragraph told a plan before the figure, and
whether a draft goes on to a figure with no cue of its own. DOCUMENT_STATUS (lang/vi/status.py) is the wording."""

from __future__ import annotations

import re

from monitor.extract.context import Scope
from monitor.extract.document import Document
from monitor.extract.lang.vi.decisions import MADE_MARKERS
from monitor.extract.lang.vi.status import (
    APPROVED_AFTER,
    CONTENT_LEADS,
    CONTENT_OPENERS,
    DOCUMENT_SAYS,
    DOCUMENT_STATUS,
    ISSUING_VERBS,
    LINE_LABELS,
    NEED_WORDS,
    OPENER_FILLERS,
    OPENERS,
    OPTION_MARKS,
    SCHEME_PUT_FORWARD,
    SCHEMES,
    STATE_NOW_OPENERS,
    SUBMITTED_TO,
)
from monitor.extract.patterns import WORD_REACH, alternation, line_start, squeeze
from monitor.extract.status_cues import COMPARISON, RESULT, decisions, is_future, status_in, taken_up
from monitor.extract.tokenize import Sentence

_SENTENCE_OPENS = re.compile(r"[.!?]\s+")


def plan_told_before(doc: Document, scope: Scope) -> bool:
    """Whether the figure's paragraph told, before its sentence and with no result in between, the content of a plan
    or a target it opened a sentence on ("Theo kế hoạch, …"): a figure with no cue of its own goes on telling it."""
    sentence = scope.sentence
    if RESULT.search(doc.low, sentence.start, scope.quantity.start):
        return False
    told = line_start(doc.low, sentence.start)
    opening = [told] + [m.end() for m in _SENTENCE_OPENS.finditer(doc.low, told, sentence.start)]
    for at in opening:
        found = _document(_OPENER.match(doc.low, at, sentence.start))
        if found and found[1] in _AHEAD:
            return not RESULT.search(doc.low, at, sentence.start)
    return False


def opening_document_status(doc: Document, scope: Scope, cued: str | None = None) -> str | None:
    """The status of the document the figure's sentence opens on, if it opens on one; a proposal opened on as whose
    it was ("Theo đề xuất của Sở Nội vụ, tỉnh biệt phái 97 công chức") gives none to what the clause did, nor a
    scheme to a figure its clause plans (`cued`, SCHEMES), unless the scheme is put forward as an option or a
    proposal."""
    told = _opened(doc, scope.sentence, scope.quantity.start)
    if told is None:
        return None
    if cued == "planned" and told[0] in SCHEMES and not _scheme_put_forward(doc, scope):
        return None
    return told[1]


def _scheme_put_forward(doc: Document, scope: Scope) -> bool:
    """The scheme is one option of several ("Ở phương án 1, …", "Theo phương án thứ hai, …"), or the sentence tells
    it put forward ("… phương án này sẽ được trình HĐND tỉnh")."""
    start, end = scope.sentence.start, scope.sentence.end
    return _OPTION.search(doc.low, start, scope.quantity.start) is not None or bool(
        doc.cues(SCHEME_PUT_FORWARD, start, end, scope.sentence)
    )


# one of the options a submission puts forward: "Tờ trình đưa ra hai phương án. Ở phương án 1, tỉnh dự kiến bố trí
# 1.706 cán bộ …" stays proposed
_OPTION = re.compile(rf"(?<!\w)(?:{alternation(SCHEMES)})\s+(?:\d|(?:{alternation(OPTION_MARKS)})(?!\w))")


_LISTED = re.compile(rf"(?<!\w)(?P<kind>{alternation(DOCUMENT_STATUS)})(?:\s+(?:số\s+)?[\w/.-]*\d[\w/.-]*)?\s*:\s")


def listed_document_status(doc: Document, scope: Scope) -> str | None:
    """The status of a document whose content the sentence lists after a colon, the figure among it: "Sở Nội vụ đưa
    ra hai phương án và chọn phương án 2: hỗ trợ … 5 triệu đồng/người/tháng" is proposed."""
    colon = doc.low.rfind(":", scope.sentence.start, scope.quantity.start)
    if colon < 0:
        return None
    told = _LISTED.search(doc.low, max(scope.sentence.start, colon - 40), colon + 2)
    return DOCUMENT_STATUS[squeeze(told.group("kind"))] if told and told.end() >= colon + 1 else None


def opened_document(doc: Document, sentence: Sentence) -> tuple[str, str | None] | None:
    """The kind of document a sentence opens on and the status it gives by default, if it opens on one."""
    return _opened(doc, sentence, sentence.end)


def _opened(doc: Document, sentence: Sentence, until: int) -> tuple[str, str | None] | None:
    """The document the sentence opens on before `until`; not a proposal opened on as whose it was when the sentence
    tells what was done with it ("Theo đề xuất của Sở Nội vụ, tỉnh biệt phái 97 công chức"), nor a plan or a proposal
    whose clause after it tells the state found now."""
    opened = _OPENER.match(doc.low, sentence.start, until)
    told = _document(opened)
    if opened is None or told is None or told[1] not in (*_AHEAD, "proposed"):
        return told
    if told[1] == "proposed" and taken_up(doc, sentence, opened.span("kind"), sentence.start, until):
        return None
    # "Theo đề án, hiện thành phố thừa 1.052 công chức …": the state the plan finds now
    return None if _finds_now(doc, sentence, opened.end(), until) else told


def _finds_now(doc: Document, sentence: Sentence, after: int, until: int) -> bool:
    """The clause after the opening phrase's comma starts on the state found now (lang/vi/status.py
    STATE_NOW_OPENERS): "Theo đề án, hiện thành phố thừa 1.052 công chức …"."""
    comma = doc.low.find(",", after, min(until, after + _OPENER_REACH))
    return comma >= 0 and _now_opens(doc, sentence, comma + 1)


def _now_opens(doc: Document, sentence: Sentence, at: int) -> bool:
    """A word of the state found now opens the text at `at` ("hiện thành phố thừa …"), and the sentence tells nothing
    to come ("hiện còn 300 công chức cần được bố trí về xã trong năm 2026" is the plan's)."""
    now = doc.cues(STATE_NOW_OPENERS, at, min(sentence.end, at + _NOW_OPENS_WITHIN), sentence)
    if not now or doc.low[at : now[0].start()].strip():
        return False
    return not is_future(doc, sentence, sentence.end) and not doc.cues(NEED_WORDS, at, sentence.end, sentence)


_NOW_OPENS_WITHIN = 16  # characters: the word opens the clause ("hiện", "hiện nay", "hiện tại")


def issued_document(doc: Document, sentence: Sentence) -> tuple[str, str | None] | None:
    """The kind and default status of a document the sentence says was issued, drafted or submitted: "UBND tỉnh
    vừa ban hành kế hoạch đào tạo, bồi dưỡng …", "Sở Nội vụ vừa hoàn thành dự thảo nghị quyết …"."""
    return _document(_ISSUED.search(doc.low, sentence.start, sentence.end))


def issued_any_time(doc: Document, sentence: Sentence) -> tuple[str, str | None] | None:
    """The kind and default status of a document the sentence says was issued, at any time: "Phó Thủ tướng ký Quyết
    định số 1565/QĐ-TTg ban hành kế hoạch …" (its content follows only where the text says so: opens_content)."""
    return _document(_ISSUED_ANY_TIME.search(doc.low, sentence.start, sentence.end))


def opens_content(doc: Document, sentence: Sentence) -> bool:
    """Whether the sentence opens on the content of the document told before it: "Theo đó, …", "Cụ thể, …"; or leads
    the list of its points: "Các điểm đáng chú ý:"."""
    if _CONTENT_OPENER.match(doc.low, sentence.start):
        return True
    return _CONTENT_LEAD.fullmatch(doc.low, sentence.start, sentence.end) is not None


_CONTENT_OPENER = re.compile(rf"[\W\d]*(?:{alternation(CONTENT_OPENERS)})\s*[,:]")
_CONTENT_LEAD = re.compile(
    rf"[\W\d]*(?:{alternation(CONTENT_LEADS)})(?:\s+của\s+(?:{alternation(DOCUMENT_STATUS)})[^.:\n]{{0,40}})?\s*:\s*"
)


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


def decided(doc: Document, sentence: Sentence) -> bool:
    """The sentence tells a decision made ("HĐND tỉnh đã thông qua chính sách hỗ trợ …"), no proposal of one."""
    return any(
        _MADE_BEFORE.search(doc.low, max(sentence.start, m.start() - WORD_REACH), m.start()) or _MADE.match(m.group())
        for m in decisions(doc, sentence, sentence.start, sentence.end)
    )


_MADE_BEFORE = re.compile(rf"(?<!\w)(?:{alternation(MADE_MARKERS)})\s+(?:[^\W\d]+\s+)?$")  # "vừa ban hành"
_MADE = re.compile(rf"(?:{alternation(MADE_MARKERS)})\s")  # the cue "đã thông qua" holds its marker


def draft_goes_on(doc: Document, scope: Scope) -> bool:
    """Whether a figure with no cue of its own can go on in the draft the text was telling of: not when its
    clause tells a decision or a result ("HĐND tỉnh đã thông qua mức 3 triệu đồng"), nor when its sentence opens on
    the state found now ("Theo đề án, hiện thành phố thừa 1.052 công chức …")."""
    sentence = scope.sentence
    return not (
        decisions(doc, sentence, scope.clause_start, scope.quantity.start)
        or RESULT.search(doc.low, scope.clause_start, scope.quantity.start)
        or _now_opens(doc, sentence, sentence.start)
        or _finds_now(doc, sentence, sentence.start, scope.quantity.start)
    )


_TO_BODY = rf"(?:(?:{alternation(SUBMITTED_TO)})(?:\s+[^\W\d]+){{0,3}}?\s+)?"  # "trình HĐND thành phố tờ trình"
_ISSUED = re.compile(
    rf"(?<!\w)vừa\s+(?:mới\s+)?(?:{alternation(ISSUING_VERBS)})\s+{_TO_BODY}"
    rf"(?P<kind>{alternation(DOCUMENT_STATUS)})(?!\w)"
)
_ISSUED_ANY_TIME = re.compile(
    rf"(?<!\w)(?:{alternation(ISSUING_VERBS)})\s+{_TO_BODY}(?P<kind>{alternation(DOCUMENT_STATUS)})(?!\w)"
)
# "Theo dự thảo, …", "Tại Kế hoạch 196, …"; or the document itself, then whose it is or what it says:
# "Tờ trình của UBND thành phố nêu …", "Dự thảo nghị quyết nêu rõ …"
_OPENER = re.compile(
    rf"[\W\d]*(?:(?:{alternation(LINE_LABELS)})\s*:\s*)?(?P<opener>(?:{alternation(OPENERS)})\s+(?:(?:{alternation(OPENER_FILLERS)})\s+)?)?"
    rf"(?P<kind>{alternation(DOCUMENT_STATUS)})(?!\w)"
    rf"(?(opener)|(?=\s+(?:{alternation(DOCUMENT_SAYS)})(?!\w)))"
)


def sentence_opener_status(doc: Document, scope: Scope) -> str | None:
    """The plan or target a phrase opening the sentence tells, before its first comma, with no figure of its own:
    "Dự kiến tại thời điểm ngày 1-1-2026, toàn tỉnh có …; nhưng … vẫn thiếu 311 công chức" - every clause is
    planned."""
    sentence = scope.sentence
    comma = doc.low.find(",", sentence.start, min(scope.quantity.start, sentence.start + _OPENER_REACH))
    if comma < 0 or _DIGIT_WORD.search(doc.cue_view, sentence.start, comma) or ";" in doc.low[sentence.start : comma]:
        return None  # "UBND tỉnh yêu cầu …; đến nay, 100% thủ tục đã …": a clause of its own, no opening phrase
    status = status_in(doc, sentence, sentence.start, comma)
    if RESULT.search(doc.low, comma, scope.quantity.start) or _now_opens(doc, sentence, comma + 1):
        return None  # "Theo mục tiêu đề ra, đến nay tỉnh đã đạt 92%": the figure's clause reports a result
    if status not in _AHEAD or COMPARISON.search(doc.low, sentence.start, comma):
        return None  # "So với dự thảo, mức … được thông qua là 2,8 triệu đồng": what the figure is compared with
    return status


_AHEAD = ("planned", "target")  # an opener speaks of what is to come: "Dự kiến …,", "Mục tiêu đến năm 2026,"


_OPENER_REACH = 80  # an opening phrase is short
_DIGIT_WORD = re.compile(r"(?<![\d/.-])\d+(?![\d/.-])")  # a figure, not a date (1-1-2026) in the opener
