"""Crawl tests' fixtures: test outlets on loopback servers over temporary folders, and a store path."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import site_server
from tests.crawl.outlets import Outlet


@pytest.fixture
def outlet(tmp_path, serve_dir) -> Outlet:
    root = tmp_path / "www"
    root.mkdir()
    return Outlet(root, serve_dir(root))


@pytest.fixture
def other_outlet(tmp_path, serve_dir) -> Outlet:
    root = tmp_path / "www2"
    root.mkdir()
    return Outlet(root, serve_dir(root))


@pytest.fixture
def db(tmp_path) -> Path:
    return tmp_path / "crawl.duckdb"


@pytest.fixture
def serve_on() -> Iterator[Callable[[Path, str], site_server.SiteServer]]:
    """serve_on(folder, address): a server over folder on a loopback address of its own (127.0.0.2...)."""
    servers: list[site_server.SiteServer] = []

    def start(root: Path, host: str) -> site_server.SiteServer:
        root.mkdir(parents=True, exist_ok=True)
        servers.append(site_server.serve(root, host=host))
        return servers[-1]

    yield start
    for server in servers:
        server.close()
