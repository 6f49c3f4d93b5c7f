"""`monitor reextract`: the stored articles read again by today's extractor, in this process or in worker
processes on this machine, each article's facts replaced in one transaction (Store.write).

With workers, the processes only extract (pure computation on an Article, most of the time taken) and hand
back the facts; this process, the one writer, stores each article as its facts come back. One writer because
a DuckDB file takes one writing process, and because on a DuckLake store two writers' deletes and inserts on
one table conflict even on different articles (docs/ducklake-notes.md): N writers would retry one another's
transactions instead of going faster. Writes come back in the order the articles were read, so a run
stopped at any point has written a prefix of its list, and one run's store is the same whatever N.

The workers are spawned, not forked: this process holds a DuckDB connection and threads (DuckDB's own, the
progress bar's), and a fork copies their locks as they are, possibly taken, into a child that never
releases them; a spawned worker starts a fresh interpreter and loads the extractor's models once.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass

from monitor.extract import EXTRACTOR_VERSION
from monitor.pipeline.article import Ingested, as_first_read, read, warm_up
from monitor.store import Store

AHEAD = 4  # articles handed to each worker ahead of the writer: workers never wait, memory stays bounded


@dataclass(slots=True)
class Reextracted:
    """What a re-extraction did: articles read and written, facts they now hold."""

    articles: int = 0
    facts: int = 0


def reextract(
    store: Store, ids: Sequence[str], workers: int = 1, advance: Callable[[Ingested], None] = lambda ingested: None
) -> Reextracted:
    """Read the articles with these ids again and replace each one's facts (one transaction each, so a run
    killed anywhere leaves every article with its old facts or its new ones); advance() after each write.
    workers > 1 extracts in that many processes, this one writing. Readers get in between the writes
    (Store.step_aside). An extractor's error stops the run, as it does with one process."""
    done = Reextracted()
    for ingested in _readings(store, ids, workers):
        store.write(ingested.article, ingested.facts, EXTRACTOR_VERSION)
        done.articles += 1
        done.facts += len(ingested.facts)
        advance(ingested)
        store.step_aside()
    return done


def _readings(store: Store, ids: Sequence[str], workers: int) -> Iterator[Ingested]:
    """Each article's new reading, in the order of ids, read here or by workers."""
    if workers <= 1 or len(ids) <= 1:
        for article_id in ids:
            yield read(as_first_read(store.article(article_id)))
        return
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(min(workers, len(ids)), mp_context=context, initializer=_worker_start) as pool:
        waiting: deque[Future[Ingested]] = deque()
        todo = iter(ids)
        try:
            while True:
                while len(waiting) < AHEAD * workers and (article_id := next(todo, None)) is not None:
                    waiting.append(pool.submit(read, as_first_read(store.article(article_id))))
                if not waiting:
                    return
                yield waiting.popleft().result()
        finally:
            for future in waiting:  # stopped (Ctrl-C, an error): what is not begun is not done
                future.cancel()


def _worker_start() -> None:
    """A worker leaves Ctrl-C to its parent, which stops the pool (a terminal sends SIGINT to every process
    of its group: each worker would print its own traceback), and loads the extractor's models once."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    warm_up()
