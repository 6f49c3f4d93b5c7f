"""Full-text search for the web app: the index beside the store, brought up to date when the store changed.

The index (monitor.store.search) is refreshed from the store before a search when the store file (or its
write-ahead log) changed since the last refresh: a stat of two files per search, a read of the changed
articles only when there are some. A store held by a writer is searched as last indexed.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from monitor.store import StoreBusy
from monitor.web.errors import BadInput, read_names
from monitor.web.reads import STORE_WAIT

if TYPE_CHECKING:
    from monitor.store.search import SearchIndex, SearchResult


def _stamp(db_path: Path) -> tuple[tuple[int, int], ...]:
    """(mtime, size) of the store file and of its write-ahead log: a write changes one of them."""
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

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self._index: SearchIndex | None = None
        self._indexed: tuple[tuple[int, int], ...] | None = None
        self._lock = threading.Lock()

    def fresh_index(self) -> SearchIndex:
        stamp = _stamp(self.db_path)
        with self._lock:  # one refresh at a time; searches wait for it rather than read a half-written index
            if self._index is None:
                from monitor.store.search import SearchIndex  # tantivy: loaded when the app first searches

                self._index = SearchIndex.beside(self.db_path)
            if stamp != self._indexed:
                try:
                    self._index.refresh(self.db_path, wait=STORE_WAIT)
                except StoreBusy:
                    if self._indexed is None:
                        raise  # never indexed: nothing to answer with
                else:
                    self._indexed = stamp
            return self._index

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
