"""Officials trained or sent, for the staff rule (staff.py): officials sent to help others train, a transfer told
nearer than a training, people taking part in a training told just before, officials counted by the turn and sent,
and people qualified in a field (graduates in place, not trainees)."""

from __future__ import annotations

import re

from monitor.extract.context import Scope
from monitor.extract.lang.vi.numbers import APPROX_CUES
from monitor.extract.lang.vi.places import COMMUNE_KINDS
from monitor.extract.lang.vi.staff import (
    STAFF_CUES,
)
from monitor.extract.lang.vi.staff_training import (
    HELPING_OTHERS,
    PLACE_UNIT_NOUNS,
    QUALIFIED_AFTER,
    TAKING_PART_AFTER,
    TRAINING_COURSES,
    TRAINING_NOT_TAKEN,
    TRAINING_TAKEN_BEFORE,
    TRAINING_TENSES,
)
from monitor.extract.patterns import alternation
from monitor.extract.rules.staff_terms import OFFICIALS, TRAINING, TRANSFER

_HELPING_BEFORE = re.compile(rf"(?<!\w)(?:{alternation(HELPING_OTHERS)})(?!\w)")
_TAKING_PART = re.compile(rf"(?:\s*,?\s*(?:{alternation(OFFICIALS)}))*\s+(?:{alternation(TAKING_PART_AFTER)})(?!\w)")
_OFFICIALS_AFTER = re.compile(rf"\s*(?:{alternation(OFFICIALS)})(?!\w)")
# how far back a figure of people taking part looks for the training they take part in
_LOOK_BACK = 400


def trained_past_places(scope: Scope) -> bool:
    """Officials counted, then the places they work in counted, then the training they take part in: "Gần 400 cán
    bộ, công chức thuộc 23 xã … đang tham gia tập huấn" - the next figure a count of places, no other figure before
    the training word, which is taken part in (not denied or needed: "chưa được bồi dưỡng"), and no move or lack
    told before it."""
    q, low = scope.quantity, scope.doc.low
    if q.noun not in OFFICIALS or scope.right >= scope.clause_end or not _PLACES.match(low, scope.right):
        return False
    trainings = scope.doc.cues(TRAINING, scope.right, scope.clause_end, scope.sentence)
    if not trainings:
        return False
    taken = _TAKEN.search(low, max(scope.right, trainings[0].start() - 40), trainings[0].start())
    if taken is None or _NOT_TAKEN.search(low, max(0, taken.start() - 12), taken.start()):
        return False
    until = taken.start()
    if any(scope.right < other.start < until for other in scope.following):
        return False
    moves_or_lacks = STAFF_CUES["staff_transfer"] + STAFF_CUES["staff_shortage"]
    return not scope.has(moves_or_lacks, scope.clause_start, until)


# a count of communes, whole or of a total ("23/23 xã"), or of administrative units ("96 đơn vị hành chính cấp xã")
_PLACE_NOUNS = (*COMMUNE_KINDS, *PLACE_UNIT_NOUNS)
_PLACES = re.compile(rf"(?:{alternation(APPROX_CUES)}\s+)?\d[\d.,]*(?:/\d+)?\s+(?:{alternation(_PLACE_NOUNS)})(?!\w)")
_TAKEN = re.compile(
    rf"(?<!\w)(?:(?:{alternation(TRAINING_TENSES)})\s+)?(?:{alternation(TRAINING_TAKEN_BEFORE)})"
    rf"(?:\s+(?:{alternation(TRAINING_COURSES)}))?\s+$"
)
_NOT_TAKEN = re.compile(rf"(?<!\w)(?:{alternation(TRAINING_NOT_TAKEN)})\s+$")


def sent_to_train_others(scope: Scope) -> bool:
    """Officials a transfer verb governs, sent to help others train: "biệt phái 97 công chức về các xã … đồng thời
    giúp xã đào tạo, bồi dưỡng đội ngũ hiện có" (not "cử 45 cán bộ đi học thạc sĩ": they train)."""
    q = scope.quantity
    if q.noun not in OFFICIALS or scope.first_key(TRANSFER, scope.left, q.start) is None:
        return False
    if scope.has(TRAINING, scope.clause_start, q.start):
        return False
    after = scope.doc.cues(TRAINING, q.end, scope.clause_end, scope.sentence)
    low = scope.doc.low
    return bool(after) and all(_HELPING_BEFORE.search(low, max(q.end, m.start() - 25), m.start()) for m in after)


def transfer_nearer(scope: Scope) -> bool:
    """A transfer verb nearer before the officials counted than any training word, and none after them in
    their own words: the training was told of something else ("Bên cạnh bồi dưỡng, tỉnh sẽ luân chuyển 200
    cán bộ")."""
    q, low = scope.quantity, scope.doc.low
    if q.noun not in OFFICIALS:
        return False
    transfers = scope.doc.cues(STAFF_CUES["staff_transfer"], scope.clause_start, q.start, scope.sentence)
    trainings = scope.doc.cues(TRAINING, scope.clause_start, q.start, scope.sentence)
    comma = low.find(",", q.end, scope.clause_end)
    after = scope.has(TRAINING, q.end, scope.clause_end if comma < 0 else comma)
    return bool(transfers and trainings) and transfers[-1].start() > trainings[-1].end() and not after


def taking_part_in_training(scope: Scope) -> bool:
    """People taking part ("có 1.536 lượt cán bộ, công chức tham gia") just after a training was told of."""
    if not _TAKING_PART.match(scope.doc.low, scope.quantity.end):
        return False
    return scope.has(TRAINING, max(0, scope.sentence.start - _LOOK_BACK), scope.quantity.start)


def officials_sent(scope: Scope) -> bool:
    """Officials counted by the turn and sent: "cử 64 lượt cán bộ xuống cầm tay chỉ việc"."""
    return bool(
        _OFFICIALS_AFTER.match(scope.doc.low, scope.quantity.end)
        and scope.first_key(TRANSFER, scope.clause_start, scope.quantity.start)
    )


_QUALIFIED = re.compile(rf"(?:\s*,?\s*(?:{alternation(OFFICIALS)}))*\s+(?:{alternation(QUALIFIED_AFTER)})(?!\w)")


def qualified(scope: Scope) -> bool:
    """People counted as qualified in a field, right after their figure, with no training word before it in its
    clause: "Đảng ủy và HĐND xã có 2 người được đào tạo chuyên ngành này"."""
    q = scope.quantity
    return bool(_QUALIFIED.match(scope.doc.low, q.end)) and not scope.has(TRAINING, scope.clause_start, q.start)
