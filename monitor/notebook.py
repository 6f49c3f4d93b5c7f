"""The store for notebooks: `db = monitor.open("monitor.duckdb")`, then DataFrames.

    db.timeline(province="Hải Dương", metric="dossiers_received")   # any spelling; former provinces too
    db.timeline(province="hai phong", commune="phuong Hai An")       # communes too, with or without accents
    db.latest(metric="staff transfer")
    db.facts(since="2025-08-01")
    db.query("SELECT province, count(*) FROM facts GROUP BY 1")
    db.query("SELECT * FROM facts WHERE province = ? AND value > ?", ["Hải Phòng", 1000])

A name that names nothing raises monitor.filters.UnknownName (a ValueError) with the nearest names, never an
empty frame.

Each call opens the file read-only and closes it, so a notebook left open never blocks a crawl;
queries follow the same rules as `monitor query` (one reading statement, no file access) and the same
limits: $MONITOR_QUERY_TIMEOUT (20 s), $MONITOR_QUERY_MEMORY and $MONITOR_QUERY_TEMP (1GB each; QueryTooBig
past them). A file that is not a monitor store raises NotAStore, and nothing is written to it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd

from monitor.filters import read_filters
from monitor.store import Parameters, Store, StoreMissing, lake
from monitor.store.filters import facts_query, timeline_query


class Database:
    """A store (a DuckDB file, or a DuckLake store), read one call at a time."""

    def __init__(self, path: str | Path, data_path: str | Path | None = None) -> None:
        self.path: str | Path = str(path) if lake.is_lake(str(path)) else Path(path)
        if isinstance(self.path, str):  # says so if the store is missing or not monitor's, or the folder is not its
            Store.open(self.path, read_only=True, data_path=data_path).close()
        elif not self.path.exists():
            raise StoreMissing(f"database not found: {self.path}")

    def timeline(self, **filters: Any) -> pd.DataFrame:
        """Reconciled points; filters: province, commune, metric, status, since, until (monitor.filters)."""
        return self._frame(*timeline_query(**read_filters(**filters)))

    def latest(self, **filters: Any) -> pd.DataFrame:
        """The last reported value of each series."""
        return self._frame(*timeline_query(latest=True, **read_filters(**filters)))

    def facts(self, **filters: Any) -> pd.DataFrame:
        """Every fact with its article's outlet and url."""
        return self._frame(*facts_query(**read_filters(**filters)))

    def query(self, sql: str, params: Parameters | None = None) -> pd.DataFrame:
        """One SELECT, WITH, DESCRIBE or SHOW statement; every row. `params` fill its placeholders: a list for
        `?` in order, or a dict for `$name`; values are bound, never pasted into the SQL."""
        with Store.open(self.path, read_only=True) as store:
            return store.guarded(sql, lambda cursor: cursor.df(), params or ())

    def _frame(self, sql: str, params: list[Any]) -> pd.DataFrame:
        with Store.open(self.path, read_only=True) as store:
            return store.db.execute(sql, params).df()

    def __repr__(self) -> str:
        shown = lake.redacted(self.path) if isinstance(self.path, str) else str(self.path)
        return f"monitor.open({shown!r})"


def open(path: str | Path = "monitor.duckdb", data_path: str | Path | None = None) -> Database:
    """The store at path, for reading into DataFrames: a DuckDB file, or a DuckLake store's address
    (`ducklake:postgres:dbname=… host=… user=…`; data_path is its data folder, which the catalog records)."""
    return Database(path, data_path)
