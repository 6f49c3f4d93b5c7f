"""A crawl worker's share of the sources (`monitor crawl --shard i/n`): the hosts whose number is i of n.

n workers on n machines crawl one store side by side, each deciding alone, with no coordination, which hosts
are its own: a host's number is a stable hash of its name modulo n (SHA-256, the same in every process and on
every machine; Python's hash() of a str is salted per process). A worker reads the listings on its hosts and
fetches only the pages on its hosts, so no page is fetched by two workers; robots.txt, the politeness delay
and a host's template lines stay with the one worker that owns the host.

A host is named as an article's identity names it (urls.identity_url: www., m., amp. and mobile. copies of a
site are one host, its port left out), so an outlet's mirrors and ports, which share its templates and its
articles' ids, fall in one shard.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar
from urllib.parse import urlsplit

from monitor.crawl.urls import identity_url

_SHARD = re.compile(r"\s*(\d+)\s*/\s*(\d+)\s*")
MAX_SHARDS = 10_000  # more workers than any newsroom runs: a typo ("1/30000") is told, not obeyed


class _Located(Protocol):
    @property
    def url(self) -> str: ...


T = TypeVar("T", bound=_Located)


def shard_host(url: str) -> str:
    """The host a URL's shard is decided by: its identity's host name, lower-cased, without port."""
    try:
        return urlsplit(identity_url(url)).hostname or ""
    except ValueError:  # a URL whose port cannot be read: its request fails anyway, any worker may tell
        return urlsplit(url).netloc.lower()


def shard_number(host: str, count: int) -> int:
    """The shard (1 to count) of a host name: the same in every process, on every machine."""
    digest = hashlib.sha256(host.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % count + 1


@dataclass(slots=True, frozen=True)
class Shard:
    """The index-th (1-based) of count shares of the hosts."""

    index: int
    count: int

    def __post_init__(self) -> None:
        if not 1 <= self.count <= MAX_SHARDS:
            raise ValueError(f"shard {self}: the number of workers must be 1 to {MAX_SHARDS}")
        if not 1 <= self.index <= self.count:
            raise ValueError(f"shard {self}: the worker's number must be 1 to {self.count}")

    @classmethod
    def parse(cls, text: str) -> Shard:
        """ "2/3" → the second of three shares; ValueError (one line) for anything else."""
        found = _SHARD.fullmatch(text)
        if found is None:
            raise ValueError(f"shard {text!r}: give I/N, worker I of N (1-based), e.g. 2/3")
        return cls(int(found.group(1)), int(found.group(2)))

    def owns(self, url: str) -> bool:
        """Is url on one of this shard's hosts?"""
        return shard_number(shard_host(url), self.count) == self.index

    def pick(self, items: Sequence[T]) -> list[T]:
        """The items (listings, frontier pages) whose URL is on this shard's hosts, in order."""
        return [item for item in items if self.owns(item.url)]

    def __str__(self) -> str:
        return f"{self.index}/{self.count}"
