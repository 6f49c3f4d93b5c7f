"""Where a figure is told of, reading an article in order: the places its sentence names, else the place
the text is speaking of; a commune listed with others, an address, a former province's area, the whole
country or province. The names are found by the gazetteer (places.py); this module weighs them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from monitor.extract.document import Document, cue_pattern
from monitor.extract.former_places import former_communes
from monitor.extract.lang.vi.parts import PART_INTRODUCERS, SINGLED_OUT_BEFORE
from monitor.extract.lang.vi.places import (
    CENTRAL_HOSTS,
    EACH_CUES,
    EACH_EXAMPLES,
    EACH_REACHED,
    INSTRUCTED_BY_BEFORE,
    LOCAL_UNIT_WORDS,
    MINISTRY_MONEY_WORDS,
    MINISTRY_OWNERS,
    NATIONAL_ARTICLE_CUES,
    NATIONAL_CUES,
    NOT_MINISTRY_MONEY_BETWEEN,
    PROVINCE_LEVEL_CUES,
    PROVINCE_WIDE_CUES,
    REFERENCE_BEFORE,
    REFERENCE_KINDS,
    REFERENCE_LINKS,
    REFERENCE_QUANTIFIERS,
    VENUE_BEFORE,
)
from monitor.extract.lang.vi.scopes import EMPHASIS
from monitor.extract.named_back import (
    NAMED_BACK_AFTER,
    commune_named_back,
    named_person,
    named_route,
    names_centre,
)
from monitor.extract.patterns import alternation, optional_words
from monitor.extract.places import LIST_LINK, PLURAL_BEFORE, PlaceMention, gazetteer
from monitor.extract.tokenize import Sentence


@dataclass
class Whereabouts:
    """The place the text is speaking of at a point of the article."""

    province: str | None = None
    commune: str | None = None
    region: str | None = None  # a former province's area the text speaks of ("khu vực Bình Dương cũ")
    # the last commune named alone, and the one whose public-service centre was named ("Trung tâm Phục vụ hành chính
    # công đặc khu Côn Đảo"): a later sentence naming no place may speak of it by its kind or its centre
    last_commune: tuple[str | None, str] | None = None
    centre: tuple[str | None, str] | None = None


@dataclass(slots=True)
class SentencePlaces:
    """The places a sentence names, read with the place the text spoke of before it (`state`)."""

    doc: Document
    places: list[PlaceMention]
    state: Whereabouts
    national: bool  # no place named, and a word of the whole country
    province_wide: bool  # no commune named, and a word of the whole province or its level
    start: int = 0  # where the sentence starts and ends
    end: int = 0

    def place_at(self, position: int) -> tuple[str | None, str | None]:
        """The province and commune a figure or mention at `position` is told of."""
        if self.national:
            return None, None
        province, commune = _place_at(self.doc, self.places, position, self.state)
        if commune is None and not self.places and not self.province_wide:
            named_back = commune_named_back(
                self.doc, self.start, min(self.end, position + NAMED_BACK_AFTER), self.state
            )
            if named_back is not None:
                return named_back
        return province, None if self.province_wide else commune

    def each_before(self, position: int, start: int) -> list[tuple[str | None, str | None]]:
        """The (province, commune) of each place a figure at `position` is said of, one by one: two or more
        places of one kind listed in [start, position), right before an "each" word (lang/vi/places.py,
        EACH_CUES) or a share reached; [] when the figure is said of no such list."""
        before = [p for p in self.places if start <= p.start and p.end <= position]
        if len(before) < 2 or self.national:
            return []
        gap = self.doc.low[before[-1].end : position]
        if not (_EACH_GAP.fullmatch(gap) or _REACHED_GAP.fullmatch(gap)):
            return []
        run = [before[-1]]
        for place in reversed(before[:-1]):
            if (place.commune is None) != (run[0].commune is None):
                break  # "Tại Đà Nẵng, phường A và phường B, mỗi nơi …": the list is of communes only
            if not _LIST_GAP.fullmatch(self.doc.low, place.end, run[0].start):
                break
            run.insert(0, place)
        return self._each_of(run)

    def each_after(self, end: int, clause_end: int) -> list[tuple[str | None, str | None]]:
        """The places a figure ending at `end` is said of one by one when its clause goes on to name them as
        examples: "nhiều địa phương đạt tỷ lệ … 100%, như các phường Tam Kỳ, Hội An Đông và các xã Tiên Phước,
        Hà Nha" (EACH_EXAMPLES); [] otherwise."""
        after = [p for p in self.places if end <= p.start and p.end <= clause_end]
        if len(after) < 2 or self.national or not _EXAMPLES_GAP.fullmatch(self.doc.low, end, after[0].start):
            return []
        run = [after[0]]
        for place in after[1:]:
            if not LIST_LINK.fullmatch(self.doc.low, run[-1].end, place.start):
                break
            run.append(place)
        return self._each_of(run)

    def _each_of(self, run: list[PlaceMention]) -> list[tuple[str | None, str | None]]:
        if len(run) < 2:
            return []
        # a commune several provinces share takes the province of the list it is in
        known = next((p.province for p in run if p.province), None) or self.state.province
        return [(p.province or (known if not p.candidates or known in p.candidates else None), p.commune) for p in run]

    def region_at(self, position: int, commune: str | None) -> str | None:
        """The former province's area a figure at `position`, read with `commune`, is told of."""
        if self.national or self.province_wide or commune:
            return None  # a commune is narrower than a former province's area
        return _region_at(self.doc, self.places, position, self.state)

    def move_on(self, figures: bool) -> None:
        """Carry the place the text speaks of past the sentence (`figures`: whether it told any figure)."""
        places, state = self.places, self.state
        for i, place in enumerate(places):
            province = _province_of(place, places, state)
            if place.commune and not _listed(self.doc, places, i):
                state.last_commune = (province, place.commune)
                if names_centre(self.doc, place):
                    state.centre = (province, place.commune)
            state.region = None if place.commune else _region_of(self.doc, places, i)
            if place.commune:
                # after a list ("như phường Tuy Hòa, phường Sông Cầu"), the text speaks of no one commune
                state.commune = None if _listed(self.doc, places, i) else place.commune
            elif province != state.province:
                state.commune = None
            if province and (place.commune or not _listed(self.doc, places, i, communes=False)):
                # a list of provinces ("An Giang, Bắc Ninh, Cà Mau và Ninh Bình đạt 100%") names examples:
                # the text goes on about what it spoke of before, not about the last one named
                state.province = province
        if places and not any(p.commune for p in places) and figures:
            # a figure told of a province named alone is the province's: the text now speaks of the whole
            # province ("Hà Nội đã giải quyết hơn 66.000 hồ sơ" after a ward's story, then "TP đặt mục tiêu …")
            state.commune = None
        if self.province_wide:
            state.region = None
            state.commune = None  # the text speaks of the province again


def sentence_places(doc: Document, sentence: Sentence, state: Whereabouts) -> SentencePlaces:
    """The places the sentence names, and whether it speaks of the whole country or of a whole province."""
    found = gazetteer().find(doc.view, sentence.start, sentence.end)
    former = former_communes(doc, found)
    places = [
        p
        for i, p in enumerate(found)
        if not _followed(doc, p) and i not in former and not named_person(doc, p) and not named_route(doc, p)
    ]
    national = not places and (
        any(
            not _RANK_OUT_OF.search(doc.low, max(0, cue.start() - 8), cue.start())
            for cue in doc.cues(NATIONAL_CUES, sentence.start, sentence.end, sentence)
        )
        or (
            _MINISTRY_MONEY.search(doc.view, sentence.start, sentence.end) is not None
            and not doc.cues(LOCAL_UNIT_WORDS, sentence.start, sentence.end, sentence)
        )
    )
    province_wide = not any(p.commune for p in places) and any(
        not _INSTRUCTED_BY.search(doc.low, max(0, cue.start() - 25), cue.start())
        for cue in doc.cues(PROVINCE_WIDE_CUES + PROVINCE_LEVEL_CUES, sentence.start, sentence.end, sentence)
    )
    return SentencePlaces(doc, places, state, national, province_wide, sentence.start, sentence.end)


# case kept: a ministry is "Bộ" and a capital ("của Bộ Nội vụ"), or counted ("của 9 bộ"); two words at most between
_MINISTRY_MONEY = re.compile(
    rf"(?<!\w)(?i:{alternation(MINISTRY_MONEY_WORDS)})"
    rf"(?:\s+(?!(?i:{alternation(NOT_MINISTRY_MONEY_BETWEEN)})(?!\w))\w+){{0,2}}\s+của\s+"
    rf"(?:\d+\s+(?i:{alternation(MINISTRY_OWNERS)})(?!\w)|(?i:{alternation(MINISTRY_OWNERS)})\s+[A-ZĐ]\w*)"
)
_RANK_OUT_OF = re.compile(r"\d\s*/\s*$")  # "thứ 3/34 tỉnh, thành phố": a rank out of all, no national figure
_INSTRUCTED_BY = re.compile(rf"(?<!\w)(?:{alternation(INSTRUCTED_BY_BEFORE)})\s+$")


_REFERENCE_BEFORE = re.compile(
    rf"(?<!\w)(?:{alternation(REFERENCE_BEFORE)})\s+{optional_words(REFERENCE_QUANTIFIERS)}"
    rf"{optional_words(REFERENCE_KINDS)}{optional_words(REFERENCE_LINKS)}$"
)


_VENUE_BEFORE = re.compile(rf"(?<!\w)(?:{alternation(VENUE_BEFORE)})\s+$")
_CENTRAL_HOST_AFTER = re.compile(rf"\s*,\s*(?:{alternation(CENTRAL_HOSTS)})(?!\w)")


def _followed(doc: Document, place: PlaceMention) -> bool:
    """A place named as an example followed ("tham khảo cách làm của Đồng Tháp"), not as the subject; or as the
    venue of a central body's event ("tại Hà Nội, Văn phòng Chính phủ tổ chức họp báo")."""
    if _REFERENCE_BEFORE.search(doc.low, max(0, place.start - 40), place.start) is not None:
        return True
    venue = _VENUE_BEFORE.search(doc.low, max(0, place.start - 8), place.start)
    return venue is not None and not place.commune and _CENTRAL_HOST_AFTER.match(doc.low, place.end) is not None


def national_article(doc: Document) -> bool:
    """The article names no place at all and speaks of the country or its ministry (NATIONAL_ARTICLE_CUES)."""
    if any(not _followed(doc, place) for place in gazetteer().find(doc.view, 0, len(doc.view))):
        return False
    return bool(cue_pattern(NATIONAL_ARTICLE_CUES).search(doc.cue_view))


def _region_at(doc: Document, places: list[PlaceMention], position: int, state: Whereabouts) -> str | None:
    """The former province whose area a figure is told of: the place it is read with is a former province
    merged into a larger one ("Tại khu vực Bình Dương và Bà Rịa - Vũng Tàu cũ, tỷ lệ trực tuyến … 61%"), all
    of those listed together; with no place in the sentence, the one the text is speaking of."""
    before = [p for p in places if p.end <= position]
    after = [p for p in places if p.start >= position]
    if not before and not after:
        return state.region
    if not before and _EMPHASIS.search(doc.low, position, after[0].start):
        return None  # "điều động 127 công chức về cơ sở, chủ yếu ở các xã khu vực Quảng Bình cũ": mostly, not only
    return _region_of(doc, places, places.index(before[-1] if before else after[0]))


_EMPHASIS = re.compile(rf"(?<!\w)(?:{alternation(EMPHASIS)})(?!\w)")


def _region_of(doc: Document, places: list[PlaceMention], i: int) -> str | None:
    """The former provinces listed with places[i] ("Bình Dương và Bà Rịa - Vũng Tàu cũ"), joined; None when
    places[i] is no former province."""
    if places[i].region is None:
        return None

    def listed(a: int, b: int) -> bool:
        gap = _LIST_GAP.fullmatch(doc.low, places[a].end, places[b].start)
        return bool(places[a].region and places[b].region and gap)

    first = last = i
    while first and listed(first - 1, first):
        first -= 1
    while last + 1 < len(places) and listed(last, last + 1):
        last += 1
    return "+".join(sorted({p.region for p in places[first : last + 1] if p.region}))


def _place_at(
    doc: Document, places: list[PlaceMention], position: int, state: Whereabouts
) -> tuple[str | None, str | None]:
    before = [p for p in places if p.end <= position]
    after = [p for p in places if p.start >= position]
    here = before[-1] if before else (after[0] if after else None)
    if here is None:
        return state.province, state.commune
    if here.commune:
        if not before and _PART_INTRODUCER.search(doc.low, position, here.start):
            # "… 8.000 hồ sơ, trong đó phường A tiếp nhận 3.115": the ward is the part's, the whole is wider
            return _province_of(here, places, state), None
        if not before and _past_clause(doc, position, here):  # the next figure's (helper-171, helper-172)
            return state.province or _province_of(here, places, state), state.commune
        here = _head_of_list(doc, before) if before else here
        if _joint(doc, here, position):
            return _province_of(here, places, state), None  # "Hai xã Mường Ảng, Búng Lao tiếp nhận gần 4.000 hồ sơ"
        return _province_of(here, places, state), here.commune
    head = _address_head(doc, before)
    if head is not None:
        return here.province, head.commune  # "phường Hồng Bàng, TP Hải Phòng"
    return here.province, None  # a province named in the sentence: a province-wide figure


_PART_INTRODUCER = re.compile(rf"(?<!\w)(?:{alternation(PART_INTRODUCERS + SINGLED_OUT_BEFORE)})(?!\w)")
_LIST_GAP = re.compile(r"\s*(?:,|và|,\s*và|cùng)\s*")
# between a list and a figure said of each of its places: "…, mỗi nơi thiếu ", " cùng thiếu ", " đạt "
_EACH_GAP = re.compile(rf"\s*,?\s*(?:{alternation(EACH_CUES)})(?:\s+[^\W\d]+){{0,3}}\s+")
_EXAMPLES_GAP = re.compile(rf"\s*,?\s*(?:{alternation(EACH_EXAMPLES)})\s+(?:(?:các|những)\s+)?")
_REACHED_GAP = re.compile(rf"\s*,?\s*(?:{alternation(EACH_REACHED)})\s+(?:(?:tỷ lệ|tỉ lệ)\s+)?")


def _past_clause(doc: Document, position: int, place: PlaceMention) -> bool:
    """A commune past the figure's clause with a figure of its own after it is the next figure's: "phường Hòa Minh
    (unknown) thiếu 21 người, xã Hòa Vang thiếu 18 người" (not "được điều động, biệt phái về xã Tân Phú")."""
    between = doc.low[position : place.start]
    return ("," in between or ";" in between) and _OWN_FIGURE.match(doc.low, place.end) is not None


_OWN_FIGURE = re.compile(r"[^\d,;.]{0,30}\d")


def _head_of_list(doc: Document, before: list[PlaceMention]) -> PlaceMention:
    """The first of communes listed together ("phường A và phường B đã tiếp nhận 3.412 hồ sơ"): a figure
    after a list is joint or respective ("lần lượt"), and a fact carries one commune, so the list's head
    (right for the first of respective figures) rather than whichever was named last."""
    i = len(before) - 1
    while i and before[i - 1].commune and _LIST_GAP.fullmatch(doc.low, before[i - 1].end, before[i].start):
        i -= 1
    return before[i]


_RESPECTIVE = re.compile(r"(?<!\w)lần lượt(?!\w)")


def _joint(doc: Document, head: PlaceMention, position: int) -> bool:
    """Communes named under one plural kind word ("các xã", "hai xã") before the figure, which does not go through
    them one by one ("lần lượt"): the figure is theirs together, no one commune's."""
    if position < head.end or not PLURAL_BEFORE.search(doc.view, max(0, head.start - 8), head.start):
        return False
    return _RESPECTIVE.search(doc.low, head.end, position) is None


def _listed(doc: Document, places: list[PlaceMention], i: int, communes: bool = True) -> bool:
    """Whether places[i] is a commune (communes=False: a province) listed with one of its kind next to it."""
    return any(
        a >= 0
        and b < len(places)
        and bool(places[a].commune) == communes
        and bool(places[b].commune) == communes
        and _LIST_GAP.fullmatch(doc.low, places[a].end, places[b].start)
        for a, b in ((i - 1, i), (i, i + 1))
    )


# "xã Ea Kar, tỉnh Đắk Lắk"; "phường Thủ Dầu Một (trước đây thuộc tỉnh Bình Dương)", "(trước sáp nhập là tỉnh …)",
# "phường Tuy Hoà (khu vực Phú Yên cũ)"
_ADDRESS_GAP = re.compile(
    r"\s*[,(–-]?\s*(?:(?:trước đây|trước kia|trước sáp nhập|trước|nay|cũ)?\s*(?:thuộc|là)\s+)?"
    r"(?:(?:khu vực|địa bàn)\s+)?(?:thành phố|tp\.?|tỉnh)?\s*"
)


def _province_of(place: PlaceMention, places: list[PlaceMention], state: Whereabouts) -> str | None:
    """A commune's province; for a name several provinces share, the one the sentence or article names."""
    if place.province or not place.candidates:
        return place.province
    named = [p.province for p in places if not p.commune and p.province in place.candidates]
    if named:
        return named[0]
    return state.province if state.province in place.candidates else None


def _address_head(doc: Document, before: list[PlaceMention]) -> PlaceMention | None:
    """The commune whose address the last places give, its province then perhaps the former one:
    "phường Hội An (TP Đà Nẵng, trước sáp nhập thuộc tỉnh Quảng Nam)"."""
    for i in range(len(before) - 2, -1, -1):
        if before[i].commune:
            chain = before[i + 1 :]
            links = zip([before[i], *chain], chain, strict=False)
            return before[i] if all(_addressed(doc, before[i], b, a.end) for a, b in links) else None
    return None


def _addressed(doc: Document, commune: PlaceMention, province: PlaceMention, after: int | None = None) -> bool:
    """A commune followed by its province, as in an address: "xã Ea Kar, tỉnh Đắk Lắk"."""
    if not commune.commune or province.province not in commune.candidates:
        return False
    return bool(_ADDRESS_GAP.fullmatch(doc.low, commune.end if after is None else after, province.start))
