"""Validate the twenty-fifth extraction set, kept unseen (articles 1150–1164, gold.jsonl).

python tests/extract/unseen21/check.py [SET_DIR] [PROVINCES_CSV]

Reuses the checks of tests/extract/devset/check.py (article format, spec fields, verbatim evidence, places,
dates, values read from the evidence, series and part_of rules) with this set's file names, 11NN_outlet_slug
(1150–1164). Differences, as in ../unseen11/check.py: short forms (a commune portal's notice, a radio bulletin
transcript, a photo essay's captions, a Q&A, a table, a press conference in bullets) may have up to 8 paragraphs;
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

SETTINGS = dict(name_re=r"11(?:5\d|6[0-4])_[a-z0-9_]+", words_range=(40, 450), paras_range=(1, 8), min_core=0)
# articles written as negatives: no figure of the spec's metrics (optional facts allowed, no core one)
NEGATIVES = {
    "1153_hoanglienson_dai_hoi_24_chi_tieu",
    "1154_caonguyenplus_gia_lai_thang_8",
    "1155_eakmatnews_dai_hoi_dak_lak_153_trieu",
}


def validate(root: Path = HERE, provinces_csv: Path = base.DEFAULT_PROVINCES_CSV):
    return base.validate_later_set(root, provinces_csv, SETTINGS, NEGATIVES)


if __name__ == "__main__":
    sys.exit(base.main(check=validate, here=HERE))
