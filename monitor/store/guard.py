"""What `monitor query` and `db.query()` accept: one statement that only reads.

Two locks, so that neither alone has to be perfect: the statement must start with SELECT, WITH,
DESCRIBE or SHOW and parse as a single read statement, and it runs on a read-only connection with
external access disabled (no files, no network, no extensions from SQL).
"""

from __future__ import annotations

import re

import duckdb

ALLOWED_FIRST_WORDS = ("select", "with", "describe", "show")
# table and scalar functions that a SELECT may call but that act on the session, run SQL the guard
# never sees, or only wait: refused by name
REFUSED_FUNCTIONS = (
    "checkpoint",
    "force_checkpoint",
    "enable_logging",
    "disable_logging",
    "truncate_duckdb_logs",
    "write_log",
    "enable_profiling",
    "disable_profiling",
    "json_execute_serialized_sql",
    "query",
    "query_table",
    "register_external_resource",
    "register_external_resource_type",
    "create_external_resource",
    "deregister_external_resource",
    "destroy_external_resource",
    "sleep_ms",
    "setseed",
)
_REFUSED_CALL = re.compile(r'(?<![\w.])"?(' + "|".join(REFUSED_FUNCTIONS) + r')"?\s*\(', re.IGNORECASE)
_FIRST_WORD = re.compile(r"^(?:\s|--[^\n]*\n|/\*.*?\*/)*\(?\s*(\w+)", re.DOTALL)


class QueryRefused(ValueError):
    """A query that could change the store or reach outside it; str() is a one-line reason."""


class QueryStopped(RuntimeError):
    """A query that ran past its time limit."""


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
    call = _REFUSED_CALL.search(sql)
    if call:
        raise QueryRefused(f"{call.group(1).lower()}() is not allowed in queries: it acts on the session, not the data")
