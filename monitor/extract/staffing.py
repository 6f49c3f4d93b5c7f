"""Who a staff figure counts, read around its number: the class of staff (its counted noun, or the subject of
a shortage), the block of the apparatus lacking people, and the basis a shortage is measured against.

The words are data in lang/vi/populations.py; series.py puts what is read here into a figure's key, and
rules/staff.py reads a block's shortage as a staff figure even where no staff noun is near.
"""

from __future__ import annotations

import re

from monitor.extract.document import cue_pattern
from monitor.extract.lang.vi.numbers import ROUGH_BEFORE_NUMBER, UP_TO_WORDS
from monitor.extract.lang.vi.populations import (
    BASES,
    BLOCK_FILLERS,
    BLOCKS,
    DEFAULT_STAFF_CLASS,
    POPULATIONS,
    STAFF_CLASSES,
)
from monitor.extract.parts import PART_INTRODUCER
from monitor.extract.patterns import alternation, optional_words, squeeze

_NUMBER = re.compile(r"[\d.,]*")
_CLASS_OF = {cue: name for name, cues in STAFF_CLASSES.items() for cue in cues}
_CLASS_NOUNS = alternation(_CLASS_OF)
# the counted noun, right after the number
_COUNTED = re.compile(rf"\s*(?P<noun>{_CLASS_NOUNS})(?!\w)")
# the subject of a shortage stated before the figure: "số công chức cấp xã còn thiếu", "trong số 104 công chức
# còn thiếu", "cán bộ, công chức còn thiếu"
_SUBJECT = re.compile(
    rf"(?<!\w)số\s+(?:lượng\s+)?(?:[\d.,]+\s+)?(?P<noun>{_CLASS_NOUNS})(?!\w)"
    rf"|(?<!\w)(?P<subject>{_CLASS_NOUNS})(?:\s+cấp\s+(?:xã|tỉnh|huyện))?\s+(?:(?:còn|đang|vẫn|bị)\s+)*thiếu(?!\w)"
)
_BLOCK_OF = {cue: name for name, cues in BLOCKS.items() for cue in cues}
# a block right before "thiếu" and the figure: "khối chính quyền của xã hiện còn thiếu 4 người"
_BLOCK_SUBJECT = re.compile(
    rf"(?<!\w)(?P<block>{alternation(_BLOCK_OF)})(?:\s+(?:{alternation(BLOCK_FILLERS)}))*\s+(?:thiếu|thiếu hụt)"
    rf"\s+{optional_words((*ROUGH_BEFORE_NUMBER, *UP_TO_WORDS))}$"
)
_DIGITS = re.compile(r"\d+")
_SENTENCE_END = re.compile(r"[.!?;:]\s|\n")


def sentence_start(low: str, at: int) -> int:
    """Where the sentence holding offset `at` starts (at most 400 characters back)."""
    starts = [m.end() for m in _SENTENCE_END.finditer(low, max(0, at - 400), at)]
    return starts[-1] if starts else max(0, at - 400)


def block_before(low: str, start: int, at: int) -> str | None:
    """The block of the apparatus that is the subject of the shortage ending right before the number."""
    block = _BLOCK_SUBJECT.search(low, start, at)
    return _BLOCK_OF[squeeze(block.group("block"))] if block else None


def basis_before(low: str, at: int) -> str | None:
    """The basis of a shortage stated before the figure in its sentence ("theo khung định biên được giao, xã
    đang thiếu 13 …"): the last one before the number, not past an earlier figure or a part introducer."""
    start = sentence_start(low, at)
    # what stands before a part introducer or an earlier figure is that figure's: "thiếu 378 công chức so với
    # vị trí việc làm, trong đó 102 công chức địa chính"
    cuts = [m.end() for m in PART_INTRODUCER.finditer(low, start, at)]
    cuts += [m.end() for m in _DIGITS.finditer(low, start, at)]
    start = max([start, *cuts])
    found = [
        (match.start(), name) for name in BASES for match in cue_pattern(POPULATIONS[name]).finditer(low, start, at)
    ]
    return max(found)[1] if found else None


def staff_class(low: str, at: int) -> str | None:
    """The class of staff counted (lang/vi/populations.py STAFF_CLASSES): the noun right after the number, else
    the subject of the shortage before it in its sentence; None for the default class or none named."""
    counted = _COUNTED.match(low, _NUMBER.match(low, at).end())  # type: ignore[union-attr]
    if counted:
        noun = counted.group("noun")
    else:
        subjects = list(_SUBJECT.finditer(low, sentence_start(low, at), at))
        noun = (subjects[-1].group("noun") or subjects[-1].group("subject")) if subjects else None
    name = _CLASS_OF.get(squeeze(noun)) if noun else None
    return None if name == DEFAULT_STAFF_CLASS else name
