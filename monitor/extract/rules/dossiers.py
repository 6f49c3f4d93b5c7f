"""Administrative dossiers: received, resolved, online, on time."""

from __future__ import annotations

from monitor.extract.context import Reading, Scope
from monitor.extract.lang.vi.cues import DOSSIER_CUES, PENDING_CUES


def read(scope: Scope) -> Reading | None:
    if scope.local({"pending": PENDING_CUES}):
        return None
    metric, rule = scope.local(DOSSIER_CUES), "dossiers.local"
    if metric is None and scope.previous and scope.previous[1].family == "dossier":
        metric, rule = scope.previous[1].metric, "dossiers.sibling"
    if metric is None:
        metric, rule = scope.in_clause(DOSSIER_CUES), "dossiers.clause"
    if metric is None:
        return None
    return Reading(metric, rule, family="dossier")
