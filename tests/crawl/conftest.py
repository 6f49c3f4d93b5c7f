"""Crawl tests' fixtures: test outlets on loopback servers over temporary folders, and a store path."""

from __future__ import annotations

from pathlib import Path

import pytest

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
