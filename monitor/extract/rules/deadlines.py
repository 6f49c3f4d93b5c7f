"""Dated obligations: "yêu cầu báo cáo ... trước ngày 15/11/2025"."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from monitor.extract.context import Finding, SentenceScope
from monitor.extract.date_values import resolve
from monitor.extract.dates import DateMention, ResolvedDate
from monitor.extract.document import Document
from monitor.extract.lang.vi.cues import PASSIVE_MARKERS
from monitor.extract.lang.vi.dates import DAY_WORDS
from monitor.extract.lang.vi.deadlines import (
    BY_DATE_CUES_AFTER,
    BY_DATE_MARKERS,
    COMPLETION_CUES,
    CONDITION_OPENERS,
    DEADLINE_CUES,
    DEADLINE_CUES_AFTER,
    DEADLINE_DATE_MARKERS,
    DEADLINE_HEADS,
    DEADLINE_LABEL_MARKERS,
    DEADLINE_LABEL_TASK_WORDS,
    DEADLINE_LABELS,
    DONE_CUES,
    ELIGIBILITY_AFTER_CUE,
    MET_DEADLINE_CUES,
    MONTH_LIMIT_MARKERS,
    PLANNED_ACT_BEFORE,
    PLANNED_ACT_CLAUSE_OPENERS,
    PLANNED_ACT_COMPARED,
    PLANNED_ACT_CONDITIONS,
    PLANNED_ACT_NOT_AFTER,
    PLANNED_ACT_WITHIN_WORDS,
    PLANNED_COMPLETION_AFTER,
    SPAN_END_MARKERS,
)
from monitor.extract.lang.vi.staff import STAFF_CUES
from monitor.extract.patterns import alternation, line_start, optional_words
from monitor.extract.rules.deadline_periods import (
    INSTRUCTED,
    completion_first,
    end_of_clause,
    month_end_limit,
    month_limit,
    start_of_clause,
    year_limit,
)
from monitor.extract.tokenize import Sentence

# "trước ngày 15/11", "hạn chót là ngày 5/10", "trước 17h ngày 18/7" (an hour may precede the day)
_MARKER_BEFORE = re.compile(
    r"(?<!tính )(?:" + alternation(DEADLINE_DATE_MARKERS) + r")\s*(?:là\s*)?"
    r"(?:\d{1,2}\s*(?:h|giờ)(?:\s*\d{2})?(?:\s*phút)?,?\s*)?(?:ngày\s*)?$"
)
_POINT_KINDS = ("dm", "dmy", "dtm", "month", "relmonth")  # "trước cuối tháng này"
_SPAN_END = re.compile(rf"(?:{alternation(SPAN_END_MARKERS)})(?!\w)")
_LABELLED = re.compile(
    rf"(?<!\w)(?:{alternation(DEADLINE_LABELS)})(?:\s+[^\W\d]+){{0,{DEADLINE_LABEL_TASK_WORDS}}}?\s*:\s*"
    rf"(?:(?:{alternation(DEADLINE_LABEL_MARKERS)})\s+)?(?:ngày\s+)?$"
)
_NAMED_DATE = re.compile(r"(?<!\w)(?:là|vào)\s*(?:ngày\s*)?$")  # "hạn chót … là ngày 31/10"
_DAY_DATE = re.compile(rf"(?<!\w)(?:{alternation(DAY_WORDS)})\s*$")
_SUBJECTS = {
    "staff_transfer": tuple(c for cues in STAFF_CUES.values() for c in cues),
    "procedures": ("thủ tục", "tthc", "dịch vụ công"),
    "dossiers_resolved": ("hồ sơ",),
}


@dataclass(slots=True)
class Deadline:
    start: int
    end: int
    date: DateMention
    status: str
    subject: str | None
    # a limit read only when it has not passed on the publication day: a month heading a timeline's line ("Trong
    # tháng 9/2025: tham mưu …") is a task's limit ahead, a past month's line a bulletin's results
    ahead_only: bool = False


def read(told: SentenceScope) -> list[Finding]:
    """The sentence's obligations with a date, each dated on its day and placed where its span starts."""
    found = []
    for deadline in scan(told.doc, told.sentence, told.dates):
        resolved = resolve(deadline.date, told.anchor, future=deadline.status != "done") if told.anchor else None
        if resolved is None:
            continue
        if deadline.ahead_only and told.anchor and _passed(resolved, told.anchor, deadline.start, told.doc):
            continue
        province, _ = told.place_at(deadline.start)
        values = {
            "status": deadline.status,
            "province": province,
            # a year's or a whole month's limit is its last day
            "as_of": resolved.period_end
            if (
                deadline.date.kind in ("year", "years", "relyear", "quarter", "relquarter", "monthstart")
                or (deadline.date.kind == "month" and not deadline.date.part)
            )
            and resolved.period_end
            else resolved.as_of,
            "date_source": "text",
            "subject": deadline.subject,
        }
        found.append(Finding(deadline.start, deadline.end, values))
    return found


def scan(doc: Document, sentence: Sentence, dates: list[DateMention]) -> list[Deadline]:
    found = []
    for mention in dates:
        if mention.kind in ("year", "years", "relyear"):
            year_span = year_limit(doc, sentence, mention)
            if year_span is not None:
                subject = _subject(doc, sentence, *year_span)
                found.append(Deadline(*year_span, mention, "planned", subject, completion_first(doc, year_span)))
            continue
        if mention.kind in ("month", "quarter", "relquarter", "monthstart") and not mention.part:
            timeline = _timeline_period(doc, sentence, mention)
            if timeline is not None:
                found.append(Deadline(*timeline, mention, "planned", _subject(doc, sentence, *timeline), True))
                continue
            month_span = month_limit(doc, sentence, mention)
            if month_span is not None:
                subject = _subject(doc, sentence, *month_span)
                found.append(Deadline(*month_span, mention, "planned", subject, completion_first(doc, month_span)))
            continue
        if mention.kind not in _POINT_KINDS or (mention.kind in ("month", "relmonth") and not mention.part):
            continue
        month_end = month_end_limit(doc, sentence, mention)
        if month_end is not None:
            found.append(Deadline(*month_end, mention, "planned", _subject(doc, sentence, *month_end)))
            continue
        labelled = _LABELLED.search(doc.low, max(sentence.start, mention.start - 45), mention.start)
        if labelled:
            span = (labelled.start(), mention.end)  # "Thời gian thực hiện: đến hết ngày 30/11/2025"
        elif _MARKER_BEFORE.search(doc.low, max(sentence.start, mention.start - 25), mention.start):
            span = _obligation(doc, sentence, mention) or _timeline_item(doc, sentence, mention)
        else:
            span = _headed(doc, sentence, mention) or _met(doc, sentence, mention)
        if span is None:
            continue  # "Trước ngày 1/7, có 279 cán bộ ... đã được điều động": a report, not an obligation
        if _condition(doc, sentence, mention):
            continue  # "Họ phải có tên trong danh sách … đến hết ngày 31/12/2025": who qualifies, nothing due
        start, end = span
        done = doc.cues(DONE_CUES, sentence.start, sentence.end, sentence) or doc.cues(
            MET_DEADLINE_CUES, start, end, sentence
        )
        found.append(Deadline(start, end, mention, "done" if done else "planned", _subject(doc, sentence, start, end)))
    return found


def _subject(doc: Document, sentence: Sentence, start: int, end: int) -> str | None:
    return next((name for name, words in _SUBJECTS.items() if doc.cues(words, start, end, sentence)), None)


def _passed(resolved: ResolvedDate, anchor: dt.date, start: int, doc: Document) -> bool:
    """Whether a limit read only ahead has passed: a timeline's month already begun on the publication day is a
    bulletin's ("▪ Trong tháng 9/2025: tiếp nhận … 12.000 hồ sơ" told on 29 September), a completion's limit gone by."""
    if doc.low.startswith(COMPLETION_CUES, start):
        return (resolved.period_end or resolved.as_of) < anchor
    return (resolved.period_start or resolved.as_of) < anchor


def _obligation(doc: Document, sentence: Sentence, mention: DateMention) -> tuple[int, int] | None:
    """The evidence of an obligation with this date: from its cue to the date, or from the date to the cue."""
    cues = doc.cues(DEADLINE_CUES, sentence.start, mention.start, sentence)
    if cues and all(_SPAN_END.match(doc.low, cue.start()) for cue in cues):
        # "… từ ngày 1/7, chậm nhất đến ngày 30/6/2027": a span's latest end, nothing due on it — unless an obligation
        # follows it: "Chậm nhất đến ngày 31/12/2026, các địa phương phải hoàn thành …" (a black-box probe of 0.9.25,
        # helper-171)
        reach = min(sentence.end, mention.end + _OBLIGED_AFTER_WITHIN)
        after = doc.cues(DEADLINE_CUES_AFTER, mention.end, reach, sentence)
        return (cues[0].start(), end_of_clause(doc, sentence, after[0].end())) if after else None
    if cues:
        return (cues[-1].start() if len(cues) == 1 else cues[0].start()), mention.end
    marker = _MARKER_BEFORE.search(doc.low, max(sentence.start, mention.start - 25), mention.start)
    if marker and marker.group().startswith(BY_DATE_MARKERS):
        verb = INSTRUCTED.search(doc.low, max(sentence.start, marker.start() - 80), marker.start())
        if verb and not doc.cues((*DONE_CUES, "đã"), sentence.start, marker.start(), sentence):
            return verb.start(), mention.end  # "gửi về Sở Nội vụ trước 10 giờ ngày 18/8"
    clause_end = end_of_clause(doc, sentence, mention.end)
    after_cues = DEADLINE_CUES_AFTER + PLANNED_COMPLETION_AFTER
    if marker and marker.group().startswith(BY_DATE_MARKERS):
        after_cues += BY_DATE_CUES_AFTER
    after = doc.cues(after_cues, mention.end, clause_end, sentence)
    if marker and after:
        return marker.start(), clause_end
    act = _planned_act(doc, sentence, marker) if marker and marker.group().startswith(BY_DATE_MARKERS) else None
    if act is not None:
        return act, mention.end  # "… sẽ thông qua nghị quyết … trước ngày 30/6/2025"
    return None


_OBLIGED_AFTER_WITHIN = 40  # characters from a span's latest end to the obligation told after it
_PLANNED_ACT = re.compile(rf"(?<!\w)(?:{alternation(PLANNED_ACT_BEFORE)})(?!\w)(?P<act>[^;:.]*?)\s*$")
# a comma may join the act's verbs ("sẽ thông qua nghị quyết sắp xếp, tổ chức lại đơn vị hành chính … trước ngày
# 30/6"), not open the marker's own clause ("sẽ tiếp tục theo dõi, trước ngày 1/7 toàn tỉnh có …", "…, bởi trước ngày")
_MARKER_OPENS_CLAUSE = re.compile(rf",\s*(?:(?:{alternation(PLANNED_ACT_CLAUSE_OPENERS)})\s+)?$")
_PLANNED_CUE = re.compile(rf"(?<!\w)(?:{alternation(PLANNED_ACT_BEFORE)})(?!\w)")
_PLANNED_NOT_AFTER = re.compile(rf"\s+(?:sẽ\s+)?(?:{alternation(PLANNED_ACT_NOT_AFTER)})(?!\w)")
_COMPARED_MARKER = re.compile(rf"(?<!\w)(?:{alternation(PLANNED_ACT_COMPARED)})\s*$")
_PASSIVE = re.compile(rf"(?<!\w)(?:{alternation(PASSIVE_MARKERS)})(?!\w)")
_CONDITION = re.compile(rf"(?<!\w)(?:{alternation(PLANNED_ACT_CONDITIONS)})(?!\w)")


def _planned_act(doc: Document, sentence: Sentence, marker: re.Match[str]) -> int | None:
    """An act told as to come right before a limit marked "trước", in its comma clause: "Ủy ban Thường vụ Quốc hội sẽ
    thông qua nghị quyết … trước ngày 30/6/2025", "Dự kiến trước ngày 15/5, HĐND cấp huyện tổ chức kỳ họp" (the cue
    right before the marker). Not a count, a forecast, a benefit, a denial or an event after the cue, a marker that
    compares, a second passive after the cue (its verb another's: "Danh sách công chức sẽ nghỉ việc … được Sở Nội vụ
    tổng hợp trước ngày 15/8"), a condition in the sentence, or a result before the marker."""
    low = doc.low
    found = _PLANNED_ACT.search(low, max(sentence.start, marker.start() - 120), marker.start())
    if found is None or len(found.group("act").split()) > PLANNED_ACT_WITHIN_WORDS:
        return None
    act = found.group("act")
    if _MARKER_OPENS_CLAUSE.search(low, found.start("act"), marker.start()):
        return None
    cues = _PLANNED_CUE.finditer(low, found.start(), marker.start())
    if any(_PLANNED_NOT_AFTER.match(low, cue.end()) for cue in cues):
        return None
    if _COMPARED_MARKER.search(low, max(0, marker.start() - 12), marker.start()):
        return None
    passives = list(_PASSIVE.finditer(act))
    if passives and (len(passives) > 1 or act[: passives[0].start()].strip()):
        return None
    if _CONDITION.search(low, sentence.start, marker.start()) or doc.cues(
        (*DONE_CUES, "đã"), found.start(), marker.start(), sentence
    ):
        return None
    return found.start()


# a timeline's item: a line opening on its limit, the act after a colon ("Trước ngày 12/4/2025: xây dựng đề án …")
_LINE_OPENS_ON_LIMIT = re.compile(
    rf"[^\w\n]*(?:{alternation(DEADLINE_DATE_MARKERS)})\s*{optional_words(DAY_WORDS)}$"
)  # past a bullet or a pictograph ("- Trước ngày 12/4:", "▪ Trước ngày 12/4:")
# a month opening a timeline's line: "▪ Trong tháng 9/2025: tham mưu Chính phủ ban hành quy định …"
_LINE_OPENS_ON_MONTH = re.compile(rf"[^\w\n]*(?:{alternation(MONTH_LIMIT_MARKERS)})\s*$")
_ACT_AFTER_COLON = re.compile(r"\s*:\s*[^\W\d]")


def _timeline_period(doc: Document, sentence: Sentence, mention: DateMention) -> tuple[int, int] | None:
    """ "▪ Trong tháng 9/2025: tham mưu Chính phủ ban hành quy định …": a month (or a quarter, a month's first days)
    opening a timeline's line, its task after the colon, no count in it (read only when the period has not begun:
    Deadline.ahead_only)."""
    first = line_start(doc.low, mention.start)
    if not _LINE_OPENS_ON_MONTH.fullmatch(doc.low, first, mention.start):
        return None
    if not _ACT_AFTER_COLON.match(doc.low, mention.end):
        return None
    end = end_of_clause(doc, sentence, mention.end)
    if _DIGIT.search(doc.low, mention.end, end):
        return None  # "▪ Trong tháng 9/2025: tiếp nhận và giải quyết 12.000 hồ sơ": a bulletin's result, no task
    return max(first, sentence.start), end


_DIGIT = re.compile(r"\d")


def _timeline_item(doc: Document, sentence: Sentence, mention: DateMention) -> tuple[int, int] | None:
    """ "Trước ngày 12/4/2025: xây dựng đề án sắp xếp …, gửi Sở Nội vụ": the line's limit, its act after the colon."""
    first = line_start(doc.low, mention.start)
    if not _LINE_OPENS_ON_LIMIT.fullmatch(doc.low, first, mention.start):
        return None
    if not _ACT_AFTER_COLON.match(doc.low, mention.end):
        return None
    end = end_of_clause(doc, sentence, mention.end)
    if doc.cues((*DONE_CUES, "đã"), mention.end, end, sentence):
        return None  # "– Đến ngày 25/8: thành phố đã phê duyệt 2.054 quy trình": a bulletin's result, no task
    return max(first, sentence.start), end


def _headed(doc: Document, sentence: Sentence, mention: DateMention) -> tuple[int, int] | None:
    """ "Hạn chót để các xã hoàn thành kết nối hệ thống là ngày 31/10": the deadline named, then its date."""
    if not _NAMED_DATE.search(doc.low, max(sentence.start, mention.start - 12), mention.start):
        return None
    heads = doc.cues(DEADLINE_HEADS, start_of_clause(doc, sentence, mention.start), mention.start, sentence)
    return (heads[0].start(), mention.end) if heads else None


def _met(doc: Document, sentence: Sentence, mention: DateMention) -> tuple[int, int] | None:
    """ "đã hoàn thành đúng hạn việc công bố danh mục thủ tục ngày 30/9": a deadline met, on its day."""
    if not _DAY_DATE.search(doc.low, max(sentence.start, mention.start - 8), mention.start):
        return None
    met = doc.cues(MET_DEADLINE_CUES, start_of_clause(doc, sentence, mention.start), mention.start, sentence)
    return (met[-1].start(), mention.end) if met else None


_ELIGIBILITY = re.compile(rf"\s+(?:{alternation(ELIGIBILITY_AFTER_CUE)})(?!\w)")
_CONDITION_OPENS = re.compile(rf"[\W\d]*(?:{alternation(CONDITION_OPENERS)})(?!\w)")


def _condition(doc: Document, sentence: Sentence, mention: DateMention) -> bool:
    """A date inside a condition of who qualifies, not a limit: the obligation before it requires a state of the
    person ("phải có tên trong danh sách … đến hết ngày 31/12/2025"), or the clause opens on whom it speaks of and
    tells the date in that description, before any obligation ("Người … nghỉ việc trước ngày 31/12 phải hoàn trả")."""
    start = start_of_clause(doc, sentence, mention.start)
    cues = doc.cues(DEADLINE_CUES, start, mention.start, sentence)
    if cues:
        return _ELIGIBILITY.match(doc.low, cues[-1].end()) is not None
    return _CONDITION_OPENS.match(doc.low, start) is not None and "," not in doc.low[start : mention.start]
