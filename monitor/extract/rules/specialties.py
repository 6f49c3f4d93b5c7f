"""Lists of fields of expertise needed, lacking or assigned: "thiếu công chức địa chính, tư pháp và kế toán".

spaCy reads these lists: a PhraseMatcher finds the fields of lang/vi/specialties.py among underthesea's
words of the sentence, and two fields belong to one list when only linking words and numbers stand
between them. Working on words, not characters, keeps "y tế" from matching inside another word and
lets "tài nguyên và môi trường" win over "môi trường".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from underthesea import word_tokenize

from monitor.extract.context import Finding, SentenceScope
from monitor.extract.document import Document, cue_pattern
from monitor.extract.lang.vi.specialties import (
    FIELDS,
    LACK_BEFORE_STAFF,
    LEADS,
    LINKS,
    LIST_SEPARATORS,
    NEED_CUES,
    NOT_LISTS,
    QUALIFIER_LINKS,
    STAFF_NOUNS,
    STAFF_QUALIFIERS,
)
from monitor.extract.normalize import fold, lower
from monitor.extract.patterns import alternation
from monitor.extract.status_cues import status_in
from monitor.extract.tokenize import Sentence

_SEPARATORS = set(LIST_SEPARATORS)
_COLON = re.compile(":")
_COLON_TO_LIST = 3  # characters from a colon to the list's first field: ": tư pháp"
_MIN_ITEMS = 2


@dataclass(slots=True)
class SpecialtyList:
    start: int
    end: int
    items: list[str]
    role: str


@dataclass(slots=True)
class _Fields:
    nlp: spacy.Language
    matcher: PhraseMatcher
    names: dict[str, str]  # folded words of a field -> the field as written in FIELDS
    links: set[str]
    prefilter: re.Pattern[str]  # any field, on characters


@cache
def _fields() -> _Fields:
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    names = {}
    for field in FIELDS:
        # underthesea may cut a field alone otherwise than in a sentence ("thủy lợi" alone is two words, one word in
        # "chăn nuôi, thủy lợi"): the field is matched as either
        segmented = word_tokenize(_folded(field))
        for words in {tuple(segmented), (_folded(field),)}:
            names[" ".join(words)] = field
            matcher.add("FIELD", [Doc(nlp.vocab, words=list(words))])
    links = {" ".join(word_tokenize(_folded(link))) for link in LINKS}
    prefilter = cue_pattern(tuple(_folded(field) for field in FIELDS))
    return _Fields(nlp, matcher, names, links, prefilter)


def read(told: SentenceScope) -> list[Finding]:
    """The sentence's lists of fields, each with the sentence's status and date, placed where it starts."""
    found = []
    doc, sentence = told.doc, told.sentence
    for listed in scan(doc, sentence):
        province, commune = told.place_at(listed.start)
        values = {
            "specialties": listed.items,
            "role": listed.role,
            "status": status_in(doc, sentence, sentence.start, sentence.end) or "done",
            "province": province,
            "commune": commune,
            "as_of": told.date.as_of if told.date else None,
            "date_source": told.date_source,
        }
        found.append(Finding(listed.start, listed.end, values))
    return found


def scan(doc: Document, sentence: Sentence) -> list[SpecialtyList]:
    """Lists of two or more fields that a clause of the sentence speaks of as staff expertise, and fields
    named one by one as lacking ("thiếu công chức quản lý đất đai")."""
    fields = _fields()
    named = len(fields.prefilter.findall(doc.low, sentence.start, sentence.end))
    lacking = named >= 1 and (
        _LACKING_STAFF.search(doc.low, sentence.start, sentence.end) is not None
        or _LACKS_AT.search(doc.low, sentence.start, sentence.end) is not None
    )
    if named < _MIN_ITEMS and not lacking:
        return []  # segmenting every sentence would double the extractor's time
    spans = doc.words(sentence)
    words = Doc(fields.nlp.vocab, words=[doc.low[start:end] for start, end in spans])
    found = []
    singles: list[tuple[int, int, str]] = []
    matched = filter_spans(fields.matcher(words, as_spans=True))
    # a colon right before a field opens a list ("nhiều lĩnh vực: tư pháp, …"), whose items semicolons may part
    colons = [m.start() for m in _COLON.finditer(doc.low, sentence.start, sentence.end)]
    after_colon = next(
        (m.start for m in matched if any(0 <= spans[m.start][0] - c <= _COLON_TO_LIST for c in colons)), len(spans)
    )
    for group in _lists(words, matched, fields.links, after_colon):
        if len(group) < _MIN_ITEMS:
            start, end = spans[group[0].start][0], spans[group[0].end - 1][1]
            singles.append((start, end, fields.names[" ".join(t.text for t in group[0])]))
            continue
        start, end = spans[group[0].start][0], spans[group[-1].end - 1][1]
        if doc.low[start:end] in NOT_LISTS:
            continue
        clause = _clause(doc, sentence, start, end)
        lacks_at = _LACKS_AT.match(doc.low, end) is not None  # "tư pháp, hộ tịch thiếu ở 4 nơi"
        if not lacks_at and not _about_staff(doc, sentence, clause, start, end):
            continue
        items = list(dict.fromkeys(_items(words, group, fields.names)))
        role = "need" if lacks_at or doc.cues(NEED_CUES, clause[0], clause[1], sentence) else "assigned"
        found.append(SpecialtyList(start, end, items, role))
    if lacking:
        found += _lacking_one_by_one(doc, sentence, singles)
    return found


_QUALIFIER = rf"(?:{alternation(STAFF_QUALIFIERS)})(?:\s+(?:{alternation(QUALIFIER_LINKS)}))?"
_STAFF_THEN_FIELD = rf"(?:{alternation(STAFF_NOUNS)})\s+(?:{_QUALIFIER}\s+)?$"
_LACKING_STAFF = re.compile(rf"(?<!\w)(?:{alternation(LACK_BEFORE_STAFF)})\s+(?:{alternation(STAFF_NOUNS)})(?!\w)")
_LACKING_BEFORE_FIELD = re.compile(
    rf"(?<!\w)(?:{alternation(LACK_BEFORE_STAFF)})\s+(?:[^\W\d]+\s+){{0,2}}?{_STAFF_THEN_FIELD}"
)
# fields told lacking at places, right after them: "công nghệ thông tin thiếu ở 68 xã, phường; tư pháp, hộ tịch thiếu
# ở 4 nơi" (the staff of those fields, lacking there)
_LACKS_AT = re.compile(r"\s*(?:(?:còn|đang|vẫn|hiện)\s+)?thiếu\s+(?:ở|tại)\s")
_AND_STAFF_BEFORE_FIELD = re.compile(rf"(?<!\w)(?:và|,)\s+{_STAFF_THEN_FIELD}")


def _lacking_one_by_one(doc: Document, sentence: Sentence, singles: list[tuple[int, int, str]]) -> list[SpecialtyList]:
    """Fields named alone after the staff a clause says are lacking, one list per clause: "thiếu công chức
    chuyên trách công nghệ thông tin … và cán bộ phụ trách truyền thông". Counted staff ("cần thêm 2 công chức
    địa chính") are a figure with its specialty, no list (facts.md)."""
    by_clause: dict[tuple[int, int], SpecialtyList] = {}
    for start, end, field in singles:
        clause = _clause(doc, sentence, start, end)
        window = max(clause[0], start - 60)
        listed = by_clause.get(clause)
        lacking = (
            _LACKING_BEFORE_FIELD.search(doc.low, window, start) is not None
            or _LACKS_AT.match(doc.low, end) is not None
        )
        joined = listed is not None and _AND_STAFF_BEFORE_FIELD.search(doc.low, window, start) is not None
        if not (lacking or joined):
            continue
        if listed is None:
            by_clause[clause] = SpecialtyList(start, end, [field], "need")
        elif field not in listed.items:
            listed.items.append(field)
            listed.end = end
    return list(by_clause.values())


def _clause(doc: Document, sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    """The part of the sentence between the semicolons around [start, end)."""
    before = doc.low.rfind(";", sentence.start, start)
    after = doc.low.find(";", end, sentence.end)
    return (sentence.start if before < 0 else before + 1, sentence.end if after < 0 else after)


def _about_staff(doc: Document, sentence: Sentence, clause: tuple[int, int], start: int, end: int) -> bool:
    """The nearest lead before the list is a staff word; with none before, a staff word after it."""
    leads = [
        (match.end(), -match.start(), kind)
        for kind, cues in LEADS.items()
        for match in doc.cues(cues, clause[0], start, sentence)
    ]
    if leads:
        return max(leads)[2] == "staff"
    if doc.cues(LEADS["staff"], end, clause[1], sentence):
        return True
    # a sentence naming only fields goes on from the sentence before in its paragraph: "… phải lập danh sách 5%
    # cán bộ, công chức để điều động, biệt phái về các xã. Ưu tiên các lĩnh vực quản lý đất đai, tài chính, …"
    # (only when staff is all it spoke of: "tập huấn cho cán bộ xã" speaks of training)
    if clause[0] != sentence.start:
        return False
    window = doc.told_before(sentence)
    kinds = {kind for kind, cues in LEADS.items() if doc.cues(cues, window, sentence.start, sentence)}
    return kinds == {"staff"}


_DASHES = {"-", "–", "—"}


def _items(words: Doc, group: list[Span], names: dict[str, str]) -> list[str]:
    """The fields of a list as items; two joined by a dash alone are one field ("tài chính – ngân sách", "tài chính -
    kế toán": one post's field, as "tư pháp - hộ tịch" is)."""
    items: list[str] = []
    for i, span in enumerate(group):
        name = names[" ".join(t.text for t in span)]
        gap = [t.text for t in words[group[i - 1].end : span.start]] if i else []
        if len(gap) == 1 and gap[0] in _DASHES:
            items[-1] = f"{items[-1]} - {name}"
        else:
            items.append(name)
    return items


def _lists(words: Doc, fields: list[Span], links: set[str], after_colon: int) -> list[list[Span]]:
    """Fields grouped into lists: a gap of linking words and numbers with a separator joins two fields. A semicolon
    joins only the items of a list a colon opens ("nhiều lĩnh vực: tư pháp, hộ tịch; kế toán; văn phòng; …"); elsewhere
    it parts clauses, each with its own list ("xã A thiếu kế toán, địa chính; xã B thừa văn thư, lưu trữ")."""
    groups: list[list[Span]] = []
    for field in fields:
        gap = words[groups[-1][-1].end : field.start] if groups else None
        semicolon = gap is not None and any(t.text == ";" for t in gap)
        if gap is not None and _joins(gap, links) and (not semicolon or groups[-1][0].start >= after_colon):
            groups[-1].append(field)
        else:
            groups.append([field])
    return groups


def _joins(gap: Span, links: set[str]) -> bool:
    return any(t.text in _SEPARATORS for t in gap) and all(t.text in links or t.like_num for t in gap)


def _folded(text: str) -> str:
    return lower(fold(text))
