"""The README's first command: serve the bundled news site on loopback, crawl it, print the timeline.

    python tests/site/demo.py [--db monitor.duckdb] [--delay 0.2]

It runs the real `monitor` commands (shown as it goes) against a real HTTP server on 127.0.0.1. The store is
monitor.duckdb in the working folder by default, the one every other command reads when given no --db, so
`monitor digest --weeks`, `monitor serve` and the others go on from the demo's store.
"""

from __future__ import annotations

import argparse
import shlex
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from server import serve  # noqa: E402  (the site server lives beside this script)


def run(args: list[str]) -> int:
    print(f"$ monitor {shlex.join(args)}", file=sys.stderr, flush=True)
    return subprocess.run([sys.executable, "-m", "monitor", *args], check=False).returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="monitor.duckdb", help="store to fill (default: monitor.duckdb)")
    parser.add_argument("--delay", default="0.2", help="politeness delay per host, seconds (default: 0.2)")
    options = parser.parse_args()
    with serve(HERE / "www") as site:
        print(f"sample site: {site.base_url}", file=sys.stderr)
        feeds = [f"{site.base_url}/rss/chinh-quyen.xml", f"{site.base_url}/rss/xa-hoi.xml"]
        crawl_args = ["crawl", "--db", options.db, "--delay", options.delay]
        for feed in feeds:
            crawl_args += ["--feed", feed]
        status = run(crawl_args)
    if status not in (0, 1):
        return status
    status = run(["timeline", "--db", options.db])
    print(NEXT.format(db=options.db), file=sys.stderr)
    return status


# What a newcomer can run next: the command lives in the project's environment.
NEXT = """
the store is {db}; the `monitor` command is in .venv/bin (or run `source .venv/bin/activate` first):
  .venv/bin/monitor digest --weeks --db {db}          # the weeks that have news
  .venv/bin/monitor digest --week 2025-W35 --db {db}  # one week's digest
  .venv/bin/monitor serve --db {db}                   # the web app on http://127.0.0.1:8000
  .venv/bin/monitor --help"""


if __name__ == "__main__":
    sys.exit(main())
