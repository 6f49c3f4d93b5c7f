"""Fetching over HTTP, politely: robots.txt, per-host pacing, retries with backoff, conditional GET,
bounded redirects, a content-type check and a streamed size cap."""

from __future__ import annotations

import email.utils
import random
import time
import urllib.robotparser
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from types import TracebackType
from urllib.parse import urljoin, urlsplit

import httpx

from monitor.crawl.urls import canonical_url, host_key, identity_url

__all__ = [
    "DEFAULT_USER_AGENT",
    "MAX_REDIRECTS",
    "Disallowed",
    "FetchError",
    "FetchRecord",
    "Fetcher",
    "Page",
    "canonical_url",
    "host_key",
    "identity_url",
    "user_agent",
]

AGENT_NAME = "monitor"
DEFAULT_USER_AGENT = f"{AGENT_NAME}/0.1 (news research crawler; reads robots.txt, one request per host every few s)"
MAX_REDIRECTS = 5
RETRY_STATUSES = {429, 500, 502, 503, 504}


def user_agent(contact: str | None) -> str:
    """The User-Agent header: who we are and, when given, where to reach whoever runs the crawl."""
    return f"{DEFAULT_USER_AGENT[:-1]}; +{contact})" if contact else DEFAULT_USER_AGENT


class FetchError(Exception):
    """A page could not be fetched; str(error) is a one-line reason."""


class Disallowed(FetchError):
    """robots.txt forbids the URL to our user agent."""


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


@dataclass(slots=True)
class FetchRecord:
    """One HTTP request as the fetch log keeps it; status is None when no response came."""

    url: str
    kind: str  # robots, feed, sitemap, page
    status: int | None
    bytes: int
    elapsed: float
    error: str | None


class _Retry(Exception):
    """A failure worth trying again: a timeout, 429 or 5xx; retry_after is the server's wish, in seconds."""

    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.retry_after = retry_after


class Fetcher:
    """An HTTP client that honours robots.txt and waits between two requests to one host:port.

    The wait is `delay` seconds, or the robots.txt Crawl-delay when that is larger. Timeouts, 429 and
    5xx are tried `retries` more times, waiting Retry-After or an exponential backoff with jitter
    (backoff, 2×backoff, 4×backoff... at most max_backoff). `on_fetch` receives every request made.
    """

    def __init__(
        self,
        *,
        delay: float = 5.0,
        user_agent: str = DEFAULT_USER_AGENT,
        timeout: float = 20.0,
        max_bytes: int = 5_000_000,
        retries: int = 3,
        backoff: float = 1.0,
        max_backoff: float = 60.0,
        max_retry_after: float = 600.0,
        robots: bool = True,
        on_fetch: Callable[[FetchRecord], None] | None = None,
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
        self._robots: dict[tuple[str, int | None], urllib.robotparser.RobotFileParser | None] = {}
        self._host_delay: dict[tuple[str, int | None], float] = {}
        self._last_request: dict[tuple[str, int | None], float] = {}
        self._client = httpx.Client(
            headers={"User-Agent": user_agent},
            timeout=timeout,
            follow_redirects=False,  # followed by hand, so each hop is checked against robots.txt and waits its turn
        )
        self._agent = user_agent

    def get(
        self,
        url: str,
        *,
        kind: str = "page",
        accept: Sequence[str] = (),
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> Page:
        """GET url, following up to MAX_REDIRECTS redirects; raises FetchError (Disallowed for robots.txt).

        accept: content-type fragments one of which the response must hold ("html"); empty accepts any.
        etag, last_modified: validators of an earlier response, sent for a conditional GET.
        """
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        for _ in range(MAX_REDIRECTS + 1):
            if not self.allowed(url):
                raise Disallowed(f"disallowed by robots.txt of {urlsplit(url).netloc}")
            page, location = self._get_with_retries(url, kind, accept, headers)
            if page is not None:
                return page
            url = location
        raise FetchError(f"more than {MAX_REDIRECTS} redirects")

    def allowed(self, url: str) -> bool:
        """May our user agent fetch url? Reads and caches the host's robots.txt on first use."""
        if not self._use_robots or urlsplit(url).scheme not in ("http", "https"):
            return True
        key = host_key(url)
        if key not in self._robots:
            self._robots[key] = self._read_robots(url)
            crawl_delay = self._robots[key].crawl_delay(self._agent) if self._robots[key] else None
            self._host_delay[key] = max(self.delay, float(crawl_delay or 0))
        rules = self._robots[key]
        return rules is None or rules.can_fetch(self._agent, url)

    def host_delay(self, url: str) -> float:
        return self._host_delay.get(host_key(url), self.delay)

    def _read_robots(self, url: str) -> urllib.robotparser.RobotFileParser | None:
        """The host's rules; None (all allowed) when it has no robots.txt or it cannot be read."""
        robots_url = urljoin(url, "/robots.txt")
        try:
            page, _ = self._get_with_retries(robots_url, "robots", (), {})
        except FetchError:
            return None  # the page's own request will say what is wrong with the host
        if page is None:
            return None  # a redirected robots.txt is rare; read as none
        rules = urllib.robotparser.RobotFileParser(robots_url)
        rules.parse(page.body.decode("utf-8", errors="replace").splitlines())
        return rules

    def _get_with_retries(
        self, url: str, kind: str, accept: Sequence[str], headers: dict[str, str]
    ) -> tuple[Page | None, str]:
        for attempt in range(self.retries + 1):
            try:
                return self._get_once(url, kind, accept, headers)
            except _Retry as error:
                if attempt == self.retries:
                    tries = f" (tried {attempt + 1} times)" if attempt else ""
                    raise FetchError(f"{error}{tries}") from None
                wait = self._backoff(attempt) if error.retry_after is None else error.retry_after
                if wait > self.max_retry_after:
                    raise FetchError(f"{error}; Retry-After {wait:g} s is longer than we wait") from None
                time.sleep(wait)
        raise AssertionError("unreachable")

    def _backoff(self, attempt: int) -> float:
        """Exponential backoff with "equal jitter": half fixed, half random, so retries spread out."""
        ceiling = min(self.max_backoff, self.backoff * 2**attempt)
        return ceiling / 2 + random.uniform(0, ceiling / 2)

    def _get_once(self, url: str, kind: str, accept: Sequence[str], headers: dict[str, str]) -> tuple[Page | None, str]:
        """One request: (page, "") or, for a redirect, (None, the next URL). Logs it with on_fetch."""
        self._wait_turn(url)
        started = time.monotonic()
        status: int | None = None
        size = 0
        error: str | None = None
        try:
            with self._client.stream("GET", url, headers=headers) as response:
                status = response.status_code
                if response.is_redirect and "location" in response.headers:
                    return None, urljoin(url, response.headers["location"])
                self._check_status(response)
                self._check_type(response, accept)
                body, truncated = self._read_capped(response)
                size = len(body)
                if truncated:
                    error = f"larger than {self.max_bytes} bytes, cut"
                return _page(response, body, truncated), ""
        except (FetchError, _Retry) as failure:
            error = str(failure)
            raise
        except httpx.TimeoutException as failure:
            error = f"timed out after {self.timeout:g} s"
            raise _Retry(error) from failure
        except (httpx.HTTPError, httpx.InvalidURL) as failure:
            error = _describe(failure)
            raise FetchError(error) from failure
        finally:
            self._last_request[host_key(url)] = time.monotonic()
            if self.on_fetch:
                self.on_fetch(FetchRecord(url, kind, status, size, time.monotonic() - started, error))

    def _check_status(self, response: httpx.Response) -> None:
        if not response.is_error:
            return
        reason = f"HTTP {response.status_code} {response.reason_phrase}".strip()
        if response.status_code in RETRY_STATUSES:
            raise _Retry(reason, retry_after(response.headers.get("retry-after")))
        raise FetchError(reason)

    def _check_type(self, response: httpx.Response, accept: Sequence[str]) -> None:
        kind = response.headers.get("content-type", "").lower()
        if accept and kind and not any(fragment in kind for fragment in accept):
            raise FetchError(f"unexpected content type {kind.split(';')[0]}")

    def _wait_turn(self, url: str) -> None:
        last = self._last_request.get(host_key(url))
        if last is not None:
            remaining = last + self.host_delay(url) - time.monotonic()
            if remaining > 0:
                time.sleep(remaining)

    def _read_capped(self, response: httpx.Response) -> tuple[bytes, bool]:
        """The body, read in chunks and cut at max_bytes, so a huge page never fills the memory."""
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            chunks.append(chunk)
            size += len(chunk)
            if size > self.max_bytes:
                return b"".join(chunks)[: self.max_bytes], True
        return b"".join(chunks), False

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()


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


def _describe(error: Exception) -> str:
    if isinstance(error, httpx.ConnectError):
        return f"cannot connect ({error})"
    return f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
