"""The HTML pages over a real store, a DuckDB file or a DuckLake store: what each shows, the evidence marked at its
offsets, the hostile article as text everywhere, a store that keeps being written between requests, and `monitor
serve` over real HTTP. A store a writer holds and a missing store file are a file's."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import lxml.html
import pytest
from fastapi.testclient import TestClient

from monitor.facts import Article
from monitor.pipeline import ingest
from monitor.store import Store
from monitor.store.search import SearchIndex
from monitor.web import reads
from monitor.web.app import create_app
from tests.web.conftest import SERIES
from tests.web.hostile_store import ATTRIBUTE_BREAK, HOSTILE_ID, HOSTILE_OUTLET, HOSTILE_TITLE, JAVASCRIPT_URL, SCRIPT

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def client(news_store: str) -> Iterator[TestClient]:
    with TestClient(create_app(news_store)) as client:
        yield client


def klass(name: str) -> str:
    """An XPath test for an element of this class (lxml has XPath; CSS selectors need another package)."""
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


def html(client: TestClient, path: str, status: int = 200) -> lxml.html.HtmlElement:
    response = client.get(path)
    assert response.status_code == status, f"{path}: {response.status_code} {response.text[:300]}"
    assert response.headers["content-type"].startswith("text/html")
    return lxml.html.fromstring(response.text)


def test_home_lists_the_provinces_with_their_latest_figures(client: TestClient) -> None:
    page = html(client, "/")
    rows = page.xpath(f"//table[@id='provinces']//tr[{klass('province')}]")
    names = {row.xpath("td/a")[0].text_content(): row.xpath("td/a")[0].get("href") for row in rows}
    assert names["Hải Phòng"] == "/province/hai-phong" and names["Thái Nguyên"] == "/province/thai-nguyen"
    figures = page.xpath(f"//table[@id='provinces']//td[{klass('figures')}]//a/@href")
    assert figures and all(href.startswith("/article/") and "?fact=" in href for href in figures)
    assert "Lần thu thập gần nhất" in page.text_content()


@pytest.mark.parametrize("name", ["hai-phong", "Hải Phòng", "HẢI PHÒNG", "Hải Dương"])
def test_a_province_page_draws_each_metric_and_lists_its_points(client: TestClient, name: str) -> None:
    page = html(client, "/province/" + urllib.parse.quote(name))
    assert page.xpath("string(//h1)") == "Hải Phòng"
    sections = page.xpath(f"//section[{klass('metric')}]")
    assert len(sections) >= 3
    for section in sections:
        assert section.xpath(f".//table[{klass('points')}]/tbody/tr")
        for chart in section.xpath(f".//div[{klass('chart')}]"):
            block = section.xpath(f".//script[@type='application/json'][@data-chart-for='{chart.get('id')}']")
            figure = json.loads(block[0].text)
            assert chart.get("id") == "chart-" + section.get("id").removeprefix("metric-")
            for trace in figure["data"]:
                assert len(trace["x"]) == len(trace["y"]) == len(trace["customdata"]) >= 1
                assert all(link.startswith("/article/") for link in trace["customdata"])
    assert page.xpath(f"//div[{klass('chart')}]")  # at least one metric has dated values to draw
    for row in page.xpath(f"//table[{klass('points')}]/tbody/tr"):  # each value links to its sentence
        series = urllib.parse.unquote(row.xpath("td[2]/a/@href")[0].removeprefix("/series/"))
        article_id, n = row.xpath("td[3]/a/@href")[0].removeprefix("/article/").split("?fact=")
        fact = client.get(f"/api/articles/{article_id}").json()["facts"][int(n)]
        assert fact["series"] == series and fact["province"] == "Hải Phòng"
    downloads = page.xpath("//a[contains(@href, 'format=csv')]/@href")
    assert downloads[0] == "/api/timeline?province=hai-phong&format=csv"
    scripts = page.xpath("//script/@src")
    assert scripts == ["/static/vendor/plotly.min.js", "/static/charts.js"]


def test_an_unknown_province_is_a_404_page_with_the_nearest(client: TestClient) -> None:
    page = html(client, "/province/hai-phongg", status=404)
    assert "unknown province 'hai-phongg'" in page.text_content()
    assert "/province/H%E1%BA%A3i%20Ph%C3%B2ng" in page.xpath(f"//ul[{klass('nearest')}]//a/@href")


def test_the_series_page_shows_points_conflicts_with_every_value_and_changes(client: TestClient) -> None:
    page = html(client, "/series/" + SERIES)
    text = page.text_content()
    conflict = page.xpath(f"//*[{klass('conflict-block')}]")
    assert len(conflict) == 1
    values = [a.text_content() for a in conflict[0].xpath(".//li/a")]
    assert values == ["335 người", "340 người"]  # each outlet's value, each linked to its sentence
    links = conflict[0].xpath(".//li/a/@href")
    assert links[1] == "/article/conflict-1?fact=0"
    assert "Báo mẫu D" in conflict[0].text_content()
    assert "tăng 85 người so với 250 người (25/8/2025)" in text  # seed 001's figure, then seed 000's
    assert "tăng 27 người so với 335 người (31/8/2025)" in text
    assert len(page.xpath(f"//table[{klass('points')}]/tbody/tr")) == 3
    sources = page.xpath(f"//ul[{klass('sources')}]//a/@href")
    assert "/article/later-1" in sources and "https://other.example/tin/362-can-bo.html" in sources
    assert html(client, "/series/no/such/series", status=404) is not None


def test_an_article_marks_each_fact_at_its_offsets(client: TestClient) -> None:
    article = client.get("/api/articles/000_7c24991e3def41f4").json()
    n = len(article["facts"]) - 1
    page = html(client, f"/article/000_7c24991e3def41f4?fact={n}")
    marks = page.xpath(f"//mark[{klass('evidence')}]")
    assert len(marks) == len(article["facts"])
    for fact in article["facts"]:
        mark = page.get_element_by_id(f"fact-{fact['fact']}")
        pieces = [mark, *page.xpath(f"//mark[{klass('evidence-part')}][@data-fact='{fact['fact']}']")]
        shown = "".join(piece.text_content() for piece in pieces)
        # a span crossed by another is shown in pieces; the pieces hold its words, in order
        assert shown == fact["evidence"] or fact["evidence"].startswith(mark.text_content())
        assert article["text"][fact["start"] : fact["end"]] == fact["evidence"]
    current = page.xpath(f"//mark[{klass('evidence')}][{klass('current')}]")
    assert [m.get("id") for m in current] == [f"fact-{n}"]
    text = page.xpath(f"//div[{klass('article-text')}]")[0].text_content()
    assert text == article["text"]  # the text itself, whole, nothing added
    rows = page.xpath("//ol[@id='facts']/li")
    assert [row.get("id") for row in rows] == [f"fact-row-{i}" for i in range(n + 1)]
    assert rows[n].xpath(".//a/@href")[0] == f"/article/000_7c24991e3def41f4?fact={n}"
    assert html(client, "/article/no-such-id", status=404) is not None
    assert client.get("/article/000_7c24991e3def41f4?fact=-1").status_code == 422


def test_search_shows_ranked_hits_with_marked_snippets_and_facets(client: TestClient) -> None:
    page = html(client, "/search?q=" + urllib.parse.quote("biet phai"))
    hits = page.xpath(f"//ol[{klass('hits')}]/li[{klass('hit')}]")
    total = int(page.xpath(f"string(//p[{klass('total')}])").split()[0])
    assert total == len(hits) >= 2
    for hit in hits:
        assert hit.xpath(f".//a[{klass('hit-title')}]/@href")[0].startswith("/article/")
        assert hit.xpath(f".//p[{klass('snippet')}]/mark")
    facets = page.xpath(f"//aside[{klass('facets')}]//a/@href")
    assert any("province=H%E1%BA%A3i+Ph%C3%B2ng" in href for href in facets)
    narrowed = html(client, "/search?q=biet+phai&province=hai+phong")
    assert 1 <= len(narrowed.xpath(f"//li[{klass('hit')}]")) < len(hits)
    assert not html(client, "/search").xpath(f"//li[{klass('hit')}]")  # the form alone


def test_sources_and_the_digest_archive(client: TestClient) -> None:
    assert html(client, "/sources").xpath("//h1")
    weeks = html(client, "/digests").xpath("//table[@id='weeks']//a/@href")
    assert "/digests/2025-W35" in weeks and weeks == sorted(weeks, reverse=True)
    digest = html(client, "/digests/2025-W35")
    shown = digest.xpath(f"//div[{klass('digest')}]")[0]
    assert "Hải Phòng" in shown.text_content()
    assert shown.xpath(".//img[starts-with(@src, 'data:image/png;base64,')]")  # its charts, no file to fetch
    assert client.get("/digests/2025-W99").status_code == 422


def test_the_docs_page_documents_the_api_without_a_cdn(client: TestClient) -> None:
    page = html(client, "/docs")
    text = page.text_content()
    for path in ("/api/provinces", "/api/timeline", "/api/facts", "/api/search", "/api/articles/{article_id}"):
        assert path in text
    assert not page.xpath("//script")  # rendered here: no Swagger UI, nothing from elsewhere
    assert client.get("/redoc").status_code == 404


def _pages_with_the_hostile_article(client: TestClient) -> list[str]:
    hostile = client.get(f"/api/articles/{HOSTILE_ID}").json()
    series = {fact["series"] for fact in hostile["facts"]}
    return [
        "/",
        "/province/hai-phong",
        f"/article/{HOSTILE_ID}",
        *(f"/article/{HOSTILE_ID}?fact={fact['fact']}" for fact in hostile["facts"]),
        *("/series/" + urllib.parse.quote(key) for key in series),
        "/search?q=" + urllib.parse.quote("tiếp nhận hồ sơ"),
        "/search?q=" + urllib.parse.quote(ATTRIBUTE_BREAK + " onerror"),
        "/sources",
        "/digests/2025-W34",
        "/province/" + urllib.parse.quote(SCRIPT, safe=""),
        "/article/" + urllib.parse.quote(ATTRIBUTE_BREAK, safe=""),
    ]


def test_the_hostile_article_is_text_on_every_page(client: TestClient) -> None:
    for path in _pages_with_the_hostile_article(client):
        response = client.get(path)
        assert response.status_code in (200, 404), path
        body = response.text
        assert SCRIPT not in body and "<img src=x" not in body and ATTRIBUTE_BREAK not in body, path
        page = lxml.html.fromstring(body)
        assert not page.xpath("//img[@src='x'] | //*[@onerror]"), path
        hrefs = page.xpath("//a/@href")
        assert not [h for h in hrefs if not h.startswith(("/", "#", "?", "http://", "https://"))], path
        code = page.xpath("//script[not(@src)][not(@type='application/json')]")
        assert not code, path
    article = html(client, f"/article/{HOSTILE_ID}")
    assert article.xpath("string(//h1)") == HOSTILE_TITLE  # shown as text, whole
    shown = article.text_content()
    assert HOSTILE_OUTLET in shown and JAVASCRIPT_URL in shown and f'<a href="{JAVASCRIPT_URL}">' in shown
    assert not article.xpath(f"//a[{klass('source')}]")  # a javascript: URL is no link


def test_the_store_is_held_only_during_a_request(news_writable: str) -> None:
    db = news_writable
    with TestClient(create_app(db)) as client:
        assert client.get("/api/search", params={"q": '"Bạch Long Vĩ"'}).json()["total"] == 0
        # between requests a writer opens the store (DuckDB lets no writer in a file while a reader holds it)
        with Store.open(db, wait=0) as store:
            text = "Đặc khu Bạch Long Vĩ đã tiếp nhận 15 hồ sơ trực tuyến."
            ingest(Article(id="new-1", text=text, title="Bạch Long Vĩ"), store)
        answer = client.get("/api/search", params={"q": '"bach long vi"'}).json()  # the index caught up
        assert [hit["article_id"] for hit in answer["hits"]] == ["new-1"]
        assert client.get("/article/new-1").status_code == 200


def test_a_missing_store_answers_503(tmp_path: Path) -> None:
    with TestClient(create_app(tmp_path / "gone.duckdb")) as client:
        response = client.get("/api/provinces")
        assert response.status_code == 503 and "database not found" in response.json()["detail"]
        assert client.get("/").status_code == 503
    assert not (tmp_path / "gone.duckdb").exists()  # a reader creates nothing


def test_a_store_a_writer_holds_answers_503_and_search_answers_from_its_index(
    seed_store: Path, tmp_path: Path, hold_store: Callable[[Path], None], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "monitor.duckdb"
    shutil.copy(seed_store, db)
    monkeypatch.setattr(reads, "STORE_WAIT", 0.5)
    SearchIndex.for_store(db).refresh(db)  # indexed by an earlier run of the app, or by a writer
    with Store.open(db) as store:  # the store changes, then a writer keeps it
        ingest(Article(id="late-1", text="Xã Bạch Long đã tiếp nhận 15 hồ sơ.", title="Bạch Long"), store)
    hold_store(db)
    with TestClient(create_app(db)) as client:
        busy = client.get("/api/provinces")
        assert busy.status_code == 503 and busy.headers["Retry-After"] == "5"
        assert "busy" in busy.json()["detail"]
        page = html(client, "/", status=503)
        assert "Chưa đọc được kho dữ liệu" in page.text_content()
        found = client.get("/api/search", params={"q": "biet phai"})  # as last indexed, not a 503
        assert found.status_code == 200 and found.json()["total"] > 0


def _serve(*args: str) -> subprocess.Popen[str]:
    code = "import sys; from monitor.web.command import serve; serve(sys.argv[1:], prog_name='monitor serve')"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    command = [sys.executable, "-c", code, *args]
    return subprocess.Popen(command, cwd=ROOT, env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)


def test_monitor_serve_says_where_it_serves_and_answers_over_http(news_store: str) -> None:
    server = _serve("--db", news_store, "--port", "0")
    try:
        assert server.stderr is not None
        line = server.stderr.readline().strip()
        assert line.startswith("serving http://127.0.0.1:"), line
        base = line.removeprefix("serving ")
        with urllib.request.urlopen(base + "/api/provinces", timeout=30) as response:
            assert "Hải Phòng" in {row["province"] for row in json.load(response)["rows"]}
        with urllib.request.urlopen(base + "/province/hai-phong", timeout=30) as response:
            assert "Content-Security-Policy" in response.headers
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_monitor_serve_refuses_a_missing_store_in_one_line(tmp_path: Path) -> None:
    server = _serve("--db", str(tmp_path / "none.duckdb"), "--port", "0")
    _, err = server.communicate(timeout=60)
    assert server.returncode == 1
    assert err.strip().splitlines() == [f"Error: database not found: {tmp_path / 'none.duckdb'}; " + RUN_FIRST]
    assert not (tmp_path / "none.duckdb").exists()


RUN_FIRST = "run `monitor crawl` or `monitor extract --db` first"
