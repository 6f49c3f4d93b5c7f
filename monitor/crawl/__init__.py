"""Crawling news feeds and sitemaps into Articles: listings → frontier → pages → text, politely,
remembering what was fetched, skipped and failed (see state.py), linking copies across outlets.

The public surface, re-exported lazily: `import monitor.crawl.state` (the store does, for the crawl's
records) loads no HTTP, feed or HTML library; `from monitor.crawl import crawl` loads the crawler.
"""

from __future__ import annotations

from monitor.lazy import lazy_exports

_WHERE = {
    "crawl": "run",
    "INTERRUPTED": "state",
    "FAILED": "state",
    "MAX_ATTEMPTS": "state",
    "NEW": "state",
    "POLL_INTERVAL": "state",
    "SKIPPED": "state",
    "STORED": "state",
    "Copies": "state",
    "CrawlState": "state",
    "Done": "state",
    "FeedState": "state",
    "FetchRecord": "state",
    "FrontierItem": "state",
    "HostLines": "state",
    "Judged": "state",
    "MemoryState": "state",
    "CrawlEvent": "events",
    "EventKind": "events",
    "PROGRESS": "events",
    "CrawlSettings": "settings",
    "DEFAULTS": "settings",
    "DEFAULT_USER_AGENT": "settings",
    "user_agent": "settings",
    "Listing": "listing",
    "article_id": "listing",
    "listings": "listing",
    "one_line": "listing",
    "BUNDLED_SOURCES": "sources",
    "Source": "sources",
    "read_source_list": "sources",
    "read_sources": "sources",
    "canonical_url": "urls",
    "Judgement": "classifier",
    "ModelError": "classifier",
    "RelevanceModel": "classifier",
    "default_model": "classifier",
    "judge": "classifier",
    "judge_many": "classifier",
}
__all__ = sorted(_WHERE)

__getattr__, __dir__ = lazy_exports(__name__, _WHERE)
