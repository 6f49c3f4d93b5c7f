"""Officials: transferred or seconded (staff_transfer), trained (staff_training), lacking (staff_shortage).

Here: the reading of a figure of people (read), its kind, levels and specialty. The shared terms are
staff_terms.py's; trained or sent staff_training.py's; officials in place, quotas and ranks staff_counts.py's; what a
staffing verb is of staff_moves.py's."""

from __future__ import annotations

import re

from monitor.extract.context import Reading, Scope
from monitor.extract.lang.vi.cues import NEGATIONS, PASSIVE_MARKERS
from monitor.extract.lang.vi.levels import BETWEEN_COMMUNES
from monitor.extract.lang.vi.numbers import ROUGH_BEFORE_NUMBER, UP_TO_WORDS
from monitor.extract.lang.vi.parts import PART_INTRODUCERS
from monitor.extract.lang.vi.staff import (
    ADDITIONAL_BEFORE,
    PART_GROUP_NOUNS,
    PEOPLE_SENT_NOT_OFFICIALS,
    RANK_NOUNS,
    RECRUITED_AFTER,
    RECRUITMENT_CUES,
    SEND_VERBS,
    SENT_TO_WORK_AFTER,
    SHARE_MOVES,
    STAFF_CONTEXT,
    STAFF_CUES,
    TITLE_OFFICIALS,
    TO_LEVEL_MARKERS,
)
from monitor.extract.lang.vi.staff_counts import (
    NOT_STAFF_POSTS,
    PLACES_LACKING_PEOPLE,
    POST_NOUNS,
    POSTS_AT,
    POSTS_DUE_AFTER,
    POSTS_LACKING,
    POSTS_OF_STAFF,
    STAFF_POST_WORDS,
    SURPLUS_AFTER,
    SURPLUS_BEFORE,
    SURPLUS_REACH,
    VACANT_AFTER,
)
from monitor.extract.lang.vi.staff_training import (
    CLASS_NOT_TOPICS,
    CLASS_NOUNS,
    TRAINEES_ONLY,
)
from monitor.extract.patterns import WORD_REACH, alternation, optional_words
from monitor.extract.rules.staff_counts import assigned_in_place, headcount, in_place, quota, rank_part, staying
from monitor.extract.rules.staff_moves import (
    from_province,
    handled_only,
    lack_of_destination,
    lack_of_others,
    moved,
    moved_to_fill_lack,
    provides_other,
    verbs_of_others,
)
from monitor.extract.rules.staff_terms import OFFICIALS, TRAINING, TRANSFER, leaving, own_phrase_end
from monitor.extract.rules.staff_training import (
    officials_sent,
    qualified,
    sent_to_train_others,
    taking_part_in_training,
    trained_past_places,
    transfer_nearer,
)
from monitor.extract.staffing import block_before

# where staff go: "về các xã", "xuống cơ sở", "về công tác tại 69 xã, phường", "tại UBND cấp xã"
_TO_COMMUNE = re.compile(
    rf"(?<!\w)(?:{alternation(TO_LEVEL_MARKERS)})\s+(?:công tác\s+(?:tại\s+)?)?(?:các\s+|\d+\s+)?"
    r"(?:ubnd\s+)?(?:cấp xã|xã|phường|đặc khu|cơ sở)(?!\w)"
    r"|(?<!\w)cấp xã(?!\w)"
)
_ADDITIONAL = re.compile(rf"(?<!\w)(?:{alternation(ADDITIONAL_BEFORE)})\s*$")
# verbs used of officials only: "biệt phái thêm 140 trường hợp" is about staff with no staff noun
_STAFF_VERBS = ("điều động", "biệt phái", "luân chuyển")
# sent to study, people are officials in training: "tỉnh cử 3 người đi học tiến sĩ" (sent elsewhere, not: "cử 5
# người tham gia đoàn kiểm tra")
_SENT = ("cử",)
# a place lacking people right before the figure, a name or two words between: "mỗi nơi thiếu 19 người"
_PLACE_LACKS = re.compile(
    rf"(?<!\w)(?:{alternation(PLACES_LACKING_PEOPLE)})(?:\s+[^\W\d]+){{0,3}}\s+(?:(?:còn|đang|vẫn|hiện)\s+)*thiếu"
    rf"\s+{optional_words((*ROUGH_BEFORE_NUMBER, *UP_TO_WORDS))}$"
)
_SPECIALTY_END = re.compile(r",\s*còn lại|;|\.|,\s*\d|\s+và\s+\d|$")


# officials told moved right after their count, whatever was given them: "bố trí nhà ở … cho gần 2.300 cán bộ, công
# chức được điều động về cơ quan mới" counts the 2.300 moved
_MOVED_AFTER = re.compile(
    rf"(?:\s*,\s*(?:{alternation(OFFICIALS)}))*\s+(?:đã\s+)?(?:{alternation(PASSIVE_MARKERS)})\s+(?:{alternation(SHARE_MOVES)})(?!\w)"
)


_SENT_BY = re.compile(rf"(?<!\w)(?<!di )(?:{alternation(SEND_VERBS)})\s+{optional_words(ROUGH_BEFORE_NUMBER)}$")
_TO_WORK = re.compile(rf"(?<!\w)(?:{alternation(SENT_TO_WORK_AFTER)})(?!\w)")


def _sent_to_work(scope: Scope) -> bool:
    """ "đưa 136 cán bộ, công chức cấp tỉnh về công tác ở các xã": a sending verb right before the count, a place of
    work after it in its clause."""
    q = scope.quantity
    if not _SENT_BY.search(scope.doc.low, max(scope.left, q.start - 20), q.number_start):
        return False
    return _TO_WORK.search(scope.doc.low, q.end, scope.clause_end) is not None


def read(scope: Scope) -> Reading | None:
    q = scope.quantity
    rank = q.noun in RANK_NOUNS
    if rank and not rank_part(scope):
        return None  # "Trung tâm có 1 giám đốc": a post held, read only in a breakdown of officials
    # a training told around the figure, not by its own noun ("500 học viên cao học" are students)
    training = (
        scope.has(TRAINING, scope.clause_start, q.start)
        or scope.has(TRAINING, q.end, scope.clause_end)
        or taking_part_in_training(scope)
    )
    # "6 lớp về trí tuệ nhân tạo đã được tổ chức cho 4.100 cán bộ": classes counted on a topic, the figure theirs
    classes = _CLASSES_ON.search(scope.doc.low, scope.clause_start, q.start) is not None
    training = training or classes
    if q.noun in TRAINEES_ONLY and not training:
        return None  # "Kỳ họp có 60 đại biểu tham dự": delegates, not officials
    if (
        q.noun not in OFFICIALS
        and not rank  # "còn thiếu 60 vị trí lãnh đạo, gồm 22 trưởng phòng": a part of a staff figure
        and not scope.has(STAFF_CONTEXT + _STAFF_VERBS)
        and not block_before(scope.doc.cue_view, scope.left, q.start)  # "khối Đảng thiếu 9 người"
        and not (
            q.noun not in POST_NOUNS and _PLACE_LACKS.search(scope.doc.cue_view, max(scope.left, q.start - 60), q.start)
        )
        and not (q.noun in POST_NOUNS and _POSTS_OF_STAFF.match(scope.doc.low, q.end))  # "60 vị trí lãnh đạo"
        # "hiện thiếu 10 vị trí so với quy định": posts measured against those due
        and not (q.noun in POST_NOUNS and _POSTS_DUE.match(scope.doc.low, q.end) and not scope.has(NOT_STAFF_POSTS))
        and not (q.noun in POST_NOUNS and _POSTS_LACKING.match(scope.doc.low, q.end))  # "6 vị trí còn thiếu"
        # "xã vẫn còn thiếu 8 vị trí quan trọng ở các lĩnh vực địa chính, tư pháp": posts lacking, the lack right before
        and not (
            q.noun in POST_NOUNS
            and _LACK_BEFORE.search(scope.doc.low, max(0, q.start - 20), q.number_start)
            and scope.has(STAFF_POST_WORDS, q.end, scope.clause_end)
            and not scope.has(NOT_STAFF_POSTS)
        )
        and not _people_of_staff_before(scope)
        and not (_sent_to_work(scope) and not scope.has(PEOPLE_SENT_NOT_OFFICIALS))  # "tăng cường 64 người về các xã"
        and not (scope.has(_SENT) and scope.has(TRAINING))
        and not (training and q.unit in ("person", "person_time"))  # "bồi dưỡng cho 25.000 lượt người"
    ):
        return None
    if training and qualified(scope):
        return None  # "xã có 2 người được đào tạo chuyên ngành này": graduates of a field, in place
    # a count of people (not named officials) in a clause of training: its trainees ("Các học viên đến từ 69
    # xã, trong đó phường Thành Sen có 58 người tham gia")
    trainees = q.noun not in OFFICIALS and q.unit == "person" and training
    # "biệt phái 97 công chức về các xã … giúp xã đào tạo đội ngũ"; "Bên cạnh bồi dưỡng, … sẽ luân chuyển ít nhất
    # 200 cán bộ": sent, not trained
    helping = sent_to_train_others(scope) or transfer_nearer(scope)
    if scope.per_unit():
        return None  # "mỗi phường được tăng cường từ 5 đến 7 công chức", "mỗi lớp 30 – 40 học viên": a rate
    if _posts_of_people_before(scope):
        return None  # "thiếu 935 người ở 27 vị trí việc làm": where the people lack
    if not helping and (
        q.unit == "person_time"
        or trainees
        or scope.has(TRAINING, scope.left, scope.right)
        or trained_past_places(scope)
        or classes
    ):
        if training and q.noun in POST_NOUNS:
            return None  # posts are not trained
        if training:
            return Reading("staff_training", "staff.training", family="staff")
        previous = scope.previous
        if previous and previous[1].metric == "staff_training" and previous[0].end >= scope.clause_start:
            # "có 1.536 lượt cán bộ tham gia, trong đó 612 lượt đến từ các xã": trainees too
            return Reading("staff_training", "staff.sibling", family="staff")
        if not officials_sent(scope):
            return None  # "lượt" without training: visits, not officials
    if scope.has(RECRUITMENT_CUES, scope.left, q.start) or scope.has(RECRUITED_AFTER, q.end, scope.clause_end):
        if _lacking_after(scope):
            # "tuyển dụng bổ sung 106 công chức cấp xã còn thiếu": the posts to fill are the officials lacking
            return Reading("staff_shortage", "staff.local", family="staff")
        return None
    if _SURPLUS.search(scope.doc.low, max(scope.left, q.start - 40), q.start):  # q.start is before "khoảng", "hơn"
        return None  # "dôi ra 98 người": a surplus
    if _SURPLUS_AFTER.match(scope.doc.low, q.end) and not scope.has(
        TRANSFER["staff_transfer"], scope.clause_start, q.start
    ):
        return None  # "253 cán bộ, công chức dôi dư chưa được bố trí": a surplus ("điều động 253 cán bộ dư ra": moved)
    if quota(scope):
        return None  # "xã cần 3 công chức lĩnh vực này nhưng mới có 1": the need; the lack is 2, told or not
    cues = _NOT_TRAINING if helping else STAFF_CUES  # the training told is not these officials'
    metric, rule = scope.local(cues), "staff.local"
    if metric is None and _sent_to_work(scope):
        metric = "staff_transfer"  # "dự kiến đưa 136 cán bộ, công chức … về công tác ở các xã"
    if metric is None and q.noun in POST_NOUNS and _VACANT.match(scope.doc.low, q.end):
        metric = "staff_shortage"  # "8 vị trí việc làm chưa có người đảm nhận": posts vacant
    if metric is None:
        metric, rule = scope.in_clause(cues), "staff.clause"
    if metric is None and scope.previous and scope.previous[1].family == "staff":
        metric, rule = scope.previous[1].metric, "staff.sibling"
    if metric is None:
        metric, rule = scope.in_sentence(cues), "staff.sentence"
    if metric == "staff_shortage" and rule == "staff.local" and moved_to_fill_lack(scope):
        metric = "staff_transfer"  # "Để bù đắp chỗ thiếu nhân sự, tỉnh điều động 360 công chức": moved
    elif metric == "staff_shortage" and lack_of_others(scope):
        # "điều chuyển 64 công chức từ những xã dôi dư sang những xã còn thiếu người": the lack is the
        # destination's; a transfer verb before the figure in its clause reads it
        metric, rule = scope.first_key(TRANSFER, scope.clause_start, q.start), "staff.clause"
    elif metric == "staff_shortage" and lack_of_destination(scope, rule):
        # "140 người … sẽ được điều động về cấp xã, … gần 100 công chức được chuyển từ xã thừa sang xã thiếu":
        # the lack is where they go; the transfer verb of the figure's words, else of its clause, reads it
        metric, rule = moved(scope)
    if _part_introduced(scope) and metric != scope.previous[1].metric:  # type: ignore[index]
        # "điều chuyển 64 người từ xã thừa sang xã thiếu, gồm 42 công chức và 22 viên chức": the parts of the figure
        # before are of its metric, whatever cue stands between ("thiếu" names where they go)
        metric, rule = scope.previous[1].metric, "staff.sibling"  # type: ignore[index]
    if metric is None or metric == "staff_training":
        return None
    if q.noun in POST_NOUNS and metric != "staff_shortage":
        return None  # "bố trí công chức cho 8 vị trí việc làm": posts filled, not officials moved
    if rule != "staff.local" and (headcount(scope) or in_place(scope)):
        return None  # "toàn tỉnh có 3.335 công chức đang làm việc, …; … thiếu 311 công chức": staff in place
    if (
        metric == "staff_transfer"
        and q.noun in TITLE_OFFICIALS
        and not scope.has(SHARE_MOVES, scope.clause_start, scope.clause_end)
    ):
        return None  # "phân công 20 thanh tra viên tiến hành thanh tra": a task of their rank, no move
    if metric == "staff_transfer" and leaving(scope):
        return None  # "350 công chức nghỉ việc, thuyên chuyển ra ngoài khu vực công": people leaving
    if metric == "staff_transfer" and _move_denied(scope):
        return None  # "chưa điều động 80 công chức như kế hoạch", "còn 120 công chức chưa được bố trí": not moved
    if metric == "staff_transfer" and (
        (provides_other(scope) and not _MOVED_AFTER.match(scope.doc.low, q.end))
        or staying(scope)
        or assigned_in_place(scope)
        or handled_only(scope, rule)
        or verbs_of_others(scope, rule)
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
        if from_province(scope):
            reading.from_level = "province"
    return reading


# classes counted on a topic before the figure: "6 lớp về trí tuệ nhân tạo đã được tổ chức cho 4.100 cán bộ" (not "lớp
# về hưu", the cohort retiring, nor an uncounted "lớp về quản lý nhà nước" a lead-in phrase names)
_CLASSES_ON = re.compile(rf"\d+\s+(?:{alternation(CLASS_NOUNS)})\s+về(?!\s+(?:{alternation(CLASS_NOT_TOPICS)})(?!\w))")
# the officials' noun may go on ("cán bộ, công chức") before the surplus word
_SURPLUS_AFTER = re.compile(rf"(?:\s*,\s*(?:công chức|viên chức|cán bộ))*\s+(?:{alternation(SURPLUS_AFTER)})(?!\w)")
_SURPLUS = re.compile(rf"(?<!\w)(?:{alternation(SURPLUS_BEFORE)})(?:\s+(?:{alternation(SURPLUS_REACH)}))?\s*$")
_NOT_TRAINING = {metric: cues for metric, cues in STAFF_CUES.items() if metric != "staff_training"}
_POSTS_OF_STAFF = re.compile(rf"\s+(?:{alternation(POSTS_OF_STAFF)})(?!\w)")
# ... ending the clause: a purpose or a place after them ("… so với quy định để đặt hòm phiếu", "… theo quy định tại
# Trung tâm" of cameras) makes them other posts (a review of 0.9.15, helper-156)
_POSTS_DUE = re.compile(rf"\s+(?:{alternation(POSTS_DUE_AFTER)})\s*(?:[.,;]|$)", re.MULTILINE)
_POSTS_LACKING = re.compile(rf"\s+(?:{alternation(POSTS_LACKING)})(?!\w)")


def _people_of_staff_before(scope: Scope) -> bool:
    """People counted by a group in a sentence breaking down a staff figure of the sentence before, with no words of
    their own after them: "… tăng cường 260 cán bộ về các xã. Trong đó, lĩnh vực đất đai có 131 người" (the parts
    of the 260; "Trong số này có 876 người đã có đơn xin nghỉ" tells another act)."""
    previous = scope.previous
    return (
        scope.quantity.unit == "person"
        and previous is not None
        and previous[1].family == "staff"
        and (previous[0].end <= scope.sentence.start or scope.doc.breaks_down(scope.sentence.start))
        and _NOTHING_AFTER.match(scope.doc.low, scope.quantity.end) is not None
        and scope.has(PART_GROUP_NOUNS, scope.clause_start, scope.quantity.start)
    )


_NOTHING_AFTER = re.compile(r"\s*(?:[,;.)]|$)")


_MOVES = TRANSFER["staff_transfer"]
_DENIED_BEFORE = re.compile(rf"(?<!\w)(?:{alternation(NEGATIONS)})(?:\s+được)?\s+$")


def _move_denied(scope: Scope) -> bool:
    """The move verb of the figure's own words is denied: before it ("chưa điều động 80 công chức") or right after it
    ("120 công chức chưa được bố trí về các xã")."""
    low, q = scope.doc.low, scope.quantity
    start, end = scope.own_words()
    before = scope.doc.cues(_MOVES, start, q.start, scope.sentence)
    if before:  # the figure's own verb: "đã điều động 80 công chức … mà không bố trí được nhà ở" is moved
        return bool(_DENIED_BEFORE.search(low, max(start, before[-1].start() - WORD_REACH), before[-1].start()))
    after = scope.doc.cues(_MOVES, q.end, end, scope.sentence)
    return bool(after) and bool(_DENIED_BEFORE.search(low, max(q.end, after[0].start() - WORD_REACH), after[0].start()))


_PART_INTRODUCED = re.compile(rf"[,:;]?\s*(?:{alternation(PART_INTRODUCERS)})\s*:?\s*$")
_PART_JOINED = re.compile(r"\s*(?:,|và)\s*$")


def _part_introduced(scope: Scope) -> bool:
    """The figure is a part the figure before in its sentence is broken into ("…, gồm 42 công chức và 22 viên chức"):
    a part introducer right before it, or a comma or "và" after an earlier part."""
    previous = scope.previous
    if previous is None or previous[1].family != "staff" or previous[0].end < scope.sentence.start:
        return False
    if previous[1].metric not in ("staff_transfer", "staff_shortage"):
        return False
    between = scope.doc.low[previous[0].end : scope.quantity.start]
    if _PART_INTRODUCED.search(between) and len(between) < _PART_GAP:
        return True
    return previous[1].rule == "staff.sibling" and bool(_PART_JOINED.fullmatch(between))


_PART_GAP = 80  # characters between the whole and its first part: a few words ("… từ xã thừa sang xã thiếu, gồm")
_POSTS_AT = re.compile(rf"(?<!\w)(?:{alternation(POSTS_AT)})\s+$")


def _posts_of_people_before(scope: Scope) -> bool:
    """Posts counted right after a locative that follows a count of people in their sentence: "thiếu 935 người ở 27
    vị trí việc làm" (lang/vi/staff.py POSTS_AT)."""
    q, previous = scope.quantity, scope.previous
    if q.noun not in POST_NOUNS or previous is None or previous[0].unit != "person":
        return False
    if previous[0].end < scope.sentence.start or previous[0].noun in POST_NOUNS:
        return False  # the people told in the sentence ("thiếu 935 người, tập trung ở 27 vị trí việc làm")
    return _POSTS_AT.search(scope.doc.low, max(previous[0].end, q.start - 8), q.start) is not None


_LACK_BEFORE = re.compile(rf"(?<!\w)(?:{alternation(POSTS_LACKING)})\s+$")
_VACANT = re.compile(rf"(?:\s+(?:{alternation(POSTS_OF_STAFF)}))?\s+(?:{alternation(VACANT_AFTER)})(?!\w)")


def _lacking_after(scope: Scope) -> bool:
    """A shortage word in the figure's own words after it: "106 công chức cấp xã còn thiếu so với định mức"."""
    return scope.has(STAFF_CUES["staff_shortage"], scope.quantity.end, own_phrase_end(scope))


def _specialty(scope: Scope) -> str | None:
    """'39 chuyên ngành kế toán, 18 ...' -> 'kế toán'."""
    if scope.quantity.noun != "chuyên ngành":
        return None
    rest = scope.doc.text[scope.quantity.end : scope.right]
    cut = _SPECIALTY_END.search(rest)
    name = rest[: cut.start() if cut else len(rest)].strip(" ,")
    return name or None
