"""Store stage: a DuckDB file (or a DuckLake store, lake.py) of articles and facts, and the province timeline
built from them.

with Store.open("monitor.duckdb") as store:
    store.write(article, facts)
    rows = store.timeline(province="Hải Phòng")
"""

from monitor.store.connect import DEFAULT_DB, default_db_path, store_address
from monitor.store.crawlstate import SOURCE_COLUMNS, SourceHealth, source_rows
from monitor.store.errors import (
    BadSetting,
    NotAStore,
    SchemaTooNew,
    StoreBusy,
    StoreError,
    StoreFull,
    StoreMissing,
    StoreUnusable,
)
from monitor.store.guard import QueryRefused, QueryStopped, QueryTooBig
from monitor.store.migrations import SCHEMA_VERSION
from monitor.store.settings import LOCK_WAIT, QUERY_TIMEOUT
from monitor.store.store import DEFAULT_ROW_LIMIT, Parameters, Result, Store
from monitor.store.timeline import with_breakdowns

__all__ = [
    "DEFAULT_DB",
    "DEFAULT_ROW_LIMIT",
    "LOCK_WAIT",
    "QUERY_TIMEOUT",
    "SCHEMA_VERSION",
    "SOURCE_COLUMNS",
    "BadSetting",
    "NotAStore",
    "Parameters",
    "QueryRefused",
    "QueryStopped",
    "QueryTooBig",
    "Result",
    "SchemaTooNew",
    "SourceHealth",
    "Store",
    "StoreBusy",
    "StoreError",
    "StoreFull",
    "StoreMissing",
    "StoreUnusable",
    "default_db_path",
    "source_rows",
    "store_address",
    "with_breakdowns",
]
