"""Screenshots of the web app's main pages for the README, taken in Debian's chromium over a store built from the seeds.

    python tests/web/screenshots.py [--out docs/screenshots]

Writes home.png, province.png, article.png (an article opened at one fact: scrolled to its highlighted sentence) and
search.png (a search typed without accents). The same helpers as the browser tests (tests/web/browser.py).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))  # run as a script: the helpers are imported as the tests import them

from tests.web import browser as helpers  # noqa: E402

VIEWPORT = {"width": 1280, "height": 860}
PROVINCE = "hai-phong"
QUERY = "biet phai"


def pages(base_url: str, fact_path: str) -> dict[str, str]:
    """Screenshot name -> path."""
    return {
        "home": "/",
        "province": f"/province/{PROVINCE}",
        "article": fact_path,
        "search": f"/search?q={QUERY.replace(' ', '+')}",
    }


def take(out: Path) -> list[Path]:
    """Build a store in a temp folder, serve it, save one PNG a page; raises RuntimeError when a page fails."""
    out.mkdir(parents=True, exist_ok=True)
    saved = []
    with tempfile.TemporaryDirectory(prefix="monitor-screenshots-") as folder:
        db = Path(folder) / "monitor.duckdb"
        seeds = helpers.build_store(db, hostile=False)  # the README shows the seeds alone
        with helpers.serve(db) as base_url, helpers.chromium() as browser:
            article = helpers.richest_article(base_url, seeds)
            fact = len(article["facts"]) // 2  # one from the middle of the text: the page scrolls to it
            for name, path in pages(base_url, f"/article/{article['id']}?fact={fact}").items():
                watched = helpers.watch(browser, VIEWPORT)
                page = watched.goto(base_url + path)
                page.wait_for_timeout(300)  # the chart's transitions and the scroll settle
                if watched.errors or watched.dialogs:
                    raise RuntimeError(f"{path}: {'; '.join(watched.errors + watched.dialogs)}")
                png = out / f"{name}.png"
                page.screenshot(path=str(png))
                saved.append(png)
                page.context.close()
    return saved


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots", help="folder of the PNG files")
    options = parser.parse_args()
    if helpers.chromium_path() is None:
        print("error: chromium is not installed (make browser installs Debian's chromium)", file=sys.stderr)
        return 1
    for png in take(options.out):
        print(png, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
