"""Sentences and words with their offsets in the article text, from underthesea."""

from __future__ import annotations

import re
from dataclasses import dataclass

from underthesea import sent_tokenize, word_tokenize

from monitor.extract.patterns import ITEM_NUMBER_MARK

_PARAGRAPH = re.compile(r"[^\n]+")
_LIST_NUMBER = re.compile(ITEM_NUMBER_MARK)  # "1." alone, cut off by the splitter: a numbered item's mark
_INSIDE_ADDRESS = re.compile(r"[a-z0-9]")


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
        numbered = None  # a list item's number opening the line ("1. Xã Đầm Dơi: 88,2%"): the item's own
        for sentence in sent_tokenize(paragraph.group()):
            sentence = sentence.strip()
            at = text.find(sentence, cursor, paragraph.end())
            if not sentence or at < 0:
                continue
            if numbered is None and not text[paragraph.start() : at].strip() and _LIST_NUMBER.fullmatch(sentence):
                numbered, cursor = at, at + len(sentence)
                continue
            if numbered is not None:
                sentence, at, numbered = text[numbered : at + len(sentence)], numbered, None
            if found and found[-1].paragraph == number and at == found[-1].end and _INSIDE_ADDRESS.match(sentence):
                # a stop inside a word, a lower-case letter right after it: a web address ("tại địa chỉ
                # kns.hocso.vn sẵn sàng …"), no sentence's end ("… 1.200 hồ sơ.Đến nay" is two sentences)
                found[-1].end = at + len(sentence)
            else:
                found.append(Sentence(at, at + len(sentence), number))
            cursor = at + len(sentence)
        if numbered is not None:
            found.append(Sentence(numbered, numbered + len(text[numbered : paragraph.end()].rstrip()), number))
        if not found or found[-1].paragraph != number:
            found.append(Sentence(paragraph.start(), paragraph.end(), number))
    return found


def word_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """underthesea's words in text[start:end], as (start, end) offsets in text.

    Multi-syllable words are one span ("tiếp tục", "Thái Nguyên", "công nghệ thông tin"), so a cue
    that must be a whole word does not match inside another: "tiếp" (receive) in "tiếp tục" (continue).
    """
    spans = []
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
        spans.append((at, stop))
        cursor = stop
    return spans
