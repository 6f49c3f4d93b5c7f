"""The tantivy queries for a person's words: what must match, and what ranks the matches.

Vietnamese words are mostly two or three syllables written apart ("hồ sơ", "thủ tục hành chính"), so words
side by side matter as much as the words themselves. Checking positions (tantivy's phrase queries) over a
large store is slow, so the index also holds each pair of neighbouring folded words as one term ("ho_so"):
ranking by neighbours is then a few cheap term lookups, and a quoted phrase of two words is one.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import tantivy

from monitor.store.search.text import Clause

# how much each way of matching adds to a hit's score (BM25 of each, summed)
TITLE_BOOST = 2.0  # a word in the title counts more than one in the text
EXACT_BOOST = 1.5  # typed with accents and found with the same accents
NEAR_BOOST = 2.0  # two of the query's words side by side, in order

Must, Should = tantivy.Occur.Must, tantivy.Occur.Should


def neighbours(words: Sequence[str]) -> list[str]:
    """Each pair of neighbouring words as one term: ["ho", "so", "moi"] -> ["ho_so", "so_moi"]."""
    return [f"{first}_{second}" for first, second in itertools.pairwise(words)]


def queries(
    schema: tantivy.Schema, clauses: Sequence[Clause], filters: Sequence[tuple[str, str]]
) -> tuple[tantivy.Query, tantivy.Query]:
    """(ranked, matching): the query that ranks the hits, and one of the same matches without what only ranks
    them, cheaper for counting facets over many matches. filters: (field, term) pairs every match must have."""

    def term(field: str, value: str) -> tantivy.Query:
        return tantivy.Query.term_query(schema, field, value)

    def either(*ways: tantivy.Query) -> tantivy.Query:
        return tantivy.Query.boolean_query([(Should, way) for way in ways])

    def boost(query: tantivy.Query, factor: float) -> tantivy.Query:
        return tantivy.Query.boost_query(query, factor)

    def found(clause: Clause) -> tantivy.Query:
        """A word in the title or the text; a phrase: its neighbouring pairs, and beyond two words its positions."""
        if len(clause.folded) == 1:
            return either(
                boost(term("title_folded", clause.folded[0]), TITLE_BOOST), term("text_folded", clause.folded[0])
            )
        parts = [(Must, term("pairs", pair)) for pair in neighbours(clause.folded)]
        if len(clause.folded) > 2:  # the pairs narrow the articles whose positions are checked
            words = list(clause.folded)
            phrase = either(
                *(tantivy.Query.phrase_query(schema, field, words) for field in ("title_folded", "text_folded"))
            )
            parts.append((Must, phrase))
        return tantivy.Query.boolean_query(parts)

    must = [(Must, found(clause)) for clause in clauses]
    must += [(Must, tantivy.Query.const_score_query(term(field, value), 0.0)) for field, value in filters]
    ranking = []
    for clause in clauses:
        if clause.accented and len(clause.exact) == 1:
            word = clause.exact[0]
            ranking += [(Should, boost(term("title", word), TITLE_BOOST * EXACT_BOOST))]
            ranking += [(Should, boost(term("text", word), EXACT_BOOST))]
    sequence = [word for clause in clauses for word in clause.folded]
    ranking += [(Should, boost(term("pairs", pair), NEAR_BOOST)) for pair in neighbours(sequence)]
    matching = tantivy.Query.boolean_query(must)
    return (tantivy.Query.boolean_query(must + ranking) if ranking else matching), matching
