"""Figures told again in a later sentence of the body: an amount named again in a sentence summing up ("Như vậy,
…"), and targets named back in their deadline's sentence ("Chỉ tiêu này phải hoàn thành trước ngày 30/7/2025").
Each is one fact with the mention it repeats (restate.py keeps the rest of "one figure is one fact")."""

from __future__ import annotations

import re

from monitor.extract.lang.vi.cues import CONCLUSION_OPENERS
from monitor.extract.lang.vi.deadlines import TARGETS_NAMED_BACK
from monitor.extract.patterns import alternation, line_start
from monitor.extract.restate import mentioned
from monitor.facts import Fact

# a sentence opening on the targets told before it: "Chỉ tiêu này phải hoàn thành trước ngày 30/7/2025"
_NAMED_BACK = re.compile(rf"\W*(?:{alternation(TARGETS_NAMED_BACK)})(?!\w)")
_SENTENCE_ENDS = ".!?\n"


_CONCLUSION = re.compile(rf"\W*(?:{alternation(CONCLUSION_OPENERS)})(?!\w)")


def concluded_again(facts: list[Fact], low: str, headline_end: int = 0) -> list[Fact]:
    """An amount named again in a sentence that sums up what was told ("Đáp: … được hỗ trợ 3 triệu đồng/người/tháng"
    then "Như vậy, bạn sẽ được hỗ trợ 3 triệu đồng mỗi tháng …"; lang/vi/cues.py CONCLUSION_OPENERS): a mention of the
    figure told before in the body with the same metric, value and base unit, in no other place - whatever status the
    summary's wording gives it. A headline's figure is no such: the conclusion may be where the body states it ("…
    nâng kinh phí lên 36,5 tỷ đồng" over "Như vậy, tổng kinh phí đã phân bổ … là 36,5 tỷ đồng")."""
    kept: list[Fact] = []
    for fact in sorted(facts, key=lambda f: f.start):
        sentence = fact.extra.get("sentence")
        told = None
        if fact.value is not None and sentence is not None and _CONCLUSION.match(low, sentence[0]):
            told = next(
                (
                    before
                    for before in kept
                    if before.start >= headline_end
                    and before.metric == fact.metric
                    and before.value == fact.value
                    and (before.unit or "").split("/")[0] == (fact.unit or "").split("/")[0]
                    and before.extra.get("sentence") != sentence
                    and all(getattr(fact, name) in (None, getattr(before, name)) for name in ("province", "commune"))
                ),
                None,
            )
        if told is None:
            kept.append(fact)
        else:
            mentioned(told, [fact])
    return kept


def dated_by_obligation(facts: list[Fact], low: str = "") -> list[Fact]:
    """A target named again in the sentence of the deadline set for it ("…, với mục tiêu cắt giảm ít nhất 50% thời gian
    giải quyết thủ tục hành chính. Riêng việc cắt giảm 50% thời gian giải quyết phải hoàn thành trước ngày 31/5/2025"):
    one figure, the target, which holds for that deadline (facts.md: "đến ngày X (phải) có Y%" is a target for X), not
    a second figure told as done. The same metric, value and unit, the target told before in another sentence, in no
    other place."""
    deadlines = [f for f in facts if f.metric == "deadline" and f.as_of is not None and f.status == "planned"]
    if not deadlines:
        return facts
    dropped: set[int] = set()
    for fact in facts:
        sentence = fact.extra.get("sentence")
        if fact.value is None or sentence is None or fact.status == "target":
            continue
        deadline = next((d for d in deadlines if sentence[0] <= d.start < sentence[1]), None)
        if deadline is None:
            continue
        target = next(
            (
                told
                for told in facts
                if told.status == "target"
                and told.start < fact.start
                and id(told) not in dropped
                and (told.metric, told.value, told.unit) == (fact.metric, fact.value, fact.unit)
                and told.extra.get("sentence") != sentence
                and all(getattr(fact, name) in (None, getattr(told, name)) for name in ("province", "commune"))
            ),
            None,
        )
        if target is None:
            continue
        dropped.add(id(fact))
        target.as_of, target.date_source = deadline.as_of, "text"
        mentioned(target, [fact])
    for deadline in deadlines:
        for target in _targets_named_back(facts, deadline, low):
            target.as_of, target.date_source = deadline.as_of, "text"
    return [f for f in facts if id(f) not in dropped]


def _targets_named_back(facts: list[Fact], deadline: Fact, low: str) -> list[Fact]:
    """The targets of the sentence right before a deadline's sentence that opens on them ("Chỉ tiêu này phải hoàn thành
    trước ngày 30/7/2025"; lang/vi/deadlines.py TARGETS_NAMED_BACK), in its paragraph; none when the deadline's own
    sentence tells a figure."""
    opening = max(low.rfind(end, 0, deadline.start) for end in _SENTENCE_ENDS) + 1
    named = _NAMED_BACK.match(low, opening) if low else None
    if named is None or named.end() > deadline.start:
        return []
    if any(f.value is not None and opening <= f.start < deadline.end for f in facts):
        return []
    paragraph = line_start(low, opening)
    before = [f for f in facts if f.value is not None and paragraph <= f.start < opening and f.extra.get("sentence")]
    if not before:
        return []
    last = max(f.extra["sentence"] for f in before)
    return [f for f in before if f.extra["sentence"] == last and f.status == "target"]


# rules that read a figure from a cue anywhere in its clause or sentence, not from its own words
