"""Fetching over HTTP: canonical URLs, polite per-host pacing, redirects and a size cap."""

from __future__ import annotations

import time
from dataclasses import dataclass
from types import TracebackType
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import httpx

DEFAULT_USER_AGENT = "monitor/0.1 (news research crawler; polite, one request per host every few seconds)"
MAX_REDIRECTS = 5

# Query parameters that only track where a reader came from; dropped from canonical URLs.
_TRACKING_PREFIXES = (
    "utm_",  # Google Analytics campaign tags (utm_source, utm_medium, ...)
)
_TRACKING_PARAMS = {
    "fbclid",  # Facebook click id
    "gclid",  # Google Ads click id
    "dclid",  # Google Display click id
    "msclkid",  # Microsoft Ads click id
    "yclid",  # Yandex click id
    "igshid",  # Instagram share id
    "mc_cid",  # Mailchimp campaign id
    "mc_eid",  # Mailchimp subscriber id
    "_ga",  # Google Analytics cross-domain linker
    "zarsrc",  # Zalo share source, common on Vietnamese outlets
    "gidzl",  # Zalo click id
}
_DEFAULT_PORTS = {"http": 80, "https": 443}


class FetchError(Exception):
    """A page could not be fetched; str(error) is a one-line reason."""


@dataclass(slots=True)
class Page:
    """A fetched response: the final URL after redirects, and the body (cut at the size cap)."""

    url: str
    content_type: str
    encoding: str | None
    body: bytes
    truncated: bool = False


def canonical_url(url: str, base: str | None = None) -> str:
    """url (resolved against base) without fragment or tracking parameters, scheme and host lower-cased."""
    if base:
        url = urljoin(base, url)
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:
        host = f"[{host}]"  # IPv6 literal
    if parts.port is not None and parts.port != _DEFAULT_PORTS.get(scheme):
        host = f"{host}:{parts.port}"
    query = [(key, value) for key, value in parse_qsl(parts.query, keep_blank_values=True) if not _tracking(key)]
    return urlunsplit((scheme, host, parts.path or "/", urlencode(query), ""))


def host_key(url: str) -> tuple[str, int | None]:
    """What politeness is counted per: host and port."""
    parts = urlsplit(url)
    return (parts.hostname or "", parts.port or _DEFAULT_PORTS.get(parts.scheme))


def _tracking(key: str) -> bool:
    key = key.lower()
    return key in _TRACKING_PARAMS or key.startswith(_TRACKING_PREFIXES)


class Fetcher:
    """An HTTP client that waits `delay` seconds between two requests to one host:port."""

    def __init__(
        self,
        *,
        delay: float = 5.0,
        user_agent: str = DEFAULT_USER_AGENT,
        timeout: float = 20.0,
        max_bytes: int = 5_000_000,
    ) -> None:
        self.delay = delay
        self.timeout = timeout
        self.max_bytes = max_bytes
        self._last_request: dict[tuple[str, int | None], float] = {}
        self._client = httpx.Client(
            headers={"User-Agent": user_agent},
            timeout=timeout,
            follow_redirects=False,  # followed by hand, so each hop waits its turn
        )

    def get(self, url: str) -> Page:
        """GET url, following up to MAX_REDIRECTS redirects; raises FetchError."""
        for _ in range(MAX_REDIRECTS + 1):
            page, location = self._get_once(url)
            if page is not None:
                return page
            url = location
        raise FetchError(f"more than {MAX_REDIRECTS} redirects")

    def _get_once(self, url: str) -> tuple[Page | None, str]:
        """One request: (page, "") or, for a redirect, (None, the next URL)."""
        self._wait_turn(url)
        try:
            with self._client.stream("GET", url) as response:
                if response.is_redirect and "location" in response.headers:
                    return None, urljoin(url, response.headers["location"])
                if response.is_error:
                    raise FetchError(f"HTTP {response.status_code} {response.reason_phrase}".strip())
                body, truncated = self._read_capped(response)
                page = Page(
                    url=str(response.url),
                    content_type=response.headers.get("content-type", ""),
                    encoding=response.charset_encoding,
                    body=body,
                    truncated=truncated,
                )
                return page, ""
        except (httpx.HTTPError, httpx.InvalidURL) as error:
            raise FetchError(self._describe(error)) from error
        finally:
            self._last_request[host_key(url)] = time.monotonic()

    def _wait_turn(self, url: str) -> None:
        last = self._last_request.get(host_key(url))
        if last is not None:
            remaining = last + self.delay - time.monotonic()
            if remaining > 0:
                time.sleep(remaining)

    def _read_capped(self, response: httpx.Response) -> tuple[bytes, bool]:
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            chunks.append(chunk)
            size += len(chunk)
            if size > self.max_bytes:
                return b"".join(chunks)[: self.max_bytes], True
        return b"".join(chunks), False

    def _describe(self, error: Exception) -> str:
        if isinstance(error, httpx.TimeoutException):
            return f"timed out after {self.timeout:g} s"
        if isinstance(error, httpx.ConnectError):
            return f"cannot connect ({error})"
        return f"{type(error).__name__}: {error}" if str(error) else type(error).__name__

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()
