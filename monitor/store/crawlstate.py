"""The crawler's lasting state in the store's DuckDB file: a CrawlState (monitor.crawl.state) on its tables.

Every method is one short transaction, so a crawl killed at any point loses at most the page in hand.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import duckdb

# the records of the crawler's CrawlState protocol, from the one module of the crawler the store may import
from monitor.crawl.state import (
    FAILED,
    INTERRUPTED,
    MAX_ATTEMPTS,
    NEW,
    SKIPPED,
    STORED,
    Copies,
    Done,
    FeedState,
    FetchRecord,
    FrontierItem,
    HostLines,
    Judged,
)
from monitor.facts import Article

# A source is "dead" when none of its last DEAD_AFTER requests got an answer below 400,
# "silent" when it has kept no new article for SILENT_DAYS while being crawled.
DEAD_AFTER = 5
SILENT_DAYS = 7
ERROR_WINDOW_DAYS = 30
_FRONTIER_FIELDS = ("article_id", "url", "source", "listed_in", "title", "published")
# an article's fields, as offtopic_pages keeps them
_PAGE_COLUMNS = ("id", "url", "outlet", "title", "published_at", "published_source", "date_flag", "fetched_at", "text")


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


def _naive(moment: dt.datetime | None) -> dt.datetime | None:
    """UTC without a zone, as the store's TIMESTAMP columns keep it."""
    if moment is None or moment.tzinfo is None:
        return moment
    return moment.astimezone(dt.UTC).replace(tzinfo=None)


class CrawlTables:
    """Mixed into Store: the methods the crawler calls, on the frontier, fetch_log, listings, signature and
    host furniture tables.

    Fetch log lines wait in memory until the next listing or page is recorded, and go in its transaction:
    one commit per page instead of one per request (DuckDB commits cost about a millisecond each).
    """

    db: duckdb.DuckDBPyConnection
    _fetch_lines: list[list[Any]]
    _begun: set[str]  # pages begin() marked in this run, until finish()

    def crawl_known(self, article_id: str) -> bool:
        """Stored, or skipped for good (off-topic, empty, disallowed, a copy): never fetched again."""
        row = self.db.execute(
            """SELECT 1 FROM frontier WHERE article_id = $id AND status IN ($stored, $skipped)
               UNION ALL SELECT 1 FROM articles WHERE id = $id LIMIT 1""",
            {"id": article_id, "stored": STORED, "skipped": SKIPPED},
        ).fetchone()
        return row is not None

    def feed_state(self, url: str) -> FeedState:
        row = self.db.execute(
            "SELECT etag, last_modified, interval_s, next_check FROM listings WHERE url = ?", [url]
        ).fetchone()
        if row is None:
            return FeedState()
        next_check = row[3].replace(tzinfo=dt.UTC) if row[3] else None
        return FeedState(row[0], row[1], row[2], next_check)

    def save_feed_state(self, url: str, source: str, kind: str, state: FeedState, new_links: int) -> None:
        self._in_transaction(lambda: self._save_feed_state(url, source, kind, state, new_links))

    def _save_feed_state(self, url: str, source: str, kind: str, state: FeedState, new_links: int) -> None:
        self._write_fetch_lines()
        now = _now()
        next_check = _naive(state.next_check)
        self.db.execute(
            """MERGE INTO listings USING (SELECT ?::VARCHAR AS url, ?::VARCHAR AS source, ?::VARCHAR AS kind,
                 ?::VARCHAR AS etag, ?::VARCHAR AS last_modified, ?::DOUBLE AS interval_s,
                 ?::TIMESTAMP AS next_check, ?::TIMESTAMP AS last_checked, ?::TIMESTAMP AS last_new_links) s
               ON listings.url = s.url
               WHEN MATCHED THEN UPDATE SET source = s.source, kind = s.kind, etag = s.etag,
                 last_modified = s.last_modified, interval_s = s.interval_s, next_check = s.next_check,
                 last_checked = s.last_checked, last_new_links = coalesce(s.last_new_links, listings.last_new_links)
               WHEN NOT MATCHED THEN INSERT BY NAME""",
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
        """Add the pages not yet in the frontier, in one statement; returns how many were new.

        A page still to fetch (new or failed) moves to the listing that names it now: pending() takes
        the pages of the run's listings, and the listing that first named it may not be one of them."""
        if not items:
            return 0
        added = [0]

        def write() -> None:
            # one transaction, tried again on a DuckLake conflict: crawl workers add to the frontier side by side
            before = self._frontier_size()
            self._merge_frontier(items)
            added[0] = self._frontier_size() - before

        self._in_transaction(write)
        return added[0]

    def _merge_frontier(self, items: Sequence[FrontierItem]) -> None:
        columns = [[getattr(item, name) for item in items] for name in _FRONTIER_FIELDS]
        self.db.execute(
            """MERGE INTO frontier USING (
                 SELECT unnest(?::VARCHAR[]) AS article_id, unnest(?::VARCHAR[]) AS url, unnest(?::VARCHAR[]) AS source,
                        unnest(?::VARCHAR[]) AS listed_in, unnest(?::VARCHAR[]) AS title,
                        unnest(?::DATE[]) AS published, unnest(?::INTEGER[]) AS position,
                        ?::VARCHAR AS status, ?::TIMESTAMP AS found_at) s
               ON frontier.article_id = s.article_id
               WHEN MATCHED AND frontier.status IN (?, ?) THEN UPDATE SET listed_in = s.listed_in, source = s.source
               WHEN NOT MATCHED THEN INSERT BY NAME""",
            [*columns, list(range(len(items))), NEW, _now(), NEW, FAILED],
        )

    def _frontier_size(self) -> int:
        return self.db.execute("SELECT count(*) FROM frontier").fetchone()[0]  # type: ignore[index]

    def pending(self, listed_in: Sequence[str] | None) -> list[FrontierItem]:
        """Pages listed in these feeds or sitemaps (None: in any) still to fetch, oldest first. A crawl worker
        takes those of every listing and keeps its shard's (crawl/shard.py): another worker's listing may
        have named them."""
        rows = self.db.execute(
            """SELECT article_id, url, source, listed_in, title, published FROM frontier
               WHERE ($every OR listed_in IN (SELECT unnest($listed::VARCHAR[])))
                 AND (status = $new OR (status = $failed AND attempts < $tries))
               ORDER BY found_at, position""",
            {
                "every": listed_in is None,
                "listed": list(listed_in or []),
                "new": NEW,
                "failed": FAILED,
                "tries": MAX_ATTEMPTS,
            },
        ).fetchall()
        self.flush_fetch_log()  # the listings' lines, before any page
        return [FrontierItem(*row) for row in rows]

    def log_fetch(self, record: FetchRecord) -> None:
        line = [record.url, record.kind, record.source, record.status, record.bytes, record.elapsed, record.error]
        line.append(_now())
        self._fetch_lines.append(line)

    def begin(self, article_id: str) -> None:
        """The page is about to be read: a failed try until finish() says otherwise. A page that kills the
        process while being read is then given up after its tries, like any failing page."""

        def write() -> None:
            self._write_fetch_lines()
            self.db.execute(
                "UPDATE frontier SET status = ?, reason = ?, attempts = attempts + 1 WHERE article_id = ?",
                [FAILED, INTERRUPTED, article_id],
            )

        self._in_transaction(write)
        self._begun.add(article_id)

    def finish(
        self, article_id: str, status: str, reason: str | None, done: Done | None = None, judged: Judged | None = None
    ) -> None:
        """Record a page's outcome, its fetch log lines, the relevance model's word on it (an off-topic page's
        text with it) and, for a stored article, its signature: one transaction."""

        def write() -> None:
            self._write_fetch_lines()
            # a page begun in this run counted a failed try already: take it back, the outcome counts its own
            self.db.execute(
                """UPDATE frontier SET status = ?, reason = ?, done_at = ?, attempts = attempts + ? - ?
                   WHERE article_id = ?""",
                [status, reason, _now(), int(status == FAILED), int(article_id in self._begun), article_id],
            )
            self._begun.discard(article_id)
            if done is not None:
                self._save_signature(done)
            if judged is not None:
                self._save_judgement(article_id, judged)

        self._in_transaction(write)

    def _save_judgement(self, article_id: str, judged: Judged) -> None:
        self.db.execute(
            "UPDATE frontier SET relevance = ?, relevance_model = ? WHERE article_id = ?",
            [judged.relevance, judged.model, article_id],
        )
        page = judged.offtopic
        if page is None:
            self.db.execute("DELETE FROM offtopic_pages WHERE article_id = ?", [article_id])
            return
        values = [getattr(page, name) for name in _PAGE_COLUMNS]
        values[_PAGE_COLUMNS.index("fetched_at")] = _naive(page.fetched_at)
        # updated in place, or inserted (MERGE: a DuckLake table has no key for INSERT OR REPLACE)
        columns = ["article_id", *_PAGE_COLUMNS]
        self.db.execute(
            f"""MERGE INTO offtopic_pages USING (SELECT {", ".join(f"? AS {c}" for c in columns)}) s
                ON offtopic_pages.article_id = s.article_id
                WHEN MATCHED THEN UPDATE SET {", ".join(f"{c} = s.{c}" for c in _PAGE_COLUMNS)}
                WHEN NOT MATCHED THEN INSERT BY NAME""",
            [article_id, *values],
        )

    def _write_fetch_lines(self) -> None:
        if self._fetch_lines:
            self.db.executemany("INSERT INTO fetch_log VALUES (?, ?, ?, ?, ?, ?, ?, ?)", self._fetch_lines)
            self._fetch_lines.clear()

    def flush_fetch_log(self) -> None:
        """Write the fetch log lines still in memory (Store.close does)."""
        if self._fetch_lines:
            self._in_transaction(self._write_fetch_lines)

    def offtopic_pages(self) -> list[tuple[str, Article]]:
        """The pages judged off-topic, with their frontier ids, in the order they were found."""
        rows = self.db.execute(
            f"""SELECT o.article_id, {", ".join("o." + name for name in _PAGE_COLUMNS)}
                FROM offtopic_pages o LEFT JOIN frontier f USING (article_id)
                ORDER BY f.found_at, f.position, o.article_id"""
        ).fetchall()
        return [(row[0], Article(**dict(zip(_PAGE_COLUMNS, row[1:], strict=True)))) for row in rows]

    def kept_pages(self) -> list[tuple[str, Article]]:
        """The crawled articles kept, with the ids of the frontier rows they came from (a page whose
        canonical URL differs from its listed one names the canonical URL as its reason)."""
        # two equality joins (hash joins), not one with OR (a nested loop over frontier × articles)
        picked = ", ".join(f"CASE WHEN a.id IS NOT NULL THEN a.{n} ELSE c.{n} END" for n in _PAGE_COLUMNS)
        rows = self.db.execute(
            f"""SELECT f.article_id, {picked}
                FROM frontier f
                LEFT JOIN articles a ON a.id = f.article_id
                LEFT JOIN articles c ON c.url = f.reason
                WHERE f.status = ? AND (a.id IS NOT NULL OR c.id IS NOT NULL)
                ORDER BY f.found_at, f.position, f.article_id""",
            [STORED],
        ).fetchall()
        return [(row[0], Article(**dict(zip(_PAGE_COLUMNS, row[1:], strict=True)))) for row in rows]

    def drop_offtopic(self, frontier_id: str) -> None:
        """Forget an off-topic page's text: its article is stored from another page."""
        self._in_transaction(lambda: self.db.execute("DELETE FROM offtopic_pages WHERE article_id = ?", [frontier_id]))

    def rescore(self, frontier_id: str, judged: Judged) -> None:
        """Record a model's score of a kept page."""
        self._in_transaction(lambda: self._save_judgement(frontier_id, judged))

    def find_copies(self, article_id: str, content_hash: str, simhash: int, max_distance: int) -> Copies:
        """Stored articles with the same or nearly the same text. A signature counts once its article is
        stored: sign() writes it just before, and the article may never come (a kill, an error)."""
        rows = self.db.execute(
            """SELECT article_id, content_hash = $hash AS same, bit_count(xor(simhash, $simhash::UBIGINT)) AS distance
               FROM article_signatures
               WHERE article_id <> $id AND (content_hash = $hash OR bit_count(xor(simhash, $simhash::UBIGINT)) <= $max)
                 AND article_id IN (SELECT id FROM articles)
               ORDER BY distance, article_id""",
            {"hash": content_hash, "simhash": simhash, "id": article_id, "max": max_distance},
        ).fetchall()
        same = next((other for other, is_same, _ in rows if is_same), None)
        return Copies(same, [(other, int(distance)) for other, is_same, distance in rows if not is_same])

    def sign(self, done: Done) -> None:
        """Record an article's signature before the article is stored, in a transaction of its own: an
        article committed later always finds its signature there, whatever stops the crawl after."""
        self._in_transaction(lambda: self._save_signature(done, near=False))

    def _save_signature(self, done: Done, near: bool = True) -> None:
        self.db.execute(
            """MERGE INTO article_signatures USING (SELECT ?::VARCHAR AS article_id, ?::VARCHAR AS content_hash,
                 ?::UBIGINT AS simhash) s ON article_signatures.article_id = s.article_id
               WHEN MATCHED THEN UPDATE SET content_hash = s.content_hash, simhash = s.simhash
               WHEN NOT MATCHED THEN INSERT BY NAME""",
            [done.article_id, done.content_hash, done.simhash],
        )
        for other, distance in done.near if near else []:
            self.db.execute(
                """MERGE INTO near_duplicates USING (SELECT ?::VARCHAR AS article_id, ?::VARCHAR AS duplicate_of,
                     ?::INTEGER AS distance) s
                   ON near_duplicates.article_id = s.article_id AND near_duplicates.duplicate_of = s.duplicate_of
                   WHEN NOT MATCHED THEN INSERT BY NAME""",
                [done.article_id, other, distance],
            )

    def learn_lines(self, host: str, page: str, keys: Sequence[int]) -> None:
        """Count a page's lines for its host, in one transaction; a page counted before (read again after a
        failure, or listed again) changes nothing, so a line's count is the number of distinct pages."""
        unique = sorted(set(keys))

        def write() -> None:
            self._write_fetch_lines()
            now = _now()
            counted = self.db.execute("SELECT 1 FROM host_pages WHERE host = ? AND page = ?", [host, page]).fetchone()
            if counted is not None:
                return
            self.db.execute("INSERT INTO host_pages VALUES (?, ?, ?, ?)", [host, page, len(unique), now])
            if unique:
                self.db.execute(
                    """MERGE INTO host_lines USING (SELECT ?::VARCHAR AS host, unnest(?::BIGINT[]) AS line_hash) s
                       ON host_lines.host = s.host AND host_lines.line_hash = s.line_hash
                       WHEN MATCHED THEN UPDATE SET pages = host_lines.pages + 1, last_seen = ?
                       WHEN NOT MATCHED THEN INSERT VALUES (s.host, s.line_hash, 1, ?, ?)""",
                    [host, unique, now, now, now],
                )

        self._in_transaction(write)

    def host_lines(self, host: str, keys: Sequence[int]) -> HostLines:
        """How many pages of the host were counted, and on how many each of these lines was seen."""
        pages = self.db.execute("SELECT count(*) FROM host_pages WHERE host = ?", [host]).fetchone()[0]  # type: ignore[index]
        rows = self.db.execute(
            "SELECT line_hash, pages FROM host_lines WHERE host = ? AND line_hash IN (SELECT unnest(?::BIGINT[]))",
            [host, sorted(set(keys))],
        ).fetchall()
        return HostLines(pages, dict(rows))

    def source_health(self, now: dt.datetime | None = None) -> list[SourceHealth]:
        """Each source seen in the crawl tables, by name. robots.txt requests are left out (a 404 there is fine)."""
        now = _naive(now) if now else _now()
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

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        """Everything in the block or nothing."""
        self.db.execute("BEGIN TRANSACTION")
        try:
            yield
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def _in_transaction(self, work: Any) -> None:
        """work() in one transaction (Store's tries a DuckLake store's again on a conflict)."""
        with self._transaction():
            work()


def _flag(now: dt.datetime, answered: bool | None, last_new: dt.datetime | None, first: dt.datetime | None) -> str:
    if answered is None:
        return "never fetched"
    if not answered:
        return "dead"
    quiet_since = last_new or first
    if quiet_since is not None and now - quiet_since > dt.timedelta(days=SILENT_DAYS):
        return "silent"
    return "ok"


SOURCE_COLUMNS = [
    "source",
    "flag",
    "last_fetch",
    "last_new_article",
    "articles_kept",
    "skipped",
    "pending",
    "requests_30d",
    "error_rate",
]


def source_rows(healths: Sequence[SourceHealth], listed: Sequence[str] = ()) -> list[tuple[Any, ...]]:
    """The sources report, one row per source (SOURCE_COLUMNS): those the store has crawled, then the listed
    ones it never fetched (all of them, for a store that does not exist yet)."""
    rows: list[tuple[Any, ...]] = []
    for health in healths:
        rate = None if health.error_rate is None else round(health.error_rate, 3)
        rows.append(
            (
                health.source,
                health.flag,
                _minute(health.last_fetch),
                _minute(health.last_new_article),
                health.articles_kept,
                health.pages_skipped,
                health.pages_pending,
                health.requests,
                rate,
            )
        )
    seen = {health.source for health in healths}
    rows += [(name, "never fetched", *[None] * 7) for name in dict.fromkeys(listed) if name not in seen]
    return rows


def _minute(when: dt.datetime | None) -> str | None:
    return when.strftime("%Y-%m-%d %H:%M") if when else None
