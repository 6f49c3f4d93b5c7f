"""The staff rule's shared terms: the nouns that are officials by themselves, the training and transfer cues, all
staff cues, and where a figure's own words end. The staff rule (staff.py) and its helpers (staff_training.py,
staff_counts.py, staff_moves.py) read them; the wording is data in lang/vi/staff.py."""

from __future__ import annotations

import re

from monitor.extract.context import Scope
from monitor.extract.lang.vi.abbreviations import with_abbreviations
from monitor.extract.lang.vi.staff import STAFF_CUES

# nouns that are officials by themselves, and their abbreviations ("thiếu 20 CBCC"); "trường hợp", "người" need
# a staffing word nearby; a rank's title is an official too ("cử khoảng 900 thanh tra viên địa bàn xuống cơ sở")
OFFICIALS = with_abbreviations(("cán bộ", "công chức", "viên chức", "nhân sự", "chuyên viên", "thanh tra viên"))
FIGURE_PHRASE_END = re.compile(r"[,;.:!?]|\s(?:và|nhưng|song|trong đó)\s")
TRAINING = STAFF_CUES["staff_training"]
TRANSFER = {"staff_transfer": STAFF_CUES["staff_transfer"]}
ALL_STAFF_CUES = tuple(cue for cues in STAFF_CUES.values() for cue in cues)


def own_phrase_end(scope: Scope) -> int:
    """Where the figure's own words end: a comma, a stop, or a coordinated clause."""
    cut = FIGURE_PHRASE_END.search(scope.doc.low, scope.quantity.end, scope.clause_end)
    return min(cut.start() if cut else scope.clause_end, scope.right)
