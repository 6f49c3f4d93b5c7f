"""Store stage: a DuckDB file of articles and facts, and the province timeline built from them.

with Store.open("monitor.duckdb") as store:
    store.write(article, facts)
    rows = store.timeline(province="Hải Phòng")
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import duckdb

from monitor.facts import FACT_FIELDS, Article, Fact
from monitor.store.crawlstate import CrawlTables, SourceHealth

__all__ = ["DEFAULT_DB", "Result", "SourceHealth", "Store", "StoreMissing", "default_db_path"]

DEFAULT_DB = "monitor.duckdb"
_SCHEMA = (Path(__file__).parent / "schema.sql").read_text(encoding="utf-8")
_ARTICLE_COLUMNS = [f.name for f in dataclasses.fields(Article)]
_FACT_COLUMNS = ["article_id", *(name for name in FACT_FIELDS if name != "doc")]
TIMELINE_ORDER = "province NULLS LAST, metric, as_of NULLS LAST, kind, specialty, value"


class StoreMissing(FileNotFoundError):
    """A read command was given a database file that does not exist."""


@dataclasses.dataclass(slots=True)
class Result:
    columns: list[str]
    rows: list[tuple[Any, ...]]


def default_db_path() -> str:
    return os.environ.get("MONITOR_DB") or DEFAULT_DB


class Store(CrawlTables):
    """One DuckDB file. Writers hold it alone (DuckDB allows one writing process), so keep it short.

    The crawler's state (frontier, fetch log, listings, signatures) comes from CrawlTables.
    """

    def __init__(self, connection: duckdb.DuckDBPyConnection) -> None:
        self.db = connection
        self._fetch_lines: list[list[Any]] = []  # the crawler's fetch log, written with each page's outcome

    @classmethod
    def open(cls, path: str | Path, read_only: bool = False) -> Store:
        path = Path(path)
        if read_only:
            if not path.exists():
                raise StoreMissing(f"database not found: {path}")
            return cls(duckdb.connect(str(path), read_only=True, config={"enable_external_access": False}))
        store = cls(duckdb.connect(str(path)))
        store.db.execute(_SCHEMA)
        return store

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        try:
            self.flush_fetch_log()
        finally:
            self.db.close()

    def has_article(self, article_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone() is not None

    def write(self, article: Article, facts: Sequence[Fact]) -> None:
        """Store an article and replace its facts, in one transaction: writing twice changes nothing."""
        article_row = [getattr(article, name) for name in _ARTICLE_COLUMNS]
        fact_rows = [[article.id, *(getattr(f, name) for name in _FACT_COLUMNS[1:])] for f in facts]
        marks = ", ".join("?" * len(_ARTICLE_COLUMNS))
        fact_marks = ", ".join("?" * len(_FACT_COLUMNS))
        fact_columns = ", ".join(f'"{c}"' for c in _FACT_COLUMNS)
        self.db.execute("BEGIN TRANSACTION")
        try:
            self.db.execute(
                f"INSERT OR REPLACE INTO articles ({', '.join(_ARTICLE_COLUMNS)}) VALUES ({marks})", article_row
            )
            self.db.execute("DELETE FROM facts WHERE article_id = ?", [article.id])
            if fact_rows:
                self.db.executemany(f"INSERT INTO facts ({fact_columns}) VALUES ({fact_marks})", fact_rows)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def counts(self) -> dict[str, int]:
        return {
            table: self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # type: ignore[index]
            for table in ("articles", "facts")
        }

    def timeline(self, province: str | None = None, metric: str | None = None) -> Result:
        """Every fact with its source, by province, metric and date."""
        where, params = [], []
        if province:
            where.append("province = ?")
            params.append(province)
        if metric:
            where.append("metric = ?")
            params.append(metric)
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        return self.query(f"SELECT * FROM timeline {clause} ORDER BY {TIMELINE_ORDER}", params)

    def query(self, sql: str, params: Sequence[Any] = ()) -> Result:
        cursor = self.db.execute(sql, list(params))
        columns = [d[0] for d in cursor.description or []]
        return Result(columns, cursor.fetchall())
