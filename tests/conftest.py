"""Shared fixtures: the test news site (tests/site/www) served on loopback by a real HTTP server, and stores of
both kinds (a DuckDB file, a DuckLake store on the tests' PostgreSQL) for the tests that hold for either."""

from __future__ import annotations

import importlib.util
import itertools
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from monitor.store import Store
from monitor.store import lake as lakes

# Debian's PostgreSQL, started by the tests (the DuckLake store's catalog): the fixtures postgres, pg_database
from tests.pg import data, lake, pg_database, postgres, postgres_server  # noqa: F401

SITE_DIR = Path(__file__).resolve().parent / "site"


def _load_server_module():
    # loaded by path: a package named "site" would clash with the standard library's site module
    spec = importlib.util.spec_from_file_location("site_server", SITE_DIR / "server.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["site_server"] = module
    spec.loader.exec_module(module)
    return module


site_server = _load_server_module()


@pytest.fixture(scope="session")
def site() -> Iterator[site_server.SiteServer]:
    """The test news site, for the whole session."""
    with site_server.serve(SITE_DIR / "www") as server:
        yield server


@pytest.fixture(scope="session")
def site_url(site: site_server.SiteServer) -> str:
    """The test site's base URL, e.g. http://127.0.0.1:40123 (no trailing slash)."""
    return site.base_url


@pytest.fixture
def serve_dir() -> Iterator[Callable[[Path], site_server.SiteServer]]:
    """A factory: serve_dir(path) starts another server over path, closed after the test."""
    servers: list[site_server.SiteServer] = []

    def start(root: Path) -> site_server.SiteServer:
        servers.append(site_server.serve(root))
        return servers[-1]

    yield start
    for server in servers:
        server.close()


@pytest.fixture
def hold_store() -> Iterator[Callable[[Path], None]]:
    """hold_store(db): another process opens the DuckDB file for writing and keeps it until the test ends."""
    holders = []

    def hold(db: Path) -> None:
        code = f"import duckdb, time; c = duckdb.connect({str(db)!r}); print('ok', flush=True); time.sleep(60)"
        holder = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
        holders.append(holder)
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ok"

    yield hold
    for holder in holders:
        holder.kill()
        holder.wait()


# ---------------------------------------------------------------- stores of both kinds (issue 19)

STORE_KINDS = ["file", "lake"]  # a DuckDB file; a DuckLake store (catalog in PostgreSQL, data as Parquet)


@pytest.fixture(scope="session", autouse=True)
def _search_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """A DuckLake store's search index lives on the machine ($MONITOR_SEARCH_DIR, else ~/.cache): the tests
    keep theirs in a folder of the session (each store's in a folder named after its catalog)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MONITOR_SEARCH_DIR", str(tmp_path_factory.mktemp("search")))
        yield


def data_folder(folder: Path) -> Path:
    """A DuckLake store's data folder (its Parquet files) in a test's folder."""
    return folder / "lake-data"


class Stores:
    """New stores of either kind, for the tests that hold for both (new_store)."""

    def __init__(self, request: pytest.FixtureRequest) -> None:
        self._request = request
        self._server = None  # the session's PostgreSQL, started when the first DuckLake store is asked for
        self._numbers = itertools.count(1)

    def new(self, kind: str, folder: Path, create: bool = True) -> str:
        """The address of a new store: a file store is a path in `folder`, not created yet; a DuckLake store is
        created on a fresh database of the session's PostgreSQL with its data folder in `folder` (only its
        first writer needs the folder: the address alone reaches it after). With `create` false the database
        is left empty, for a writer given `data_folder(folder)` to create the store."""
        if kind == "file":
            return str(folder / "monitor.duckdb")
        if self._server is None:
            self._server = self._request.getfixturevalue("postgres_server")
        address = "ducklake:postgres:" + self._server.create_database(f"store_{os.getpid()}_{next(self._numbers)}")
        if create:
            Store.open(address, data_path=data_folder(folder)).close()
        return address

    def drop(self, address: str) -> None:
        """Drop a DuckLake store's database, ending its clients' sessions: this process keeps one attached
        reader per store it read (two PostgreSQL connections), which would add up to the server's limit. A
        server already stopped (a session's store outlives it when the server was started after the store's
        fixture) took its databases with it."""
        server = self._server
        if not address.startswith("ducklake:postgres:") or server is None:
            return
        name = dict(pair.split("=", 1) for pair in address.removeprefix("ducklake:postgres:").split())["dbname"]
        server.drop_database(name)


@pytest.fixture(scope="session")
def new_store(request: pytest.FixtureRequest) -> Stores:
    """new_store.new(kind, folder) makes a store of that kind; new_store.drop(address) lets go of it."""
    return Stores(request)


@pytest.fixture(scope="module", params=STORE_KINDS)
def store_kind(request: pytest.FixtureRequest) -> str:
    """Each kind of store in turn: a test runs as [file] and as [lake]. Of a module's scope, so that a module's
    store built once per kind (a store of the seeds that tests only read) may depend on it; pytest then runs a
    module's tests on a file, then on a lake (a session's scope would run the whole suite so, module by module
    twice over)."""
    return request.param


@pytest.fixture
def store_address(store_kind: str, new_store: Stores, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The address of a new store of each kind in turn, not created yet: a file path, or a DuckLake store's
    `ducklake:postgres:…` on an empty database, which its first writer creates as it would a file. Store.open,
    monitor.open and every --db take either. The lake's data folder reaches that writer as a command's
    --data-path would, in this process and in those it starts ($MONITOR_DATA_PATH): creating the lake here
    would cost its tests a second opening (a second or two, most of a small test's time)."""
    address = new_store.new(store_kind, tmp_path, create=False)
    if store_kind == "file":
        yield address
        return
    monkeypatch.setenv("MONITOR_DATA_PATH", str(data_folder(tmp_path)))
    with lakes.given_data_path(address, data_folder(tmp_path)):
        yield address
    new_store.drop(address)
