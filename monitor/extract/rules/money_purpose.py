"""What money is for (rules/money.py reads the amount): the purpose named after an allowance or a budget ("4 triệu
đồng/người/tháng tiền thuê nhà, đi lại" -> "tiền thuê nhà, đi lại") or by the support word before it ("hỗ trợ tiền
thuê nhà 1,5 triệu đồng mỗi tháng" -> "tiền thuê nhà"), in lists of supports and tiers. The wording is
lang/vi/money.py's (PURPOSE_FILLERS, RECIPIENT_OPENERS, ALLOWANCE_CUES)."""

from __future__ import annotations

import re

from monitor.extract.context import Scope
from monitor.extract.lang.vi.money import ALLOWANCE_CUES, PURPOSE_FILLERS, RECIPIENT_OPENERS
from monitor.extract.patterns import alternation

# (the time a rate is paid for is none of its purpose: "… 3,51 triệu đồng/người/tháng với thời gian 12 tháng")
_PURPOSE_END = re.compile(r"\s(?:trong|từ|giai đoạn|kể từ|đối với|áp dụng|theo|với thời gian|với thời hạn)\s|[.;(]|$")
_FILLERS = rf"(?:(?:{alternation(PURPOSE_FILLERS)})(?:\s+|$))*"
_PURPOSE_BEFORE = re.compile(rf"\s*{_FILLERS}(?P<purpose>.*?)\s*{_FILLERS}$")
_RECIPIENT = re.compile(rf"(?:{alternation(RECIPIENT_OPENERS)})(?!\w)")
_MAX_PURPOSE_WORDS = 12


def purpose(scope: Scope, whole: bool = False) -> str | None:
    """'4 triệu đồng/người/tháng tiền thuê nhà, đi lại trong giai đoạn ...' -> 'tiền thuê nhà, đi lại'; a
    phrase naming who receives it ("cho công chức công tác tại xã …") is none."""
    rest = scope.doc.text[scope.quantity.end : scope.right]
    cut = _PURPOSE_END.search(scope.doc.low, scope.quantity.end, scope.right)
    if whole and cut and cut.start() == scope.right < scope.sentence.end and scope.doc.low[scope.right - 1].isspace():
        # a budget's phrase that runs on into the next figure's words: "bố trí 30 tỷ đồng để nâng cấp 5 công
        # trình làm nơi ở" names no purpose whole, only a verb cut off from its object
        return None
    if cut:
        rest = scope.doc.text[scope.quantity.end : cut.start()]
    runs_on = cut is None or cut.start() == scope.right
    into_next = runs_on and scope.right < scope.clause_end
    if into_next and _LIST_NEXT.match(rest):
        # after a comma or "và", the words running into the next amount are its own: "tiền đi lại 400.000
        # đồng/người/tháng, tiền thuê nhà 2 triệu đồng/người/tháng", "… 840.000 đồng và chi phí sinh hoạt 500.000 đồng"
        return None
    purpose = rest.strip(" ,:-)")  # ")": the close of a bracket the amount stood in
    if into_next:
        # "4 triệu đồng tiền thuê nhà và 5 triệu đồng một lần"
        purpose = _TRAILING_AND.sub("", purpose).rstrip(" ,")
    if _RECIPIENT.match(purpose.lower()):
        return None
    return purpose if 0 < len(purpose.split()) <= _MAX_PURPOSE_WORDS else None


# what links the amounts of a list: "tiền đi lại 480.000 đồng, tiền thuê nhà 840.000 đồng và chi phí sinh hoạt
# 500.000 đồng"
_LIST_NEXT = re.compile(r"\s*(?:,|và\s)")
_LIST_LINK_BEFORE = re.compile(r",|\svà\s")
_TRAILING_AND = re.compile(r"\s+và$")


def purpose_before(scope: Scope, since: int | None = None) -> str | None:
    """What the support word before the amount names: "hỗ trợ tiền thuê nhà 1,5 triệu đồng mỗi tháng"
    -> 'tiền thuê nhà'; none in "hỗ trợ một lần 10 triệu đồng" or "hỗ trợ mỗi cán bộ … 5 triệu đồng"."""
    q = scope.quantity
    cues = scope.doc.cues(ALLOWANCE_CUES, scope.clause_start if since is None else since, q.start, scope.sentence)
    if not cues and since is None and _listed_clause(scope):
        # a later clause of a list of supports: "hỗ trợ chi phí đi lại 2 triệu đồng/người/tháng; sinh hoạt phí 1,5
        # triệu đồng/người/tháng; lưu trú 1,5 triệu đồng" - the words opening the clause name its purpose
        return _named(scope, scope.clause_start, q.start)
    if not cues:
        return None
    start = cues[-1].end()
    if since is not None:
        # a support told once for the tiers after it: its words run to the colon or the first amount
        # ("hỗ trợ tiền thuê chỗ ở hằng tháng theo nơi bố trí: 1,5 triệu đồng nếu …")
        end = _TIERS_OPEN.search(scope.doc.low, start, q.start)
        end = end.start() if end else q.start
        cut = _PURPOSE_END.search(scope.doc.low, start, end)  # "theo nơi bố trí" names no purpose
        return _named(scope, start, cut.start() if cut else end)
    # an amount between the support word and this one: "hỗ trợ tiền đi lại 400.000 đồng/người/tháng, tiền thuê nhà 2
    # triệu": this one's words start after the comma
    if scope.left > start:
        links = list(_LIST_LINK_BEFORE.finditer(scope.doc.low, scope.left, q.start))
        start = links[-1].end() if links else q.start
    return _named(scope, start, q.start)


def _listed_clause(scope: Scope) -> bool:
    """The figure's clause follows a semicolon, with a support word earlier in the sentence."""
    start = scope.clause_start
    return start > scope.sentence.start and scope.has(ALLOWANCE_CUES, scope.sentence.start, start)


_TIERS_OPEN = re.compile(r":|\d")


def _named(scope: Scope, start: int, end: int) -> str | None:
    """The purpose named in text[start:end], fillers left out."""
    match = _PURPOSE_BEFORE.match(scope.doc.low[start:end])
    purpose_start, purpose_end = start + match.start("purpose"), start + match.end("purpose")
    purpose = scope.doc.text[purpose_start:purpose_end].strip(" ,:-")
    if not purpose or _RECIPIENT.match(purpose.lower()) or any(c.isdigit() for c in purpose):
        return None
    return purpose if len(purpose.split()) <= _MAX_PURPOSE_WORDS // 2 else None
