"""When a figure is told for: the article's anchor date, and the date of each figure read against it.

The anchor is the publication date unless the text reports later events as past (then inferred from the
text, as when it is missing); a figure takes the date its own phrase ties to it, else the sentence's, else
the date the text is speaking of, else the anchor (facts.md, Dates).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from monitor.extract.context import Parsed, Scope
from monitor.extract.date_values import resolve
from monitor.extract.dates import DateMention, ResolvedDate
from monitor.extract.document import Document
from monitor.extract.lang.vi.dates import (
    BASELINE_BEFORE,
    CLAUSE_TURNS,
    DATE_AFTER_FIGURE,
    DAY_WORDS,
    FOUNDED_BEFORE,
    FOUNDED_LINKS,
    PAST_CUES,
    SINCE_BEFORE,
    UPCOMING_BEFORE,
    YEAR_FRAME_OPENERS,
)
from monitor.extract.lang.vi.deadlines import DEADLINE_DATE_MARKERS
from monitor.extract.lang.vi.decisions import PROPOSAL_DATE_LINKS, RECALLED_AFTER
from monitor.extract.lang.vi.status import STATUS_CUES
from monitor.extract.layout import cell_index, header_row
from monitor.extract.numbers import Quantity
from monitor.extract.patterns import alternation, open_bracket, optional_words
from monitor.extract.status_cues import is_future, status_end
from monitor.extract.tokenize import Sentence
from monitor.facts import Article

# "tính đến ngày 30/9": the day a report's figures hold for
_AS_OF_MARKER = re.compile(r"(?:tính đến|tính tới)(?:\s+hết)?\s*(?:ngày)?\s*$")


@dataclass(slots=True)
class Anchor:
    """The date yearless dates and undated figures are read against, and where it came from."""

    date: dt.date | None
    source: str | None  # published, inferred
    flag: str | None = None  # contradicted_by_text, missing
    # the day the article's report holds for, when its text names one days before publication ("Tính đến
    # ngày 15/9, …" published on the 16th): its "đến nay" is that day, not the day it was printed
    report: dt.date | None = None


def date_anchor(article: Article, doc: Document, parsed: list[Parsed]) -> Anchor:
    """Trust the publication date unless the text reports later events as past; infer it when missing."""
    explicit: list[dt.date] = []  # dates with their year, to infer a missing publication date
    told: list[tuple[dt.date, bool]] = []  # those not announced as to come (date, told as past), to test a given one
    yearless: list[DateMention] = []
    years: list[int] = []
    months: list[dt.date] = []  # months with their year, not announced as to come
    for item in parsed:
        issued = [d.issued for d in item.documents if d.issued]
        explicit += issued
        told += [(d, True) for d in issued]  # a document is issued in the past
        for mention in item.dates:
            if is_future(doc, item.sentence, mention.end):
                continue
            if mention.kind in ("dmy", "dtm") and mention.year:
                resolved = resolve(mention, dt.date(mention.year, 12, 31))
                if resolved:
                    explicit.append(resolved.as_of)
                    if not _announced(doc, item.sentence, mention):
                        told.append(
                            (
                                resolved.as_of,
                                bool(doc.cues(PAST_CUES, item.sentence.start, item.sentence.end, item.sentence)),
                            )
                        )
            elif mention.kind in ("dm", "dtm", "range") and not mention.has_year:
                yearless.append(mention)
            if mention.kind in ("year", "firstmonths", "half", "quarter", "month") and mention.year:
                years.append(mention.year)
            if mention.kind == "month" and mention.year:
                # "tính đến cuối tháng 9/2025": a month with its year told as past dates a report as well as a day
                # does; it infers a missing publication date, never contradicts a given one
                resolved = resolve(mention, dt.date(mention.year, 12, 31))
                if resolved:
                    months.append(resolved.period_end or resolved.as_of)
    published = article.published_at
    if published:
        # later and told as past, or months later: the given date cannot be the article's
        later = [d for d, past in told if d > published + dt.timedelta(days=1 if past else _FAR_AHEAD_DAYS)]
        if later:
            return Anchor(max(later), "inferred", "contradicted_by_text")
        return Anchor(published, "published")
    years += [d.year for d in explicit]
    if not years:
        return Anchor(None, None, "missing")
    provisional = dt.date(max(years), 12, 31)
    candidates = explicit + months
    for mention in yearless:
        resolved = resolve(mention, provisional)
        if resolved:
            candidates.append(resolved.period_end or resolved.as_of)
    past = [d for d in candidates if d <= provisional]
    return Anchor(max(past) if past else None, "inferred", "missing")


_UPCOMING_BEFORE = re.compile(rf"(?<!\w)(?:{alternation(UPCOMING_BEFORE)})\s*(?:ngày|ngày\s+là|là)?\s*$")


_FAR_AHEAD_DAYS = 60


def _announced(doc: Document, sentence: Sentence, mention: DateMention) -> bool:
    """ "Nghị quyết có hiệu lực từ ngày 1/1/2026", "diễn ra ngày 15/11/2025": a date to come, not a contradiction.
    "Tính đến ngày 30/9/2025" is the date a report's figures hold for, past however its "đến" reads."""
    if _AS_OF_MARKER.search(doc.low, max(sentence.start, mention.start - 25), mention.start):
        return False
    return bool(_UPCOMING_BEFORE.search(doc.low, max(sentence.start, mention.start - 25), mention.start))


# how many days before publication a report's "tính đến" date may be and still be the article's "now"
_REPORT_LAG_DAYS = 3


def report_day(doc: Document, mention: DateMention) -> bool:
    """A date after "tính đến": the day a report's figures hold for."""
    return bool(_AS_OF_MARKER.search(doc.low, max(0, mention.start - 25), mention.start))


def report_date(doc: Document, parsed: list[Parsed], anchor: Anchor) -> dt.date | None:
    """The latest "tính đến ngày X" of the text a few days before a trusted publication date."""
    if anchor.date is None or anchor.source != "published":
        return None
    found = []
    for item in parsed:
        for mention in item.dates:
            if mention.kind not in ("dm", "dmy", "dtm") or not _AS_OF_MARKER.search(
                doc.low, max(0, mention.start - 25), mention.start
            ):
                continue
            resolved = resolve(mention, anchor.date)
            if resolved and 0 < (anchor.date - resolved.as_of).days <= _REPORT_LAG_DAYS:
                found.append(resolved.as_of)
    return max(found) if found else None


def date_for(
    doc: Document, item: Parsed, scope: Scope | None, current: ResolvedDate | None, anchor: Anchor
) -> tuple[ResolvedDate | None, str | None]:
    """The date a figure (`scope`; None for what the sentence says as a whole) is told for, and its source:
    its own date in the sentence, else `current` (the date the text is speaking of), else the anchor."""
    quantity = scope.quantity if scope else None
    mention = _figure_date(doc, item.dates, scope, anchor.date) if scope else None
    if mention is None and quantity is not None and item.heading and item.heading.column_dates:
        # a cell of a table dated column by column: its column's date
        mention = item.heading.column_dates.get(cell_index(doc.text, item.sentence.start, quantity.start))
    if mention is not None and anchor.date:
        until = max(mention.end, quantity.start if quantity else 0)
        proposal = quantity is not None and _proposal_dated(doc, mention, quantity)
        future = not proposal and (is_future(doc, item.sentence, until) or _proposed_for(doc, item.sentence, mention))
        now = mention.kind == "now" or (mention.kind == "range" and mention.last and mention.last.kind == "now")
        resolved = resolve(mention, anchor.report if now and anchor.report else anchor.date, future)
        if resolved and not future and not proposal and since(doc, mention):
            # "kể từ ngày 1/7": the total runs from that day to the day the text speaks of
            start = resolved.period_start or resolved.as_of
            if start > anchor.date:
                return ResolvedDate(start, to_come=True), "text"  # "từ 1/12" told in November: a start to come
            told = current.as_of if current and not current.calendar else None
            end = told if told and told > start else (anchor.report or anchor.date)
            return ResolvedDate(end, start, end), "text"
        if resolved:
            return resolved, "text"
    if current is not None:
        return current, "text"
    if anchor.date is None:
        return None, None
    return ResolvedDate(anchor.date), anchor.source


_SINCE_BEFORE = re.compile(rf"(?<!\w)(?:{alternation(SINCE_BEFORE)})\s+(?:ngày\s+)?$")


def since(doc: Document, mention: DateMention) -> bool:
    """A lone day or month opened by "từ", "kể từ": the start of a running total."""
    if mention.kind not in ("dm", "dmy", "dtm", "dotted", "month"):
        return False
    return bool(_SINCE_BEFORE.search(doc.low, max(0, mention.start - 15), mention.start))


_PROPOSAL_DATED = re.compile(
    rf"(?<!\w)(?:{alternation(STATUS_CUES['proposed'])})\s+(?:{alternation(PROPOSAL_DATE_LINKS)})\s+$"
)


def _proposal_dated(doc: Document, mention: DateMention, quantity: Quantity) -> bool:
    """ "mức Sở đề xuất từ đầu tháng 9 là 2 triệu đồng": the day of a proposal recalled, the figure after it."""
    if quantity.start < mention.end:
        return False
    return _PROPOSAL_DATED.search(doc.low, max(0, mention.start - 30), mention.start) is not None


_RECALLED_AFTER = re.compile(
    rf"(?<!\w)(?:{alternation(STATUS_CUES['proposed'])})\s+(?:{alternation(RECALLED_AFTER)})(?!\w)"
)


def recalled(doc: Document, item: Parsed, scope: Scope) -> bool:
    """A proposal recalled from an earlier report, not told as news: "mức Sở đề xuất từ đầu tháng 9 là 2 triệu
    đồng", "mức 12 triệu đồng mà UBND thành phố đề xuất trước đó"."""
    q = scope.quantity
    if _RECALLED_AFTER.search(doc.low, q.end, status_end(doc, scope)):
        return True
    return any(m.end <= q.start and m.start >= scope.clause_start and _proposal_dated(doc, m, q) for m in item.dates)


def _proposed_for(doc: Document, sentence: Sentence, mention: DateMention) -> bool:
    """ "Sở Nội vụ đề xuất biệt phái 300 cán bộ trong tháng 9": a date after a proposal is when the
    proposal would take effect, to come; one before it ("Ngày 20/8, Sở đề xuất …") is the proposal's."""
    if _AS_OF_MARKER.search(doc.low, max(sentence.start, mention.start - 25), mention.start):
        return False
    return bool(doc.cues(STATUS_CUES["proposed"], sentence.start, mention.start, sentence))


def _figure_date(doc: Document, dates: list[DateMention], scope: Scope, anchor: dt.date | None) -> DateMention | None:
    """The date a figure is told for, among the sentence's: one tied to it after it ("đạt 72% vào tháng
    9"), else one after "tính đến" anywhere after it, else the nearest before it, else the first after.
    A tied period that holds the other date gives way to it, the finer: "Tính đến 30/9, … đã giải quyết
    95% hồ sơ đúng hạn trong năm 2025" is as of 30/9."""
    quantity = scope.quantity
    dates = [m for m in dates if not _baseline(doc, m)]
    before = [m for m in dates if m.end <= quantity.start]
    after = [m for m in dates if m.start >= quantity.end and not _bracket_figures_date(doc, scope, m)]
    own = next((m for m in after if _tied_after(doc, scope, m)), None)
    # "đã có 1.260 cán bộ hoàn thành chương trình tính đến ngày 3/10"
    as_of_after = next((m for m in after if _AS_OF_MARKER.search(doc.low, max(0, m.start - 15), m.start)), None)
    # a date after the figure across a turn to another clause is that clause's: "đã tiếp nhận 8.500 hồ sơ,
    # dự kiến đến cuối tháng 9 sẽ tiếp nhận 15.000"
    end = status_end(doc, scope)
    usual = as_of_after or (before[-1] if before else next((m for m in after if m.start < end), None))
    if own is None or usual is None or own is usual:
        return own or usual
    if usual.end <= scope.left and usual.end <= quantity.start:
        # the usual date is told before another figure, which it dates: "tính đến ngày 31/10, tỷ lệ … đạt
        # 74,6%, còn cách mục tiêu 80% mà tỉnh đặt ra cho năm 2025" - the 80% is the year's
        return own
    return usual if anchor and _holds(own, usual, anchor) else own


def _bracket_figures_date(doc: Document, scope: Scope, mention: DateMention) -> bool:
    """A date in a bracket after the figure that holds a figure of its own after the date: "80% (năm 2023: 71%)",
    "1.200 hồ sơ (cùng kỳ năm 2024: 900 hồ sơ)" date the bracket's figure, not the one before it."""
    if open_bracket(doc.low, scope.quantity.end, mention.start) < 0:
        return False
    closed = doc.low.find(")", mention.end, scope.sentence.end)
    closed = scope.sentence.end if closed < 0 else closed
    return any(mention.end <= q.start < closed for q in scope.following)


# a few words may name what is compared: "tăng 5% so với kỳ báo cáo ngày 5/8", "so với cùng kỳ năm 2024"
_BASELINE_BEFORE = re.compile(
    rf"(?<!\w)(?:{alternation(BASELINE_BEFORE)})(?:\s+[^\W\d]+){{0,3}}?\s+(?:(?:ngày|năm)\s+)?$"
)


def _baseline(doc: Document, mention: DateMention) -> bool:
    """A date a figure is compared with ("tăng 8,4% so với quý II"), not one it is told for."""
    return bool(_BASELINE_BEFORE.search(doc.low, max(0, mention.start - 40), mention.start))


def _holds(period: DateMention, point: DateMention, anchor: dt.date) -> bool:
    """Whether the period's span holds the point's date (both read as past, only to compare them)."""
    outer, inner = resolve(period, anchor), resolve(point, anchor)
    if outer is None or inner is None or outer.period_start is None or outer.period_end is None:
        return False
    return outer.period_start <= (inner.period_start or inner.as_of) and inner.as_of <= outer.period_end


_DATE_AFTER_FIGURE = re.compile(rf"(?<!\w)(?:{alternation(DATE_AFTER_FIGURE)})\s+(?:hết\s+)?(?:ngày\s+)?$")
_CLAUSE_TURN = re.compile(rf";|(?<!\w)(?:{alternation(CLAUSE_TURNS)})(?!\w)")


def _tied_after(doc: Document, scope: Scope, mention: DateMention) -> bool:
    """A date in the figure's own phrase, before the next figure and any turn to another clause, with a
    word that ties it to the figure ("vào", "trong", "tính đến")."""
    if mention.start >= scope.right or _CLAUSE_TURN.search(doc.low, scope.quantity.end, mention.start):
        return False
    if doc.low.startswith("trong ", mention.start):
        return True  # a range that took its "trong" in: "trong từ 1/7 đến 30/9"
    return bool(_DATE_AFTER_FIGURE.search(doc.low, max(scope.quantity.end, mention.start - 20), mention.start))


def for_status(
    date: ResolvedDate | None, source: str | None, status: str, anchor: dt.date | None, unit: str | None = None
) -> ResolvedDate | None:
    """A figure's date as its status reads it: a figure not done, dated by the text in a span it holds at
    the end of (_holds_at_end), is dated at the span's end. A proposal's money (a rate or a sum, `unit` a currency)
    told with the span the policy would apply over, not yet ended ("mức hỗ trợ trong 6 tháng đầu (1.7 - 31.12.2025),
    tổng mức tối đa 21,6 triệu đồng"), is dated by the proposal, the day it is told (facts.md: a draft's rates are
    dated by the draft); a proposed move in a span to come still holds at its end ("đề xuất biệt phái 300 cán bộ
    trong tháng 9")."""
    money = unit is not None and unit.startswith(_MONEY_UNITS)
    if status == "proposed" and money and source == "text" and date and anchor and _applies_over(date, anchor):
        return ResolvedDate(anchor)
    if status == "proposed" and money and source == "text" and date and anchor and _past_period(date, anchor):
        # a past calendar span the text spoke of ("kỳ họp đánh giá tình hình 6 tháng đầu năm. … Mức đề xuất: 2 triệu
        # đồng/người/tháng") is not what a proposal's money is for: it is dated by the proposal, the day it is told
        return ResolvedDate(anchor)
    if status != "done" and source == "text" and date and _holds_at_end(date, status, anchor):
        return ResolvedDate(date.period_end, date.period_start, date.period_end, date.calendar)  # type: ignore[arg-type]
    return date


def carried_date(
    doc: Document, item: Parsed, anchor: dt.date | None, current: ResolvedDate | None
) -> ResolvedDate | None:
    """The date the text speaks of after the sentence: the last date it tells (not a baseline, not a year),
    else `current`, the one it spoke of before."""
    # a start in passing is no date the text goes on at: "Chiều 3/7, … những ngày đầu vận hành chính quyền hai cấp từ
    # ngày 1/7/2025. Những điểm chính:" speaks on of 3 July (a figure's own "từ" date is its running total's, date_for)
    told = [m for m in item.dates if not _baseline(doc, m) and not since(doc, m) and not _founded(doc, m)]
    if anchor:
        # a limit to come is the day something is due, not the day the text speaks of: "Thủ tướng yêu cầu công khai …
        # trước ngày 25/6/2025. Kết quả phân định thẩm quyền …:" over a table of results as of the day it is told
        told = [m for m in told if not _limit_to_come(doc, item, m, anchor)]
    if told and anchor:
        last = told[-1]
        # a year goes on only when the sentence opens on it, past: "Năm 2024, trung tâm tiếp nhận … . Trong số hồ sơ
        # đã trả kết quả, …" (a year in passing, or one to come, "Năm 2026, tỉnh phấn đấu …", does not)
        # (a table's header dated in one cell frames its rows alike: "Nội dung | Kết quả năm 2024")
        framing = last.kind == "year" and (
            _YEAR_OPENS.match(doc.low, item.sentence.start, last.start) is not None or header_row(doc, item)
        )
        if last.kind not in ("year", "years") or (framing and not is_future(doc, item.sentence, item.sentence.end)):
            return resolve(last, anchor, is_future(doc, item.sentence, last.end))
    return current


_FOUNDED_BEFORE = re.compile(
    rf"(?<!\w)(?:{alternation(FOUNDED_BEFORE)})\s+{optional_words(FOUNDED_LINKS)}{optional_words(DAY_WORDS)}$"
)


def _founded(doc: Document, mention: DateMention) -> bool:
    """ "đơn vị thành lập ngày 1/7/2025": the day a body was founded, told in passing."""
    return bool(_FOUNDED_BEFORE.search(doc.low, max(0, mention.start - 25), mention.start))


_YEAR_OPENS = re.compile(rf"\W*{optional_words(YEAR_FRAME_OPENERS)}$")


_LIMIT_BEFORE = re.compile(rf"(?<!\w)(?:{alternation(DEADLINE_DATE_MARKERS)})\s+{optional_words(DAY_WORDS)}$")


def _limit_to_come(doc: Document, item: Parsed, mention: DateMention, anchor: dt.date) -> bool:
    """A date after a deadline's marker (lang/vi/deadlines.py: "trước ngày 25/6", "chậm nhất ngày 30/9"), to come."""
    if not _LIMIT_BEFORE.search(doc.low, max(0, mention.start - 20), mention.start):
        return False
    resolved = resolve(mention, anchor, is_future(doc, item.sentence, mention.end))
    return resolved is not None and resolved.as_of > anchor  # "hoàn thành trước thời hạn ngày 30-8" was met: past


def _holds_at_end(date: ResolvedDate, status: str, anchor: dt.date | None) -> bool:
    """A figure to come in a span wholly to come holds at the span's end ("dự kiến tháng 10 sẽ điều động 120
    công chức", told in September), as does a year's target ("Năm 2026, tỉnh phấn đấu 90% …"); one in a span
    already running holds on the day it is told, like the span's reports (facts.md, Dates)."""
    start, end = date.period_start, date.period_end
    if start is None or end is None or end <= date.as_of:
        return False
    whole_year = (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)
    return (anchor is not None and start > anchor) or (status == "target" and whole_year)


_MONEY_UNITS = ("VND",)  # a rate or a sum a policy pays over its span: "VND", "VND/person/month"


def _past_period(date: ResolvedDate, anchor: dt.date) -> bool:
    """A calendar span wholly over before the day it is told: "6 tháng đầu năm" told on 29 July."""
    return date.calendar and date.period_end is not None and date.period_end < anchor


def _applies_over(date: ResolvedDate, anchor: dt.date) -> bool:
    """A span that ends after the day it is told: the span a proposal would apply over, not the day it holds for."""
    return date.period_start is not None and date.period_end is not None and date.period_end > anchor
