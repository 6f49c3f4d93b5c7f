"""Readers of a DuckLake store share one attachment per process (connect.connect_lake_store): each reader is a
session of it, locked as any reader, and sees every commit of another process since (issue 19)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from monitor.store import QueryRefused, Store
from monitor.store import connect as connecting

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))

# writes the seed articles given on the command line into the store, in another process
WRITER = """
import sys
from pathlib import Path
from monitor.extract import extract
from monitor.inputs import read_text_article
from monitor.store import Store
with Store.open(sys.argv[1]) as store:
    for name in sys.argv[2:]:
        article = read_text_article(Path(name)).article
        store.write(article, extract(article).facts)
"""


@pytest.fixture
def lake(pg_database, tmp_path) -> str:
    address = "ducklake:postgres:" + pg_database
    Store.open(address, data_path=tmp_path / "data").close()
    return address


def write_in_another_process(lake: str, *paths: Path) -> None:
    subprocess.run([sys.executable, "-c", WRITER, lake, *map(str, paths)], check=True, cwd=ROOT, timeout=120)


def articles(store: Store) -> int:
    return store.select("SELECT count(*) FROM articles").rows[0][0]


def test_readers_share_one_attachment_and_see_each_commit(lake):
    with Store.open(lake, read_only=True) as first:
        assert articles(first) == 0
        write_in_another_process(lake, SEEDS[0])
        assert articles(first) == 1  # an open reader's next statement sees the commit
        with Store.open(lake, read_only=True) as second:
            assert second.db is not first.db
            write_in_another_process(lake, *SEEDS[1:3])
            assert articles(second) == articles(first) == 3
    shared = [key for key in connecting._lake_readers if key[0] in lake]
    assert len(shared) == 1  # both readers were sessions of one attachment, kept for the next
    with Store.open(lake, read_only=True) as third:
        assert articles(third) == 3


def test_a_shared_readers_session_is_locked_like_any_reader(lake, tmp_path):
    Store.open(lake, read_only=True).close()
    with Store.open(lake, read_only=True) as reader:
        for attack in (
            f"SELECT * FROM read_csv('{tmp_path}/x.csv')",
            "SELECT * FROM postgres_query('lake', 'SELECT 1')",
        ):
            with pytest.raises(QueryRefused):
                reader.select(attack)
        with pytest.raises(Exception, match=r"(?i)configuration|lock"):
            reader.db.execute("SET enable_external_access = true")
