"""Batches and bounded periods told in words: which figures are not a running total (series.md, rule 4).

"phân bổ đợt 2 số tiền 9,8 tỷ đồng" is one round of allocations, "Tuần qua, tỉnh tiếp nhận 1.200 hồ sơ" one
week's dossiers: neither is the level of the running total the next report updates. The wording is data
(lang/vi/counts.py); a named month or quarter is a date, read by dates.py.
"""

from __future__ import annotations

import re

from monitor.extract.document import Document
from monitor.extract.lang.vi.counts import (
    BATCH_HEADS,
    BATCH_ORDINALS,
    BATCH_PHRASES,
    CONTINUED,
    CONTINUED_VERBS,
    LAN_ORDINALS,
    PERIOD_PHRASES,
    ROUNDS_BEFORE,
    SPAN_AFTER,
    SPAN_UNITS,
    TOTAL_WORDS,
)
from monitor.extract.patterns import alternation
from monitor.facts import Fact

_ORDINAL = rf"(?:\d+|{alternation(BATCH_ORDINALS)})"
_BATCH = re.compile(
    rf"(?<!\w)(?:(?P<head>{alternation(h for h in BATCH_HEADS if h != 'lần')})\s+{_ORDINAL}"
    rf"|lần\s+(?:\d+|{alternation(LAN_ORDINALS)})"
    rf"|{alternation(BATCH_PHRASES)}"
    rf"|(?:{alternation(CONTINUED)})\s+(?:{alternation(CONTINUED_VERBS)}))(?!\w)"
)
_ROUNDS = re.compile(rf"(?<!\w)(?:{alternation(ROUNDS_BEFORE)}|\d+)\s+$")
_PERIOD = re.compile(
    rf"(?<!\w)(?:{alternation(PERIOD_PHRASES)}"
    rf"|(?:trong\s+)?(?:\d+|một|hai|ba|bốn|năm|sáu|mười)\s+(?:{alternation(SPAN_UNITS)})\s+(?:{alternation(SPAN_AFTER)}))"
    r"(?!\w)(?!\s*\d)"
)
_TOTAL = re.compile(rf"(?<!\w)(?:{alternation(TOTAL_WORDS)})(?!\w)")
# how far before the figure a cue may stand in its clause, and after it
_BEFORE = 120
_AFTER = 60
_NUMBER = re.compile(r"[\d.,]*")


def bounded(fact: Fact, doc: Document) -> tuple[str, str] | None:
    """("batch" | "period", the cue's words) when the figure's own clause tells one round or one span."""
    at = fact.extra.get("at")
    if at is None or "sentence" not in fact.extra:
        return None
    low = doc.cue_view
    start, end = fact.extra["sentence"]
    start = max(start, low.rfind(";", start, at) + 1, at - _BEFORE)
    number_end = _NUMBER.match(low, at).end()  # type: ignore[union-attr]
    stop = min(end, fact.extra.get("clause_end", end), number_end + _AFTER)
    after = re.search(r"[;,]|\d", low[number_end:stop])
    stop = number_end + after.start() if after else stop
    for kind, pattern in (("batch", _BATCH), ("period", _PERIOD)):
        for match in pattern.finditer(low, start, stop):
            if number_end <= match.start() and kind == "batch" and match.group().startswith("tiếp tục"):
                continue  # "… 5 tỷ đồng, tiếp tục phân bổ …" speaks of what comes next
            rounds = kind == "batch" and match.group("head")
            if rounds and _ROUNDS.search(low, max(0, match.start() - 12), match.start()):
                continue  # "qua 3 đợt", "các đợt": the rounds summed
            if match.end() <= at and _TOTAL.search(low, match.end(), at):
                continue  # "đợt 2 …, nâng tổng số lên 36,5 tỷ đồng": the sum of the rounds
            return kind, match.group()
    return None
