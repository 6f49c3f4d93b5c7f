"""Percentages: a share of dossiers or procedures, or a cut in processing time."""

from __future__ import annotations

import re

from monitor.extract.context import Reading, Scope
from monitor.extract.lang.vi.dossiers import CHANNEL_LABELS, DOSSIER_CUES
from monitor.extract.lang.vi.money import ALLOWANCE_CUES, PAY_BASES, PAY_DRAWN
from monitor.extract.lang.vi.shares import (
    DOSSIER_SHARE_NOUNS,
    OTHER_COUNTED_OBJECTS,
    OTHER_CUT_OBJECTS,
    OTHER_RATE_OBJECTS,
    PLAN_SHARE_AFTER,
    PROCESSING_TIME_CUES,
    PROCESSING_TIME_OBJECT,
    RATE_WORDS,
    WHOLE_AFTER_SHARE,
)
from monitor.extract.lang.vi.staff import (
    SHARE_MOVES,
    STAFF_CUES,
)
from monitor.extract.lang.vi.status import AIM_WORDS, TARGET_NOUNS
from monitor.extract.lang.vi.units import COUNT_NOUNS
from monitor.extract.patterns import alternation, line_start, squeeze
from monitor.extract.rules import dossiers, procedures
from monitor.extract.rules.phrase import changed, margin, negated
from monitor.extract.rules.staff_terms import OFFICIALS, moves_share, staff_share
from monitor.extract.status_cues import result_opens_clause

_DOSSIER_RATE_CUES = tuple(
    cue for metric in ("dossiers_on_time", "dossiers_online", "dossiers_resolved") for cue in DOSSIER_CUES[metric]
)
_ON_TIME_CUES = DOSSIER_CUES["dossiers_on_time"]
_NOUN_AFTER = re.compile(r"\s*(" + alternation(COUNT_NOUNS) + r")(?!\w)")
_OTHER_CUT_AFTER = re.compile(r"\s*(?:" + alternation(OTHER_CUT_OBJECTS) + r")(?!\w)")
_DOSSIER_NOUN_AFTER = re.compile(r"\s*(?:" + alternation(DOSSIER_SHARE_NOUNS) + r")(?!\w)")
_PLAN_AFTER = re.compile(r"\s*(?:" + alternation(PLAN_SHARE_AFTER) + r")(?!\w)")
_WHOLE_AFTER = re.compile(r"\s*(?:" + alternation(WHOLE_AFTER_SHARE) + r")(?!\w)")
_OFFICIALS_AFTER = re.compile(rf"\s*(?:số\s+)?(?:{alternation(OFFICIALS)})(?!\w)")
_OTHER_STAFF_STEPS = STAFF_CUES["staff_training"] + STAFF_CUES["staff_shortage"]
# a rate naming its object right after the rate word: "Tỷ lệ số hóa hồ sơ, kết quả giải quyết … đạt 91,02%" is one of
# digitisation, whatever its list of objects goes on to name; "tỷ lệ hồ sơ trực tuyến" names its own count noun
_RATE_OF_OTHER = re.compile(rf"(?<!\w)(?:{alternation(RATE_WORDS)})\s+(?:{alternation(OTHER_RATE_OBJECTS)})(?!\w)")
_RATE_OF_NOUN = re.compile(rf"(?<!\w)(?:{alternation(RATE_WORDS)})\s+({alternation(COUNT_NOUNS)})(?!\w)")
_SHARE_OF_PREVIOUS = re.compile(r"(?:chiếm|bằng|tương đương|đạt tỷ lệ|đạt tỉ lệ|,)\s*(?:tỷ lệ|tỉ lệ)?\s*$")


def read(scope: Scope) -> Reading | None:
    q = scope.quantity
    if margin(scope):
        return None  # "…, vượt 25% so với chỉ tiêu": a margin over the target, no share of its own
    # "cắt giảm 50% thời gian giải quyết", "thời gian giải quyết được rút ngắn 40%"
    if (
        scope.has(PROCESSING_TIME_CUES, scope.clause_start, q.start)
        and scope.has(PROCESSING_TIME_OBJECT, scope.clause_start, scope.right)
        and not _NOUN_AFTER.match(scope.doc.low, q.end, scope.right)  # "100% TTHC được thực hiện trực tuyến"
        and not _cut_of_another_object(scope)  # "ít nhất 30% chi phí tuân thủ"
    ):
        return Reading("processing_time_cut", "shares.time_cut")
    if changed(scope):
        return None
    if _PAY_BASE_AFTER.match(scope.doc.low, q.end) and _SUPPORT_BEFORE.search(scope.doc.low, q.start - 30, q.start):
        return Reading("allowance", "shares.of_pay")  # "hỗ trợ 25% mức lương hiện hưởng": an allowance in % of pay
    if _share_of_officials_moved(scope):
        return Reading("staff_transfer", "staff.share", family="staff")
    if _share_of_officials_trained(scope):
        return Reading("staff_training", "staff.training_share", family="staff")
    if _PLAN_AFTER.match(scope.doc.low, q.end, scope.right):
        return None  # "đạt 100% kế hoạch": how much of a plan is done
    if (
        scope.has(OTHER_RATE_OBJECTS, scope.own_words()[0], q.start)
        or scope.has(OTHER_COUNTED_OBJECTS, scope.left, q.start)
        or _RATE_OF_OTHER.search(scope.doc.low, scope.left, q.start)
    ):
        # a rate of payments, digitisation or satisfaction, or of a figure before it that counts none of the
        # metrics ("bỏ 2.028/7.806 điều kiện kinh doanh, tức 26%"), not of dossiers or procedures
        return None
    if _of_another_whole(scope):
        # "461 thủ tục … (chiếm 50,56% tổng số hồ sơ)": the dossiers a group of procedures brings, a breakdown
        # of another whole than the figure before, counted by no metric
        return None
    if _result_of_the_aim_before(scope):
        # "đặt chỉ tiêu 90% hồ sơ được giải quyết trực tuyến; đến nay đã đạt 86%": the result of the aim told before
        told = scope.previous[1]  # type: ignore[index]
        return Reading(told.metric, "shares.of_previous", kind=told.kind, level=told.level, family=told.family)
    family = _family(scope)
    if family == "procedure":
        reading = procedures.read(scope)
        told_before = scope.previous is not None and scope.previous[1].family == "procedure"
        if (
            reading
            and reading.rule == "procedures.plain"
            and not told_before
            and _BASE_AFTER.match(scope.doc.low, scope.quantity.end)
        ):
            return None  # "95% số thủ tục hành chính đang cung cấp": a share of procedures of no kind, of nothing told
    elif family == "dossier":
        reading = dossiers.read(scope)
    else:
        return None
    if reading and scope.previous and _of_previous(scope):
        reading.metric, reading.kind = scope.previous[1].metric, scope.previous[1].kind
        reading.rule = "shares.of_previous"
    if reading and reading.metric == "dossiers_received":
        # a share of the dossiers received is a channel's ("38.555 hồ sơ nộp trực tiếp hoặc qua bưu chính (chiếm
        # 56,6%)", "Tiếp nhận trực tiếp: 212.790 hồ sơ (40,05%)"): the online channel's is dossiers_online, the
        # counter's and the post's no metric's; receiving has counts only (facts.md)
        return None
    return reading


# the whole a share names after it: "50,56% tổng số hồ sơ", "43,55% số hồ sơ"
_BASE_AFTER = re.compile(r"\s*(?:tổng số|số)\s+(" + alternation(COUNT_NOUNS) + r")(?!\w)")


def _cut_of_another_object(scope: Scope) -> bool:
    """A cut naming right after it an object other than the time, and not the time among the objects it lists:
    "ít nhất 30% chi phí tuân thủ" is a cut of costs; "tối thiểu 30% điều kiện kinh doanh, chi phí tuân thủ và thời
    gian thực hiện TTHC" is one of the time too."""
    q = scope.quantity
    if not _OTHER_CUT_AFTER.match(scope.doc.low, q.end, scope.right):
        return False
    return not scope.has(PROCESSING_TIME_OBJECT, q.end, scope.right)


def _of_another_whole(scope: Scope) -> bool:
    """A share told as the figure before's ("chiếm", in brackets) that names a whole of another family than
    that figure: procedures' dossiers, not the procedures' share."""
    base = _BASE_AFTER.match(scope.doc.low, scope.quantity.end, scope.right)
    previous = scope.previous
    if base is None or previous is None or not previous[1].family:
        return False
    if _SHARE_OF_PREVIOUS.search(scope.doc.low, scope.left, scope.quantity.start) is None:
        return False
    return COUNT_NOUNS[squeeze(base.group(1))] != previous[1].family


def _of_previous(scope: Scope) -> bool:
    """ "giải quyết 233.000 hồ sơ, chiếm 94,7%": the share is of the figure before, unless a cue of its
    own stands between them ("trong đó hồ sơ trực tuyến chiếm 61,2%")."""
    q, low = scope.quantity, scope.doc.low
    previous = scope.previous
    if previous and previous[0].end >= scope.clause_start and _WHOLE_AFTER.match(low, q.end):
        return True  # "đã giải quyết 95.318 hồ sơ, đạt 97,2% số hồ sơ tiếp nhận"
    marker = _SHARE_OF_PREVIOUS.search(low, scope.left, q.start)
    if marker is None:
        return False
    # before a comma the words are the previous figure's: "… trên tổng số 295.100 hồ sơ tiếp nhận, đạt tỷ lệ 97,1%"
    own_start = max(scope.left, low.rfind(",", scope.left, marker.start()) + 1)
    if scope.first_key(DOSSIER_CUES, own_start, marker.start()) is not None:
        return False
    # after a bare comma, the share's own words may name another step: "giải quyết 5.127 hồ sơ, 64,7% hồ sơ được
    # nộp trực tuyến"; "đã giải quyết 6.190 hồ sơ, 93,6% được giải quyết trước hạn"; "753 hồ sơ, 100% đúng và
    # trước hạn"
    comma = low.find(",", q.end, scope.right)
    own_after = scope.first_key(DOSSIER_CUES, q.end, scope.right if comma < 0 else comma)
    told_before = previous[1].metric if previous else None
    if own_after not in (None, told_before) and _NOUN_AFTER.match(low, q.end, scope.right):
        # the share names its own noun and step: "57 hồ sơ nộp trực tiếp, tương đương khoảng 96,5% hồ sơ được nộp qua
        # môi trường số" is of the online dossiers, not of the 57
        return False
    return marker.group().strip() != "," or own_after in (None, told_before)


# the nouns that make a share in their clause one of their family when nothing nearer says: dossiers named anywhere
# in it, procedures only by the field's abbreviation ("DVCTT"). A clause naming "thủ tục" is too often the subject of
# other shares: read so, eleven sets lost precision (0.8.60, measured and left out)
_CLAUSE_NOUNS = {"hồ sơ": "dossier", "dvctt": "procedure"}


_LABEL_BEFORE = re.compile(r":\s*$")


def _family(scope: Scope) -> str | None:
    """What the share is of: the noun right after it, the figure before it, or the clause's noun."""
    noun = _NOUN_AFTER.match(scope.doc.low, scope.quantity.end, scope.right) or _BASE_AFTER.match(
        scope.doc.low, scope.quantity.end, scope.right
    )  # "17% số thủ tục hành chính có dịch vụ công trực tuyến toàn trình"
    if noun:
        return COUNT_NOUNS[squeeze(noun.group(1))]
    if _DOSSIER_NOUN_AFTER.match(scope.doc.low, scope.quantity.end, scope.right):
        return "dossier"
    # a rate naming its count noun in the share's own words: "837 dịch vụ công trực tuyến, tỷ lệ hồ sơ trực tuyến
    # cấp xã đạt 74,57%" is of dossiers, whatever the figure before counts
    named = _RATE_OF_NOUN.search(scope.doc.low, scope.own_words()[0], scope.quantity.start)
    if named:
        return COUNT_NOUNS[squeeze(named.group(1))]
    # the figure before lends its family within its clause, or to a clause breaking it down ("…; trong đó An
    # Giang đạt 100%"); after ";" a new one begins ("… 1.056 dịch vụ công trực tuyến; trong 9 tháng, tỷ lệ hồ sơ
    # trực tuyến đạt 61,8%")
    if scope.previous and scope.previous[1].family and scope.goes_on_from_previous():
        return scope.previous[1].family
    clause = scope.doc.low[scope.clause_start : scope.clause_end]
    positions = {unit: clause.find(noun) for noun, unit in _CLAUSE_NOUNS.items()}
    present = {unit: at for unit, at in positions.items() if at >= 0}
    if present:
        return min(present, key=present.get)
    # "Tỷ lệ giải quyết đúng hạn đạt 99,5%": a rate of a dossier cue needs no "hồ sơ"; nor does a table row's label
    # ("Xã nộp trực tuyến cao nhất | xã Phú Vang đạt 99,59%"), a rate's name of its own
    labelled = "|" in scope.doc.text[scope.sentence.start : scope.quantity.start]
    if (labelled or scope.has(RATE_WORDS, scope.clause_start, scope.quantity.start)) and scope.has(
        _DOSSIER_RATE_CUES, scope.clause_start, scope.quantity.start
    ):
        return "dossier"
    # a label's colon names the rate too, of time limits only ("văn bản điện tử: 100%" is no dossier's channel)
    colon = _LABEL_BEFORE.search(scope.doc.low, max(scope.clause_start, scope.quantity.start - 3), scope.quantity.start)
    if colon and scope.has(_ON_TIME_CUES, scope.clause_start, scope.quantity.start):
        return "dossier"
    # ... and of the online channel alone under lines of dossiers: "Hồ sơ tiếp nhận: 18.300" then "Trực tuyến: 76%"
    if (
        colon
        and _CHANNEL_LABEL.fullmatch(scope.doc.low, line_start(scope.doc.low, scope.quantity.start), colon.start())
        and _dossiers_above(scope)
    ):
        return "dossier"
    return None


# the support word right before the share, a few words at most, no comma ("chi phí này chiếm tới 40% mức lương hiện
# hưởng" after "Dù được hỗ trợ tiền đi lại," is a cost)
_SUPPORT_BEFORE = re.compile(rf"(?<!\w)(?:{alternation(ALLOWANCE_CUES)})(?:\s+[^\W\d]+){{0,3}}\s+(?:bằng\s+)?$")
_PAY_BASE_AFTER = re.compile(
    rf"\s*(?:{alternation(PAY_BASES)})(?:\s+[^\W\d]+){{0,3}}?\s+(?:{alternation(PAY_DRAWN)})(?!\w)"
)
_CHANNEL_LABEL = re.compile(rf"[^\w\n]*(?:{alternation(CHANNEL_LABELS)})\s*")
_LABEL_LINE = re.compile(r"[^\n:]+:[^\n]*\d[^\n]*")
_DOSSIER_NOUNS = re.compile(
    rf"(?<!\w)(?:{alternation(n for n, unit in COUNT_NOUNS.items() if unit == 'dossier')})(?!\w)"
)


def _dossiers_above(scope: Scope) -> bool:
    """One of the "label: value" lines right above the figure's (blank lines between them allowed) counts dossiers:
    "📥 Hồ sơ tiếp nhận: 18.300", then perhaps "Đúng hạn: 98%", then "Trực tuyến: 76%"."""
    lines = scope.doc.low[: line_start(scope.doc.low, scope.quantity.start)].splitlines()
    for line in reversed([line.strip() for line in lines if line.strip()]):
        if not _LABEL_LINE.fullmatch(line):
            return False
        if _DOSSIER_NOUNS.search(line):
            return True
        if not _DOSSIER_RATE_LABEL.search(line):
            return False  # "Thủ tục hành chính: 1.200" between: the lines above it are no longer the dossiers'
    return False


# a label line of another rate of dossiers, through which the lines above still count them: "Đúng hạn: 98%"
_DOSSIER_RATE_LABEL = re.compile(rf"(?<!\w)(?:{alternation(_DOSSIER_RATE_CUES)})(?!\w)")


def _result_of_the_aim_before(scope: Scope) -> bool:
    """A share in a clause of its own after a semicolon, a result word before it and no noun in the clause, the share
    before it in the sentence an aim's ("chỉ tiêu 90% …; đến nay đã đạt 86%")."""
    previous = scope.previous
    if previous is None or previous[0].unit != "%" or previous[0].end < scope.sentence.start:
        return False
    if not scope.has(TARGET_NOUNS + AIM_WORDS, scope.sentence.start, previous[0].start):
        return False
    clause = (scope.clause_start, scope.quantity.start)
    return result_opens_clause(scope.doc, scope) and not _CLAUSE_NOUN.search(scope.doc.low, *clause)


_CLAUSE_NOUN = re.compile(rf"(?<!\w)(?:{alternation(COUNT_NOUNS)}|tỷ lệ|tỉ lệ)(?!\w)")


def _share_of_officials_moved(scope: Scope) -> bool:
    """A share right before the officials' noun, in a clause that moves them and names no other step of theirs: "lập
    danh sách tối thiểu 5% cán bộ, công chức trong biên chế … để điều động, biệt phái về các xã", "cử khoảng 5% cán
    bộ trong biên chế về công tác ở cơ sở" - the share of officials to be moved (staff_transfer in %)."""
    if not staff_share(scope):
        return False
    # the move governs the figure (in its own words before it) or is told after it ("… để điều động"): "Sau khi điều
    # động, 65% công chức của xã có trình độ đại học" moves no share
    if not moves_share(scope, scope.own_words()[0], scope.clause_end):
        return False
    return not scope.has(_OTHER_STAFF_STEPS, scope.clause_start, scope.clause_end)


_TRAINING_CUES = STAFF_CUES["staff_training"]


def _share_of_officials_trained(scope: Scope) -> bool:
    """A share right before the officials' noun, in a clause that trains them and moves none: "Mục tiêu: 100% cán bộ,
    công chức … tham gia tập huấn kỹ năng số", "100% công chức cấp xã được bồi dưỡng" (staff_training in %)."""
    if not _OFFICIALS_AFTER.match(scope.doc.low, scope.quantity.end):
        return False
    # the training governs the figure from its own phrase, not from a clause before a comma ("Sau khi tập huấn, 65%
    # công chức có trình độ đại học" trains no share)
    phrase_start = max(scope.own_words()[0], scope.doc.low.rfind(",", scope.clause_start, scope.quantity.start) + 1)
    if not scope.has(_TRAINING_CUES, phrase_start, scope.quantity.start) and not scope.has(
        _TRAINING_CUES, scope.quantity.end, scope.clause_end
    ):
        return False
    # "45% công chức cấp xã chưa được đào tạo": the share not trained
    return not scope.has(SHARE_MOVES, scope.clause_start, scope.clause_end) and not negated(scope, _TRAINING_CUES)
