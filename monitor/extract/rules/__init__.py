"""Rules that read a quantity in its scope as a metric, one module per family of metrics.

`READERS` maps a quantity's unit to the rule that reads it. The list-shaped metrics (documents, deadlines,
specialties) are read by sentence scanners instead: `SCANNERS` lists them, each declaring its rule (a key of
`CONFIDENCE`) and the metric of its facts, and the reader calls each on every sentence, in this order; a new
family is a new entry here, never an edit of reader.py. Every metric of ../shared/spec/facts.md is listed in
`COVERAGE` with the module that produces it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from monitor.extract.context import Finding, Reading, Scope, SentenceScope
from monitor.extract.rules import deadlines, documents, dossiers, money, procedures, shares, specialties, staff

_RATES = ("", "/person", "/person/month", "/person/year", "/month", "/year")
READERS: dict[str, Callable[[Scope], Reading | None]] = {
    "person": staff.read,
    "person_time": staff.read,
    "dossier": dossiers.read,
    "procedure": procedures.read,
    "%": shares.read,
    "VND": money.read,
    "VND/person": money.read,
    "VND/person/month": money.read,
    "VND/person/year": money.read,
    "VND/month": money.read,
    "VND/year": money.read,
    # a multiple of the base salary, per person and period as money is
    **{
        f"base_salary{rate}": money.read for rate in ("", "/person", "/person/month", "/person/year", "/month", "/year")
    },
}


@dataclass(frozen=True, slots=True)
class Scanner:
    """A rule that reads a whole sentence rather than one quantity: its name, the metric of its facts, and
    the function that finds them (their spans and other fields) in a sentence."""

    rule: str
    metric: str
    scan: Callable[[SentenceScope], list[Finding]]


SCANNERS = (
    Scanner("document.cited", "document", documents.read),
    Scanner("deadline.obligation", "deadline", deadlines.read),
    Scanner("specialties.list", "specialties", specialties.read),
)

COVERAGE = {
    "staff_transfer": "staff",
    "staff_training": "staff",
    "staff_shortage": "staff",
    "specialties": "specialties",
    "dossiers_received": "dossiers",
    "dossiers_resolved": "dossiers",
    "dossiers_online": "dossiers, shares",
    "dossiers_on_time": "dossiers, shares",
    "procedures": "procedures, shares",
    "processing_time_cut": "shares",
    "allowance": "money",
    "budget": "money",
    "deadline": "deadlines",
    "document": "documents",
}


# How sure a fact is, by the rule that read it: near the share of its facts that were right on both
# development sets (bench/calibration.py, 2026-11-23: seeds + tests/extract/devset), pulled toward 0.6
# where a rule fired only a few times. A fact with no province loses 0.1; a failed consistency check
# loses more (checks.py).
CONFIDENCE = {
    "document.cited": 0.9,  # 44 of 50 right on the three development sets (0.8.0)
    "procedures.local": 0.9,  # 23 of 25: the kind word follows the figure
    "dossiers.local": 0.85,  # 60 of 70
    "deadline.obligation": 0.85,  # 9 of 9
    "specialties.list": 0.85,  # items: 50 of 53 right
    "shares.time_cut": 0.85,  # 6 of 6
    "money.budget": 0.8,  # 14 of 18 on the three sets
    "money.budget_source": 0.8,  # new (0.8.34): a sum with the budget it comes from after it; as money.budget
    "staff.local": 0.8,  # 26 of 33
    "staff.clause": 0.8,  # 11 of 13
    "dossiers.sibling": 0.8,  # 4 of 4: a figure's metric carried to the next one
    "staff.sibling": 0.75,  # 2 of 2
    "parts.told": 0.7,  # new: parts of a whole the article told before ("trong số 300 người, có 120 …")
    "procedures.sibling": 0.75,  # 1 of 1
    "money.rate": 0.7,  # 7 of 10: the rate is right, the purpose or date less often
    "dossiers.clause": 0.7,  # 1 of 1
    "staff.training": 0.6,  # 6 of 11: mostly dates of training periods
    "staff.sentence": 0.6,  # never seen: a cue anywhere in the sentence
    "money.budget_part": 0.7,  # a department's share of a budget told before it in the sentence (issue 16)
    "money.rate_listed": 0.8,  # a later rate of a list by tier, the unit named once: 6 of 6 (issue 16)
    "shares.ranked": 0.7,  # new (issue 16, sixth set): items of a list ranked after a leader's share
    "money.tier": 0.7,  # new (issue 16, sixth set): one case's amount of a support told once ("… nếu ở ký túc xá")
    "money.allowance": 0.6,  # 1 of 1: money with a support word and no per-person unit
    "shares.of_previous": 0.4,  # 3 of 10: "chiếm 94,7%" read as a share of the figure before
    "procedures.plain": 0.6,  # 12 of 17 on the three sets: procedures with no kind word
}


def read(scope: Scope) -> Reading | None:
    reader = READERS.get(scope.quantity.unit or "")
    return reader(scope) if reader else None
