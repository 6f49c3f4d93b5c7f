"""Fixtures of the web app's tests: real stores built from ../shared/seeds by the real extractor, a DuckDB file and,
for the pages and the API, a DuckLake store too (tests/conftest.py)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from monitor.facts import Article
from monitor.pipeline import ingest
from monitor.store import Store
from tests.web.browser import SEEDS, build_store

# A second outlet's report of seed 000's first figure (335 officials proposed by Hải Phòng's communes by 31/8)
# with another value, and a later report of the same figure: the series then has a conflict and a change.
FIGURE = (
    "Theo thống kê từ Sở Nội vụ TP Hải Phòng, tính đến ngày {day}, UBND cấp xã trên địa bàn thành phố đã đề xuất "
    "điều động, biệt phái tổng cộng {value} cán bộ, công chức, viên chức nhằm tăng cường nguồn lực cho hoạt động "
    "của chính quyền địa phương hai cấp."
)
CONFLICTING = Article(
    id="conflict-1",
    text=FIGURE.format(day="31/8", value=340),
    url="https://other.example/tin/340-can-bo.html",
    outlet="Báo mẫu D",
    title="Hải Phòng: 340 cán bộ được đề xuất điều động về cấp xã",
    published_at=dt.date(2025, 9, 1),
    published_source="line",
    fetched_at=dt.datetime(2025, 9, 1, 3, 0),
)
LATER = dataclasses.replace(
    CONFLICTING,
    id="later-1",
    text=FIGURE.format(day="15/9", value=362),
    url="https://other.example/tin/362-can-bo.html",
    title="Hải Phòng: đã có 362 cán bộ được đề xuất điều động về cấp xã",
    published_at=dt.date(2025, 9, 16),
    fetched_at=dt.datetime(2025, 9, 16, 3, 0),
)
SERIES = "haiphong/staff_transfer/to-commune/commune-requests/proposed/total-person"


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store file of the seeds (with titles, outlets and URLs, as a crawl stores them) and the hostile article
    (tests/web/hostile_store.py). Read it only: copy it to write."""
    if not list(SEEDS.glob("*.txt")):
        pytest.skip("../shared/seeds is not beside the project")
    db = tmp_path_factory.mktemp("web-seeds") / "monitor.duckdb"
    build_store(db)
    return db


def add_news(db: str | Path) -> None:
    """Two more reports of Hải Phòng's SERIES: another outlet's other value on the same day (a conflict), and a later
    figure (a change)."""
    with Store.open(db) as store:
        for article in (CONFLICTING, LATER):
            ingest(article, store)


@pytest.fixture(scope="session")
def news_file(seed_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store file of the seeds and the news (add_news). Read it only: copy it to write."""
    db = tmp_path_factory.mktemp("web-news") / "monitor.duckdb"
    shutil.copy(seed_store, db)
    add_news(db)
    return db


@pytest.fixture(scope="session")
def news_stores(news_file: Path, new_store, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """The store of the seeds and the news by kind, each built once for the session when first asked for: a
    DuckLake store of the same articles as news_file."""

    class Built(dict):
        def __missing__(self, kind: str) -> str:
            db = new_store.new(kind, tmp_path_factory.mktemp("web-news-lake"))
            build_store(db)
            add_news(db)
            self[kind] = db
            return db

    built = Built(file=str(news_file))
    yield built
    for kind, db in built.items():
        if kind != "file":
            new_store.drop(db)


@pytest.fixture(scope="module")
def news_store(store_kind: str, news_stores: dict[str, str]) -> str:
    """The store of the seeds and the news of each kind in turn. Read it only (news_writable for a test that
    writes)."""
    return news_stores[store_kind]


@pytest.fixture
def news_writable(store_kind: str, news_file: Path, store_address: str, tmp_path: Path) -> str:
    """A store of the seeds and the news of each kind in turn, for a test that writes to it: a copy of news_file,
    or a new DuckLake store filled with the same articles."""
    if store_kind == "file":
        db = tmp_path / "news.duckdb"
        shutil.copy(news_file, db)
        return str(db)
    build_store(store_address)
    add_news(store_address)
    return store_address
