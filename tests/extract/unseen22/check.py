"""Validate the twenty-sixth extraction set, kept unseen (articles 1165–1179, gold.jsonl).

python tests/extract/unseen22/check.py [SET_DIR] [PROVINCES_CSV]

Reuses the checks of tests/extract/devset/check.py (article format, spec fields, verbatim evidence, places,
dates, values read from the evidence, series and part_of rules) with this set's file names, 11NN_outlet_slug
(1165–1179). Differences, as in ../unseen11/check.py: short forms (a weekly index bulletin, a table, a press
conference in bullets, a brief, a provincial notice, a photo essay's captions) may have up to 8 paragraphs;
the articles written as negatives (NEGATIVES below: no core fact, optional ones allowed) are exempt from "an article
needs a core fact", every other article needs one. A small set: no metric is required to have a core fact (see
README.md). Also checked here: documents carry no as_of (the other sets' convention), every fact's as_of is not later
than a year after the article's date unless it is a target, plan or deadline, and no report URL of SOURCES.md is one
of the earlier sets'.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("extract_devset_check", HERE.parent / "devset" / "check.py")
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

SETTINGS = dict(name_re=r"11(?:6[5-9]|7\d)_[a-z0-9_]+", words_range=(40, 450), paras_range=(1, 8), min_core=0)
# articles written as negatives: no figure of the spec's metrics (optional facts allowed, no core one)
NEGATIVES = {
    "1167_bacninhdaily_bang_diem_chi_so_tuan",
    "1175_daklakplus_ea_sup_cong_van",
    "1178_danangplus_ba_thang_van_hanh",
}


def validate(root: Path = HERE, provinces_csv: Path = base.DEFAULT_PROVINCES_CSV):
    return base.validate_later_set(root, provinces_csv, SETTINGS, NEGATIVES)


if __name__ == "__main__":
    sys.exit(base.main(check=validate, here=HERE))
