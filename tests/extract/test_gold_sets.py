"""Every gold set under tests/extract passes its checks, its own check.py or the development set's with its set.toml
(article format, spec fields, verbatim evidence, places, dates, values, series and parts; for the sets written after
real reports, no report shared with any other set): a gold file edited by hand or a new set wired in cannot drift from
the format the scorer reads."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXTRACT = ROOT / "tests" / "extract"
# a set with a check.py of its own runs it; one declaring a set.toml is checked by the development set's check.py
SETS = sorted(path.parent for pattern in ("*/check.py", "*/set.toml") for path in EXTRACT.glob(pattern))
PROVINCES = ROOT.parent / "shared" / "data" / "provinces_2025.csv"


@pytest.mark.skipif(not PROVINCES.exists(), reason="../shared/data is not beside the project")
@pytest.mark.parametrize("folder", SETS, ids=[folder.name for folder in SETS])
def test_a_gold_set_passes_its_own_checks(folder: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    own = folder / "check.py"
    command = [str(own)] if own.exists() else [str(EXTRACT / "devset" / "check.py"), str(folder)]
    done = subprocess.run([sys.executable, *command], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]


def test_every_set_is_found() -> None:
    assert len(SETS) >= 25  # devset, realset, realset2 and unseen … unseen22
    assert all((folder / "gold.jsonl").exists() for folder in SETS)
