"""The reference annotations are checked in CI: the development sets' and the held-out set's gold (facts, series,
part_of)."""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parents[1]
EXTRACT_DEVSET = TESTS / "extract" / "devset"
TIMELINE_DEVSET = TESTS / "timeline" / "devset"
HELDOUT = TESTS / "timeline" / "heldout"
HELDOUT2 = TESTS / "timeline" / "heldout2"
REALSET = TESTS / "extract" / "realset"
UNSEEN = TESTS / "extract" / "unseen"
REALSET2 = TESTS / "extract" / "realset2"


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


base = _load("extract_devset_check", EXTRACT_DEVSET / "check.py")
timeline = _load("timeline_devset_check", TIMELINE_DEVSET / "check.py")
heldout = _load("timeline_heldout_check", HELDOUT / "check.py")
heldout2 = _load("timeline_heldout2_check", HELDOUT2 / "check.py")
realset = _load("extract_realset_check", REALSET / "check.py")
unseen = _load("extract_unseen_check", UNSEEN / "check.py")
realset2 = _load("extract_realset2_check", REALSET2 / "check.py")
needs_csv = pytest.mark.skipif(
    not base.DEFAULT_PROVINCES_CSV.exists(), reason="../shared/data/provinces_2025.csv absent"
)


@needs_csv
def test_extract_devset_gold_is_valid():
    errors, _ = base.validate(EXTRACT_DEVSET)
    assert errors == []


@needs_csv
def test_timeline_devset_gold_is_valid():
    errors, _ = timeline.validate(TIMELINE_DEVSET)
    assert errors == []


@needs_csv
def test_heldout_gold_is_valid():
    errors, _ = heldout.validate(HELDOUT)
    assert errors == []


@needs_csv
def test_heldout2_gold_is_valid():
    errors, _ = heldout2.validate(HELDOUT2)
    assert errors == []


@needs_csv
def test_realset_gold_is_valid():
    errors, _ = realset.validate(REALSET)
    assert errors == []


@needs_csv
def test_unseen_gold_is_valid():
    errors, _ = unseen.validate(UNSEEN)
    assert errors == []


@needs_csv
def test_the_fifth_sets_gold_is_valid():
    # the sets written after it (unseen2 and later) declare their settings in set.toml; tests/extract/test_gold_sets.py
    # checks every one of them
    errors, _ = realset2.validate(REALSET2)
    assert errors == []


def test_timeline_devset_has_changes_to_find():
    gold = [
        json.loads(line) for line in (TIMELINE_DEVSET / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line
    ]
    stats = base.series_stats(gold)
    assert stats["expected_changes"] >= 30 and stats["parts"] >= 20


def _broken_copy(tmp_path: Path, edit) -> Path:
    root = tmp_path / "set"
    shutil.copytree(TIMELINE_DEVSET, root)
    lines = [json.loads(line) for line in (root / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line]
    edit(lines)
    (root / "gold.jsonl").write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in lines), encoding="utf-8")
    return root


def _by_id(lines, fid):
    return next(d for d in lines if d["id"] == fid)


@needs_csv
@pytest.mark.parametrize(
    "edit, message",
    [
        (lambda ls: _by_id(ls, "201-02").update(part_of="209-01"), "is in another article"),
        (
            lambda ls: _by_id(ls, "201-02").update(series=_by_id(ls, "201-01")["series"]),
            "a part has the series of its whole",
        ),
        (lambda ls: _by_id(ls, "201-02").update(part_of="201-99"), "names no fact"),
        (lambda ls: _by_id(ls, "201-01").update(series=None), "needs a series"),
        (lambda ls: _by_id(ls, "209-02").update(series="nghean/document/x/done/y"), "has no series"),
        (lambda ls: _by_id(ls, "200-02").update(as_of="2025-08-12"), "different dates"),
        (lambda ls: _by_id(ls, "216-04").update(status="target"), "disagree on status"),
        (lambda ls: _by_id(ls, "201-01").pop("series"), "needs both series and part_of"),
        (lambda ls: _by_id(ls, "211-03").update(part_of="211-01"), "shares are never parts of counts"),
    ],
)
def test_validation_can_fail(tmp_path, edit, message):
    errors, _ = timeline.validate(_broken_copy(tmp_path, edit))
    assert any(message in e for e in errors), errors
