"""Telling copies apart: an exact content hash, and a 64-bit SimHash for near-identical texts across outlets."""

from __future__ import annotations

import hashlib
import re
import unicodedata

import numpy as np

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
    """Charikar's SimHash over word shingles: similar texts get hashes a few bits apart.

    Each bit is set when most shingles' 64-bit hashes (BLAKE2b) have it set; numpy counts the votes.
    """
    tokens = words(text)
    shingles = [" ".join(tokens[i : i + SHINGLE]) for i in range(max(1, len(tokens) - SHINGLE + 1))]
    digests = b"".join(hashlib.blake2b(shingle.encode(), digest_size=8).digest() for shingle in shingles)
    bits = np.unpackbits(np.frombuffer(digests, dtype=np.uint8).reshape(-1, 8), axis=1, bitorder="little")
    majority = bits.sum(axis=0, dtype=np.int64) * 2 > len(shingles)
    return int.from_bytes(np.packbits(majority, bitorder="little").tobytes(), "little")
