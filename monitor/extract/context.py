"""What the rules see: its sentences as parsed, the scope around one quantity, and a sentence as the sentence
scanners see it (the article's views are document.py's)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from monitor.extract.dates import DateMention, ResolvedDate
from monitor.extract.document import Document
from monitor.extract.documents import DocumentMention
from monitor.extract.lang.vi.cues import (
    NEXT_FIGURE_OPENERS,
    PASSIVE_MARKERS,
    PER_UNIT_AFTER,
    PER_UNIT_BEFORE,
    TOPIC_OPENERS,
    TOTAL_WORDS,
)
from monitor.extract.lang.vi.dates import BARE_CLAUSE_TURNS, BLOCK_OPENERS, CLAUSE_TURNS
from monitor.extract.lang.vi.numbers import ROUGH_BEFORE_NUMBER
from monitor.extract.lang.vi.parts import PART_INTRODUCERS
from monitor.extract.numbers import Quantity
from monitor.extract.patterns import alternation, optional_words
from monitor.extract.tokenize import Sentence

# a sentence opening on its topic, up to the comma: "Về giải quyết thủ tục hành chính, …"
_TOPIC = re.compile(rf"\W*(?:{alternation(TOPIC_OPENERS)})\s[^,;.\d]{{1,60}},")
# a sentence opening on a heading that ends in ':' and goes on in a clause of its own: "2. Công tác giải quyết thủ
# tục hành chính: trong tháng, Điểm phục vụ … đã tiếp nhận tổng số 2.699 hồ sơ" (a "label: value" line, whose
# figure follows the colon, has no words of its own after it and keeps its label's)
_HEADING_TOPIC = re.compile(r"\W*(?:\d{1,2}[.)]\s*)?[^\W\d][^:;.\d\n]{2,70}:\s*(?=[^\W\d])")
_PREDICATE = re.compile(rf"\s*(?:đã\s+|sẽ\s+)?(?:{alternation(PASSIVE_MARKERS)})(?!\w)")
_BREAKDOWN_AFTER = re.compile(rf"[,:]\s*(?:{alternation(PART_INTRODUCERS)})(?!\w)")
# a clause opening on a block of the whole: "… cả nước mới đạt 45,8%; khối bộ, ngành đạt 63,47%"
_BLOCK = re.compile(rf"\W*(?:{alternation(BLOCK_OPENERS)})(?!\w)")
_CLAUSE_TURN = re.compile(rf"[,;]\s*(?:{alternation(CLAUSE_TURNS)})(?!\w)")
_BARE_TURN = re.compile(rf"(?<!\w)(?:{alternation(BARE_CLAUSE_TURNS)})(?!\w)")
_PER_UNIT_AFTER = re.compile(rf"\s*(?:(?:cho|về|tại|ở|xuống|đến|tới)\s+)?(?:{alternation(PER_UNIT_AFTER)})(?!\w)")


# a coordinated verb phrase after a figure starts another clause: in "thiếu 410 công chức và dự kiến tuyển
# dụng bổ sung" the "bổ sung" is not what was done to the 410
_NEXT_VERB = re.compile(
    r"\s+(?:và|đồng thời|nhưng|song)\s+(?:sẽ|đang|đã|tiếp tục|dự kiến|đề xuất|đề nghị|phấn đấu|kiến nghị)(?!\w)"
)


# "và" right before the next figure, its approximation at most between: the next figure's own clause starts there
_AND_NEXT = re.compile(rf"\s+và\s+{optional_words((*ROUGH_BEFORE_NUMBER, *NEXT_FIGURE_OPENERS))}$")


@dataclass(slots=True)
class Reading:
    """How a rule read one quantity."""

    metric: str
    rule: str  # its confidence is CONFIDENCE[rule] (rules/__init__.py)
    kind: str | None = None
    level: str | None = None
    specialty: str | None = None
    from_level: str | None = None
    to_level: str | None = None
    purpose: str | None = None
    family: str | None = None  # staff, dossier, procedure: shares inherit it


_OWN_WORDS_STOPS = (",", " và ")
# the first words after a comma, where a joined verb would stand: "được tiếp nhận, xử lý hoàn toàn trên môi trường
# điện tử"
_JOINED_VERB = re.compile(r"\s*(?:đã\s+|được\s+)?\w+(?:\s\w+)?")


@dataclass(slots=True)
class Scope:
    """One quantity in its sentence: the local scope runs to the neighbouring quantities."""

    doc: Document
    sentence: Sentence
    quantity: Quantity
    left: int
    right: int
    clause_start: int
    clause_end: int
    previous: tuple[Quantity, Reading] | None = None
    each_place: bool = False  # said of each of the places listed before it (where.py, each_before): not a rate
    # the sentence's quantities after this one, as the reader found them (dates and document numbers masked)
    following: list[Quantity] = field(default_factory=list)
    # the sentence's dates, as the reader parsed them (none in a made-up line of a list or a table)
    dates: list[DateMention] = field(default_factory=list)

    def first_key(self, table: dict[str, tuple[str, ...]], start: int, end: int) -> str | None:
        """The first key of an ordered cue table with a cue in [start, end)."""
        for key, cues in table.items():
            if self.doc.cues(cues, start, end, self.sentence):
                return key
        return None

    def local(self, table: dict[str, tuple[str, ...]]) -> str | None:
        """A cue after the number in its phrase ("1.131 dịch vụ công trực tuyến một phần"), else before it.

        The phrase after ends at a comma, and at "và" when another figure follows in the clause: in "tiếp
        nhận 1.200 hồ sơ và giải quyết 1.150 hồ sơ" the "giải quyết" is the next figure's, while in "99,1%
        hồ sơ được giải quyết trước và đúng hạn" both words are this one's.
        """
        phrase_end = self._phrase_end(table)
        turn = _NEXT_VERB.search(self.doc.low, self.quantity.end, phrase_end)
        phrase_end = turn.start() if turn else phrase_end
        # the next figure of the clause within this phrase: "tiếp nhận 1.200 hồ sơ và giải quyết 1.150 hồ sơ"; one
        # after a comma leaves the phrase whole ("301.358 hồ sơ được tiếp nhận và xử lý trực tuyến, chiếm 87,76%")
        next_figure = self.right < self.clause_end and self.right <= phrase_end
        conjunction = self.doc.low.find(" và ", self.quantity.end, phrase_end) if next_figure else -1
        cut = phrase_end if conjunction < 0 else conjunction
        # a bracket after the figure that holds the next figure is its breakdown: "490 hồ sơ (trước hạn 223, đúng
        # hạn 259)" - its words are those figures'
        bracket = self.doc.low.find("(", self.quantity.end, cut)
        if bracket >= 0 and self.right < self.clause_end and ")" not in self.doc.low[bracket : self.right]:
            cut = bracket
        # "giải quyết 286.540 hồ sơ trên tổng số 295.100 hồ sơ tiếp nhận": words after the whole are the whole's,
        # so they count only when neither the part's words nor those before the number have a cue
        whole_at = self.quantity.whole_at
        fraction = self.quantity.total is not None
        if whole_at is None and fraction and not _PREDICATE.match(self.doc.low, self.quantity.end):
            # "đã giải quyết 1.203/1.250 hồ sơ tiếp nhận": the words after a fraction describe its whole (not a
            # predicate of the part: "2.051/4.888 TTHC được dự kiến cắt giảm")
            whole_at = self.quantity.end
        own = self._after(table, phrase_end, cut if whole_at is None else min(cut, whole_at))
        if own or whole_at is None:
            return own or self._before(table)
        return self._before(table) or self._after(table, phrase_end, cut)

    def _before(self, table: dict[str, tuple[str, ...]]) -> str | None:
        """The first cue of the table in the figure's words before it, past a topic; a heading's words count only
        when the clause after it names none."""
        heading = _HEADING_TOPIC.match(self.doc.low, self.sentence.start)
        if heading is not None and self.left <= heading.end() <= self.quantity.start:
            key = self.first_key(table, heading.end(), self.quantity.start)
            if key is not None:
                return key
        return self.first_key(table, self._past_topic(), self.quantity.start)

    def _past_topic(self) -> int:
        """Where the figure's own words before it start: past a topic the sentence opens on ("Về giải quyết thủ tục
        hành chính, cấp xã đã tiếp nhận 74.563 hồ sơ": the topic's verb is not the figure's)."""
        topic = _TOPIC.match(self.doc.low, self.sentence.start)
        if topic is None or topic.end() > self.quantity.start:
            return self.left
        return max(self.left, topic.end())

    def _after(self, table: dict[str, tuple[str, ...]], phrase_end: int, cut: int) -> str | None:
        for key, cues in table.items():
            if any(m.start() < cut for m in self.doc.cues(cues, self.quantity.start, phrase_end, self.sentence)):
                return key
        return None

    def _phrase_end(self, table: dict[str, tuple[str, ...]]) -> int:
        """The first comma after the number, skipping one inside a cue of the table: "thẩm quyền của các
        sở, ngành" names one level."""
        q, low = self.quantity, self.doc.low
        comma = low.find(",", q.end, self.right)
        turn = _BARE_TURN.search(low, q.end, self.right)
        if turn is not None and (comma < 0 or turn.start() < comma):
            return turn.start()  # "42.300 hồ sơ nhưng tỷ lệ giải quyết đúng hạn …": the turn ends the figure's words
        comma = self._past_joined_verbs(table, comma)
        joined = tuple(cue for cues in table.values() for cue in cues if "," in cue)
        if comma < 0 or not joined:
            return self.right if comma < 0 else comma
        spans = [(m.start(), m.end()) for m in self.doc.cues(joined, q.end, self.right, self.sentence)]
        while comma >= 0 and any(a < comma < b for a, b in spans):
            comma = low.find(",", comma + 1, self.right)
        return self.right if comma < 0 else comma

    def _past_joined_verbs(self, table: dict[str, tuple[str, ...]], comma: int) -> int:
        """Past verbs after the figure joined by commas: "100% hồ sơ được tiếp nhận, xử lý, không có hồ sơ trễ
        hạn" - "xử lý" is the figure's too, with the words after it ("…, xử lý hoàn toàn trên môi trường
        điện tử"). Not past one with a figure of its own: "tiếp nhận 1.200 hồ sơ,
        giải quyết 1.150 hồ sơ"."""
        low = self.doc.low
        if comma < 0 or not self.first_key(table, self.quantity.end, comma):
            return comma  # the verbs before the figure govern it ("tiếp nhận 1.200 hồ sơ, giải quyết xong")
        while comma >= 0:
            verb = _JOINED_VERB.match(low, comma + 1)
            if verb is None or not self.first_key(table, verb.start(), verb.end()):
                return comma
            following = low.find(",", verb.end(), self.right)
            if following < 0 and self.right < self.clause_end:
                # the verb's words run on to the next figure: that figure's, unless "và" opens the next figure's
                # clause right before it ("98% hồ sơ được tiếp nhận, xử lý trực tuyến và trên 95,3% hồ sơ …")
                joined_next = _AND_NEXT.search(low, verb.end(), self.right)
                return joined_next.start() if joined_next else comma
            if following < 0:
                return -1
            comma = following
        return comma

    def own_words(self) -> tuple[int, int]:
        """The figure's own words around it: back to the figure before, a comma or "và", and on to a comma or
        "và" ("90% hồ sơ được số hóa và 80% hồ sơ nộp trực tuyến": "số hóa" is the 90%'s alone)."""
        low, start, end = self.doc.low, self.left, self.right
        for stop in _OWN_WORDS_STOPS:
            before = low.rfind(stop, start, self.quantity.start)
            start = before + len(stop) if before >= 0 else start
            after = low.find(stop, self.quantity.end, end)
            end = after if after >= 0 else end
        return start, end

    def goes_on_from_previous(self) -> bool:
        """The figure before is in this figure's clause, or this clause breaks it down: "… đạt 39,98%; trong
        đó khối bộ, ngành đạt 54,46%", "… đạt 45,8%; khối bộ, ngành đạt 63,47%"."""
        if self.previous is None:
            return False
        if self.previous[0].end <= self.sentence.start:
            return True  # handed over from the sentence before, which this one breaks down (reader.py)
        if self.previous[0].end >= self.clause_start or self.doc.breaks_down(self.clause_start):
            return True
        return _BLOCK.match(self.doc.low, self.clause_start) is not None

    def in_clause(self, table: dict[str, tuple[str, ...]]) -> str | None:
        """A cue anywhere in the figure's clause, up to a breakdown of the figure after it, or a share told after a
        comma, which owns the words after it: in "227.748 hồ sơ, trong đó hơn 185.000 hồ sơ nộp trực tuyến" and in
        "hơn 40.000 hồ sơ, 59,3% nộp trực tuyến" the online channel is the part's, not the whole's."""
        end = self.clause_end
        breakdown = _BREAKDOWN_AFTER.search(self.doc.low, self.quantity.end, end)
        end = breakdown.start() if breakdown else end
        share = self.share_after_comma()
        return self.first_key(table, self.clause_start, share.start if share and share.start < end else end)

    def share_after_comma(self) -> Quantity | None:
        """The share told right after the figure and a comma, which owns the words after it: "hơn 40.000 hồ sơ, 59,3%
        nộp trực tuyến"."""
        share = self.following[0] if self.following else None
        if share is None or share.unit != "%" or self.doc.low[self.quantity.end : share.start].strip() != ",":
            return None
        return share

    def in_sentence(self, table: dict[str, tuple[str, ...]]) -> str | None:
        return self.first_key(table, self.sentence.start, self.sentence.end)

    def per_unit(self) -> bool:
        """A figure per commune or on average ("mỗi phường được tăng cường từ 5 đến 7 công chức"): a rate,
        unless a total word stands between ("về mỗi xã …, tổng cộng khoảng 420 người")."""
        if self.each_place:
            return False  # "các xã A, B và C mỗi xã thiếu 7 người": each named commune's own figure
        if _PER_UNIT_AFTER.match(self.doc.low, self.quantity.end):
            return True  # "biệt phái 2 công chức cho mỗi xã"
        # a rate word before a turn to another clause is the figure before's: "tăng cường 2-3 công chức cho mỗi
        # xã, đồng thời cử 64 lượt cán bộ xuống"
        turn = list(_CLAUSE_TURN.finditer(self.doc.low, self.left, self.quantity.start))
        start = turn[-1].end() if turn else self.left
        rates = self.doc.cues(PER_UNIT_BEFORE, start, self.quantity.start, self.sentence)
        return bool(rates) and not self.has(TOTAL_WORDS, rates[-1].end(), self.quantity.start)

    def has(self, cues: tuple[str, ...], start: int | None = None, end: int | None = None) -> bool:
        start = self.sentence.start if start is None else start
        end = self.sentence.end if end is None else end
        return bool(self.doc.cues(cues, start, end, self.sentence))


@dataclass(slots=True)
class Heading:
    """The line a list item or a table row hangs from: its words name the items' figures ("Số hồ sơ
    tiếp nhận tại các xã:" over "- Xã A: 1.240 hồ sơ"; a header row over its columns)."""

    paragraph: int
    text: str
    table: bool = False
    sentence: Sentence | None = None  # a list's lead line: its status words are its items' ("tỉnh phấn đấu:")
    # a table's: the line ending in ':' right above its header row ("Kết quả tiếp nhận hồ sơ theo từng lĩnh vực:"
    # over "Lĩnh vực | Số hồ sơ"), which names what a column with no verb counts
    lead: str | None = None
    # a header dated column by column ("Chỉ tiêu | Tháng 8 | Tháng 9"): each column's date, by the number of bars
    # before it, dates the cells under it
    column_dates: dict[int, DateMention] = field(default_factory=dict)


@dataclass(slots=True)
class Parsed:
    """A sentence with the documents and dates found in it, and the line its list item or table row hangs from."""

    sentence: Sentence
    documents: list[DocumentMention]
    dates: list[DateMention]
    heading: Heading | None = None
    caption: bool = False


@dataclass(slots=True)
class SentenceScope:
    """One sentence as the sentence scanners see it (rules.SCANNERS): its dates and documents, the anchor date,
    the place each position of it is told of, and the date it is told for as a whole, with that date's source."""

    doc: Document
    sentence: Sentence
    dates: list[DateMention]
    documents: list[DocumentMention]
    anchor: dt.date | None
    place_at: Callable[[int], tuple[str | None, str | None]]  # (province, commune)
    date: ResolvedDate | None
    date_source: str | None


@dataclass(slots=True)
class Finding:
    """A fact a sentence scanner read from text[start:end]: its fields besides the scanner's rule and metric."""

    start: int
    end: int
    values: dict[str, Any]
