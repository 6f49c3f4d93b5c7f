"""Lines of an article's text that belong to the page around it, not to the article.

A related-article block ("Tin liên quan" and the headlines under it) or a "Xem thêm: …" link carries
other articles' figures and dates: read as the article's, they give false facts and a wrong date anchor.
"""

from __future__ import annotations

import re

from monitor.extract.lang.vi.boilerplate import INLINE_HEADS, RELATED_HEADS
from monitor.extract.patterns import alternation

_LEAD = r"[\s>»*•+\-–|\[(]*"  # ">> Xem thêm:", "[Tin liên quan]", "- Đọc thêm:"
_BLOCK_HEAD = re.compile(rf"{_LEAD}(?:{alternation(RELATED_HEADS)})[\s:.\])]*$")
_INLINE_HEAD = re.compile(rf"{_LEAD}(?:{alternation(INLINE_HEADS)})\s*[:>»]")
_LINE = re.compile(r"[^\n]+")
_HEADLINE_MAX = 200  # a related headline is one short line; a body paragraph is longer


def furniture(low: str) -> list[tuple[int, int]]:
    """(start, end) of the lines that are links to other articles, in the lower-cased view."""
    spans: list[tuple[int, int]] = []
    in_block = False
    for line in _LINE.finditer(low):
        text = line.group().strip()
        if not text:
            continue
        if _BLOCK_HEAD.match(text):
            in_block = True
        elif _INLINE_HEAD.match(text):
            pass  # one link on its own line
        elif not (in_block and _is_headline(text)):
            in_block = False
            continue
        spans.append(line.span())
    return spans


def _is_headline(line: str) -> bool:
    """A headline under a related block: short, not a sentence closed by a full stop."""
    return len(line) <= _HEADLINE_MAX and not line.endswith((".", "…"))
