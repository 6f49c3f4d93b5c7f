"""`monitor crawl` and `monitor sources` behind the command line: passes, watching, and what people see.

Output goes to stderr: one line per page (or one JSON object with --log-json), a progress bar when
stderr is a terminal, a per-source summary at the end of each pass. --quiet keeps only errors. What
libraries log (trafilatura's "empty HTML tree", underthesea, Python warnings) goes through the same
reporter during a pass: a "log" line, a JSON object with --log-json, nothing with --quiet or the bar.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import logging
import time
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import duckdb
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from monitor import crawl as crawling
from monitor import pipeline
from monitor.crawl import CrawlEvent, Listing, one_line
from monitor.store import Result, Store, StoreMissing
from monitor.store import StoreBusy as StoreHeld

MODES = ("lines", "progress", "quiet", "json")


class StoreBusy(StoreHeld):
    """The store cannot be opened (most often: another process holds it); a one-line reason.

    A monitor.store.StoreBusy, so one except clause catches both."""


# In --watch, never sleep longer than this between two looks at the listings' schedule.
MAX_SLEEP = 60.0


@dataclass
class CrawlSettings:
    """What `monitor crawl` was asked for, beyond the listings and the database: crawl()'s keyword arguments."""

    delay: float = 5.0
    timeout: float = 20.0
    max_bytes: int = 5_000_000
    retries: int = 3
    user_agent: str = crawling.DEFAULT_USER_AGENT
    poll_interval: float = crawling.POLL_INTERVAL
    allow_private: bool = False  # fetch loopback, private and link-local addresses other than the listings' own


@dataclass
class Tally:
    """Counts per source and kind of outcome (stored, skipped, known, error), for a pass or a whole watch."""

    counts: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))

    def add(self, source: str, outcome: str) -> None:
        self.counts[source][outcome] += 1

    def total(self, outcome: str) -> int:
        return sum(counter[outcome] for counter in self.counts.values())


class Reporter:
    """Tells a person (or a log collector) what the crawl does, on stderr."""

    def __init__(self, console: Console, mode: str) -> None:
        self.console = console
        self.mode = mode
        self._progress: Progress | None = None
        self._task: Any = None

    def start_pass(self, listings: int) -> None:
        if self.mode == "progress":
            self._progress = Progress(
                TextColumn("[bold]crawl[/]"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.description}"),
                TimeElapsedColumn(),
                console=self.console,
                transient=True,
            )
            self._progress.start()
            self._task = self._progress.add_task(f"reading {listings} feeds and sitemaps", total=None)

    def queued(self, pages: int) -> None:
        if self._progress is not None:
            self._progress.update(self._task, total=pages, description="")

    def page(self, event: CrawlEvent, outcome: str, facts: int | None, tally: Tally) -> None:
        if event.warning:
            self._say("warning", event.warning, event)
        if outcome == "known":
            return  # listed again by a feed; not news
        if outcome == "error":
            self._say("error", event.message, event)
        elif outcome == "skipped":
            self._say("skipped", f"{event.url}: {event.message}", event)
        else:
            near = f", near copy of {', '.join(other for other, _ in event.near)}" if event.near else ""
            self._say("stored", f"{event.url} ({facts} facts{near})", event, facts=facts)
        if self._progress is not None and _is_page(event):
            counts = tally.counts
            shown = ", ".join(f"{name} {c['stored']}/{c['skipped']}/{c['error']}" for name, c in counts.items())
            self._progress.update(self._task, advance=1, description=f"stored/skipped/errors: {shown}"[:100])

    def end_pass(self, tally: Tally, counts: dict[str, int]) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None
        line = (
            f"crawl done: {tally.total('stored')} new articles, {tally.total('skipped')} skipped, "
            f"{tally.total('error')} errors; store holds {counts['articles']} articles and {counts['facts']} facts"
        )
        if self.mode == "json":
            self._json("summary", message=line, **{k: tally.total(k) for k in ("stored", "skipped", "error")})
        elif self.mode != "quiet":
            if self.mode == "progress" and tally.counts:
                self.console.print(_summary_table(tally))
            self.console.print(line, markup=False)

    def warn(self, event: CrawlEvent) -> None:
        """Something about a listing (an entry that cannot be fetched, a sitemap named twice, a cap reached)."""
        self._say("warning", event.message, event)

    def library(self, logger: str, level: str, message: str) -> None:
        """A line a library logged (trafilatura, underthesea, Python warnings): kept out of --quiet and the bar."""
        message = " ".join(message.split())[:300]
        if self.mode == "json":
            self._json("log", logger=logger, level=level, message=message)
        elif self.mode == "lines":
            self.console.print(f"log: {logger}: {message}", markup=False)

    def note(self, message: str) -> None:
        if self.mode == "json":
            self._json("note", message=message)
        elif self.mode != "quiet":
            self.console.print(message, markup=False)

    def _say(self, kind: str, message: str, event: CrawlEvent, **extra: Any) -> None:
        if self.mode == "json":
            self._json(kind, url=event.url, source=event.source, message=message, **extra)
        elif kind == "error" or self.mode == "lines" or (kind == "warning" and self.mode == "progress"):
            # the progress bar counts pages; only what needs attention gets a line above it
            self.console.print(f"{kind}: {message}", markup=False)

    def _json(self, kind: str, **fields: Any) -> None:
        record = {"at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), "event": kind, **fields}
        self.console.file.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.console.file.flush()


def _is_page(event: CrawlEvent) -> bool:
    return event.kind in ("article", "skipped") or (event.kind == "error" and event.message.startswith("page "))


def _summary_table(tally: Tally) -> Table:
    table = Table("source", "stored", "skipped", "errors", title="This run, per source", header_style="bold")
    for source, counter in sorted(tally.counts.items()):
        table.add_row(source, str(counter["stored"]), str(counter["skipped"]), str(counter["error"]))
    return table


def crawl_pass(db: str, listings: Sequence[Listing], settings: CrawlSettings, reporter: Reporter) -> Tally:
    """One crawl of listings into the store at db, which is held only for the pass."""
    tally = Tally()
    counts = {"articles": 0, "facts": 0}
    store = _open(db)
    reporter.start_pass(len(listings))
    try:
        with store, library_logs(reporter):
            for event in crawling.crawl(listings, state=store, **dataclasses.asdict(settings)):
                _handle(event, store, reporter, tally)
                store.step_aside()  # readers (monitor query, notebooks) get in between pages
            counts = store.counts()
    finally:
        reporter.end_pass(tally, counts)
    pipeline.refresh_search(db, warn=reporter.note)  # the store is closed: its new articles become searchable
    return tally


def rejudge_pass(db: str, model: crawling.RelevanceModel | None, reporter: Reporter) -> Tally:
    """Judge again, with model, every page the crawl read into the store at db (crawl/rejudge.py): off-topic
    pages now relevant are extracted and stored, kept articles now below the threshold are reported."""
    from monitor.crawl.rejudge import rejudge

    tally = Tally()
    store = _open(db)
    with store, library_logs(reporter):
        offtopic, kept = (
            store.query("SELECT count(*) FROM offtopic_pages").rows[0][0],
            store.query("SELECT count(*) FROM frontier WHERE status = 'stored'").rows[0][0],
        )
        version = model.version if model else "the cue rule"
        reporter.note(f"judging again {offtopic} off-topic pages and {kept} kept articles with {version}")
        for event in rejudge(store, model):
            if event.kind == "warning":
                tally.add(event.source or "", "doubtful")
            _handle(event, store, reporter, tally)
            if event.kind == "article" and reporter.mode == "progress":
                reporter.note(f"kept: {event.url} ({event.article.id if event.article else ''}, {event.message})")
            store.step_aside()
        counts = store.counts()
    line = (
        f"rejudge done: {tally.total('stored')} off-topic pages now kept, {tally.total('skipped')} still skipped, "
        f"{tally.total('doubtful')} kept articles now below the threshold, {tally.total('error')} errors; "
        f"store holds {counts['articles']} articles and {counts['facts']} facts"
    )
    reporter.note(line)
    pipeline.refresh_search(db, warn=reporter.note)
    return tally


class _LibraryLog(logging.Handler):
    """Hands what libraries log (WARNING and above) to the reporter."""

    def __init__(self, reporter: Reporter) -> None:
        super().__init__(logging.WARNING)
        self.reporter = reporter

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.reporter.library(record.name, record.levelname.lower(), record.getMessage())
        except Exception:
            self.handleError(record)


@contextlib.contextmanager
def library_logs(reporter: Reporter) -> Iterator[None]:
    """While in the block, every logger's output (the root's, and that of loggers with handlers of
    their own, such as underthesea's on stdout) and Python's warnings go to the reporter, nowhere else."""
    handler = _LibraryLog(reporter)
    saved: list[tuple[logging.Logger, list[logging.Handler]]] = []
    loggers = [
        logging.root,
        *(item for item in logging.root.manager.loggerDict.values() if isinstance(item, logging.Logger)),
    ]
    for logger in loggers:
        if logger is logging.root or any(not isinstance(h, logging.NullHandler) for h in logger.handlers):
            saved.append((logger, logger.handlers[:]))
            logger.handlers = [handler] if logger is logging.root or not logger.propagate else []
    capturing = getattr(logging, "_warnings_showwarning", None) is None  # else someone captures them already
    logging.captureWarnings(True)
    try:
        yield
    finally:
        if capturing:
            logging.captureWarnings(False)
        for logger, handlers in saved:
            logger.handlers = handlers


def _open(db: str, read_only: bool = False) -> Store:
    try:
        return Store.open(db, read_only=read_only)
    except (duckdb.Error, StoreHeld) as error:  # most often: another process holds the file
        raise StoreBusy(f"cannot open {db}: {str(error).splitlines()[0]}") from None


def _handle(event: CrawlEvent, store: Store, reporter: Reporter, tally: Tally) -> None:
    if event.kind == "queued":
        reporter.queued(int(event.message.split()[0]))
        return
    if event.kind == "warning":
        reporter.warn(event)
        return
    facts = None
    if event.kind == "article" and event.article is not None:
        facts = _ingest(event, store, reporter)  # an error event, if the extraction failed
    if event.kind == "article":
        outcome = "stored"
    elif event.kind == "skipped":
        outcome = "known" if event.message == "already known" else "skipped"
    else:
        outcome = "error"
    tally.add(event.source or "", outcome)
    reporter.page(event, outcome, facts, tally)


def _ingest(event: CrawlEvent, store: Store, reporter: Reporter) -> int | None:
    """Extract and store an article's facts; how many. An extractor's bug fails this page only (it is
    tried again next run, when a fixed extractor may read it) instead of stopping every pass."""
    assert event.article is not None
    try:
        ingested = pipeline.ingest(event.article, store)
    except Exception as error:
        event.fail(f"page {event.url}: cannot extract facts ({one_line(error)})")
        return None
    for problem in ingested.problems:
        reporter.note(f"warning: {problem}")
    return len(ingested.facts)


def watch(
    db: str, listings: Sequence[Listing], settings: CrawlSettings, reporter: Reporter, passes: int | None = None
) -> Tally:
    """Crawl, then keep polling each listing when it is due (adaptive intervals), until interrupted or
    after `passes` passes. The store is closed while waiting, so `monitor sources` can read it."""
    whole = Tally()
    done = 0
    while passes is None or done < passes:
        due = _due(db, listings)
        if due:
            tally = crawl_pass(db, due, settings, reporter)
            for source, counter in tally.counts.items():
                whole.counts[source].update(counter)
            done += 1
        if passes is not None and done >= passes:
            break
        time.sleep(_seconds_to_next(db, listings))
    return whole


# Between passes the schedule is only read: read-only, so readers (and other read-only opens) go on
# side by side with it instead of waiting for a writer's lock about once a minute.


def _due(db: str, listings: Sequence[Listing]) -> list[Listing]:
    try:
        with _open(db, read_only=True) as store:
            due = set(store.due_listings([listing.url for listing in listings]))
    except StoreMissing:
        return list(listings)  # no store yet: nothing was ever polled
    return [listing for listing in listings if listing.url in due]


def _seconds_to_next(db: str, listings: Sequence[Listing]) -> float:
    try:
        with _open(db, read_only=True) as store:
            when = store.next_due([listing.url for listing in listings])
    except StoreMissing:
        when = None
    if when is None:
        return 1.0
    return min(MAX_SLEEP, max(0.05, (when - dt.datetime.now(dt.UTC)).total_seconds()))


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


def source_report(store: Store, listed: Sequence[crawling.Source] = ()) -> Result:
    """One row per source: the ones the store has crawled, then listed ones it never fetched."""
    rows: list[tuple[Any, ...]] = []
    seen = set()
    for health in store.source_health():  # opening the store made its crawl tables, even in an old file
        seen.add(health.source)
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
    rows += [(source.name, "never fetched", *[None] * 7) for source in listed if source.name not in seen]
    return Result(SOURCE_COLUMNS, rows)


def _minute(when: dt.datetime | None) -> str | None:
    return when.strftime("%Y-%m-%d %H:%M") if when else None
