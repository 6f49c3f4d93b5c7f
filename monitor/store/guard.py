"""What `monitor query` and `db.query()` accept: one statement that only reads.

Two locks, so that neither alone has to be perfect. The first is a check of DuckDB's own parse of the
statement (json_serialize_sql, the same parser that will run it): exactly one SELECT statement (SELECT,
WITH, FROM …, DESCRIBE, SHOW, SUMMARIZE), with no writing part anywhere inside it (`WITH x AS (DELETE …
RETURNING *)`, COPY in a CTE), and no call of a function that acts on the session, runs SQL the check
never sees, or only waits, whatever its spelling (`main.query(…)`, `"query"(…)`, `query/**/(…)`,
`'…'.query()`), nor of a DuckLake store's postgres_*() and ducklake_*() functions, nor a name in its
catalog's database (`__ducklake_metadata_*`: the snapshots, files and settings, not the data). The second is the
connection: read-only, external access disabled (no files, no network, no extensions from SQL), its
configuration locked, with a memory and a temporary-disk limit.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from typing import Any

import duckdb

# query nodes that only read; anything else in the tree (INSERT_QUERY_NODE, DELETE_QUERY_NODE,
# UPDATE_QUERY_NODE, COPY_QUERY_NODE, a future kind) is refused
READING_NODES = frozenset({"SELECT_NODE", "SET_OPERATION_NODE", "RECURSIVE_CTE_NODE", "CTE_NODE"})
# table and scalar functions that a SELECT may call but that act on the session, run SQL the guard
# never sees, or only wait: refused by their parsed name, whatever the schema or quoting
REFUSED_FUNCTIONS = frozenset(
    {
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
    }
)


# the extensions of a DuckLake store: postgres_query() and postgres_execute() run SQL on the catalog's
# PostgreSQL even with external access off, and ducklake_*() expire snapshots or delete files
REFUSED_PREFIXES = ("postgres_", "ducklake_")
# what a WITH clause may hold instead of a SELECT; DuckDB 1.5 refuses them in its parser ("A CTE needs a
# SELECT"), 2.0 parses them into a *_NODE that the tree check names
# a DuckLake store's catalog, attached by DuckLake as a database of this name beside the store: it tells
# where every file is and who wrote what, and its tables are PostgreSQL's; queries read the store's tables
CATALOG_DATABASE = "__ducklake_metadata_"
# the parts of a parsed name: a table's (catalog_name, schema_name, table_name), a column's (column_names)
_NAME_KEYS = ("catalog_name", "schema_name", "table_name", "column_names")
WRITING_KEYWORDS = frozenset({"DELETE", "INSERT", "UPDATE", "COPY", "MERGE"})


class QueryRefused(ValueError):
    """A query that could change the store or reach outside it; str() is a one-line reason."""


class QueryStopped(RuntimeError):
    """A query that ran past its time limit, or past its memory or temporary-disk limit."""


class QueryTooBig(QueryStopped):
    """A query that needed more memory or temporary disk than a reading connection may use."""


def check_read_only(sql: str, parser: duckdb.DuckDBPyConnection) -> None:
    """Raise QueryRefused unless sql is one statement that only reads (see the module's docstring)."""
    try:
        statements = parser.extract_statements(sql)
    except duckdb.Error as error:
        if "A CTE needs a SELECT" in str(error):
            raise QueryRefused(_cte_refusal(sql)) from None
        raise QueryRefused(_one_line(error)) from None
    if not statements:
        raise QueryRefused("an empty query: give one SELECT, WITH, DESCRIBE or SHOW statement")
    if len(statements) != 1:
        raise QueryRefused(f"one statement at a time, not {len(statements)}")
    if statements[0].type != duckdb.StatementType.SELECT:
        raise QueryRefused(f"only SELECT, WITH, DESCRIBE and SHOW are allowed, not {statements[0].type.name}")
    tree = parsed(sql, parser)
    for node in _nodes(tree):
        kind = node.get("type")
        if isinstance(kind, str) and kind.endswith("_NODE") and kind not in READING_NODES:
            writes = kind.removesuffix("_NODE").removesuffix("_QUERY")
            raise QueryRefused(f"the query holds a {writes} (in a WITH clause?): queries only read")
        if any(_names_catalog(node.get(key)) for key in _NAME_KEYS):
            raise QueryRefused("the DuckLake catalog's database is not allowed in queries: query the store's tables")
        name = node.get("function_name")
        if isinstance(name, str) and name.lower().startswith(REFUSED_PREFIXES):
            raise QueryRefused(f"{name.lower()}() is not allowed in queries: it reaches the catalog, not the data")
        if isinstance(name, str) and name.lower() in REFUSED_FUNCTIONS:
            raise QueryRefused(f"{name.lower()}() is not allowed in queries: it acts on the session, not the data")


def _names_catalog(value: Any) -> bool:
    """Whether a parsed name (a string, or a list of parts) is, or is in, the DuckLake catalog's database."""
    parts = value if isinstance(value, list) else [value]
    return any(isinstance(part, str) and part.lower().startswith(CATALOG_DATABASE) for part in parts)


def parsed(sql: str, parser: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """DuckDB's parse tree of a SELECT statement, as JSON (json_serialize_sql); QueryRefused if none."""
    try:
        row = parser.execute("SELECT json_serialize_sql(?::VARCHAR)", [sql]).fetchone()
    except duckdb.Error as error:
        raise QueryRefused(f"cannot check the statement: {_one_line(error)}") from None
    tree = json.loads(row[0]) if row and row[0] else {"error": True, "error_message": "no parse"}
    if tree.get("error"):
        raise QueryRefused(f"cannot check the statement: {tree.get('error_message') or 'it does not parse'}")
    return tree


def _cte_refusal(sql: str) -> str:
    """Why a WITH clause that DuckDB's parser refused is refused here: the first writing keyword that opens
    a CTE's body (a keyword token, never the same word in a string, a comment or a quoted name)."""
    tokens = duckdb.tokenize(sql)
    ends = [start for start, _ in tokens[1:]] + [len(sql)]
    words = [(sql[start:end].strip(), kind) for (start, kind), end in zip(tokens, ends, strict=True)]
    for (before, before_kind), (word, kind) in itertools.pairwise(words):
        opens_body = before == "(" and before_kind == duckdb.token_type.operator
        if opens_body and kind == duckdb.token_type.keyword and word.upper() in WRITING_KEYWORDS:
            return f"a WITH clause holds a write ({word.upper()}): queries only read"
    return "a WITH clause holds something other than a SELECT: queries only read"


def _nodes(tree: Any) -> Iterator[dict[str, Any]]:
    """Every object in the JSON tree, depth first."""
    stack = [tree]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            yield item
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def _one_line(error: BaseException) -> str:
    lines = str(error).strip().splitlines()
    return lines[0] if lines else type(error).__name__
