"""monitor: Vietnamese news monitoring of the two-tier local-government reform.

Stages, data flowing one way: crawl -> extract -> store (-> timeline, exports, digest).
"""

__version__ = "0.1.0"
