"""Provinces and communes named in a text, mapped to the 34 provinces in force since 1 July 2025."""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from monitor.extract.lang.vi.boilerplate import (
    DATELINE_DOMAINS,
    DATELINE_PROVINCES,
    DOMAIN_AFFIXES,
    OUTLET_DATELINES,
    PAPER_WORDS,
)
from monitor.extract.lang.vi.gazetteer import PROVINCES_CSV, WARDS_TSV
from monitor.extract.lang.vi.numbers import SCALE_WORDS
from monitor.extract.lang.vi.places import (
    APOSTROPHES,
    COMMUNE_DESCRIPTORS,
    COMMUNE_KIND_ABBREVIATIONS,
    COMMUNE_KINDS,
    PROVINCE_ALIASES,
)
from monitor.extract.lang.vi.units import COUNT_NOUNS, PERCENT_WORDS
from monitor.extract.normalize import fold, slug
from monitor.extract.patterns import alternation, line_start, squeeze

_APOSTROPHE = "[" + re.escape(APOSTROPHES) + "]"
# a word of a commune's name: letters, with apostrophes inside ("Cư M'gar"), or a number
# ("xã Bảo Lâm 1", "phường 1 Bảo Lộc")
_NAME_WORD = re.compile(rf"[^\W\d_]+(?:{_APOSTROPHE}[^\W\d_]+)*|\d{{1,2}}(?!\d|[.,/]\d|\s*%)")
_NAME_GAP = re.compile(r"\s*-\s*|\s+")  # "Văn Miếu - Quốc Tử Giám", "Chân Mây–Lăng Cô" (dash folded)
# a number followed by what it counts is a figure, not part of a name: "xã Cát Tiên 2 công chức"
_FIGURE_AFTER = re.compile(rf"\s*(?:{alternation([*COUNT_NOUNS, *PERCENT_WORDS, *SCALE_WORDS])})(?!\w)", re.IGNORECASE)


# An outlet's own dateline at the start of a paragraph: "(Dân trí) -", "TPO -", "(Chinhphu.vn) -", "Báo Hải
# Phòng -" (lang/vi/boilerplate.py). A place named in it is the outlet's name, not the article's place.
_UPPER = "[" + re.escape("".join(c for c in map(chr, range(0x41, 0x1F00)) if c.isupper())) + "]"
_DATELINE = re.compile(
    r"[^\S\n]*(?P<open>\()?[^\S\n]*(?:"
    rf"(?i:{alternation(OUTLET_DATELINES)})(?![\w.])"
    rf"|(?i:[^\W\d_][\w-]*\.(?:{alternation(DATELINE_DOMAINS)}))(?![\w.])"
    rf"|(?:{alternation(PAPER_WORDS)})(?:[^\S\n]+{_UPPER}[^\W\d_]*){{1,5}}"
    r")[^\S\n]*(?(open)\))[^\S\n]*-(?=\s|$)"
)
_DATELINE_REACH = 80  # a dateline is a short prefix: places further into a paragraph are never in one


def dateline(view: str, start: int = 0) -> re.Match[str] | None:
    """The outlet's dateline opening the paragraph (or line) that starts at `start` of the view, if any."""
    return _DATELINE.match(view, start)


def outlet_province(view: str, outlet: str | None = None, reach: int = 600) -> str | None:
    """The province a provincial outlet is of: by the dateline opening one of the article's first paragraphs
    (within `reach` characters), else by its host (`outlet`); None for a national outlet or none known."""
    for line in re.finditer(r"(?:^|\n)", view[:reach]):
        match = dateline(view, line.end())
        if match:
            return _named_province(match.group().strip(" ()-\t"))
    return _named_province(outlet) if outlet else None


def _named_province(name: str) -> str | None:
    """The province a dateline's or a host's name names: an abbreviation of the table, a domain holding the
    province's name ("baonghean.vn"), or a paper's name ("Báo Cà Mau")."""
    low = name.lower().strip(" ()")
    if low in DATELINE_PROVINCES:
        return DATELINE_PROVINCES[low]
    if re.search(rf"\.(?:{alternation(DATELINE_DOMAINS)})$", low):
        host = low.split(".")[0] if not low.startswith(("www.", "m.")) else low.split(".")[1]
        for affix in DOMAIN_AFFIXES:
            host = host.removeprefix(affix)
        return _province_domain_names().get(host.replace("-", ""))
    paper = re.sub(rf"^(?:{alternation(PAPER_WORDS)})\s+", "", name.strip(" ()"))
    return _province_domain_names().get(_domain_name(paper)) if paper != name.strip(" ()") else None


def _domain_name(name: str) -> str:
    """A name as a domain writes it: "Hà Tĩnh" -> "hatinh"."""
    return slug(name).replace("-", "")


@cache
def _province_domain_names() -> dict[str, str]:
    """Every province's name (new, former and aliases) as a domain writes it -> the province in force."""
    names = {_domain_name(name): province for name, province in gazetteer().successor.items()}
    names["hcm"] = names["tphcm"] = names["hochiminh"]
    return names


def _in_dateline(view: str, position: int) -> bool:
    line_begin = line_start(view, position)
    if position - line_begin > _DATELINE_REACH:
        return False
    match = dateline(view, line_begin)
    return match is not None and position < match.end()


def commune_key(name: str) -> str:
    """A commune's name as compared: outlets differ in case, apostrophes and dashes, not in letters.

    "Cư M’Gar", "Cư M'gar" and "Cư Mgar" are one name; so are "M'Đrắk" and "M'Drắk" (D and Đ after an
    apostrophe are both written), "Văn Miếu-Quốc Tử Giám" and "Văn Miếu - Quốc Tử Giám".
    """
    low = re.sub(_APOSTROPHE, "", re.sub(_APOSTROPHE + "đ", "d", name.lower()))
    return " - ".join(" ".join(part.split()) for part in low.split("-"))


@dataclass(slots=True)
class PlaceMention:
    start: int
    end: int
    province: str | None
    commune: str | None = None  # "phường Phú Định", with its kind word
    candidates: tuple[str, ...] = ()  # provinces sharing this commune name ("xã Bình Minh")
    # a former province merged with others into `province` ("khu vực Bình Dương cũ" in Hồ Chí Minh): its
    # name; a figure of it is the former province's area, not the whole province's
    region: str | None = None


class Gazetteer:
    """Province spellings and the 2025 communes, compiled once."""

    def __init__(self) -> None:
        self.successor: dict[str, str] = {}
        self.provinces: list[str] = []
        # spelling -> the former province it names, for former provinces that are now a part of a merged
        # one (not a province renamed alone, nor the merged one's own name)
        self.former: dict[str, str] = {}
        for row in csv.DictReader(PROVINCES_CSV.open(encoding="utf-8")):
            self.provinces.append(row["province"])
            formers = set(row["former_provinces"].split(";"))
            for name in {row["province"], *formers}:
                self.successor[fold(name)] = row["province"]
                if len(formers) > 1 and fold(name) != fold(row["province"]):
                    self.former[fold(name)] = name
        for alias, name in PROVINCE_ALIASES.items():
            self.successor[fold(alias)] = self.successor[fold(name)]
            if fold(name) in self.former:
                self.former[fold(alias)] = self.former[fold(name)]
        self.former |= {key.upper(): name for key, name in self.former.items()}
        # an all-caps headline ("HẢI PHÒNG ĐIỀU ĐỘNG 335 CÁN BỘ") names its province too
        self.successor |= {key.upper(): province for key, province in self.successor.items()}
        # a name glued to the city word is still read ("TP.Hà Nội"); other dots before a name are initials
        self._province_re = re.compile(
            r"(?:(?<![\w.])|(?<=TP\.)|(?<=Tp\.))(?:" + alternation(self.successor) + r")(?!\w)"
        )
        self.communes: dict[tuple[str, str], set[str]] = defaultdict(set)
        self._commune_names: dict[tuple[str, str], str] = {}  # (kind, commune_key) -> the name as listed
        with WARDS_TSV.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                self.communes[(row["kind"], row["name"])].add(row["province"])
                self._commune_names[(row["kind"], commune_key(row["name"]))] = row["name"]
        self._name_words = max(len(_NAME_WORD.findall(name)) for _, name in self.communes)
        self._commune_re = re.compile(
            rf"(?<!\w)(?:(?i:(?P<kind>{alternation(COMMUNE_KINDS)}))\s+|(?P<abbr>{alternation(COMMUNE_KIND_ABBREVIATIONS)})\s*)"
            rf"(?:(?:{alternation(COMMUNE_DESCRIPTORS)})\s+)?"
        )

    def province(self, name: str | None) -> str | None:
        """The province in force for any spelling of a current or former one ("TP.HCM", "Thanh Hoá")."""
        if not name:
            return None
        key = fold(name.strip())
        for prefix in ("thành phố ", "Thành phố ", "tỉnh ", "Tỉnh ", "TP. ", "TP ", "TP."):
            if key.startswith(prefix) and key[len(prefix) :] in self.successor:
                return self.successor[key[len(prefix) :]]
        return self.successor.get(key)

    def find(self, view: str, start: int, end: int) -> list[PlaceMention]:
        """Places in view[start:end] (the folded, case-kept view), in text order."""
        mentions = [m for m in self._find_communes(view, start, end) if m.commune]
        taken = [(m.start, m.end) for m in mentions]
        for match in self._province_re.finditer(view, start, end):
            if not any(a <= match.start() < b for a, b in taken):
                key = squeeze(match.group())
                province, region = self.successor[key], self.former.get(key)
                mentions.append(PlaceMention(match.start(), match.end(), province, region=region))
        # the outlet's name in its dateline ("Báo Hải Phòng -") is no place of the article's
        return sorted((m for m in mentions if not _in_dateline(view, m.start)), key=lambda m: m.start)

    def _find_communes(self, view: str, start: int, end: int) -> list[PlaceMention]:
        found = []
        match = self._commune_re.search(view, start, end)
        while match:
            kind = (
                match.group("kind").lower()
                if match.group("kind")
                else COMMUNE_KIND_ABBREVIATIONS[squeeze(match.group("abbr"))]
            )
            mention = self._commune_at(view, kind, match.start(), self._name_words_at(view, match.end(), end))
            if mention:
                found.append(mention)
                if PLURAL_BEFORE.search(view, max(start, match.start() - 8), match.start()):
                    # "các xã Thiên Cầm, Sơn Kim 1 và Can Lộc": one kind word for the whole list
                    found += self._listed_after(view, kind, mention, end)
                    mention = found[-1]
            # search on after the name, so a second kind word inside the span is still read ("xã A và xã B")
            match = self._commune_re.search(view, mention.end if mention else match.end(), end)
        return found

    def _listed_after(self, view: str, kind: str, first: PlaceMention, end: int) -> list[PlaceMention]:
        """The communes of one kind listed after the first under its kind word, each of that kind."""
        listed = []
        at = first.end
        while gap := LIST_LINK.match(view, at, end):
            mention = self._commune_at(view, kind, gap.end(), self._name_words_at(view, gap.end(), end))
            if mention is None:
                break
            listed.append(mention)
            at = mention.end
        return listed

    def _name_words_at(self, view: str, position: int, end: int) -> list[tuple[int, int]]:
        """The words that may name a commune from position on: capitalised ones, or numbers."""
        words: list[tuple[int, int]] = []
        while len(words) < self._name_words:
            word = _NAME_WORD.match(view, position, end)
            if not word or not (word.group()[0].isupper() or word.group()[0].isdigit()):
                break
            if word.group()[0].isdigit() and _FIGURE_AFTER.match(view, word.end(), end):
                break
            words.append(word.span())
            gap = _NAME_GAP.match(view, word.end(), end)
            if not gap:
                break
            position = gap.end()
        return words

    def _commune_at(self, view: str, kind: str, start: int, words: list[tuple[int, int]]) -> PlaceMention | None:
        """The longest run of the words that is a commune of this kind: "phường Phú Định đã" -> "Phú Định"."""
        for n in range(len(words), 0, -1):
            name = self._commune_names.get((kind, commune_key(view[words[0][0] : words[n - 1][1]])))
            if name:
                provinces = self.communes[(kind, name)]
                province = next(iter(provinces)) if len(provinces) == 1 else None
                return PlaceMention(start, words[n - 1][1], province, f"{kind} {name}", tuple(sorted(provinces)))
        return None


# a kind word for several communes, and the links between them: "các xã A, B và C"
PLURAL_BEFORE = re.compile(r"(?<!\w)(?:các|những|hai|ba|bốn|năm)\s+$", re.IGNORECASE)
# between places of one list, each with its kind word or under one: "xã A, B và các phường C" (where.py too)
LIST_LINK = re.compile(r"\s*(?:,\s*và|,|và)\s*(?:(?:các|những)\s+)?")


@cache
def gazetteer() -> Gazetteer:
    return Gazetteer()
