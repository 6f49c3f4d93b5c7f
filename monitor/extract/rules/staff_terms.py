"""The staff rule's shared terms: the nouns that are officials by themselves, the training and transfer cues, all
staff cues, and where a figure's own words end. The staff rule (staff.py) and its helpers (staff_training.py,
staff_counts.py, staff_moves.py) read them; the wording is data in lang/vi/staff.py."""

from __future__ import annotations

import re

from monitor.extract.context import Scope
from monitor.extract.lang.vi.abbreviations import with_abbreviations
from monitor.extract.lang.vi.staff import (
    ARRANGED_TO,
    ATTRITION_LEAVING,
    ATTRITION_MOVES,
    ATTRITION_OUT,
    ATTRITION_OUT_SIDES,
    LEAVING_WITHIN_WORDS,
    MOVES_BEFORE_LEAVING,
    OTHER_GROUP_WORDS,
    REPLACED_GROUP_WORDS,
    SHARE_ARRANGED_FIRST,
    SHARE_MOVE_DESTINATIONS,
    SHARE_MOVE_NOT_AFTER,
    SHARE_MOVE_NOT_BETWEEN,
    SHARE_MOVE_WITHIN_WORDS,
    SHARE_MOVE_WORK,
    SHARE_MOVES,
    SHARE_MOVES_TO,
    SHARE_OF_QUOTA_NOUNS,
    SHARE_OTHER_SUBJECTS,
    STAFF_CUES,
    VERB_OBJECTS_NOT_STAFF,
)
from monitor.extract.patterns import alternation

# nouns that are officials by themselves, and their abbreviations ("thiếu 20 CBCC"); "trường hợp", "người" need
# a staffing word nearby; a rank's title is an official too ("cử khoảng 900 thanh tra viên địa bàn xuống cơ sở")
OFFICIALS = with_abbreviations(("cán bộ", "công chức", "viên chức", "nhân sự", "chuyên viên", "thanh tra viên"))
FIGURE_PHRASE_END = re.compile(r"[,;.:!?]|\s(?:và|nhưng|song|trong đó)\s")
TRAINING = STAFF_CUES["staff_training"]
TRANSFER = {"staff_transfer": STAFF_CUES["staff_transfer"]}
ALL_STAFF_CUES = tuple(cue for cues in STAFF_CUES.values() for cue in cues)


def own_phrase_end(scope: Scope) -> int:
    """Where the figure's own words end: a comma, a stop, or a coordinated clause — past the list of officials' nouns
    it counts ("136.000 cán bộ, công chức đang làm việc")."""
    listed = _NOUNS_LISTED.match(scope.doc.low, scope.quantity.end)
    cut = FIGURE_PHRASE_END.search(scope.doc.low, listed.end() if listed else scope.quantity.end, scope.clause_end)
    return min(cut.start() if cut else scope.clause_end, scope.right)


def staff_share(scope: Scope) -> bool:
    """A share right before the officials' noun or the staff quota's ("5% cán bộ, công chức", "100% biên chế")."""
    return scope.quantity.unit == "%" and _STAFF_SHARE_AFTER.match(scope.doc.low, scope.quantity.end) is not None


def moves_share(scope: Scope, start: int, end: int) -> bool:
    """A verb moving officials in [start, end): a strong one (SHARE_MOVES), or a plain one governing the share with a
    local unit as where they go ("chuyển 100% biên chế … về bố trí cho đặc khu", "100% cán bộ, công chức … sẽ được bố
    trí về cấp xã"), in a clause that names no training or lack of them."""
    if leaving(scope):
        return False  # "15% viên chức thuyên chuyển sang ngành khác": people leaving
    if any(not strengthens_other(scope, verb) for verb in scope.doc.cues(SHARE_MOVES, start, end, scope.sentence)):
        return True
    if scope.has(_OTHER_STEPS, scope.clause_start, scope.clause_end):
        return False
    low, q = scope.doc.low, scope.quantity
    nouns = _STAFF_NOUNS_AFTER.match(low, q.end)
    if nouns is None:
        return False
    if _MOVE_RIGHT_BEFORE.search(low, max(start, q.start - 30), q.start):
        return _to_a_commune(low, nouns.end(), end)  # "chuyển 100% biên chế hiện có của cấp huyện về …"
    # "100% cán bộ, công chức cấp huyện đã được bố trí về các xã": a passive after the officials' words, before another
    # subject turns up ("…, trong khi hồ sơ, tài liệu … đã được chuyển về các xã")
    turn = _OTHER_SUBJECT.search(low, nouns.end(), end)
    after = _PASSIVE_MOVE.search(low, nouns.end(), turn.start() if turn else end)
    return after is not None and _to_a_commune(low, after.end(), end)


def _to_a_commune(low: str, at: int, end: int) -> bool:
    """Where the officials go, a commune-level unit, within a few words from `at`, with no quality of theirs between
    and no handing over after it."""
    found = _TO_A_COMMUNE.match(low, at, end)
    if found is None or _NOT_BETWEEN.search(low, at, found.start("to")):
        return False
    # "… được bố trí về các xã, phường đều có trình độ đại học": a quality of theirs right after the places, before a
    # comma ends them ("…, bảo đảm bộ máy đủ điều kiện vận hành" is another clause's)
    places_end = _PLACE_LIST.match(low, found.end()).end()
    cut = _CLAUSE_CUT.search(low, places_end, end)
    if _NOT_BETWEEN.search(low, places_end, cut.start() if cut else end):
        return False
    return _NOT_AFTER.match(low, places_end) is None  # "… về các xã, phường quản lý, sử dụng": a quota handed over


_OTHER_STEPS = STAFF_CUES["staff_training"] + STAFF_CUES["staff_shortage"]
_MOVE_RIGHT_BEFORE = re.compile(rf"(?<!\w)(?:{alternation(SHARE_MOVES_TO)})\s+(?:toàn\s+bộ\s+)?$")
_PASSIVE_MOVE = re.compile(
    rf"(?:sẽ\s+|đã\s+)?được\s+(?:(?:{alternation(SHARE_ARRANGED_FIRST)}),?\s+)?(?:{alternation(SHARE_MOVES_TO)})(?!\w)"
)
_STAFF_NOUNS = alternation((*OFFICIALS, *SHARE_OF_QUOTA_NOUNS))
_STAFF_SHARE_AFTER = re.compile(rf"\s*(?:số\s+)?(?:{_STAFF_NOUNS})(?!\w)")
# the officials' nouns after the share, a list of them: "100% cán bộ, công chức, viên chức"
_NOUNS_LISTED = re.compile(rf"(?:\s*,\s*(?:{_STAFF_NOUNS})(?!\w))+")
_STAFF_NOUNS_AFTER = re.compile(
    rf"\s*(?:số\s+)?(?:{_STAFF_NOUNS})(?!\w)(?:\s*(?:,|và)\s*(?:{_STAFF_NOUNS}|người lao động)(?!\w))*"
)
_TO_A_COMMUNE = re.compile(
    rf"(?:\s+[^\s,;.]+){{0,{SHARE_MOVE_WITHIN_WORDS}}}?\s+(?P<to>{alternation(ARRANGED_TO)})\s+"
    rf"(?:(?:{alternation(SHARE_MOVE_WORK)})\s+)?(?:các\s+)?(?:{alternation(SHARE_MOVE_DESTINATIONS)})(?!\w)"
)
_OTHER_SUBJECT = re.compile(rf"(?<!\w)(?:{alternation(SHARE_OTHER_SUBJECTS)})(?!\w)|;")
_PLACE_LIST = re.compile(rf"(?:\s*,\s*(?:các\s+)?(?:{alternation(SHARE_MOVE_DESTINATIONS)})(?!\w))*")
_CLAUSE_CUT = re.compile(r"[,;.]")
_NOT_BETWEEN = re.compile(rf"(?<!\w)(?:{alternation(SHARE_MOVE_NOT_BETWEEN)})(?!\w)")
_NOT_AFTER = re.compile(rf"\s+(?:{alternation(SHARE_MOVE_NOT_AFTER)})(?!\w)")


def strengthens_other(scope: Scope, verb: re.Match[str]) -> bool:
    """A staffing verb whose object, right after it, is no official: "tăng cường năng lực", "luân chuyển hồ sơ"."""
    return _OBJECT_NOT_STAFF.match(scope.doc.low, verb.end()) is not None


_OBJECT_NOT_STAFF = re.compile(rf"\s+(?:{alternation(VERB_OBJECTS_NOT_STAFF)})(?!\w)")


def leaving(scope: Scope) -> bool:
    """A move joined to leaving the service said of the figure's people ("350 công chức nghỉ việc, thuyên chuyển",
    "Số cán bộ nghỉ việc, thuyên chuyển công tác … là 350 người"), or a move out of it ("thuyên chuyển ra ngoài khu vực
    công", "sang khu vực ngoài công lập"): in the figure's clause, no other figure or group between."""
    low, q = scope.doc.low, scope.quantity
    start, end = max(scope.clause_start, scope.left), min(scope.clause_end, scope.right)
    for found in (*_ATTRITION.finditer(low, start, end), *_MOVED_OUT.finditer(low, start, end)):
        between = (q.end, found.start()) if found.start() >= q.end else (found.end(), q.start)
        if _OTHER_GROUP.search(low, *between) is None:
            return True
    return _LEAVE_RIGHT_AFTER.match(low, q.end, end) is not None


_LEAVE_RIGHT_AFTER = re.compile(
    rf"(?:\s+(?!(?:{alternation(MOVES_BEFORE_LEAVING)})(?!\w))[^\s\d;.]+){{0,{LEAVING_WITHIN_WORDS}}}?\s+"
    rf"(?:đã\s+|xin\s+|được\s+)?(?:{alternation(ATTRITION_LEAVING)})(?!\w)"
)
_OTHER_GROUP = re.compile(rf"(?<!\w)(?:{alternation(OTHER_GROUP_WORDS + REPLACED_GROUP_WORDS)})(?!\w)")
_ATTRITION = re.compile(
    rf"(?<!\w)(?:{alternation(ATTRITION_LEAVING)})\s*(?:,|hoặc|và)\s*(?:xin\s+)?(?:{alternation(ATTRITION_MOVES)})(?!\w)"
)
_MOVED_OUT = re.compile(
    rf"(?<!\w)(?:{alternation(ATTRITION_MOVES)})\s+(?:(?:{alternation(ATTRITION_OUT)})(?!\w)|"
    rf"sang\s+(?:các\s+)?khu\s+vực\s+(?:\w+\s+){{0,2}}?(?:{alternation(ATTRITION_OUT_SIDES)})(?!\w))"
)
