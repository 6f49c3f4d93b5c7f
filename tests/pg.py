"""Debian's PostgreSQL, started by the tests themselves (issue 19): `postgres` is one server for the session,
`pg_database` a fresh database on it for one test.

The server (tests/pgserver.py) runs in a temporary folder, listening on 127.0.0.1 and a free port only, with trust
authentication and fsync off. Without PostgreSQL the tests that use it skip, saying why.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.pgserver import Server, Unavailable, available, running

_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[Server]:
    try:
        available()
    except Unavailable as why:
        pytest.skip(str(why))
    with running() as server:
        yield server


@pytest.fixture(scope="session")
def postgres(postgres_server: Server) -> str:
    """The DSN of the session's PostgreSQL server (its `postgres` database), e.g.
    "dbname=postgres host=127.0.0.1 port=40123 user=postgres"."""
    return postgres_server.dsn()


@pytest.fixture
def lake(pg_database: str) -> str:
    """The address of a DuckLake store not created yet, on its own PostgreSQL database."""
    return "ducklake:postgres:" + pg_database


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A DuckLake store's data folder (not made yet)."""
    return tmp_path / "data"


@pytest.fixture
def pg_database(postgres_server: Server) -> Iterator[str]:
    """The DSN of a new, empty database on the session's server, for one test (dropped after it)."""
    name = f"test_{os.getpid()}_{next(_numbers)}"
    yield postgres_server.create_database(name)
    postgres_server.drop_database(name)
