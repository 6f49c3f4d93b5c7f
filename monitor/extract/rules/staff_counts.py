"""Officials counted where they are, not moved, lacking or trained, for the staff rule (staff.py): a headcount
("Phường hiện có 42 công chức"), officials staying, a need or a quota with the number in place after it ("cần 3
công chức … nhưng mới có 1"), the number in place after a contrast, and holders of a rank or post counted as a part
of officials told before ("34 cán bộ về xã, gồm 5 Tỉnh ủy viên")."""

from __future__ import annotations

import re

from monitor.extract.context import Scope
from monitor.extract.lang.vi.numbers import APPROX_CUES, DIGIT_WORDS
from monitor.extract.lang.vi.parts import PART_INTRODUCERS
from monitor.extract.lang.vi.staff import (
    ARRANGED_TO,
    ARRANGING_VERBS,
    RANK_NOUNS,
    STAFF_CUES,
    STAYING_AFTER,
)
from monitor.extract.lang.vi.staff_counts import (
    CONTRAST_BEFORE_HAVING,
    HAVING_AFTER,
    HEADCOUNT_AFTER,
    HEADCOUNT_BEFORE,
    IN_PLACE,
    NEED_BEFORE,
    QUOTA_BEFORE,
)
from monitor.extract.parts import PART_INTRODUCER
from monitor.extract.patterns import alternation
from monitor.extract.rules.staff_moves import handles_work
from monitor.extract.rules.staff_terms import ALL_STAFF_CUES, FIGURE_PHRASE_END, OFFICIALS, own_phrase_end


def headcount(scope: Scope) -> bool:
    """Officials at work where they are, told right after their figure with no staffing word between, or by "có"
    right before it with the staffing words further on its parts' ("Phường hiện có 42 công chức, trong đó 9 người
    được điều động")."""
    q, low = scope.quantity, scope.doc.cue_view
    having = _HEADCOUNT_BEFORE.search(low, max(scope.left, q.number_start - 25), q.number_start)
    if having and not _PART_BEFORE.search(low, max(0, having.start() - 15), having.start()):
        # not "…, trong đó có 39 chuyên ngành kế toán" (a part of the figure before); the staffing verbs after the
        # figure are its parts', past "trong đó", "gồm" (not "có 132 cán bộ … được điều động …, gồm …")
        verbs = scope.doc.cues(ALL_STAFF_CUES, q.end, scope.clause_end, scope.sentence)
        if verbs and PART_INTRODUCER.search(low, q.end, verbs[0].start()):
            return True
    end = own_phrase_end(scope)
    found = scope.doc.cues(HEADCOUNT_AFTER, scope.quantity.end, end, scope.sentence)
    if not found or scope.has(ALL_STAFF_CUES, scope.quantity.end, found[0].start()):
        return False
    # where they work now, then what they do: "1.406 cán bộ, công chức đang công tác tại các huyện … đăng ký nguyện vọng
    # chuyển về làm việc tại các xã" (not a part's verb, past "trong đó")
    later = scope.doc.cues(ALL_STAFF_CUES, found[0].end(), scope.clause_end, scope.sentence)
    return not later or PART_INTRODUCER.search(low, found[0].end(), later[0].start()) is not None


_HEADCOUNT_BEFORE = re.compile(rf"(?<!\w)(?:{alternation(HEADCOUNT_BEFORE)})\s+(?:(?:{alternation(APPROX_CUES)})\s+)?$")
_PART_BEFORE = re.compile(rf"(?<!\w)(?:{alternation(PART_INTRODUCERS)})\s*,?\s*$")


def assigned_in_place(scope: Scope) -> bool:
    """A headcount ("có" right before the figure) whose only staffing verbs after it arrange the officials where
    they are, none of them a move: "Trung tâm hiện có 28 công chức, được phân công giữa các phòng chuyên môn"."""
    q, low = scope.quantity, scope.doc.cue_view
    if not _HEADCOUNT_BEFORE.search(low, max(scope.left, q.number_start - 25), q.number_start):
        return False
    if scope.has(STAFF_CUES["staff_transfer"], scope.left, q.number_start):
        return False  # "điều động về xã, nơi hiện có 28 công chức …": a move before
    verbs = scope.doc.cues(STAFF_CUES["staff_transfer"], q.end, scope.clause_end, scope.sentence)
    if not verbs:
        return False
    # "được phân công hỗ trợ tiếp nhận hồ sơ": a verb of the work they do moves nobody
    verbs = [verb for verb in verbs if not handles_work(scope, verb, scope.clause_end)]
    if any(verb.group() not in ARRANGING_VERBS for verb in verbs):
        return False  # "có 1.406 cán bộ … đăng ký nguyện vọng chuyển về xã": a move
    return not any(_ARRANGED_TO.match(low, verb.end()) for verb in verbs)


_ARRANGED_TO = re.compile(rf"\s+(?:{alternation(ARRANGED_TO)})(?!\w)")


def staying(scope: Scope) -> bool:
    """The officials counted stay where they are: a staying phrase in the figure's own words after it, before
    any staffing verb ("1.560 người tiếp tục làm việc tại Bạc Liêu, trong đó … 431 người chuyển về")."""
    low, q = scope.doc.cue_view, scope.quantity
    cut = FIGURE_PHRASE_END.search(low, q.end, scope.clause_end)
    end = min(cut.start() if cut else scope.clause_end, scope.right)
    stays = scope.doc.cues(STAYING_AFTER, q.end, end, scope.sentence)
    if not stays:
        return False
    return not scope.has(STAFF_CUES["staff_transfer"], q.end, stays[0].start())


_NEED = re.compile(rf"(?<!\w)(?:{alternation(NEED_BEFORE + QUOTA_BEFORE)})\s+(?:(?:{alternation(APPROX_CUES)})\s+)?$")
_NUMBER_NEXT = rf"(?:(?:{alternation(APPROX_CUES)})\s+)?(?:\d|{alternation(DIGIT_WORDS)})"
# a contrast, at most three words (the place, "hiện"), then the number in place: "nhưng hiện xã chỉ có 49"
_IN_PLACE = (
    rf"(?<!\w)(?:{alternation(CONTRAST_BEFORE_HAVING)})(?:\s+[^\s,.;:]+){{0,3}}?\s+(?:{alternation(IN_PLACE)})\s+"
)
_HAVING = re.compile(rf"[^.;]*?(?:(?<!\w)(?:{alternation(HAVING_AFTER)})\s+|{_IN_PLACE}){_NUMBER_NEXT}")
_IN_PLACE_BEFORE = re.compile(rf"{_IN_PLACE}(?:(?:{alternation(APPROX_CUES)})\s+)?$")


def quota(scope: Scope) -> bool:
    """A need or a quota right before the figure, and the number in place after it: "cần 3 công chức … nhưng mới có
    1", "tổng số cán bộ của xã được bố trí là 59 người, nhưng hiện xã chỉ có 49"."""
    low, q = scope.doc.cue_view, scope.quantity
    if not _NEED.search(low, max(scope.sentence.start, q.number_start - 30), q.number_start):
        return False
    return bool(_HAVING.match(low, q.end, scope.sentence.end))


def in_place(scope: Scope) -> bool:
    """The number in place after a contrast, read from a staffing word away from it, with none in its own words
    after it: "… được bố trí là 59 người, nhưng hiện xã chỉ có 49 cán bộ, công chức" (a headcount; "nhưng mới có 30
    người được điều động về" is a move)."""
    low, q = scope.doc.cue_view, scope.quantity
    if not _IN_PLACE_BEFORE.search(low, max(scope.sentence.start, q.number_start - 50), q.number_start):
        return False
    return not scope.has(ALL_STAFF_CUES, q.end, own_phrase_end(scope))


_WHOLE_OF_STAFF = re.compile(rf"(?<!\w)trong (?:tổng )?số (?:các |những )?(?:{alternation(OFFICIALS)})(?!\w)")


def rank_part(scope: Scope) -> bool:
    """Holders of a post or rank counted as a part of officials told before: after a staff figure and a part
    introducer ("34 cán bộ về xã, gồm 5 Tỉnh ủy viên"), listed after such a part ("…, 2 giám đốc sở"), or after
    the whole named by its noun ("Trong số cán bộ được điều động có 5 Tỉnh ủy viên")."""
    low, q, sentence = scope.doc.cue_view, scope.quantity, scope.sentence
    if _WHOLE_OF_STAFF.search(low, sentence.start, q.start):
        return True
    previous = scope.previous
    if previous is None or previous[1].family != "staff":
        return False
    # the whole told in the sentence before, this one breaking it down: "… điều động 8.779 sĩ quan. Trong đó có 3.319
    # chỉ huy trưởng, …"
    if previous[0].end < sentence.start and not (
        scope.doc.breaks_down(sentence.start) and "\n" not in low[previous[0].end : sentence.start]
    ):
        return False
    between = low[previous[0].end : q.start]
    if previous[0].noun in RANK_NOUNS:
        return not re.search(r"[.;:]", between)  # listed after a part
    return PART_INTRODUCER.search(between) is not None
