"""The search index: a tantivy index in a folder beside the store file, kept up to date by refresh().

Each article is indexed twice: its title and text as written (NFC, lower case) and folded (text.fold), so
that "ho so" and "hồ sơ" both find "hồ sơ" while an exact-accent match adds to the score. The original title
and text are stored for display and snippets; the provinces and metrics of its facts, its outlet and month
are fast fields for filters and facet counts.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import hashlib
import os
import re
import shutil
import time
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import tantivy

from monitor.store import Store, lake
from monitor.store.search.query import neighbours, queries
from monitor.store.search.record import Record, StoredArticle, articles, signatures
from monitor.store.search.snippet import snippet
from monitor.store.search.text import Clause, fold, name_key, read_query, words

FORMAT = "2"  # of the fields and the folding: an index of another format is built again from the store
SUFFIX = ".search"  # monitor.duckdb -> monitor.duckdb.search/
BATCH = 2000  # articles read from the store at a time (the store is opened read-only for each batch)
REFRESH_WAIT = 30.0  # seconds a refresh waits for another one (in any process) to finish, then skips
WRITER_HEAP = 128_000_000  # bytes tantivy's writer buffers before it writes a segment
MAX_LIMIT = 1000
FACETS = ("province", "metric", "outlet", "month")
FACET_SIZE = 1000  # values counted per facet (34 provinces, a few dozen metrics, outlets, months)


@dataclass(slots=True)
class Hit:
    article_id: str
    title: str  # the article's title, else its first line
    url: str | None
    outlet: str | None
    published_at: dt.date | None
    snippet: str  # plain text: callers escape it
    highlights: list[tuple[int, int]]  # [start, end) of each match within snippet
    score: float
    provinces: list[str]
    metrics: list[str]


@dataclass(slots=True)
class SearchResult:
    total: int  # articles matching, all pages
    hits: list[Hit]  # this page, best first
    # over every match: (value, articles), most first; months ("2025-08") newest first
    facets: dict[str, list[tuple[str, int]]]


def _schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("id", stored=True, tokenizer_name="raw")
    for field in ("title", "text"):  # as written, stored for display; and folded, for matching
        builder.add_text_field(field, stored=True)
        builder.add_text_field(f"{field}_folded")
    builder.add_text_field("pairs", tokenizer_name="whitespace", index_option="freq")  # query.neighbours
    builder.add_text_field("url", stored=True, tokenizer_name="raw")
    builder.add_date_field("published_at", stored=True)
    for field in FACETS:  # the values shown and counted; a province or outlet is filtered on its name_key
        builder.add_text_field(field, stored=True, fast=True, tokenizer_name="raw")
    builder.add_text_field("province_key", tokenizer_name="raw")
    builder.add_text_field("outlet_key", tokenizer_name="raw")
    return builder.build()


class SearchIndex:
    """Full-text search over a store's articles, from an index in the folder beside the store file."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._index = _open(folder)
        self._schema = self._index.schema

    @classmethod
    def for_store(cls, db_path: str | Path) -> SearchIndex:
        """The index of the store at db_path (created, empty, if missing): a file's in <db_path>.search/ beside
        it; a DuckLake store's on this machine (each machine keeps its own, caught up from the shared store),
        in $MONITOR_SEARCH_DIR, else ~/.cache/monitor/search/, in a folder named after the catalog's address."""
        if not lake.is_lake(str(db_path)):
            return cls(Path(f"{db_path}{SUFFIX}"))
        key = hashlib.sha1(lake.catalog_address(str(db_path)).encode()).hexdigest()[:16]
        return cls(_search_root() / f"lake-{key}")

    def held(self) -> int:
        """How many articles the index holds (committed, by any process)."""
        self._index.reload()
        return self._index.searcher().num_docs

    def refresh(self, db_path: str | Path, *, wait: float | None = None) -> int:
        """Catch up with the store: index the articles added or changed (text, title, dates, extractor, facts'
        provinces and metrics) since the last refresh and drop those deleted. Returns how many it indexed
        or dropped.

        The store is opened read-only for one query of signatures, then for each batch of articles read,
        and closed before the index is written. A refresh going on elsewhere (another process or thread)
        is waited for up to `wait` seconds (default 30), then this one is skipped (0). `wait` also bounds
        the wait for a store another process holds (default: the store's, $MONITOR_LOCK_WAIT).
        """
        with _locked(self.folder, REFRESH_WAIT if wait is None else wait) as held:
            if not held:
                return 0
            record = Record(self.folder / "record.sqlite")
            try:
                known = record.signatures()
                with Store.open(db_path, read_only=True, wait=wait) as store:
                    current = signatures(store)
                    todo = sorted(article_id for article_id, mark in current.items() if known.get(article_id) != mark)
                    first = articles(store, todo[:BATCH]) if todo else []  # most refreshes: one batch, one opening
                gone = sorted(set(known) - set(current))
                done = self._write(db_path, wait, todo, first, gone, record)
            finally:
                record.close()
        self._index.reload()
        return done

    def _write(
        self,
        db_path: str | Path,
        wait: float | None,
        todo: list[str],
        first: list[StoredArticle],
        gone: list[str],
        record: Record,
    ) -> int:
        """Index the articles of todo (first: those of its first batch, already read; the others read from the
        store a batch at a time) and drop those of gone. Each batch is committed, then noted in the record, so
        a refresh stopped halfway keeps what it did."""
        if not todo and not gone:
            return 0
        writer = self._index.writer(heap_size=WRITER_HEAP, num_threads=min(4, os.cpu_count() or 1))
        done = 0
        try:
            for start in range(0, len(todo), BATCH):
                batch = todo[start : start + BATCH]
                if start == 0:
                    found = first
                else:
                    with Store.open(db_path, read_only=True, wait=wait) as store:
                        found = articles(store, batch)
                for article_id in batch:
                    writer.delete_documents_by_term("id", article_id)
                for article in found:
                    writer.add_document(self._document(article))
                writer.commit()
                vanished = sorted(set(batch) - {article.id for article in found})  # deleted meanwhile
                record.update([(article.id, article.signature) for article in found], vanished)
                done += len(batch)
            if gone:
                for article_id in gone:
                    writer.delete_documents_by_term("id", article_id)
                writer.commit()
                record.update([], gone)
                done += len(gone)
        except BaseException:
            writer.rollback()
            raise
        finally:
            writer.wait_merging_threads()  # lets go of tantivy's writer lock
        return done

    def _document(self, article: StoredArticle) -> tantivy.Document:
        doc = tantivy.Document()
        doc.add_text("id", article.id)
        title = unicodedata.normalize("NFC", article.title or "")
        text = unicodedata.normalize("NFC", article.text or "")
        pairs = []
        for field, value in (("title", title), ("text", text)):
            folded = fold(value)
            doc.add_text(field, value)
            doc.add_text(f"{field}_folded", folded)
            pairs += neighbours(words(folded))  # of the title, then of the text: no pair across the two
        doc.add_text("pairs", " ".join(pairs))
        if article.url:
            doc.add_text("url", article.url)
        if article.published_at:
            day = article.published_at
            doc.add_date("published_at", dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC))
        if article.outlet:
            doc.add_text("outlet", article.outlet)
            doc.add_text("outlet_key", name_key(article.outlet))
        if article.month:
            doc.add_text("month", article.month)
        for province in article.provinces:
            doc.add_text("province", province)
            doc.add_text("province_key", name_key(province))
        for metric in article.metrics:
            doc.add_text("metric", metric)
        return doc

    def search(
        self,
        q: str,
        *,
        province: str | None = None,
        metric: str | None = None,
        outlet: str | None = None,
        month: str | None = None,
        limit: int = 20,
        offset: int = 0,
    ) -> SearchResult:
        """The articles matching every word and phrase of q (in title or text; accents, "đ" and case aside),
        best first (BM25; title words, exact accents and words side by side count more), with facet counts
        over all matches. Filters: a province or outlet (any case or accents), a metric, a month "YYYY-MM".

        Raises ValueError, with a one-line reason, for a query without words, an empty filter, a malformed
        month, or a limit outside 1..1000 or a negative offset.
        """
        clauses = read_query(q)
        if not 1 <= limit <= MAX_LIMIT:
            raise ValueError(f"limit must be between 1 and {MAX_LIMIT}: got {limit}")
        if offset < 0:
            raise ValueError(f"offset must not be negative: got {offset}")
        filters = _filters(province=province, metric=metric, outlet=outlet, month=month)
        ranked, matching = queries(self._schema, clauses, filters)
        self._index.reload()  # what another process committed since
        searcher = self._index.searcher()
        found = searcher.search(ranked, limit, count=True, offset=offset)
        total = found.count or 0
        hits = [self._hit(searcher.doc(address), score, clauses) for score, address in found.hits]
        return SearchResult(total, hits, _facets(searcher, matching) if total else {name: [] for name in FACETS})

    def _hit(self, doc: tantivy.Document, score: float, clauses: Sequence[Clause]) -> Hit:
        text = doc.get_first("text") or ""
        shown, marks = snippet(text, clauses)
        published = doc.get_first("published_at")
        return Hit(
            article_id=doc.get_first("id"),
            title=doc.get_first("title") or _first_line(text) or doc.get_first("id"),
            url=doc.get_first("url"),
            outlet=doc.get_first("outlet"),
            published_at=published.date() if published else None,
            snippet=shown,
            highlights=marks,
            score=float(score),
            provinces=doc.get_all("province"),
            metrics=doc.get_all("metric"),
        )


def _search_root() -> Path:
    if given := os.environ.get("MONITOR_SEARCH_DIR"):
        return Path(given)
    cache = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(cache) / "monitor" / "search"


def _filters(**given: str | None) -> list[tuple[str, str]]:
    """(field, term) for each filter given; a province or outlet is matched on its name_key."""
    terms = []
    for name, value in given.items():
        if value is None:
            continue
        if not value.strip():
            raise ValueError(f"the {name} filter is empty: give a value, or none for no filter")
        if name in ("province", "outlet"):
            terms.append((f"{name}_key", name_key(value)))
        elif name == "month":
            terms.append(("month", _month(value)))
        else:
            terms.append((name, value.strip().lower()))
    return terms


def _month(value: str) -> str:
    match = re.fullmatch(r"(\d{4})-(\d{1,2})", value.strip())
    if not match or not 1 <= int(match[2]) <= 12:
        raise ValueError(f"a month is written YYYY-MM, such as 2025-08: got {value!r}")
    return f"{match[1]}-{int(match[2]):02d}"


def _facets(searcher: tantivy.Searcher, query: tantivy.Query) -> dict[str, list[tuple[str, int]]]:
    """Each facet's values over every match of the query: most articles first (months: newest first)."""
    asked = {name: {"terms": {"field": name, "size": FACET_SIZE}} for name in FACETS}
    answer = searcher.aggregate(query, asked)
    facets = {}
    for name in FACETS:
        counts = [(bucket["key"], int(bucket["doc_count"])) for bucket in answer.get(name, {}).get("buckets", [])]
        if name == "month":
            counts.sort(key=lambda item: item[0], reverse=True)
        else:
            counts.sort(key=lambda item: (-item[1], item[0]))
        facets[name] = counts
    return facets


def _first_line(text: str, width: int = 120) -> str:
    line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return line if len(line) <= width else line[: line.rfind(" ", 0, width) if " " in line[:width] else width] + "…"


@contextlib.contextmanager
def _locked(folder: Path, wait: float) -> Iterator[bool]:
    """Hold the index folder's lock (one refresh at a time, across processes and threads): True, or False
    if another holder kept it for `wait` seconds."""
    with (folder / "lock").open("a") as handle:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    yield False
                    return
                time.sleep(0.05)
        try:
            yield True
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _open(folder: Path) -> tantivy.Index:
    """The index in folder; created (empty) if missing, of another format, or unreadable."""
    folder.mkdir(parents=True, exist_ok=True)
    found = _existing(folder)
    if found is not None:
        return found
    with _locked(folder, REFRESH_WAIT):  # one process creates it; the others then open it
        found = _existing(folder)
        if found is not None:
            return found
        shutil.rmtree(folder / "index", ignore_errors=True)
        (folder / "index").mkdir()
        index = tantivy.Index(_schema(), path=str(folder / "index"), reuse=False)
        record = Record(folder / "record.sqlite")
        try:
            record.clear()  # nothing is indexed: the next refresh reads every article
            record.set_format(FORMAT)
        finally:
            record.close()
        return index


def _existing(folder: Path) -> tantivy.Index | None:
    record = Record(folder / "record.sqlite")
    try:
        if record.format() != FORMAT or not tantivy.Index.exists(str(folder / "index")):
            return None
    finally:
        record.close()
    try:
        return tantivy.Index.open(str(folder / "index"))
    except ValueError:  # damaged: built again
        return None
