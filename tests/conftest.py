"""Shared fixtures: the test news site (tests/site/www) served on loopback by a real HTTP server."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

# Debian's PostgreSQL, started by the tests (the DuckLake store's catalog): the fixtures postgres, pg_database
from tests.pg import pg_database, postgres, postgres_server  # noqa: F401

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
    import subprocess

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
