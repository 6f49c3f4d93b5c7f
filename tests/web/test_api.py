"""The JSON API over a real store built from the seeds, a DuckDB file or a DuckLake store: shapes, names any way,
errors, downloads, headers."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator

import pandas as pd
import pytest
from fastapi.testclient import TestClient

from monitor.store.search import fold
from monitor.web.app import SECURITY_HEADERS, create_app
from tests.web.conftest import SERIES
from tests.web.hostile_store import HOSTILE_ID, HOSTILE_TITLE

HAI_PHONG_SPELLINGS = ["Hải Phòng", "hai phong", "TP. Hải Phòng", "HẢI PHÒNG", "hai-phong", "Hải Dương"]
LIST_COLUMNS = ["sources", "article_ids", "values", "all_article_ids"]


@pytest.fixture(scope="module")
def client(news_store: str) -> Iterator[TestClient]:
    with TestClient(create_app(news_store)) as client:
        yield client


def rows(client: TestClient, path: str, **params: str) -> list[dict]:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    return response.json()["rows"]


def test_provinces_lists_each_province_with_its_page(client: TestClient) -> None:
    found = {row["province"]: row for row in rows(client, "/api/provinces")}
    assert {"Hải Phòng", "Thái Nguyên", "Đà Nẵng"} <= set(found)
    hai_phong = found["Hải Phòng"]
    assert hai_phong["slug"] == "hai-phong" and hai_phong["page"] == "/province/hai-phong"
    assert hai_phong["facts"] >= hai_phong["series"] >= 1 and hai_phong["articles"] >= 2


@pytest.mark.parametrize("spelling", HAI_PHONG_SPELLINGS)
def test_a_province_written_any_way_gives_the_same_timeline(client: TestClient, spelling: str) -> None:
    expected = rows(client, "/api/timeline", province="Hải Phòng")
    assert expected and {row["province"] for row in expected} == {"Hải Phòng"}
    assert rows(client, "/api/timeline", province=spelling) == expected


def test_filters_narrow_the_timeline(client: TestClient) -> None:
    everything = rows(client, "/api/timeline")
    dossiers = rows(client, "/api/timeline", province="hai phong", metric="Dossiers-Received")
    assert dossiers and {(r["province"], r["metric"]) for r in dossiers} == {("Hải Phòng", "dossiers_received")}
    ward = rows(client, "/api/timeline", province="hai phong", commune="phuong hai an")
    assert ward and {row["commune"] for row in ward} == {"phường Hải An"}
    august = rows(client, "/api/timeline", since="2025-08-01", until="2025-08-31")
    assert august and all("2025-08-01" <= row["as_of"] <= "2025-08-31" for row in august)
    proposed = rows(client, "/api/timeline", status="PROPOSED")
    assert proposed and {row["status"] for row in proposed} == {"proposed"}
    assert len(everything) > max(len(dossiers), len(ward), len(august), len(proposed))
    latest = rows(client, "/api/timeline", province="Hải Phòng", latest="true")
    assert len({row["series"] for row in latest}) == len(latest)


def test_a_timeline_point_names_the_sentence_of_its_value(client: TestClient) -> None:
    points = rows(client, "/api/timeline", province="Hải Phòng")
    reports = rows(client, "/api/facts", province="Hải Phòng")
    for point in points:
        told = [
            fact
            for fact in reports
            if (fact["series"], fact["as_of"], fact["value"]) == (point["series"], point["as_of"], point["value"])
            and fact["article_id"] in point["article_ids"]
        ]
        assert point["evidence"] in [fact["evidence"] for fact in told]


@pytest.mark.parametrize(
    ("params", "kind"),
    [
        ({"province": "Hai Phongg"}, "province"),
        ({"province": "hai phong", "commune": "phuong khong co"}, "commune"),
        ({"metric": "dossiers_recieved"}, "metric"),
        ({"status": "finished"}, "status"),
    ],
)
def test_an_unknown_name_is_a_404_with_the_nearest_names(client: TestClient, params: dict, kind: str) -> None:
    for path in ("/api/timeline", "/api/facts"):
        response = client.get(path, params=params)
        assert response.status_code == 404
        answer = response.json()
        assert answer["detail"].startswith(f"unknown {kind} ")
        assert isinstance(answer["nearest"], list)
    if kind == "province":
        assert "Hải Phòng" in answer["nearest"]
    if kind == "metric":
        assert "dossiers_received" in answer["nearest"]


@pytest.mark.parametrize(
    "params",
    [{"since": "2025-13-01"}, {"until": "yesterday"}, {"since": "2025-09-01", "until": "2025-08-01"}, {"limit": "0"}],
)
def test_a_bad_value_is_a_422_saying_why(client: TestClient, params: dict) -> None:
    response = client.get("/api/timeline", params=params)
    assert response.status_code == 422
    detail = response.json()["detail"]
    assert isinstance(detail, str) and detail and "\n" not in detail


def test_facts_carry_their_article_and_offsets(client: TestClient) -> None:
    facts = rows(client, "/api/facts", province="Hải Phòng")
    assert facts
    texts: dict[str, str] = {}
    for fact in facts:
        assert {"title", "url", "outlet", "evidence", "start", "end", "fact", "link"} <= set(fact)
        if fact["article_id"] not in texts:
            texts[fact["article_id"]] = client.get(f"/api/articles/{fact['article_id']}").json()["text"]
        assert texts[fact["article_id"]][fact["start"] : fact["end"]] == fact["evidence"]
        assert fact["link"] == f"/article/{fact['article_id']}?fact={fact['fact']}"


def test_an_article_has_its_text_and_its_facts_in_order(client: TestClient) -> None:
    answer = client.get(f"/api/articles/{HOSTILE_ID}").json()
    assert {"id", "title", "url", "published_at", "text", "facts"} <= set(answer)
    assert answer["title"] == HOSTILE_TITLE and answer["url"] == "javascript:alert(1)"  # data, as stored
    assert [fact["fact"] for fact in answer["facts"]] == list(range(len(answer["facts"])))
    assert [(f["start"], f["end"]) for f in answer["facts"]] == sorted((f["start"], f["end"]) for f in answer["facts"])
    for fact in answer["facts"]:
        assert answer["text"][fact["start"] : fact["end"]] == fact["evidence"]
    missing = client.get("/api/articles/no-such-article")
    assert missing.status_code == 404 and "no-such-article" in missing.json()["detail"]


def test_search_answers_ranked_hits_with_snippets_and_facets(client: TestClient) -> None:
    answer = client.get("/api/search", params={"q": "biệt phái"}).json()
    assert answer["total"] >= 2 and len(answer["hits"]) == min(answer["total"], 20)
    scores = [hit["score"] for hit in answer["hits"]]
    assert scores == sorted(scores, reverse=True)
    for hit in answer["hits"]:
        assert {"article_id", "title", "snippet", "score", "highlights", "link"} <= set(hit)
        marked = [fold(hit["snippet"][start:end]) for start, end in hit["highlights"]]  # found accents aside
        assert marked and all(word in ("biet", "phai", "biet phai") for word in marked)
    assert {"province", "metric", "outlet", "month"} <= set(answer["facets"])
    assert all({"value", "count"} == set(v) for values in answer["facets"].values() for v in values)


def test_search_reads_accents_and_names_any_way(client: TestClient) -> None:
    def ids(**params: str) -> set[str]:
        return {hit["article_id"] for hit in client.get("/api/search", params=params).json()["hits"]}

    assert ids(q="ho so") == ids(q="hồ sơ") != set()
    in_hai_phong = ids(q="hồ sơ", province="HAI PHONG")
    assert in_hai_phong and in_hai_phong == ids(q="hồ sơ", province="TP. Hải Phòng") < ids(q="hồ sơ")
    assert client.get("/api/search", params={"q": "hồ sơ", "province": "Atlantis"}).status_code == 404
    assert client.get("/api/search", params={"q": " "}).status_code == 422
    assert client.get("/api/search").status_code == 422


@pytest.mark.parametrize("path", ["/api/timeline", "/api/facts", "/api/provinces", "/api/search?q=ho+so"])
def test_a_csv_download_opens_in_pandas_with_lists_as_json(client: TestClient, path: str) -> None:
    joiner = "&" if "?" in path else "?"
    response = client.get(f"{path}{joiner}format=csv")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert response.headers["content-disposition"].startswith("attachment; filename=")
    assert response.headers["content-disposition"].endswith('.csv"')
    assert response.content.startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(io.BytesIO(response.content), encoding="utf-8-sig")
    answer = client.get(path).json()
    expected = answer["rows"] if "rows" in answer else answer["hits"]
    assert len(frame) == len(expected) > 0
    for column in [c for c in (*LIST_COLUMNS, "highlights") if c in frame.columns]:
        cells = [json.loads(cell) if isinstance(cell, str) else None for cell in frame[column]]
        assert cells == [row[column] for row in expected], column


@pytest.mark.parametrize("path", ["/api/timeline?province=hai+phong", "/api/facts", "/api/provinces"])
def test_a_parquet_download_opens_in_pandas_with_its_types(client: TestClient, path: str) -> None:
    joiner = "&" if "?" in path else "?"
    response = client.get(f"{path}{joiner}format=parquet")
    assert response.status_code == 200
    assert response.headers["content-disposition"].endswith('.parquet"')
    frame = pd.read_parquet(io.BytesIO(response.content))
    expected = client.get(path).json()["rows"]
    assert len(frame) == len(expected) > 0
    assert list(frame.columns)[: len(expected[0])] == list(expected[0])
    if "article_ids" in frame.columns:
        assert [list(ids) for ids in frame["article_ids"]] == [row["article_ids"] for row in expected]


def test_an_empty_listing_still_names_its_columns(client: TestClient) -> None:
    response = client.get("/api/timeline", params={"since": "2030-01-01", "format": "csv"})
    frame = pd.read_csv(io.BytesIO(response.content), encoding="utf-8-sig")
    assert frame.empty and {"province", "metric", "series", "value", "evidence"} <= set(frame.columns)


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"])
@pytest.mark.parametrize("path", ["/api/timeline", "/api/articles/hostile-1", "/", "/search", "/static/site.css"])
def test_other_methods_than_get_and_head_are_refused(client: TestClient, method: str, path: str) -> None:
    response = client.request(method, path, content=b"{}")
    assert response.status_code == 405
    assert response.headers["allow"] == "GET, HEAD"


def test_head_answers_the_headers_of_get(client: TestClient) -> None:
    got, head = client.get("/api/provinces"), client.head("/api/provinces")
    assert head.status_code == 200 and head.content == b""
    assert head.headers["content-length"] == got.headers["content-length"]


@pytest.mark.parametrize(
    "path",
    ["/", "/api/provinces", "/api/timeline?province=nowhere", "/article/none", "/static/site.css", "/openapi.json"],
)
def test_every_answer_carries_the_security_headers(client: TestClient, path: str) -> None:
    response = client.get(path)
    for name, value in SECURITY_HEADERS.items():
        assert response.headers[name] == value
    assert "script-src 'self';" in response.headers["content-security-policy"]
    assert "unsafe-inline" not in response.headers["content-security-policy"].split("script-src")[1].split(";")[0]


def test_the_openapi_spec_documents_every_endpoint(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    paths = set(spec["paths"])
    assert {"/api/provinces", "/api/timeline", "/api/facts", "/api/search", "/api/articles/{article_id}"} <= paths
    assert not any(path.startswith(("/province", "/article/", "/static")) for path in paths)  # pages are not the API
    timeline = {p["name"] for p in spec["paths"]["/api/timeline"]["get"]["parameters"]}
    assert {"province", "commune", "metric", "status", "since", "until", "format"} <= timeline


def test_plotly_is_served_from_the_installed_package(client: TestClient) -> None:
    response = client.get("/static/vendor/plotly.min.js")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/javascript")
    assert b"plotly" in response.content[:2000].lower() and len(response.content) > 1_000_000


def test_the_conflict_keeps_every_value(client: TestClient) -> None:
    points = [p for p in rows(client, "/api/timeline", province="hai phong") if p["series"] == SERIES]
    conflicted = next(p for p in points if p["as_of"] == "2025-08-31")
    assert conflicted["conflict"] and sorted(conflicted["values"]) == [335, 340]
    later = next(p for p in points if p["as_of"] == "2025-09-15")
    assert later["value"] == 362 and later["previous_value"] == conflicted["value"]
