"""Administrative procedures: published, put online (fully or partly), simplified, handled..."""

from __future__ import annotations

from monitor.extract.context import Reading, Scope
from monitor.extract.lang.vi.cues import LEVEL_CUES, PROCEDURE_KINDS


def read(scope: Scope) -> Reading | None:
    kind, rule, confidence = scope.local(PROCEDURE_KINDS), "procedures.local", 0.85
    if kind is None and scope.previous and scope.previous[1].family == "procedure":
        kind, rule, confidence = scope.previous[1].kind, "procedures.sibling", 0.75
    if kind is None:
        rule, confidence = "procedures.plain", 0.6
    level = scope.first_key({v: (k,) for k, v in reversed(LEVEL_CUES.items())}, scope.quantity.start, scope.right)
    return Reading("procedures", rule, confidence, kind=kind, level=level, family="procedure")
