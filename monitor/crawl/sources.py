"""The sources file: which outlets to crawl, as `[[source]]` tables in TOML."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

BUNDLED_SOURCES = Path(__file__).resolve().parent.parent / "sources.toml"

_KEYS = {"name", "feeds", "sitemaps", "province", "sections", "seen_in", "verified"}


def read_sources(path: Path) -> list[str]:
    """The feed URLs listed in a sources file, in file order, each once.

    Raises OSError if the file can't be read and ValueError if it isn't a valid sources file.
    """
    with open(path, "rb") as handle:
        data = tomllib.load(handle)
    feeds: list[str] = []
    for number, source in enumerate(data.get("source", []), start=1):
        for url in _source_feeds(source, f"{path}: source #{number}"):
            if url not in feeds:
                feeds.append(url)
    return feeds


def _source_feeds(source: Any, where: str) -> list[str]:
    if not isinstance(source, dict):
        raise ValueError(f"{where} is not a table")
    unknown = sorted(set(source) - _KEYS)
    if unknown:
        raise ValueError(f"{where} has unknown keys: {', '.join(unknown)}")
    if not isinstance(source.get("name"), str):
        raise ValueError(f"{where} needs a name")
    feeds = source.get("feeds")
    if not isinstance(feeds, list) or not all(isinstance(url, str) for url in feeds):
        raise ValueError(f"{where} ({source['name']}) needs feeds, a list of URLs")
    return feeds
