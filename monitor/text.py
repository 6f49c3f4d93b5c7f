"""Text as the store keeps it: Unicode NFC with plain newlines (facts.md, "Fields")."""

from __future__ import annotations

import unicodedata


def stored_text(raw: str) -> str:
    """The form every stage stores and indexes: NFC, "\\n" line ends, no BOM."""
    text = raw.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)
