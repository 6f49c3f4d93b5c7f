"""Fill a store with an article written to attack the web app: every page must show it as text.

    python tests/web/hostile_store.py OUT.duckdb

Its title, outlet and text hold `<script>alert(1)</script>`, a `javascript:alert(1)` link and
`"><img src=x onerror=alert(1)>`; its URL is `javascript:alert(1)`. Its facts are read by the real
extractor, so their evidence holds the payloads too. Writes to an existing store keep what it holds.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from monitor.facts import Article
from monitor.pipeline import ingest
from monitor.store import Store

SCRIPT = "<script>alert(1)</script>"
JAVASCRIPT_URL = "javascript:alert(1)"
ATTRIBUTE_BREAK = '"><img src=x onerror=alert(1)>'
PAYLOADS = (SCRIPT, JAVASCRIPT_URL, ATTRIBUTE_BREAK)
MARKUP = ("<script>", "</script>", "<img ", "onerror=", '">')  # pieces of them a sentence's evidence may cut

HOSTILE_ID = "hostile-1"
HOSTILE_TITLE = f"Hải Phòng {SCRIPT} tiếp nhận hồ sơ {ATTRIBUTE_BREAK}"
HOSTILE_OUTLET = f"Báo {ATTRIBUTE_BREAK}"
# two sentences the extractor reads as figures (dossiers, staff transfers) with the payloads inside their evidence
HOSTILE_TEXT = (
    f"TP Hải Phòng {SCRIPT} đã tiếp nhận 12.345 hồ sơ trực tuyến {ATTRIBUTE_BREAK}, theo Sở Nội vụ.\n\n"
    f'Xem thêm tại {JAVASCRIPT_URL} hoặc <a href="{JAVASCRIPT_URL}">bấm vào đây</a>: Sở Nội vụ TP Hải Phòng '
    f"đã điều động 45 công chức về các xã {SCRIPT}.\n"
)
PUBLISHED = dt.date(2025, 8, 20)


def hostile_article() -> Article:
    return Article(
        id=HOSTILE_ID,
        text=HOSTILE_TEXT,
        url=JAVASCRIPT_URL,
        outlet=HOSTILE_OUTLET,
        title=HOSTILE_TITLE,
        published_at=PUBLISHED,
        published_source="line",
        fetched_at=dt.datetime(2025, 8, 20, 9, 30),
    )


def write_hostile(store: Store) -> int:
    """Extract and store the hostile article; returns how many facts it gave (each with a payload in its evidence)."""
    ingested = ingest(hostile_article(), store)
    hostile = [f for f in ingested.facts if any(p in f.evidence for p in MARKUP)]
    if not hostile:  # the extractor changed: the script would no longer test what it says it does
        raise RuntimeError("no fact of the hostile article holds a payload in its evidence")
    return len(ingested.facts)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python tests/web/hostile_store.py OUT.duckdb", file=sys.stderr)
        return 2
    with Store.open(Path(argv[0])) as store:
        count = write_hostile(store)
    print(f"{argv[0]}: article {HOSTILE_ID} with {count} facts", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
