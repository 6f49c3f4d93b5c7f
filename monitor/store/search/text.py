"""Vietnamese text as the search index sees it: folded (no accents, "đ" as "d", lower case) and cut into words,
and a person's query read as words and quoted phrases (never as tantivy's query language)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache

import tantivy

MAX_WORD = 40  # longer "words" (tokens of URLs, hashes) are left out of the index, as tantivy's default does
# a person's query is a few words; each word costs a clause, so a pasted page is refused rather than run
MAX_QUERY = 500


class _FoldTable(dict[int, str]):
    """str.translate's table, filled one character at a time as new characters are met."""

    def __missing__(self, code: int) -> str:
        bare = "".join(c for c in unicodedata.normalize("NFD", chr(code)) if not unicodedata.combining(c))
        # đ/Đ has no decomposition; Ð (Icelandic eth) is often typed for Đ
        folded = bare.translate({0x111: "d", 0x110: "d", 0xF0: "d", 0xD0: "d"}).lower()
        self[code] = folded
        return folded


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """Text with its accents and marks dropped, "đ" as "d", lower case: "Hồ sơ ĐẤT đai" -> "ho so dat dai".

    NFC and NFD input fold alike (combining marks fold to nothing)."""
    return text.translate(_FOLD)


@cache
def _analyzer() -> tantivy.TextAnalyzer:
    # the same cut as tantivy's "default" tokenizer, which the index's text fields use
    builder = tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
    return builder.filter(tantivy.Filter.remove_long(MAX_WORD)).filter(tantivy.Filter.lowercase()).build()


def words(text: str) -> list[str]:
    """The words of text as the index cut them (letters and digits; lower case)."""
    return _analyzer().analyze(text)


def name_key(name: str) -> str:
    """A name (province, outlet) however it is written, for matching: folded, spaces squeezed."""
    return " ".join(words(fold(name)))


@dataclass(frozen=True, slots=True)
class Clause:
    """One thing the query asks for: a word, or a phrase (quoted, or a word such as "hồ-sơ" cut in several)."""

    exact: tuple[str, ...]  # the words as typed (NFC, lower case)
    folded: tuple[str, ...]  # the same words folded

    @property
    def accented(self) -> bool:
        """The person typed accents (or "đ"): an exact match may rank above a folded one."""
        return self.exact != self.folded


def read_query(query: str) -> list[Clause]:
    """The words and phrases of a person's query. Double quotes enclose a phrase; an unpaired quote is ignored;
    every other character that is not a letter or digit separates words.

    Raises ValueError for a query with no words (empty, spaces, punctuation only) or longer than MAX_QUERY
    characters."""
    if not query or not query.strip():
        raise ValueError("the search query is empty: give a word or a phrase")
    if len(query) > MAX_QUERY:
        raise ValueError(f"the search query is {len(query):,} characters long: give at most {MAX_QUERY}")
    query = unicodedata.normalize("NFC", query)
    parts = query.split('"')
    if len(parts) % 2 == 0:  # an unpaired quote: the text after it is plain words
        parts[-2:] = [parts[-2] + " " + parts[-1]]
    clauses: list[Clause] = []
    for position, part in enumerate(parts):
        chunks = [part] if position % 2 else part.split()
        for chunk in chunks:
            clause = _clause(chunk)
            if clause and clause not in clauses:
                clauses.append(clause)
    if not clauses:
        raise ValueError(f"the search query {query.strip()!r} has no words (letters or digits) to look for")
    return clauses


def _clause(chunk: str) -> Clause | None:
    exact, folded = words(chunk), words(fold(chunk))
    if not folded:
        return None
    if len(exact) != len(folded):  # a mark or letter that folding joins or splits: match folded only
        exact = folded
    return Clause(tuple(exact), tuple(folded))
