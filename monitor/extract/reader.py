"""Read an article sentence by sentence, carrying the place and date under discussion, into Facts.

Each quantity is read by the rule of its unit (rules.READERS), each sentence by the sentence scanners
(rules.SCANNERS); where a figure is told of, when, and in which status come from where.py, when.py and
status.py. This module names no metric family: a new one is a rule module and its registry entry.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass, field

from monitor.extract import rules
from monitor.extract.boilerplate import furniture
from monitor.extract.checks import check
from monitor.extract.context import Document, Finding, Heading, Parsed, Reading, Scope, SentenceScope
from monitor.extract.dates import DateMention, ResolvedDate, find_dates
from monitor.extract.document_status import draft_goes_on, issued_document, opened_document, sentence_opener_status
from monitor.extract.documents import DocumentMention, find_documents
from monitor.extract.lang.vi.dates import (
    BLOCK_OPENERS,
    CONTINUING_OPENERS,
    PASSING_DATE_BEFORE,
    REPORTED_SPAN_NOT,
    REPORTED_SPAN_OPENERS,
)
from monitor.extract.lang.vi.numbers import IDENTIFIER_BEFORE
from monitor.extract.lang.vi.shares import RANKING_LEADS
from monitor.extract.lang.vi.units import COUNT_NOUNS
from monitor.extract.layout import (
    find_headings,
    headline_proposes,
    is_caption,
    item_status,
    label_line,
    lead_status,
    under_lead,
)
from monitor.extract.numbers import Quantity, can_count, find_quantities
from monitor.extract.patterns import alternation, squeeze
from monitor.extract.places import outlet_province
from monitor.extract.restate import dedupe, headline_and_lead
from monitor.extract.rules import CONFIDENCE, Scanner
from monitor.extract.scopes import criterion
from monitor.extract.series import assign_series
from monitor.extract.status import carried_status, figure_status
from monitor.extract.tokenize import Sentence, sentences
from monitor.extract.when import (
    Anchor,
    carried_date,
    date_anchor,
    date_for,
    for_status,
    recalled,
    report_date,
    report_day,
)
from monitor.extract.where import Whereabouts, national_article, sentence_places
from monitor.facts import Article, Fact

EXTRACTOR_VERSION = "0.8.35"  # raise it when rules change: `monitor reextract` then redoes older facts
_NOUN_BEFORE = re.compile(r"(" + alternation(COUNT_NOUNS) + r")(?!\w)[^,;.]{0,40}$")

_BREAKS_DOWN = re.compile(rf"\W*(?:{alternation(CONTINUING_OPENERS + BLOCK_OPENERS)})(?!\w)")
_BACK_TO_SPAN = re.compile(
    rf"\W*(?!(?:{alternation(REPORTED_SPAN_NOT)})(?!\w))(?:{alternation(REPORTED_SPAN_OPENERS)})(?!\w)"
)
_PASSING_DATE = re.compile(rf"(?<!\w)(?:{alternation(PASSING_DATE_BEFORE)})\s+$")
_IDENTIFIER_BEFORE = re.compile(rf"(?<!\w)(?:{alternation(IDENTIFIER_BEFORE)})\s*:?\s*$")
_BARE_NUMBER_AFTER = re.compile(r"[^\S\n]*(?:[,;.)\n]|$)")  # the number ends its clause, or its line


@dataclass(slots=True)
class Extraction:
    facts: list[Fact]
    anchor: Anchor
    problems: list[str] = field(default_factory=list)  # inconsistencies found (checks.py), one line each


@dataclass
class _State:
    """What the article is talking about at this point."""

    place: Whereabouts = field(default_factory=Whereabouts)
    paragraph: int = -1
    date: ResolvedDate | None = None
    # the last span figures were told for in the text ("từ 1/7 đến 30/9")
    reported_span: ResolvedDate | None = None
    # the text tells a draft's or a plan's content ("Theo dự thảo, …", "UBND tỉnh vừa ban hành kế hoạch …"): later
    # figures with no cue of their own are its too, in its status (proposed, planned)
    telling: str | None = None
    told: dict[tuple[float, str | None], Reading] = field(default_factory=dict)  # figures read so far
    thresholds: set[tuple[float, str | None]] = field(default_factory=set)  # bounds picking a group, not figures
    last_figure: tuple[Quantity, Reading] | None = None  # the last figure read, with its reading
    # the date of the last share read: a list ranked after it ("Các địa phương xếp sau:") is told for its date
    share_date: tuple[ResolvedDate | None, str | None] = (None, None)
    # "opening": the paragraph so far told a span and no figure ("… báo cáo kết quả từ ngày 1/7 đến ngày 23/9."),
    # opening a report whose figures follow; "lines": a run of bulletin lines after such an opening
    opens_report: str | None = None
    # the status the headline or the lead gives a bulletin's "label: value" lines under no lead: "proposed" when it
    # names a proposal ("Cà Mau trình mức hỗ trợ …")
    bulletin: str | None = None


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
        parsed.append(Parsed(sentence, documents, dates))
    find_headings(doc, parsed)
    anchor = date_anchor(article, doc, parsed)
    anchor.report = report_date(doc, parsed, anchor)
    facts: list[Fact] = []
    captions: set[int] = set()
    caption_lines: dict[int, bool] = {}  # each line is matched once: a one-line text has thousands of sentences
    # a provincial outlet speaks of its province until the text names one (its dateline or its host says which)
    state = _State(Whereabouts(province=outlet_province(doc.view, article.outlet)))
    headline_end, lead_end = headline_and_lead(doc.text, article.title)
    state.bulletin = "proposed" if headline_proposes(doc, parsed, lead_end) else None
    for item in parsed:
        item.caption = is_caption(doc, item.sentence, caption_lines)
        read = _read_sentence(doc, item, state, anchor, article.id)
        captions.update(id(f) for f in read if item.caption)
        facts.extend(read)
    problems = check(facts, doc.text)
    # a headline's figure the text tells as a threshold ("Nửa tháng phát sinh dưới 150 hồ sơ" over "địa phương
    # nào có số hồ sơ dưới mức trung bình, tức dưới 150 hồ sơ, phải …") is that threshold, no figure
    facts = [f for f in facts if f.start >= headline_end or (f.value, f.unit) not in state.thresholds]
    kept = dedupe(facts, captions, headline_end, lead_end)
    if national_article(doc):
        for fact in kept:
            if fact.province is None and fact.commune is None:
                fact.extra["national"] = True
    assign_series(kept, doc)
    return Extraction(kept, anchor, problems)


def _within(sentence: Sentence, spans: list[tuple[int, int]]) -> bool:
    """Whether the sentence lies in one of the sorted, disjoint spans."""
    at = bisect.bisect_right(spans, (sentence.start, float("inf"))) - 1
    return at >= 0 and spans[at][0] <= sentence.start < spans[at][1]


def _read_sentence(doc: Document, item: Parsed, state: _State, anchor: Anchor, doc_id: str) -> list[Fact]:
    sentence = item.sentence
    paragraph = item.heading.paragraph if item.heading else sentence.paragraph  # a list goes on its lead's
    if paragraph != state.paragraph:
        # a former province's area is told of in its paragraph: the next one speaks of the province again; its
        # date goes on only in a paragraph that breaks down the one before ("Trong đó, …")
        # the paragraph after a report's opening goes on in its span, and so do a bulletin's "label: value"
        # lines and bullets after it, one paragraph each
        in_report = state.opens_report == "opening" or (state.opens_report == "lines" and label_line(doc, sentence))
        continuing = doc.breaks_down(sentence.start) or under_lead(doc, sentence) or in_report
        state.paragraph, state.place.region = paragraph, None
        state.date = state.date if continuing else None
        state.opens_report = "lines" if in_report and label_line(doc, sentence) else None
        if _BACK_TO_SPAN.match(doc.low, sentence.start):
            state.date = state.reported_span
        if item.dates:  # a paragraph on a day of its own tells of something else than the draft
            state.telling = None
    told_document = opened_document(doc, sentence) or issued_document(doc, sentence)
    if told_document is not None:
        state.telling = told_document[1] if told_document[1] in ("proposed", "planned") else None
    places = sentence_places(doc, sentence, state.place)
    place_at = places.place_at
    facts: list[Fact] = []
    masked = [(m.start, m.end) for m in item.dates] + [(d.start, d.end) for d in item.documents]
    quantities = find_quantities(doc.low, sentence.start, sentence.end, masked)
    # a sentence breaking the last one's figure down ("… chiếm 39,51% tổng số hồ sơ. Khối bộ, ngành đạt 51,19%,
    # khối tỉnh, thành phố 15,21%") goes on from it
    previous = state.last_figure if _BREAKS_DOWN.match(doc.low, sentence.start) else None
    previous_status: str | None = None
    previous_clause = -1
    for i, quantity in enumerate(quantities):
        scope = _scope(doc, sentence, quantities, i, previous)
        each = places.each_before(quantity.start, scope.clause_start) or places.each_after(
            quantity.end, scope.clause_end
        )
        scope.each_place = bool(each)
        if quantity.unit is None:
            _noun_before(doc, scope)
        reading = _read_item(doc, item.heading, scope) if item.heading else rules.read(scope)
        reading = reading or _part_of_told(doc, quantities[:i], quantity, state)
        reading = reading or _ranked_after(doc, item.heading, quantity, state)
        if reading is not None and criterion(doc.low, scope.left, quantity.number_start, quantity.approx):
            state.thresholds.add((quantity.value, quantity.unit))
            continue  # a bound picking a group ("những xã có tỷ lệ dưới 50%")
        if reading is None:
            continue
        state.told.setdefault((quantity.value, quantity.unit), reading)
        # a bulletin's "label: value" lines under no lead tell what the headline or the lead names: a proposal's
        lead = (
            lead_status(doc, item.heading) if item.heading else (state.bulletin if label_line(doc, sentence) else None)
        )
        cued = item_status(figure_status(doc, scope, quantities), lead)
        # a later clause without a cue goes on in the state of the one before
        inherited = carried_status(doc, scope, previous_status if previous_clause != scope.clause_start else None)
        drafted = state.telling if state.telling and draft_goes_on(doc, scope) else None
        status = cued or inherited or drafted or sentence_opener_status(doc, scope) or "done"
        date, source = date_for(doc, item, scope, state.date, anchor)
        date = for_status(date, source, status, anchor.date, quantity.unit)
        if quantity.unit == "%" and reading.rule == _RANKED and source != "text" and state.share_date[1] == "text":
            date, source = state.share_date
        elif quantity.unit == "%":
            state.share_date = (date, source)
        if source == "text" and date is not None and date.period_start is not None and status == "done":
            state.reported_span = date
        province, commune = place_at(quantity.start)
        facts.append(_fact(doc_id, doc, scope, reading, status, date, source, province, commune))
        facts[-1].extra["region"] = places.region_at(quantity.start, commune)
        # what the series pass (series.py) reads besides the fact's fields: where the figure and its
        # sentence are, whether its date is a calendar period, its place the whole country, its status cued
        facts[-1].extra.update(
            at=quantity.number_start,
            sentence=(sentence.start, sentence.end),
            clause_end=scope.clause_end,
            calendar=bool(date and date.calendar),
            national=places.national,
            status_cued=cued is not None,
            recalled=status == "proposed" and recalled(doc, item, scope),
            # "Trong số 176 công chức được điều động, xã A tiếp nhận 10": the whole named again, to pick a part
            whole_named=_WHOLE_NAMED.search(doc.low, max(0, quantity.number_start - 20), quantity.number_start)
            is not None,
        )
        if each:  # said of each listed place: one fact per place, each with the figure's own reading
            figure = facts.pop()
            for each_province, each_commune in each:
                copy = dataclasses.replace(
                    figure, province=each_province, commune=each_commune, extra=dict(figure.extra)
                )
                copy.extra["region"] = None  # a commune or a province named, no former province's area
                copy.specialties = list(figure.specialties) if figure.specialties else None
                facts.append(copy)
        previous, previous_status, previous_clause = (quantity, reading), status, scope.clause_start
        state.last_figure = previous

    # the list-shaped metrics, read by the sentence scanners of rules.SCANNERS, are dated by the sentence
    date, source = date_for(doc, item, None, state.date, anchor)
    told = SentenceScope(doc, sentence, item.dates, item.documents, anchor.date, place_at, date, source)
    for scanner in rules.SCANNERS:
        for found in scanner.scan(told):
            facts.append(_scanned(doc_id, doc, scanner, found))
    if not item.caption:  # a caption speaks of its photo: the text goes on where and when it was
        places.move_on(figures=any(f.value is not None for f in facts))
        state.date = carried_date(doc, item, anchor.date, state.date)
        told_span = any(not _PASSING_DATE.search(doc.low, max(0, m.start - 10), m.start) for m in item.dates)
        if state.date is not None and state.date.period_start is not None and told_span:
            state.reported_span = state.date  # a span the text tells, with figures or without ("hồi tháng 3" is none)
        told_figures = any(f.value is not None for f in facts)
        if told_span and not told_figures and _opens_report(doc, item, state.date):
            state.opens_report = "opening"
        elif (told_figures and not label_line(doc, sentence)) or item.dates:
            state.opens_report = None  # the report's figures were told in prose, or another date came
    if item.heading and any(p.commune for p in places.places):
        # items of a list or rows of a table naming one commune each: after them, none ("Hồ sơ tiếp nhận: 2.840"
        # names none: the commune told before goes on)
        state.place.commune = None
    return facts


def _opens_report(doc: Document, item: Parsed, date: ResolvedDate | None) -> bool:
    """A sentence telling, with no figure, the span or the day a report holds for: "từ ngày 1/7 đến ngày 23/9",
    "tính đến ngày 30/9" (its last date, the one the text goes on in). A day an event happened is none."""
    if date is None or not item.dates:
        return False
    last = item.dates[-1]
    return (last.kind == "range" and date.period_start is not None) or report_day(doc, last)


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


_RANKED = "shares.ranked"
_RANKING_LEAD = re.compile(rf"(?<!\w)(?:{alternation(RANKING_LEADS)})(?!\w)")


def _ranked_after(doc: Document, heading: Heading | None, quantity: Quantity, state: _State) -> Reading | None:
    """A list item under a lead that ranks it after a leader told before ("Các địa phương xếp sau:" over "- Đà
    Nẵng: 58,89%"): a share of the last share's metric the article told."""
    lead = heading.sentence if heading else None
    if lead is None or quantity.unit != "%" or not _RANKING_LEAD.search(doc.low, lead.start, lead.end):
        return None
    told = next((r for (_, unit), r in reversed(state.told.items()) if unit == "%"), None)
    if told is None:
        return None
    return Reading(told.metric, _RANKED, kind=told.kind, level=told.level, family=told.family)


def _read_item(doc: Document, heading: Heading, scope: Scope) -> Reading | None:
    """A table cell is read by its column's header first, then its row; its evidence is the row. A list
    item is read by its own words first, then its lead line's."""
    if not heading.table:
        return rules.read(scope) or _read_under(doc, heading, scope)
    reading = _read_under(doc, heading, scope) or rules.read(scope)
    scope.left, scope.right = scope.sentence.start, scope.sentence.end
    return reading


def _read_under(doc: Document, heading: Heading, scope: Scope) -> Reading | None:
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
    if _IDENTIFIER_BEFORE.search(doc.low, max(0, scope.quantity.start - 25), scope.quantity.start):
        return  # "gọi tổng đài 1022": a number that names, not counts
    match = _NOUN_BEFORE.search(doc.low, scope.left, scope.quantity.start)
    if match and not scope.quantity.total and can_count(COUNT_NOUNS[squeeze(match.group(1))], scope.quantity.value):
        scope.quantity.noun = squeeze(match.group(1))
        scope.quantity.unit = COUNT_NOUNS[squeeze(match.group(1))]


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


def _scanned(doc_id: str, doc: Document, scanner: Scanner, found: Finding) -> Fact:
    """A fact a sentence scanner read from text[start:end]: evidence, offsets and confidence follow from those."""
    return Fact(
        doc=doc_id,
        metric=scanner.metric,
        evidence=doc.text[found.start : found.end],
        start=found.start,
        end=found.end,
        confidence=CONFIDENCE[scanner.rule],
        rule=scanner.rule,
        **found.values,
    )


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " ,;:-–()\"'“”|":
        start += 1
    while end > start and text[end - 1] in " ,;:-–(\"'“|":
        end -= 1
    return start, end


def _inside(mention: DateMention, documents: list[DocumentMention]) -> bool:
    return any(d.start <= mention.start < d.end for d in documents)
