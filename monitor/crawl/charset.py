"""Decoding an HTML page to text when servers lie about charsets: header, <meta> and the bytes themselves."""

from __future__ import annotations

import codecs
import re
import unicodedata

# <meta charset="x"> or <meta http-equiv="Content-Type" content="text/html; charset=x">, in the first bytes.
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_SNIFF_BYTES = 4096

# Legacy Vietnamese encodings tried when nothing declared decodes cleanly.
_FALLBACKS = ("windows-1258",)

_VOWELS = "aăâeêioôơuưy"
_TONES = ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")  # grave, acute, tilde, hook above, dot below
_VIETNAMESE = {unicodedata.normalize("NFC", v + t) for v in _VOWELS for t in _TONES} | {"đ"}
_VIETNAMESE |= {c.upper() for c in _VIETNAMESE}
# Typographic characters a Vietnamese page legitimately holds outside ASCII.
_TYPOGRAPHY = set("\u00a0«»°·©®§–—‘’‚“”„…•€×")


def decode_html(body: bytes, header_charset: str | None) -> str:
    """The page as NFC text.

    Valid UTF-8 is UTF-8 whatever the header says (other encodings of Vietnamese are never valid UTF-8),
    a character cut short at the end (the size cap) dropped. Otherwise the header's, the <meta>'s, UTF-8's
    (a stray bad byte in a UTF-8 page is common) and windows-1258 decodings compete: the one with the
    fewest characters that cannot be in Vietnamese text wins, ties going to the header, then the <meta>.
    Python's cp1258 codec leaves tones as combining marks, hence NFC.
    """
    text = _utf8(body)
    if text is not None:
        return unicodedata.normalize("NFC", text)
    candidates = [name for name in (header_charset, meta_charset(body), "utf-8", *_FALLBACKS) if _known(name)]
    best, best_bad = "", None
    for name in dict.fromkeys(codecs.lookup(n).name for n in candidates):  # type: ignore[arg-type]
        text = unicodedata.normalize("NFC", body.decode(name, errors="replace"))
        bad = foreign_characters(text)
        if best_bad is None or bad < best_bad:
            best, best_bad = text, bad
    return best


def _utf8(body: bytes) -> str | None:
    """body as UTF-8, if it is valid UTF-8 but for a last character cut short; else None."""
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.reason != "unexpected end of data":  # this reason comes only at the very end
            return None
        end = error.start
    return body[:end].decode("utf-8")  # the first error was the last, cut character: the rest is valid


def meta_charset(body: bytes) -> str | None:
    match = _META_CHARSET.search(body[:_SNIFF_BYTES])
    return match.group(1).decode("ascii") if match else None


def foreign_characters(text: str) -> int:
    """How many characters of text cannot be part of Vietnamese prose (mojibake, replacement marks)."""
    return sum(1 for char in text if ord(char) > 127 and not _plausible(char))


def _plausible(char: str) -> bool:
    if char in _VIETNAMESE or char in _TYPOGRAPHY:
        return True
    # beyond Latin-1 and its extensions: punctuation, CJK, emoji... not what a wrong codec produces
    return ord(char) >= 0x2000 and char != "\ufffd"


def _known(name: str | None) -> bool:
    if not name:
        return False
    try:
        codecs.lookup(name)
    except LookupError:
        return False
    return True
