"""Consistency inside an article: parts that should add up to their total, shares that should match counts.

A mismatch lowers the confidence of the facts involved and is reported; nothing is "fixed".
"""

from __future__ import annotations

import itertools

from monitor.facts import Fact

_PART_CUES = ("trong đó", "trong số", "gồm", "bao gồm", "cụ thể")
# how far an approximate figure may sit from its stated value: "hơn 233.000" may be 233.400
_SLACK = {"more_than": 0.02, "nearly": 0.02, "about": 0.05, "at_least": 0.05, "less_than": 0.02, "at_most": 0.02}
_SHARE_TOLERANCE = 1.0  # percentage points, for rounding in the text
_PENALTY = 0.2
_BASES = {
    "dossiers_resolved": "dossiers_received",
    "dossiers_online": "dossiers_received",
    "dossiers_on_time": "dossiers_resolved",
}


_MAX_PARTS = 40


def check(facts: list[Fact], text: str) -> list[str]:
    """Check the facts of one article (before duplicates are merged); returns the mismatches found."""
    problems = []
    counts = [f for f in facts if f.value is not None and f.unit not in ("%", None) and f.value_max is None]
    for i, whole in enumerate(counts):
        parts = _parts(whole, counts[i + 1 :], text)
        if len(parts) < 2:
            continue
        total = sum(p.value or 0 for p in parts)
        if total > (whole.value or 0) * (1 + _slack(whole)) and _introduced(whole, parts[0], text):
            problems.append(_flag([whole, *parts], f"parts add up to {total:g}, more than the stated {whole.value:g}"))
    for share in (f for f in facts if f.unit == "%" and f.value is not None):
        problem = _check_share(share, counts)
        if problem:
            problems.append(problem)
    return problems


def _parts(whole: Fact, later: list[Fact], text: str) -> list[Fact]:
    """The figures of the same metric that follow the whole in its paragraph."""
    paragraph_end = text.find("\n", whole.end)
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    # facts come in text order; a paragraph's parts follow their total closely (a run-on text is bounded)
    in_paragraph = itertools.islice(itertools.takewhile(lambda f: f.start < paragraph_end, later), _MAX_PARTS)
    return [
        f
        for f in in_paragraph
        if f.metric == whole.metric
        and f.unit == whole.unit
        and f.province == whole.province
        and f.value != whole.value
        and (whole.kind is None or f.kind == whole.kind)  # 650 online of 1.915 published are no part of them
    ]


def _introduced(whole: Fact, first_part: Fact, text: str) -> bool:
    between = text[whole.start : first_part.end].lower()
    return any(cue in between for cue in _PART_CUES)


def _check_share(share: Fact, counts: list[Fact]) -> str | None:
    base_metric = _BASES.get(share.metric)
    if base_metric is None:
        return None
    part = _nearest(counts, share, share.metric)
    base = _nearest(counts, share, base_metric)
    if part is None or base is None or not base.value:
        return None
    computed = 100 * (part.value or 0) / base.value
    tolerance = _SHARE_TOLERANCE + 100 * (_slack(part) + _slack(base))
    if abs(computed - (share.value or 0)) <= tolerance:
        return None
    return _flag([share], f"{share.value:g}% stated, {part.value:g} of {base.value:g} is {computed:.1f}%")


def _nearest(counts: list[Fact], share: Fact, metric: str) -> Fact | None:
    """The count of that metric closest before the share, in its paragraph's reach (500 characters)."""
    before = [
        f
        for f in counts
        if f.metric == metric
        and f.start < share.start
        and share.start - f.start < 500
        and f.province == share.province
        and f.as_of == share.as_of
    ]
    return before[-1] if before else None


def _slack(fact: Fact) -> float:
    return _SLACK.get(fact.approx or "", 0.0)


def _flag(facts: list[Fact], message: str) -> str:
    for fact in facts:
        fact.confidence = round(max(0.05, fact.confidence - _PENALTY), 2)
        fact.extra["check"] = message
    where = facts[0]
    return f"{where.doc}: inconsistent {where.metric} «{where.evidence[:60]}»: {message}"
