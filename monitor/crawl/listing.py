"""What a crawl is given and names: listings (feeds and sitemaps of sources), article ids, one-line errors."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from monitor.crawl.sources import Source
from monitor.crawl.urls import identity_url


@dataclass(slots=True, frozen=True)
class Listing:
    """A feed or sitemap to read, and the source (outlet) it belongs to."""

    url: str
    kind: str = "feed"  # feed or sitemap
    source: str = ""

    @property
    def outlet(self) -> str:
        return self.source or urlsplit(self.url).netloc


def article_id(url: str) -> str:
    """The article id of a page: the first 16 hex digits of the SHA-1 of its canonical URL's identity
    (mobile, AMP and www variants of one URL give one id)."""
    return hashlib.sha1(identity_url(url).encode()).hexdigest()[:16]


def listings(sources: Sequence[Source]) -> list[Listing]:
    """The feeds, then the sitemaps, of each source, in file order."""
    out: list[Listing] = []
    for source in sources:
        out += [Listing(url, "feed", source.name) for url in source.feeds]
        out += [Listing(url, "sitemap", source.name) for url in source.sitemaps]
    return out


def one_line(error: Exception) -> str:
    """An exception as one short line: its type and its message with spaces squeezed."""
    text = " ".join(str(error).split())
    return f"{type(error).__name__}: {text}"[:200] if text else type(error).__name__
