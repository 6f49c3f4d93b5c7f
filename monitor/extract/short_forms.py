"""Short forms' lines (a bulletin's, an infographic's, a table's): whether a line is a whole short line right under
another, a line of figures a headline's span dates, or a table row whose header dates the table itself. The sentence
reader asks them to carry a short form's date from line to line (sentence_reading.py)."""

from __future__ import annotations

import re

from monitor.extract.context import Parsed
from monitor.extract.dates import find_dates
from monitor.extract.document import Document
from monitor.extract.lang.vi.dates import RUNNING_TOTAL_WORDS
from monitor.extract.layout import heading_line, line_bounds
from monitor.extract.patterns import BULLET_MARK, alternation, line_start
from monitor.extract.tokenize import Sentence


def short_line(doc: Document, sentence: Sentence) -> bool:
    """Whether the sentence is a whole line of its own, of a few words: a short form's line ("Tỷ lệ hồ sơ trực tuyến
    đạt 63,5%.")."""
    start, end = line_bounds(doc, sentence)
    line = doc.text[start:end].strip()
    return line == doc.text[sentence.start : sentence.end].strip() and len(line.split()) <= SHORT_LINE_WORDS


def right_under(doc: Document, sentence: Sentence) -> bool:
    """Whether the sentence's line stands right under another, no blank line between (paragraphs apart speak of the
    day the article is dated)."""
    start = line_start(doc.text, sentence.start)
    return start > 0 and not doc.text[: start - 1].rstrip(" \t").endswith("\n")


SHORT_LINE_WORDS = 20


def figure_line(doc: Document, item: Parsed) -> bool:
    """A short form's line a headline's span dates: a table's row, a list's item, a lead line ending in ':', or a
    "label: value" line whose value opens on its figure ("Hồ sơ tiếp nhận: 2.840"; not "Hỏi: …", "Ông A – Chủ tịch xã:
    …": a review of 0.9.25, helper-170)."""
    line = doc.text[item.sentence.start : item.sentence.end]
    if "|" in line or item.heading is not None or heading_line(doc, item.sentence):
        return True
    return _FIGURE_LABEL_LINE.match(line) is not None


_FIGURE_LABEL_LINE = re.compile(rf"\s*(?:{BULLET_MARK}\s*)?[^\n:]{{1,80}}:\s*(?:[^\W\d]+\s+){{0,2}}\d")


def table_dates_itself(doc: Document, item: Parsed) -> bool:
    """A table row whose header dates the table itself or counts a running total ("| Chỉ tiêu | Trong tháng | Lũy kế từ
    1/7 |"): the headline's span is not its cells' (a review of 0.9.25, helper-170)."""
    if "|" not in doc.text[item.sentence.start : item.sentence.end]:
        return False
    start = line_start(doc.text, item.sentence.start)
    while start > 0 and "|" in doc.text[line_start(doc.text, start - 1) : start - 1]:
        start = line_start(doc.text, start - 1)  # up to the table's first row, its header
    end = doc.text.find("\n", start)
    end = len(doc.text) if end < 0 else end
    return bool(find_dates(doc.low, start, end)) or _RUNNING_TOTAL.search(doc.low, start, end) is not None


_RUNNING_TOTAL = re.compile(rf"(?<!\w)(?:{alternation(RUNNING_TOTAL_WORDS)})(?!\w)")
