"""Documents cited by number ("Kế hoạch 196", "Kết luận số 586-KL/TU ngày 13/8/2025")."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from monitor.extract.lang.vi.documents import (
    CITED_WITH_SYMBOL,
    COUNTED_AFTER_NUMBER,
    DOCUMENT_TYPES,
    ISSUER_ACT_FIGURE_WITHIN,
    ISSUER_ACT_VERBS,
    ISSUER_ENDS,
    ISSUER_HEADS,
    ISSUING_VERBS,
)
from monitor.extract.patterns import alternation, squeeze

_SYMBOL = r"[0-9A-ZĐ][0-9A-ZĐa-zđ]*(?:[-/.][0-9A-ZĐ][0-9A-ZĐa-zđ]*)*"  # 150/2025/NĐ-CP, 20/CT-TTg
_DOCUMENT = re.compile(
    # a law's name may stand between its kind and "số": "Luật Tổ chức chính quyền địa phương số 72/2025/QH15"
    rf"(?<!\w)(?i:(?P<type>luật(?:\s+[^\d,.;:()\"]{{3,60}}?(?=\s+số\s))?|{alternation(DOCUMENT_TYPES)}))"
    r"\s+(?:(?P<so>(?i:số))\s+)?"
    # "66.7/2025/NQ-CP": a dotted number before its symbol; not "đề án 1,5 nghìn tỷ"
    rf"(?P<ref>\d+(?:\.\d+(?=\s*[-/]))?(?:\s*[-/]\s*{_SYMBOL})?)(?![\w/]|[.,]\d)"
    # "ngày 8/9/2025", "ngày 12 tháng 8 năm 2025" (the form of the document's own heading)
    r"(?:\s*,?\s*(?i:ngày)\s+(?P<d>\d{1,2})(?:[/-](?P<m>\d{1,2})[/-]|\s+(?i:tháng)\s+(?P<m2>\d{1,2})\s+(?i:năm)\s+)"
    r"(?P<y>\d{4}))?"
    r"(?:\s+(?i:của|do)\s+(?P<issuer>[^,.;:()\"]{3,80}?)"
    # an issuer's name ends where the next document cited starts: "… của Thủ tướng và Công văn số 6723/BTP-… của
    # Bộ Tư pháp"
    rf"(?=\s+(?:{alternation(ISSUER_ENDS)})\s|\s+(?:và|cùng)\s+(?i:{alternation(DOCUMENT_TYPES)})\s|[,.;:()\"]|$"
    # … or at the act it does, its figure after it: "… của UBND tỉnh Lào Cai điều động 64 công chức"
    rf"|\s+(?:{alternation(ISSUER_ACT_VERBS)})\s[^\d,.;:()]{{0,{ISSUER_ACT_FIGURE_WITHIN}}}?\d))?"
)

# "UBND tỉnh Phú Thọ ban hành Quyết định …": the issuer named before its verb
_ISSUED_BY = re.compile(
    rf"(?<!\w)(?P<issuer>(?:{alternation(ISSUER_HEADS)})(?!\w)[^,.;:()\"]{{0,60}}?)"
    rf"\s+(?:(?:đã|vừa|mới)\s+)?(?:{alternation(ISSUING_VERBS)})\s*$"
)


# matched on the case-kept view (no lower-cased copy of the text per document found)
_COUNTED_AFTER = re.compile(rf"\s+(?:{alternation(COUNTED_AFTER_NUMBER)})(?!\w)", re.IGNORECASE)


@dataclass(slots=True)
class DocumentMention:
    start: int
    end: int
    doc_type: str
    ref: str
    issued: dt.date | None
    issuer: str | None
    issuer_at: int | None = None  # where an issuer named before the document starts: its date may precede it


def find_documents(view: str, start: int, end: int) -> list[DocumentMention]:
    """Numbered documents in view[start:end] (the folded, case-kept view)."""
    found = []
    for match in _DOCUMENT.finditer(view, start, end):
        ref = re.sub(r"\s+", "", match.group("ref"))
        if re.fullmatch(r"(?:19|20)\d\d", ref):
            continue  # "Kế hoạch 2025" names a year, not a number
        if ref.isdigit() and _COUNTED_AFTER.match(view, match.end()):
            continue  # "quyết định 41 báo cáo, tờ trình": a verb and a count
        if ref.isdigit() and not match.group("so") and _kind(match.group("type")) in CITED_WITH_SYMBOL:
            continue  # "quy định 20 ngày làm việc": a verb and a span
        issued = None
        if match.group("y"):
            try:
                month = match.group("m") or match.group("m2")
                issued = dt.date(int(match.group("y")), int(month), int(match.group("d")))
            except ValueError:
                issued = None
        issuer, issuer_at = match.group("issuer"), None
        if issuer is None:
            issuer, issuer_at = _issuer_before(view, start, match.start())
        found.append(
            DocumentMention(
                match.start(),
                match.end(),
                _kind(match.group("type")),
                ref,
                issued,
                issuer.strip() if issuer else None,
                issuer_at,
            )
        )
    return found


def _kind(written: str) -> str:
    """The document's kind as DOCUMENT_TYPES names it; a law's kind leaves its name out."""
    kind = squeeze(written.lower())
    return "luật" if kind.startswith("luật") else DOCUMENT_TYPES[kind]


def _issuer_before(view: str, start: int, at: int) -> tuple[str | None, int | None]:
    before = _ISSUED_BY.search(view, max(start, at - 100), at)
    return (before.group("issuer"), before.start("issuer")) if before else (None, None)
