"""monitor: Vietnamese news monitoring of the two-tier local-government reform.

Stages, data flowing one way: crawl -> extract -> store (-> timeline, exports, digest).
"""

__version__ = "0.1.0"


def open(path: str = "monitor.duckdb"):
    """Open a store file for reading into DataFrames: see monitor.notebook."""
    from monitor.notebook import open as open_database

    return open_database(path)
