"""An article's text as the rules read it: its views (folded, lower-cased, cue view with document references and
systems' verbs blanked), underthesea's words per sentence, and the cue matching every rule goes through."""

from __future__ import annotations

import re
from functools import cache

from monitor.extract.lang.vi.cues import JOINED_ADVERBS, NOT_CUE_AFTER
from monitor.extract.lang.vi.dates import CONTINUING_OPENERS
from monitor.extract.lang.vi.dossiers import SYSTEM_NOUNS, SYSTEM_OBJECTS, SYSTEM_OWN_VERBS, SYSTEM_VERBS
from monitor.extract.normalize import fold, lower
from monitor.extract.patterns import alternation, line_start
from monitor.extract.tokenize import Sentence, word_spans

_NOT_CUE_AFTER = re.compile(rf"(?<!\w)(?:{alternation(NOT_CUE_AFTER)})\s+$")


@cache
def cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = alternation(cues)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


_BREAKDOWN = re.compile(rf"\W*(?:{alternation(CONTINUING_OPENERS)})(?!\w)")
# how far back in its paragraph a sentence looks for what it goes on from (the sentence or two before)
_LOOK_BACK = 400
_NAMED_SYSTEM = re.compile(
    rf"(?<!\w)(?:{alternation(SYSTEM_NOUNS)})\s+(?P<verb>{alternation(SYSTEM_VERBS)})\s+(?:{alternation(SYSTEM_OBJECTS)})(?!\w)"
    # ... and, before the next figure or the sentence's end, a verb of the system's own
    # (a date's digits may stand between: "… của tỉnh, tính đến ngày 31/8, đã tiếp nhận 125.400 hồ sơ")
    rf"(?=(?:[^\d.;!?]|\.(?!\s)|\d+(?=/)|(?<=/)\d+)*?(?<!\w)(?:{alternation(SYSTEM_OWN_VERBS)})(?!\w))"
)


class Document:
    """An article's text with its matching views; offsets are shared by all three."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.view = fold(text)  # case kept: place names, document symbols
        self.low = lower(self.view)  # cues, numbers, dates
        self.cue_view = self.low  # low with document references and systems' verbs blanked out
        self._words: dict[int, list[tuple[int, int]]] = {}
        self._bounds: dict[int, tuple[set[int], set[int]]] = {}
        for system in _NAMED_SYSTEM.finditer(self.low):
            self.blank(system.start("verb"), system.end("verb"))  # "hệ thống giải quyết thủ tục hành chính"

    def blank(self, start: int, end: int) -> None:
        self.cue_view = self.cue_view[:start] + " " * (end - start) + self.cue_view[end:]

    def breaks_down(self, at: int) -> bool:
        """Whether the clause or sentence opening at `at` breaks down what was told before it ("Trong đó, …")."""
        return _BREAKDOWN.match(self.low, at) is not None

    def told_before(self, sentence: Sentence) -> int:
        """Where the text this sentence goes on from starts: back in its paragraph, a sentence or two."""
        return max(line_start(self.low, sentence.start), sentence.start - _LOOK_BACK)

    def words(self, sentence: Sentence) -> list[tuple[int, int]]:
        """underthesea's words of a sentence as offsets, segmented once per sentence."""
        if sentence.start not in self._words:
            self._words[sentence.start] = word_spans(self.view, sentence.start, sentence.end)
        return self._words[sentence.start]

    def bounds(self, sentence: Sentence) -> tuple[set[int], set[int]]:
        if sentence.start not in self._bounds:
            words = self.words(sentence)
            self._bounds[sentence.start] = ({s for s, _ in words}, {e for _, e in words})
        return self._bounds[sentence.start]

    def cues(self, cues: tuple[str, ...], start: int, end: int, sentence: Sentence) -> list[re.Match[str]]:
        """Cue matches in [start, end); a one-syllable cue must be a whole word to underthesea."""
        found = []
        for match in cue_pattern(cues).finditer(self.cue_view, start, end):
            if _NOT_CUE_AFTER.search(self.cue_view, max(0, match.start() - 20), match.start()):
                continue  # "thuộc thẩm quyền giải quyết của cấp xã": a noun, not what was done
            if " " not in match.group():
                starts, ends = self.bounds(sentence)
                if (match.start() not in starts or match.end() not in ends) and not self._joined(match, sentence):
                    continue  # "tiếp" inside "tiếp tục", "cử" inside "bầu cử"
            found.append(match)
        return found

    def _joined(self, match: re.Match[str], sentence: Sentence) -> bool:
        """underthesea sometimes joins a name or an adverb and the verb after it ("Buôn Hồ thiếu", "hiện
        thiếu"): a cue that ends a word whose other syllables are all capitalised, or are such an adverb, is
        still a word of its own."""
        for start, end in self.words(sentence):
            if end == match.end() and start < match.start():
                before = self.view[start : match.start()].split()
                names = all(syllable[:1].isupper() for syllable in before)
                return bool(before) and (names or " ".join(before).lower() in JOINED_ADVERBS)
        return False
