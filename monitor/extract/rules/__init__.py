"""Rules that read a quantity in its scope as a metric, one module per family of metrics.

`READERS` maps a quantity's unit to the rule that reads it; the list-shaped metrics (specialties,
deadlines, documents) have rules of their own that scan whole sentences. Every metric of
../shared/spec/facts.md is listed in `COVERAGE` with the module that produces it.
"""

from __future__ import annotations

from collections.abc import Callable

from monitor.extract.context import Reading, Scope
from monitor.extract.rules import dossiers, money, procedures, shares, staff

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
}

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
    "document": "documents (monitor/extract/documents.py)",
}


def read(scope: Scope) -> Reading | None:
    reader = READERS.get(scope.quantity.unit or "")
    return reader(scope) if reader else None
