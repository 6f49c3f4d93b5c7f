"""The relevance model's speed (issue 15: loads in under 1 s, at least 200 articles/s on one core).

    python bench/relevance.py [--runs 5] [--articles 2000]

Each run is a fresh process pinned to one core (one BLAS thread): the model file's load (after importing
scikit-learn and skops, and with them), then the labelled articles of data/relevance judged in one batch,
and one at a time as the crawler judges them. Prints the median and range of the runs. Run it quiet and
beside a load (the test suite, say) and report both.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

ONE_RUN = """
import json, os, sys, time
os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
started = time.perf_counter()
from monitor.crawl import classifier, training
import skops.io, sklearn.calibration, sklearn.feature_extraction.text, sklearn.linear_model, sklearn.pipeline
imported = time.perf_counter()
model = classifier.RelevanceModel.load()
loaded = time.perf_counter()
rows = training.load_rows()
articles = [(row.title, row.text) for row in rows]
articles = (articles * (int(sys.argv[1]) // len(articles) + 1))[: int(sys.argv[1])]
cpu = time.process_time()
at = time.perf_counter()
model.judge_many(articles)
batch_s, batch_cpu = time.perf_counter() - at, time.process_time() - cpu
at = time.perf_counter()
for title, text in articles[:300]:
    model.judge(title, text)
single_s = time.perf_counter() - at
print(json.dumps({
    "load_s": loaded - imported, "import_and_load_s": loaded - started,
    "batch_per_s": len(articles) / batch_s, "batch_cpu_ms": 1000 * batch_cpu / len(articles),
    "one_by_one_per_s": 300 / single_s, "chars": sum(len(t) for _, t in articles) / len(articles),
}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--articles", type=int, default=2000)
    args = parser.parse_args()
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "PYTHONPATH": str(ROOT)}
    runs = []
    for _ in range(args.runs):
        done = subprocess.run(
            [sys.executable, "-c", ONE_RUN, str(args.articles)], env=env, capture_output=True, text=True, check=True
        )
        runs.append(json.loads(done.stdout))
    print(f"{args.runs} runs, {args.articles} articles each (mean {runs[0]['chars']:.0f} characters), one core:")
    for key, label in (
        ("load_s", "model file load, s"),
        ("import_and_load_s", "imports (scikit-learn, skops) + load, s"),
        ("batch_per_s", "articles/s, one batch"),
        ("batch_cpu_ms", "CPU ms per article, batch"),
        ("one_by_one_per_s", "articles/s, one at a time"),
    ):
        values = [run[key] for run in runs]
        print(f"  {label:28} median {statistics.median(values):8.3f}   ({min(values):.3f} – {max(values):.3f})")


if __name__ == "__main__":
    main()
