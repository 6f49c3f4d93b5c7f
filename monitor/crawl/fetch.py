"""Fetching over HTTP, politely: robots.txt, per-host pacing, hosts side by side (async httpx), retries
with backoff, conditional GET, bounded redirects, a content-type check, a streamed size cap that holds
for compressed bodies too (Content-Encoding undone here, layer by layer, never past the cap), and no
request to a loopback, private or link-local address unless allowed."""

from __future__ import annotations

import asyncio
import email.utils
import ipaddress
import random
import socket
import ssl
import time
import urllib.robotparser
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar
from urllib.parse import urljoin, urlsplit

import httpx

from monitor.crawl.body import ACCEPT_ENCODING, BodyDecoder, EncodingError
from monitor.crawl.settings import DEFAULT_USER_AGENT, DEFAULTS, user_agent
from monitor.crawl.state import FetchRecord
from monitor.crawl.urls import canonical_url, host_key, identity_url

__all__ = [
    "DEFAULT_USER_AGENT",
    "MAX_REDIRECTS",
    "AsyncFetcher",
    "CannotConnect",
    "Disallowed",
    "FetchError",
    "FetchRecord",
    "Page",
    "Refused",
    "canonical_url",
    "host_key",
    "identity_url",
    "user_agent",
]

MAX_REDIRECTS = 5
CONNECT_TIMEOUT = 10.0  # seconds to connect (DNS included), at most half the request's timeout
RETRY_STATUSES = {429, 500, 502, 503, 504}
T = TypeVar("T")
R = TypeVar("R")


class FetchError(Exception):
    """A page could not be fetched; str(error) is a one-line reason, status the last HTTP status if any."""

    def __init__(self, reason: str, status: int | None = None) -> None:
        super().__init__(reason)
        self.status = status


class CannotConnect(FetchError):
    """No connection could be made to the host (its name does not resolve, it refuses, no route)."""


class Disallowed(FetchError):
    """robots.txt forbids the URL to our user agent."""


class Refused(FetchError):
    """The URL (or a redirect on the way) is on a loopback, private or link-local address we may not reach."""


@dataclass(slots=True)
class Page:
    """A response: the final URL after redirects, and the body (cut at the size cap).

    status 304 means "not modified since the validators given": the body is empty.
    """

    url: str
    content_type: str
    encoding: str | None
    body: bytes
    truncated: bool = False
    status: int = 200
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class _Retry(Exception):
    """A failure worth trying again: a timeout, 429 or 5xx; retry_after is the server's wish, in seconds."""

    def __init__(self, reason: str, retry_after: float | None = None, status: int | None = None) -> None:
        super().__init__(reason)
        self.retry_after = retry_after
        self.status = status


@dataclass(slots=True)
class _Host:
    """Per host:port: its robots.txt rules (None: all allowed), its delay, and when it was last asked."""

    lock: asyncio.Lock = field(default_factory=asyncio.Lock)  # one request at a time to a host
    robots_lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    robots_read: bool = False
    rules: urllib.robotparser.RobotFileParser | None = None
    unavailable: str | None = None  # why robots.txt could not be read (a 5xx): the host is left alone
    unreachable: str | None = None  # why the last connection failed (DNS, refused, no route), until one works
    delay: float = 0.0
    last_request: float | None = None


class AsyncFetcher:
    """An async HTTP client that honours robots.txt and waits between two requests to one host:port.

    The wait is `delay` seconds, or the robots.txt Crawl-delay when that is larger; requests to
    different hosts run side by side, at most `concurrency` at once. Timeouts, 429 and 5xx are tried
    `retries` more times, waiting Retry-After or an exponential backoff with jitter (backoff,
    2×backoff, 4×backoff... at most max_backoff). `on_fetch` receives every request made.
    """

    def __init__(
        self,
        *,
        delay: float = DEFAULTS.delay,
        user_agent: str = DEFAULTS.user_agent,
        timeout: float = DEFAULTS.timeout,
        max_bytes: int = DEFAULTS.max_bytes,
        retries: int = DEFAULTS.retries,
        backoff: float = DEFAULTS.backoff,
        max_backoff: float = 60.0,
        max_retry_after: float = 600.0,
        robots: bool = True,
        concurrency: int = DEFAULTS.hosts,
        on_fetch: Callable[[FetchRecord], None] | None = None,
        allow_private: bool = False,
        trusted_hosts: Sequence[str] = (),
    ) -> None:
        self.delay = delay
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.retries = retries
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.max_retry_after = max_retry_after
        self.on_fetch = on_fetch
        self._use_robots = robots
        self._agent = user_agent
        self._hosts: dict[tuple[str, int | None], _Host] = {}
        self.answered: set[tuple[str, int | None]] = set()  # hosts that gave an HTTP response, whatever its status
        self.concurrency = concurrency
        self._slots = asyncio.Semaphore(concurrency)
        self.allow_private = allow_private
        self._trusted_hosts = list(trusted_hosts)  # their own addresses are allowed, private or not
        self._trusted: set[str] | None = None
        self._addresses: dict[tuple[str, int | None], list[str]] = {}
        # connecting has its own, shorter timeout, so a host that drops our SYNs (blackholed, a network
        # gone) is told as "cannot connect", not as a slow server retried with backoff
        self.connect_timeout = min(CONNECT_TIMEOUT, timeout / 2)
        self._client = httpx.AsyncClient(
            headers={"User-Agent": user_agent, "Accept-Encoding": ACCEPT_ENCODING},
            timeout=httpx.Timeout(timeout, connect=self.connect_timeout),
            # requests in flight are bounded by `concurrency` (self._slots), not by the pool; it keeps alive
            # one connection for each host in flight, so --hosts above httpx's default of 20 reuses them too
            limits=httpx.Limits(max_connections=None, max_keepalive_connections=concurrency),
            follow_redirects=False,  # followed by hand, so each hop is checked against robots.txt and waits its turn
        )

    async def get(
        self,
        url: str,
        *,
        kind: str = "page",
        accept: Sequence[str] = (),
        etag: str | None = None,
        last_modified: str | None = None,
        source: str = "",
    ) -> Page:
        """GET url, following up to MAX_REDIRECTS redirects; raises FetchError (Disallowed for robots.txt).

        accept: content-type fragments one of which the response must hold ("html"); empty accepts any.
        etag, last_modified: validators of an earlier response, sent for a conditional GET.
        source: the outlet, for the fetch log.
        """
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        request = _Request(kind, accept, headers, source)
        for _ in range(MAX_REDIRECTS + 1):
            await self.check_address(url)
            if unreachable := self._host(url).unreachable:  # a dead host's other pages fail at once
                error = f"{unreachable}, earlier in this run"
                if self.on_fetch:
                    self.on_fetch(FetchRecord(url, kind, None, 0, 0.0, error, source))
                raise CannotConnect(error)
            if not await self.allowed(url, source):
                netloc, unavailable = urlsplit(url).netloc, self._host(url).unavailable
                if unavailable:
                    raise FetchError(f"robots.txt of {netloc} unavailable ({unavailable}), host left alone")
                raise Disallowed(f"disallowed by robots.txt of {netloc}")
            page, location = await self._get_with_retries(url, request)
            if page is not None:
                return page
            url = location
        raise FetchError(f"more than {MAX_REDIRECTS} redirects")

    async def allowed(self, url: str, source: str = "") -> bool:
        """May our user agent fetch url? Reads and caches the host's robots.txt on first use."""
        if not self._use_robots or urlsplit(url).scheme not in ("http", "https"):
            return True
        host = self._host(url)
        async with host.robots_lock:
            if not host.robots_read:
                host.rules = await self._read_robots(url, source, host)
                crawl_delay = host.rules.crawl_delay(self._agent) if host.rules else None
                host.delay = max(self.delay, float(crawl_delay or 0))
                host.robots_read = True
        return host.unavailable is None and (host.rules is None or host.rules.can_fetch(self._agent, url))

    async def check_address(self, url: str) -> None:
        """Raise Refused when url's host is (or resolves to) an address we may not reach."""
        if self.allow_private:
            return
        parts = urlsplit(url)
        try:
            host, port = parts.hostname or "", parts.port or _DEFAULT_PORTS.get(parts.scheme)
        except ValueError:
            return  # not a URL httpx can fetch either: its request says why
        denied = [(address, why) for address in await self._resolve(host, port) if (why := non_public(address))]
        if not denied:
            return
        trusted = await self._trusted_addresses()
        denied = [(address, why) for address, why in denied if address not in trusted]
        if denied:
            address, why = denied[0]
            shown = host if host == address else f"{host} ({address})"
            raise Refused(f"refused: {shown} is a {why} address (not the feed's or sitemap's own host)")

    async def _resolve(self, host: str, port: int | None) -> list[str]:
        """The addresses host stands for (itself if an IP literal); none if it cannot be resolved."""
        if (host, port) in self._addresses:
            return self._addresses[host, port]
        try:
            addresses = [str(ipaddress.ip_address(host))]
        except ValueError:
            try:
                async with asyncio.timeout(self.connect_timeout):  # a resolver that never answers holds no host
                    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
            except (OSError, UnicodeError, TimeoutError):
                infos = []  # the request itself will fail and say why
            addresses = sorted({str(info[4][0]).split("%")[0] for info in infos})
        self._addresses[host, port] = addresses
        return addresses

    async def _trusted_addresses(self) -> set[str]:
        if self._trusted is None:
            self._trusted = set()
            for url in self._trusted_hosts:
                parts = urlsplit(url)
                try:
                    port = parts.port or _DEFAULT_PORTS.get(parts.scheme)
                except ValueError:
                    continue
                self._trusted.update(await self._resolve(parts.hostname or "", port))
        return self._trusted

    async def _read_robots(self, url: str, source: str, host: _Host) -> urllib.robotparser.RobotFileParser | None:
        """The host's rules; None (all allowed) when it has none (4xx) or cannot be reached. A server
        error (5xx) leaves the host alone for the run (RFC 9309: read as "disallow all"). Redirects
        are followed, up to MAX_REDIRECTS (RFC 9309 asks for five): /robots.txt → https://www.… is common."""
        robots_url = urljoin(url, "/robots.txt")
        try:
            page = await self._robots_page(robots_url, source)
        except FetchError as error:
            if error.status is not None and error.status >= 500:
                host.unavailable = str(error)
            return None  # else the page's own request will say what is wrong with the host
        if page is None:
            return None  # too many redirects: RFC 9309 lets us read it as none
        rules = urllib.robotparser.RobotFileParser(robots_url)
        rules.parse(page.body.decode("utf-8", errors="replace").splitlines())
        return rules

    async def _robots_page(self, url: str, source: str) -> Page | None:
        """robots.txt, after its redirects; None after more than MAX_REDIRECTS of them."""
        for _ in range(MAX_REDIRECTS + 1):
            await self.check_address(url)
            page, location = await self._get_with_retries(url, _Request("robots", (), {}, source))
            if page is not None:
                return page
            url = location
        return None

    async def _get_with_retries(self, url: str, request: _Request) -> tuple[Page | None, str]:
        for attempt in range(self.retries + 1):
            try:
                return await self._get_once(url, request)
            except _Retry as error:
                if attempt == self.retries:
                    tries = f" (tried {attempt + 1} times)" if attempt else ""
                    raise FetchError(f"{error}{tries}", error.status) from None
                wait = error.retry_after
                if wait is None:
                    wait = backoff(attempt, self.backoff, self.max_backoff)
                if wait > self.max_retry_after:
                    raise FetchError(f"{error}; Retry-After {wait:g} s is longer than we wait", error.status) from None
                await asyncio.sleep(wait)
        raise AssertionError("unreachable")

    async def _get_once(self, url: str, request: _Request) -> tuple[Page | None, str]:
        """One request, in the host's turn: (page, "") or, for a redirect, (None, the next URL). A request
        that never reached the server (no connection) does not count for politeness: a dead host, or a
        network down, costs no waits."""
        host = self._host(url)
        async with host.lock:
            await self._wait_turn(host)
            reached = True
            try:
                async with self._slots:
                    return await self._request(url, request)
            except CannotConnect:
                reached = False
                raise
            finally:
                if reached:
                    host.last_request = time.monotonic()

    async def _request(self, url: str, request: _Request) -> tuple[Page | None, str]:
        """The request itself, logged with on_fetch. `timeout` bounds the whole request, not only each
        read: a server dripping a byte now and then must not hold the crawl for ever."""
        started = time.monotonic()
        status: int | None = None
        size = 0
        error: str | None = None
        try:
            async with (
                asyncio.timeout(self.timeout),
                self._client.stream("GET", url, headers=request.headers) as response,
            ):
                status = response.status_code
                self.answered.add(host_key(url))
                self._host(url).unreachable = None
                if response.is_redirect and "location" in response.headers:
                    return None, urljoin(url, response.headers["location"])
                _check_status(response)
                _check_type(response, request.accept)
                body, truncated = await self._read_capped(response)
                size = len(body)
                if truncated:
                    error = f"larger than {self.max_bytes} bytes, cut"
                return _page(response, body, truncated), ""
        except (FetchError, _Retry) as failure:
            error = str(failure)
            raise
        except (httpx.ConnectError, httpx.ConnectTimeout) as failure:
            error = _describe(failure)
            if _tls_failure(failure):  # the host answered, its TLS did not do: the network is up
                self.answered.add(host_key(url))
                raise FetchError(error) from failure
            # no connection (DNS, refused, no route, a dropped SYN): not retried, and noted for network_down
            self._host(url).unreachable = error
            raise CannotConnect(error) from failure
        except (httpx.TimeoutException, TimeoutError) as failure:
            error = f"timed out after {self.timeout:g} s"
            raise _Retry(error) from failure
        except (httpx.HTTPError, httpx.InvalidURL) as failure:
            error = _describe(failure)
            raise FetchError(error) from failure
        finally:
            if self.on_fetch:
                elapsed = time.monotonic() - started
                self.on_fetch(FetchRecord(url, request.kind, status, size, elapsed, error, request.source))

    def unreachable(self, urls: Sequence[str]) -> bool:
        """True when no host ever answered and the hosts of every url failed to connect: the network is down.
        One host that cannot be reached says nothing of the network (its own error says why): at least two."""
        if self.answered:
            return False
        keys = {host_key(url) for url in urls}
        return len(keys) >= 2 and all(key in self._hosts and self._hosts[key].unreachable for key in keys)

    def _host(self, url: str) -> _Host:
        key = host_key(url)
        if key not in self._hosts:
            self._hosts[key] = _Host(delay=self.delay)
        return self._hosts[key]

    async def _wait_turn(self, host: _Host) -> None:
        if host.last_request is not None:
            remaining = host.last_request + host.delay - time.monotonic()
            if remaining > 0:
                await asyncio.sleep(remaining)

    async def _read_capped(self, response: httpx.Response) -> tuple[bytes, bool]:
        """The body, read raw in chunks and decoded here (Content-Encoding), cut at max_bytes: a huge
        page, or a small one that inflates to gigabytes, never fills the memory. Raises FetchError for
        a decompression bomb, too many encoding layers or a broken encoding."""
        try:
            decoder = BodyDecoder(response.headers.get("content-encoding", ""), self.max_bytes)
            async for chunk in response.aiter_raw():
                decoder.feed(chunk)
                if decoder.full or decoder.received > self.max_bytes:
                    return bytes(decoder.out), True
        except EncodingError as error:
            raise FetchError(str(error)) from None
        return bytes(decoder.out), False

    async def aclose(self) -> None:
        await self._client.aclose()


@dataclass(slots=True)
class _Request:
    kind: str
    accept: Sequence[str]
    headers: dict[str, str]
    source: str


def backoff(attempt: int, base: float, ceiling: float) -> float:
    """Exponential backoff with "equal jitter": half fixed, half random, so retries spread out."""
    top = min(ceiling, base * 2**attempt)
    return top / 2 + random.uniform(0, top / 2)


def _check_status(response: httpx.Response) -> None:
    if not response.is_error:
        return
    reason = f"HTTP {response.status_code} {response.reason_phrase}".strip()
    if response.status_code in RETRY_STATUSES:
        raise _Retry(reason, retry_after(response.headers.get("retry-after")), response.status_code)
    raise FetchError(reason, response.status_code)


def _check_type(response: httpx.Response, accept: Sequence[str]) -> None:
    kind = response.headers.get("content-type", "").lower()
    if accept and kind and not any(fragment in kind for fragment in accept):
        raise FetchError(f"unexpected content type {kind.split(';')[0]}")


def retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header: a number of seconds or an HTTP date; None if absent."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _page(response: httpx.Response, body: bytes, truncated: bool) -> Page:
    return Page(
        url=str(response.url),
        content_type=response.headers.get("content-type", ""),
        encoding=response.charset_encoding,
        body=body,
        truncated=truncated,
        status=response.status_code,
        etag=response.headers.get("etag"),
        last_modified=response.headers.get("last-modified"),
    )


_DEFAULT_PORTS = {"http": 80, "https": 443}


def non_public(address: str) -> str | None:
    """What kind of address this is when it is not a public one (loopback, private, link-local...); else None."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return None
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if ip.is_loopback:
        return "loopback"
    if ip.is_link_local:
        return "link-local"
    if ip.is_private:
        return "private"
    if ip.is_multicast or not ip.is_global:
        return "non-public"  # unspecified, reserved, shared (100.64/10), multicast
    return None


def _tls_failure(error: BaseException) -> bool:
    """Did this connect error come from the TLS handshake (a bad certificate, a server not speaking TLS)?
    httpx raises ConnectError for those too, but a TCP connection was made."""
    seen: set[int] = set()
    cause: BaseException | None = error
    while cause is not None and id(cause) not in seen:
        if isinstance(cause, ssl.SSLError | ssl.CertificateError):
            return True
        seen.add(id(cause))
        cause = cause.__cause__ or cause.__context__
    return "[SSL" in str(error)


def _describe(error: Exception) -> str:
    if _tls_failure(error):
        return f"TLS handshake failed ({error})"
    if isinstance(error, httpx.ConnectTimeout):
        return f"cannot connect (no answer to connect within the timeout: {error})"
    if isinstance(error, httpx.ConnectError):
        return f"cannot connect ({error})"
    return f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
