"""The web app in a real browser: Debian's chromium driven by Playwright against uvicorn on 127.0.0.1, over a store
built from the seeds and the hostile article (tests/web/hostile_store.py). Skipped, saying why, without chromium."""

from __future__ import annotations

import json
import re
import unicodedata
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from playwright.sync_api import Browser, Page, expect

from monitor.facts import Article
from tests.web import browser as helpers
from tests.web.hostile_store import ATTRIBUTE_BREAK, HOSTILE_ID, HOSTILE_TITLE, JAVASCRIPT_URL, SCRIPT

pytestmark = pytest.mark.skipif(
    helpers.chromium_path() is None, reason="chromium not installed: `make browser` installs Debian's chromium"
)

PROVINCE = "hai-phong"  # the seeds and the hostile article report on Hải Phòng
# script elements that could hold code: only src= files of our own and JSON data blocks are allowed
CODE_SCRIPTS = "script:not([src]):not([type='application/json'])"


@pytest.fixture(scope="module")
def seeds(seed_store: Path) -> tuple[Path, list[Article]]:
    """The store of the seeds and the hostile article (conftest.py), and the seed articles as stored."""
    return seed_store, helpers.seed_articles()


@pytest.fixture(scope="module")
def app_url(seeds: tuple[Path, list[Article]]) -> Iterator[str]:
    with helpers.serve(seeds[0]) as url:
        yield url


@pytest.fixture(scope="module")
def chromium() -> Iterator[Browser]:
    with helpers.chromium() as browser:
        yield browser


@pytest.fixture
def watched(chromium: Browser) -> Iterator[helpers.Watched]:
    watched = helpers.watch(chromium)
    yield watched
    watched.page.context.close()
    assert not watched.dialogs, f"a dialog opened: {watched.dialogs}"  # a payload ran


def assert_clean(watched: helpers.Watched, app_url: str) -> None:
    """No console error, CSP violation, uncaught error or dialog, and nothing asked of another host (no CDN)."""
    assert not watched.errors, watched.errors
    assert not watched.dialogs, watched.dialogs
    elsewhere = [url for url in watched.requests if not url.startswith((app_url + "/", "data:"))]
    assert not elsewhere, f"requests to other hosts: {elsewhere}"


def first_link(page: Page, prefix: str) -> str:
    """The href of the page's first link starting with prefix."""
    links = page.locator(f"a[href^='{prefix}']")
    assert links.count() > 0, f"{page.url} has no link to {prefix}…"
    href = links.first.get_attribute("href")
    assert href
    return href


def fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


def plain(text: str) -> str:
    """Lower case without accents, "đ" as "d": how the words a folded search matches compare."""
    decomposed = unicodedata.normalize("NFD", fold(text).replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def resolve(app_url: str, watched: helpers.Watched, name: str, seeds: list[Article]) -> str:
    """The path of one main page; the series and the digest are reached as a reader does, by a link."""
    fixed = {
        "home": "/",
        "province": f"/province/{PROVINCE}",
        "article": f"/article/{seeds[0].id}",
        "search": "/search?q=" + urllib.parse.quote("hồ sơ"),
        "sources": "/sources",
        "digests": "/digests",
        "docs": "/docs",
    }
    if name in fixed:
        return fixed[name]
    if name == "series":
        watched.goto(app_url + f"/province/{PROVINCE}")
        return first_link(watched.page, "/series/")
    watched.goto(app_url + "/digests")
    return first_link(watched.page, "/digests/")


MAIN_PAGES = ["home", "province", "series", "article", "search", "sources", "digests", "digest", "docs"]


@pytest.mark.parametrize("name", MAIN_PAGES)
def test_each_main_page_loads_without_errors(
    app_url: str, watched: helpers.Watched, seeds: tuple[Path, list[Article]], name: str
) -> None:
    path = resolve(app_url, watched, name, seeds[1])
    page = watched.goto(app_url + path)
    assert page.title().strip(), f"{path} has no title"
    expect(page.locator("body")).not_to_be_empty()
    assert page.locator(CODE_SCRIPTS).count() == 0, f"{path} has an inline script"
    assert_clean(watched, app_url)


def test_home_lists_the_provinces_with_links(app_url: str, watched: helpers.Watched) -> None:
    page = watched.goto(app_url + "/")
    rows = page.locator("table#provinces tr.province")
    assert rows.count() >= 1
    assert page.locator(f"table#provinces tr.province a[href='/province/{PROVINCE}']").count() == 1
    assert_clean(watched, app_url)


def test_the_province_charts_are_drawn(app_url: str, watched: helpers.Watched) -> None:
    page = watched.goto(app_url + f"/province/{PROVINCE}")
    charts = page.locator("section.metric div.chart")
    assert charts.count() >= 1
    page.wait_for_selector("div.chart.js-plotly-plot svg.main-svg")
    for index in range(charts.count()):
        chart = charts.nth(index)
        chart_id = chart.get_attribute("id")
        expect(chart).to_have_class(_has("js-plotly-plot"))
        assert chart.locator("svg.main-svg").count() >= 1, f"{chart_id}: no plot drawn"
        # a drawn trace: a line or bar path, or a marker, with a shape (d attribute) of its own
        drawn = chart.locator("g.trace path[d]:not([d=''])")
        assert drawn.count() >= 1, f"{chart_id}: no trace drawn"
        assert chart.bounding_box()["height"] > 100, f"{chart_id}: drawn flat"  # type: ignore[index]
    assert page.locator("table.points").count() >= 1
    assert_clean(watched, app_url)


def _has(css_class: str) -> re.Pattern[str]:
    return re.compile(rf"(^|\s){css_class}(\s|$)")


def test_a_fact_link_scrolls_to_its_highlighted_evidence(
    app_url: str, watched: helpers.Watched, seeds: tuple[Path, list[Article]]
) -> None:
    # the article with the most facts, and its last fact: the furthest down the text, so the page must scroll to it
    article = helpers.richest_article(app_url, seeds[1])
    n = len(article["facts"]) - 1
    fact = article["facts"][n]
    page = watched.goto(app_url + f"/article/{article['id']}?fact={n}")
    current = page.locator("mark.evidence.current")
    expect(current).to_have_count(1)
    expect(current).to_have_id(f"fact-{n}")
    assert current.get_attribute("data-fact") == str(n)
    text = current.text_content()
    assert text == fact["evidence"]
    assert text == article["text"][fact["start"] : fact["end"]]  # the offsets point at the same words
    expect(current).to_be_in_viewport()
    assert page.evaluate("window.scrollY") > 0  # it was below the first screen: the page scrolled to it
    # every fact's evidence is marked, each once, and listed beside the text with a link to it
    assert page.locator("mark.evidence").count() == len(article["facts"])
    expect(page.locator(f"ol#facts li#fact-row-{n} a[href$='?fact={n}']")).to_have_count(1)
    assert_clean(watched, app_url)


def test_search_without_accents_finds_the_articles_with_them(
    app_url: str, watched: helpers.Watched, seeds: tuple[Path, list[Article]]
) -> None:
    expected = {a.id for a in seeds[1] if "biệt phái" in fold(f"{a.title} {a.text}")}
    assert len(expected) >= 2  # the seeds hold it in several articles
    page = watched.goto(app_url + "/search")
    page.locator("input[name='q']").fill("biet phai")
    page.locator("input[name='q']").press("Enter")
    page.wait_for_url("**/search?*q=biet*")
    page.wait_for_load_state("networkidle")
    hrefs = page.locator("ol.hits li.hit a.hit-title").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    found = [href.removeprefix("/article/") for href in hrefs]
    # the articles with the phrase come first; after them may come those with one of its words ("đặc biệt")
    assert set(found[: len(expected)]) == expected, found
    assert page.locator("ol.hits li.hit mark").count() >= len(expected)  # the matched words shown
    marked = page.locator("ol.hits li.hit mark").all_text_contents()
    assert all(plain(word) in ("biet", "phai", "biet phai") for word in marked), marked
    expect(page.locator("p.total")).to_contain_text(str(len(found)))
    expect(page.locator("aside.facets")).to_be_visible()
    assert_clean(watched, app_url)


def test_a_csv_download_opens_in_pandas(app_url: str, watched: helpers.Watched, tmp_path: Path) -> None:
    page = watched.goto(app_url + f"/province/{PROVINCE}")
    link = page.locator("a[href^='/api/timeline'][href*='format=csv']").first
    with page.expect_download() as download_info:
        link.click()
    download = download_info.value
    assert download.suggested_filename.endswith(".csv")
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    assert saved.read_bytes().startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM, so spreadsheet programs read the accents
    frame = pd.read_csv(saved, encoding="utf-8-sig")
    rows = helpers.get_json(app_url, f"/api/timeline?province={PROVINCE}")["rows"]
    assert len(frame) == len(rows) >= 1
    assert set(frame["province"]) == {"Hải Phòng"}
    assert [json.loads(ids) for ids in frame["article_ids"]] == [row["article_ids"] for row in rows]  # lists as JSON
    assert_clean(watched, app_url)


HOSTILE_PAGES = [
    f"/article/{HOSTILE_ID}",
    f"/article/{HOSTILE_ID}?fact=0",
    f"/article/{HOSTILE_ID}?fact=1",
    "/",
    f"/province/{PROVINCE}",
    "/search?q=" + urllib.parse.quote("tiếp nhận hồ sơ"),
    "/search?q=" + urllib.parse.quote("onerror script"),
    "/sources",
    "/digests/2025-W34",  # the hostile article's week
]


def assert_inert(page: Page) -> None:
    """Nothing of the payloads became markup: no image from them, no javascript: link, no inline script."""
    assert page.locator("img[src='x']").count() == 0
    assert page.locator("[onerror]").count() == 0
    assert page.locator("a[href^='javascript:' i]").count() == 0
    assert page.locator(CODE_SCRIPTS).count() == 0


@pytest.mark.parametrize("path", HOSTILE_PAGES)
def test_the_hostile_article_is_shown_as_text(
    app_url: str, watched: helpers.Watched, seeds: tuple[Path, list[Article]], path: str
) -> None:
    page = watched.goto(app_url + path)
    page.wait_for_timeout(200)  # time for a payload to run, were it markup
    assert_inert(page)
    body = page.locator("body").inner_text()
    if path.startswith("/article/"):
        expect(page.locator("h1")).to_contain_text(HOSTILE_TITLE)
        expect(page.locator("h1")).to_be_visible()
        for payload in (SCRIPT, ATTRIBUTE_BREAK, f'<a href="{JAVASCRIPT_URL}">'):
            assert payload in body, f"{payload!r} not shown as text"
        assert page.locator(f"a[href='{JAVASCRIPT_URL}']").count() == 0
    elif path.startswith("/search"):
        assert HOSTILE_TITLE in page.locator("ol.hits").inner_text()
    assert_clean(watched, app_url)


def test_the_hostile_facts_series_pages_show_it_as_text(app_url: str, watched: helpers.Watched) -> None:
    page = watched.goto(app_url + f"/article/{HOSTILE_ID}")
    series = set(page.locator("a[href^='/series/']").evaluate_all("links => links.map(a => a.getAttribute('href'))"))
    assert series, "the hostile article's facts link to no series"
    for path in sorted(series):
        page = watched.goto(app_url + path)
        page.wait_for_timeout(200)
        assert_inert(page)
        assert "onerror=alert" in page.locator("body").inner_text()  # its evidence, shown as text
    assert_clean(watched, app_url)


@pytest.mark.parametrize(
    "path",
    [
        "/search?q=" + urllib.parse.quote(ATTRIBUTE_BREAK),
        "/search?q=" + urllib.parse.quote(SCRIPT),
        "/province/" + urllib.parse.quote(ATTRIBUTE_BREAK, safe=""),
        "/article/" + urllib.parse.quote(SCRIPT, safe=""),
    ],
)
def test_a_hostile_address_is_echoed_as_text(app_url: str, watched: helpers.Watched, path: str) -> None:
    """What a reader typed (or a link made them ask for) comes back as text, also in a 404 page."""
    response = watched.page.goto(app_url + path, wait_until="networkidle")
    assert response is not None and response.status in (200, 404, 422)
    watched.page.wait_for_timeout(200)
    assert_inert(watched.page)
    assert not watched.dialogs
    assert not [e for e in watched.errors if "Failed to load resource" not in e], watched.errors
