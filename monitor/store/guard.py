"""What `monitor query` and `db.query()` accept: one statement that only reads.

Two locks, so that neither alone has to be perfect: the statement must start with SELECT, WITH,
DESCRIBE or SHOW and parse as a single read statement, and it runs on a read-only connection with
external access disabled (no files, no network, no extensions from SQL).
"""

from __future__ import annotations

import re

import duckdb

ALLOWED_FIRST_WORDS = ("select", "with", "describe", "show")
_FIRST_WORD = re.compile(r"^(?:\s|--[^\n]*\n|/\*.*?\*/)*\(?\s*(\w+)", re.DOTALL)


class QueryRefused(ValueError):
    """A query that could change the store or reach outside it; str() is a one-line reason."""


def check_read_only(sql: str, parser: duckdb.DuckDBPyConnection) -> None:
    """Raise QueryRefused unless sql is one SELECT, WITH, DESCRIBE or SHOW statement."""
    first = _FIRST_WORD.match(sql)
    word = first.group(1).lower() if first else ""
    if word not in ALLOWED_FIRST_WORDS:
        raise QueryRefused(f"only SELECT, WITH, DESCRIBE and SHOW are allowed, not {word.upper() or 'an empty query'}")
    try:
        statements = parser.extract_statements(sql)
    except duckdb.Error as error:
        raise QueryRefused(str(error).splitlines()[0]) from None
    if len(statements) != 1:
        raise QueryRefused(f"one statement at a time, not {len(statements)}")
    if statements[0].type != duckdb.StatementType.SELECT:
        raise QueryRefused(f"only reading statements are allowed, not {statements[0].type.name}")
