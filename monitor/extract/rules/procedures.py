"""Administrative procedures: published, put online (fully or partly), simplified, handled..."""

from __future__ import annotations

import re

from monitor.extract.context import Reading, Scope
from monitor.extract.lang.vi.procedures import LEVEL_CUES, PROCEDURE_KINDS, UNCHANGED_AFTER
from monitor.extract.patterns import alternation
from monitor.extract.rules.phrase import negated

# level -> its cues ("cấp tỉnh", "cấp thành phố", "sở, ngành" -> province)
_LEVELS: dict[str, tuple[str, ...]] = {}
for _cue, _level in LEVEL_CUES.items():
    _LEVELS[_level] = (*_LEVELS.get(_level, ()), _cue)


_UNCHANGED = re.compile(rf"\s*(?:thủ tục|tthc)?\s*(?:được\s+)?(?:{alternation(UNCHANGED_AFTER)})(?!\w)")


def read(scope: Scope) -> Reading | None:
    if _UNCHANGED.match(scope.doc.low, scope.quantity.end):
        return None  # "188 thủ tục giữ nguyên": left as they were
    kind, rule = scope.local(PROCEDURE_KINDS), "procedures.local"
    if kind and negated(scope, PROCEDURE_KINDS[kind], far=True):
        return None  # "còn 14 thủ tục chưa được cung cấp trực tuyến": a gap, not a count of the kind
    if kind is None and scope.previous and scope.previous[1].family == "procedure":
        kind, rule = scope.previous[1].kind, "procedures.sibling"
    if kind is None:
        if scope.quantity.noun == "dịch vụ":
            return None  # "120 dịch vụ" alone may be any service: only its kind makes it a public one
        rule = "procedures.plain"
    # in the figure's own phrase: "1.915 thủ tục cấp tỉnh, 320 thủ tục cấp xã"; "trong đó cấp tỉnh 1.540 thủ tục"
    level = scope.local(_LEVELS)
    return Reading("procedures", rule, kind=kind, level=level, family="procedure")
