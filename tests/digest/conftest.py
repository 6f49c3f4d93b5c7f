"""Fixtures of the digest tests: real SMTP servers (aiosmtpd) on 127.0.0.1, with TLS from a certificate made here."""

from __future__ import annotations

import ssl
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from tests.digest.smtp import Inbox, free_port


@pytest.fixture(scope="module")
def cert(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("tls")
    key, crt = folder / "key.pem", folder / "cert.pem"
    subprocess.run(
        [
            *("openssl", "req", "-x509", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1"),
            *("-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-keyout", str(key), "-out", str(crt)),
            *("-addext", "subjectAltName=IP:127.0.0.1"),
        ],
        check=True,
        capture_output=True,
    )
    return crt, key


@pytest.fixture
def server_tls(cert: tuple[Path, Path]) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*cert)
    return context


@pytest.fixture
def client_tls(cert: tuple[Path, Path]) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=str(cert[0]))


@pytest.fixture
def serve() -> Iterator[Callable[..., int]]:
    """serve(handler, **controller_args) starts an aiosmtpd server on 127.0.0.1 and gives its port."""
    started: list[Controller] = []

    def start(handler: Inbox, **kwargs: Any) -> int:
        controller = Controller(handler, hostname="127.0.0.1", port=free_port(), **kwargs)
        controller.start()
        started.append(controller)
        return controller.port

    yield start
    for controller in started:
        controller.stop()


@pytest.fixture(scope="session")
def sample_db(site_url: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled sample site crawled into a store, as `make demo` does."""
    from click.testing import CliRunner

    from monitor.cli import cli

    db = tmp_path_factory.mktemp("sample") / "sample.duckdb"
    feeds = [f"{site_url}/rss/chinh-quyen.xml", f"{site_url}/rss/xa-hoi.xml"]
    result = CliRunner().invoke(
        cli, ["crawl", "--db", str(db), "--delay", "0", "--quiet", "--feed", feeds[0], "--feed", feeds[1]]
    )
    assert result.exit_code == 0, result.output
    return db
