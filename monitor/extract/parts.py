"""Parts of a whole: which figure of an article is a subset of another one it told (series.md, rule 6).

"trong số 335 trường hợp được đề nghị có 58 …; 277 trường hợp còn lại …": the 58 and the 277 are parts
of the 335, "thêm 140 trường hợp, trong đó có 39 chuyên ngành kế toán, 18 …" makes each specialty count a
part of the batch. A part and its whole are never compared by the timeline, and the part gets a key of
its own (series.py). A share is never a part of a count, nor a count of a share.
"""

from __future__ import annotations

import re

from monitor.extract.counts import bounded
from monitor.extract.document import Document
from monitor.extract.lang.vi.numbers import ROUGH_BEFORE_NUMBER
from monitor.extract.lang.vi.parts import (
    PARAGRAPH_PART_INTRODUCERS,
    PART_INTRODUCERS,
    REMAINDER_AFTER,
    SINGLED_OUT_BEFORE,
    WHOLE_BEFORE,
)
from monitor.extract.lang.vi.staff import ADDITIONAL_BEFORE
from monitor.extract.numbers import parse_digits
from monitor.extract.patterns import alternation, optional_words
from monitor.facts import Fact

# Counts that are subsets of another metric's count by what they are: a dossier resolved, or filed
# online, was received; one resolved on time was resolved. "tiếp nhận hơn 246.900 hồ sơ … Tổng hồ sơ
# đã giải quyết hơn 233.000" (same place and dates, same paragraph)
FLOWS = {
    "dossiers_resolved": "dossiers_received",
    "dossiers_online": "dossiers_received",
    "dossiers_on_time": "dossiers_resolved",
}

# "trong đó", "gồm", "cụ thể": the words after it are a whole's parts (series.py reads them too)
PART_INTRODUCER = re.compile(rf"(?<!\w)(?:{alternation(PART_INTRODUCERS)})(?!\w)")
_WHOLE_BEFORE = re.compile(
    rf"(?<!\w)(?:{alternation(WHOLE_BEFORE)})\s+{optional_words(ROUGH_BEFORE_NUMBER)}(?P<n>\d{{1,3}}(?:\.\d{{3}})*+|\d++)(?![\d,])"
)
_PARAGRAPH_PART = re.compile(rf"(?:{alternation(PARAGRAPH_PART_INTRODUCERS)})(?!\w)")
_ADDED = re.compile(rf"(?<!\w)(?:{alternation(ADDITIONAL_BEFORE)})\s+{optional_words(ROUGH_BEFORE_NUMBER)}$")
_THAT_WHOLE = re.compile(r"(?<!\w)trong số (?:đó|này|trên)(?!\w)")
_REMAINDER = re.compile(rf"[^\d,;.]{{0,30}}?(?<!\w)(?:{alternation(REMAINDER_AFTER)})(?!\w)")
_SINGLED_OUT = re.compile(rf"(?<!\w)(?:{alternation(SINGLED_OUT_BEFORE)})(?!\w)")
_BRACKET = re.compile(r"\(\s*(?:[^\W\d]+\s+){0,3}$")
# how far back a whole may be told, when no sentence or paragraph ties it closer
_REACH = 600
# how many figures back a whole named by its value ("trong số 335 …") may be: the lead often told it
_MAX_BEFORE = 60


def find_wholes(facts: list[Fact], doc: Document) -> dict[int, Fact]:
    """The whole of each part among `facts` (in text order): {id(part): whole}."""
    figures = [f for f in facts if f.value is not None and "at" in f.extra]
    wholes: dict[int, Fact] = {}
    for i, part in enumerate(figures):
        # a whole is among the figures just before (extraction stays linear on a run-on text)
        whole = _whole(part, figures[max(0, i - _MAX_BEFORE) : i], wholes, doc)
        if whole is not None and whole is not part:
            wholes[id(part)] = whole
    return wholes


def _whole(part: Fact, before: list[Fact], wholes: dict[int, Fact], doc: Document) -> Fact | None:
    low, at = doc.low, part.extra["at"]
    if _ADDED.search(low, max(0, at - 20), at):
        # "Trong đó, Trung ương hỗ trợ thêm 200 tỷ đồng …": money or people added, no part of the whole told before
        # (a review of 0.9.25, helper-168)
        return None
    start, _ = part.extra["sentence"]
    fitting = [w for w in before if _fits(part, w)]
    near = [w for w in fitting if at - w.extra["at"] <= _REACH]
    # "trong số 335 trường hợp được đề nghị có 58 …": the whole named before the part, by its value,
    # told there or anywhere before (the lead often gives it first)
    named = list(_WHOLE_BEFORE.finditer(low, start, at))
    if named:
        value = parse_digits(named[-1].group("n"))
        return next((w for w in reversed(fitting) if w.value == value), None)
    that = _THAT_WHOLE.search(low, start, at)
    if that and not _figure_between(before, that.end(), at):  # "Trong số này, 942 …": the first figure after it
        return near[-1] if near else None
    # "277 trường hợp còn lại": the rest of the whole the latest part was told of
    if _REMAINDER.match(low, _number_end(low, at)):
        told = [wholes[id(w)] for w in before if id(w) in wholes and _same_paragraph(low, w, part)]
        if told and _fits(part, told[-1]):
            return told[-1]
        return next((w for w in reversed(near) if _same_paragraph(low, w, part)), None)
    previous = _previous_figure(part, before, low)
    if previous is not None:
        whole = _introduced(part, previous, low) or _listed(part, previous, wholes, low)
        if whole is not None:
            return whole
    if _SINGLED_OUT.search(low, start, at) and not _figure_between(before, start, at):
        if part.extra.get("calendar") or bounded(part, doc):
            return None  # "Riêng trong tháng 8, …", "riêng đợt này": a span's or a round's figure, no subset
        return next((w for w in reversed(near) if w.metric == part.metric), None)
    return _flow(part, near, low)


def _fits(part: Fact, whole: Fact) -> bool:
    """A possible whole: larger, in the same unit, of the same metric or one the part's flows from."""
    if whole.unit != part.unit or whole.value is None or part.value is None or whole.value <= part.value:
        return False
    if whole.value_max is not None or part.value_max is not None:
        return False  # a range is no whole, nor a part ("1-2 công chức mỗi đợt")
    return whole.metric == part.metric or FLOWS.get(part.metric) == whole.metric


def _previous_figure(part: Fact, before: list[Fact], low: str) -> Fact | None:
    """The figure told right before the part, in its sentence or ending the sentence before; or ending the paragraph
    before, when the part's paragraph opens with its introducer ("… tổng số gần 154 tỷ đồng.\n\nTrong đó, 120 tỷ đồng
    từ ngân sách Trung ương, …")."""
    if not before:
        return None
    previous = before[-1]
    if _same_paragraph(low, previous, part):
        return previous
    start, _ = part.extra["sentence"]
    opens_paragraph = "\n" in low[max(0, start - 2) : start]
    if not opens_paragraph or not _PARAGRAPH_PART.match(low, start):
        return None
    paragraph_before = low.rfind("\n", 0, len(low[:start].rstrip())) + 1
    if previous.extra["at"] >= paragraph_before:
        return previous
    # a figure of the headline told again in the lead is kept at the headline: the lead is the paragraph before
    title_end = low.find("\n")
    return previous if previous.extra["at"] < title_end and not low[title_end:paragraph_before].strip() else None


def _introduced(part: Fact, previous: Fact, low: str) -> Fact | None:
    """ "… 140 trường hợp, trong đó có 39 …", "… 4.213 hồ sơ (1.200 hồ sơ trực tuyến)": the figure right
    before, with a part's introducer or an opening bracket between them."""
    if not _fits(part, previous):
        return None
    begin, at = _number_end(low, previous.extra["at"]), part.extra["at"]
    if previous.extra["sentence"] != part.extra["sentence"] and not _opens_sentence(part, low):
        return None  # another sentence, unless the part's opens with "Trong đó, …"
    if PART_INTRODUCER.search(low, begin, at) or _BRACKET.search(low, begin, at):
        return previous
    return None


def _opens_sentence(part: Fact, low: str) -> bool:
    start, _ = part.extra["sentence"]
    return bool(PART_INTRODUCER.match(low, start))


def _listed(part: Fact, previous: Fact, wholes: dict[int, Fact], low: str) -> Fact | None:
    """ "trong đó có 39 chuyên ngành kế toán, 18 chuyên ngành công nghệ thông tin": a figure listed after
    a part, with only its words and a comma or "và" between them, is a part of the same whole."""
    whole = wholes.get(id(previous))
    if whole is None or previous.metric != part.metric or not _fits(part, whole):
        return None
    if previous.extra["sentence"] != part.extra["sentence"]:
        return None
    between = low[_number_end(low, previous.extra["at"]) : part.extra["at"]]
    # "Trong đó có 750 cán bộ cấp huyện; 2.571 cán bộ cấp xã và 246 viên chức": a semicolon right before the next
    # item, with no words of a clause of its own, still lists
    between = _ITEM_SEMICOLON.sub("", between)
    return whole if not re.search(r"[;.:]|\d", between) else None


_ITEM_SEMICOLON = re.compile(rf";\s*{optional_words(ROUGH_BEFORE_NUMBER)}$")


def _flow(part: Fact, near: list[Fact], low: str) -> Fact | None:
    """A count resolved (or filed online) after the count received of the same place and dates, in the
    same paragraph: "tiếp nhận hơn 246.900 hồ sơ … Tổng hồ sơ đã giải quyết hơn 233.000"."""
    base = FLOWS.get(part.metric)
    if base is None or part.unit == "%":
        return None
    for whole in reversed(near):
        if whole.metric == base and _same_paragraph(low, whole, part):
            same = ("province", "commune", "as_of", "period_start", "period_end", "status")
            return whole if all(getattr(whole, a) == getattr(part, a) for a in same) else None
    return None


def _figure_between(before: list[Fact], start: int, end: int) -> bool:
    return any(start <= f.extra["at"] < end for f in before)


def _same_paragraph(low: str, earlier: Fact, later: Fact) -> bool:
    return "\n" not in low[earlier.extra["at"] : later.extra["at"]]


_NUMBER = re.compile(r"[\d.,]*")


def _number_end(low: str, at: int) -> int:
    return _NUMBER.match(low, at).end()  # type: ignore[union-attr]
