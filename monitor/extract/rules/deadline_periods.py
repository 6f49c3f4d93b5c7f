"""Limits told as periods, for the deadline rule (deadlines.py): a whole month ("hoàn thành trong tháng 10/2025"), a
year ("Trong năm 2025 phải hoàn thành …"), a month's end ("đến hết tháng 9 sẽ hoàn thành …"), and the completion an
instruction or an aim obliges before such a limit; with the clause bounds and an
instruction's verb both modules read."""

from __future__ import annotations

import re

from monitor.extract.dates import DateMention
from monitor.extract.document import Document
from monitor.extract.lang.vi.deadlines import (
    COMPLETION_CUES,
    COMPLETION_NOT_DUE,
    COMPLETION_OBLIGED_BY,
    DEADLINE_CUES,
    INSTRUCTION_OBJECT_WORDS,
    INSTRUCTION_VERBS,
    MONTH_LIMIT_CUES_AFTER,
    MONTH_LIMIT_CUES_BEFORE,
    MONTH_LIMIT_MARKERS,
    OBLIGING_NOT_AFTER,
    OBLIGING_NOT_BEFORE,
    PLANNED_COMPLETION_AFTER,
    UNTIL_WORDS,
    YEAR_END_WORDS,
    YEAR_LIMIT_CLOSING_MARKERS,
    YEAR_LIMIT_CUES_AFTER,
    YEAR_LIMIT_MARKERS,
)
from monitor.extract.lang.vi.status import NOT_SUBMITTING_BEFORE
from monitor.extract.patterns import WORD_REACH, alternation
from monitor.extract.tokenize import Sentence

# "trình" submits, not inside "quy trình", "chương trình", "toàn trình" … (lang/vi/status.py NOT_SUBMITTING_BEFORE)
_NOT_SUBMITTING = "".join(f"(?<!{word} )" for word in NOT_SUBMITTING_BEFORE)
INSTRUCTED = re.compile(
    rf"(?<!\w){_NOT_SUBMITTING}(?:{alternation(INSTRUCTION_VERBS)})(?:\s+[^\s,.;:]+){{0,{INSTRUCTION_OBJECT_WORDS}}}\s+$"
)


_MONTH_MARKER = re.compile(rf"(?<!\w)(?:{alternation(MONTH_LIMIT_MARKERS)})\s*$")
# the obligation right before the marker, a few words at most, with no result word: "hoàn thành trong tháng 10"
_MONTH_CUE_BEFORE = re.compile(rf"(?<!\w)(?:{alternation(MONTH_LIMIT_CUES_BEFORE)})(?:\s+[^\W\d]+){{0,3}}\s*$")


def month_limit(doc: Document, sentence: Sentence, mention: DateMention) -> tuple[int, int] | None:
    """A whole month as the limit of an obligation: "…, hoàn thành trong tháng 10/2025" (evidence from the clause's
    start), "dự kiến đến hết tháng 9 sẽ hoàn thành việc bố trí …" (from the marker to the clause's end). A month told
    with a result ("Trong tháng 8, tỉnh đã hoàn thành …") is none."""
    marker = _MONTH_MARKER.search(doc.low, max(sentence.start, mention.start - 15), mention.start)
    if marker is None:
        return None
    clause_start = start_of_clause(doc, sentence, marker.start())
    before = _MONTH_CUE_BEFORE.search(doc.low, max(clause_start, marker.start() - 40), marker.start())
    if before is None and doc.cues(DEADLINE_CUES, sentence.start, marker.start(), sentence):
        # an instruction's own verb before the span, in a sentence that obliges: "Kết luận giao Bộ Quốc phòng xây
        # dựng đề án …, trình Bộ Chính trị trong quý I/2026" ("dự kiến ban hành trong tháng 12" plans, obliges nothing)
        before = INSTRUCTED.search(doc.low, max(clause_start, marker.start() - 80), marker.start())
    if before is None and (completion := _obliged_completion(doc, sentence, clause_start, marker.start())) is not None:
        return completion, mention.end  # "yêu cầu các xã hoàn thành việc rà soát trụ sở trong tháng 11/2025"
    if before is not None:  # "đã hoàn thành trong tháng 7": a result, no limit
        told = doc.low[max(clause_start, before.start() - 12) : marker.start()].split()
        return None if "đã" in told else (clause_start, mention.end)
    clause_end = end_of_clause(doc, sentence, mention.end)
    after = doc.cues(MONTH_LIMIT_CUES_AFTER, mention.end, min(clause_end, mention.end + 40), sentence)
    return (marker.start(), clause_end) if after else None


_YEAR_MARKER = re.compile(rf"(?<!\w)(?:{alternation(YEAR_LIMIT_MARKERS)})\s*$")


def year_limit(doc: Document, sentence: Sentence, mention: DateMention) -> tuple[int, int] | None:
    """ "Trong năm 2025 phải hoàn thành tái cấu trúc quy trình …": a year (or a span of years, "Trong giai đoạn 2026 -
    2027 phải hoàn thành …") as the limit of an obligation to complete, the obligation right after it in its clause;
    evidence from the marker to the clause's end."""
    marker = _YEAR_MARKER.search(doc.low, max(sentence.start, mention.start - 20), mention.start)
    if marker is None or _before_a_whole_year(doc, marker, mention):
        return None
    clause_end = end_of_clause(doc, sentence, mention.end)
    # the obligation follows within a few words: "Trong năm 2025, các xã phải hoàn thành …"
    after = doc.cues(YEAR_LIMIT_CUES_AFTER, mention.end, min(clause_end, mention.end + 60), sentence)
    if not after:
        return _year_closing(doc, sentence, mention)
    end = doc.low.find(" và ", after[0].end(), clause_end)  # "… trên Cổng Dịch vụ công quốc gia và tích hợp 100% …"
    end = clause_end if end < 0 else end
    return marker.start(), end


_UNTIL = re.compile(rf"(?<!\w)(?:{alternation(UNTIL_WORDS)})\s*$")


def month_end_limit(doc: Document, sentence: Sentence, mention: DateMention) -> tuple[int, int] | None:
    """ "dự kiến đến hết tháng 9 sẽ hoàn thành việc bố trí …": a month's end as the limit of a completion to come, told
    right after it; evidence from "đến" to the clause's end. "Đến hết tháng 9, tỉnh đã tiếp nhận …" is a report."""
    if mention.kind != "month" or not mention.by_end:
        return None
    until = _UNTIL.search(doc.low, max(sentence.start, mention.start - 6), mention.start)
    if until is None:
        return None
    clause_end = end_of_clause(doc, sentence, mention.end)
    after = doc.cues(
        PLANNED_COMPLETION_AFTER + YEAR_LIMIT_CUES_AFTER, mention.end, min(clause_end, mention.end + 40), sentence
    )
    return (until.start(), clause_end) if after else None


_YEAR_CLOSING_MARKER = re.compile(rf"(?<!\w)(?:{alternation(YEAR_LIMIT_CLOSING_MARKERS)})\s*$")
_CLAUSE_CLOSES = re.compile(r"\s*(?:[.;!]|$)")


def _before_a_whole_year(doc: Document, marker: re.Match[str], mention: DateMention) -> bool:
    """ "trước" before a year, not its end: "trước năm 2027" is by the end of 2026, "Trước năm 2025, …" history; only
    "trước cuối năm 2026" is a year's limit (a review of 0.9.25, helper-172)."""
    return marker.group().strip() == "trước" and not doc.low.startswith(YEAR_END_WORDS, mention.start)


def _year_closing(doc: Document, sentence: Sentence, mention: DateMention) -> tuple[int, int] | None:
    """ "Tỉnh phải hoàn thành việc thực thi các phương án cắt giảm … trong năm 2025.": the obligation before the year,
    which closes its clause; evidence from the obligation to the year."""
    marker = _YEAR_CLOSING_MARKER.search(doc.low, max(sentence.start, mention.start - 12), mention.start)
    if marker is None or not _CLAUSE_CLOSES.match(doc.low, mention.end, sentence.end):
        return None
    if _before_a_whole_year(doc, marker, mention):
        return None
    clause_start = start_of_clause(doc, sentence, marker.start())
    before = doc.cues(YEAR_LIMIT_CUES_AFTER, clause_start, marker.start(), sentence)
    if before:
        return before[-1].start(), mention.end
    completion = _obliged_completion(doc, sentence, clause_start, marker.start())
    return (completion, mention.end) if completion is not None else None


def _obliged_completion(doc: Document, sentence: Sentence, clause_start: int, marker: int) -> int | None:
    """Where a completion to come starts before a limit's marker (lang/vi/deadlines.py COMPLETION_CUES), its clause
    naming an instruction or an aim before it and no result: "đề nghị các bộ … dồn sức để hoàn thành việc thực thi các
    phương án … trong năm 2025"."""
    completions = doc.cues(COMPLETION_CUES, clause_start, marker, sentence)
    if not completions:
        return None
    completion = completions[-1]
    obliging = [
        cue
        for cue in doc.cues(COMPLETION_OBLIGED_BY, clause_start, completion.start(), sentence)
        if not _OBLIGING_NOT_BEFORE.search(doc.low, max(0, cue.start() - WORD_REACH), cue.start())
        and not _OBLIGING_NOT_AFTER.match(doc.low, cue.end())
    ]
    if not obliging:
        return None  # "Thực hiện chỉ đạo của UBND tỉnh, các xã hoàn thành …": done under an instruction
    if _NOT_DUE_BEFORE.search(doc.low, max(clause_start, completion.start() - WORD_REACH), completion.start()):
        return None  # "yêu cầu … đã hoàn thành trong tháng 8", "vẫn chưa hoàn thành": a result
    return completion.start()


def completion_first(doc: Document, span: tuple[int, int]) -> bool:
    """A limit's evidence opening on the completion itself (_obliged_completion's): read only while the limit is
    ahead, a passed one reports ("Được giao nhiệm vụ từ đầu năm, xã hoàn thành … trong năm 2024")."""
    return doc.low.startswith(COMPLETION_CUES, span[0])


_NOT_DUE_BEFORE = re.compile(rf"(?<!\w)(?:{alternation(COMPLETION_NOT_DUE)})\s+$")


_OBLIGING_NOT_BEFORE = re.compile(rf"(?<!\w)(?:{alternation(OBLIGING_NOT_BEFORE)})\s+$")
_OBLIGING_NOT_AFTER = re.compile(rf"\s+(?:{alternation(OBLIGING_NOT_AFTER)})(?!\w)")


def start_of_clause(doc: Document, sentence: Sentence, at: int) -> int:
    return doc.low.rfind(";", sentence.start, at) + 1 or sentence.start


def end_of_clause(doc: Document, sentence: Sentence, at: int) -> int:
    end = doc.low.find(";", at, sentence.end)
    return sentence.end if end < 0 else end
