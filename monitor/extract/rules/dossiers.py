"""Administrative dossiers: received, resolved, online, on time."""

from __future__ import annotations

from monitor.extract.context import Reading, Scope
from monitor.extract.lang.vi.cues import DOSSIER_CUES


def read(scope: Scope) -> Reading | None:
    metric, rule, confidence = scope.local(DOSSIER_CUES), "dossiers.local", 0.85
    if metric is None and scope.previous and scope.previous[1].family == "dossier":
        metric, rule, confidence = scope.previous[1].metric, "dossiers.sibling", 0.7
    if metric is None:
        metric, rule, confidence = scope.in_clause(DOSSIER_CUES), "dossiers.clause", 0.7
    if metric is None:
        return None
    return Reading(metric, rule, confidence, family="dossier")
