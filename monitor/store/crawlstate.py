"""The crawler's lasting state in the store's DuckDB file: a CrawlState (monitor.crawl.state) on its tables.

Every method is one short transaction, so a crawl killed at any point loses at most the page in hand.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import duckdb

from monitor.crawl.fetch import FetchRecord
from monitor.crawl.state import FAILED, MAX_ATTEMPTS, NEW, SKIPPED, STORED, Copies, FeedState, FrontierItem

# A source is "dead" when none of its last DEAD_AFTER requests got an answer below 400,
# "silent" when it has kept no new article for SILENT_DAYS while being crawled.
DEAD_AFTER = 5
SILENT_DAYS = 7
ERROR_WINDOW_DAYS = 30


@dataclass(slots=True)
class SourceHealth:
    source: str
    last_fetch: dt.datetime | None
    last_new_article: dt.datetime | None
    articles_kept: int
    pages_skipped: int
    pages_pending: int
    requests: int
    error_rate: float | None
    flag: str  # ok, dead, silent, never fetched


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class CrawlTables:
    """Mixed into Store: the methods the crawler calls, on the frontier, fetch_log, listings and signature tables."""

    db: duckdb.DuckDBPyConnection

    def has_article(self, article_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone() is not None

    def crawl_known(self, article_id: str) -> bool:
        """Stored, or skipped for good (off-topic, empty, disallowed, a copy): never fetched again."""
        row = self.db.execute(
            "SELECT 1 FROM frontier WHERE article_id = ? AND status IN (?, ?)", [article_id, STORED, SKIPPED]
        ).fetchone()
        return row is not None or self.has_article(article_id)

    def feed_state(self, url: str) -> FeedState:
        row = self.db.execute(
            "SELECT etag, last_modified, interval_s, next_check FROM listings WHERE url = ?", [url]
        ).fetchone()
        if row is None:
            return FeedState()
        next_check = row[3].replace(tzinfo=dt.UTC) if row[3] else None
        return FeedState(row[0], row[1], row[2], next_check)

    def save_feed_state(self, url: str, source: str, kind: str, state: FeedState, new_links: int) -> None:
        now = _now()
        next_check = state.next_check.astimezone(dt.UTC).replace(tzinfo=None) if state.next_check else None
        self.db.execute(
            """INSERT INTO listings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT (url) DO UPDATE SET source = excluded.source, kind = excluded.kind,
                 etag = excluded.etag, last_modified = excluded.last_modified, interval_s = excluded.interval_s,
                 next_check = excluded.next_check, last_checked = excluded.last_checked,
                 last_new_links = coalesce(excluded.last_new_links, listings.last_new_links)""",
            [url, source, kind, state.etag, state.last_modified, state.interval, next_check, now,
             now if new_links else None],
        )  # fmt: skip

    def due_listings(self, urls: Sequence[str]) -> list[str]:
        """Of urls, those never polled or whose next check has come, in the order given."""
        rows = self.db.execute("SELECT url, next_check FROM listings WHERE url IN (SELECT unnest(?))", [list(urls)])
        later = {url for url, when in rows.fetchall() if when is not None and when > _now()}
        return [url for url in urls if url not in later]

    def next_due(self, urls: Sequence[str]) -> dt.datetime | None:
        row = self.db.execute("SELECT min(next_check) FROM listings WHERE url IN (SELECT unnest(?))", [list(urls)])
        when = row.fetchone()[0]  # type: ignore[index]
        return when.replace(tzinfo=dt.UTC) if when else None

    def add_to_frontier(self, items: Sequence[FrontierItem]) -> int:
        """Add the pages not yet in the frontier (in one transaction); returns how many were new."""
        if not items:
            return 0
        now = _now()
        rows = [[i.article_id, i.url, i.source, i.listed_in, i.title, i.published, NEW, now] for i in items]
        before = self._frontier_size()
        self._in_transaction(
            lambda: self.db.executemany(
                """INSERT OR IGNORE INTO frontier
                     (article_id, url, source, listed_in, title, published, status, found_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                rows,
            )
        )
        return self._frontier_size() - before

    def _frontier_size(self) -> int:
        return self.db.execute("SELECT count(*) FROM frontier").fetchone()[0]  # type: ignore[index]

    def pending(self, listed_in: Sequence[str]) -> list[FrontierItem]:
        """Pages listed in these feeds or sitemaps still to fetch, oldest first."""
        rows = self.db.execute(
            """SELECT article_id, url, source, listed_in, title, published FROM frontier
               WHERE listed_in IN (SELECT unnest(?)) AND (status = ? OR (status = ? AND attempts < ?))
               ORDER BY found_at, rowid""",
            [list(listed_in), NEW, FAILED, MAX_ATTEMPTS],
        ).fetchall()
        return [FrontierItem(*row) for row in rows]

    def mark(self, article_id: str, status: str, reason: str | None = None) -> None:
        self.db.execute(
            """UPDATE frontier SET status = ?, reason = ?, done_at = ?, attempts = attempts + ?
               WHERE article_id = ?""",
            [status, reason, _now(), int(status == FAILED), article_id],
        )

    def log_fetch(self, record: FetchRecord, source: str) -> None:
        self.db.execute(
            "INSERT INTO fetch_log VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [record.url, record.kind, source, record.status, record.bytes, record.elapsed, record.error, _now()],
        )

    def find_copies(self, article_id: str, content_hash: str, simhash: int, max_distance: int) -> Copies:
        same = self.db.execute(
            "SELECT article_id FROM article_signatures WHERE content_hash = ? AND article_id <> ? LIMIT 1",
            [content_hash, article_id],
        ).fetchone()
        near = self.db.execute(
            """SELECT article_id, bit_count(xor(simhash, ?::UBIGINT)) AS distance FROM article_signatures
               WHERE article_id <> ? AND content_hash <> ? AND bit_count(xor(simhash, ?::UBIGINT)) <= ?
               ORDER BY distance, article_id""",
            [simhash, article_id, content_hash, simhash, max_distance],
        ).fetchall()
        return Copies(same[0] if same else None, [(other, int(distance)) for other, distance in near])

    def save_signature(self, article_id: str, content_hash: str, simhash: int, near: Sequence[tuple[str, int]]) -> None:
        def write() -> None:
            self.db.execute(
                "INSERT OR REPLACE INTO article_signatures VALUES (?, ?, ?)", [article_id, content_hash, simhash]
            )
            for other, distance in near:
                self.db.execute("INSERT OR IGNORE INTO near_duplicates VALUES (?, ?, ?)", [article_id, other, distance])

        self._in_transaction(write)

    def source_health(self, now: dt.datetime | None = None) -> list[SourceHealth]:
        """Each source seen in the crawl tables, by name. robots.txt requests are left out (a 404 there is fine)."""
        now = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(tzinfo=None)
        since = now - dt.timedelta(days=ERROR_WINDOW_DAYS)
        fetches = self._by_source(
            """SELECT source, max(fetched_at), count(*) FILTER (fetched_at >= ?),
                      count(*) FILTER (fetched_at >= ? AND (status IS NULL OR status >= 400)), min(fetched_at)
               FROM fetch_log WHERE kind <> 'robots' GROUP BY source""",
            [since, since],
        )
        recent_ok = self._by_source(
            """SELECT source, bool_or(coalesce(status < 400, false)) FROM (
                 SELECT source, status, row_number() OVER (PARTITION BY source ORDER BY fetched_at DESC) AS n
                 FROM fetch_log WHERE kind <> 'robots') WHERE n <= ? GROUP BY source""",
            [DEAD_AFTER],
        )
        pages = self._by_source(
            """SELECT source, count(*) FILTER (status = ?), max(done_at) FILTER (status = ?),
                      count(*) FILTER (status = ?), count(*) FILTER (status IN (?, ?))
               FROM frontier GROUP BY source""",
            [STORED, STORED, SKIPPED, NEW, FAILED],
        )
        out = []
        for source in sorted(set(fetches) | set(pages)):
            last_fetch, requests, errors, first_fetch = fetches.get(source, (None, 0, 0, None))
            kept, last_new, skipped, pending = pages.get(source, (0, None, 0, 0))
            flag = _flag(now, recent_ok.get(source, (None,))[0], last_new, first_fetch)
            rate = errors / requests if requests else None
            out.append(SourceHealth(source, last_fetch, last_new, kept, skipped, pending, requests, rate, flag))
        return out

    def _by_source(self, sql: str, params: list[Any]) -> dict[str, tuple[Any, ...]]:
        return {row[0]: tuple(row[1:]) for row in self.db.execute(sql, params).fetchall()}

    def _in_transaction(self, work: Any) -> None:
        self.db.execute("BEGIN TRANSACTION")
        try:
            work()
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise


def _flag(now: dt.datetime, answered: bool | None, last_new: dt.datetime | None, first: dt.datetime | None) -> str:
    if answered is None:
        return "never fetched"
    if not answered:
        return "dead"
    quiet_since = last_new or first
    if quiet_since is not None and now - quiet_since > dt.timedelta(days=SILENT_DAYS):
        return "silent"
    return "ok"
