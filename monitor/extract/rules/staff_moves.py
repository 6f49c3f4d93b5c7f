"""What a staffing verb is of, for the staff rule (staff.py): officials from the province, a transfer verb whose
object is work, a desk or something given to officials (no one moved), a shortage word that is not the officials'
lack ("200 cán bộ còn thiếu nhà ở") or names where they go ("chuyển từ xã thừa sang xã thiếu"), and the transfer
verb a figure is then read from."""

from __future__ import annotations

import re

from monitor.extract.context import Scope
from monitor.extract.lang.vi.cues import PASSIVE_MARKERS
from monitor.extract.lang.vi.levels import FROM_PROVINCE, FROM_PROVINCE_BEFORE, TO_BEFORE
from monitor.extract.lang.vi.numbers import APPROX_CUES, DIGIT_WORDS
from monitor.extract.lang.vi.parts import PART_INTRODUCERS
from monitor.extract.lang.vi.staff import (
    DESK_BEFORE,
    NOT_STAFF_OBJECTS,
    NOT_STAFF_VERB_OBJECTS,
    STAFF_CUES,
    TASK_VERBS,
)
from monitor.extract.lang.vi.staff_counts import (
    HEADCOUNT_BEFORE,
    HEADCOUNT_REMAINING,
    LACK_DETAILED_BY,
    LACKING_PLACE_MARKERS,
    LACKING_PLACES,
    PART_OPENERS,
)
from monitor.extract.lang.vi.units import COUNT_NOUNS
from monitor.extract.patterns import alternation
from monitor.extract.rules.staff_terms import TRANSFER, strengthens_other

_TO_BEFORE = re.compile(rf"(?<!\w)(?:{alternation(TO_BEFORE)})\s+(?:các\s+)?$")
# a shortage word that ends its phrase: "… 300 công chức còn thiếu."
_LACK_ENDS = re.compile(rf"\s*(?:[,.;:)!?]|$)|\s+(?:{alternation(LACK_DETAILED_BY)})(?!\w)")
# a staffing verb whose object, a few words on, is what officials handle: their work, not their move; verbs joined by
# a comma share it ("công chức trực tiếp tiếp nhận, xử lý hồ sơ")
_HANDLES = re.compile(
    rf"(?:\s*,)?(?:\s+(?:\d[\d.,]*\d|[^\s,.;:!?]+)){{0,4}}?\s+(?:{alternation(NOT_STAFF_VERB_OBJECTS)})(?!\w)"
)


def from_province(scope: Scope) -> bool:
    """The figure's officials come from the province: a province word in its own words after it, or before it
    in its clause ("tổng số cán bộ, công chức cấp tỉnh được điều động … là 246 người"), not as a destination
    ("lên cấp tỉnh")."""
    low, at = scope.doc.cue_view, scope.quantity.start
    found = scope.doc.cues(FROM_PROVINCE_BEFORE, scope.left, at, scope.sentence)
    found += scope.doc.cues(FROM_PROVINCE, at, scope.right, scope.sentence)
    return any(not _TO_BEFORE.search(low, max(0, m.start() - 10), m.start()) for m in found)


def handled_only(scope: Scope, rule: str) -> bool:
    """A figure read as a transfer from a verb in its own words, its clause or its sentence, where every such verb
    has a dossier for object or is a desk's task: "mới có một người, phải kiêm cả tiếp nhận lẫn số hóa hồ sơ" (the
    one person does the receiving; nobody is moved)."""
    spans = {
        "staff.local": (scope.left, scope.right),  # "một người tiếp nhận, một người xử lý": a task each
        "staff.clause": (scope.clause_start, scope.clause_end),
        "staff.sentence": (scope.sentence.start, scope.sentence.end),
    }
    if rule not in spans:
        return False
    start, end = spans[rule]
    verbs = scope.doc.cues(STAFF_CUES["staff_transfer"], start, end, scope.sentence)
    # the object may stand past the next figure: "11 cán bộ của trung tâm mỗi ngày tiếp nhận bình quân 150 hồ sơ"
    reach = max(end, scope.clause_end)
    return bool(verbs) and all(handles_work(scope, m, reach) for m in verbs)


def handles_work(scope: Scope, verb: re.Match[str], end: int) -> bool:
    """The staffing verb has what officials handle for its object, a few words on: "tiếp nhận hồ sơ"; or it is a
    desk's task with no object at all, said of officials: "một người tiếp nhận, một người xử lý"."""
    low = scope.doc.cue_view
    if _HANDLES.match(low, verb.end(), end) is not None:
        return True
    task = verb.group() in TASK_VERBS and _NO_OBJECT.match(low, verb.end())
    return bool(task) and not _PASSIVE_BEFORE.search(low, max(0, verb.start() - 8), verb.start())


_NO_OBJECT = re.compile(r"\s*(?:[,.;]|$)")
_PASSIVE_BEFORE = re.compile(rf"(?<!\w)(?:{alternation(PASSIVE_MARKERS)})\s+$")


_DESK = re.compile(rf"(?<!\w)(?:{alternation(DESK_BEFORE)})\s+$")
# a figure of things, not people, right after a verb: "bố trí 17 quầy" (not "điều động 150 người", whose whole the
# figure before may be)
_PERSON_NOUNS = tuple(noun for noun, unit in COUNT_NOUNS.items() if unit in ("person", "person_time"))
_OWN_FIGURE = re.compile(
    rf"\s+(?:(?:{alternation(APPROX_CUES)})\s+)?(?:thêm\s+)?\d[\d.,]*+\s*+(?!(?:{alternation(_PERSON_NOUNS)})(?!\w))"
)


def verbs_of_others(scope: Scope, rule: str) -> bool:
    """A figure read as a transfer from verbs away from it, all after it and each with a figure of its own or a
    desk's work for object: "trung tâm có 1 giám đốc, 1 phó giám đốc và 13 công chức chuyên môn, bố trí 17 quầy
    tiếp nhận hồ sơ" (desks are placed; the 13 are the staff in place)."""
    if rule not in ("staff.clause", "staff.sentence"):
        return False
    start, end = (
        (scope.clause_start, scope.clause_end) if rule == "staff.clause" else (scope.sentence.start, scope.sentence.end)
    )
    low = scope.doc.cue_view
    verbs = [
        m
        for m in scope.doc.cues(STAFF_CUES["staff_transfer"], start, end, scope.sentence)
        if not _DESK.search(low, max(0, m.start() - 10), m.start())
    ]
    return bool(verbs) and all(
        m.start() >= scope.quantity.end
        and (_OWN_FIGURE.match(low, m.end()) or _HANDLES.match(low, m.end(), end) or _own_subject(scope, m))
        for m in verbs
    )


# a figure of people right before a passive staffing verb, its subject: "sau khi 4 công chức được chuyển sang …"
_OWN_SUBJECT = re.compile(
    rf"(?<!\w)(?:\d[\d.,]*|{alternation(DIGIT_WORDS)})\s*(?:{alternation(_PERSON_NOUNS)})"
    rf"(?:\s*,\s*(?:{alternation(_PERSON_NOUNS)}))*\s+(?:đã\s+)?(?:{alternation(PASSIVE_MARKERS)})\s+$"
)
# a headcount: "có", "còn" or "gồm" right before the figure ("trước có 13 người, nay còn 9 người", "có tổng cộng 13")
_HEADCOUNT = re.compile(rf"(?<!\w)(?:{alternation((*HEADCOUNT_BEFORE, *HEADCOUNT_REMAINING))})\s+$")
_BREAKDOWN = re.compile(rf"(?<!\w)(?:{alternation((*PART_INTRODUCERS, *PART_OPENERS))})(?!\w)")


def _own_subject(scope: Scope, verb: re.Match[str]) -> bool:
    """ "Trung tâm trước có 13 người, nay còn 9 người sau khi 4 công chức được chuyển sang các phòng": a headcount's
    later verb has a subject of its own, the figure right before it; not in a breakdown of the figure ("246 cán bộ
    đã về …, trong đó 86 người được điều động": the whole was moved)."""
    low, q = scope.doc.low, scope.quantity
    if not _HEADCOUNT.search(low, max(0, q.number_start - 25), q.number_start):
        return False
    found = _OWN_SUBJECT.search(low, max(q.end, verb.start() - 40), verb.start())
    return found is not None and not _BREAKDOWN.search(low, q.end, found.start())


def provides_other(scope: Scope) -> bool:
    """The staffing verb's object is something given to the officials: "bố trí nhà công vụ cho 300 cán bộ"."""
    verbs = scope.doc.cues(STAFF_CUES["staff_transfer"], scope.left, scope.quantity.start, scope.sentence)
    if not verbs:
        return False
    # "tăng cường năng lực cho 200 cán bộ": what the verb strengthens, right after it, the figure in its phrase ("Để
    # tăng cường năng lực cho cơ sở, tỉnh đã đưa 150 công chức …" moves them: a review of 0.9.25, helper-168)
    verb, q = verbs[-1], scope.quantity
    strengthens = strengthens_other(scope, verb) and "," not in scope.doc.low[verb.end() : q.start]
    return scope.has(NOT_STAFF_OBJECTS, verb.end(), q.start) or strengthens


def lack_of_others(scope: Scope) -> bool:
    """The officials counted are not the ones lacking: "200 cán bộ còn thiếu nhà ở" (they lack housing),
    "có 18/25 công chức, còn thiếu 7 người" (the 18 are there). With no shortage word before the figure
    in its clause, one after it counts only where it ends its phrase ("300 công chức còn thiếu."); a
    figure read as a shortage from an earlier clause ("thiếu 300 công chức; cấp xã 200 người") stays."""
    cues = STAFF_CUES["staff_shortage"]
    if scope.has(cues, scope.clause_start, scope.quantity.start):
        return False
    after = scope.doc.cues(cues, scope.quantity.end, scope.clause_end, scope.sentence)
    return bool(after) and not any(_LACK_ENDS.match(scope.doc.low, m.end()) for m in after)


_LACKING_PLACE = re.compile(
    rf"(?<!\w)(?:{alternation(LACKING_PLACE_MARKERS)})\s+(?:(?:các|những)\s+)?(?:{alternation(LACKING_PLACES)})"
    r"(?:\s+(?:đang|còn|vẫn|bị))*\s+$"
)


def lack_of_destination(scope: Scope, rule: str) -> bool:
    """Every shortage word the figure was read from (in its own words, clause or sentence, by `rule`) comes after
    it and names where officials go: "… được chuyển từ xã thừa sang xã thiếu", "tăng cường 30 công chức cho các
    đơn vị còn thiếu"."""
    if rule == "staff.local":
        start, end = scope.left, scope.right
    elif rule == "staff.clause":
        start, end = scope.clause_start, scope.clause_end
    elif rule == "staff.sentence":
        start, end = scope.sentence.start, scope.sentence.end
    else:
        return False  # a sibling's metric is the figure before's
    found = scope.doc.cues(STAFF_CUES["staff_shortage"], start, end, scope.sentence)
    if not found:
        return False
    low = scope.doc.cue_view
    # a lack before the figure counts it ("điều động về các xã còn thiếu 25 người"), unless it ends a label or a table
    # row moving officials to where they lack, the figure after the colon or the bar: "Điều động từ xã, phường thừa
    # sang xã, phường thiếu | 9 trường hợp" ("nhu cầu cho các xã còn thiếu: 30 người" moves nobody: a lack)
    if found[0].start() < scope.quantity.start and not (
        _LABEL_ENDS.match(low, found[-1].end(), scope.quantity.start)
        and scope.doc.cues(STAFF_CUES["staff_transfer"], start, found[0].start(), scope.sentence)
    ):
        return False
    return all(_LACKING_PLACE.search(low, max(start, m.start() - 40), m.start()) for m in found)


# the label's end: a colon, a bar, or (a table's row as the reader rewrites it) a comma, the column's header and a colon
_LABEL_ENDS = re.compile(rf"(?:\s+(?:{alternation(_PERSON_NOUNS)}))?\s*(?:[|:]|,[^,:|\d]{{1,40}}:)")


def moved(scope: Scope) -> tuple[str | None, str]:
    """The transfer verb of the figure's own words, else of its clause: (metric or None, rule)."""
    if scope.local(TRANSFER):
        return "staff_transfer", "staff.local"
    return scope.in_clause(TRANSFER), "staff.clause"


def moved_to_fill_lack(scope: Scope) -> bool:
    """A transfer verb stands between the last shortage word and the figure, which nothing after calls lacking:
    the move is the figure's, the lack its reason ("Để bù đắp chỗ thiếu nhân sự, tỉnh dự kiến điều động 360 công
    chức lên các xã")."""
    q = scope.quantity
    lacks = scope.doc.cues(STAFF_CUES["staff_shortage"], scope.left, q.start, scope.sentence)
    moves = scope.doc.cues(STAFF_CUES["staff_transfer"], scope.left, q.start, scope.sentence)
    if not lacks or not moves or moves[-1].start() < lacks[-1].end():
        return False
    return not scope.has(STAFF_CUES["staff_shortage"], q.end, scope.own_words()[1])
