"""The gold sets' timeline on a DuckLake store is the DuckDB file's, row for row (issue 19).

The sets whose timeline changes test_quality.py gates on a file (the seeds, the timeline and extraction dev sets,
the two held-out sets) are read once and written in the same order into a file store and a DuckLake store; every
point, every report and the timeline of past days then compare equal, so the lake's changes are the file's and meet
the same floors. A lake's writers keep the timeline's keys without the file's PRIMARY KEYs (store.py): this is
where a difference between the two would show on real articles.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from monitor.inputs import read_text_article
from monitor.pipeline.article import read
from monitor.store import Store

TESTS = Path(__file__).resolve().parents[1]
SETS = [
    TESTS.parent.parent / "shared" / "seeds",
    TESTS / "timeline" / "devset" / "articles",
    TESTS / "extract" / "devset" / "articles",
    TESTS / "timeline" / "heldout" / "articles",
    TESTS / "timeline" / "heldout2" / "articles",
]
ARTICLES = [path for folder in SETS for path in sorted(folder.glob("*.txt"))]
pytestmark = pytest.mark.skipif(not ARTICLES, reason="no gold set beside the project")


def table(store: Store, sql: str, params: list | None = None) -> list[tuple]:
    """Rows in a fixed order, so the two stores' answers compare equal whatever order each returns them in."""
    return sorted(store.query(sql, params or []).rows, key=repr)


@pytest.fixture(scope="module")
def stores(new_store, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """A file store and a DuckLake store of the gold sets' articles, as `monitor extract --db` stores them."""
    file, lake = (new_store.new(kind, tmp_path_factory.mktemp(kind)) for kind in ("file", "lake"))
    with Store.open(file) as on_file, Store.open(lake) as on_lake:
        for path in ARTICLES:
            ingested = read(read_text_article(path).article)
            for store in (on_file, on_lake):
                store.write(ingested.article, ingested.facts)
    yield file, lake
    new_store.drop(lake)


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT * FROM timeline",
        "SELECT * FROM timeline_points",
        "SELECT * EXCLUDE (extracted_at) FROM fact_reports",  # extracted_at: when each store was written
        "SELECT * FROM latest",
    ],
)
def test_the_lakes_timeline_is_the_files(stores: tuple[str, str], sql: str) -> None:
    file, lake = stores
    with Store.open(file, read_only=True) as on_file, Store.open(lake, read_only=True) as on_lake:
        expected = table(on_file, sql)
        assert table(on_lake, sql) == expected and expected


def test_the_lakes_changes_and_past_days_are_the_files(stores: tuple[str, str]) -> None:
    file, lake = stores
    with Store.open(file, read_only=True) as on_file, Store.open(lake, read_only=True) as on_lake:
        changes = "SELECT * FROM timeline WHERE change IS NOT NULL"
        assert table(on_lake, changes) == table(on_file, changes) != []
        days = [row[0] for row in on_file.query("SELECT DISTINCT reported_on FROM fact_reports ORDER BY 1").rows]
        for day in [days[0] - dt.timedelta(days=1), *days[:: max(1, len(days) // 8)], days[-1]]:
            past = "SELECT * FROM timeline_until(?)"
            assert table(on_lake, past, [day]) == table(on_file, past, [day]), day
