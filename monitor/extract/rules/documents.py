"""Documents cited by number, as facts: "Kế hoạch 196 của UBND tỉnh", "Kết luận số 586-KL/TU ngày 13/8/2025".

The mentions are found when the sentence is parsed (documents.py), before its dates and figures, which they
mask; this rule places them, dates them by the date opening their issuer's clause when they give none, and
names the province of an issuer given as "UBND tỉnh".
"""

from __future__ import annotations

import datetime as dt
import re

from monitor.extract.context import Finding, SentenceScope
from monitor.extract.date_values import resolve
from monitor.extract.dates import DateMention
from monitor.extract.document import Document
from monitor.extract.documents import DocumentMention


def read(told: SentenceScope) -> list[Finding]:
    """The documents the sentence cites, placed where each is named."""
    found = []
    for mention in told.documents:
        if (
            _PROGRAMME_NAME.fullmatch(mention.ref)
            and not _NUMBER_WORD.search(told.doc.low, mention.start, mention.end)
            and (mention.issued is None or mention.issuer is None)
        ):
            # "Đề án 06": a programme named by its number, not a document cited ("Thông tư số 01" is one, and so is
            # "Kế hoạch 02 ngày 19/6/2025 của Ban Chỉ đạo Trung ương", its issue date and issuer given; "Tổ công tác
            # Đề án 06 ngày 12/9/2025 đã kiểm tra …" dates the work, not the programme)
            continue
        # a document takes the province the article is talking about where it is cited, a decree of the
        # Government too (facts.md, Places: only a figure for the whole country has none); a national
        # article's documents have none
        province, _ = told.place_at(mention.start)
        if mention.issued is None and told.anchor:
            mention.issued = _issued_before(told.doc, told.dates, mention, told.anchor)
        issuer = mention.issuer
        if issuer and province and issuer.lower().endswith(("thành phố", "tỉnh")):
            issuer = f"{issuer} {province}"
        values = {
            "ref": mention.ref,
            "doc_type": mention.doc_type,
            "issuer": issuer,
            "issued": mention.issued,
            "province": province,
        }
        found.append(Finding(mention.start, mention.end, values))
    return found


_DATE_TO_ISSUER = re.compile(r"[\s,]*")
# a number alone with a leading zero ("Đề án 06", "Chương trình 06"): a document is cited by its number as issued
# ("Kế hoạch 196", "Kết luận số 177") or with its symbol ("02-KH/TW"); a bare zero-padded number is the short name
# a national programme goes by in every report (the population-data programme), not a document of the reform
_PROGRAMME_NAME = re.compile(r"0\d+")
_NUMBER_WORD = re.compile(r"(?<!\w)số\s+0\d+(?!\w)")


def _issued_before(
    doc: Document, dates: list[DateMention], mention: DocumentMention, anchor: dt.date
) -> dt.date | None:
    """ "Ngày 10/9, UBND tỉnh Gia Lai ban hành Kế hoạch 196": the date that opens the issuer's clause is
    the document's; an issue date is past, so a yearless one takes the year before the anchor."""
    if mention.issuer_at is None:
        return None
    last = next((m for m in reversed(dates) if m.end <= mention.issuer_at), None)
    if (
        last is None
        or last.kind not in ("dm", "dmy", "dtm")
        or not _DATE_TO_ISSUER.fullmatch(doc.low, last.end, mention.issuer_at)
    ):
        return None
    resolved = resolve(last, anchor)
    return resolved.as_of if resolved else None
