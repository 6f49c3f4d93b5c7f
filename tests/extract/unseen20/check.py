"""Validate the twenty-fourth extraction set, kept unseen (articles 1135–1149, gold.jsonl).

python tests/extract/unseen20/check.py [SET_DIR] [PROVINCES_CSV]

Reuses the checks of tests/extract/devset/check.py (article format, spec fields, verbatim evidence, places,
dates, values read from the evidence, series and part_of rules) with this set's file names, 11NN_outlet_slug
(1135–1149). Differences, as in ../unseen16/check.py: short forms (a brief, a table, captions, a press conference
in bullets, a Q&A, a bulletin of label: value lines) may have up to 8 paragraphs; the articles written as negatives
(NEGATIVES below: no core fact, optional ones allowed) are exempt from "an article needs a core fact", every other
article needs one. A small set weighted on status: no metric is required to have a core fact (see README.md). Also
checked here: documents carry no as_of (the other sets' convention), every fact's as_of is not later than a year
after the article's date unless it is a target, plan, proposal or deadline, and no report URL of SOURCES.md is one
of another set's.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("extract_devset_check", HERE.parent / "devset" / "check.py")
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

SETTINGS = dict(name_re=r"11(?:3[5-9]|4\d)_[a-z0-9_]+", words_range=(40, 450), paras_range=(1, 8), min_core=0)
# articles written as negatives: no figure of the spec's metrics (optional facts allowed, no core one)
NEGATIVES = {
    "1141_krongpaknews_tam_dung_tiep_nhan_ngoai_tinh",
    "1147_kienhaitv_de_an_ba_dac_khu",
}


def validate(root: Path = HERE, provinces_csv: Path = base.DEFAULT_PROVINCES_CSV):
    return base.validate_later_set(root, provinces_csv, SETTINGS, NEGATIVES)


if __name__ == "__main__":
    sys.exit(base.main(check=validate, here=HERE))
