"""The digest of the bundled sample's busiest week, as HTML and as a screenshot, for docs/.

    python tests/site/sample_digest.py [--out docs] [--port 8765]

It crawls the sample site (served on 127.0.0.1:PORT, so its links name that port) into a
temporary store, picks the ISO week with the most facts, and runs `monitor digest --out`; the
screenshot comes from headless Chromium (monitor.digest.screenshot).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from server import serve  # noqa: E402  (the site server lives beside this script)

from monitor.digest.screenshot import screenshot  # noqa: E402
from monitor.store import Store  # noqa: E402

BUSIEST_WEEK = """
    SELECT strftime(coalesce(a.published_at, CAST(a.fetched_at AS DATE)), '%G-W%V') AS week, count(*) AS facts
    FROM facts f JOIN articles a ON a.id = f.article_id
    GROUP BY week ORDER BY facts DESC, week LIMIT 1
"""


def monitor(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "monitor", *args], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE.parents[1] / "docs", help="folder (default: docs/)")
    parser.add_argument("--port", type=int, default=8765, help="port of the sample site (default: 8765)")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "sample.duckdb")
        with serve(HERE / "www", port=options.port) as site:
            feeds = [f"{site.base_url}/rss/chinh-quyen.xml", f"{site.base_url}/rss/xa-hoi.xml"]
            monitor("crawl", "--db", db, "--delay", "0", "--quiet", "--feed", feeds[0], "--feed", feeds[1])
        with Store.open(db, read_only=True) as store:
            week, facts = store.query(BUSIEST_WEEK).rows[0]
        html = options.out / f"digest-{week}.html"
        monitor("digest", "--db", db, "--week", week, "--out", str(html))
    png = screenshot(html, html.with_suffix(".png"), width=800)
    print(f"busiest week {week} ({facts} facts): {html} and {png}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
