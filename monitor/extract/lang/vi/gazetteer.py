"""Build wards_2025.tsv (kind, name, province) from the vietnam-provinces package.

Run `python -m monitor.extract.lang.vi.gazetteer` to regenerate; tests/extract/test_places.py checks
that the checked-in file matches. At run time only the TSV is read.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from monitor.extract.normalize import fold

HERE = Path(__file__).parent
WARDS_TSV = HERE / "wards_2025.tsv"
PROVINCES_CSV = HERE / "provinces_2025.csv"
_PROVINCE_PREFIXES = ("Thành phố ", "Tỉnh ")


def build_ward_rows() -> list[tuple[str, str, str]]:
    """(kind, name, province) for every ward, commune and special zone of the 2025 list."""
    from vietnam_provinces import Province, Ward

    names = {fold(row["province"]): row["province"] for row in csv.DictReader(PROVINCES_CSV.open())}
    province_of_code = {}
    for province in Province.iter_all():
        name = province.name
        for prefix in _PROVINCE_PREFIXES:
            name = name.removeprefix(prefix)
        province_of_code[province.code] = names[fold(name)]
    rows = []
    for ward in Ward.iter_all():
        kind = ward.division_type.value
        name = ward.name[len(kind) + 1 :] if ward.name.lower().startswith(kind) else ward.name
        name = " ".join(name.split())  # the source has "Phường  Buôn Ma Thuột": a stray space hides the name
        rows.append((kind, fold(name), province_of_code[ward.province_code]))
    return sorted(rows)


def write_tsv(rows: list[tuple[str, str, str]], path: Path = WARDS_TSV) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
        writer.writerow(("kind", "name", "province"))
        writer.writerows(rows)


if __name__ == "__main__":
    write_tsv(build_ward_rows())
    sys.exit(0)
