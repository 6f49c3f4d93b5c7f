"""A writing process for the concurrency tests: stores numbered articles, one transaction each.

    python tests/store/writer.py DB COUNT [--release]

Prints "committed N" after each commit (flushed), so a test knows what must survive a kill -9.
With --release it lets go of the file after each article, as a crawl does while it waits on the network.
"""

import datetime as dt
import sys

from monitor.facts import Article, Fact
from monitor.store import Store


def main() -> None:
    path, count, release = sys.argv[1], int(sys.argv[2]), "--release" in sys.argv
    with Store.open(path) as store:
        for n in range(count):
            article = Article(id=f"w{n:05d}", text=f"Tỉnh Nghệ An tiếp nhận {n} hồ sơ.", outlet="Báo Nghệ An")
            fact = Fact(
                doc=article.id,
                metric="dossiers_received",
                value=float(n),
                unit="dossier",
                province="Nghệ An",
                as_of=dt.date(2025, 8, 1) + dt.timedelta(days=n % 300),
                evidence=article.text,
                start=0,
                end=len(article.text),
            )
            store.write(article, [fact])
            print(f"committed {n + 1}", flush=True)
            if release:
                store.release()


if __name__ == "__main__":
    main()
