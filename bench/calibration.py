"""How well confidence tracks correctness: per rule and per confidence band, on the development sets.

    python bench/calibration.py [--shared ../shared]

A prediction is right when the shared scorer matches it to a reference fact and its province, date
and status are right too; wrong when it matches nothing or one of those is wrong. Predictions set
aside by optional reference facts, and specialties (scored item by item), are left out. The confidence
of each rule in monitor/extract is set from this table: a rule's confidence should be close to the
share of its facts that are right.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from monitor.extract import extract
from monitor.inputs import article_paths, read_text_article

ROOT = Path(__file__).resolve().parents[1]
BANDS = ((0.0, 0.5), (0.5, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    score = _scorer(args.shared / "eval" / "score.py")
    sets = {
        "seeds": (args.shared / "seeds", args.shared / "gold" / "seeds.jsonl"),
        "devset": (ROOT / "tests/extract/devset/articles", ROOT / "tests/extract/devset/gold.jsonl"),
        "realset": (ROOT / "tests/extract/realset/articles", ROOT / "tests/extract/realset/gold.jsonl"),
        # the sets measured blind once and developed on since (the blind ones still kept out are not used)
        **{
            name: (ROOT / f"tests/extract/{name}/articles", ROOT / f"tests/extract/{name}/gold.jsonl")
            for name in ("realset2", "unseen2", "unseen3", "unseen4")
        },
    }
    outcomes: list[tuple[dict[str, Any], bool]] = []
    for articles, gold_path in sets.values():
        predictions = [
            f.to_json() for path in article_paths([articles]) for f in extract(read_text_article(path).article).facts
        ]
        gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
        outcomes += _outcomes(score, gold, predictions)
    _table("rule", outcomes, key=lambda p: p.get("rule") or "?")
    _table("confidence band", outcomes, key=_band)


def _outcomes(score: Any, gold: list[dict], predictions: list[dict]) -> list[tuple[dict[str, Any], bool]]:
    """(prediction, right) for every prediction the scorer judged; it keeps the dicts it was given."""
    result = score.score(gold, predictions)
    false_positives = {id(p) for p in result["false_positives"]}
    wrong_attributes = {id(pair["pred"]) for pair in result["wrong_attributes"]}
    optional = [g for g in gold if not g.get("core", True)]
    outcomes = []
    for p in predictions:
        if p.get("metric") == "specialties":
            continue
        if id(p) in false_positives:
            outcomes.append((p, False))
        elif not any(o["doc"] == p["doc"] and score.same_value(o.get("value"), p.get("value")) for o in optional):
            outcomes.append((p, id(p) not in wrong_attributes))
    return outcomes


def _band(prediction: dict[str, Any]) -> str:
    confidence = prediction.get("confidence") or 0.0
    low, high = next(band for band in BANDS if band[0] <= confidence < band[1])
    return f"{low:.1f}–{min(high, 1.0):.1f}"


def _table(title: str, outcomes: list[tuple[dict[str, Any], bool]], key: Any) -> None:
    groups: dict[str, list[tuple[float, bool]]] = defaultdict(list)
    for prediction, right in outcomes:
        groups[key(prediction)].append((prediction.get("confidence") or 0.0, right))
    print(f"\n{title:<24} {'facts':>5} {'right':>6} {'mean confidence':>16}")
    for name, rows in sorted(groups.items()):
        share = sum(right for _, right in rows) / len(rows)
        mean = sum(confidence for confidence, _ in rows) / len(rows)
        print(f"{name:<24} {len(rows):>5} {share:>6.2f} {mean:>16.2f}")


def _scorer(path: Path) -> Any:
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


if __name__ == "__main__":
    main()
