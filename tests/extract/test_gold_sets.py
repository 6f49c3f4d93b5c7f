"""Every gold set under tests/extract passes its own check.py (article format, spec fields, verbatim evidence,
places, dates, values, series and parts; for the sets written after real reports, no report shared with an earlier
set): a gold file edited by hand or a new set wired in cannot drift from the format the scorer reads."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SETS = sorted(path.parent for path in (ROOT / "tests" / "extract").glob("*/check.py"))
PROVINCES = ROOT.parent / "shared" / "data" / "provinces_2025.csv"


@pytest.mark.skipif(not PROVINCES.exists(), reason="../shared/data is not beside the project")
@pytest.mark.parametrize("folder", SETS, ids=[folder.name for folder in SETS])
def test_a_gold_set_passes_its_own_checks(folder: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, str(folder / "check.py")], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]


def test_every_set_is_found() -> None:
    assert len(SETS) >= 19  # devset, realset, realset2 and unseen … unseen16
