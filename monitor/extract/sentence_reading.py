"""One sentence's reading (read_sentence): each figure's reading, status, date and place, the sentence scanners'
list-shaped facts, and the state (state.py) moved on to the next sentence: the paragraph, the date and span under
discussion, the draft told, a report's opening. The Facts made of a reading or a scanner's finding are built here."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from monitor.extract import rules
from monitor.extract.context import Finding, Parsed, Reading, Scope, SentenceScope
from monitor.extract.dates import ResolvedDate
from monitor.extract.document import Document
from monitor.extract.document_status import (
    decided,
    issued_any_time,
    issued_document,
    opened_document,
    opens_content,
)
from monitor.extract.figure_reading import (
    RANKED,
    figure_scope,
    named_back,
    noun_before,
    part_of_told,
    ranked_after,
    ranked_count,
    read_item,
    rest_of_told,
)
from monitor.extract.lang.vi.cues import ANOTHER_AFTER, WHOLE_NAMED_BEFORE
from monitor.extract.lang.vi.dates import (
    BLOCK_OPENERS,
    CONTINUING_OPENERS,
    NOW_TOLD,
    PASSING_DATE_BEFORE,
    REPORT_PERIOD_LABELS,
    REPORTED_SPAN_NOT,
    REPORTED_SPAN_OPENERS,
)
from monitor.extract.lang.vi.money import GROUP_CONDITIONS, GROUP_NOUNS, GROUP_OPENERS, LEVEL_WITHIN_WORDS, LEVEL_WORDS
from monitor.extract.lang.vi.numbers import ROUGH_BEFORE_NUMBER
from monitor.extract.layout import breaks_down_row, heading_line, label_line, under_lead
from monitor.extract.numbers import COUNTED_UNITS, find_quantities
from monitor.extract.patterns import alternation, optional_words
from monitor.extract.rules import CONFIDENCE, Scanner
from monitor.extract.scopes import counted_threshold, criterion
from monitor.extract.short_forms import figure_line, right_under, short_line, table_dates_itself
from monitor.extract.state import State
from monitor.extract.status_cues import status_in
from monitor.extract.status_sources import weigh_status
from monitor.extract.when import Anchor, carried_date, date_for, for_status, recalled, report_day, since
from monitor.extract.where import sentence_places
from monitor.facts import Fact

_BREAKS_DOWN = re.compile(rf"\W*(?:{alternation(CONTINUING_OPENERS + BLOCK_OPENERS)})(?!\w)")
# after the place it is told of, perhaps: "Ở xã vùng xa Phong Quang, cùng khoảng thời gian trên, trung tâm tiếp nhận …"
_BACK_TO_SPAN = re.compile(
    r"\W*(?:(?:ở|tại)\s[^,.;:\d]{1,60},\s*)?"
    rf"(?!(?:{alternation(REPORTED_SPAN_NOT)})(?!\w))(?:{alternation(REPORTED_SPAN_OPENERS)})(?!\w)"
)
_PASSING_DATE = re.compile(rf"(?<!\w)(?:{alternation(PASSING_DATE_BEFORE)})\s+$")


def read_sentence(doc: Document, item: Parsed, state: State, anchor: Anchor, doc_id: str) -> list[Fact]:
    sentence = item.sentence
    paragraph = item.heading.paragraph if item.heading else sentence.paragraph  # a list goes on its lead's
    if paragraph != state.paragraph:
        # a former province's area is told of in its paragraph: the next one speaks of the province again; its
        # date goes on only in a paragraph that breaks down the one before ("Trong đó, …")
        # the paragraph after a report's opening goes on in its span, and so do a bulletin's "label: value"
        # lines and bullets after it, one paragraph each
        # a section's heading among them ("QUY MÔ", "DỊCH VỤ CÔNG:") goes on in the report too
        heading = state.opens_report is not None and heading_line(doc, sentence)
        lines = label_line(doc, sentence) or heading
        in_report = state.opens_report == "opening" or (state.opens_report == "lines" and lines)
        # one short line after another, no date of its own: a short form's lines, told for the date before ("Tuần 41
        # (6/10–12/10), tỉnh … tiếp nhận 18.420 hồ sơ." then "Tỷ lệ hồ sơ trực tuyến đạt 63,5%."; a black-box probe of
        # 0.9.25, helper-169)
        # (the line before told a figure for a span of a quarter at most, not the headline; this one tells nothing of
        # now: "Tỷ lệ này hiện đã tăng lên 68%" is the day the article is dated; a review of 0.9.25, helper-170)
        goes_on = state.short_line and short_line(doc, sentence) and right_under(doc, sentence)
        continuing = (
            doc.breaks_down(sentence.start)
            or under_lead(doc, sentence)
            or in_report
            or (goes_on and not item.dates and not doc.cues(NOW_TOLD, sentence.start, sentence.end, sentence))
        )
        state.short_line = False
        state.paragraph, state.place.region = paragraph, None
        state.date = state.date if continuing else None
        if state.headline_span is not None and sentence.start >= state.headline_end:
            if not figure_line(doc, item):
                state.headline_span = None  # prose: the headline's span dates no more lines
            elif state.date is None and not item.dates and not table_dates_itself(doc, item):
                state.date = state.headline_span  # "Bảng … quý III/2025" over "Hồ sơ tiếp nhận | 85.430"
        state.opens_report = "lines" if in_report and lines else None
        if _BACK_TO_SPAN.match(doc.low, sentence.start):
            state.date = state.reported_span
        if item.dates:  # a paragraph on a day of its own tells of something else than the draft
            state.telling = None
    told_document = opened_document(doc, sentence) or issued_document(doc, sentence)
    if told_document is None and state.issued and opens_content(doc, sentence):
        told_document = state.issued  # "… ban hành Kế hoạch số 12/KH-UBND. Theo đó, năm 2025 …"
    if told_document is not None:
        state.telling = told_document[1] if told_document[1] in ("proposed", "planned") else None
    elif state.telling and decided(doc, sentence):
        # "Trước đó, HĐND tỉnh đã thông qua chính sách hỗ trợ …. Mỗi người được hỗ trợ …": what follows is the
        # decision's, no longer the plan or the draft told before
        state.telling = None
    state.issued = issued_any_time(doc, sentence)
    places = sentence_places(doc, sentence, state.place)
    place_at = places.place_at
    facts: list[Fact] = []
    masked = [(m.start, m.end) for m in item.dates] + [(d.start, d.end) for d in item.documents]
    quantities = find_quantities(doc.low, sentence.start, sentence.end, masked)
    # a sentence breaking the last one's figure down ("… chiếm 39,51% tổng số hồ sơ. Khối bộ, ngành đạt 51,19%,
    # khối tỉnh, thành phố 15,21%") goes on from it
    # ... and so does a table's row led by a dash under a row with a figure ("Điều động về cấp xã | 126 người" over
    # "– Lĩnh vực công nghệ thông tin | 20 người |")
    sub_row = breaks_down_row(doc, item.heading, sentence)
    previous = state.last_figure if _BREAKS_DOWN.match(doc.low, sentence.start) or sub_row else None
    previous_status: str | None = None
    previous_clause = -1
    for i, quantity in enumerate(quantities):
        scope = figure_scope(doc, sentence, quantities, i, previous)
        scope.dates = item.dates
        each = places.each_before(quantity.start, scope.clause_start) or places.each_after(
            quantity.end, scope.clause_end
        )
        scope.each_place = bool(each)
        if quantity.unit is None:
            noun_before(doc, scope)
        reading = read_item(doc, item.heading, scope) if item.heading else rules.read(scope)
        reading = reading or part_of_told(doc, quantities[:i], quantity, state)
        reading = reading or rest_of_told(doc, quantity, state)
        reading = reading or ranked_after(doc, item.heading, quantity, state)
        reading = reading or named_back(doc, scope, state)
        reading = reading or ranked_count(doc, scope, state)
        if reading is not None and criterion(doc.low, scope.left, quantity.number_start, quantity.approx):
            state.thresholds.add((quantity.value, quantity.unit))
            continue  # a bound picking a group ("những xã có tỷ lệ dưới 50%")
        if reading is None:
            continue
        if quantity.unit in COUNTED_UNITS and rules.compared_change(scope):
            continue  # "là 386 thủ tục, tăng 120 thủ tục so với trước": a difference, no count of its own
        state.told.setdefault((quantity.value, quantity.unit), reading)
        date, source = date_for(doc, item, scope, state.date, anchor)
        weighed = weigh_status(
            doc,
            item,
            scope,
            quantities,
            state,
            previous_status=previous_status if previous_clause != scope.clause_start else None,
            to_come=date is not None and date.to_come,
        )
        status = weighed.status
        date = for_status(date, source, status, anchor.date, quantity.unit)
        if quantity.unit == "%" and reading.rule == RANKED and source != "text" and state.share_date[1] == "text":
            date, source = state.share_date
        elif quantity.unit == "%":
            state.share_date = (date, source)
        if source == "text" and date is not None and date.period_start is not None and status == "done":
            state.reported_span = date
        if counted_threshold(doc.low, scope.clause_start, quantity.number_start, quantity.approx, quantity.unit):
            # how many places pass a bound ("25/34 tỉnh, thành phố đã đưa trên 90% TTHC"): no fact, but the places
            # told apart after it read as it does ("trong đó An Giang, Bắc Ninh … đạt 100%")
            previous, previous_status, previous_clause = (quantity, reading), status, scope.clause_start
            state.last_figure = previous
            continue
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
            status_cued=weighed.cued,
            recalled=status == "proposed" and recalled(doc, item, scope),
            # "Trong số 176 công chức được điều động, xã A tiếp nhận 10": the whole named again, to pick a part
            whole_named=_WHOLE_NAMED.search(doc.low, max(0, quantity.number_start - 20), quantity.number_start)
            is not None,
            # "Mức hỗ trợ 3 triệu đồng/tháng …": a level named, which may be a rate told before (restate.py)
            level_named=_LEVEL_NAMED.search(doc.low, max(scope.left, quantity.number_start - 50), quantity.number_start)
            is not None
            and not _OWN_GROUP.match(doc.low, sentence.start),
            # "21 người khác được chuyển từ các xã thừa biên chế": other people than a count of the same value
            another=_ANOTHER.match(doc.low, quantity.end) is not None,
            # a table's dashed row breaking the row above down: a part of its own, whatever its value (restate.py)
            part_row=sub_row,
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
    if item.caption and state.place.province is None and state.place.commune is None:
        # a caption before the text names any place: the text speaks of where its photo was ("Công chức xã Ea Kar (Đắk
        # Lắk) hướng dẫn người dân. (Ảnh: Minh Tâm)" then "Xã tiếp nhận 6.210 hồ sơ."; a black-box probe of short
        # forms, helper-169); its date stays the photo's
        places.move_on(figures=False)
    if not item.caption:  # a caption speaks of its photo: the text goes on where and when it was
        places.move_on(figures=any(f.value is not None for f in facts))
        if not (item.heading and item.heading.table):
            # a table row's date is its own: "bố trí tạm đến hết ngày 3/10/2028" in one row dates no row after it
            state.date = carried_date(doc, item, anchor.date, state.date)
        told_span = any(not _PASSING_DATE.search(doc.low, max(0, m.start - 10), m.start) for m in item.dates)
        if state.date is not None and state.date.period_start is not None and told_span:
            state.reported_span = state.date  # a span the text tells, with figures or without ("hồi tháng 3" is none)
        told_figures = any(f.value is not None for f in facts)
        if told_span and not told_figures and _opens_report(doc, item, state.date, anchor.date):
            state.opens_report = "opening"
        elif (told_figures and not label_line(doc, sentence)) or any(not since(doc, m) for m in item.dates):
            # the report's figures were told in prose, or another date came (a line's own start, "Hồ sơ tiếp nhận từ
            # ngày 1/7: 8.424 hồ sơ", is its running total's, in the report's span)
            state.opens_report = None
    if sentence.start < state.headline_end:
        # (a headline setting aims or plans names when they were set, not what its lines count: "Tháng 9/2025, Sở Nội
        # vụ … giao chỉ tiêu cho các xã"; a review of 0.9.25, helper-170)
        aims = status_in(doc, sentence, sentence.start, sentence.end) not in (None, "done")
        state.headline_span = None if aims else _past_span(state.date, anchor.date)
    elif short_line(doc, sentence) and any(f.value is not None for f in facts):
        # a line of figures told for a short span, or for the date a lead gave the lines above ("Số liệu tính đến 16
        # giờ ngày 30/10/2025 …:" over "3.089 hồ sơ đã tiếp nhận" then "3.013 hồ sơ đã giải quyết")
        state.short_line = _short_span(state.date) or (not item.dates and state.date is not None)
    if item.heading and any(p.commune for p in places.places):
        # items of a list or rows of a table naming one commune each: after them, none ("Hồ sơ tiếp nhận: 2.840"
        # names none: the commune told before goes on)
        state.place.commune = None
    return facts


def _short_span(date: ResolvedDate | None) -> bool:
    """A span of a quarter at most ("Tuần 41 (6/10–12/10)", "tháng 9", "quý III"): a short form's lines under its line
    go on in it; a year or a day an event happened is no span they share."""
    if date is None or date.period_start is None or date.period_end is None:
        return False
    return (date.period_end - date.period_start).days <= SHORT_SPAN_DAYS


SHORT_SPAN_DAYS = 92


def _past_span(date: ResolvedDate | None, published: dt.date | None) -> ResolvedDate | None:
    """A whole calendar span that has run out by the day the article is dated ("tháng 10/2025", "quý III/2025")."""
    if date is None or not date.calendar or date.period_start is None or published is None:
        return None
    return date if (date.period_end or date.as_of) <= published else None


def _opens_report(doc: Document, item: Parsed, date: ResolvedDate | None, published: dt.date | None) -> bool:
    """A sentence telling, with no figure, the span or the day a report holds for: "từ ngày 1/7 đến ngày 23/9",
    "tính đến ngày 30/9" (its last date, the one the text goes on in). A day an event happened is none, nor a span
    still to run ("Chính sách dự kiến áp dụng từ ngày 1/7/2025 đến ngày 30/6/2027": what a policy covers)."""
    if date is None or not item.dates:
        return False
    if published is not None and date.period_end is not None and date.period_end > published:
        return False
    last = item.dates[-1]
    if (
        date.calendar
        and date.period_start is not None
        and _PERIOD_LABEL.search(doc.low, item.sentence.start, last.start)
    ):
        return True  # a report's whole past period named: "BẢN TIN … – Kỳ báo cáo: tháng 8/2025." over its lines
    return (last.kind == "range" and date.period_start is not None) or report_day(doc, last)


# the label then a colon or a dash ("Kỳ báo cáo: tháng 8/2025", "BẢN TIN – THÁNG 8/2025"): in prose ("gửi báo cáo quý
# III/2025", "chậm gửi số liệu tháng 9") the words name a document or data, no report's period
_PERIOD_LABEL = re.compile(rf"(?<!\w)(?:{alternation(REPORT_PERIOD_LABELS)})\s*[:–-]\s*$")
_LEVEL_NAMED = re.compile(rf"(?<!\w)(?:{alternation(LEVEL_WORDS)})(?:\s+[^\W\d]+){{0,{LEVEL_WITHIN_WORDS}}}\s*:?\s*$")
_OWN_GROUP = re.compile(
    rf"\W*(?:(?:{alternation(GROUP_OPENERS)})\s+(?:{alternation(GROUP_NOUNS)})(?!\w)"
    rf"|(?:{alternation(GROUP_NOUNS)})(?!\w)[^.;\d]{{0,60}}?(?:{alternation(GROUP_CONDITIONS)})(?!\w))"
)  # matched on the lower-cased view
_ANOTHER = re.compile(rf"\s+(?:{alternation(ANOTHER_AFTER)})(?!\w)")
_WHOLE_NAMED = re.compile(rf"(?<!\w)(?:{alternation(WHOLE_NAMED_BEFORE)})\s+{optional_words(ROUGH_BEFORE_NUMBER)}$")


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
