"""Validate the third development set, modelled on real reports (articles 300–371, gold.jsonl).

python tests/extract/realset/check.py [SET_DIR] [PROVINCES_CSV]

Reuses the checks of tests/extract/devset/check.py (article format, spec fields, verbatim evidence, places,
dates, values read from the evidence, series and part_of rules, at least 3 core facts per metric) with
this set's file names, 3NN_outlet_slug.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("extract_devset_check", HERE.parent / "devset" / "check.py")
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

SETTINGS = dict(name_re=r"3\d\d_[a-z0-9_]+")


def validate(root: Path = HERE, provinces_csv: Path = base.DEFAULT_PROVINCES_CSV):
    return base.validate(root, provinces_csv, **SETTINGS)


if __name__ == "__main__":
    sys.exit(base.main(check=validate, here=HERE))
