"""A hit's snippet: the stretch of its text where most of the query's words and phrases are, with their places.

Matching is on folded words, so "ho so" highlights "hồ sơ" and "Hồ Sơ" alike. Offsets are plain-text
[start, end) within the snippet; callers escape the text before they mark it up.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from monitor.store.search.text import Clause, fold

WIDTH = 240  # characters of text in a snippet, about two lines
LEAD = 60  # characters of context kept before the first match of the snippet
ELLIPSIS = "…"
_ONE_LINE = str.maketrans("\r\n\t\v\f\u2028\u2029", "       ")
MAX_MATCHES = 200  # of one word or phrase: more add nothing to the choice of a window
_BETWEEN = r"[\W_]+"  # what separates two words of a phrase: anything but letters and digits


def snippet(text: str, clauses: Sequence[Clause]) -> tuple[str, list[tuple[int, int]]]:
    """The snippet of text for the query's clauses, and the [start, end) of each match in it."""
    matches = _matches(text, clauses)
    if not matches:
        return _cut(text, 0, [])
    start = _best_start(matches)
    return _cut(text, max(0, start - LEAD), matches)


def _matches(text: str, clauses: Sequence[Clause]) -> list[tuple[int, int, int]]:
    """(start, end, clause number) of each place a clause matches as whole words, in text order.

    Regular expressions over the folded text (C speed: a hit's text is searched on every page of results)."""
    folded = fold(text)
    origin = _origins(text) if len(folded) != len(text) else None  # folding changed lengths: map offsets back
    found = []
    for number, clause in enumerate(clauses):
        pattern = re.compile(rf"(?<![^\W_]){_BETWEEN.join(re.escape(word) for word in clause.folded)}(?![^\W_])")
        for _, match in zip(range(MAX_MATCHES), pattern.finditer(folded), strict=False):
            start, end = match.span()
            if origin is not None:  # to the first character after the match: marks that folded to nothing go with it
                start, end = origin[start], origin[end] if end < len(origin) else len(text)
            found.append((start, end, number))
    return sorted(found)


def _origins(text: str) -> list[int]:
    """For each character of the text folded character by character, the offset of the character it came from."""
    return [offset for offset, char in enumerate(text) for _ in fold(char)]


def _best_start(matches: list[tuple[int, int, int]]) -> int:
    """Where the window of WIDTH characters holding the most different clauses (then the most matches) starts."""
    best, best_key = matches[0][0], (0, 0)
    last = 0
    for first, (start, _, _) in enumerate(matches):
        while last < len(matches) and matches[last][1] <= start - LEAD + WIDTH:
            last += 1
        inside = matches[first:last]
        key = (len({number for _, _, number in inside}), len(inside))
        if key > best_key:
            best, best_key = start, key
    return best


def _cut(text: str, start: int, matches: list[tuple[int, int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """text[start:start + WIDTH] cut at spaces, with an ellipsis where it is cut, one line; and the matches in it."""
    end = min(len(text), start + WIDTH)
    if start > 0:
        space = text.find(" ", start, start + LEAD)
        start = space + 1 if space >= 0 else start
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    head = ELLIPSIS if start > 0 else ""
    tail = ELLIPSIS if end < len(text) else ""
    body = text[start:end].translate(_ONE_LINE)  # character for character: the offsets stay
    shift = len(head) - start
    marks: list[tuple[int, int]] = []  # in text's offsets, then shifted into the snippet's
    for match_start, match_end, _ in matches:
        if match_start >= start and match_end <= end:
            if marks and not text[marks[-1][1] : match_start].strip():  # overlapping, or one space apart
                marks[-1] = (marks[-1][0], max(marks[-1][1], match_end))
            else:
                marks.append((match_start, match_end))
    return head + body + tail, [(mark_start + shift, mark_end + shift) for mark_start, mark_end in marks]
