"""Tests on a figure's own phrase that several families share: a change, a negated cue."""

from __future__ import annotations

import re

from monitor.extract.context import Scope
from monitor.extract.lang.vi.cues import CHANGE_AFTER, CHANGE_BEFORE, NEGATIONS
from monitor.extract.patterns import alternation

# "tăng 12%", "tăng 212 hồ sơ so với tháng 9"; "cắt giảm 30%" is a cut, which rules read themselves
_CHANGE_BEFORE = re.compile(rf"(?<!\w)(?<!cắt )(?:{alternation(CHANGE_BEFORE)})\s*(?:khoảng|gần|hơn|trên)?\s*$")
_CHANGE_AFTER = re.compile(rf"\s*(?:{alternation(CHANGE_AFTER)})(?!\w)")
# the denial and up to two words before the cue: "chưa được cung cấp trực tuyến"
_NEGATED = re.compile(rf"(?<!\w)(?:{alternation(NEGATIONS)})(?:\s+được)?(?:\s+[^\W\d]+){{0,2}}\s+$")


def changed(scope: Scope) -> bool:
    """A figure that says how much something moved, not its level: the timeline computes changes itself."""
    low, q = scope.doc.low, scope.quantity
    return bool(_CHANGE_BEFORE.search(low, scope.left, q.start) or _CHANGE_AFTER.match(low, q.end))


def negated(scope: Scope, cues: tuple[str, ...]) -> bool:
    """The figure's first cue after it is denied: "14 thủ tục chưa được cung cấp trực tuyến"."""
    q = scope.quantity
    found = scope.doc.cues(cues, q.end, scope.right, scope.sentence)
    return bool(found) and bool(_NEGATED.search(scope.doc.low, max(q.end, found[0].start() - 30), found[0].start()))
