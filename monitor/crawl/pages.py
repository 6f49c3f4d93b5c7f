"""Reading an article page: its text in paragraphs, title, date, outlet and canonical URL, without the
page's furniture (templates.py)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

import lxml.html
import trafilatura
from lxml import etree

from monitor.crawl.furniture import ELEMENT_NAME_PARTS
from monitor.crawl.templates import clean

# htmldate: the publication date (not the last change), from the page's markup only; a date merely
# written in the text is not the page's date.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}

# Elements of trafilatura's XML body that hold paragraphs rather than running text.
_BLOCKS = {"p", "head", "list", "item", "quote", "table", "row", "div"}

# Elements that are never the article (players, share bars, related boxes: furniture.ELEMENT_NAME_PARTS), by
# tag or by a part of their class, id, data-module or type; taken out before trafilatura reads the page.
# One that holds more than half the page's paragraph text is kept whatever its name: it is the article.
_FURNITURE_TAGS = ("audio", "video", "button", "select", "nav")
_NAMES = ("class", "id", "data-module", "type")
# The outlet's name after a headline in <title> ("… - Báo Dân trí", "… | VnExpress"), and the generic words
# outlets' names start or end with, left out when names are compared.
_TITLE_SOURCE = re.compile(r"\s+[-–—|]\s+([^-–—|]{2,80})$")
_NAME_PREFIXES = ("baodientu", "bao", "tapchi", "trangtin", "congthongtindientu", "dientu")
_NAME_SUFFIXES = ("online", "dientu", "comvn", "orgvn", "govvn", "vn", "net", "com")
_OUTLET_WORDS = re.compile(r"(?:Báo|Tạp chí|Cổng [Tt]hông tin|Trang tin)\s|\S+\.(?:vn|net|com)$")


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
    """Extract the article from a page's HTML (url: where it was fetched from), without the furniture every
    template has (furniture.py); without_template() then takes out the furniture of the page's host."""
    tree = _parse(html)
    lead, site, canonical = _lead(tree), _meta(tree, "og:site_name"), _canonical_link(tree)
    pruned = _without_furniture(tree)
    document = trafilatura.bare_extraction(
        pruned or html, url=url, with_metadata=True, include_comments=False, date_extraction_params=_DATE_PARAMS
    )
    if document is None:
        return PageContent(text="", canonical=canonical, outlet=site)
    outlet = site or document.sitename or None
    title = _own_title(document.title, outlet, url)
    paragraphs = _paragraphs(document.body) if document.body is not None else []
    if title:  # the headline is the title, not the text: wherever it comes again, in any case, with its source
        paragraphs = [p for p in paragraphs if _squash(_own_title(p, outlet, url) or "") != _squash(title)]
        lead = _after_title(lead, title)
    if paragraphs and lead and _squash(lead.rstrip(".…")) not in _squash("\n".join(paragraphs)):
        paragraphs.insert(0, lead)  # trafilatura drops a sapo kept in a <div class="sapo">
    return PageContent(
        text="\n\n".join(clean(paragraphs)),
        title=title,
        published=_date(document.date),
        author=document.author or None,
        outlet=outlet,
        canonical=canonical,
    )


def without_template(content: PageContent, learned: Callable[[Sequence[str]], set[str]]) -> PageContent:
    """The page without the lines of its host's template. learned (templates.HostTemplate): given the
    page's lines, counts them for the host and returns those the host's other pages have too."""
    paragraphs = content.text.split("\n\n") if content.text else []
    return dataclasses.replace(content, text="\n\n".join(clean(paragraphs, learned)))


def _without_furniture(tree: lxml.html.HtmlElement | None) -> str | None:
    """The page without its furniture elements, as HTML; None when it has none (read the page as it is)."""
    if tree is None:
        return None
    whole = sum(len(text) for text in tree.xpath("//p//text()"))
    found = [element for element in tree.iter() if isinstance(element.tag, str) and _furniture_element(element)]
    removed = False
    for element in found:
        if element.getparent() is None or any(ancestor in found for ancestor in element.iterancestors()):
            continue  # the root, or inside an element taken out already
        if sum(len(text) for text in element.xpath(".//p//text()")) * 2 > whole:
            continue  # it holds the article
        element.drop_tree()
        removed = True
    return lxml.html.tostring(tree, encoding="unicode") if removed else None


def _furniture_element(element: lxml.html.HtmlElement) -> bool:
    if element.tag in _FURNITURE_TAGS:
        return True
    names = " ".join(element.get(name) or "" for name in _NAMES).lower()
    return any(part in names for part in ELEMENT_NAME_PARTS)


def _own_title(title: str | None, outlet: str | None, url: str) -> str | None:
    """The headline without the outlet's name after it ("… - Báo Dân trí", "… | VnExpress")."""
    if not title:
        return None
    title = " ".join(title.split())
    match = _TITLE_SOURCE.search(title)
    if match and _names_outlet(match.group(1), outlet, urlsplit(url).hostname or ""):
        return title[: match.start()].strip() or title
    return title


def _names_outlet(name: str, outlet: str | None, host: str) -> bool:
    """Whether a title's last part names the outlet: its site name, its host, or the look of one ("Báo …")."""
    if _OUTLET_WORDS.match(name.strip()):
        return True
    key = _name_key(name)
    label = host.removeprefix("www.").split(".")[0]
    others = [_name_key(outlet)] if outlet else []
    if label.isalpha():
        others.append(_name_key(label))
    return len(key) >= 4 and any(other and (key in other or other in key) for other in others)


def _name_key(name: str) -> str:
    """An outlet's name as compared: ASCII letters and digits, without "Báo", "điện tử", "Online", ".vn"."""
    text = unicodedata.normalize("NFD", name.replace("Đ", "D").replace("đ", "d"))
    key = re.sub(r"[^a-z0-9]", "", "".join(c for c in text if not unicodedata.combining(c)).lower())
    for prefix in _NAME_PREFIXES:
        key = key.removeprefix(prefix)
    for suffix in _NAME_SUFFIXES:
        key = key.removesuffix(suffix)
    return key


def _after_title(lead: str | None, title: str) -> str | None:
    """A sapo that starts with the headline ("Title - (Dân trí) - …", "Title: …") without it."""
    if not lead:
        return lead
    words = r"\s+".join(map(re.escape, title.split()))
    match = re.match(rf"\s*{words}\s*(?:[-–—|:.]\s*|$)", lead, re.IGNORECASE)
    if match is None:
        return lead
    return lead[match.end() :].strip() or None


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
