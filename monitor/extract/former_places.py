"""Communes a commune was made from, named in the text ("phường được hình thành từ việc sáp nhập các phường Tam Hiệp,
Tân Mai, Bình Đa và Tân Hiệp"): no place the text goes on about, nor one a figure is told of (where.py leaves them
out). The wording is lang/vi/places.py's (MERGED_FROM_BEFORE)."""

from __future__ import annotations

import re

from monitor.extract.document import Document
from monitor.extract.lang.vi.places import MERGED_FROM_BEFORE
from monitor.extract.patterns import alternation
from monitor.extract.places import LIST_LINK, PLURAL_BEFORE, PlaceMention

_MERGED_FROM = re.compile(rf"(?<!\w)(?:{alternation(MERGED_FROM_BEFORE)})\s+$")


def former_communes(doc: Document, places: list[PlaceMention]) -> set[int]:
    """The indices of communes listed as those a commune was made from: "phường được hình thành từ việc sáp nhập các
    phường Tam Hiệp, Tân Mai, Bình Đa và Tân Hiệp", "xã A, hợp nhất từ hai xã A và B". They are no place the text
    goes on about (their names may be today's communes of other provinces) nor one a figure is told of."""
    former: set[int] = set()
    for i, place in enumerate(places):
        if not place.commune or i in former:
            continue
        plural = PLURAL_BEFORE.search(doc.view, max(0, place.start - 8), place.start)
        at = plural.start() if plural else place.start
        if not _MERGED_FROM.search(doc.low, max(0, at - 20), at) and not _merged_list_before(doc, at):
            continue
        former.add(i)
        for j in range(i + 1, len(places)):
            if not places[j].commune or not _FORMER_GAP.fullmatch(doc.low, places[j - 1].end, places[j].start):
                break
            former.add(j)
    return former


def _merged_list_before(doc: Document, at: int) -> bool:
    """A list of the communes a commune was made from runs on to `at`, their names unknown to the gazetteer (former
    ones): "được lập trên cơ sở hai phường Lam Hạ, Tân Hiệp và một phần các phường Quang Trung, …"."""
    window = doc.low[max(0, at - _MERGED_LIST_REACH) : at]
    found = list(_MERGED_FROM_ANYWHERE.finditer(window))
    return bool(found) and not re.search(r"[.;:!?]", window[found[-1].end() :])


_MERGED_LIST_REACH = 120
# only the markers that take their list as object ("Sau sáp nhập, … xã Lục Yên" names no former commune)
_MERGED_FROM_ANYWHERE = re.compile(
    rf"(?<!\w)(?:{alternation(m for m in MERGED_FROM_BEFORE if m not in ('hợp nhất', 'sáp nhập'))})(?!\w)"
)
# between communes a commune was made from: a list's link, after a bracket naming where one was ("xã Phú An (thành
# phố Bến Cát cũ), phường Tân An"), or before a part of the next ("và sáu khu phố từ 1 đến 6 của phường Hiệp An")
# ("… phường Lam Hạ, Tân Hiệp và một phần các phường Quang Trung, Hoàng Đông cùng xã Tiên Ngoại": parts of others)
_FORMER_GAP = re.compile(
    rf"(?:\s*\([^()]*\))?(?:{LIST_LINK.pattern}|\s*cùng\s+)(?:một phần\s+(?:của\s+)?(?:(?:các|hai|ba)\s+)?)?"
    r"(?:[^.;:()]{0,50}?\s(?:của|thuộc)\s+)?"
)
