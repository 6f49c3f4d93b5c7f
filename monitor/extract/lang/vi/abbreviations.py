"""The field's abbreviations, as the press writes them around its figures ("572 DVCTT toàn trình", "thiếu 20
CBCC", "tiếp nhận 1.240 hồ sơ TTHC"): what each stands for, what a number right before it counts, and the
metric a count of it implies. Rules read a sentence through the words in full, so an abbreviation counts
wherever its expansion would (with_abbreviations); tests/extract/rules/test_abbreviations.py holds the table
of real phrases.

Written in capitals (the press's own spelling), matched as whole words, capitals only: "Cb" or "dvc" in
running text is not an abbreviation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True, slots=True)
class Abbreviation:
    short: str  # as the press writes it
    expansion: str  # in full, lower case
    unit: str | None = None  # what a number right before it counts ("572 DVCTT": procedures)
    metric: str | None = None  # the metric such a count is, when the abbreviation alone says it
    kind: str | None = None  # for procedures: the kind it implies (online, online_full, …)


ABBREVIATIONS: tuple[Abbreviation, ...] = (
    # procedures and public services: counted as procedures
    Abbreviation("TTHC", "thủ tục hành chính", "procedure", "procedures"),
    Abbreviation("DVC", "dịch vụ công", "procedure", "procedures"),
    Abbreviation("DVCTT", "dịch vụ công trực tuyến", "procedure", "procedures", "online"),
    Abbreviation("DVCQG", "dịch vụ công quốc gia"),
    # staff: counted as persons
    Abbreviation("CBCCVC", "cán bộ, công chức, viên chức", "person"),
    Abbreviation("CB,CC,VC", "cán bộ, công chức, viên chức", "person"),
    Abbreviation("CBCC", "cán bộ, công chức", "person"),
    Abbreviation("CCVC", "công chức, viên chức", "person"),
    Abbreviation("CBCNV", "cán bộ, công nhân viên", "person"),
    Abbreviation("NLĐ", "người lao động", "person"),
    # places where dossiers are received and bodies that decide: no count of their own
    Abbreviation("TTPVHCC", "trung tâm phục vụ hành chính công"),
    Abbreviation("PVHCC", "phục vụ hành chính công"),
    Abbreviation("HCC", "hành chính công"),
    Abbreviation("BPMC", "bộ phận một cửa"),
    Abbreviation("CCHC", "cải cách hành chính"),
    Abbreviation("CQĐP", "chính quyền địa phương"),
    Abbreviation("ĐVHC", "đơn vị hành chính"),
    Abbreviation("HĐND", "hội đồng nhân dân"),
    Abbreviation("UBND", "ủy ban nhân dân"),
    Abbreviation("MTTQ", "mặt trận tổ quốc"),
    Abbreviation("BCH", "ban chấp hành"),
    Abbreviation("BTV", "ban thường vụ"),
    Abbreviation("CHQS", "chỉ huy quân sự"),
    Abbreviation("CĐS", "chuyển đổi số"),
    Abbreviation("CSDL", "cơ sở dữ liệu"),
    Abbreviation("KT-XH", "kinh tế - xã hội"),
)

_BY_SHORT = {item.short: item for item in ABBREVIATIONS}
# longest first, so "DVCTT" is never read as "DVC" and "CBCCVC" never as "CBCC"
_FIND = re.compile(
    r"(?<![\w-])(" + "|".join(re.escape(s) for s in sorted(_BY_SHORT, key=len, reverse=True)) + r")(?![\w-])"
)


def find(text: str) -> list[tuple[int, int, Abbreviation]]:
    """The abbreviations written in text (capitals, whole words), with their offsets."""
    return [(match.start(), match.end(), _BY_SHORT[match.group(1)]) for match in _FIND.finditer(text)]


@cache
def _lower_shorts() -> dict[str, Abbreviation]:
    return {item.short.lower(): item for item in ABBREVIATIONS}


def with_abbreviations(phrases: Iterable[str]) -> tuple[str, ...]:
    """phrases (lower case, as the rules match them on the view) and, after them, every abbreviation
    (lower case) whose expansion holds one of them: ("trực tuyến",) gains "dvctt".
    Abbreviations never replace a phrase; a rule matching "dịch vụ công trực tuyến" matches "DVCTT" too."""
    phrases = tuple(phrases)
    extra = [
        short
        for short, item in _lower_shorts().items()
        if any(re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", item.expansion) for phrase in phrases)
        and short not in phrases
    ]
    return phrases + tuple(extra)


def count_nouns() -> dict[str, str]:
    """The abbreviations a number counts (lower case, as the view shows them) and the unit each gives."""
    return {item.short.lower(): item.unit for item in ABBREVIATIONS if item.unit}


def implied(short: str) -> Abbreviation | None:
    """The abbreviation written so (any case), if it is one of the field's."""
    return _lower_shorts().get(short.lower())
