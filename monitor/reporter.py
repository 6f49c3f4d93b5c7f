"""What `monitor crawl` and `monitor rejudge` tell a person (or a log collector), on stderr.

One line per page (or one JSON object with --log-json), a progress bar with known totals (hosts,
listings, pages) when stderr is a terminal, a per-source summary at the end of each pass, and with
--watch one timestamped line per pass. --quiet keeps only errors. What libraries log (trafilatura's
"empty HTML tree", underthesea, Python warnings) goes through the same reporter during a pass
(library_logs): a "log" line, a JSON object with --log-json, nothing with --quiet or the bar.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
from collections.abc import Iterator
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from monitor.crawl import CrawlEvent
from monitor.pipeline import Tally

MODES = ("lines", "progress", "quiet", "json")


class Reporter:
    """A pass observer (monitor.pipeline.PassObserver) that writes to a console, in one of MODES."""

    def __init__(self, console: Console, mode: str) -> None:
        self.console = console
        self.mode = mode
        self._progress: Progress | None = None
        self._task: Any = None

    def start_pass(self, tally: Tally) -> None:
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
            self._task = self._progress.add_task(_totals(tally), total=tally.listings)

    def progress(self, tally: Tally) -> None:
        """A listing was read, or pages were queued: the totals grew."""
        if self._progress is not None:
            self._progress.update(self._task, **_bar(tally))

    def page(self, event: CrawlEvent, outcome: str, facts: int | None, tally: Tally) -> None:
        if event.warning:
            self._say("warning", event.warning, event)
        if self._progress is not None:
            self._progress.update(self._task, **_bar(tally))
        if outcome == "known":
            return  # listed again by a feed; not news
        if outcome == "error":
            self._say("error", event.message, event)
        elif outcome == "skipped":
            self._say("skipped", f"{event.url}: {event.message}", event)
        else:
            near = f", near copy of {', '.join(other for other, _ in event.near)}" if event.near else ""
            self._say("stored", f"{event.url} ({facts} facts{near})", event, facts=facts)

    def end_pass(self, tally: Tally, counts: dict[str, int] | None) -> None:
        """The pass's summary; counts (what the store holds) is None when the pass was broken off."""
        if self._progress is not None:
            self._progress.stop()
            self._progress = None
        done = f"{tally.total('stored')} new articles, {tally.total('skipped')} skipped, {tally.total('error')} errors"
        if counts is None:
            line = f"crawl interrupted: {done}; what was stored is kept, the next run goes on from there"
        else:
            ended = "crawl stopped early" if tally.stopped else "crawl done"
            line = f"{ended}: {done}; store holds {counts['articles']} articles and {counts['facts']} facts"
        if self.mode == "json":
            self._json("summary", message=line, **{k: tally.total(k) for k in ("stored", "skipped", "error")})
        elif self.mode != "quiet":
            if self.mode == "progress" and tally.counts:
                self.console.print(_summary_table(tally))
            self.console.print(line, markup=False)

    def watched(self, number: int, tally: Tally, next_poll: dt.datetime | None) -> None:
        """--watch: one timestamped line per pass, and when the next poll is due."""
        counts = f"{tally.total('stored')} new, {tally.total('skipped')} skipped, {tally.total('error')} errors"
        line = f"{_stamp()} pass {number}: {counts}; {_next(next_poll)}"
        if self.mode == "json":
            fields = {k: tally.total(k) for k in ("stored", "skipped", "error")}
            self._json("pass", number=number, message=line, next_poll=_iso(next_poll), **fields)
        elif self.mode != "quiet":
            self.console.print(line, markup=False)

    def waiting(self, next_poll: dt.datetime | None) -> None:
        """--watch: no source is due; said once per wait."""
        line = f"{_stamp()} every source is waiting; {_next(next_poll)}"
        if self.mode == "json":
            self._json("waiting", message=line, next_poll=_iso(next_poll))
        elif self.mode != "quiet":
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
            self._json(kind, url=event.url, source=event.source, target=event.target, message=message, **extra)
        elif kind == "error" or self.mode == "lines" or (kind == "warning" and self.mode == "progress"):
            # the progress bar counts pages; only what needs attention gets a line above it
            self.console.print(f"{kind}: {message}", markup=False)

    def _json(self, kind: str, **fields: Any) -> None:
        record = {"at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), "event": kind, **fields}
        self.console.file.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.console.file.flush()


def _totals(tally: Tally) -> str:
    return (
        f"{tally.hosts} hosts · listings {tally.listings_done}/{tally.listings} · "
        f"pages {tally.pages_done}/{tally.pages}"
    )


def _bar(tally: Tally) -> dict[str, Any]:
    """The bar counts listings and pages, both known totals that grow as listings are read."""
    return {
        "total": tally.listings + tally.pages,
        "completed": tally.listings_done + tally.pages_done,
        "description": _totals(tally) + _sources(tally),
    }


# how much of the bar's line the per-source counts may take; the rest are counted, never cut mid-name
SOURCES_WIDTH = 80


def _sources(tally: Tally) -> str:
    """Per-source counts, the busiest first, as many whole ones as fit in SOURCES_WIDTH; "+N more" for the rest."""
    busiest = sorted(tally.counts.items(), key=lambda item: -sum(item[1].values()))
    shown: list[str] = []
    for name, counts in busiest:
        part = f"{name} {counts['stored']}/{counts['skipped']}/{counts['error']}"
        if shown and sum(len(text) + 2 for text in shown) + len(part) > SOURCES_WIDTH:
            break
        shown.append(part)
    if not shown:
        return ""
    more = len(busiest) - len(shown)
    return " · stored/skipped/errors: " + ", ".join(shown) + (f" (+{more} more)" if more else "")


def _stamp() -> str:
    return dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M:%S")


def _iso(moment: dt.datetime | None) -> str | None:
    return moment.isoformat(timespec="seconds") if moment else None


def _next(next_poll: dt.datetime | None) -> str:
    if next_poll is None:
        return "next poll now"
    seconds = max(0, round((next_poll - dt.datetime.now(dt.UTC)).total_seconds()))
    at = next_poll.astimezone().strftime("%H:%M:%S")
    wait = f"{seconds // 60} min {seconds % 60} s" if seconds >= 60 else f"{seconds} s"
    return f"next poll at {at} (in {wait})"


def _summary_table(tally: Tally) -> Table:
    table = Table("source", "stored", "skipped", "errors", title="This run, per source", header_style="bold")
    for source, counter in sorted(tally.counts.items()):
        table.add_row(source, str(counter["stored"]), str(counter["skipped"]), str(counter["error"]))
    return table


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
