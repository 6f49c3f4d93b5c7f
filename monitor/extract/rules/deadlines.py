"""Dated obligations: "yêu cầu báo cáo ... trước ngày 15/11/2025"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from monitor.extract.context import Document
from monitor.extract.dates import DateMention
from monitor.extract.lang.vi.cues import DEADLINE_CUES, DEADLINE_DATE_MARKERS, DONE_CUES, STAFF_CUES
from monitor.extract.patterns import alternation
from monitor.extract.tokenize import Sentence

_MARKER_BEFORE = re.compile(r"(?:" + alternation(DEADLINE_DATE_MARKERS) + r")\s*(?:ngày\s*)?$")
_POINT_KINDS = ("dm", "dmy", "dtm", "month")
_SUBJECTS = {
    "staff_transfer": tuple(c for cues in STAFF_CUES.values() for c in cues),
    "procedures": ("thủ tục", "tthc", "dịch vụ công"),
    "dossiers_resolved": ("hồ sơ",),
}


@dataclass(slots=True)
class Deadline:
    start: int
    end: int
    date: DateMention
    status: str
    subject: str | None


def scan(doc: Document, sentence: Sentence, dates: list[DateMention]) -> list[Deadline]:
    found = []
    for mention in dates:
        if mention.kind not in _POINT_KINDS or (mention.kind == "month" and not mention.part):
            continue
        if not _MARKER_BEFORE.search(doc.low, max(sentence.start, mention.start - 25), mention.start):
            continue
        cues = doc.cues(DEADLINE_CUES, sentence.start, mention.start, sentence)
        if not cues:
            continue  # "Trước ngày 1/7, có 279 cán bộ ... đã được điều động": a report, not an obligation
        start = cues[-1].start() if len(cues) == 1 else cues[0].start()
        done = doc.cues(DONE_CUES, sentence.start, sentence.end, sentence)
        subject = next(
            (name for name, words in _SUBJECTS.items() if doc.cues(words, start, mention.end, sentence)), None
        )
        found.append(Deadline(start, mention.end, mention, "done" if done else "planned", subject))
    return found
