"""A host's page furniture: the lines its template puts on every page (menus, player labels, share bars,
author boxes, related-news lists), learned per host from the pages crawled and taken out of the text.

Each page read counts its lines for its host (the state keeps the counts across runs, as hashes). A line
is the host's when it was seen on enough distinct pages of it; until a host has shown that many, its
pages are cleaned by the furniture every template has (furniture.py). Issue 15.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from monitor.crawl.furniture import BLOCK_HEADS, INLINE_HEADS, LINES, PATTERNS
from monitor.crawl.state import HostLines

# A line seen on MIN_PAGES distinct pages of a host is its template's. Two articles of one story (a report
# and its follow-up) often share a heading or a quoted line; a third page repeating it word for word is
# the template. Lines that may carry a fact (see _may_carry_facts) need more: SURE_PAGES pages and at least
# SURE_SHARE of the host's pages so far. A background sentence recurs in a series of articles, never on
# half of everything an outlet prints; the template's own sentences (licence, hotline) are on every page.
MIN_PAGES = 3
SURE_PAGES = 6
SURE_SHARE = 0.5
# Lines longer than this are not counted: furniture is short, and an article's paragraphs, long and
# unique, would only fill the table.
MAX_LINE_CHARS = 300
SENTENCE_WORDS = 8  # a line of this many words ending like a sentence is one
HEADLINE_CHARS = 200  # a headline under a related-news head is one short line

_FOLD = re.compile(r"\s+")
_KNOWN_LINES = frozenset(LINES)
_KNOWN = re.compile("|".join(f"(?:{p})" for p in PATTERNS), re.IGNORECASE)
_LEAD = r"[\s>»*•+\-–|\[(]*"  # ">> Xem thêm:", "[Tin liên quan]"
_BLOCK_HEAD = re.compile(rf"{_LEAD}(?:{'|'.join(map(re.escape, BLOCK_HEADS))})[\s:.\])]*", re.IGNORECASE)
_INLINE_HEAD = re.compile(rf"{_LEAD}(?:{'|'.join(map(re.escape, INLINE_HEADS))})\s*[:>»]", re.IGNORECASE)


class TemplateState(Protocol):
    """The part of a CrawlState (state.py) that keeps hosts' lines."""

    def learn_lines(self, host: str, page: str, keys: Sequence[int]) -> None: ...
    def host_lines(self, host: str, keys: Sequence[int]) -> HostLines: ...


def folded(line: str) -> str:
    """A line as compared: case folded, spaces squeezed."""
    return _FOLD.sub(" ", line).strip().casefold()


def line_key(line: str) -> int:
    """A line's key: 63 bits of the SHA-1 of its folded form (a BIGINT in the store)."""
    digest = hashlib.sha1(folded(line).encode()).digest()
    return int.from_bytes(digest[:8], "big") >> 1


def known_furniture(line: str) -> bool:
    """A line every template may have: player voices, share bars, time stamps, copyright, a "Xem thêm: …" link."""
    text = folded(line)
    return text in _KNOWN_LINES or bool(_KNOWN.fullmatch(text)) or bool(_INLINE_HEAD.match(text))


def is_template(line: str, seen: int, pages: int) -> bool:
    """A line seen on `seen` of a host's `pages` pages is its template's (see MIN_PAGES)."""
    if seen < MIN_PAGES:
        return False
    if _may_carry_facts(line):
        return seen >= SURE_PAGES and seen >= SURE_SHARE * pages
    return True


def _may_carry_facts(line: str) -> bool:
    """A figure, a sentence, or a heading over a list ("Kết quả giải quyết hồ sơ:"): the extractor reads these."""
    text = line.strip()
    if any(char.isdigit() for char in text) or text.endswith(":"):
        return True
    return len(text.split()) >= SENTENCE_WORDS and text.endswith((".", "!", "?", "…", ";"))


def page_lines(paragraphs: Sequence[str]) -> list[str]:
    """The lines of a page's paragraphs (a paragraph's <br> breaks make lines), blank ones left out."""
    return [line.strip() for paragraph in paragraphs for line in paragraph.split("\n") if line.strip()]


@dataclass(slots=True)
class HostTemplate:
    """One page of a host, against what the host's other pages showed: call it with the page's lines to count
    them (once per page) and get back those that are the host's template."""

    state: TemplateState
    host: str
    page: str  # the page's article id

    def __call__(self, lines: Sequence[str]) -> set[str]:
        keys = {line_key(line): line for line in lines if len(line) <= MAX_LINE_CHARS}
        self.state.learn_lines(self.host, self.page, list(keys))
        known = self.state.host_lines(self.host, list(keys))
        return {line for key, line in keys.items() if is_template(line, known.seen.get(key, 0), known.pages)}


def clean(paragraphs: Sequence[str], learned: Callable[[Sequence[str]], set[str]] | None = None) -> list[str]:
    """The paragraphs without the lines that are furniture: known everywhere, learned on this host
    (`learned`: the page's lines → those of its template; HostTemplate), the headlines under a related-news
    head, and a short line between two lines of furniture (a label of the same block)."""
    lines = page_lines(paragraphs)
    template = {folded(line) for line in learned(lines)} if learned is not None else set()
    marks = [known_furniture(line) or folded(line) in template for line in lines]
    _mark_blocks(lines, marks)
    dropped = {index for index, mark in enumerate(marks) if mark}
    out: list[str] = []
    index = 0
    for paragraph in paragraphs:
        kept = []
        for line in paragraph.split("\n"):
            if not line.strip():
                continue
            if index not in dropped:
                kept.append(line)
            index += 1
        if kept:
            out.append("\n".join(kept))
    return out


def _mark_blocks(lines: list[str], marks: list[bool]) -> None:
    """Mark the headlines under a related-news or keyword head, and short lines between two marked ones."""
    in_block = False
    for index, line in enumerate(lines):
        if _BLOCK_HEAD.fullmatch(line.strip()):
            marks[index], in_block = True, True
        elif in_block and _headline(line):
            marks[index] = True
        else:
            in_block = False
    for index in range(1, len(lines) - 1):
        if not marks[index] and marks[index - 1] and marks[index + 1] and not _may_carry_facts(lines[index]):
            marks[index] = True


def _headline(line: str) -> bool:
    """A line under a related-news head: short, not a sentence closed by a full stop."""
    text = line.strip()
    return len(text) <= HEADLINE_CHARS and not text.endswith((".", "…"))
