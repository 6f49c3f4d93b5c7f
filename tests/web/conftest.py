"""Fixtures of the web app's tests: real store files built from ../shared/seeds by the real extractor."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
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


@pytest.fixture(scope="session")
def news_store(seed_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed store and two more reports of Hải Phòng's SERIES: another outlet's other value on the same day (a
    conflict), and a later figure (a change)."""
    db = tmp_path_factory.mktemp("web-news") / "monitor.duckdb"
    shutil.copy(seed_store, db)
    with Store.open(db) as store:
        for article in (CONFLICTING, LATER):
            ingest(article, store)
    return db
