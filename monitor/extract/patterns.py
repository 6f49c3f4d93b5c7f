"""Regex building from word lists: longest first, so "tiếp nhận" wins over "tiếp"."""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[str]) -> str:
    """'a|b|c' of the escaped words, longest first; never empty (an empty list matches nothing)."""
    escaped = [re.escape(w) for w in sorted(set(words), key=len, reverse=True) if w]
    return "|".join(escaped) if escaped else r"(?!x)x"
