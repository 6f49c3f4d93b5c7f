"""Telling copies apart: an exact content hash, and a 64-bit SimHash for near-identical texts across outlets."""

from __future__ import annotations

import hashlib
import re
import unicodedata

SHINGLE = 3  # words per shingle: enough to tell paraphrase from copy, few enough to survive small edits
# Two texts whose SimHashes differ in at most this many bits of 64 are the same story, lightly edited
# (another outlet's copy without the sapo, a changed sentence). Different articles on the same topic
# lie 19 or more bits apart on the test site; unrelated texts about 32.
NEAR_DISTANCE = 10

_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFC", text).casefold())


def body(text: str, title: str | None) -> str:
    """A stored text without the headline that opens it: outlets retitle the copies they run."""
    if title and text.startswith(title + "\n\n"):
        return text[len(title) + 2 :]
    return text


def content_hash(text: str) -> str:
    """SHA-1 of the words of text: the same text whatever its spacing, case or Unicode form."""
    return hashlib.sha1(" ".join(words(text)).encode()).hexdigest()


def simhash(text: str) -> int:
    """Charikar's SimHash over word shingles: similar texts get hashes a few bits apart."""
    tokens = words(text)
    shingles = [" ".join(tokens[i : i + SHINGLE]) for i in range(max(1, len(tokens) - SHINGLE + 1))]
    weights = [0] * 64
    for shingle in shingles:
        bits = int.from_bytes(hashlib.blake2b(shingle.encode(), digest_size=8).digest(), "big")
        for bit in range(64):
            weights[bit] += 1 if bits >> bit & 1 else -1
    return sum(1 << bit for bit in range(64) if weights[bit] > 0)
