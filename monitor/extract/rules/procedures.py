"""Administrative procedures: published, put online (fully or partly), simplified, handled..."""

from __future__ import annotations

from monitor.extract.context import Reading, Scope
from monitor.extract.lang.vi.cues import LEVEL_CUES, PROCEDURE_KINDS


def read(scope: Scope) -> Reading | None:
    kind, rule = scope.local(PROCEDURE_KINDS), "procedures.local"
    if kind is None and scope.previous and scope.previous[1].family == "procedure":
        kind, rule = scope.previous[1].kind, "procedures.sibling"
    if kind is None:
        rule = "procedures.plain"
    level = scope.first_key({v: (k,) for k, v in reversed(LEVEL_CUES.items())}, scope.quantity.start, scope.right)
    return Reading("procedures", rule, kind=kind, level=level, family="procedure")
