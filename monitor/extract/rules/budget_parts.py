"""The parts of a budget: money told as a share of a budget the text told just before — after a part's word ("trong
đó"), in a list after a colon closing the budget's amount, or on a fact sheet's lines under its total."""

from __future__ import annotations

import re

from monitor.extract.context import Scope
from monitor.extract.lang.vi.money import (
    BUDGET_CUES,
    BUDGET_NAMED_AFTER,
    CAPTION_NOT_TOTAL,
    NOT_BUDGET_CUES,
    NOT_BUDGET_PARAGRAPH,
    NOT_SHEET_PART,
    RECEIVING_BEFORE,
    RECEIVING_MOST,
    RECEIVING_PEOPLE,
    SHEET_TOTAL_WORDS,
    SPEECH_BEFORE_COLON,
    TASK_MONEY_CUES,
)
from monitor.extract.lang.vi.parts import PART_INTRODUCERS
from monitor.extract.lang.vi.units import PER_PERSON
from monitor.extract.patterns import alternation, line_start

_PART_FROM = 1e8  # a department's share of a budget: hundreds of millions and up, not a rate


def part_of_budget(scope: Scope) -> bool:
    """Money in a clause opened by a part's word, after a budget's words earlier in the sentence (or in the
    sentence before, when the part's word opens this one)."""
    if scope.quantity.value < _PART_FROM:
        return False
    opener = scope.doc.cues(PART_INTRODUCERS, scope.clause_start, scope.quantity.start, scope.sentence)
    if not opener:
        return _listed_after_budget(scope)
    if scope.has(NOT_BUDGET_CUES, scope.sentence.start, scope.quantity.start):
        return False
    if scope.has(BUDGET_CUES, scope.sentence.start, opener[0].start()):
        return True
    # a sentence opening on the part's word goes on from the budget of the sentence before it in its paragraph:
    # "… với tổng số gần 154 tỷ đồng. Trong đó, 120 tỷ đồng từ ngân sách Trung ương"
    low, start = scope.doc.low, scope.sentence.start
    if low[start : opener[0].start()].strip(" ,") != "":
        return False
    back = scope.doc.told_before(scope.sentence)
    if back == start:
        return _goes_on_from_paragraph(scope)
    return scope.has(BUDGET_CUES, back, start)


def _goes_on_from_paragraph(scope: Scope) -> bool:
    """A paragraph opening on the part's word goes on from the budget of the paragraph before (a blank line between):
    "… bổ sung dự toán hơn 37 tỷ đồng cho các địa phương …" then "Trong đó, khoảng 30 tỷ đồng dành mua xe …". That
    paragraph names money, and a budget: told as its last money, or told earlier (there, or in the headline it
    restates) or "kinh phí" named there, with nothing owed, taken or given; some people's own receipts ("5 người nhận
    trên 1 tỷ đồng") are no part (reviews of 0.9.19–0.9.23)."""
    low, start = scope.doc.low, scope.sentence.start
    before = low[:start].rstrip()
    if low[len(before) : start].count("\n") < 2:
        return False  # a table's or a sheet's line, no paragraph of its own
    back = line_start(low, len(before))
    if _MONEY_AMOUNT.search(low, back, start) is None:
        return False
    if _PEOPLE_RECEIVE.search(low, scope.clause_start, scope.quantity.start):
        return False
    previous = scope.previous
    budget_before = previous is not None and previous[1].metric == "budget"
    if budget_before and previous[0].start >= back and _MONEY_AMOUNT.search(low, previous[0].end, start) is None:
        return not scope.has(NOT_BUDGET_CUES, back, start)  # "… bố trí 250 tỷ đồng kinh phí …, không để nợ đọng."
    if not (budget_before or scope.has(TASK_MONEY_CUES, back, start)):
        return False
    return _NOT_BUDGET_PARAGRAPH.search(low, back, start) is None


def line_under_budget(scope: Scope) -> bool:
    """The amount, in đồng alone, stands after the colon of a "label: amount" line, and the lines above it up to a line
    telling money for a task in total the same way are all "label: value" lines (a blank line, a heading or prose ends
    the sheet); neither that line nor the amount's names the economy's money or other money (NOT_SHEET_PART)."""
    if scope.quantity.unit != "VND":
        return False  # "Tiền thuê trụ sở tạm: 150 triệu đồng/tháng": a rate, no part of a total
    low = scope.doc.low
    start = line_start(low, scope.quantity.start)
    label = _SHEET_LABEL.match(low, start)
    if label is None or label.end() > scope.quantity.start or _NOT_SHEET_PART.search(low, start, scope.quantity.start):
        return False
    end = start - 1
    while end > 0:
        above = line_start(low, end)
        line = low[above:end]
        if _SHEET_TOTAL_LINE.fullmatch(line):
            return _NOT_SHEET_PART.search(line) is None
        if _SHEET_LABEL.match(line) is None:
            return False
        end = above - 1
    return False


# a line's label: bullet marks, then up to 160 characters with no colon and no speaker's words, then the colon (a
# source's label may name its decision: "Nguồn ngân sách trung ương bổ sung có mục tiêu theo Quyết định số …: 216,5 tỷ
# đồng")
_SHEET_LABEL = re.compile(rf"[^\w\n]*(?:(?!(?:{alternation(SPEECH_BEFORE_COLON)})(?!\w))[^\n:]){{1,160}}:(?=\s*\S)")
_SHEET_TOTAL_LINE = re.compile(
    rf"[^\n:]*(?<!\w)(?:{alternation(SHEET_TOTAL_WORDS)})(?!\w)[^\n:]*:\s*(?:[^\W\d]+\s+){{0,2}}\d[\d.,]*\s*"
    r"(?:tỷ|tỉ|triệu)\s+đồng[^\n]*"
)
_NOT_SHEET_PART = re.compile(
    rf"(?<!\w)(?:{alternation((*NOT_BUDGET_CUES, *CAPTION_NOT_TOTAL, *PER_PERSON, *NOT_SHEET_PART))})(?!\w)"
)


def _listed_after_budget(scope: Scope) -> bool:
    """Money in a list after a colon that closes a budget's amount and its words, in one clause: "Gần 188 tỷ đồng
    dự toán của Bộ … được đề nghị phân cho ba bộ: Bộ Nội vụ 101 tỷ đồng, Bộ Giáo dục và Đào tạo 61,6 tỷ đồng". The
    amount before the colon is money for a task or of an estimate named right after it ("kinh phí", "dự toán"); a
    budget word alone does not make a list of prices or revenue its parts (a review of 0.9.14)."""
    low = scope.doc.low
    colon = low.rfind(":", scope.sentence.start, scope.quantity.start)
    if colon < 0 or _NOT_SHEET_PART.search(low, scope.sentence.start, scope.quantity.start):
        return False
    total = _MONEY_AMOUNT.search(low, scope.sentence.start, colon)
    if total is None or ";" in low[total.end() : colon]:
        return False
    return scope.has(TASK_MONEY_CUES, scope.sentence.start, colon) or bool(_BUDGET_NAMED_AFTER.match(low, total.end()))


_MONEY_AMOUNT = re.compile(r"\d[\d.,]*\s*(?:tỷ|tỉ|triệu)\s+đồng")


_PEOPLE_RECEIVE = re.compile(
    rf"\d+\s+(?:{alternation(RECEIVING_PEOPLE)})\s+(?:{alternation(RECEIVING_BEFORE)})(?!\w)|"
    rf"(?<!\w)(?:{alternation(RECEIVING_PEOPLE)})\s+(?:{alternation(RECEIVING_BEFORE)})\s+(?:mức\s+)?"
    rf"(?:{alternation(RECEIVING_MOST)})(?!\w)"
)
# whole words in the paragraph before, whatever its own sentences' word bounds
_NOT_BUDGET_PARAGRAPH = re.compile(rf"(?<!\w)(?:{alternation((*NOT_BUDGET_CUES, *NOT_BUDGET_PARAGRAPH))})(?!\w)")
_BUDGET_NAMED_AFTER = re.compile(rf"\s+(?:{alternation(BUDGET_NAMED_AFTER)})(?!\w)")
