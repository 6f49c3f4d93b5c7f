"""Validate the fourth development set, kept unseen (articles 400–419, gold.jsonl).

python tests/extract/unseen/check.py [SET_DIR] [PROVINCES_CSV]

The checks of tests/extract/devset/check.py with this set's file names (4NN_outlet_slug); a small set, so no
metric is required to have three core facts.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("extract_devset_check", HERE.parent / "devset" / "check.py")
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

SETTINGS = dict(name_re=r"4\d\d_[a-z0-9_]+", min_core=0)


def validate(root: Path = HERE, provinces_csv: Path = base.DEFAULT_PROVINCES_CSV):
    return base.validate(root, provinces_csv, **SETTINGS)


if __name__ == "__main__":
    sys.exit(base.main(check=validate, here=HERE))
