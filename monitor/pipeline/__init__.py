"""The one-way flow crawl → extract → store: one article (article.py), crawl passes and --watch (passes.py), the
stored articles read again (rereading.py), the search index caught up after a writer (index.py).

Names are re-exported lazily, so `import monitor.pipeline` (the command line does, for every command, even
--version) loads neither the extractor's language models nor the crawler's HTTP client until used.
"""

from __future__ import annotations

from monitor.lazy import lazy_exports

_WHERE = {
    "Ingested": "article",
    "ingest": "article",
    "reingest": "article",
    "Reextracted": "rereading",
    "reextract": "rereading",
    "refresh_search": "index",
    "NetworkDown": "passes",
    "PassObserver": "passes",
    "StoreBusy": "passes",
    "Tally": "passes",
    "crawl_pass": "passes",
    "rejudge_pass": "passes",
    "watch": "passes",
}
__all__ = sorted(_WHERE)

__getattr__, __dir__ = lazy_exports(__name__, _WHERE)
