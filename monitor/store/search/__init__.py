"""Full-text search over the store's articles, Vietnamese-aware, from an index beside the store file.

    index = SearchIndex.for_store("monitor.duckdb")   # monitor.duckdb.search/
    index.refresh("monitor.duckdb")                # index what was written since the last refresh
    result = index.search("ho so truc tuyen", province="Hải Phòng")

"ho so" and "hồ sơ" both find "hồ sơ" ("đ" is "d", case and NFC/NFD aside); "quoted words" are a phrase;
hits are ranked (BM25) with a snippet and the places of the matches in it; facets count every match by
province, metric, outlet and month. Readers of the store never need the index: losing the folder only
means the next refresh builds it again. Writers (crawl, extract --db, reextract) refresh it after they
let go of the store (monitor.pipeline.refresh_search).
"""

from monitor.store.search.index import Hit, SearchIndex, SearchResult
from monitor.store.search.text import fold

__all__ = ["Hit", "SearchIndex", "SearchResult", "fold"]
