"""The article's layout as the reader uses it: photo captions, lists and tables under their lead line, runs of
"label: value" lines (bulletins and portal notices write figures so: "Hồ sơ tiếp nhận: 2.840")."""

from __future__ import annotations

import re

from monitor.extract.context import Heading, Parsed
from monitor.extract.dates import DateMention
from monitor.extract.document import Document
from monitor.extract.lang.vi.cues import (
    CHART_TITLES,
    EXAMPLE_OPENERS,
    HOW_MANY_WORDS,
    MADE_UP_NAMED,
    SUPPOSITION_OPENERS,
)
from monitor.extract.lang.vi.deadlines import DEADLINE_DATE_MARKERS as LIMIT_MARKERS
from monitor.extract.lang.vi.status import (
    DOCUMENT_STATUS,
    HEADLINE_INSTRUCTIONS,
    HEADLINE_INSTRUCTIONS_NOT_AFTER,
    HEADLINE_PROPOSALS,
    NOT_SUBMITTING_BEFORE,
    PETITIONERS,
    QUESTION_LABELS,
    STATUS_CUES,
)
from monitor.extract.normalize import fold, lower
from monitor.extract.patterns import BULLET_MARK, ITEM_NUMBER_MARK, alternation, line_start
from monitor.extract.status_cues import status_in
from monitor.extract.tokenize import Sentence

# a photo's caption: "Ảnh: …" opening its line, or a credit closing it ("… thủ tục. Ảnh: BẢO PHƯƠNG")
_CAPTION = re.compile(r"\s*(?:ảnh|ảnh minh họa|video|clip)\s*:|.*[.)]\s*\(?ảnh\s*:[^.:]{0,60}$")


_EXAMPLE = re.compile(rf"\W*(?P<kind>{alternation(EXAMPLE_OPENERS + SUPPOSITION_OPENERS)})(?!\w)")
# a place or a person named by a capital letter alone: "xã A", "phường B", "ông C"
_MADE_UP_NAME = re.compile(rf"(?<!\w)(?i:{alternation(MADE_UP_NAMED)})\s+[A-ZĐ](?!\w)")


def opens_example(doc: Document, sentence: Sentence) -> bool:
    """A sentence opening on an illustration made up to explain a rule: a supposition ("Giả sử …"), or an example
    naming a place or a person by a letter ("Ví dụ, xã A trước sắp xếp …", "Ví dụ: ông B có 20 năm công tác …"). A
    real case ("Ví dụ, tại xã Tân Phú, …", "Ví dụ điển hình là phường Tân Định") is read."""
    opener = _EXAMPLE.match(doc.low, sentence.start)
    if opener is None:
        return False
    if opener.group("kind") in SUPPOSITION_OPENERS:
        return True
    return _MADE_UP_NAME.search(doc.text, opener.end(), sentence.end) is not None


def is_caption(doc: Document, sentence: Sentence, known: dict[int, bool]) -> bool:
    line_begin = line_start(doc.low, sentence.start)
    if line_begin not in known:
        line_end = doc.low.find("\n", sentence.end)
        known[line_begin] = bool(_CAPTION.match(doc.low, line_begin, len(doc.low) if line_end < 0 else line_end))
    return known[line_begin]


_BULLET = re.compile(rf"\s*{BULLET_MARK}\s+")
_NUMBERED = re.compile(rf"\s*{ITEM_NUMBER_MARK}\s+")
# a pictograph an infographic or a social post sets before each item ("📥 509 hồ sơ …", "✅ 457 hồ sơ đã giải quyết",
# "⏱ Hơn 88,2% …"): its lines go on in the span the text told above them, as a bulletin's lines do; they are no list
# under a lead line (a blind set's statuses fell when they were tied to one)
_PICTOGRAPH = re.compile(
    r"\s*(?:[\u2300-\u23ff\u25a0-\u25ff\u2600-\u27bf\u2b00-\u2bff\U0001f300-\U0001faff]|\d\ufe0f?\u20e3)\ufe0f?\s+"
)


def find_headings(doc: Document, parsed: list[Parsed]) -> None:
    """Tie each bullet item (or "label: value" line) to the line ending in ':' above its list, and each table
    row (cells split by '|') to its table's header row, one without figures."""
    lead: Heading | None = None
    header: Heading | None = None
    in_table = False
    headline: Heading | None = None  # a headline naming no figure leads the bulleted or numbered list right under it
    asked = False  # the lead is a question asking how many
    for item in parsed:
        line = doc.text[item.sentence.start : item.sentence.end]
        if item.sentence.paragraph == 0:
            headline = None if _digits_outside_dates(line, item) else Heading(0, line, sentence=item.sentence)
        elif lead is None and headline is not None and (_BULLET.match(line) or _NUMBERED.match(line)):
            # "Cà Mau: tỷ lệ hồ sơ trực tuyến các xã dẫn đầu (tháng 9/2025)" over "1. Xã Đầm Dơi: 88,2%" (a black-box
            # probe of short forms, helper-169)
            # (each item stays a paragraph of its own: the headline names what its figures count, no span they share)
            item.heading = Heading(item.sentence.paragraph, headline.text, sentence=headline.sentence)
            continue
        else:
            headline = None
        if "|" in line:
            if in_table:
                item.heading = header
            else:
                above = lead.text if lead and lead.paragraph == item.sentence.paragraph - 1 else None
                # the header row's status words are its cells' ("Khoảng cách | Mức hỗ trợ đề xuất": proposed rates)
                header = (
                    Heading(
                        item.sentence.paragraph,
                        _without_dates(line, item),
                        True,
                        sentence=item.sentence,
                        lead=above,
                        column_dates=_column_dates(line, item),
                    )
                    if _header_row(line, item)
                    else None
                )
            in_table = True
            continue
        in_table = False
        if asked and not _ANSWERED.match(line):
            lead = None  # a question leads only an answer that opens on its figure ("Đáp: 3.742 hồ sơ, …")
        if _BULLET.match(line) or (lead and _LABEL_LINE.fullmatch(line.strip()) and not line.rstrip().endswith(":")):
            item.heading = lead  # "- Xã A: 4,5 tỷ đồng", or the same line without its bullet
            asked = False
            continue
        asked = _asks(doc, item)
        lead = (
            Heading(item.sentence.paragraph, line, sentence=item.sentence)
            if line.rstrip().endswith(":") or _titles_a_chart(line, item) or _section_heading(line) or asked
            else None
        )


def _asks(doc: Document, item: Parsed) -> bool:
    """A line of its own asking how many ("Hỏi: … nhận bao nhiêu hồ sơ?"): it leads the answer's line under it."""
    start, end = item.sentence.start, item.sentence.end
    whole_line = not doc.text[end : line_bounds(doc, item.sentence)[1]].strip()
    return (
        whole_line and doc.text[start:end].rstrip().endswith("?") and _HOW_MANY.search(doc.low, start, end) is not None
    )


# an answer opening on its figure, after its label at most: "Đáp: 3.742 hồ sơ", "Trả lời: Khoảng 412 người"
_ANSWERED = re.compile(r"\s*(?:[^\W\d]+(?:\s+[^\W\d]+)?\s*:\s*)?(?:[^\W\d]+\s+)?\d")
_HOW_MANY = re.compile(rf"(?<!\w)(?:{alternation(HOW_MANY_WORDS)})(?!\w)")


def _header_row(line: str, item: Parsed) -> bool:
    """A table's header row: no figure, its dates in one of its cells ("| Cấp | Hồ sơ tiếp nhận quý I/2025 (từ 15/12
    đến 14/3) | Giải quyết đúng hạn |": the span the table holds for) or one in each of several (_column_dates)."""
    if _digits_outside_dates(line, item):
        return False
    columns = _date_columns(line, item)
    return len(set(columns)) <= 1 or len(set(columns)) == len(columns)


def _date_columns(line: str, item: Parsed) -> list[int]:
    """The column of each of a header row's dates."""
    return [cell_index(line, 0, m.start - item.sentence.start) for m in item.dates]


def _without_dates(line: str, item: Parsed) -> str:
    """The header's words with its dates blanked: "Tháng 8/2025", "từ 15/12 đến 14/3" date the cells, they name
    nothing the cells count (the dates are read from the header row itself)."""
    start = item.sentence.start
    for mention in item.dates:
        line = line[: mention.start - start] + " " * (mention.end - mention.start) + line[mention.end - start :]
    return _EMPTY_BRACKETS.sub(lambda m: " " * len(m.group()), line)


_EMPTY_BRACKETS = re.compile(r"\(\s*\)")  # "(từ 15/12 đến 14/3)" with its dates blanked


def cell_index(text: str, start: int, at: int) -> int:
    """The column `at` stands in, in the table row starting at `start`, counted past a leading bar: "| Hồ sơ | 14.785 |"
    and "Hồ sơ | 14.785" both put 14.785 in column 1 (a header and its rows may write the bar differently)."""
    return text.count("|", _past_leading_bar(text, start, at), at)


def _past_leading_bar(text: str, start: int, end: int) -> int:
    first = len(text[start:end]) - len(text[start:end].lstrip())
    return start + first + 1 if text.startswith("|", start + first) else start


def breaks_down_row(doc: Document, heading: Heading | None, row: Sentence) -> bool:
    """A table's row led by a dash under a row with a figure and no dash, which it breaks down: "– Lĩnh vực công nghệ
    thông tin | 20 người" under "Điều động từ cấp tỉnh về cấp xã | 126 người" (in a table whose rows all start with
    a dash, no row is another's part)."""
    if heading is None or not heading.table or not _DASHED_ROW.match(doc.text, row.start):
        return False
    top = heading.sentence.end if heading.sentence else 0
    return any(
        line.strip() and not _DASHED_ROW.match(line) and _DIGIT.search(line)
        for line in doc.text[top : row.start].splitlines()
    )


_DASHED_ROW = re.compile(rf"[ \t|]*{BULLET_MARK}")
_DIGIT = re.compile(r"\d")


def header_row(doc: Document, item: Parsed) -> bool:
    """Whether the item is a table's header row (a line of cells with no figure outside its dates)."""
    line = doc.text[item.sentence.start : item.sentence.end]
    return "|" in line and _header_row(line, item)


def _column_dates(line: str, item: Parsed) -> dict[int, DateMention]:
    """A header's dates when each stands in a column of its own and there are several ("| Chỉ tiêu | Tháng 8 | Tháng
    9 |", "| Nội dung | Năm 2024 | Năm 2025 |"): each dates its column's cells; one date dates the whole table."""
    dated = dict(zip(_date_columns(line, item), item.dates, strict=True))
    return dated if len(dated) > 1 and len(dated) == len(item.dates) else {}


_LABEL_LINE = re.compile(r"[^\n:]{1,80}:[^\n]*\S[^\n]*")
# a chart's title as a line of its own: "Biểu đồ cột: Số hồ sơ phường tiếp nhận theo lĩnh vực, từ ngày 1/7 đến ngày
# 7/7/2025." over "Hộ tịch: 264 hồ sơ" lines; it names what their figures count, as a lead ending in ':' does
_CHART_TITLE = re.compile(rf"\s*(?:{alternation(CHART_TITLES)})(?:\s+[^\W\d]+){{0,2}}\s*:\s*[^\W\d]")


def heading_line(doc: Document, sentence: Sentence) -> bool:
    """Whether the sentence is a line of its own naming a section, with no figure: in capitals ("QUY MÔ", "DỊCH VỤ
    CÔNG") or ending in ':' ("Kết quả cụ thể:")."""
    start, end = line_bounds(doc, sentence)
    line = doc.text[start:end].strip()
    if not line or any(ch.isdigit() for ch in line):
        return False
    return line.endswith(":") or _in_capitals(line, _HEADING_LETTERS)


_HEADING_LETTERS = 4


def _in_capitals(line: str, least_letters: int) -> bool:
    """Every letter of the line a capital, and at least `least_letters` of them."""
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= least_letters and all(ch.isupper() for ch in letters)


def _section_heading(line: str) -> bool:
    """A section's heading in capitals over its items, as infographics and bulletins set them: "HỒ SƠ 34 ĐỊA PHƯƠNG
    TIẾP NHẬN" over "• Tổng số: 14,5 triệu hồ sơ" (its words name what the items count, as a lead's do)."""
    return len(line.split()) >= _HEADING_WORDS and _in_capitals(line, _HEADING_WORDS * 2)


_HEADING_WORDS = 3


def _titles_a_chart(line: str, item: Parsed) -> bool:
    """A chart's title line, with no figure of its own besides its dates."""
    return bool(_CHART_TITLE.match(lower(fold(line)))) and not _digits_outside_dates(line, item)


def _digits_outside_dates(line: str, item: Parsed) -> bool:
    """Whether the item's line (starting where its sentence starts) holds a digit that is no part of its dates."""
    start = item.sentence.start
    dated = [(m.start - start, m.end - start) for m in item.dates]
    return any(ch.isdigit() and not any(a <= i < b for a, b in dated) for i, ch in enumerate(line))


def line_bounds(doc: Document, sentence: Sentence) -> tuple[int, int]:
    """The line the sentence stands in: from the newline before it to the one after it."""
    end = doc.text.find("\n", sentence.end)
    return line_start(doc.text, sentence.start), len(doc.text) if end < 0 else end


def label_line(doc: Document, sentence: Sentence) -> bool:
    """Whether the sentence is a line of its own shaped "label: value" or a bullet item ("– Quá hạn: 763 hồ sơ")."""
    start, end = line_bounds(doc, sentence)
    line = doc.text[start:end].strip()
    return bool(_BULLET.match(line) or _PICTOGRAPH.match(line) or _LABEL_LINE.fullmatch(line))


def timeline_item_at(doc: Document, at: int) -> int | None:
    """The start of the line holding `at` when it is a timeline's item: past a bullet, a pictograph or a list's number
    at most, it opens on a limit and its date, the task after a colon ("– Chậm nhất ngày 25/6: thu hồi con dấu cũ",
    "2. Trước ngày 30/9: …"); a bullet paragraph of prose is none."""
    start = line_start(doc.low, at)
    return start if _TIMELINE_ITEM.match(doc.low, start) else None


_ITEM_OPENING = rf"[ \t]*(?:{BULLET_MARK}[ \t]*|(?:\d{{1,2}}|[a-zđ])[.)][ \t]*)?(?:{_PICTOGRAPH.pattern})?"
_LIMIT_DATE = (
    rf"(?:(?:{alternation(LIMIT_MARKERS)})[ \t]+)?(?:ngày[ \t]*)?\d{{1,2}}[/-]\d{{1,2}}(?:[/-]\d{{2,4}})?"
    r"[ \t]*(?:\([^)\n]*\))?"
)
# the limit first, the task after a colon or a dash ("– Chậm nhất ngày 25/6: thu hồi con dấu cũ"), or the task first,
# its limit after the colon ("▪ Rà soát thủ tục nội bộ: trước ngày 30/9")
_TIMELINE_ITEM = re.compile(
    rf"{_ITEM_OPENING}(?:{_LIMIT_DATE}[ \t]*(?::|[–—-][ \t])|[^:\n]{{1,80}}:[ \t]*{_LIMIT_DATE}[ \t]*(?:[.;]|$))",
    re.MULTILINE,
)


def under_lead(doc: Document, sentence: Sentence) -> bool:
    """A line in a run of "label: value" lines under a lead ending in ":" ("Kết quả từ ngày 1/7 đến ngày
    6/10/2025:" then "Hồ sơ tiếp nhận: gần 2.840", "Hồ sơ đã giải quyết: 2.158"): told for the lead's span."""
    end = doc.text.rfind("\n", 0, sentence.start)
    while end > 0:
        start = line_start(doc.text, end)
        line = doc.text[start:end].strip()
        if line.endswith(":"):
            return True
        if line and not _LABEL_LINE.fullmatch(line):
            return False
        end = start - 1
    return False


def lead_status(doc: Document, heading: Heading | None, row: Sentence, at: int) -> str | None:
    """The status a list's lead line cues for its items: "Trong năm 2025, tỉnh phấn đấu:" over "- 100% TTHC …"; a
    lead naming a proposal lists its content: "Nội dung chính của tờ trình:" over "- Tổng kinh phí dự kiến: …". A
    table's header cues the cells of its column only: "Khoảng cách | Mức hỗ trợ đề xuất" proposes the rates of the
    second column, while "Chỉ tiêu | Kết quả" names no target ("chỉ tiêu" heads the column of labels)."""
    if heading is None or heading.sentence is None:
        return None
    lead = heading.sentence
    start, end = lead.start, lead.end
    if heading.table:
        column = cell_index(doc.text, row.start, at)
        first = _past_leading_bar(doc.text, lead.start, lead.end)
        bars = [i for i in range(first, lead.end) if doc.text[i] == "|"]
        if column > len(bars):
            return None
        start = bars[column - 1] + 1 if column else first
        end = bars[column] if column < len(bars) else lead.end
    cued = status_in(doc, lead, start, end)
    if cued is None and _PROPOSAL_NAMED.search(doc.low, start, end):
        return "proposed"
    return cued


_PROPOSAL_NAMED = re.compile(
    rf"(?<!\w)(?:{alternation(k for k, v in DOCUMENT_STATUS.items() if v == 'proposed')})(?!\w)"
)


def item_status(cued: str | None, lead: str | None) -> str | None:
    """An item's status under its lead: its own cue, else the lead's; a proposal the lead names outranks the plan or
    the aim an item cues (facts.md: proposed > planned > target): "Tổng kinh phí dự kiến: hơn 43 tỷ đồng" under the
    content of a submission is the submission's figure, proposed."""
    if lead == "proposed" and cued in ("planned", "target"):
        return lead
    return cued or lead


_PROPOSING = tuple(dict.fromkeys((*STATUS_CUES["proposed"], *HEADLINE_PROPOSALS)))


def headline_proposes(doc: Document, parsed: list[Parsed], lead_end: int) -> bool:
    """Whether the headline or the lead (the text before `lead_end`) names a proposal: "Cà Mau trình mức hỗ trợ …",
    "BẢN TIN – TỜ TRÌNH CHÍNH SÁCH HỖ TRỢ": a bulletin under it tells the proposal's figures."""
    return any(
        not _NOT_SUBMITTING.search(doc.low, max(0, cue.start() - 10), cue.start())
        and not _PETITION_BEFORE.search(doc.low, max(0, cue.start() - 15), cue.start())
        and not _PETITION_AFTER.match(doc.low, cue.end())
        and not _QUESTION_LINE.match(doc.low, line_start(doc.low, cue.start()))
        for item in parsed
        if item.sentence.start < lead_end
        for cue in doc.cues(_PROPOSING, item.sentence.start, min(item.sentence.end, lead_end), item.sentence)
    )


def headline_instructs(doc: Document, parsed: list[Parsed], headline_end: int) -> bool:
    """Whether the headline names an instruction ("Hà Nội yêu cầu xã, phường đẩy mạnh nhận hồ sơ trực tuyến"): the aims
    a bulletin's lines under it state ("🎯 Tối thiểu 60% hồ sơ …") are its targets."""
    return any(
        not _NOT_INSTRUCTING.match(doc.low, cue.end())
        for item in parsed
        if item.sentence.start < headline_end
        for cue in doc.cues(
            HEADLINE_INSTRUCTIONS, item.sentence.start, min(item.sentence.end, headline_end), item.sentence
        )
    )


_NOT_INSTRUCTING = re.compile(rf"\s+(?:{alternation(HEADLINE_INSTRUCTIONS_NOT_AFTER)})(?!\w)")


# a reader's question: what it asks about ("… trước khi trình HĐND xã?") proposes nothing
_QUESTION_LINE = re.compile(rf"\W*(?:{alternation(QUESTION_LABELS)})\s*:")
_PETITION_BEFORE = re.compile(rf"(?<!\w)(?:{alternation(PETITIONERS)})\s+$")
_PETITION_AFTER = re.compile(rf"\s+(?:của\s+)?(?:{alternation(PETITIONERS)})(?!\w)")
_NOT_SUBMITTING = re.compile(rf"(?<!\w)(?:{alternation(NOT_SUBMITTING_BEFORE)})\s+$")


def spans_read_first(doc: Document, parsed: list[Parsed]) -> list[Parsed]:
    """The reading order: a line of its own telling only a span, right after a line of figures with no date of its own
    ("👥 6.984 học viên … đã tham gia chương trình bồi dưỡng" then "📅 Từ 11/6 đến 24/6/2025", as infographics set
    them), is read before that line, whose figures it dates as a report's opening does."""
    order = list(parsed)
    i = 1
    while i < len(order):
        above, item = order[i - 1], order[i]
        if (
            _span_line(doc, item)
            and not above.dates
            and _own_line(doc, above.sentence)
            and _own_line(doc, item.sentence)
            and _digits_outside_dates(doc.text[above.sentence.start : above.sentence.end], above)
            and not doc.text[item.sentence.start : item.sentence.end].rstrip().endswith(":")
        ):
            # (a line above with no figure, a title, is read first; a span ending in ":" leads the lines after it)
            order[i - 1], order[i] = item, above
            i += 1  # the figure line now stands at i: no second span line moves past it
        i += 1
    return order


def _span_line(doc: Document, item: Parsed) -> bool:
    """A line whose only figures are its dates, one of them a span: "📅 Từ 11/6 đến 24/6/2025", "Thời gian: từ 1/7 đến
    30/9/2025"."""
    if not any(m.kind == "range" for m in item.dates):
        return False
    start = item.sentence.start
    dated = [(m.start - start, m.end - start) for m in item.dates]
    line = doc.low[start : item.sentence.end]
    if _digits_outside_dates(line, item):
        return False
    words = len(_WORD.findall(line)) - sum(len(_WORD.findall(line[a:b])) for a, b in dated)
    return words <= _SPAN_LABEL_WORDS


_WORD = re.compile(r"[^\W\d]+")
_SPAN_LABEL_WORDS = 3  # "Thời gian:" at most besides the dates


def _own_line(doc: Document, sentence: Sentence) -> bool:
    """The sentence is a whole line of its own."""
    start, end = line_bounds(doc, sentence)
    return not doc.text[start : sentence.start].strip() and not doc.text[sentence.end : end].strip()
