"""Read an article sentence by sentence, carrying the place and date under discussion, into Facts.

Each quantity is read by the rule of its unit (rules.READERS), each sentence by the sentence scanners
(rules.SCANNERS); where a figure is told of, when, and in which status come from where.py, when.py and
status.py. This module names no metric family: a new one is a rule module and its registry entry.

Here: the article loop (read_article: the sentences parsed, the date anchor, the facts checked, deduplicated and
put in series). One sentence's reading is sentence_reading.py's, one figure's figure_reading.py's, the record
carried from sentence to sentence state.py's.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from monitor.extract.boilerplate import furniture
from monitor.extract.checks import check
from monitor.extract.context import Parsed
from monitor.extract.dates import DateMention, find_dates, named_months
from monitor.extract.document import Document
from monitor.extract.documents import DocumentMention, find_documents
from monitor.extract.layout import (
    find_headings,
    headline_instructs,
    headline_proposes,
    is_caption,
    opens_example,
    spans_read_first,
    timeline_item_at,
)
from monitor.extract.places import outlet_province
from monitor.extract.restate import dedupe, headline_and_lead
from monitor.extract.sentence_reading import read_sentence
from monitor.extract.series import assign_series
from monitor.extract.state import State
from monitor.extract.tokenize import Sentence, sentences
from monitor.extract.told_again import concluded_again, dated_by_obligation
from monitor.extract.when import Anchor, date_anchor, report_date
from monitor.extract.where import Whereabouts, national_article
from monitor.facts import Article, Fact

EXTRACTOR_VERSION = "0.9.25"  # raise it when rules change: `monitor reextract` then redoes older facts


@dataclass(slots=True)
class Extraction:
    facts: list[Fact]
    anchor: Anchor
    problems: list[str] = field(default_factory=list)  # inconsistencies found (checks.py), one line each


def read_article(article: Article) -> Extraction:
    doc = Document(article.text)
    parsed = []
    skipped = furniture(doc.low)
    for sentence in sentences(doc.text):
        if _within(sentence, skipped):
            continue  # another article's headline: its figures and dates are not this article's
        documents = find_documents(doc.view, sentence.start, sentence.end)
        for mention in documents:
            doc.blank(mention.start, mention.end)
        dates = [m for m in find_dates(doc.low, sentence.start, sentence.end) if not _inside(m, documents)]
        parsed.append(Parsed(sentence, documents, dates))
    named_months([item.dates for item in parsed])
    find_headings(doc, parsed)
    anchor = date_anchor(article, doc, parsed)
    anchor.report = report_date(doc, parsed, anchor)
    facts: list[Fact] = []
    captions: set[int] = set()
    caption_lines: dict[int, bool] = {}  # each line is matched once: a one-line text has thousands of sentences
    # a provincial outlet speaks of its province until the text names one (its dateline or its host says which)
    state = State(Whereabouts(province=outlet_province(doc.view, article.outlet)))
    headline_end, lead_end = headline_and_lead(doc.text, article.title)
    state.headline_end = headline_end
    state.bulletin = "proposed" if headline_proposes(doc, parsed, lead_end) else None
    state.instructed = headline_instructs(doc, parsed, headline_end)
    example = -1  # the paragraph an illustration opened in: made-up figures from there on (layout.opens_example)
    for item in spans_read_first(doc, parsed):
        if opens_example(doc, item.sentence):
            example = item.sentence.paragraph
        if item.sentence.paragraph == example:
            continue
        item.caption = is_caption(doc, item.sentence, caption_lines)
        read = read_sentence(doc, item, state, anchor, article.id)
        captions.update(id(f) for f in read if item.caption)
        facts.extend(read)
    problems = check(facts, doc.text)
    # a headline's figure the text tells as a threshold ("Nửa tháng phát sinh dưới 150 hồ sơ" over "địa phương
    # nào có số hồ sơ dưới mức trung bình, tức dưới 150 hồ sơ, phải …") is that threshold, no figure
    facts = [f for f in facts if f.start >= headline_end or (f.value, f.unit) not in state.thresholds]
    facts = concluded_again(dated_by_obligation(facts, doc.low), doc.low, headline_end)
    for fact in facts:
        if fact.metric == "deadline" and (item := timeline_item_at(doc, fact.start)) is not None:
            fact.extra["item"] = item  # a timeline's items are tasks of their own, on the same day or not
    kept = dedupe(facts, captions, headline_end, lead_end)
    if national_article(doc):
        for fact in kept:
            if fact.province is None and fact.commune is None:
                fact.extra["national"] = True
    assign_series(kept, doc)
    return Extraction(kept, anchor, problems)


def _within(sentence: Sentence, spans: list[tuple[int, int]]) -> bool:
    """Whether the sentence lies in one of the sorted, disjoint spans."""
    at = bisect.bisect_right(spans, (sentence.start, float("inf"))) - 1
    return at >= 0 and spans[at][0] <= sentence.start < spans[at][1]


def _inside(mention: DateMention, documents: list[DocumentMention]) -> bool:
    return any(d.start <= mention.start < d.end for d in documents)
