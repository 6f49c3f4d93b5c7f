"""Crawl tests' helpers: an outlet served from a temporary folder, and crawls into a real DuckDB store."""

from __future__ import annotations

import shutil
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from monitor.crawl import PROGRESS, CrawlEvent, Listing, crawl
from monitor.store import Store

PAGES = Path(__file__).resolve().parent / "pages"
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


@dataclass
class Outlet:
    """A test outlet: its folder (served as is, {BASE} replaced) and its server."""

    root: Path
    server: object

    @property
    def base(self) -> str:
        return self.server.base_url  # type: ignore[attr-defined]

    def url(self, path: str) -> str:
        return f"{self.base}/{path.lstrip('/')}"

    def page(self, name: str, path: str | None = None) -> str:
        """Copy tests/crawl/pages/name to path (default: name) and return its URL."""
        target = self.root / (path or name)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(PAGES / name, target)
        return self.url(path or name)

    def feed(self, paths: Sequence[str], name: str = "feed.xml") -> str:
        """An RSS 2.0 feed listing {BASE}/path for each path; returns its URL."""
        items = "".join(f"<item><title>{p}</title><link>{{BASE}}/{p}</link></item>" for p in paths)
        rss = (
            f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>'
        )
        (self.root / name).write_text(rss, encoding="utf-8")
        return self.url(name)

    def requested(self) -> list[str]:
        return [path for _, path in self.server.requests]  # type: ignore[attr-defined]


def crawl_into(db: Path, listings: Sequence[str | Listing], **options) -> list[CrawlEvent]:
    """Crawl into the store at db, as `monitor crawl` does (without extraction): the events but progress ones."""
    options.setdefault("delay", 0)
    options.setdefault("backoff", 0.01)
    events = []
    with Store.open(db) as store:
        for event in crawl(listings, state=store, **options):
            if event.kind == "article" and event.article is not None:
                store.write(event.article, [])
            if event.kind not in PROGRESS:
                events.append(event)
    return events


def rows(db: Path, sql: str, params: Sequence[object] = ()) -> list[tuple]:
    with Store.open(db, read_only=True) as store:
        return store.query(sql, params).rows


def to_cp1258(text: str) -> bytes:
    """text in windows-1258, the way legacy Vietnamese sites wrote it: a base letter, then a combining tone."""
    out = b""
    for char in unicodedata.normalize("NFC", text):
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", char)
            base = unicodedata.normalize("NFC", "".join(p for p in parts if p not in TONES))
            out += (base + "".join(p for p in parts if p in TONES)).encode("cp1258")
    return out
