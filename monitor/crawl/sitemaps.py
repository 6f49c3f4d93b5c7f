"""Reading sitemaps: urlsets (news sitemaps included) and sitemap indexes, plain or gzip-compressed."""

from __future__ import annotations

import datetime as dt
import gzip
import zlib
from dataclasses import dataclass, field

from lxml import etree

from monitor.crawl.feeds import MAX_TITLE, FeedEntry, FeedError, parse_date
from monitor.crawl.fetch import Page
from monitor.crawl.urls import listed_url

GZIP_MAGIC = b"\x1f\x8b"
MAX_UNZIPPED = 50_000_000  # the sitemap protocol's own limit is 50 MB uncompressed


@dataclass(slots=True)
class Sitemap:
    """What one sitemap lists: article pages (entries) and, for an index, further sitemaps."""

    entries: list[FeedEntry] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (loc, why it cannot be fetched)


def read_sitemap(page: Page) -> Sitemap:
    """The pages or sitemaps a fetched sitemap lists, in order; raises FeedError if it is not one.

    Each <loc> is judged on its own: one that cannot be fetched goes to `rejected`, the others are kept."""
    root = _parse(_unzipped(page.body))
    kind = etree.QName(root).localname
    if kind not in ("urlset", "sitemapindex"):
        raise FeedError(f"not a sitemap (root element <{kind}>)")
    result = Sitemap()
    for item in root:
        if not isinstance(item.tag, str):
            continue  # a comment or processing instruction
        loc = _child_text(item, "loc")
        if not loc:
            continue
        url, problem = listed_url(loc, page.url)
        if url is None:
            if problem:
                result.rejected.append((loc, problem))
            continue
        if kind == "sitemapindex":
            result.sitemaps.append(url)
        else:
            title = _child_text(item, "title")
            result.entries.append(FeedEntry(url, title[:MAX_TITLE] if title else None, _item_date(item)))
    return result


def _unzipped(body: bytes) -> bytes:
    """The body, gunzipped when it is gzip (sitemap.xml.gz, whatever the Content-Type says)."""
    if not body.startswith(GZIP_MAGIC):
        return body
    try:
        unzipper = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
        data = unzipper.decompress(body, MAX_UNZIPPED)
    except (zlib.error, gzip.BadGzipFile) as error:
        raise FeedError(f"broken gzip ({error})") from None
    if unzipper.unconsumed_tail:
        raise FeedError(f"larger than {MAX_UNZIPPED} bytes once unzipped")
    if not unzipper.eof:
        raise FeedError("broken gzip (cut short)")
    return data


def _parse(body: bytes) -> etree._Element:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=False)
    try:
        return etree.fromstring(body, parser)
    except etree.XMLSyntaxError as error:
        raise FeedError(f"not a readable sitemap ({' '.join(str(error).split())[:200]})") from None


def _child_text(item: etree._Element, name: str) -> str | None:
    """The text of the first descendant named name, whatever its namespace (news:title, loc...)."""
    for element in item.iter():
        if isinstance(element.tag, str) and etree.QName(element).localname == name and element.text:
            return element.text.strip() or None
    return None


def _item_date(item: etree._Element) -> dt.date | None:
    """A news sitemap's publication date; a plain sitemap's lastmod says when it changed, not when it came out."""
    raw = _child_text(item, "publication_date")
    return parse_date(raw) if raw else None
