"""What the search index holds, and what the store holds now: the two sides of a refresh.

The index keeps its own record (a small SQLite file in its folder) of each article it holds and the signature
of what it indexed: a hash of the article's title, text, url, outlet, dates and extractor version, and of the
provinces and metrics of its facts. The store is asked for the same signatures (one read-only query); an
article whose signature differs from the record's is read again, one the store no longer has leaves.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from monitor.store import Store

# Each article's signature: a hash of its row's columns the index takes, and a sum of its facts' hashes of
# (province, metric), the same whatever their order. Each is computed before the join: joining the texts
# themselves is five times slower on a large store.
_SIGNATURES = """
WITH marks AS (
    SELECT id, hash(title, text, url, outlet, published_at, fetched_at, extractor_version) AS mark
    FROM articles {articles_filter}
),
places AS (SELECT article_id, sum(hash(province, metric)) AS mark FROM facts {facts_filter} GROUP BY article_id)
SELECT m.id, hash(m.mark, p.mark) AS signature FROM marks m LEFT JOIN places p ON p.article_id = m.id
"""
_CONTENT = """
WITH places AS (
    SELECT article_id,
           list(DISTINCT province ORDER BY province) FILTER (WHERE province IS NOT NULL) AS provinces,
           list(DISTINCT metric ORDER BY metric) AS metrics
    FROM facts {facts_filter} GROUP BY article_id
)
SELECT a.id, a.title, a.text, a.url, a.outlet, a.published_at,
       strftime(article_day(a.published_at, a.fetched_at), '%Y-%m') AS month,
       coalesce(p.provinces, []) AS provinces, coalesce(p.metrics, []) AS metrics
FROM articles a LEFT JOIN places p ON p.article_id = a.id {articles_filter}
"""
_SOME = "WHERE {column} IN (SELECT unnest(?::VARCHAR[]))"


@dataclass(slots=True)
class StoredArticle:
    """An article as the index takes it from the store."""

    id: str
    signature: int
    title: str | None
    text: str
    url: str | None
    outlet: str | None
    published_at: dt.date | None
    month: str | None  # "2025-08": the month of the day the article counts for (published, else fetched)
    provinces: list[str]
    metrics: list[str]


def signatures(store: Store) -> dict[str, int]:
    """Every article's id and signature, as the store holds them now."""
    sql = _SIGNATURES.format(articles_filter="", facts_filter="")
    return {article_id: _signed(signature) for article_id, signature in store.query(sql).rows}


def articles(store: Store, ids: Sequence[str]) -> list[StoredArticle]:
    """The articles of these ids that the store still holds, with their signatures as read now."""
    some = {"articles_filter": _SOME.format(column="id"), "facts_filter": _SOME.format(column="article_id")}
    marks = dict(store.query(_SIGNATURES.format(**some), [list(ids), list(ids)]).rows)
    some["articles_filter"] = _SOME.format(column="a.id")
    rows = store.query(_CONTENT.format(**some), [list(ids), list(ids)]).rows
    return [StoredArticle(row[0], _signed(marks[row[0]]), *row[1:]) for row in rows]


def _signed(signature: int) -> int:
    """DuckDB's hash is unsigned 64-bit; SQLite keeps signed 64-bit integers."""
    return signature - (1 << 64) if signature >= 1 << 63 else signature


class Record:
    """The index's record of the articles it holds: id -> signature, and the index's format."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = sqlite3.connect(path)  # `with self._db:` is one transaction, rolled back on an error
        self._db.execute("CREATE TABLE IF NOT EXISTS indexed (id TEXT PRIMARY KEY, signature INTEGER NOT NULL)")
        self._db.execute("CREATE TABLE IF NOT EXISTS about (key TEXT PRIMARY KEY, value TEXT NOT NULL)")

    def close(self) -> None:
        self._db.close()

    def format(self) -> str | None:
        row = self._db.execute("SELECT value FROM about WHERE key = 'format'").fetchone()
        return row[0] if row else None

    def set_format(self, value: str) -> None:
        with self._db:
            self._db.execute("INSERT OR REPLACE INTO about VALUES ('format', ?)", [value])

    def signatures(self) -> dict[str, int]:
        return dict(self._db.execute("SELECT id, signature FROM indexed"))

    def update(self, indexed: Sequence[tuple[str, int]], removed: Sequence[str]) -> None:
        """After the index committed them: these articles are held with these signatures, those are gone."""
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO indexed VALUES (?, ?)", indexed)
            self._db.executemany("DELETE FROM indexed WHERE id = ?", [(article_id,) for article_id in removed])

    def clear(self) -> None:
        with self._db:
            self._db.execute("DELETE FROM indexed")
