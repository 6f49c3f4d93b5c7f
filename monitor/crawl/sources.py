"""The sources file: which outlets to crawl, as `[[source]]` tables in TOML."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BUNDLED_SOURCES = Path(__file__).resolve().parent.parent / "sources.toml"

_KEYS = {"name", "feeds", "sitemaps", "province", "sections", "seen_in", "verified"}


@dataclass(slots=True)
class Source:
    """One outlet: its feeds and sitemaps (RSS/Atom and sitemap URLs) and what is known about it."""

    name: str
    feeds: list[str] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    province: str | None = None
    sections: list[str] = field(default_factory=list)
    seen_in: str | None = None
    verified: bool = False


def read_source_list(path: Path) -> list[Source]:
    """The sources of a sources file, in file order; a URL listed by an earlier source is left out.

    Raises OSError if the file can't be read and ValueError if it isn't a valid sources file.
    """
    with open(path, "rb") as handle:
        try:
            data = tomllib.load(handle)
        except tomllib.TOMLDecodeError as error:
            raise ValueError(f"{path}: {error}") from None
    seen: set[str] = set()
    sources = []
    for number, table in enumerate(data.get("source", []), start=1):
        source = _source(table, f"{path}: source #{number}")
        source.feeds = _first_time(source.feeds, seen)
        source.sitemaps = _first_time(source.sitemaps, seen)
        sources.append(source)
    return sources


def read_sources(path: Path) -> list[str]:
    """The feed URLs listed in a sources file, in file order, each once."""
    return [url for source in read_source_list(path) for url in source.feeds]


def _first_time(urls: list[str], seen: set[str]) -> list[str]:
    """The URLs not in seen (which learns them), each once."""
    out = []
    for url in urls:
        if url not in seen:
            seen.add(url)
            out.append(url)
    return out


def _source(table: Any, where: str) -> Source:
    if not isinstance(table, dict):
        raise ValueError(f"{where} is not a table")
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        raise ValueError(f"{where} has unknown keys: {', '.join(unknown)}")
    if not isinstance(table.get("name"), str):
        raise ValueError(f"{where} needs a name")
    name = table["name"]
    feeds, sitemaps = table.get("feeds", []), table.get("sitemaps", [])
    for key, urls in (("feeds", feeds), ("sitemaps", sitemaps)):
        if not isinstance(urls, list) or not all(isinstance(url, str) for url in urls):
            raise ValueError(f"{where} ({name}): {key} must be a list of URLs")
    if not feeds and not sitemaps:
        raise ValueError(f"{where} ({name}) needs feeds or sitemaps, lists of URLs")
    return Source(
        name=name,
        feeds=list(feeds),
        sitemaps=list(sitemaps),
        province=table.get("province"),
        sections=list(table.get("sections", [])),
        seen_in=table.get("seen_in"),
        verified=bool(table.get("verified", False)),
    )
