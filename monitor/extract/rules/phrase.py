"""Tests on a figure's own phrase that several families share: a change, a negated cue."""

from __future__ import annotations

import re

from monitor.extract.context import Scope
from monitor.extract.lang.vi.cues import (
    CHANGE_AFTER,
    CHANGE_BEFORE,
    MARGIN_BEFORE,
    MOVED_FROM,
    MOVED_TO,
    MOVED_TO_LEVEL,
    NEGATIONS,
)
from monitor.extract.lang.vi.numbers import ROUGH_BEFORE_NUMBER
from monitor.extract.patterns import alternation, optional_words

# "tăng 12%", "tăng 212 hồ sơ so với tháng 9"; "cắt giảm 30%" is a cut, which rules read themselves
_CHANGE_BEFORE = re.compile(
    rf"(?<!\w)(?<!cắt )(?:{alternation(CHANGE_BEFORE)})\s*(?:{alternation(ROUGH_BEFORE_NUMBER)})?\s*$"
)
_CHANGE_AFTER = re.compile(rf"\s*(?:{alternation(CHANGE_AFTER)})(?!\w)")
# the denial and up to two words before the cue: "chưa được cung cấp trực tuyến"; four for a procedure's kind ("chưa
# được cung cấp trực tuyến toàn trình"; a probe of 0.9.25, helper-171)
_NEGATED = {
    far: re.compile(rf"(?<!\w)(?:{alternation(NEGATIONS)})(?:\s+được)?(?:\s+[^\W\d]+){{0,{4 if far else 2}}}\s+$")
    for far in (False, True)
}


def changed(scope: Scope) -> bool:
    """A figure that says how much something moved, not its level: the timeline computes changes itself."""
    low, q = scope.doc.low, scope.quantity
    return bool(_CHANGE_BEFORE.search(low, scope.left, q.start) or _CHANGE_AFTER.match(low, q.end))


def margin(scope: Scope) -> bool:
    """A margin over what the figure is compared with: "vượt 25% so với chỉ tiêu Chính phủ đặt ra"."""
    low, q = scope.doc.low, scope.quantity
    before = _MARGIN_BEFORE.search(low, max(scope.left, q.start - 15), q.number_start)
    return before is not None and _CHANGE_AFTER.match(low, q.end) is not None


def compared_change(scope: Scope) -> bool:
    """A change told with what it is compared with ("tăng thêm 1 triệu đồng so với dự thảo"): a difference, whereas a
    change alone may be an amount of its own ("thu nhập tăng thêm 2 triệu đồng/người/tháng" is an allowance)."""
    low, q = scope.doc.low, scope.quantity
    before = _CHANGE_BEFORE.search(low, scope.left, q.start)
    return before is not None and _CHANGE_AFTER.search(low, q.end, scope.right) is not None


def former_level(scope: Scope) -> bool:
    """The level a figure moved from: "dự toán được nâng từ 46.294 triệu đồng lên 128.298 triệu đồng" (the new level
    and the change are the figures)."""
    low, q = scope.doc.low, scope.quantity
    # the quantity may have taken "từ" in as a range's opening: look before its number
    return bool(_FROM_BEFORE.search(low, scope.left, q.number_start)) and _TO_AFTER.match(low, q.end) is not None


_FROM_BEFORE = re.compile(rf"(?<!\w)(?:{alternation(MOVED_FROM)})\s+{optional_words(ROUGH_BEFORE_NUMBER)}$")
_TO_AFTER = re.compile(rf"\s*(?:{alternation(MOVED_TO)})\s+{optional_words((*ROUGH_BEFORE_NUMBER, *MOVED_TO_LEVEL))}\d")
_MARGIN_BEFORE = re.compile(rf"(?<!\w)(?:{alternation(MARGIN_BEFORE)})\s+{optional_words(ROUGH_BEFORE_NUMBER)}$")


def negated(scope: Scope, cues: tuple[str, ...], far: bool = False) -> bool:
    """The figure's first cue after it is denied: "14 thủ tục chưa được cung cấp trực tuyến"; `far`: up to four words
    between the denial and the cue (a procedure's kind), else two ("3.400 hồ sơ không cần bản giấy được giải quyết
    trực tuyến" denies no dossier filed online; a review of 0.9.25, helper-172)."""
    q = scope.quantity
    found = scope.doc.cues(cues, q.end, scope.right, scope.sentence)
    return bool(found) and bool(
        _NEGATED[far].search(scope.doc.low, max(q.end, found[0].start() - 40), found[0].start())
    )
