"""Regex building from word lists: longest first, so "tiếp nhận" wins over "tiếp"."""

from __future__ import annotations

import re
from collections.abc import Iterable

_SPACES = r"[^\S\n]+"


def squeeze(matched: str) -> str:
    """A match of an alternation() with its runs of spaces single again, to look it up in its word list."""
    return re.sub(_SPACES, " ", matched)


# the marks a list's item opens on: "- Xã A: 4,5 tỷ đồng", "• …", "– …"
BULLET_MARK = r"[-+•*–]"
ITEM_NUMBER_MARK = r"\d{1,2}[.)]"  # a numbered item's mark: "1.", "2)"


def optional_words(words: Iterable[str]) -> str:
    """One of the words and the spaces after it, or nothing: "(?:(?:hơn|gần)\\s+)?"."""
    return rf"(?:(?:{alternation(words)})\s+)?"


def alternation(words: Iterable[str]) -> str:
    """'a|b|c' of the escaped words, longest first; never empty (an empty list matches nothing)."""
    # a space in a word list stands for any run of spaces: web copies double them or use tabs
    escaped = [re.escape(w).replace(r"\ ", _SPACES) for w in sorted(set(words), key=len, reverse=True) if w]
    return "|".join(escaped) if escaped else r"(?!x)x"


def open_bracket(text: str, start: int, at: int) -> int:
    """Where the bracket that `at` stands in opened, if it opened after `start` ("1.200 hồ sơ (cùng kỳ năm 2024: …"),
    else -1: the last "(" before `at` with no ")" after it."""
    opened = text.rfind("(", start, at)
    return opened if opened >= 0 and text.find(")", opened, at) < 0 else -1


# characters a look-back reads for the word or two right before a cue ("đã", "chưa", "theo", "không được")
WORD_REACH = 12


def line_start(text: str, at: int) -> int:
    """Where the line holding `at` starts."""
    return text.rfind("\n", 0, at) + 1
