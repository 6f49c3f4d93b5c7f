"""Full-text search for the web app: the index beside the store, brought up to date when the store changed.

The index (monitor.store.search) is refreshed from the store before a search when the store file (or its
write-ahead log) changed since the last refresh: a stat of two files per search, a read of the changed
articles only when there are some. A store held by a writer is searched as last indexed.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from monitor.store import StoreBusy, lake
from monitor.web import reads
from monitor.web.errors import BadInput, read_names

if TYPE_CHECKING:
    from monitor.store.search import SearchIndex, SearchResult


def _stamp(db_path: Path | str) -> tuple[tuple[int, int], ...]:
    """(mtime, size) of the store file and of its write-ahead log: a write changes one of them. A DuckLake
    store's is its last snapshot's id, which every commit raises (one short read of the catalog)."""
    if isinstance(db_path, str):
        with reads.reading(db_path) as store:
            return ((lake.current_snapshot(store.db), 0),)
    stamps = []
    for path in (db_path, db_path.with_name(db_path.name + ".wal")):
        try:
            info = path.stat()
        except FileNotFoundError:
            stamps.append((0, 0))
        else:
            stamps.append((info.st_mtime_ns, info.st_size))
    return tuple(stamps)


class Searcher:
    """One per app: searches the index of one store, refreshing it first when the store changed."""

    def __init__(self, db_path: Path | str) -> None:
        self.db_path = db_path
        self._index: SearchIndex | None = None
        self._indexed: tuple[tuple[int, int], ...] | None = None  # the store's stamp at the last refresh
        self._lock = threading.Lock()

    def fresh_index(self) -> SearchIndex:
        """The index, refreshed first if the store changed. While another request refreshes it, or a writer
        holds the store, a search answers from what was indexed last: it never queues behind a busy store
        (StoreBusy only when nothing was ever indexed)."""
        stamp = _stamp(self.db_path)
        if self._index is not None and stamp == self._indexed:
            return self._index
        if not self._lock.acquire(blocking=self._indexed is None):
            return self._index  # type: ignore[return-value]  # refreshed at least once: answer meanwhile
        try:
            if self._index is None:
                from monitor.store.search import SearchIndex  # tantivy: loaded when the app first searches

                self._index = SearchIndex.for_store(self.db_path)
            if stamp != self._indexed:
                try:
                    self._index.refresh(self.db_path, wait=reads.STORE_WAIT)
                except StoreBusy:
                    if self._indexed is None and not self._index.held():
                        raise  # nothing indexed to answer with
                else:
                    self._indexed = stamp
            return self._index
        finally:
            self._lock.release()

    def search(self, q: str, province: str | None = None, metric: str | None = None, **options: Any) -> SearchResult:
        """The index's answer (monitor.store.search.SearchIndex.search: options outlet, month, limit, offset). A
        province or metric is read however it is written (an unknown one is NotFound); an empty filter is none; a
        query without words is BadInput."""
        wanted = read_names(province=province, metric=metric)
        given = {name: None if value == "" else value for name, value in options.items()}
        index = self.fresh_index()
        try:
            return index.search(q, province=wanted.get("province"), metric=wanted.get("metric"), **given)
        except ValueError as error:
            raise BadInput(str(error)) from None
