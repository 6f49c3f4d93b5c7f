"""Crawl passes into a store, and --watch: crawl → extract → store, with an observer told what happens.

The store is held only during a pass (readers get in between pages, see Store.step_aside); while --watch
waits for the next poll, the schedule is read read-only. What a person sees is the observer's business
(monitor/reporter.py for the command line).
"""

from __future__ import annotations

import datetime as dt
import signal
import threading
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from types import FrameType
from typing import Protocol

import duckdb

from monitor.crawl import CrawlEvent, CrawlSettings, EventKind, Listing, RelevanceModel, crawl, one_line
from monitor.crawl.shard import Shard
from monitor.crawl.urls import host_key
from monitor.pipeline.article import ingest, warm_up
from monitor.pipeline.index import refresh_search
from monitor.store import Store, StoreMissing
from monitor.store import StoreBusy as StoreHeld

# In --watch, never sleep longer than this between two looks at the listings' schedule.
MAX_SLEEP = 60.0
OUTCOMES = ("stored", "skipped", "known", "error")


class StoreBusy(StoreHeld):
    """The store cannot be opened (most often: another process holds it); a one-line reason.

    A monitor.store.StoreBusy, so one except clause catches both."""


class NetworkDown(Exception):
    """No host could be reached in a pass (every one failed to connect): str() is the one line to show,
    tally the pass's counts (its listings' errors)."""

    def __init__(self, message: str, tally: Tally) -> None:
        super().__init__(message)
        self.tally = tally


@dataclass
class Tally:
    """Counts per source and kind of outcome (stored, skipped, known, error), for a pass or a whole watch;
    and how far a pass is: hosts, listings and pages known and done."""

    counts: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    hosts: int = 0
    listings: int = 0
    listings_done: int = 0
    pages: int = 0
    pages_done: int = 0
    network_down: bool = False
    stopped: bool = False  # SIGTERM ended the pass early

    def add(self, source: str, outcome: str) -> None:
        self.counts[source][outcome] += 1

    def total(self, outcome: str) -> int:
        return sum(counter[outcome] for counter in self.counts.values())

    def merge(self, other: Tally) -> None:
        for source, counter in other.counts.items():
            self.counts[source].update(counter)


class PassObserver(Protocol):
    """What a pass tells whoever watches it (the command line's Reporter)."""

    def start_pass(self, tally: Tally) -> None: ...
    def progress(self, tally: Tally) -> None: ...
    def page(self, event: CrawlEvent, outcome: str, facts: int | None, tally: Tally) -> None: ...
    def warn(self, event: CrawlEvent) -> None: ...
    def note(self, message: str) -> None: ...
    def end_pass(self, tally: Tally, counts: dict[str, int] | None) -> None: ...


def crawl_pass(
    db: str,
    listings: Sequence[Listing],
    settings: CrawlSettings,
    observer: PassObserver,
    shard: Shard | None = None,
) -> Tally:
    """One crawl of listings into the store at db, which is held only for the pass. Raises NetworkDown
    (after the pass is closed and reported) when no host could be reached. SIGTERM in a watch ends the pass
    after the page in hand is recorded, then raises KeyboardInterrupt. With a shard, one worker's pass among
    others' on the store: its listings and pages only (crawl.run.crawl)."""
    own = shard.pick(listings) if shard else listings
    tally = Tally(hosts=len({host_key(listing.url) for listing in own}), listings=len(own))
    counts: dict[str, int] | None = None  # what the store holds, unknown if the pass is broken off (Ctrl-C)
    warm_up()  # before the store is held
    store = _open(db)
    observer.start_pass(tally)
    try:
        with store:
            for event in crawl(listings, settings, state=store, stop=STOP.is_set, shard=shard):
                _handle(event, store, observer, tally)
                store.step_aside()  # readers (monitor query, notebooks) get in between pages
            counts = store.counts()
            tally.stopped = STOP.is_set()
    finally:
        observer.end_pass(tally, counts)
    refresh_search(db, warn=observer.note)  # the store is closed: its new articles become searchable
    _stop_point()
    if tally.network_down:
        raise NetworkDown(f"no host reachable: network down? ({tally.hosts} hosts, none answered)", tally)
    return tally


def rejudge_pass(db: str, model: RelevanceModel | None, observer: PassObserver) -> Tally:
    """Judge again, with model, every page the crawl read into the store at db (crawl/rejudge.py): off-topic
    pages now relevant are extracted and stored, kept articles now below the threshold are reported."""
    from monitor.crawl.rejudge import rejudge

    tally = Tally()
    store = _open(db)
    with store:
        offtopic, kept = (
            store.query("SELECT count(*) FROM offtopic_pages").rows[0][0],
            store.query("SELECT count(*) FROM frontier WHERE status = 'stored'").rows[0][0],
        )
        version = model.version if model else "the cue rule"
        observer.note(f"judging again {offtopic} off-topic pages and {kept} kept articles with {version}")
        for event in rejudge(store, model):
            if event.kind == EventKind.WARNING:
                tally.add(event.source or "", "doubtful")
            _handle(event, store, observer, tally)
            if event.kind == EventKind.ARTICLE:
                observer.note(f"kept: {event.url} ({event.article.id if event.article else ''}, {event.message})")
            store.step_aside()
        counts = store.counts()
    line = (
        f"rejudge done: {tally.total('stored')} off-topic pages now kept, {tally.total('skipped')} still skipped, "
        f"{tally.total('doubtful')} kept articles now below the threshold, {tally.total('error')} errors; "
        f"store holds {counts['articles']} articles and {counts['facts']} facts"
    )
    observer.note(line)
    refresh_search(db, warn=observer.note)
    return tally


def _open(db: str, read_only: bool = False) -> Store:
    try:
        return Store.open(db, read_only=read_only)
    except (duckdb.Error, StoreHeld) as error:  # most often: another process holds the file
        raise StoreBusy(f"cannot open {db}: {str(error).splitlines()[0]}") from None


def _handle(event: CrawlEvent, store: Store, observer: PassObserver, tally: Tally) -> None:
    if event.kind == EventKind.QUEUED:
        tally.pages += event.count
        observer.progress(tally)
        return
    if event.kind == EventKind.LISTED:
        tally.listings_done += 1
        tally.listings += event.children
        tally.pages += event.count
        observer.progress(tally)
        return
    if event.kind == EventKind.NETWORK_DOWN:
        tally.network_down = True
        return
    if event.kind == EventKind.WARNING:
        observer.warn(event)
        return
    if not event.is_page:  # a listing that failed
        tally.listings_done += 1
        tally.add(event.source or "", "error")
        observer.page(event, "error", None, tally)
        return
    facts = None
    if event.kind == EventKind.ARTICLE and event.article is not None:
        facts = _ingest(event, store, observer)  # an error event, if the extraction failed
    outcome = {EventKind.ARTICLE: "stored", EventKind.SKIPPED: "skipped", EventKind.KNOWN: "known"}
    tally.add(event.source or "", outcome.get(event.kind, "error"))
    if event.kind != EventKind.KNOWN:
        tally.pages_done += 1
    observer.page(event, outcome.get(event.kind, "error"), facts, tally)


def _ingest(event: CrawlEvent, store: Store, observer: PassObserver) -> int | None:
    """Extract and store an article's facts; how many. An extractor's bug fails this page only (it is
    tried again next run, when a fixed extractor may read it) instead of stopping every pass."""
    assert event.article is not None
    try:
        ingested = ingest(event.article, store)
    except Exception as error:
        event.fail(f"page {event.url}: cannot extract facts ({one_line(error)})")
        return None
    for problem in ingested.problems:
        observer.note(f"warning: {problem}")
    return len(ingested.facts)


class WatchObserver(PassObserver, Protocol):
    """A pass observer that is also told of each pass's end and of the waits of --watch."""

    def watched(self, number: int, tally: Tally, next_poll: dt.datetime | None) -> None: ...
    def waiting(self, next_poll: dt.datetime | None) -> None: ...


def watch(
    db: str,
    listings: Sequence[Listing],
    settings: CrawlSettings,
    observer: WatchObserver,
    passes: int | None = None,
    shard: Shard | None = None,
) -> Tally:
    """Crawl, then keep polling each listing when it is due (adaptive intervals), until interrupted
    (Ctrl-C, or SIGTERM, which raises KeyboardInterrupt at the next safe point) or after `passes` passes.
    The store is closed while waiting, so `monitor sources` can read it. A first pass that reaches no
    host raises NetworkDown; a later one is told and the watch goes on (the network may come back). With a
    shard, the listings on its hosts are polled, each pass a worker's (crawl_pass)."""
    listings = shard.pick(listings) if shard else listings
    whole = Tally()
    done = 0
    waiting_told = False
    with _sigterm_as_interrupt():
        while passes is None or done < passes:
            due = _due(db, listings)
            if due:
                try:
                    tally = crawl_pass(db, due, settings, observer, shard)
                except NetworkDown as down:
                    if done == 0:
                        raise
                    observer.note(str(down))
                    tally = down.tally
                whole.merge(tally)
                done += 1
                observer.watched(done, tally, _next_poll(db, listings))
                waiting_told = False
                continue  # look at the schedule again at once: another listing may be due
            if not waiting_told:
                observer.waiting(_next_poll(db, listings))  # said once per wait, not at each look
                waiting_told = True
            STOP.wait(_seconds_to_next(db, listings))  # returns at once on SIGTERM
            _stop_point()
    return whole


class _sigterm_as_interrupt:
    """While in the block, SIGTERM (a service manager stopping us) stops the watch as Ctrl-C does, but only at
    a safe point: the handler just notes it; the wait between passes wakes up at once, and a pass stops after
    the page in hand (see _stop_point), so no line is left half-written and the store is closed cleanly.
    Only in the main thread (elsewhere signals cannot be handled)."""

    def __enter__(self) -> None:
        STOP.clear()
        try:
            self._saved = signal.signal(signal.SIGTERM, _note_stop)
        except ValueError:
            self._saved = None

    def __exit__(self, *exc: object) -> None:
        if self._saved is not None:
            signal.signal(signal.SIGTERM, self._saved)


STOP = threading.Event()  # set by SIGTERM during a watch


def _note_stop(signum: int, frame: FrameType | None) -> None:
    STOP.set()


def _stop_point() -> None:
    """Raise KeyboardInterrupt, as Ctrl-C would, when SIGTERM asked the watch to stop."""
    if STOP.is_set():
        raise KeyboardInterrupt("SIGTERM")


# Between passes the schedule is only read: read-only, so readers (and other read-only opens) go on
# side by side with it instead of waiting for a writer's lock about once a minute.


def _due(db: str, listings: Sequence[Listing]) -> list[Listing]:
    try:
        with _open(db, read_only=True) as store:
            due = set(store.due_listings([listing.url for listing in listings]))
    except StoreMissing:
        return list(listings)  # no store yet: nothing was ever polled
    return [listing for listing in listings if listing.url in due]


def _next_poll(db: str, listings: Sequence[Listing]) -> dt.datetime | None:
    try:
        with _open(db, read_only=True) as store:
            return store.next_due([listing.url for listing in listings])
    except StoreMissing:
        return None


def _seconds_to_next(db: str, listings: Sequence[Listing]) -> float:
    when = _next_poll(db, listings)
    if when is None:
        return 1.0
    return min(MAX_SLEEP, max(0.05, (when - dt.datetime.now(dt.UTC)).total_seconds()))
