"""Read an article sentence by sentence, carrying the place and date under discussion, into Facts."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from monitor.extract import rules
from monitor.extract.boilerplate import furniture
from monitor.extract.checks import check
from monitor.extract.context import Document, Reading, Scope, cue_pattern
from monitor.extract.dates import DateMention, ResolvedDate, find_dates, resolve
from monitor.extract.documents import DocumentMention, find_documents
from monitor.extract.lang.vi.cues import (
    STATUS_CUES,
)
from monitor.extract.lang.vi.dates import (
    BASELINE_BEFORE,
    CLAUSE_TURNS,
    DATE_AFTER_FIGURE,
    PAST_CUES,
    SINCE_BEFORE,
    UPCOMING_BEFORE,
)
from monitor.extract.lang.vi.decisions import (
    PROPOSAL_DATE_LINKS,
    RECALLED_AFTER,
)
from monitor.extract.lang.vi.parts import PART_INTRODUCERS, SINGLED_OUT_BEFORE
from monitor.extract.lang.vi.places import (
    NATIONAL_ARTICLE_CUES,
    NATIONAL_CUES,
    PROVINCE_LEVEL_CUES,
    PROVINCE_WIDE_CUES,
)
from monitor.extract.lang.vi.scopes import EMPHASIS
from monitor.extract.lang.vi.units import COUNT_NOUNS
from monitor.extract.numbers import Quantity, find_quantities
from monitor.extract.patterns import alternation, squeeze
from monitor.extract.places import PlaceMention, gazetteer
from monitor.extract.restate import dedupe
from monitor.extract.rules import CONFIDENCE, deadlines, specialties
from monitor.extract.scopes import criterion
from monitor.extract.series import assign_series
from monitor.extract.status import carried_status, figure_status, is_future, status_end, status_in
from monitor.extract.tokenize import Sentence, sentences
from monitor.facts import Article, Fact

EXTRACTOR_VERSION = "0.7.0"  # raise it when rules change: `monitor reextract` then redoes older facts
_NOUN_BEFORE = re.compile(r"(" + alternation(COUNT_NOUNS) + r")(?!\w)[^,;.]{0,40}$")

_BARE_NUMBER_AFTER = re.compile(r"\s*(?:[,;.)]|$)")


@dataclass(slots=True)
class Anchor:
    """The date yearless dates and undated figures are read against, and where it came from."""

    date: dt.date | None
    source: str | None  # published, inferred
    flag: str | None = None  # contradicted_by_text, missing
    # the day the article's report holds for, when its text names one days before publication ("Tính đến
    # ngày 15/9, …" published on the 16th): its "đến nay" is that day, not the day it was printed
    report: dt.date | None = None


@dataclass(slots=True)
class Extraction:
    facts: list[Fact]
    anchor: Anchor
    problems: list[str] = field(default_factory=list)  # inconsistencies found (checks.py), one line each


@dataclass(slots=True)
class _Heading:
    """The line a list item or a table row hangs from: its words name the items' figures ("Số hồ sơ
    tiếp nhận tại các xã:" over "- Xã A: 1.240 hồ sơ"; a header row over its columns)."""

    paragraph: int
    text: str
    table: bool = False


@dataclass(slots=True)
class _Parsed:
    sentence: Sentence
    documents: list[DocumentMention]
    dates: list[DateMention]
    heading: _Heading | None = None
    caption: bool = False


@dataclass
class _State:
    """What the article is talking about at this point."""

    province: str | None = None
    commune: str | None = None
    region: str | None = None  # a former province's area the text speaks of ("khu vực Bình Dương cũ")
    paragraph: int = -1
    date: ResolvedDate | None = None
    future: dict[int, bool] = field(default_factory=dict)
    told: dict[tuple[float, str | None], Reading] = field(default_factory=dict)  # figures read so far


def read_article(article: Article) -> Extraction:
    doc = Document(article.text)
    parsed = []
    skipped = furniture(doc.low)
    for sentence in sentences(doc.text):
        if _within(sentence, skipped):
            continue  # another article's headline: its figures and dates are not this article's
        documents = find_documents(doc.view, sentence.start, sentence.end)
        for mention in documents:
            doc.blank(mention.start, mention.end)
        dates = [m for m in find_dates(doc.low, sentence.start, sentence.end) if not _inside(m, documents)]
        parsed.append(_Parsed(sentence, documents, dates))
    _find_headings(doc, parsed)
    anchor = date_anchor(article, doc, parsed)
    anchor.report = _report_date(doc, parsed, anchor)
    facts: list[Fact] = []
    captions: set[int] = set()
    caption_lines: dict[int, bool] = {}  # each line is matched once: a one-line text has thousands of sentences
    state = _State()
    for item in parsed:
        item.caption = _is_caption(doc, item.sentence, caption_lines)
        read = _read_sentence(doc, item, state, anchor, article.id)
        captions.update(id(f) for f in read if item.caption)
        facts.extend(read)
    problems = check(facts, doc.text)
    kept = dedupe(facts, captions)
    if _national_article(doc):
        for fact in kept:
            if fact.province is None and fact.commune is None:
                fact.extra["national"] = True
    assign_series(kept, doc)
    return Extraction(kept, anchor, problems)


def _national_article(doc: Document) -> bool:
    """The article names no place at all and speaks of the country or its ministry (NATIONAL_ARTICLE_CUES)."""
    if gazetteer().find(doc.view, 0, len(doc.view)):
        return False
    return bool(cue_pattern(NATIONAL_ARTICLE_CUES).search(doc.cue_view))


# how many days before publication a report's "tính đến" date may be and still be the article's "now"
_REPORT_LAG_DAYS = 3


def _report_date(doc: Document, parsed: list[_Parsed], anchor: Anchor) -> dt.date | None:
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


def _within(sentence: Sentence, spans: list[tuple[int, int]]) -> bool:
    """Whether the sentence lies in one of the sorted, disjoint spans."""
    at = bisect.bisect_right(spans, (sentence.start, float("inf"))) - 1
    return at >= 0 and spans[at][0] <= sentence.start < spans[at][1]


# a photo's caption: "Ảnh: …" opening its line, or a credit closing it ("… thủ tục. Ảnh: BẢO PHƯƠNG")
_CAPTION = re.compile(r"\s*(?:ảnh|ảnh minh họa|video|clip)\s*:|.*[.)]\s*\(?ảnh\s*:[^.:]{0,60}$")


def _is_caption(doc: Document, sentence: Sentence, known: dict[int, bool]) -> bool:
    line_start = doc.low.rfind("\n", 0, sentence.start) + 1
    if line_start not in known:
        line_end = doc.low.find("\n", sentence.end)
        known[line_start] = bool(_CAPTION.match(doc.low, line_start, len(doc.low) if line_end < 0 else line_end))
    return known[line_start]


_BULLET = re.compile(r"\s*[-+•*–]\s+")


def _find_headings(doc: Document, parsed: list[_Parsed]) -> None:
    """Tie each bullet item to the line ending in ':' above its list, and each table row (cells split by
    '|') to its table's header row, one without figures."""
    lead: _Heading | None = None
    header: _Heading | None = None
    in_table = False
    for item in parsed:
        line = doc.text[item.sentence.start : item.sentence.end]
        if "|" in line:
            if in_table:
                item.heading = header
            else:
                header = None if any(c.isdigit() for c in line) else _Heading(item.sentence.paragraph, line, True)
            in_table = True
            continue
        in_table = False
        if _BULLET.match(line):
            item.heading = lead
            continue
        lead = _Heading(item.sentence.paragraph, line) if line.rstrip().endswith(":") else None


def date_anchor(article: Article, doc: Document, parsed: list[_Parsed]) -> Anchor:
    """Trust the publication date unless the text reports later events as past; infer it when missing."""
    explicit: list[dt.date] = []  # dates with their year, to infer a missing publication date
    told: list[tuple[dt.date, bool]] = []  # those not announced as to come (date, told as past), to test a given one
    yearless: list[DateMention] = []
    years: list[int] = []
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
    candidates = list(explicit)
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


def _read_sentence(doc: Document, item: _Parsed, state: _State, anchor: Anchor, doc_id: str) -> list[Fact]:
    sentence = item.sentence
    paragraph = item.heading.paragraph if item.heading else sentence.paragraph  # a list goes on its lead's
    if paragraph != state.paragraph:
        # a former province's area is told of in its paragraph: the next one speaks of the province again
        state.paragraph, state.date, state.region = paragraph, None, None
    places = gazetteer().find(doc.view, sentence.start, sentence.end)
    national = not places and bool(doc.cues(NATIONAL_CUES, sentence.start, sentence.end, sentence))
    province_wide = not any(p.commune for p in places) and bool(
        doc.cues(PROVINCE_WIDE_CUES + PROVINCE_LEVEL_CUES, sentence.start, sentence.end, sentence)
    )
    facts: list[Fact] = []

    def place_at(position: int) -> tuple[str | None, str | None]:
        if national:
            return None, None
        province, commune = _place_at(doc, places, position, state)
        return province, None if province_wide else commune

    def region_at(position: int, commune: str | None) -> str | None:
        if national or province_wide or commune:
            return None  # a commune is narrower than a former province's area
        return _region_at(doc, places, position, state)

    masked = [(m.start, m.end) for m in item.dates] + [(d.start, d.end) for d in item.documents]
    quantities = find_quantities(doc.low, sentence.start, sentence.end, masked)
    previous: tuple[Quantity, Reading] | None = None
    previous_status: str | None = None
    previous_clause = -1
    for i, quantity in enumerate(quantities):
        scope = _scope(doc, sentence, quantities, i, previous)
        if quantity.unit is None:
            _noun_before(doc, scope)
        reading = _read_item(doc, item.heading, scope) if item.heading else rules.read(scope)
        reading = reading or _part_of_told(doc, quantities[:i], quantity, state)
        if reading is None or criterion(doc.low, scope.left, quantity.number_start, quantity.approx):
            continue  # no metric's, or a bound picking a group ("những xã có tỷ lệ dưới 50%")
        state.told.setdefault((quantity.value, quantity.unit), reading)
        cued = figure_status(doc, scope, quantities)
        # a later clause without a cue goes on in the state of the one before
        inherited = carried_status(doc, scope, previous_status if previous_clause != scope.clause_start else None)
        status = cued or inherited or "done"
        date, source = _date_for(doc, item, scope, state, anchor)
        if status != "done" and source == "text" and date and _holds_at_end(date, status, anchor.date):
            date = ResolvedDate(date.period_end, date.period_start, date.period_end, date.calendar)  # type: ignore[arg-type]
        province, commune = place_at(quantity.start)
        facts.append(_fact(doc_id, doc, scope, reading, status, date, source, province, commune))
        facts[-1].extra["region"] = region_at(quantity.start, commune)
        # what the series pass (series.py) reads besides the fact's fields: where the figure and its
        # sentence are, whether its date is a calendar period, its place the whole country, its status cued
        facts[-1].extra.update(
            at=quantity.number_start,
            sentence=(sentence.start, sentence.end),
            clause_end=scope.clause_end,
            calendar=bool(date and date.calendar),
            national=national,
            status_cued=cued is not None,
            recalled=status == "proposed" and _recalled(doc, item, scope),
            # "Trong số 176 công chức được điều động, xã A tiếp nhận 10": the whole named again, to pick a part
            whole_named=_WHOLE_NAMED.search(doc.low, max(0, quantity.number_start - 20), quantity.number_start)
            is not None,
        )
        previous, previous_status, previous_clause = (quantity, reading), status, scope.clause_start

    for mention in item.documents:
        province, _ = place_at(mention.start)
        if mention.issued is None and anchor.date:
            mention.issued = _issued_before(doc, item.dates, mention, anchor.date)
        facts.append(_document_fact(doc_id, doc, mention, province))
    for deadline in deadlines.scan(doc, sentence, item.dates):
        resolved = resolve(deadline.date, anchor.date, future=deadline.status != "done") if anchor.date else None
        if resolved is None:
            continue
        province, _ = place_at(deadline.start)
        facts.append(
            _spanned(
                doc_id,
                doc,
                deadline.start,
                deadline.end,
                "deadline.obligation",
                metric="deadline",
                status=deadline.status,
                province=province,
                as_of=resolved.as_of,
                date_source="text",
                subject=deadline.subject,
            )
        )
    for found in specialties.scan(doc, sentence):
        province, _ = place_at(found.start)
        date, source = _date_for(doc, item, None, state, anchor)
        facts.append(
            _spanned(
                doc_id,
                doc,
                found.start,
                found.end,
                "specialties.list",
                metric="specialties",
                specialties=found.items,
                role=found.role,
                status=status_in(doc, sentence, sentence.start, sentence.end) or "done",
                province=province,
                as_of=date.as_of if date else None,
                date_source=source,
            )
        )
    if not item.caption:  # a caption speaks of its photo: the text goes on where it was
        _advance(state, places, item, doc, anchor)
        if places and not any(p.commune for p in places) and any(f.value is not None for f in facts):
            # a figure told of a province named alone is the province's: the text now speaks of the whole
            # province ("Hà Nội đã giải quyết hơn 66.000 hồ sơ" after a ward's story, then "TP đặt mục tiêu …")
            state.commune = None
        if province_wide:
            state.region = None
            state.commune = None  # the text speaks of the province again
    if item.heading:  # items of a list or rows of a table name one commune each: after them, none
        state.commune = None
    return facts


def _holds_at_end(date: ResolvedDate, status: str, anchor: dt.date | None) -> bool:
    """A figure to come in a span wholly to come holds at the span's end ("dự kiến tháng 10 sẽ điều động 120
    công chức", told in September), as does a year's target ("Năm 2026, tỉnh phấn đấu 90% …"); one in a span
    already running holds on the day it is told, like the span's reports (facts.md, Dates)."""
    start, end = date.period_start, date.period_end
    if start is None or end is None or end <= date.as_of:
        return False
    whole_year = (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)
    return (anchor is not None and start > anchor) or (status == "target" and whole_year)


def _scope(
    doc: Document, sentence: Sentence, quantities: list[Quantity], i: int, previous: tuple[Quantity, Reading] | None
) -> Scope:
    quantity = quantities[i]
    clause_start = doc.low.rfind(";", sentence.start, quantity.start) + 1 or sentence.start
    clause_end = doc.low.find(";", quantity.end, sentence.end)
    clause_end = sentence.end if clause_end < 0 else clause_end
    left = max(clause_start, quantities[i - 1].end if i else sentence.start)
    right = min(clause_end, quantities[i + 1].start if i + 1 < len(quantities) else sentence.end)
    return Scope(doc, sentence, quantity, left, right, clause_start, clause_end, previous)


_WHOLE_BEFORE = re.compile(r"(?<!\w)(?:trong số|trong tổng số|trong)\s*$")
_WHOLE_NAMED = re.compile(r"(?<!\w)(?:trong số|trong tổng số)\s+(?:(?:hơn|gần|khoảng|trên)\s+)?$")


def _part_of_told(doc: Document, earlier: list[Quantity], quantity: Quantity, state: _State) -> Reading | None:
    """ "Đề xuất biệt phái 300 cán bộ. … Theo tờ trình, trong số 300 người, dự kiến có 120 công chức …":
    a figure after "trong số" a whole the article told before is its part, of its metric."""
    for whole in reversed(earlier):
        told = state.told.get((whole.value, quantity.unit))
        if told and _WHOLE_BEFORE.search(doc.low, max(0, whole.number_start - 15), whole.number_start):
            return Reading(told.metric, "parts.told", kind=told.kind, level=told.level, family=told.family)
    return None


def _read_item(doc: Document, heading: _Heading, scope: Scope) -> Reading | None:
    """A table cell is read by its column's header first, then its row; its evidence is the row. A list
    item is read by its own words first, then its lead line's."""
    if not heading.table:
        return rules.read(scope) or _read_under(doc, heading, scope)
    reading = _read_under(doc, heading, scope) or rules.read(scope)
    scope.left, scope.right = scope.sentence.start, scope.sentence.end
    return reading


def _read_under(doc: Document, heading: _Heading, scope: Scope) -> Reading | None:
    """A list item or table cell with no verb of its own, read as if its heading's words (the lead line,
    or the header of its column) stood before it."""
    q = scope.quantity
    start, end = scope.left, scope.right
    lead = heading.text
    if heading.table:
        start = doc.text.rfind("|", scope.sentence.start, q.start) + 1 or scope.sentence.start
        end = doc.text.find("|", q.end, scope.sentence.end)
        end = scope.sentence.end if end < 0 else end
        column = doc.text.count("|", scope.sentence.start, q.start)
        cells = heading.text.split("|")
        if column >= len(cells):
            return None
        lead = cells[column].strip()
    phrase = doc.text[start:end]
    start += len(phrase) - len(phrase.lstrip())
    text = f"{lead.rstrip(':').strip()}: "
    shift = len(text) - start  # from the article's offsets to the made-up line's
    text += doc.text[start:end]
    sub = Document(text)
    sentence = Sentence(0, len(text), 0)
    found = find_quantities(sub.low, 0, len(text), [])
    i = next((i for i, other in enumerate(found) if other.start == q.start + shift), None)
    if i is None:
        return None
    sub_scope = _scope(sub, sentence, found, i, None)
    if sub_scope.quantity.unit is None:
        _noun_before(sub, sub_scope)
    reading = rules.read(sub_scope)
    if reading and q.unit is None:
        q.unit, q.noun = sub_scope.quantity.unit, sub_scope.quantity.noun
    return reading


def _noun_before(doc: Document, scope: Scope) -> None:
    """'Tổng hồ sơ đã giải quyết hơn 233.000': the noun comes before the number."""
    if not _BARE_NUMBER_AFTER.match(doc.low, scope.quantity.end):
        return  # "mất khoảng 30 phút": a unit of its own follows
    match = _NOUN_BEFORE.search(doc.low, scope.left, scope.quantity.start)
    if match and not scope.quantity.total:
        scope.quantity.noun = squeeze(match.group(1))
        scope.quantity.unit = COUNT_NOUNS[squeeze(match.group(1))]


_AS_OF_MARKER = re.compile(r"(?:tính đến|tính tới)(?:\s+hết)?\s*(?:ngày)?\s*$")


def _date_for(
    doc: Document, item: _Parsed, scope: Scope | None, state: _State, anchor: Anchor
) -> tuple[ResolvedDate | None, str | None]:
    quantity = scope.quantity if scope else None
    mention = _figure_date(doc, item.dates, scope, anchor.date) if scope else None
    if mention is not None and anchor.date:
        until = max(mention.end, quantity.start if quantity else 0)
        recalled = quantity is not None and _proposal_dated(doc, mention, quantity)
        future = not recalled and (is_future(doc, item.sentence, until) or _proposed_for(doc, item.sentence, mention))
        now = mention.kind == "now" or (mention.kind == "range" and mention.last and mention.last.kind == "now")
        resolved = resolve(mention, anchor.report if now and anchor.report else anchor.date, future)
        if resolved and not future and not recalled and _since(doc, mention):
            # "kể từ ngày 1/7": the total runs from that day to the day the text speaks of
            start = resolved.period_start or resolved.as_of
            told = state.date.as_of if state.date and not state.date.calendar else None
            end = told if told and told > start else (anchor.report or anchor.date)
            return ResolvedDate(end, start, end), "text"
        if resolved:
            return resolved, "text"
    if state.date is not None:
        return state.date, "text"
    if anchor.date is None:
        return None, None
    return ResolvedDate(anchor.date), anchor.source


_SINCE_BEFORE = re.compile(rf"(?<!\w)(?:{alternation(SINCE_BEFORE)})\s+(?:ngày\s+)?$")


def _since(doc: Document, mention: DateMention) -> bool:
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


def _recalled(doc: Document, item: _Parsed, scope: Scope) -> bool:
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
    after = [m for m in dates if m.start >= quantity.end]
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


_BASELINE_BEFORE = re.compile(rf"(?<!\w)(?:{alternation(BASELINE_BEFORE)})\s+(?:(?:ngày|năm)\s+)?$")


def _baseline(doc: Document, mention: DateMention) -> bool:
    """A date a figure is compared with ("tăng 8,4% so với quý II"), not one it is told for."""
    return bool(_BASELINE_BEFORE.search(doc.low, max(0, mention.start - 25), mention.start))


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


def _region_at(doc: Document, places: list[PlaceMention], position: int, state: _State) -> str | None:
    """The former province whose area a figure is told of: the place it is read with is a former province
    merged into a larger one ("Tại khu vực Bình Dương và Bà Rịa - Vũng Tàu cũ, tỷ lệ trực tuyến … 61%"), all
    of those listed together; with no place in the sentence, the one the text is speaking of."""
    before = [p for p in places if p.end <= position]
    after = [p for p in places if p.start >= position]
    if not before and not after:
        return state.region
    if not before and _EMPHASIS.search(doc.low, position, after[0].start):
        return None  # "điều động 127 công chức về cơ sở, chủ yếu ở các xã khu vực Quảng Bình cũ": mostly, not only
    return _region_of(doc, places, places.index(before[-1] if before else after[0]))


_EMPHASIS = re.compile(rf"(?<!\w)(?:{alternation(EMPHASIS)})(?!\w)")


def _region_of(doc: Document, places: list[PlaceMention], i: int) -> str | None:
    """The former provinces listed with places[i] ("Bình Dương và Bà Rịa - Vũng Tàu cũ"), joined; None when
    places[i] is no former province."""
    if places[i].region is None:
        return None

    def listed(a: int, b: int) -> bool:
        gap = _LIST_GAP.fullmatch(doc.low, places[a].end, places[b].start)
        return bool(places[a].region and places[b].region and gap)

    first = last = i
    while first and listed(first - 1, first):
        first -= 1
    while last + 1 < len(places) and listed(last, last + 1):
        last += 1
    return "+".join(sorted({p.region for p in places[first : last + 1] if p.region}))


def _place_at(doc: Document, places: list[PlaceMention], position: int, state: _State) -> tuple[str | None, str | None]:
    before = [p for p in places if p.end <= position]
    after = [p for p in places if p.start >= position]
    here = before[-1] if before else (after[0] if after else None)
    if here is None:
        return state.province, state.commune
    if here.commune:
        if not before and _PART_INTRODUCER.search(doc.low, position, here.start):
            # "… 8.000 hồ sơ, trong đó phường A tiếp nhận 3.115": the ward is the part's, the whole is wider
            return _province_of(here, places, state), None
        here = _head_of_list(doc, before) if before else here
        return _province_of(here, places, state), here.commune
    head = _address_head(doc, before)
    if head is not None:
        return here.province, head.commune  # "phường Hồng Bàng, TP Hải Phòng"
    return here.province, None  # a province named in the sentence: a province-wide figure


_PART_INTRODUCER = re.compile(rf"(?<!\w)(?:{alternation(PART_INTRODUCERS + SINGLED_OUT_BEFORE)})(?!\w)")
_LIST_GAP = re.compile(r"\s*(?:,|và|,\s*và|cùng)\s*")


def _head_of_list(doc: Document, before: list[PlaceMention]) -> PlaceMention:
    """The first of communes listed together ("phường A và phường B đã tiếp nhận 3.412 hồ sơ"): a figure
    after a list is joint or respective ("lần lượt"), and a fact carries one commune, so the list's head
    (right for the first of respective figures) rather than whichever was named last."""
    i = len(before) - 1
    while i and before[i - 1].commune and _LIST_GAP.fullmatch(doc.low, before[i - 1].end, before[i].start):
        i -= 1
    return before[i]


def _listed(doc: Document, places: list[PlaceMention], i: int) -> bool:
    """Whether places[i] is a commune listed with a commune next to it."""
    return any(
        a >= 0
        and b < len(places)
        and places[a].commune
        and places[b].commune
        and _LIST_GAP.fullmatch(doc.low, places[a].end, places[b].start)
        for a, b in ((i - 1, i), (i, i + 1))
    )


# "xã Ea Kar, tỉnh Đắk Lắk"; "phường Thủ Dầu Một (trước đây thuộc tỉnh Bình Dương)", "(trước sáp nhập là tỉnh …)",
# "phường Tuy Hoà (khu vực Phú Yên cũ)"
_ADDRESS_GAP = re.compile(
    r"\s*[,(–-]?\s*(?:(?:trước đây|trước kia|trước sáp nhập|trước|nay|cũ)?\s*(?:thuộc|là)\s+)?"
    r"(?:(?:khu vực|địa bàn)\s+)?(?:thành phố|tp\.?|tỉnh)?\s*"
)


def _province_of(place: PlaceMention, places: list[PlaceMention], state: _State) -> str | None:
    """A commune's province; for a name several provinces share, the one the sentence or article names."""
    if place.province or not place.candidates:
        return place.province
    named = [p.province for p in places if not p.commune and p.province in place.candidates]
    if named:
        return named[0]
    return state.province if state.province in place.candidates else None


def _address_head(doc: Document, before: list[PlaceMention]) -> PlaceMention | None:
    """The commune whose address the last places give, its province then perhaps the former one:
    "phường Hội An (TP Đà Nẵng, trước sáp nhập thuộc tỉnh Quảng Nam)"."""
    for i in range(len(before) - 2, -1, -1):
        if before[i].commune:
            chain = before[i + 1 :]
            links = zip([before[i], *chain], chain, strict=False)
            return before[i] if all(_addressed(doc, before[i], b, a.end) for a, b in links) else None
    return None


def _addressed(doc: Document, commune: PlaceMention, province: PlaceMention, after: int | None = None) -> bool:
    """A commune followed by its province, as in an address: "xã Ea Kar, tỉnh Đắk Lắk"."""
    if not commune.commune or province.province not in commune.candidates:
        return False
    return bool(_ADDRESS_GAP.fullmatch(doc.low, commune.end if after is None else after, province.start))


def _advance(state: _State, places: list[PlaceMention], item: _Parsed, doc: Document, anchor: Anchor) -> None:
    for i, place in enumerate(places):
        province = _province_of(place, places, state)
        state.region = None if place.commune else _region_of(doc, places, i)
        if place.commune:
            # after a list ("như phường Tuy Hòa, phường Sông Cầu"), the text speaks of no one commune
            state.commune = None if _listed(doc, places, i) else place.commune
        elif province != state.province:
            state.commune = None
        if province:
            state.province = province
    told = [m for m in item.dates if not _baseline(doc, m)]
    if told and anchor.date:
        last = told[-1]
        if last.kind not in ("year", "years"):
            state.date = resolve(last, anchor.date, is_future(doc, item.sentence, last.end))


def _fact(
    doc_id: str,
    doc: Document,
    scope: Scope,
    reading: Reading,
    status: str,
    date: ResolvedDate | None,
    source: str | None,
    province: str | None,
    commune: str | None,
) -> Fact:
    q = scope.quantity
    start, end = _trim(doc.text, scope.left, max(scope.right, q.end))
    confidence = CONFIDENCE[reading.rule] - (0.1 if province is None else 0.0)
    return Fact(
        doc=doc_id,
        metric=reading.metric,
        evidence=doc.text[start:end],
        start=start,
        end=end,
        value=q.value,
        value_max=q.value_max,
        unit=q.unit,
        approx=q.approx,
        total=q.total,
        status=status,
        province=province,
        commune=commune,
        as_of=date.as_of if date else None,
        period_start=date.period_start if date else None,
        period_end=date.period_end if date else None,
        specialty=reading.specialty,
        kind=reading.kind,
        level=reading.level,
        from_level=reading.from_level,
        to_level=reading.to_level,
        purpose=reading.purpose,
        confidence=round(confidence, 2),
        date_source=source,
        rule=reading.rule,
    )


def _document_fact(doc_id: str, doc: Document, mention: DocumentMention, province: str | None) -> Fact:
    issuer = mention.issuer
    if issuer and province and issuer.lower().endswith(("thành phố", "tỉnh")):
        issuer = f"{issuer} {province}"
    return _spanned(
        doc_id,
        doc,
        mention.start,
        mention.end,
        "document.cited",
        metric="document",
        ref=mention.ref,
        doc_type=mention.doc_type,
        issuer=issuer,
        issued=mention.issued,
        province=province,
    )


_DATE_TO_ISSUER = re.compile(r"[\s,]*")


def _issued_before(
    doc: Document, dates: list[DateMention], mention: DocumentMention, anchor: dt.date
) -> dt.date | None:
    """ "Ngày 10/9, UBND tỉnh Gia Lai ban hành Kế hoạch 196": the date that opens the issuer's clause is
    the document's; an issue date is past, so a yearless one takes the year before the anchor."""
    if mention.issuer_at is None:
        return None
    last = next((m for m in reversed(dates) if m.end <= mention.issuer_at), None)
    if (
        last is None
        or last.kind not in ("dm", "dmy", "dtm")
        or not _DATE_TO_ISSUER.fullmatch(doc.low, last.end, mention.issuer_at)
    ):
        return None
    resolved = resolve(last, anchor)
    return resolved.as_of if resolved else None


def _spanned(doc_id: str, doc: Document, start: int, end: int, rule: str, **fields: Any) -> Fact:
    """A fact read from text[start:end] by a rule: evidence, offsets and confidence follow from those."""
    return Fact(
        doc=doc_id,
        evidence=doc.text[start:end],
        start=start,
        end=end,
        confidence=CONFIDENCE[rule],
        rule=rule,
        **fields,
    )


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " ,;:-–()\"'“”|":
        start += 1
    while end > start and text[end - 1] in " ,;:-–(\"'“|":
        end -= 1
    return start, end


def _inside(mention: DateMention, documents: list[DocumentMention]) -> bool:
    return any(d.start <= mention.start < d.end for d in documents)
