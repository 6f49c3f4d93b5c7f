"""The statement check works on DuckDB's own parse of the statement, not on its spelling (issue 14).

Each attack is refused by check_read_only itself, on a connection that could write: the read-only
connection behind it is a second lock, not the only one. On a DuckDB file and on a DuckLake store, whose
connection also reaches its catalog's PostgreSQL (tests/conftest.py).
"""

import pytest
from click.testing import CliRunner

from monitor.cli import cli
from monitor.store import QueryRefused, Store
from monitor.store.guard import check_read_only

ATTACKS = [
    "WITH x AS (DELETE FROM facts RETURNING *) SELECT * FROM x",
    "WITH x AS (INSERT INTO facts (article_id, metric, evidence, start, \"end\") VALUES ('x', 'm', 'e', 0, 1) "
    "RETURNING *) SELECT * FROM x",
    "WITH x AS (UPDATE facts SET value = 0 RETURNING *) SELECT * FROM x",
    "WITH x AS (COPY facts TO 'stolen.csv') SELECT * FROM x",
    "WITH a AS (SELECT 1), x AS (DELETE FROM articles RETURNING id) SELECT * FROM a, x",
    "SELECT * FROM main.query('SELECT 1')",
    "SELECT * FROM system.main.query('SELECT 1')",
    "SELECT query/**/('SELECT 1')",
    "SELECT \"query\"('SELECT 1')",
    "SELECT 'SELECT 1'.query()",
    "SELECT * FROM QUERY_TABLE('facts')",
    "SELECT main.sleep_ms(100000)",
    "SELECT * FROM (SELECT 1) t, LATERAL (SELECT sleep_ms(100000))",
    "SELECT * FROM main.checkpoint()",
    "SELECT * FROM force_checkpoint()",
    "SELECT (SELECT count(*) FROM main.checkpoint())",
    "SELECT * FROM json_execute_serialized_sql('{}')",
    "SELECT setseed(0.5)",
    # a DuckLake store's extensions: SQL run on the catalog's PostgreSQL, snapshots expired, files deleted
    "SELECT * FROM postgres_query('lake', 'DROP TABLE ducklake_snapshot')",
    "SELECT * FROM main.postgres_execute('lake', 'DROP TABLE ducklake_snapshot')",
    "SELECT * FROM ducklake_expire_snapshots('lake', older_than => now())",
    "SELECT count(*) FROM \"DuckLake_Delete_Orphaned_Files\"('lake')",
    # its catalog's database: where every file is, who wrote what
    "SELECT * FROM __ducklake_metadata_lake.ducklake_snapshot",
    'SELECT * FROM "__DuckLake_Metadata_lake".main.ducklake_data_file',
    "SELECT (SELECT max(snapshot_id) FROM __ducklake_metadata_lake.ducklake_snapshot)",
    "/* a comment */ DELETE FROM facts",
    "SELECT 1; SELECT 2",
    "",
    "   -- nothing but a comment\n",
]
READS = [
    "SELECT 1",
    "select province, count(*) from facts group by 1",
    "WITH x AS (SELECT * FROM facts) SELECT count(*) FROM x",
    "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 3) SELECT * FROM r",
    "(SELECT 1) UNION ALL (SELECT 2)",
    "FROM facts",
    "DESCRIBE facts",
    "SHOW TABLES",
    "SELECT list_transform([1, 2], x -> x + 1), sum(1) OVER ()",
    "SELECT 'query' AS query, 'checkpoint(' AS text",  # the words, not the calls
    "SELECT * FROM facts WHERE evidence LIKE '%sleep_ms(%'",
]


def a_store(kind, new_store, folder):
    address = new_store.new(kind, folder)
    Store.open(address).close()
    return address


@pytest.fixture(scope="module")
def store(store_kind, new_store, tmp_path_factory):
    """A store of each kind in turn, which the attacks must leave as it is."""
    address = a_store(store_kind, new_store, tmp_path_factory.mktemp("guard"))
    yield address
    new_store.drop(address)


@pytest.fixture(scope="module")
def writable(store_kind, new_store, tmp_path_factory):
    """A read-write connection to a store of its own (a file's writer keeps the file from `monitor query`):
    whatever the check lets through could write here."""
    address = a_store(store_kind, new_store, tmp_path_factory.mktemp("writable"))
    with Store.open(address) as writer:
        yield writer.db
    new_store.drop(address)


@pytest.mark.parametrize("sql", ATTACKS)
def test_the_check_itself_refuses_every_attack(writable, sql):
    before = writable.execute("SELECT count(*) FROM articles").fetchone()
    with pytest.raises(QueryRefused) as refused:
        check_read_only(sql, writable)
    assert "\n" not in str(refused.value) and str(refused.value)
    assert writable.execute("SELECT count(*) FROM articles").fetchone() == before


@pytest.mark.parametrize("sql", READS)
def test_reading_statements_pass_the_check(writable, sql):
    check_read_only(sql, writable)


@pytest.mark.parametrize(
    ("sql", "word"),
    [
        ("WITH x AS (DELETE FROM facts RETURNING *) SELECT * FROM x", "DELETE"),
        ("with a as (select 'delete'), x as (insert into articles (id) values ('x') returning id) from a, x", "INSERT"),
        ("WITH x AS (COPY facts TO 'stolen.csv') SELECT 'update' FROM x", "COPY"),
    ],
)
def test_a_write_in_a_with_clause_is_named(writable, sql, word):
    # DuckDB 1.5's parser refuses it ("A CTE needs a SELECT"); the refusal still names the write, in one line
    with pytest.raises(QueryRefused, match=word) as refused:
        check_read_only(sql, writable)
    assert "WITH clause" in str(refused.value) and "\n" not in str(refused.value)


def test_a_word_inside_a_string_or_a_name_is_not_taken_for_a_write(writable):
    # the refusal names the keyword token that opens the CTE's body, not the same word in a string
    with pytest.raises(QueryRefused) as refused:
        check_read_only("WITH x AS (UPDATE facts SET evidence = '(DELETE' RETURNING *) SELECT * FROM x", writable)
    assert "UPDATE" in str(refused.value) and "DELETE" not in str(refused.value)


@pytest.mark.parametrize("sql", ["SELECT * FROM main.query('SELECT 1')", "SELECT query/**/('SELECT 1')"])
def test_a_refused_function_is_named_whatever_its_spelling(writable, sql):
    with pytest.raises(QueryRefused, match=r"^query\(\) is not allowed"):
        check_read_only(sql, writable)


@pytest.mark.parametrize("sql", [*ATTACKS[:6], "SELECT main.sleep_ms(100000)", "SELECT * FROM main.checkpoint()"])
def test_monitor_query_refuses_them_in_one_line(store, sql):
    result = CliRunner().invoke(cli, ["query", "--db", store, sql])
    assert result.exit_code == 2, result.output
    assert result.output.startswith("Error: refused: ") and result.output.count("\n") == 1
