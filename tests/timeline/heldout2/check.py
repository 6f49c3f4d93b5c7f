"""Validate the held-out timeline set (articles 400–421, gold.jsonl with series and part_of).

python tests/timeline/heldout2/check.py [DEVSET_DIR] [PROVINCES_CSV]

Reuses the checks of tests/extract/devset/check.py (article format, spec fields, verbatim evidence,
places, dates, values read from the evidence, series and part_of rules), with this set's settings:
file names 4NN_slug, 150–400 words, every metric of the 14 present at least once as a core fact.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location(
    "extract_devset_check", HERE.parents[1] / "extract" / "devset" / "check.py"
)
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

SETTINGS = dict(
    name_re=r"4\d\d_[a-z0-9_]+",
    words_range=(150, 400),
    paras_range=(2, 6),
    min_core=1,
    wordnum={**base.WORDNUM, "một triệu": 1000000},
)


def validate(root: Path = HERE, provinces_csv: Path = base.DEFAULT_PROVINCES_CSV):
    return base.validate(root, provinces_csv, **SETTINGS)


def main(argv=None) -> int:
    return base.main(argv, check=validate, here=HERE)


if __name__ == "__main__":
    sys.exit(main())
