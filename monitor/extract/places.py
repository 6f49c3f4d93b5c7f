"""Provinces and communes named in a text, mapped to the 34 provinces in force since 1 July 2025."""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from monitor.extract.lang.vi.gazetteer import PROVINCES_CSV, WARDS_TSV
from monitor.extract.lang.vi.places import COMMUNE_KINDS, PROVINCE_ALIASES
from monitor.extract.normalize import fold
from monitor.extract.patterns import alternation


@dataclass(slots=True)
class PlaceMention:
    start: int
    end: int
    province: str | None
    commune: str | None = None  # "phường Phú Định", with its kind word
    candidates: tuple[str, ...] = ()  # provinces sharing this commune name ("xã Bình Minh")


class Gazetteer:
    """Province spellings and the 2025 communes, compiled once."""

    def __init__(self) -> None:
        self.successor: dict[str, str] = {}
        self.provinces: list[str] = []
        for row in csv.DictReader(PROVINCES_CSV.open(encoding="utf-8")):
            self.provinces.append(row["province"])
            for name in {row["province"], *row["former_provinces"].split(";")}:
                self.successor[fold(name)] = row["province"]
        for alias, name in PROVINCE_ALIASES.items():
            self.successor[fold(alias)] = self.successor[fold(name)]
        self._province_re = re.compile(r"(?<![\w.])(?:" + alternation(self.successor) + r")(?!\w)")
        self.communes: dict[tuple[str, str], set[str]] = defaultdict(set)
        with WARDS_TSV.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                self.communes[(row["kind"], row["name"])].add(row["province"])
        kinds = alternation(COMMUNE_KINDS)
        self._commune_re = re.compile(rf"(?<!\w)(?i:(?P<kind>{kinds}))\s+(?P<name>[^\W\d_]+(?:\s+[^\W\d_]+){{0,3}})")

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
                mentions.append(PlaceMention(match.start(), match.end(), self.successor[match.group()]))
        return sorted(mentions, key=lambda m: m.start)

    def _find_communes(self, view: str, start: int, end: int) -> list[PlaceMention]:
        found = []
        for match in self._commune_re.finditer(view, start, end):
            words = match.group("name").split()
            kind = match.group("kind").lower()
            # the name runs while its words are capitalised: "phường Phú Định đã" -> "Phú Định"
            while words and not all(w[0].isupper() for w in words):
                words.pop()
            while words:
                provinces = self.communes.get((kind, " ".join(words)))
                if provinces:
                    name_end = match.start("name") + len(" ".join(words))
                    province = next(iter(provinces)) if len(provinces) == 1 else None
                    commune = f"{kind} {' '.join(words)}"
                    found.append(PlaceMention(match.start(), name_end, province, commune, tuple(sorted(provinces))))
                    break
                words.pop()
        return found


@cache
def gazetteer() -> Gazetteer:
    return Gazetteer()
