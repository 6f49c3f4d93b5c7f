"""Administrative dossiers: received, resolved, online, on time."""

from __future__ import annotations

import re

from monitor.extract.context import Reading, Scope
from monitor.extract.lang.vi.dossiers import (
    CHANNEL_JOINS,
    COUNTER_CHANNELS,
    DOSSIER_CUES,
    NOT_ADMIN_DOSSIERS,
    NOT_ADMIN_KINDS,
    PENDING_CUES,
)
from monitor.extract.lang.vi.places import COMMUNE_KINDS
from monitor.extract.lang.vi.shares import OTHER_RATE_OBJECTS
from monitor.extract.lang.vi.units import DAILY_BEFORE, DAILY_ENDS, DAILY_NORM_OF
from monitor.extract.patterns import alternation, line_start
from monitor.extract.rules.phrase import changed, negated

_ALL_CUES = tuple(cue for cues in DOSSIER_CUES.values() for cue in cues)


# right after the noun, or after whose dossiers they are: "2.005 hồ sơ của cán bộ, công chức, viên chức xin nghỉ"
# ... or a kind of no citizen's, right after the noun only ("14 hồ sơ tố cáo"; not "…, giảm khiếu nại so với trước")
_NOT_ADMIN = re.compile(
    rf"\s*(?:(?:của\s+[^.;]{{0,80}}?\s)?(?:{alternation(NOT_ADMIN_DOSSIERS)})|(?:{alternation(NOT_ADMIN_KINDS)}))(?!\w)"
)


def read(scope: Scope) -> Reading | None:
    if _NOT_ADMIN.match(scope.doc.low, scope.quantity.end):
        return None  # "2.005 hồ sơ xin nghỉ theo Nghị định 178": officials' own requests, no citizen's dossier
    if scope.local({"pending": PENDING_CUES}) or changed(scope) or negated(scope, _ALL_CUES):
        return None  # still open, a change ("tăng 212 hồ sơ so với tháng 9"), or denied ("chưa được giải quyết")
    if _of_another_step(scope) or _label_of_another_step(scope) or _counted_by_another_step(scope):
        return None  # "90% hồ sơ được số hóa và 80% hồ sơ nộp trực tuyến": the 90% is no metric's
    if _bracketed_share(scope) and scope.in_clause({"pending": PENDING_CUES}):
        return None  # "Đang giải quyết: 20.734 hồ sơ (3,90%)": the share of a count still open is no metric's
    metric, rule = scope.local(DOSSIER_CUES), "dossiers.local"
    # "tiếp nhận 2.148 hồ sơ, 1.930 hồ sơ trực tuyến": the figure before lends its metric in its clause only;
    # after ";" a new rate begins ("tỷ lệ số hóa hồ sơ đạt 95%")
    previous = scope.previous
    if metric is None and previous and previous[1].family == "dossier" and scope.goes_on_from_previous():
        metric, rule = previous[1].metric, "dossiers.sibling"
    if metric is None:
        metric, rule = scope.in_clause(DOSSIER_CUES), "dossiers.clause"
    if metric is None and _whole_of_online_share(scope):
        # "hơn 40.000 hồ sơ, 59,3% nộp trực tuyến": the count the online share is of, the dossiers received
        metric, rule = "dossiers_received", "dossiers.whole_of_share"
    if metric is None and previous and previous[1].family == "dossier" and _elliptical(scope):
        # "phường Kiến An tiếp nhận 680 hồ sơ; phường Ái Quốc khoảng 200 hồ sơ": the verb of the clause before
        metric, rule = previous[1].metric, "dossiers.sibling"
    if metric is None:
        return None
    if scope.quantity.unit == "dossier" and _daily_before(scope):
        scope.quantity.unit = "dossier/day"  # "mỗi ngày trung tâm tiếp nhận khoảng từ 60 đến 80 hồ sơ": a daily intake
    if scope.quantity.unit == "dossier/day" and scope.has(DAILY_NORM_OF, scope.left, scope.quantity.start):
        # "Bình quân mỗi xã tiếp nhận khoảng 40-50 hồ sơ/ngày": a norm, no place's intake (an average over days is
        # what a daily intake is: "Trung bình mỗi ngày, trung tâm tiếp nhận …")
        return None
    if metric == "dossiers_resolved" and _RECEIVED_AND_RESOLVED.search(scope.doc.low, scope.left, scope.quantity.start):
        # "đã tiếp nhận và xử lý hơn 2.700 hồ sơ": the dossiers received, resolved as well (the gold sets' reading)
        metric = "dossiers_received"
    if metric == "dossiers_online" and _of_counter_channel(scope):
        # "134.251 hồ sơ trực tuyến và 21.979 hồ sơ trực tiếp": the count after the online one is the counter's,
        # which is received, not online, whatever it goes on from
        metric, rule = "dossiers_received", "dossiers.counter"
    return Reading(metric, rule, family="dossier")


_ONLINE_CUES = DOSSIER_CUES["dossiers_online"]


def _daily_before(scope: Scope) -> bool:
    """A daily word before the count in its clause, no date or total told between (lang/vi/units.py): "Mỗi ngày,
    với 15 quầy giao dịch, trung tâm tiếp nhận khoảng 500 hồ sơ"."""
    q = scope.quantity
    daily = scope.doc.cues(DAILY_BEFORE, scope.clause_start, q.start, scope.sentence)
    if not daily:
        return False
    start, end = daily[-1].end(), q.start
    # a date between the daily word and the count ("Hàng ngày, …, riêng tháng 8 tiếp nhận 4.500 hồ sơ") ends it; a
    # count of desks or the ward's number does not ("Mỗi ngày, với 15 quầy giao dịch, …", "phường 1")
    return not scope.has(DAILY_ENDS, start, end) and not any(start <= d.start < end for d in scope.dates)


def _whole_of_online_share(scope: Scope) -> bool:
    """A count of dossiers with no step of its own, an online share of it told right after a comma."""
    share = scope.share_after_comma()
    if share is None or scope.quantity.unit != "dossier":
        return False
    return bool(scope.doc.cues(_ONLINE_CUES, share.end, scope.clause_end, scope.sentence))


# a counter channel joined to the online one right after it: the figure counts both channels
_BOTH_CHANNELS = re.compile(rf"\s*(?:{alternation(CHANNEL_JOINS)})\s*(?:qua\s+)?(?:{alternation(_ONLINE_CUES)})(?!\w)")
# "trực tiếp" before a step's verb is the adverb "directly" ("cán bộ trực tiếp tiếp nhận 1.200 hồ sơ"), no channel
_STEP_AFTER = re.compile(rf"\s+(?:{alternation(_ALL_CUES)}|hướng dẫn|hỗ trợ|tham mưu)(?!\w)")


def _of_counter_channel(scope: Scope) -> bool:
    """A count of dossiers whose own words name the channel besides the online one, at the counter or by post
    ("gồm 2.387 hồ sơ trực tuyến và 3.393 hồ sơ trực tiếp", "1.063 hồ sơ nộp trực tiếp", "Tiếp nhận trực tiếp:
    212.790 hồ sơ"): dossiers received by that channel, never online ones. A figure of both channels ("1.200 hồ sơ
    trực tiếp và trực tuyến") is none of the counter's."""
    if scope.quantity.unit == "%":
        return False
    start, end = scope.own_words()
    low = scope.doc.low
    channels = [
        cue
        for cue in scope.doc.cues(COUNTER_CHANNELS, start, end, scope.sentence)
        if not _STEP_AFTER.match(low, cue.end())
    ]
    if not channels or scope.doc.cues(_ONLINE_CUES, start, end, scope.sentence):
        return False
    return not any(_BOTH_CHANNELS.match(low, cue.end()) for cue in channels)


def _elliptical(scope: Scope) -> bool:
    """A clause after ";" that names a commune or ward, or a level alone, and its figure with no verb ("phường Ái Quốc
    khoảng 200 hồ sơ", "cấp xã: khoảng 9,1 triệu hồ sơ"): it goes on with the clause before. The quantity starts at its
    approximation word already."""
    if scope.quantity.unit == "dossier" and _LEVEL_ONLY.fullmatch(
        scope.doc.low, scope.clause_start, scope.quantity.start
    ):
        return True  # "Trong đó cấp tỉnh: khoảng 3 triệu hồ sơ; cấp xã: khoảng 9,1 triệu hồ sơ"
    words = scope.doc.view[scope.clause_start : scope.quantity.start].split()
    if scope.quantity.unit != "dossier" or len(words) < 2 or words[0].lower() not in COMMUNE_KINDS:
        return False
    name = words[1:-1] if words[-1].lower() in _LINKS else words[1:]
    return 0 < len(name) <= 4 and all(w[:1].isupper() for w in name)


# a level alone before the figure, after a colon or with none: "cấp xã: ", "cấp tỉnh "
_LEVEL_ONLY = re.compile(r"\s*(?:riêng\s+)?cấp\s+(?:xã|tỉnh|huyện|trung ương|bộ)\s*:?\s*")
# a link between a place and its figure that is no verb of a step: "phường A có 200 hồ sơ", "xã B với 120 hồ sơ"
_LINKS = ("có", "với")


# a share in brackets right after a count: "20.734 hồ sơ (3,90%)"
_BRACKET_BEFORE = re.compile(r"\(\s*(?:chiếm\s+)?$")


def _bracketed_share(scope: Scope) -> bool:
    """A share in brackets after its count, which it is the share of: it is read as the count is."""
    low = scope.doc.low
    return (
        scope.quantity.unit == "%"
        and _BRACKET_BEFORE.search(low, max(0, scope.quantity.start - 10), scope.quantity.start) is not None
    )


# "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC: trên 86%": a line's label naming its rate first
_LABEL = re.compile(r"[^\n:]{1,80}:\s*$")


def _label_of_another_step(scope: Scope) -> bool:
    """A "label: value" line whose label opens on a step no metric counts (digitising, paying …): its figure
    is that step's rate, whatever else the label goes on to name."""
    line_begin = line_start(scope.doc.low, scope.quantity.start)
    label = _LABEL.match(scope.doc.low, line_begin, scope.quantity.start)
    if label is None:
        return False
    # cues as words (Document.cues), not substrings: "tiếp" is no cue inside "trực tiếp"
    steps = scope.doc.cues(OTHER_RATE_OBJECTS, line_begin, label.end(), scope.sentence)
    if not steps:
        return False
    return not scope.doc.cues(_ALL_CUES, line_begin, steps[0].start(), scope.sentence)


def _counted_by_another_step(scope: Scope) -> bool:
    """The figure's own verb, the last step named before it in its own words, is one no metric counts: "Phường đã số
    hóa 3.860 hồ sơ, kết quả giải quyết thủ tục" counts dossiers digitised, "thanh toán trực tuyến phí, lệ phí cho 420
    hồ sơ" payments (the cue right after the step is the step's own manner); "tiếp nhận và số hóa 1.200 hồ sơ" counts
    dossiers received too."""
    low, start = scope.doc.low, scope.own_words()[0]
    steps = scope.doc.cues(OTHER_RATE_OBJECTS, start, scope.quantity.start, scope.sentence)
    if not steps:
        return False
    step = steps[-1]
    cues = [  # in the clause: a step joined before the own words' "và" is the figure's too
        cue
        for cue in scope.doc.cues(_ALL_CUES, scope.clause_start, scope.quantity.start, scope.sentence)
        if not (cue.start() >= step.end() and _STEP_LINK.fullmatch(low, step.end(), cue.start()))
    ]
    if not cues:
        return True
    last = cues[-1]
    if last.start() > step.start():
        return False
    return not _JOINED.fullmatch(low, last.end(), step.start())


_RECEIVED_AND_RESOLVED = re.compile(
    r"(?<!\w)tiếp nhận\s*(?:,|và)\s*(?:giải quyết|xử lý)(?:\s+(?:xong|được|thành công))?\s+$"
)
# between a step and its own manner or destination: "đồng bộ lên Cổng Dịch vụ công quốc gia", "thanh toán trực tuyến"
_STEP_LINK = re.compile(r"\s*(?:(?:lên|qua|trên|vào|tới)\s+)?")
# a dossier step joined to another one before their figure: "tiếp nhận và số hóa 1.200 hồ sơ"
_JOINED = re.compile(r"\s*(?:,|và)\s*")


def _of_another_step(scope: Scope) -> bool:
    """The figure's own words after it name a step no metric counts: digitising, paying…"""
    return scope.has(OTHER_RATE_OBJECTS, scope.quantity.end, scope.own_words()[1])
