"""Officials: transferred or seconded (staff_transfer), trained (staff_training), lacking (staff_shortage)."""

from __future__ import annotations

import re

from monitor.extract.context import Reading, Scope
from monitor.extract.lang.vi.abbreviations import with_abbreviations
from monitor.extract.lang.vi.levels import BETWEEN_COMMUNES, FROM_PROVINCE, FROM_PROVINCE_BEFORE, TO_BEFORE
from monitor.extract.lang.vi.numbers import APPROX_CUES, DIGIT_WORDS
from monitor.extract.lang.vi.parts import PART_INTRODUCERS
from monitor.extract.lang.vi.staff import (
    ADDITIONAL_BEFORE,
    CONTRAST_BEFORE_HAVING,
    DESK_BEFORE,
    HAVING_AFTER,
    HEADCOUNT_AFTER,
    HEADCOUNT_BEFORE,
    HELPING_OTHERS,
    IN_PLACE,
    LACKING_PLACE_MARKERS,
    LACKING_PLACES,
    NEED_BEFORE,
    NOT_STAFF_OBJECTS,
    NOT_STAFF_VERB_OBJECTS,
    POST_NOUNS,
    POSTS_OF_STAFF,
    QUALIFIED_AFTER,
    QUOTA_BEFORE,
    RANK_NOUNS,
    RECRUITMENT_CUES,
    STAFF_CONTEXT,
    STAFF_CUES,
    STAYING_AFTER,
    SURPLUS_BEFORE,
    TAKING_PART_AFTER,
    TO_LEVEL_MARKERS,
)
from monitor.extract.lang.vi.units import COUNT_NOUNS
from monitor.extract.parts import PART_INTRODUCER
from monitor.extract.patterns import alternation
from monitor.extract.staffing import block_before

# nouns that are officials by themselves, and their abbreviations ("thiếu 20 CBCC"); "trường hợp", "người" need
# a staffing word nearby
_OFFICIALS = with_abbreviations(("cán bộ", "công chức", "viên chức", "nhân sự", "chuyên viên"))
# where staff go: "về các xã", "xuống cơ sở", "về công tác tại 69 xã, phường", "tại UBND cấp xã"
_TO_COMMUNE = re.compile(
    rf"(?<!\w)(?:{alternation(TO_LEVEL_MARKERS)})\s+(?:công tác\s+(?:tại\s+)?)?(?:các\s+|\d+\s+)?"
    r"(?:ubnd\s+)?(?:cấp xã|xã|phường|đặc khu|cơ sở)(?!\w)"
    r"|(?<!\w)cấp xã(?!\w)"
)
_ADDITIONAL = re.compile(rf"(?<!\w)(?:{alternation(ADDITIONAL_BEFORE)})\s*$")
_TO_BEFORE = re.compile(rf"(?<!\w)(?:{alternation(TO_BEFORE)})\s+(?:các\s+)?$")
# verbs used of officials only: "biệt phái thêm 140 trường hợp" is about staff with no staff noun
_STAFF_VERBS = ("điều động", "biệt phái", "luân chuyển")
# sent to study, people are officials in training: "tỉnh cử 3 người đi học tiến sĩ" (sent elsewhere, not: "cử 5
# người tham gia đoàn kiểm tra")
_SENT = ("cử",)
_SPECIALTY_END = re.compile(r",\s*còn lại|;|\.|,\s*\d|\s+và\s+\d|$")
# a shortage word that ends its phrase: "… 300 công chức còn thiếu."
_PHRASE_END = re.compile(r"\s*(?:[,.;:)!?]|$)")
# a staffing verb whose object, a few words on, is what officials handle: their work, not their move
_HANDLES = re.compile(rf"(?:\s+[^\s,.;:!?]+){{0,4}}?\s+(?:{alternation(NOT_STAFF_VERB_OBJECTS)})(?!\w)")
_FIGURE_PHRASE_END = re.compile(r"[,;.:!?]|\s(?:và|nhưng|song|trong đó)\s")


def read(scope: Scope) -> Reading | None:
    q = scope.quantity
    rank = q.noun in RANK_NOUNS
    if rank and not _rank_part(scope):
        return None  # "Trung tâm có 1 giám đốc": a post held, read only in a breakdown of officials
    # a training told around the figure, not by its own noun ("500 học viên cao học" are students)
    training = (
        scope.has(_TRAINING, scope.clause_start, q.start)
        or scope.has(_TRAINING, q.end, scope.clause_end)
        or _taking_part_in_training(scope)
    )
    if (
        q.noun not in _OFFICIALS
        and not rank  # "còn thiếu 60 vị trí lãnh đạo, gồm 22 trưởng phòng": a part of a staff figure
        and not scope.has(STAFF_CONTEXT + _STAFF_VERBS)
        and not block_before(scope.doc.cue_view, scope.left, q.start)  # "khối Đảng thiếu 9 người"
        and not (q.noun in POST_NOUNS and _POSTS_OF_STAFF.match(scope.doc.low, q.end))  # "60 vị trí lãnh đạo"
        and not (scope.has(_SENT) and scope.has(_TRAINING))
        and not (training and q.unit in ("person", "person_time"))  # "bồi dưỡng cho 25.000 lượt người"
    ):
        return None
    if training and _qualified(scope):
        return None  # "xã có 2 người được đào tạo chuyên ngành này": graduates of a field, in place
    # a count of people (not named officials) in a clause of training: its trainees ("Các học viên đến từ 69
    # xã, trong đó phường Thành Sen có 58 người tham gia")
    trainees = q.noun not in _OFFICIALS and q.unit == "person" and training
    # "biệt phái 97 công chức về các xã … giúp xã đào tạo đội ngũ"; "Bên cạnh bồi dưỡng, … sẽ luân chuyển ít nhất
    # 200 cán bộ": sent, not trained
    helping = _sent_to_train_others(scope) or _transfer_nearer(scope)
    if not helping and (q.unit == "person_time" or trainees or scope.has(_TRAINING, scope.left, scope.right)):
        if training and q.noun in POST_NOUNS:
            return None  # posts are not trained
        if training:
            return Reading("staff_training", "staff.training", family="staff")
        previous = scope.previous
        if previous and previous[1].metric == "staff_training" and previous[0].end >= scope.clause_start:
            # "có 1.536 lượt cán bộ tham gia, trong đó 612 lượt đến từ các xã": trainees too
            return Reading("staff_training", "staff.sibling", family="staff")
        if not _officials_sent(scope):
            return None  # "lượt" without training: visits, not officials
    if scope.per_unit():
        return None
    if scope.has(RECRUITMENT_CUES, scope.left, q.start):
        if _lacking_after(scope):
            # "tuyển dụng bổ sung 106 công chức cấp xã còn thiếu": the posts to fill are the officials lacking
            return Reading("staff_shortage", "staff.local", family="staff")
        return None
    if _SURPLUS.search(scope.doc.low, max(scope.left, q.start - 20), q.start):  # q.start is before "khoảng", "hơn"
        return None  # "dôi ra 98 người": a surplus
    if _quota(scope):
        return None  # "xã cần 3 công chức lĩnh vực này nhưng mới có 1": the need; the lack is 2, told or not
    cues = _NOT_TRAINING if helping else STAFF_CUES  # the training told is not these officials'
    metric, rule = scope.local(cues), "staff.local"
    if metric is None:
        metric, rule = scope.in_clause(cues), "staff.clause"
    if metric is None and scope.previous and scope.previous[1].family == "staff":
        metric, rule = scope.previous[1].metric, "staff.sibling"
    if metric is None:
        metric, rule = scope.in_sentence(cues), "staff.sentence"
    if metric == "staff_shortage" and _lack_of_others(scope):
        # "điều chuyển 64 công chức từ những xã dôi dư sang những xã còn thiếu người": the lack is the
        # destination's; a transfer verb before the figure in its clause reads it
        metric, rule = scope.first_key(_TRANSFER, scope.clause_start, q.start), "staff.clause"
    elif metric == "staff_shortage" and _lack_of_destination(scope, rule):
        # "140 người … sẽ được điều động về cấp xã, … gần 100 công chức được chuyển từ xã thừa sang xã thiếu":
        # the lack is where they go; the transfer verb of the figure's words, else of its clause, reads it
        metric, rule = _moved(scope)
    if metric is None or metric == "staff_training":
        return None
    if q.noun in POST_NOUNS and metric != "staff_shortage":
        return None  # "bố trí công chức cho 8 vị trí việc làm": posts filled, not officials moved
    if rule != "staff.local" and (_headcount(scope) or _in_place(scope)):
        return None  # "toàn tỉnh có 3.335 công chức đang làm việc, …; … thiếu 311 công chức": staff in place
    if metric == "staff_transfer" and (
        _provides_other(scope) or _staying(scope) or _handled_only(scope, rule) or _verbs_of_others(scope, rule)
    ):
        return None
    reading = Reading(metric, rule, family="staff", specialty=_specialty(scope))
    if _ADDITIONAL.search(scope.doc.low, max(scope.left, q.start - 20), q.number_start):
        reading.kind = "additional"
    if metric == "staff_transfer":
        if scope.has(BETWEEN_COMMUNES, scope.clause_start, scope.clause_end):
            reading.from_level = reading.to_level = "commune"  # "điều chuyển 97 công chức giữa các xã"
            return reading
        if _TO_COMMUNE.search(scope.doc.cue_view, scope.sentence.start, scope.sentence.end):
            reading.to_level = "commune"
        if _from_province(scope):
            reading.from_level = "province"
    return reading


_TRAINING = STAFF_CUES["staff_training"]
_SURPLUS = re.compile(rf"(?<!\w)(?:{alternation(SURPLUS_BEFORE)})\s*$")
_TRANSFER = {"staff_transfer": STAFF_CUES["staff_transfer"]}
_NOT_TRAINING = {metric: cues for metric, cues in STAFF_CUES.items() if metric != "staff_training"}
_HELPING_BEFORE = re.compile(rf"(?<!\w)(?:{alternation(HELPING_OTHERS)})(?!\w)")
_TAKING_PART = re.compile(rf"(?:\s*,?\s*(?:{alternation(_OFFICIALS)}))*\s+(?:{alternation(TAKING_PART_AFTER)})(?!\w)")
_POSTS_OF_STAFF = re.compile(rf"\s+(?:{alternation(POSTS_OF_STAFF)})(?!\w)")
_OFFICIALS_AFTER = re.compile(rf"\s*(?:{alternation(_OFFICIALS)})(?!\w)")
# how far back a figure of people taking part looks for the training they take part in
_LOOK_BACK = 400


def _own_phrase_end(scope: Scope) -> int:
    """Where the figure's own words end: a comma, a stop, or a coordinated clause."""
    cut = _FIGURE_PHRASE_END.search(scope.doc.low, scope.quantity.end, scope.clause_end)
    return min(cut.start() if cut else scope.clause_end, scope.right)


def _lacking_after(scope: Scope) -> bool:
    """A shortage word in the figure's own words after it: "106 công chức cấp xã còn thiếu so với định mức"."""
    return scope.has(STAFF_CUES["staff_shortage"], scope.quantity.end, _own_phrase_end(scope))


def _headcount(scope: Scope) -> bool:
    """Officials at work where they are, told right after their figure with no staffing word between, or by "có"
    right before it with the staffing words further on its parts' ("Phường hiện có 42 công chức, trong đó 9 người
    được điều động")."""
    q, low = scope.quantity, scope.doc.cue_view
    having = _HEADCOUNT_BEFORE.search(low, max(scope.left, q.number_start - 25), q.number_start)
    if having and not _PART_BEFORE.search(low, max(0, having.start() - 15), having.start()):
        # not "…, trong đó có 39 chuyên ngành kế toán" (a part of the figure before); the staffing verbs after the
        # figure are its parts', past "trong đó", "gồm" (not "có 132 cán bộ … được điều động …, gồm …")
        verbs = scope.doc.cues(_ALL_STAFF_CUES, q.end, scope.clause_end, scope.sentence)
        if verbs and PART_INTRODUCER.search(low, q.end, verbs[0].start()):
            return True
    end = _own_phrase_end(scope)
    found = scope.doc.cues(HEADCOUNT_AFTER, scope.quantity.end, end, scope.sentence)
    return bool(found) and not scope.has(_ALL_STAFF_CUES, scope.quantity.end, found[0].start())


_HEADCOUNT_BEFORE = re.compile(rf"(?<!\w)(?:{alternation(HEADCOUNT_BEFORE)})\s+(?:(?:{alternation(APPROX_CUES)})\s+)?$")
_PART_BEFORE = re.compile(rf"(?<!\w)(?:{alternation(PART_INTRODUCERS)})\s*,?\s*$")
_ALL_STAFF_CUES = tuple(cue for cues in STAFF_CUES.values() for cue in cues)


def _sent_to_train_others(scope: Scope) -> bool:
    """Officials a transfer verb governs, sent to help others train: "biệt phái 97 công chức về các xã … đồng thời
    giúp xã đào tạo, bồi dưỡng đội ngũ hiện có" (not "cử 45 cán bộ đi học thạc sĩ": they train)."""
    q = scope.quantity
    if q.noun not in _OFFICIALS or scope.first_key(_TRANSFER, scope.left, q.start) is None:
        return False
    if scope.has(_TRAINING, scope.clause_start, q.start):
        return False
    after = scope.doc.cues(_TRAINING, q.end, scope.clause_end, scope.sentence)
    low = scope.doc.low
    return bool(after) and all(_HELPING_BEFORE.search(low, max(q.end, m.start() - 25), m.start()) for m in after)


def _transfer_nearer(scope: Scope) -> bool:
    """A transfer verb nearer before the officials counted than any training word, and none after them in
    their own words: the training was told of something else ("Bên cạnh bồi dưỡng, tỉnh sẽ luân chuyển 200
    cán bộ")."""
    q, low = scope.quantity, scope.doc.low
    if q.noun not in _OFFICIALS:
        return False
    transfers = scope.doc.cues(STAFF_CUES["staff_transfer"], scope.clause_start, q.start, scope.sentence)
    trainings = scope.doc.cues(_TRAINING, scope.clause_start, q.start, scope.sentence)
    comma = low.find(",", q.end, scope.clause_end)
    after = scope.has(_TRAINING, q.end, scope.clause_end if comma < 0 else comma)
    return bool(transfers and trainings) and transfers[-1].start() > trainings[-1].end() and not after


def _taking_part_in_training(scope: Scope) -> bool:
    """People taking part ("có 1.536 lượt cán bộ, công chức tham gia") just after a training was told of."""
    if not _TAKING_PART.match(scope.doc.low, scope.quantity.end):
        return False
    return scope.has(_TRAINING, max(0, scope.sentence.start - _LOOK_BACK), scope.quantity.start)


def _officials_sent(scope: Scope) -> bool:
    """Officials counted by the turn and sent: "cử 64 lượt cán bộ xuống cầm tay chỉ việc"."""
    return bool(
        _OFFICIALS_AFTER.match(scope.doc.low, scope.quantity.end)
        and scope.first_key(_TRANSFER, scope.clause_start, scope.quantity.start)
    )


def _from_province(scope: Scope) -> bool:
    """The figure's officials come from the province: a province word in its own words after it, or before it
    in its clause ("tổng số cán bộ, công chức cấp tỉnh được điều động … là 246 người"), not as a destination
    ("lên cấp tỉnh")."""
    low, at = scope.doc.cue_view, scope.quantity.start
    found = scope.doc.cues(FROM_PROVINCE_BEFORE, scope.left, at, scope.sentence)
    found += scope.doc.cues(FROM_PROVINCE, at, scope.right, scope.sentence)
    return any(not _TO_BEFORE.search(low, max(0, m.start() - 10), m.start()) for m in found)


def _staying(scope: Scope) -> bool:
    """The officials counted stay where they are: a staying phrase in the figure's own words after it, before
    any staffing verb ("1.560 người tiếp tục làm việc tại Bạc Liêu, trong đó … 431 người chuyển về")."""
    low, q = scope.doc.cue_view, scope.quantity
    cut = _FIGURE_PHRASE_END.search(low, q.end, scope.clause_end)
    end = min(cut.start() if cut else scope.clause_end, scope.right)
    stays = scope.doc.cues(STAYING_AFTER, q.end, end, scope.sentence)
    if not stays:
        return False
    return not scope.has(STAFF_CUES["staff_transfer"], q.end, stays[0].start())


def _handled_only(scope: Scope, rule: str) -> bool:
    """A figure read as a transfer from a verb away from it in its clause or sentence, where every such verb
    has a dossier for object: "mới có một người, phải kiêm cả tiếp nhận lẫn số hóa hồ sơ" (the one person
    does the receiving; nobody is moved)."""
    if rule not in ("staff.clause", "staff.sentence"):
        return False
    start, end = (
        (scope.clause_start, scope.clause_end) if rule == "staff.clause" else (scope.sentence.start, scope.sentence.end)
    )
    low = scope.doc.cue_view
    verbs = scope.doc.cues(STAFF_CUES["staff_transfer"], start, end, scope.sentence)
    return bool(verbs) and all(_HANDLES.match(low, m.end(), end) for m in verbs)


_DESK = re.compile(rf"(?<!\w)(?:{alternation(DESK_BEFORE)})\s+$")
# a figure of things, not people, right after a verb: "bố trí 17 quầy" (not "điều động 150 người", whose whole the
# figure before may be)
_PERSON_NOUNS = tuple(noun for noun, unit in COUNT_NOUNS.items() if unit in ("person", "person_time"))
_OWN_FIGURE = re.compile(
    rf"\s+(?:(?:{alternation(APPROX_CUES)})\s+)?(?:thêm\s+)?\d[\d.,]*+\s*+(?!(?:{alternation(_PERSON_NOUNS)})(?!\w))"
)


def _verbs_of_others(scope: Scope, rule: str) -> bool:
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
        m.start() >= scope.quantity.end and (_OWN_FIGURE.match(low, m.end()) or _HANDLES.match(low, m.end(), end))
        for m in verbs
    )


def _provides_other(scope: Scope) -> bool:
    """The staffing verb's object is something given to the officials: "bố trí nhà công vụ cho 300 cán bộ"."""
    verbs = scope.doc.cues(STAFF_CUES["staff_transfer"], scope.left, scope.quantity.start, scope.sentence)
    return bool(verbs) and scope.has(NOT_STAFF_OBJECTS, verbs[-1].end(), scope.quantity.start)


def _lack_of_others(scope: Scope) -> bool:
    """The officials counted are not the ones lacking: "200 cán bộ còn thiếu nhà ở" (they lack housing),
    "có 18/25 công chức, còn thiếu 7 người" (the 18 are there). With no shortage word before the figure
    in its clause, one after it counts only where it ends its phrase ("300 công chức còn thiếu."); a
    figure read as a shortage from an earlier clause ("thiếu 300 công chức; cấp xã 200 người") stays."""
    cues = STAFF_CUES["staff_shortage"]
    if scope.has(cues, scope.clause_start, scope.quantity.start):
        return False
    after = scope.doc.cues(cues, scope.quantity.end, scope.clause_end, scope.sentence)
    return bool(after) and not any(_PHRASE_END.match(scope.doc.low, m.end()) for m in after)


_QUALIFIED = re.compile(rf"(?:\s*,?\s*(?:{alternation(_OFFICIALS)}))*\s+(?:{alternation(QUALIFIED_AFTER)})(?!\w)")


def _qualified(scope: Scope) -> bool:
    """People counted as qualified in a field, right after their figure, with no training word before it in its
    clause: "Đảng ủy và HĐND xã có 2 người được đào tạo chuyên ngành này"."""
    q = scope.quantity
    return bool(_QUALIFIED.match(scope.doc.low, q.end)) and not scope.has(_TRAINING, scope.clause_start, q.start)


_NEED = re.compile(rf"(?<!\w)(?:{alternation(NEED_BEFORE + QUOTA_BEFORE)})\s+(?:(?:{alternation(APPROX_CUES)})\s+)?$")
_NUMBER_NEXT = rf"(?:(?:{alternation(APPROX_CUES)})\s+)?(?:\d|{alternation(DIGIT_WORDS)})"
# a contrast, at most three words (the place, "hiện"), then the number in place: "nhưng hiện xã chỉ có 49"
_IN_PLACE = (
    rf"(?<!\w)(?:{alternation(CONTRAST_BEFORE_HAVING)})(?:\s+[^\s,.;:]+){{0,3}}?\s+(?:{alternation(IN_PLACE)})\s+"
)
_HAVING = re.compile(rf"[^.;]*?(?:(?<!\w)(?:{alternation(HAVING_AFTER)})\s+|{_IN_PLACE}){_NUMBER_NEXT}")
_IN_PLACE_BEFORE = re.compile(rf"{_IN_PLACE}(?:(?:{alternation(APPROX_CUES)})\s+)?$")


def _quota(scope: Scope) -> bool:
    """A need or a quota right before the figure, and the number in place after it: "cần 3 công chức … nhưng mới có
    1", "tổng số cán bộ của xã được bố trí là 59 người, nhưng hiện xã chỉ có 49"."""
    low, q = scope.doc.cue_view, scope.quantity
    if not _NEED.search(low, max(scope.sentence.start, q.number_start - 30), q.number_start):
        return False
    return bool(_HAVING.match(low, q.end, scope.sentence.end))


def _in_place(scope: Scope) -> bool:
    """The number in place after a contrast, read from a staffing word away from it, with none in its own words
    after it: "… được bố trí là 59 người, nhưng hiện xã chỉ có 49 cán bộ, công chức" (a headcount; "nhưng mới có 30
    người được điều động về" is a move)."""
    low, q = scope.doc.cue_view, scope.quantity
    if not _IN_PLACE_BEFORE.search(low, max(scope.sentence.start, q.number_start - 50), q.number_start):
        return False
    return not scope.has(_ALL_STAFF_CUES, q.end, _own_phrase_end(scope))


_LACKING_PLACE = re.compile(
    rf"(?<!\w)(?:{alternation(LACKING_PLACE_MARKERS)})\s+(?:(?:các|những)\s+)?(?:{alternation(LACKING_PLACES)})"
    r"(?:\s+(?:đang|còn|vẫn|bị))*\s+$"
)


def _lack_of_destination(scope: Scope, rule: str) -> bool:
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
    if not found or found[0].start() < scope.quantity.start:
        return False  # "điều động về các xã còn thiếu 25 người": a figure after the lack counts it
    low = scope.doc.cue_view
    return all(_LACKING_PLACE.search(low, max(start, m.start() - 40), m.start()) for m in found)


def _moved(scope: Scope) -> tuple[str | None, str]:
    """The transfer verb of the figure's own words, else of its clause: (metric or None, rule)."""
    if scope.local(_TRANSFER):
        return "staff_transfer", "staff.local"
    return scope.in_clause(_TRANSFER), "staff.clause"


_WHOLE_OF_STAFF = re.compile(rf"(?<!\w)trong (?:tổng )?số (?:các |những )?(?:{alternation(_OFFICIALS)})(?!\w)")


def _rank_part(scope: Scope) -> bool:
    """Holders of a post or rank counted as a part of officials told before: after a staff figure and a part
    introducer ("34 cán bộ về xã, gồm 5 Tỉnh ủy viên"), listed after such a part ("…, 2 giám đốc sở"), or after
    the whole named by its noun ("Trong số cán bộ được điều động có 5 Tỉnh ủy viên")."""
    low, q, sentence = scope.doc.cue_view, scope.quantity, scope.sentence
    if _WHOLE_OF_STAFF.search(low, sentence.start, q.start):
        return True
    previous = scope.previous
    if previous is None or previous[1].family != "staff" or previous[0].end < sentence.start:
        return False
    between = low[previous[0].end : q.start]
    if previous[0].noun in RANK_NOUNS:
        return not re.search(r"[.;:]", between)  # listed after a part
    return PART_INTRODUCER.search(between) is not None


def _specialty(scope: Scope) -> str | None:
    """'39 chuyên ngành kế toán, 18 ...' -> 'kế toán'."""
    if scope.quantity.noun != "chuyên ngành":
        return None
    rest = scope.doc.text[scope.quantity.end : scope.right]
    cut = _SPECIALTY_END.search(rest)
    name = rest[: cut.start() if cut else len(rest)].strip(" ,")
    return name or None
