"""The filters a reader gives (command line, notebook, web app), in the store's terms.

Names are accepted however a person writes them: "hai phong", "Hải Phòng", "TP. Hải Phòng", "HẢI PHÒNG",
"thanh pho hai phong" and a former province ("Hải Dương") all mean the province in force as the store writes it
("Hải Phòng"); a commune likewise ("phuong Hong Bang", "P. Hồng Bàng" -> "phường Hồng Bàng", its kind word
included, as the extractor fills facts.commune); a metric or status in any case, with spaces or dashes
("Dossiers-Received"). A name that means nothing raises UnknownName with the nearest names, never an empty
answer; a commune that several provinces share, given without its province, raises AmbiguousName.

Dates come as date, datetime or "YYYY-MM-DD". None is no filter; an empty string is a mistake (ValueError), never
"no filter".
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from monitor.facts import METRICS, STATUSES

Day = str | dt.date | None

_NEAREST = 5
# words before a province's name that are no part of it, as loose keys' words ("TP. Hải Phòng", "tỉnh Nghệ An")
_PROVINCE_PREFIXES = (("thanh", "pho"), ("tinh",), ("tp",))
_PROVINCE_SUFFIXES = (("city",), ("province",))
# a commune's kind word as a person may write it, as loose keys' words -> the kind the ward list uses
_COMMUNE_KINDS = {
    ("phuong",): "phường",
    ("p",): "phường",
    ("ward",): "phường",
    ("xa",): "xã",
    ("x",): "xã",
    ("commune",): "xã",
    ("dac", "khu"): "đặc khu",
    ("dk",): "đặc khu",
    ("thi", "tran"): "thị trấn",
    ("tt",): "thị trấn",
}


@dataclass(frozen=True, slots=True)
class Commune:
    kind: str  # "phường"
    name: str  # "Hồng Bàng", as the ward list writes it
    province: str

    @property
    def stored(self) -> str:
        """As the extractor writes facts.commune: with its kind word."""
        return f"{self.kind} {self.name}"

    @property
    def shown(self) -> str:
        return f"{self.stored} ({self.province})"


def _quoted(given: str, most: int = 60) -> str:
    """What a person gave, quoted for a message, cut short: a pasted page is not echoed back whole."""
    return repr(given if len(given) <= most else given[: most - 1] + "…")


class UnknownName(ValueError):
    """A filter's name that names nothing; str() is one line with the nearest names."""

    def __init__(self, kind: str, given: str, nearest: list[str], message: str | None = None) -> None:
        self.kind, self.given, self.nearest = kind, given, nearest
        near = f": nearest {', '.join(nearest)}" if nearest else ": no name is near it"
        super().__init__(message or f"unknown {kind} {_quoted(given)}{near}")


class AmbiguousName(UnknownName):
    """A commune's name that several communes bear: in several provinces (give the province), or in one, told
    apart by accents or kind ("Cẩm Giang", "Cẩm Giàng"). `nearest` lists them as "xã Bình Minh (Hà Nội)"."""

    def __init__(self, kind: str, given: str, matches: list[Commune]) -> None:
        shown = sorted(place.shown for place in matches)
        several = len({place.province for place in matches}) > 1
        hint = "give the province too" if several else "write it with its accents and kind word"
        super().__init__(
            kind, given, shown, f"{kind} {_quoted(given)} names {len(shown)} places: {', '.join(shown)}; {hint}"
        )


def read_filters(
    province: str | None = None,
    commune: str | None = None,
    metric: str | None = None,
    status: str | None = None,
    since: Day = None,
    until: Day = None,
) -> dict[str, Any]:
    """The filters in the store's terms (monitor.store.filters.where's arguments); None is no filter.

    Raises UnknownName (a ValueError) for a name that names nothing, ValueError for an empty value or a window
    that holds no day.
    """
    given = {
        "province": province,
        "commune": commune,
        "metric": metric,
        "status": status,
        "since": since,
        "until": until,
    }
    for name, value in given.items():
        if isinstance(value, str) and not value.strip():
            raise ValueError(f"the {name} filter is empty: give a value, or None for no filter")
    first, last = _day(since, "since"), _day(until, "until")
    if first and last and first > last:
        raise ValueError(f"since {first} is after until {last}: no day is in between")
    in_force = province_named(province) if province else None
    place = commune_named(commune, in_force) if commune else None
    return {
        "province": place.province if place else in_force,
        "commune": place.stored if place else None,
        "metric": _word(metric, "metric", METRICS) if metric else None,
        "status": _word(status, "status", STATUSES) if status else None,
        "since": first,
        "until": last,
    }


def slug(name: str) -> str:
    """A name as a link's path segment: "Hải Phòng" -> "hai-phong" (province_named reads it back)."""
    from monitor.extract.normalize import slug as ascii_slug

    return ascii_slug(name)


def provinces() -> list[str]:
    """The 34 provinces and cities in force since 1 July 2025, as the store writes them."""
    return list(_gazetteer().provinces)


def communes(province: str) -> list[str]:
    """The communes, wards and special zones of a province (any spelling), as the store writes them, sorted."""
    in_force = province_named(province)
    return sorted(place.stored for place in _places() if place.province == in_force)


def metrics() -> list[str]:
    return list(METRICS)


def statuses() -> list[str]:
    return list(STATUSES)


def province_named(name: str) -> str:
    """The province in force that `name` means, in any spelling, a former one's included; else UnknownName."""
    name = unicodedata.normalize("NFC", name)  # letters typed as base and marks (NFD) are the same letters
    found = _gazetteer().province(name.strip())  # the extractor's own spellings ("TP.HCM", "Thanh Hoá")
    if found:
        return found
    words = _words(name)
    for prefix in _PROVINCE_PREFIXES:
        if tuple(words[: len(prefix)]) == prefix and len(words) > len(prefix):
            words = words[len(prefix) :]
    for suffix in _PROVINCE_SUFFIXES:
        if tuple(words[-len(suffix) :]) == suffix and len(words) > len(suffix):
            words = words[: -len(suffix)]
    found = _province_keys().get("".join(words))
    if found:
        return found
    nearest = _nearest(name, list(_province_spellings()), _NEAREST * 3)
    in_force = {_gazetteer().province(spelling): spelling for spelling in reversed(nearest)}  # the best of each
    raise UnknownName("province", name, sorted(in_force.values(), key=nearest.index)[:_NEAREST])


def commune_named(name: str, province: str | None = None) -> Commune:
    """The 2025 commune, ward or special zone that `name` means, within `province` (in force) when given.

    Letters with their accents decide first ("Cẩm Giàng" is not "Cẩm Giang"); without accents, any commune
    spelled so. UnknownName if none; AmbiguousName if several (a name several provinces share, given without
    its province).
    """
    name = unicodedata.normalize("NFC", name)  # letters typed as base and marks (NFD) are the same letters
    matches = _communes_matching(name, province)
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise AmbiguousName("commune", name, matches)
    elsewhere = _communes_matching(name) if province else []
    if elsewhere:
        shown = sorted(place.shown for place in elsewhere)
        raise UnknownName("commune", name, shown, f"no commune {_quoted(name)} in {province}: it is {', '.join(shown)}")
    # by the name without its kind word: "xã Hồng Bàng" is nearest to "phường Hồng Bàng"
    by_name: dict[str, list[str]] = defaultdict(list)
    for place in _places():
        if province is None or place.province == province:
            by_name[place.name].append(place.shown)
    near_names = _nearest(_kind_and_name(name)[1], list(by_name))
    nearest = [shown for near in near_names for shown in by_name[near]][:_NEAREST]
    where = f" in {province}" if province else ""
    near = f": nearest {', '.join(nearest)}" if nearest else ": no name is near it"
    raise UnknownName("commune", name, nearest, f"unknown commune {_quoted(name)}{where}{near}")


def _communes_matching(name: str, province: str | None = None) -> list[Commune]:
    """The communes the name may mean: read with its kind word if it starts with one, else (or if that finds
    nothing: "Xà Phiên" is no xã "Phiên") whole; by the letters with accents first, else without."""
    kind, rest = _kind_and_name(name)
    readings = [(kind, rest), (None, name.strip())] if kind else [(None, rest)]
    for wanted_kind, words in readings:
        for index, key in ((_exact_index(), _exact_key(words)), (_loose_index(), _loose_key(words))):
            matches = [
                place
                for place in index.get(key, ())
                if (wanted_kind is None or place.kind == wanted_kind)
                and (province is None or place.province == province)
            ]
            if matches:
                return matches
    return []


def _kind_and_name(name: str) -> tuple[str | None, str]:
    """("phường", "Hồng Bàng") for "P. Hồng Bàng" or "phuong Hong Bang"; (None, name) without a kind word."""
    text = name.strip()
    words = _words(text)
    for spelled, kind in _COMMUNE_KINDS.items():
        if tuple(words[: len(spelled)]) == spelled and len(words) > len(spelled):
            # drop as many of the text's words as the kind word has ("P.", "đặc khu")
            return kind, re.sub(rf"^(?:[\W_]*[^\W_]+){{{len(spelled)}}}[\W_]*", "", text)
    return None, text


def _word(value: str, kind: str, allowed: tuple[str, ...]) -> str:
    """A metric or status written in any case, with spaces or dashes: "Dossiers received" -> dossiers_received."""
    key = "_".join(re.split(r"[\s_\-]+", value.strip().lower()))
    if key in allowed:
        return key
    nearest = _nearest(value, list(allowed))
    message = None if nearest else f"unknown {kind} {_quoted(value)}: one of {', '.join(allowed)}"
    raise UnknownName(kind, value, nearest, message)


def _nearest(given: str, names: list[str], most: int = _NEAREST) -> list[str]:
    """Up to `most` of the names nearest to what was given, best first, compared without accents or case."""
    keys: dict[str, list[str]] = defaultdict(list)
    for name in names:
        keys[" ".join(_words(name))].append(name)
    close = difflib.get_close_matches(" ".join(_words(given)), list(keys), n=most, cutoff=0.6)
    return [name for key in close for name in keys[key]][:most]


def _words(text: str) -> list[str]:
    """ASCII lower-case words: "TP. Hải Phòng" -> ["tp", "hai", "phong"]; apostrophes join ("M'Đrắk" -> "mdrak")."""
    return slug(re.sub("['\u2019\u2018\u02bc\u00b4`\u2032]", "", text)).split("-") if text.strip() else []


def _loose_key(text: str) -> str:
    """Without accents, case, spaces or marks: "Hai phong", "HẢI PHÒNG" and "Hải  Phòng" are one key."""
    return "".join(_words(text))


def _exact_key(text: str) -> str:
    """With its accents (tone placement folded), without case, apostrophes or spacing differences."""
    from monitor.extract.normalize import fold
    from monitor.extract.places import commune_key

    return commune_key(fold(" ".join(text.split())))


def _day(value: Day, name: str) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(f"{name} {_quoted(value)} is not a day: write it YYYY-MM-DD, such as 2025-08-31") from None
    return value


# The extractor's package (about a second to import), its gazetteer and the ward list load only when a name is
# asked for: a read with no names, or an import of this module, never waits for them.


def _gazetteer() -> Any:
    from monitor.extract.places import gazetteer

    return gazetteer()


@cache
def _province_keys() -> dict[str, str]:
    """Every spelling the gazetteer knows (names in force, former ones, aliases), as a loose key -> in force."""
    return {_loose_key(spelling): province for spelling, province in _gazetteer().successor.items()}


@cache
def _province_spellings() -> tuple[str, ...]:
    """The names a person may mean, to suggest: the 34 in force first, then former names and aliases (not the
    gazetteer's all-caps copies of each)."""
    gazetteer = _gazetteer()
    others = sorted(spelling for spelling in gazetteer.successor if spelling != spelling.upper())
    return tuple(dict.fromkeys([*gazetteer.provinces, *others]))


@cache
def _places() -> tuple[Commune, ...]:
    return tuple(
        Commune(kind, name, province)
        for (kind, name), in_provinces in sorted(_gazetteer().communes.items())
        for province in sorted(in_provinces)
    )


@cache
def _exact_index() -> dict[str, list[Commune]]:
    return _communes_by(_exact_key)


@cache
def _loose_index() -> dict[str, list[Commune]]:
    return _communes_by(_loose_key)


def _communes_by(key: Callable[[str], str]) -> dict[str, list[Commune]]:
    index: dict[str, list[Commune]] = defaultdict(list)
    for place in _places():
        index[key(place.name)].append(place)
    return dict(index)
