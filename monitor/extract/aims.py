"""A share's aim: a share bounded from below ("ít nhất 30%") or the whole (100%), in a plan or after an
instruction, is a target ("phấn đấu giảm ít nhất 60% thời gian"); and the aim a comma opens ("…, với mục tiêu cắt
giảm ít nhất 50%"), where the figure's own clause starts. AIM_BOUNDS, AIM_OPENERS and INSTRUCTION_CUES
(lang/vi/status.py) are the wording."""

from __future__ import annotations

import re

from monitor.extract.context import Scope
from monitor.extract.document import Document
from monitor.extract.document_status import plan_told_before
from monitor.extract.lang.vi.status import AIM_BOUNDS, AIM_OPENERS, AIM_WORDS, INSTRUCTION_CUES
from monitor.extract.numbers import Quantity
from monitor.extract.patterns import alternation
from monitor.extract.rules.staff_terms import moves_share, staff_share
from monitor.extract.status_cues import RESULT, not_status, status_end

_AIM_OPENER = re.compile(rf",\s*(?:{alternation(AIM_OPENERS)})(?!\w)")


def own_clause_start(doc: Document, scope: Scope) -> int:
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


def aimed(doc: Document, scope: Scope, quantities: list[Quantity], start: int, status: str | None) -> str | None:
    """A share bounded from below ("ít nhất 30%") or the whole (100%), in a plan or after an instruction, is the aim:
    target ("Theo chỉ đạo, trung tâm phải tiếp nhận trực tuyến 100% thủ tục hành chính"; lang/vi/status.py,
    AIM_BOUNDS). The shares listed after a bounded one in its clause are bounded too ("giảm ít nhất 30% thời gian, 30%
    chi phí"). A proposal's stays proposed; a result after the instruction stays done."""
    quantity = scope.quantity
    # a share of officials to move (a training's share of officials is an aim like any other)
    officials = staff_share(scope) and moves_share(scope, scope.clause_start, scope.clause_end)
    if officials and status == "target" and not _aim_worded(doc, scope, start) and _instructed(doc, scope, start):
        # "UBND tỉnh đã yêu cầu mỗi sở lập danh sách tối thiểu 5% cán bộ … để điều động": the instruction's word is
        # a target cue, but the people it has moved are planned, as after "phải"
        return "planned"
    if quantity.unit != "%" or status not in (None, "done", "planned"):
        return status
    shares = [q for q in quantities if q.unit == "%" and start <= q.start and q.end <= quantity.end]
    bounded = any(_bounded(doc, q) for q in shares) and not RESULT.search(doc.low, shares[0].end, quantity.start)
    if officials:
        # "phải lập danh sách tối thiểu 5% cán bộ … để điều động": the people an instruction has moved, no level to
        # reach - planned, unless told as a result
        return "planned" if status != "planned" and _instructed(doc, scope, start) else status
    if status == "planned" and (bounded or quantity.value == _WHOLE):
        return "target"
    if status is None and (bounded or quantity.value == _WHOLE) and plan_told_before(doc, scope):
        return "target"  # "Theo kế hoạch, tỉnh cắt giảm … . Đặc biệt, 100% TTHC … được thực hiện trực tuyến."
    if not (bounded or quantity.value == _WHOLE):
        return status
    if status is None and _aims_listed_before(doc, scope):
        return "target"  # "ban hành kế hoạch với các mục tiêu cắt giảm …; cắt giảm tối thiểu 30% thời gian …"
    return "target" if _instructed(doc, scope, start) else status


def plans_aim(doc: Document, quantity: Quantity, status: str | None) -> str | None:
    """A plan's bounded share or whole is its aim, told in a plan's list or its content as in its own clause (aimed):
    "Nội dung chính của kế hoạch:" over "… cắt giảm tối thiểu 20% thời gian …"."""
    return "target" if status == "planned" and is_aim_share(doc, quantity) else status


def is_aim_share(doc: Document, quantity: Quantity) -> bool:
    """A share bounded from below or the whole: the shape of an aim."""
    return quantity.unit == "%" and (_bounded(doc, quantity) or quantity.value == _WHOLE)


def _aims_listed_before(doc: Document, scope: Scope) -> bool:
    """The sentence named its aims in an earlier clause, the figure's clause one of the list they open: "… với các mục
    tiêu cắt giảm tối thiểu 30% điều kiện kinh doanh; cắt giảm tối thiểu 30% thời gian …; 100% thủ tục …"."""
    sentence = scope.sentence
    if scope.clause_start <= sentence.start:
        return False
    named = doc.cues(AIM_WORDS, sentence.start, scope.clause_start, sentence)
    return bool(named) and not RESULT.search(doc.low, named[-1].end(), scope.quantity.start)


def _aim_worded(doc: Document, scope: Scope, start: int) -> bool:
    """The figure's clause names an aim in words of its own ("mục tiêu", "phấn đấu", "chỉ tiêu"), not only by an
    instruction."""
    return bool(doc.cues(AIM_WORDS, start, status_end(doc, scope), scope.sentence))


def _instructed(doc: Document, scope: Scope, start: int) -> bool:
    """The instruction before the figure ("chỉ đạo các xã tiếp nhận tối thiểu 60%") or after it, the figure its subject
    ("ít nhất 50% dịch vụ công phải đáp ứng …"), with no result told between."""
    quantity = scope.quantity
    cues = doc.cues(INSTRUCTION_CUES, start, status_end(doc, scope), scope.sentence)
    instructions = [m for m in cues if not not_status(doc, m)]  # "người dân không phải đi lại" obliges nothing
    told = max((m.end() for m in instructions if m.end() <= quantity.start), default=start)
    return bool(instructions) and not RESULT.search(doc.low, told, quantity.start)
