"""The relevance model's word on every page is stored, and a later model judges the pages again without
fetching them: real loopback outlet, real DuckDB file, the committed model at other thresholds."""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from monitor.cli import cli
from monitor.crawl import RelevanceModel, default_model
from monitor.crawl.classifier import CARD_FILE, MODEL_DIR, MODEL_FILE
from monitor.crawl.rejudge import rejudge
from monitor.store import Store
from tests.crawl.outlets import crawl_into, rows

REFORM = "bien-phai.html"
FOOTBALL = "bong-da.html"

pytestmark = pytest.mark.skipif(default_model() is None, reason="no committed relevance model")


def model_at(threshold: float, version: str) -> RelevanceModel:
    """The committed model's pipeline, deciding at another threshold: a "new model" for these tests."""
    installed = default_model()
    assert installed is not None
    return RelevanceModel(installed.pipeline, threshold, version)


@pytest.fixture
def crawled(outlet, db):
    """A store after one crawl of a feed with a reform page and a football page."""
    outlet.page(REFORM)
    outlet.page(FOOTBALL)
    crawl_into(db, [outlet.feed([REFORM, FOOTBALL])])
    return db


def judged(db) -> dict[str, tuple]:
    return {
        url.rsplit("/", 1)[1]: (status, model, score)
        for url, status, model, score in rows(db, "SELECT url, status, relevance_model, relevance FROM frontier")
    }


def test_every_page_read_keeps_its_score_and_model_and_an_offtopic_page_its_text(crawled, outlet):
    version = default_model().version
    pages = judged(crawled)
    assert pages[REFORM][:2] == ("stored", version) and pages[REFORM][2] >= default_model().threshold
    assert pages[FOOTBALL][:2] == ("skipped", version) and pages[FOOTBALL][2] < default_model().threshold
    ((url, title, text),) = rows(crawled, "SELECT url, title, text FROM offtopic_pages")
    assert url == outlet.url(FOOTBALL) and title and len(text) > 100


def test_a_new_model_keeps_an_offtopic_page_without_fetching_it(crawled, outlet):
    asked = len(outlet.server.requests)
    with Store.open(crawled) as store:
        events = list(rejudge(store, model_at(0.0, "relevance-lenient")))
        for event in events:
            if event.kind == "article":
                store.write(event.article, [])
    assert [(event.kind, event.url) for event in events] == [("article", outlet.url(FOOTBALL))]
    assert len(outlet.server.requests) == asked  # nothing fetched
    pages = judged(crawled)
    assert pages[FOOTBALL][:2] == ("stored", "relevance-lenient")
    assert pages[REFORM][:2] == ("stored", "relevance-lenient")
    assert rows(crawled, "SELECT count(*) FROM offtopic_pages") == [(0,)]
    assert rows(crawled, "SELECT count(*) FROM articles") == [(2,)]
    assert rows(crawled, "SELECT count(*) FROM article_signatures") == [(2,)]


def test_a_stricter_model_reports_kept_articles_and_deletes_none(crawled, outlet):
    with Store.open(crawled) as store:
        events = list(rejudge(store, model_at(1.01, "relevance-strict")))
    # the reform page was stored under its canonical URL: the warning names the article as stored
    kinds = sorted((event.kind, event.url.rsplit("/", 1)[1]) for event in events)
    assert kinds == [("skipped", FOOTBALL), ("warning", "biet-phai-215-cong-chuc-ve-xa-phuong.html")]
    warning = next(event for event in events if event.kind == "warning")
    assert "below the threshold: still stored" in warning.message and "relevance-strict" in warning.message
    assert rows(crawled, "SELECT count(*) FROM articles") == [(1,)]
    assert rows(crawled, "SELECT count(*) FROM offtopic_pages") == [(1,)]
    assert judged(crawled)[FOOTBALL][:2] == ("skipped", "relevance-strict")


def test_rejudging_twice_with_one_model_changes_nothing_more(crawled):
    for _ in range(2):
        with Store.open(crawled) as store:
            events = list(rejudge(store, default_model()))
    assert [event.kind for event in events] == ["skipped"]
    assert rows(crawled, "SELECT count(*) FROM articles") == [(1,)]


def write_model(folder, threshold: float, version: str):
    folder.mkdir()
    shutil.copy(MODEL_DIR / MODEL_FILE, folder / MODEL_FILE)
    card = json.loads((MODEL_DIR / CARD_FILE).read_text(encoding="utf-8"))
    (folder / CARD_FILE).write_text(json.dumps({**card, "threshold": threshold, "version": version}))
    return folder


def test_monitor_rejudge_stores_the_pages_a_new_model_keeps_and_extracts_their_facts(crawled, tmp_path):
    folder = write_model(tmp_path / "lenient", 0.0, "relevance-lenient")
    result = CliRunner().invoke(cli, ["rejudge", "--db", str(crawled), "--model", str(folder)])
    assert result.exit_code == 0, result.output
    assert "judging again 1 off-topic pages and 1 kept articles with relevance-lenient" in result.output
    assert "kept: " in result.output and FOOTBALL in result.output
    assert "rejudge done: 1 off-topic pages now kept, 0 still skipped, 0 kept articles now below" in result.output
    assert rows(crawled, "SELECT count(*) FROM articles") == [(2,)]


def test_monitor_rejudge_says_what_is_wrong_in_one_line(tmp_path, crawled):
    runner = CliRunner()
    missing = runner.invoke(cli, ["rejudge", "--db", str(tmp_path / "none.duckdb")])
    assert missing.exit_code == 2 and "no store at" in missing.output
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / CARD_FILE).write_text("{}")
    bad = runner.invoke(cli, ["rejudge", "--db", str(crawled), "--model", str(broken)])
    assert bad.exit_code == 2 and "model" in bad.output.splitlines()[-1]


def test_an_offtopic_copy_of_an_article_kept_since_is_let_go_not_stored_over_it(tmp_path):
    """Frontier row X was read off-topic as article Y (its canonical URL); Y was kept later from its own URL with a
    newer text. Judging X again must not overwrite Y with X's older text."""

    from monitor.crawl import Done, FrontierItem, Judged
    from monitor.facts import Article

    old = Article("y", "Bài cũ: sáp nhập xã, biệt phái 12 cán bộ.", url="https://bao.test/y", title="Cũ")
    new = Article("y", "Bài mới: tỉnh đã biệt phái 215 công chức về xã.", url="https://bao.test/y", title="Mới")
    with Store.open(tmp_path / "s.duckdb") as store:
        items = [FrontierItem("x", "https://bao.test/x?amp", "bao", "feed"), FrontierItem("y", new.url, "bao", "feed")]
        store.add_to_frontier(items)
        store.finish("x", "skipped", "off-topic", judged=Judged(0.1, "m-old", old))
        store.write(new, [])
        store.finish("y", "stored", None, Done("y", "h", 1), Judged(0.9, "m-old"))
        events = list(rejudge(store, model_at(0.0, "relevance-lenient")))
        kept = store.article("y")
    assert [(e.kind, e.message) for e in events][:1] == [("skipped", "already known as https://bao.test/y")]
    assert kept.text == new.text
    assert rows(tmp_path / "s.duckdb", "SELECT count(*) FROM offtopic_pages") == [(0,)]
