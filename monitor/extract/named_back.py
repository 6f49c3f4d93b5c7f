"""Places a sentence names without naming them: a commune spoken of again by its public-service centre or its kind word
("trung tâm tiếp nhận 798 hồ sơ", "398 thủ tục hành chính của đặc khu"), and a province's name that is part of a
person's name ("Phó Thủ tướng Nguyễn Hòa Bình"). where.py weighs them with the places named."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from monitor.extract.document import Document
from monitor.extract.lang.vi.places import (
    CENTRE_NAMES,
    CENTRE_SHORT,
    COMMUNE_KIND_WORDS,
    KIND_BACK_BEFORE,
    NAMED_FOR_THE_PRESIDENT_BEFORE,
    OTHER_CENTRES_AFTER,
    ROUTE_WORDS,
    SURNAMES,
)
from monitor.extract.patterns import alternation
from monitor.extract.places import PlaceMention

if TYPE_CHECKING:
    from monitor.extract.where import Whereabouts

NAMED_BACK_AFTER = 60  # the figure's own words may name the commune back: "398 thủ tục hành chính của đặc khu"


# a public-service centre named with its commune, and a sentence naming none that speaks of "the centre"
_CENTRE_OF = re.compile(rf"(?<!\w)(?:{alternation(CENTRE_NAMES)})\s+(?:của\s+)?$")
_THE_CENTRE = re.compile(
    rf"(?<!\w)(?:{alternation(CENTRE_NAMES)}|{alternation(CENTRE_SHORT)}(?!\s+(?:{alternation(OTHER_CENTRES_AFTER)})))(?!\w)"
)
# a commune spoken of again by its kind word alone: "398 thủ tục hành chính của đặc khu", "xã này", "Phường đã …"
_KIND_BACK = re.compile(
    rf"(?<!\w)(?:(?:{alternation(KIND_BACK_BEFORE)})\s+(?P<kind>{alternation(COMMUNE_KIND_WORDS)})(?!\s+[A-ZĐ0-9])(?!\w)"
    rf"|(?P<kind2>{alternation(COMMUNE_KIND_WORDS)})\s+này(?!\w))"
)


def commune_named_back(doc: Document, start: int, end: int, state: Whereabouts) -> tuple[str | None, str] | None:
    """The commune a sentence naming no place speaks of again, in [start, end) around the figure: the commune of the
    centre named before when it speaks of "trung tâm", the last commune named alone when it speaks of "của đặc khu",
    "xã này" (of that commune's kind)."""
    if state.centre and _THE_CENTRE.search(doc.low, start, end):
        return state.centre
    if state.last_commune is None:
        return None
    for match in _KIND_BACK.finditer(doc.view, start, end):
        kind = (match.group("kind") or match.group("kind2")).lower()
        if state.last_commune[1].lower().startswith(kind + " "):
            return state.last_commune
    return None


_SURNAME_BEFORE = re.compile(rf"(?<!\w)(?:{alternation(SURNAMES)})\s+$")


def named_person(doc: Document, place: PlaceMention) -> bool:
    """A province's name inside a person's name ("Phó Thủ tướng Nguyễn Hòa Bình") or the President's, or a body's named
    after him ("Học viện Chính trị quốc gia Hồ Chí Minh"): no place (communes keep their kind word before them, so only
    a bare name is read so)."""
    if place.commune is not None:
        return False
    if _SURNAME_BEFORE.search(doc.view, max(0, place.start - 12), place.start):
        return True
    if doc.view[place.start : place.end] != _PRESIDENTS_NAME:
        return False  # "Chủ tịch Hà Nội": the city's chairman, the city
    return _PRESIDENT_BEFORE.search(doc.low, max(0, place.start - 40), place.start) is not None


_PRESIDENTS_NAME = "Hồ Chí Minh"


_PRESIDENT_BEFORE = re.compile(rf"(?<!\w)(?:{alternation(NAMED_FOR_THE_PRESIDENT_BEFORE)})\s+$")


# a route word, then the bare name, or a first name and a dash: "cao tốc Quảng Ngãi – Quy Nhơn" (both names)
_ROUTE_BEFORE = re.compile(
    rf"(?<!\w)(?:{alternation(ROUTE_WORDS)})\s+(?:[^\W\d][^\s,.;:]*(?:\s+[^\W\d][^\s,.;:]*){{0,3}}\s*[–—-]\s*)?$"
)


def named_route(doc: Document, place: PlaceMention) -> bool:
    """A province's name in a route's or an airport's name ("cao tốc Quảng Ngãi – Quy Nhơn", "sân bay Phù Cát"): no
    place told of."""
    if place.commune is not None:
        return False
    return _ROUTE_BEFORE.search(doc.low, max(0, place.start - 50), place.start) is not None


def names_centre(doc: Document, place: PlaceMention) -> bool:
    """The commune is named as its public-service centre's: "Trung tâm Phục vụ hành chính công đặc khu Côn Đảo"."""
    return _CENTRE_OF.search(doc.low, max(0, place.start - _CENTRE_REACH), place.start) is not None


_CENTRE_REACH = 60
