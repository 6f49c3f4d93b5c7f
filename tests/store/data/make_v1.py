"""Writes monitor-v1.duckdb: a store file as the walking skeleton (schema version 1) left it.

    python tests/store/data/make_v1.py

schema_v1.sql is the skeleton's schema.sql (git show aa1d5ec:monitor/store/schema.sql). The file is
checked in so the migration test opens a file really made by the old schema, not one rebuilt by today's code.
"""

from pathlib import Path

import duckdb

HERE = Path(__file__).parent


def main() -> None:
    target = HERE / "monitor-v1.duckdb"
    target.unlink(missing_ok=True)
    with duckdb.connect(str(target)) as db:
        db.execute((HERE / "schema_v1.sql").read_text(encoding="utf-8"))
        db.execute(
            "INSERT INTO articles VALUES ('001_a4559fbed00e7666', NULL, NULL, NULL, DATE '2025-08-25', 'line', NULL,"
            " NULL, 'Từ 1/7 đến 20/8, thành phố tiếp nhận hơn 246.900 hồ sơ.')"
        )
        db.execute(
            "INSERT INTO facts (article_id, metric, value, unit, approx, status, province, as_of, period_start,"
            ' period_end, evidence, start, "end", confidence, date_source, extractor_version, rule) VALUES'
            " ('001_a4559fbed00e7666', 'dossiers_received', 246900, 'dossier', 'more_than', 'done', 'Hải Phòng',"
            " DATE '2025-08-20', DATE '2025-07-01', DATE '2025-08-20',"
            " 'Từ 1/7 đến 20/8, thành phố tiếp nhận hơn 246.900 hồ sơ', 0, 54, 0.85, 'text', '0.1.0',"
            " 'dossiers.local')"
        )
        db.execute("CHECKPOINT")


if __name__ == "__main__":
    main()
