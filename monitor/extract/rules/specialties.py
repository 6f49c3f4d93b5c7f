"""Lists of specialties needed, lacking or assigned: "các lĩnh vực như: quy hoạch, xây dựng, ..."."""

from __future__ import annotations

import re
from dataclasses import dataclass

from monitor.extract.context import Document
from monitor.extract.lang.vi.cues import SPECIALTY_CONTEXT, SPECIALTY_NEED_CUES
from monitor.extract.tokenize import Sentence

_LIST_START = re.compile(
    r"lĩnh vực[^.;:!?\d]{0,40}?\s+như\s*:?\s*"
    r"|(?:thạc sĩ|cử nhân|kỹ sư|tiến sĩ)\s+(?:các\s+)?(?:chuyên ngành\s+|ngành\s+)?"
    r"|các chuyên ngành(?:\s+như)?\s*:?\s*"
)
_LIST_END = re.compile(r"…|\.\.\.|[.;!?:()]|\s(?:hiện|đang|còn|để|nhằm|và các|cùng)\s|$")
_MAX_ITEM_WORDS = 6


@dataclass(slots=True)
class SpecialtyList:
    start: int
    end: int
    items: list[str]
    role: str


def scan(doc: Document, sentence: Sentence, paragraph: tuple[int, int]) -> list[SpecialtyList]:
    """Specialty lists in a sentence of a paragraph about staffing."""
    if not doc.cues(SPECIALTY_CONTEXT, paragraph[0], paragraph[1], sentence):
        return []
    found = []
    for start in _LIST_START.finditer(doc.low, sentence.start, sentence.end):
        end = _LIST_END.search(doc.low, start.end(), sentence.end)
        stop = end.start() if end else sentence.end
        items = _items(doc.text[start.end() : stop])
        if len(items) >= 2:
            role = "need" if doc.cues(SPECIALTY_NEED_CUES, sentence.start, sentence.end, sentence) else "assigned"
            found.append(SpecialtyList(start.start(), stop, items, role))
    return found


def _items(text: str) -> list[str]:
    items = []
    for item in text.split(","):
        item = item.strip(" …-–\"'")
        if item and len(item.split()) <= _MAX_ITEM_WORDS and not any(c.isdigit() for c in item):
            items.append(item)
    return items
