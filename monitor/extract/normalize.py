"""A matching view of an article: same length as the stored text, so offsets carry over unchanged.

The view folds what varies between outlets without meaning anything: old tone placement
(hoá → hóa, thuỷ → thủy), odd spaces, curly quotes and dashes. Rules match on the view; evidence is
cut from the stored text at the same offsets.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from monitor.text import stored_text

__all__ = ["fold", "lower", "slug", "stored_text"]

_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
# vowel pairs whose tone moved from the second to the first vowel in the modern placement
_OLD_STYLE_PAIRS = {("o", "a"), ("o", "e"), ("u", "y")}
_ODD_CHARS = str.maketrans(
    {
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u200b": " ",
        "\t": " ",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2018": "'",
        "\u2019": "'",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
    }
)

# HTML entities a page's extraction left behind: read as their character, padded with spaces to keep
# the length ("412&nbsp;cán bộ" reads "412      cán bộ")
_ENTITY = re.compile(r"&(?:nbsp|#160|#xa0|amp|quot|#34|apos|#39|lt|gt);", re.IGNORECASE)
_ENTITY_CHARS = {
    "nbsp": " ",
    "#160": " ",
    "#xa0": " ",
    "amp": "&",
    "quot": '"',
    "#34": '"',
    "apos": "'",
    "#39": "'",
    "lt": "<",
    "gt": ">",
}


def fold(text: str) -> str:
    """Tone placement and odd characters folded; case kept; len(fold(t)) == len(t) for NFC t."""
    if "&" in text:
        text = _ENTITY.sub(_entity, text)
    chars = list(text.translate(_ODD_CHARS))
    for i in range(1, len(chars)):
        first, second = chars[i - 1], chars[i]
        if (first.lower(), _base(second).lower()) not in _OLD_STYLE_PAIRS:
            continue
        if i + 1 < len(chars) and chars[i + 1].isalpha():
            continue  # "hoàn", "tuyển": the tone already sits where it belongs
        if i >= 2 and chars[i - 2].lower() == "q":
            continue  # "quý": u belongs to qu, the tone stays on y
        tone = _tone(second)
        if tone:
            chars[i - 1] = unicodedata.normalize("NFC", first + tone)
            chars[i] = _base(second)
    return "".join(chars)


def _entity(match: re.Match[str]) -> str:
    name = match.group()[1:-1].lower()
    return _ENTITY_CHARS[name].ljust(len(match.group()))


def lower(text: str) -> str:
    """Lower case without changing the length (a few letters lower-case to two characters)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


@cache  # a text has few distinct letters: fold() asks about each of them thousands of times
def _tone(char: str) -> str:
    marks = [m for m in unicodedata.normalize("NFD", char)[1:] if m in _TONE_MARKS]
    return marks[0] if marks else ""


@cache
def _base(char: str) -> str:
    decomposed = unicodedata.normalize("NFD", char)
    kept = decomposed[0] + "".join(m for m in decomposed[1:] if m not in _TONE_MARKS)
    return unicodedata.normalize("NFC", kept)


def slug(text: str) -> str:
    """ASCII, lower case, words joined by '-': "công nghệ thông tin" -> "cong-nghe-thong-tin"."""
    base = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(c for c in base if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")
