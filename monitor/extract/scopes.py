"""A figure's scope narrower than its place: an area kind of communes ("11 xã biên giới"), a vague subset
("nhiều xã"), a threshold picking a group ("những xã có tỷ lệ dưới 50%"). Data in lang/vi/scopes.py."""

from __future__ import annotations

import re

from monitor.extract.document import Document
from monitor.extract.lang.vi.parts import PART_INTRODUCERS
from monitor.extract.lang.vi.scopes import (
    AREA_NOUNS,
    AREAS,
    COUNTED_GROUP_NOUNS,
    CRITERION_HAS,
    CRITERION_NOUNS,
    CRITERION_OPEN,
    CRITERION_WHICH,
    EMPHASIS,
    VAGUE_SUBSETS,
)
from monitor.extract.patterns import alternation
from monitor.facts import Fact

_AREA_WORDS = {word: name for name, words in AREAS.items() for word in words}
_AREA = re.compile(rf"(?<!\w)(?:{alternation(AREA_NOUNS)})\s+(?P<area>{alternation(_AREA_WORDS)})(?!\w)")
_STOP = re.compile(rf"(?<!\w)(?:{alternation(EMPHASIS + PART_INTRODUCERS)})(?!\w)")
_VAGUE = re.compile(rf"(?<!\w)(?:{alternation(VAGUE_SUBSETS)})(?!\w)")
_NOUN = alternation(CRITERION_NOUNS)
_CRITERION = re.compile(
    rf"(?<!\w)(?:(?:{alternation(CRITERION_OPEN)})\s+(?:{_NOUN})(?!\w)"
    rf"|(?:{alternation(CRITERION_HAS)})\s+(?:{_NOUN})\s+có(?!\w)"
    rf"|(?:{_NOUN})\s+(?:{alternation(CRITERION_WHICH)})(?!\w))"
    # the bound may be said again after a comma: "địa phương nào có số hồ sơ dưới mức trung bình, tức dưới 150"
    rf"(?:[^,;.:]|,(?=\s*(?:tức|tức là|nghĩa là)(?!\w))){{0,80}}$"
)
_BOUNDS = ("less_than", "more_than", "at_least", "at_most")
# "25/34 tỉnh, thành phố đã đưa trên 90%": a count of places (with its whole or not) as the subject of a bounded
# share in its own words (no comma between: "124 xã, phường, trong đó … trên 90%" tells the share of them all)
_COUNTED_GROUP = re.compile(
    rf"(?<![\w.,/])(?:\d{{1,3}}(?:\.\d{{3}})+|\d+)(?:/(?:\d{{1,3}}(?:\.\d{{3}})+|\d+))?\s+"
    rf"(?:{alternation(COUNTED_GROUP_NOUNS)})(?!\w)[^,;.:\n]{{0,80}}$"
)


def area(fact: Fact, doc: Document, end: int) -> str | None:
    """The kind of commune area the figure is told for, in its clause up to `end` (the next figure), before
    any word that makes the area an emphasis ("chủ yếu ở các xã miền núi") or opens the figure's parts."""
    at = fact.extra["at"]
    stop = _STOP.search(doc.low, at, end)
    end = stop.start() if stop else end
    start = fact.start
    before = _STOP.search(doc.low, start, at)
    while before:  # "…, trong đó các xã biên giới 1.200 hồ sơ": the area after the introducer is the part's
        start = before.end()
        before = _STOP.search(doc.low, start, at)
    match = _AREA.search(doc.low, start, end)
    return _AREA_WORDS[match.group("area")] if match else None


def vague_subset(fact: Fact, doc: Document) -> bool:
    """ "nhiều xã khu vực phía tây còn dưới 50%": the figure's subject, before it, is some communes."""
    return bool(_VAGUE.search(doc.low, fact.start, fact.extra["at"]))


def criterion(low: str, clause_start: int, number_start: int, approx: str | None) -> bool:
    """A bound that picks a group ("những xã có tỷ lệ trực tuyến dưới 50%"), no figure of its own."""
    return approx in _BOUNDS and bool(_CRITERION.search(low, clause_start, number_start))


def counted_threshold(low: str, clause_start: int, number_start: int, approx: str | None, unit: str | None) -> bool:
    """A bounded share after a count of the places that pass it ("25/34 tỉnh, thành phố đã đưa trên 90% TTHC …",
    "15 xã có tỷ lệ trực tuyến dưới 50%"): a threshold, no figure of its own. Shares only: "3 xã thiếu hơn 20 công
    chức" is the three communes' own count."""
    return unit == "%" and approx in _BOUNDS and bool(_COUNTED_GROUP.search(low, clause_start, number_start))
