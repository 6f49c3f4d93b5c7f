"""Text as the store keeps it (Unicode NFC with plain newlines, facts.md "Fields"), and numbers as the
press writes them."""

from __future__ import annotations

import re
import unicodedata

# Invisible characters pages leave in copied text. A soft hyphen only marks where a word may break;
# a zero-width space is dropped where it splits nothing ("5.\u200b230", next to a space), and kept
# between two letters, where it stands for the space between syllables (the view reads it as one).
_SOFT_HYPHEN = "\u00ad"
_ZERO_WIDTH = re.compile(r"(?<![^\W\d_])[\u200b\u2060\ufeff]+|[\u200b\u2060\ufeff]+(?![^\W\d_])")


def stored_text(raw: str) -> str:
    """The form every stage stores and indexes: NFC, "\\n" line ends, no BOM, soft hyphen or stray
    zero-width space."""
    text = raw.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").replace(_SOFT_HYPHEN, "")
    text = unicodedata.normalize("NFC", text)  # first: a letter's marks must be on it to see the letter
    kept = _ZERO_WIDTH.sub("", text)
    return kept if kept == text else unicodedata.normalize("NFC", kept)


def vietnamese_number(value: float) -> str:
    """As the press writes it: 4.300, 58,5, 4.000.000 (dots between thousands, a comma before decimals)."""
    whole = round(value)
    if abs(value - whole) < 1e-9:
        return f"{whole:,}".replace(",", ".")
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")
