"""Extraction speed against underthesea's word_tokenize alone, on the same texts, in one process.

    python bench/extract.py [--articles 200] [--rounds 3]

Prints articles per second of `extract` and of `word_tokenize`, their ratio (extract time ÷ tokenize
time; target ≤ 1.5) and peak memory. Texts: ../shared/seeds if present, else the bundled sample site's
article texts in tests/; repeated to --articles. Medians over --rounds, after a warm-up.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from pathlib import Path

from underthesea import word_tokenize

from monitor.extract import extract
from monitor.inputs import read_text_article

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"


def articles(count: int):
    paths = sorted(SEEDS.glob("*.txt")) or sorted((ROOT / "tests" / "extract" / "devset" / "articles").glob("*.txt"))
    if not paths:
        sys.exit("no texts: need ../shared/seeds or tests/extract/devset/articles")
    base = [read_text_article(p).article for p in paths]
    return [base[i % len(base)] for i in range(count)]


def timed(work) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    options = parser.parse_args()
    texts = articles(options.articles)
    extract(texts[0])
    word_tokenize(texts[0].text)  # warm-up: models load once
    extract_times, tokenize_times = [], []
    for _ in range(options.rounds):
        tokenize_times.append(timed(lambda: [word_tokenize(a.text) for a in texts]))
        extract_times.append(timed(lambda: [extract(a) for a in texts]))
    t_extract, t_tokenize = statistics.median(extract_times), statistics.median(tokenize_times)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    chars = sum(len(a.text) for a in texts)
    print(f"articles: {len(texts)} ({chars / len(texts):,.0f} chars each), rounds: {options.rounds} (medians)")
    print(f"extract:       {len(texts) / t_extract:8.1f} articles/s  ({t_extract:.2f} s)")
    print(f"word_tokenize: {len(texts) / t_tokenize:8.1f} articles/s  ({t_tokenize:.2f} s)")
    print(f"ratio extract/tokenize: {t_extract / t_tokenize:.2f}  (target <= 1.5)")
    print(f"peak memory (max RSS): {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
