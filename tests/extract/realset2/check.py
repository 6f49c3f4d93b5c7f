"""Validate the fifth development set, modelled on real reports (articles 500–539, gold.jsonl).

python tests/extract/realset2/check.py [SET_DIR] [PROVINCES_CSV]

Reuses the checks of tests/extract/devset/check.py (article format, spec fields, verbatim evidence, places,
dates, values read from the evidence, series and part_of rules) with this set's file names, 5NN_outlet_slug.
Differences: short forms (bulletins, lists, tables, notices) may have up to 8 paragraphs; a few articles are
negatives on purpose (no core fact: NEGATIVES below), every other article needs one; each metric needs at
least 1 core fact (staff_training has only one: see SOURCES.md).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("extract_devset_check", HERE.parent / "devset" / "check.py")
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

SETTINGS = dict(name_re=r"5\d\d_[a-z0-9_]+", words_range=(40, 450), paras_range=(1, 8), min_core=1)
# articles written as negatives: no figure of the spec's metrics (optional facts allowed, no core one)
NEGATIVES = {
    "507_phapluatphattrien_quang_tri_bo_may",
    "514_baonamdinh_xe_dua_don_hoa_lu",
    "515_baobinhdinh_nhu_cau_di_lai_quy_nhon",
    "516_ptthsonla_tap_huan_xay_dung",
    "523_hanoimoi_thi_diem_nop_ho_so_moi_noi",
    "533_ptthgialai_boi_duong_lanh_dao_xa",
}


def validate(root: Path = HERE, provinces_csv: Path = base.DEFAULT_PROVINCES_CSV):
    root = Path(root)
    errors, report = base.validate(root, provinces_csv, **SETTINGS)
    errors = [e for e in errors if not e.startswith("articles without a core fact")]
    errors += base.negatives_errors(root, NEGATIVES)
    report.append(f"negatives (no core fact by design): {len(NEGATIVES)}")
    return errors, report


if __name__ == "__main__":
    sys.exit(base.main(check=validate, here=HERE))
