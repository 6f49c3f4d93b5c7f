"""Hosts that cannot be reached, on real loopback sockets: what counts as "cannot connect" (refused, a
dropped SYN) and what does not (a TLS handshake that fails: the host answered); one dead host is never a
network down; a dead host's other pages fail at once; and pages fetched while no host answers keep
their tries, so a day offline gives none of them up."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from monitor.crawl import EventKind, MemoryState, crawl
from monitor.crawl.fetch import AsyncFetcher, CannotConnect, FetchError
from monitor.crawl.state import FAILED, NEW, FrontierItem
from tests.crawl.test_many_hosts import rss


@pytest.fixture
def blackholed() -> Iterator[str]:
    """An address whose connections are never answered: a listening socket whose backlog is full drops
    every further SYN, as a firewall does."""
    listener = socket.socket()
    listener.bind(("127.0.0.40", 0))
    listener.listen(0)
    host, port = listener.getsockname()
    fillers = []
    for _ in range(4):
        filler = socket.socket()
        filler.setblocking(False)
        with contextlib.suppress(BlockingIOError):
            filler.connect((host, port))
        fillers.append(filler)
    time.sleep(0.2)
    yield f"http://{host}:{port}"
    for sock in [*fillers, listener]:
        sock.close()


def test_a_dropped_connect_is_cannot_connect_within_the_connect_timeout_not_a_retried_timeout(blackholed):
    async def fetch() -> tuple[BaseException, float]:
        fetcher = AsyncFetcher(delay=0, timeout=2, retries=3, backoff=1, robots=False, allow_private=True)
        started = time.monotonic()
        try:
            await fetcher.get(f"{blackholed}/rss.xml")
        except FetchError as error:
            return error, time.monotonic() - started
        finally:
            await fetcher.aclose()
        raise AssertionError("fetched a blackholed host")

    error, elapsed = asyncio.run(fetch())
    assert isinstance(error, CannotConnect) and str(error).startswith("cannot connect"), error
    assert elapsed < 2, elapsed  # the connect timeout is half the request's, and a dead host is not retried


def test_a_failed_tls_handshake_is_an_error_of_the_host_not_a_network_down(tmp_path, serve_on):
    servers = [serve_on(tmp_path / f"host{number}", f"127.0.0.{41 + number}") for number in range(2)]
    feeds = [server.base_url.replace("http://", "https://") + "/feed.xml" for server in servers]
    events = list(crawl(feeds, delay=0, retries=0))
    kinds = [event.kind for event in events]
    assert EventKind.NETWORK_DOWN not in kinds
    errors = [event.message for event in events if event.kind == EventKind.ERROR]
    assert len(errors) == 2 and all("TLS handshake failed" in message for message in errors), errors


def test_one_refused_host_alone_is_its_error_not_a_network_down():
    events = list(crawl(["http://127.0.0.43:9/rss.xml"], delay=0))
    kinds = [event.kind for event in events]
    assert EventKind.NETWORK_DOWN not in kinds and kinds.count(EventKind.ERROR) == 1
    assert "cannot connect" in next(event.message for event in events if event.kind == EventKind.ERROR)


def test_two_refused_hosts_are_a_network_down():
    events = list(crawl(["http://127.0.0.43:9/rss.xml", "http://127.0.0.44:9/rss.xml"], delay=0))
    assert events[-1].kind == EventKind.NETWORK_DOWN


def test_pages_fetched_while_no_host_answers_keep_their_tries(fetch_log_of):
    feed = "http://127.0.0.45:9/rss.xml"
    state = MemoryState()
    items = [FrontierItem(f"id-{number}", f"http://127.0.0.45:9/bai-{number}.html", "Báo", feed) for number in range(3)]
    state.add_to_frontier(items)  # pages an earlier run listed and left to fetch
    events = list(crawl([feed], delay=0, state=state))
    assert sum(event.kind == EventKind.ERROR for event in events) == 4  # the feed and its three pages
    assert [state.frontier[item.article_id][1:] for item in items] == [(NEW, 0)] * 3  # still new, no try spent
    # the dead host was connected to twice (robots.txt, the feed); its pages then failed at once
    log = fetch_log_of(state)
    assert len(log) == 5 and [("earlier in this run" in error) for error in log] == [False] * 2 + [True] * 3, log


def test_pages_of_a_dead_host_spend_a_try_when_other_hosts_answer(tmp_path, serve_on):
    live = serve_on(tmp_path / "live", "127.0.0.46")
    dead = "http://127.0.0.47:9"
    (Path(live.root) / "feed.xml").write_text(rss([f"{dead}/bai-{number}.html" for number in range(2)]))
    state = MemoryState()
    list(crawl([f"{live.base_url}/feed.xml", f"{dead}/rss.xml"], delay=0, state=state))
    pages = [entry[1:] for entry in state.frontier.values()]
    assert pages == [(FAILED, 1)] * 2


@pytest.fixture
def fetch_log_of():
    return lambda state: [record.error or "" for record in state.fetches]


class Recorder:
    """A watch observer that keeps what it is told; closing the servers after the first pass."""

    def __init__(self, servers) -> None:
        self.servers, self.passes, self.notes = servers, [], []

    def watched(self, number, tally, next_poll) -> None:
        self.passes.append((number, tally.total("error"), tally.network_down))
        for server in self.servers:
            server.close()  # the network goes down after the first pass
        time.sleep(0.5)  # both listings (polled every 0.2 s) are due at the next look: one pass reads them both

    def note(self, message: str) -> None:
        self.notes.append(message)

    def start_pass(self, tally) -> None: ...
    def progress(self, tally) -> None: ...
    def page(self, event, outcome, facts, tally) -> None: ...
    def warn(self, event) -> None: ...
    def end_pass(self, tally, counts) -> None: ...
    def waiting(self, next_poll) -> None: ...


def test_a_watch_tells_a_later_pass_that_reaches_no_host_and_goes_on(tmp_path, serve_on):
    from monitor.crawl import CrawlSettings, Listing
    from monitor.pipeline import watch

    servers = [serve_on(tmp_path / f"host{number}", f"127.0.0.{48 + number}") for number in range(2)]
    for server in servers:
        (Path(server.root) / "feed.xml").write_text(rss([]))
    listings = [Listing(f"{server.base_url}/feed.xml") for server in servers]
    recorder = Recorder(servers)
    watch(str(tmp_path / "watch.duckdb"), listings, CrawlSettings(delay=0, poll_interval=0.2), recorder, passes=2)
    # the second pass's listing errors are counted (the crawl stops at the first read that finds every host down)
    assert recorder.passes[0] == (1, 0, False) and recorder.passes[1][0::2] == (2, True) and recorder.passes[1][1] >= 1
    assert any("network down" in note for note in recorder.notes), recorder.notes
