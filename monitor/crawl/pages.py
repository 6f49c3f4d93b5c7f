"""Reading an article page: its text in paragraphs, title, date, outlet and canonical URL."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import lxml.html
import trafilatura
from lxml import etree

# htmldate: the publication date (not the last change), from the page's markup only; a date merely
# written in the text is not the page's date.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}

# Elements of trafilatura's XML body that hold paragraphs rather than running text.
_BLOCKS = {"p", "head", "list", "item", "quote", "table", "row", "div"}


@dataclass(slots=True)
class PageContent:
    """What an article page says about itself; text is "" when no article text was found."""

    text: str
    title: str | None = None
    published: dt.date | None = None
    author: str | None = None
    outlet: str | None = None
    canonical: str | None = None


def read_page(html: str, url: str) -> PageContent:
    """Extract the article from a page's HTML (url: where it was fetched from)."""
    tree = _parse(html)
    document = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, date_extraction_params=_DATE_PARAMS
    )
    if document is None:
        return PageContent(text="", canonical=_canonical_link(tree), outlet=_meta(tree, "og:site_name"))
    title = document.title or None
    paragraphs = _paragraphs(document.body) if document.body is not None else []
    while paragraphs and title and _squash(paragraphs[0]) == _squash(title):
        paragraphs.pop(0)  # the headline is the title, not the text
    lead = _lead(tree)
    if paragraphs and lead and _squash(lead.rstrip(".…")) not in _squash("\n".join(paragraphs)):
        paragraphs.insert(0, lead)  # trafilatura drops a sapo kept in a <div class="sapo">
    return PageContent(
        text="\n\n".join(paragraphs),
        title=title,
        published=_date(document.date),
        author=document.author or None,
        outlet=_meta(tree, "og:site_name") or document.sitename or None,
        canonical=_canonical_link(tree),
    )


def _parse(html: str) -> lxml.html.HtmlElement | None:
    try:
        return lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return None


def _paragraphs(element: etree._Element) -> list[str]:
    """The paragraphs of trafilatura's XML body, in order; list items and table rows each make one."""
    out: list[str] = []
    for child in element:
        if child.tag == "row":
            out.append(" ".join(filter(None, (_inline_text(cell) for cell in child))))
        elif child.tag in ("list", "table", "quote", "div") or any(sub.tag in _BLOCKS for sub in child):
            out.extend(_paragraphs(child))
        else:
            out.append(_inline_text(child))
    return [paragraph for paragraph in out if paragraph]


def _inline_text(element: etree._Element) -> str:
    """The text of one paragraph, with <lb/> as a line break and other spaces squeezed."""
    pieces = [element.text or ""]
    for child in element:
        pieces.append("\n" if child.tag == "lb" else _inline_text(child))
        pieces.append(child.tail or "")
    lines = "".join(pieces).split("\n")
    return "\n".join(" ".join(line.split()) for line in lines).strip()


def _lead(tree: lxml.html.HtmlElement | None) -> str | None:
    """The sapo (an element whose class names it), else the meta description."""
    if tree is None:
        return None
    for element in tree.xpath("//body//*[contains(@class, 'sapo')]"):
        text = " ".join(element.text_content().split())
        if text:
            return text
    return _meta(tree, "description") or _meta(tree, "og:description")


def _meta(tree: lxml.html.HtmlElement | None, name: str) -> str | None:
    if tree is None:
        return None
    for content in tree.xpath("//meta[@name=$n or @property=$n]/@content", n=name):
        text = " ".join(content.split())
        if text:
            return text
    return None


def _canonical_link(tree: lxml.html.HtmlElement | None) -> str | None:
    if tree is None:
        return None
    for link in tree.xpath("//link[@href]"):
        if "canonical" in (link.get("rel") or "").lower().split():
            return link.get("href").strip() or None
    return None


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _squash(text: str) -> str:
    """Text compared loosely: spaces squeezed, case folded."""
    return re.sub(r"\s+", " ", text).strip().casefold()
