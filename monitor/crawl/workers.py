"""AsyncFetcher for synchronous code (the crawl's loop): its event loop in a thread of its own, one worker
per host taking that host's URLs in order, hosts side by side, results handed back as they come."""

from __future__ import annotations

import asyncio
import threading
from collections import deque
from collections.abc import Callable, Coroutine, Iterator, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import Any, TypeVar

from monitor.crawl.fetch import AsyncFetcher, FetchError, Page
from monitor.crawl.urls import host_key

T = TypeVar("T")
R = TypeVar("R")


class Fetcher:
    """AsyncFetcher for synchronous code: its event loop runs in a thread of its own.

    get() fetches one URL; fetch_many() fetches many, hosts side by side, and hands back each result
    as it comes. Takes AsyncFetcher's keyword arguments.
    """

    def __init__(self, **options: Any) -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="fetcher", daemon=True)
        self._thread.start()
        ahead = options.pop("ahead", None)
        self._async: AsyncFetcher = self._run(_make_async(options))
        self._results: asyncio.Queue[tuple[Any, Page | FetchError]] = self._run(
            _queue(ahead or 2 * self._async.concurrency)
        )
        self._queues: dict[tuple[str, int | None], deque[_Job]] = {}  # per host, what is still to fetch
        self._workers: dict[tuple[str, int | None], asyncio.Task] = {}
        self._outstanding = 0  # submitted, result not yet taken: only the reader's thread counts

    @property
    def max_bytes(self) -> int:
        return self._async.max_bytes

    def get(self, url: str, **options: Any) -> Page:
        """AsyncFetcher.get, waited for; raises FetchError."""
        return self._run(self._async.get(url, **options))

    def submit(self, url: str, tag: Any, *, kind: str = "page", accept: Sequence[str] = (), **options: Any) -> None:
        """Fetch url (AsyncFetcher.get's keyword arguments) in its host's turn, hosts side by side; its
        result comes out of results() with tag. One host's URLs are fetched in the order submitted."""
        self._outstanding += 1
        self._loop.call_soon_threadsafe(self._enqueue, _Job(url, tag, kind, accept, options))

    def results(
        self, on_wait: Callable[[], None] = lambda: None, stop: Callable[[], bool] = lambda: False
    ) -> Iterator[tuple[Any, Page | FetchError]]:
        """(tag, page or FetchError) for each URL submitted, as they come, until none is outstanding (the
        reader may submit more meanwhile) or stop() says so: it is asked every WAIT_QUIET s of waiting.
        At most `ahead` results wait unread, so fetching never runs far ahead of the reader: what was
        fetched but not handled is fetched again after a kill. on_wait() is called when the reader is
        about to wait on the network (no result came within WAIT_QUIET s), once per wait."""
        while self._outstanding and not stop():
            waited = False
            while True:
                try:
                    result = self._run(asyncio.wait_for(self._results.get(), WAIT_QUIET))
                    break
                except TimeoutError:
                    if stop():
                        return
                    if not waited:
                        on_wait()
                        waited = True
            self._outstanding -= 1
            yield result

    def fetch_many(
        self,
        jobs: Sequence[tuple[str, str, T]],
        *,
        kind: str = "page",
        accept: Sequence[str] = (),
        on_wait: Callable[[], None] = lambda: None,
    ) -> Iterator[tuple[T, Page | FetchError]]:
        """Fetch each (url, source, tag) of jobs, one host's in order, hosts side by side; yield (tag,
        page or FetchError) as they come (see results())."""
        for url, source, tag in jobs:
            self.submit(url, tag, kind=kind, accept=accept, source=source)
        yield from self.results(on_wait)

    @property
    def network_seen(self) -> bool:
        """Has any host answered in this run? (a set only the fetcher's loop adds to: reading its size is safe)"""
        return bool(self._async.answered)

    def unreachable(self, urls: Sequence[str]) -> bool:
        """AsyncFetcher.unreachable: no host answered and those of urls, two hosts at least, all failed to connect."""
        return self._run(_call(self._async.unreachable, urls))

    def _enqueue(self, job: _Job) -> None:
        """In the loop's thread: queue the job for its host, starting the host's worker if it has none."""
        key = host_key(job.url)
        self._queues.setdefault(key, deque()).append(job)
        if key not in self._workers:
            self._workers[key] = self._loop.create_task(self._work(key))

    async def _work(self, key: tuple[str, int | None]) -> None:
        """One host's worker: its jobs one after another (the host's politeness is AsyncFetcher's)."""
        jobs = self._queues[key]
        try:
            while jobs:
                job = jobs.popleft()
                try:
                    result: Page | FetchError = await self._async.get(
                        job.url, kind=job.kind, accept=job.accept, **job.options
                    )
                except FetchError as error:
                    result = error
                except Exception as error:  # a bug must not leave the reader waiting for ever
                    result = FetchError(f"{type(error).__name__}: {error}")
                await self._results.put((job.tag, result))
        finally:
            del self._queues[key], self._workers[key]

    def _run(self, coroutine: Coroutine[Any, Any, R]) -> R:
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result()

    def close(self) -> None:
        if self._loop.is_running():
            self._run(_cancel(self._workers))
            self._run(self._async.aclose())
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=5)
        self._loop.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()


async def _make_async(options: dict[str, Any]) -> AsyncFetcher:
    return AsyncFetcher(**options)  # made in the loop's thread: its locks and client belong to that loop


async def _queue(size: int) -> asyncio.Queue:
    return asyncio.Queue(maxsize=size)


async def _call(function: Callable[..., R], *args: Any) -> R:
    return function(*args)  # in the loop's thread, where the fetcher's state changes


async def _cancel(workers: dict[Any, asyncio.Task]) -> None:
    tasks = list(workers.values())  # listed in the loop's thread, where workers come and go
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


@dataclass(slots=True)
class _Job:
    url: str
    tag: Any
    kind: str
    accept: Sequence[str]
    options: dict[str, Any]


# How long the reader waits for a result before it tells the state it waits on the network (state.idle).
WAIT_QUIET = 0.2
