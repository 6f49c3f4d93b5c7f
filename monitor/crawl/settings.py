"""The crawl's settings: one object, the only source of the crawl's defaults, for the command line and the API.

A light module (no HTTP library): the command line reads its defaults for --help without loading the crawler.
"""

from __future__ import annotations

from dataclasses import dataclass

AGENT_NAME = "monitor"
DEFAULT_USER_AGENT = f"{AGENT_NAME}/0.1 (news research crawler; reads robots.txt, one request per host every few s)"


def user_agent(contact: str | None) -> str:
    """The User-Agent header: who we are and, when given, where to reach whoever runs the crawl."""
    return f"{DEFAULT_USER_AGENT[:-1]}; +{contact})" if contact else DEFAULT_USER_AGENT


@dataclass(slots=True, frozen=True)
class CrawlSettings:
    """How a crawl fetches: politeness, limits, retries, polling.

    delay: seconds between two requests to one host:port (robots.txt Crawl-delay wins when larger).
    timeout: seconds one request may take, whole (a server dripping bytes is cut off).
    max_bytes: a page, feed or sitemap is read up to this size (decoded).
    retries: tries after the first, for timeouts, 429 and 5xx, waiting Retry-After or backoff·2^n seconds.
    hosts: hosts fetched from at once (requests in flight); one host always gets one request at a time.
    poll_interval: seconds before a listing is polled again, at first (then adapted to how often it has news).
    allow_private: fetch loopback, private and link-local addresses other than the listings' own.
    """

    delay: float = 5.0
    timeout: float = 20.0
    max_bytes: int = 5_000_000
    retries: int = 3
    backoff: float = 1.0
    hosts: int = 16
    user_agent: str = DEFAULT_USER_AGENT
    poll_interval: float = 900.0
    allow_private: bool = False


DEFAULTS = CrawlSettings()
