"""A reading process for the crawl workers' test: reads a store in a loop, timing each read, until told to stop.

    python tests/store/reader.py ADDRESS STOP_FILE

A researcher's notebook: one read-only store kept open, a query about every 50 ms, alternately the articles'
count (through the query guard) and the facts of one province. Prints "ready" once the store is open and read
once, and at the end one JSON line: how many reads, the longest and the median in seconds, the article counts
seen (they must only grow) and the errors met, and the longest of each kind.
"""

import json
import sys
import time
from pathlib import Path

from monitor.store import Store


def main() -> None:
    address, stop = sys.argv[1], Path(sys.argv[2])
    times: list[float] = []
    counts: list[int] = []
    errors: list[str] = []
    with Store.open(address, read_only=True) as store:
        store.facts(province="Hải Phòng")  # the first read loads the catalog: a notebook's opening, not a wait
        print("ready", flush=True)
        while not stop.exists():
            started = time.monotonic()
            try:
                if len(times) % 2:
                    store.facts(province="Hải Phòng")
                else:
                    counts.append(store.select("SELECT count(*) FROM articles").rows[0][0])
            except Exception as error:  # told at the end: the test fails on any
                errors.append(f"{type(error).__name__}: {error}".splitlines()[0])
            times.append(time.monotonic() - started)
            time.sleep(0.05)
    median = sorted(times)[len(times) // 2] if times else 0.0
    longest = max(times, default=0.0)
    slowest = {"count": max(times[::2], default=0.0), "facts": max(times[1::2], default=0.0)}  # which read it was
    print(
        json.dumps(
            {
                "reads": len(times),
                "longest": longest,
                "median": median,
                "slowest": slowest,
                "counts": counts,
                "errors": errors,
            }
        )
    )


if __name__ == "__main__":
    main()
