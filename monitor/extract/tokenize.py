"""Sentences and words with their offsets in the article text, from underthesea."""

from __future__ import annotations

import re
from dataclasses import dataclass

from underthesea import sent_tokenize, word_tokenize

_PARAGRAPH = re.compile(r"[^\n]+")


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int


def sentences(text: str) -> list[Sentence]:
    """Sentences of each paragraph (a line of text), located in the text."""
    found = []
    for number, paragraph in enumerate(_PARAGRAPH.finditer(text)):
        if not paragraph.group().strip():
            continue
        cursor = paragraph.start()
        for sentence in sent_tokenize(paragraph.group()):
            sentence = sentence.strip()
            at = text.find(sentence, cursor, paragraph.end())
            if not sentence or at < 0:
                continue
            found.append(Sentence(at, at + len(sentence), number))
            cursor = at + len(sentence)
        if not found or found[-1].paragraph != number:
            found.append(Sentence(paragraph.start(), paragraph.end(), number))
    return found


def word_bounds(text: str, start: int, end: int) -> tuple[set[int], set[int]]:
    """Offsets where underthesea's words start and end in text[start:end].

    Multi-syllable words are one token ("tiếp tục", "Thái Nguyên"), so a cue must start and end on
    these bounds: "tiếp" (receive) does not match inside "tiếp tục" (continue).
    """
    starts, ends = set(), set()
    cursor = start
    for token in word_tokenize(text[start:end]):
        syllables = token.split()
        if not syllables:
            continue
        at = text.find(syllables[0], cursor, end)
        if at < 0:
            continue
        stop = at + len(syllables[0])
        for syllable in syllables[1:]:
            nxt = text.find(syllable, stop, end)
            if nxt < 0:
                break
            stop = nxt + len(syllable)
        starts.add(at)
        ends.add(stop)
        cursor = stop
    return starts, ends
