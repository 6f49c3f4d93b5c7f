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
from monitor.extract.rules.money import tells_no_figure as tells_no_figure
from monitor.extract.rules.phrase import compared_change as compared_change

_RATES = ("", "/person", "/person/month", "/person/year", "/month", "/year")
READERS: dict[str, Callable[[Scope], Reading | None]] = {
    "person": staff.read,
    "person_time": staff.read,
    "dossier": dossiers.read,
    "dossier/day": dossiers.read,  # a daily intake: "tiếp nhận 40-50 hồ sơ mỗi ngày"
    "procedure": procedures.read,
    "%": shares.read,
    "VND": money.read,
    "VND/person": money.read,
    "VND/person/month": money.read,
    "VND/person/year": money.read,
    "VND/month": money.read,
    "VND/year": money.read,
    "VND/commune": money.read,  # a budget per commune: "500 triệu đồng/xã"
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
    "staff_transfer": "staff, shares",
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


# How sure a fact is, by the rule that read it: the share of its facts that were right on the seven development
# sets (bench/calibration.py, extractor 0.8.34: seeds, devset, realset, realset2, unseen2, unseen3, unseen4), pulled
# toward 0.6 where a rule fired only a few times (as if 5 more facts were right 60% of the time), less 0.05 because
# the development sets flatter the rules (the sets still kept blind score about 0.05 lower). A fact with no province
# loses 0.1; a failed consistency check loses more (checks.py).
CONFIDENCE = {
    "dossiers.local": 0.9,  # 192 of 200 right
    "staff.clause": 0.9,  # 31 of 31 right
    "document.cited": 0.85,  # 81 of 88 right
    "procedures.local": 0.85,  # 66 of 72 right
    "specialties.list": 0.85,  # items: 50 of 53 right
    "staff.local": 0.85,  # 91 of 97 right
    "money.rate": 0.85,  # 57 of 62 right
    "money.rate_listed": 0.85,  # 12 of 12 right
    "shares.of_pay": 0.6,  # an allowance in % of pay ("hỗ trợ 25% mức lương hiện hưởng"): 2 of 2 right
    "money.rate_replaced": 0.6,  # the level a rate replaces ("thay vì mức 3 triệu đồng như dự thảo"): 1 of 1 right
    "money.budget": 0.8,  # 36 of 41 right
    "dossiers.sibling": 0.8,  # 20 of 22 right
    "procedures.sibling": 0.8,  # 7 of 7 right
    "deadline.obligation": 0.75,  # 24 of 29 right
    "shares.time_cut": 0.75,  # 18 of 22 right
    "money.budget_part": 0.75,  # 5 of 5 right
    "money.budget_line": 0.7,  # a fact sheet's lines under its budget: 9 of 9 right (0.9.14)
    "money.allowance": 0.75,  # 10 of 11 right
    "shares.of_previous": 0.75,  # 9 of 10 right
    "procedures.plain": 0.75,  # 21 of 26 right
    "staff.sibling": 0.7,  # 3 of 3 right
    "parts.told": 0.7,  # 3 of 3 right
    "shares.ranked": 0.7,  # 3 of 3 right
    "money.tier": 0.7,  # 3 of 3 right
    "money.budget_source": 0.65,  # 2 of 2 right
    "dossiers.clause": 0.65,  # 2 of 2 right
    "dossiers.whole_of_share": 0.65,  # new in 0.8.82, too few to measure: as dossiers.clause
    "staff.training": 0.6,  # 15 of 22 right
    "staff.sentence": 0.6,  # never seen: a cue anywhere in the sentence
    "money.rate_named_once": 0.6,  # new (issue 16): amounts of a list whose rate per person is named at its end
    "staff.share": 0.6,  # new (issue 16): a share of the officials to be moved ("cử khoảng 5% cán bộ … về cơ sở")
    "counts.ranked": 0.6,  # new (issue 16): a count after a place ranked by the count before ("nhiều hồ sơ nhất với")
    "staff.training_share": 0.6,  # new (issue 16): a share of the officials trained ("100% cán bộ … được tập huấn")
    "dossiers.counter": 0.6,  # new (issue 16): a count at the counter after an online one, received not online
    "shares.named_back": 0.6,  # new (issue 16): a share of the measure its sentence names back ("ở chỉ tiêu này")
}


def read(scope: Scope) -> Reading | None:
    reader = READERS.get(scope.quantity.unit or "")
    return reader(scope) if reader else None
