"""Debian's PostgreSQL, started by the tests themselves (issue 19): `postgres` is one server for the session,
`pg_database` a fresh database on it for one test.

The server runs from /usr/lib/postgresql/<version>/bin (`make postgres` installs the package) in a temporary
folder, listening on 127.0.0.1 and a free port only, with trust authentication; as root, initdb and pg_ctl run
as the `postgres` user the package creates (both refuse root). It is stopped with `pg_ctl -m immediate stop`.
Without PostgreSQL the tests that use it skip, saying why.
"""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

USER = "postgres"  # the database superuser initdb creates (-U), and the OS user that runs the server as root
_numbers = itertools.count(1)


def postgres_bin() -> Path | None:
    """The bin folder of the newest PostgreSQL installed from Debian's packages, or None."""
    found = sorted(
        (p.parent for p in Path("/usr/lib/postgresql").glob("*/bin/initdb")),
        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
    )
    return found[-1] if found else None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """A PostgreSQL server in `folder`, run as `user` (None: as ourselves)."""

    def __init__(self, bin_dir: Path, folder: Path, user: str | None) -> None:
        self.bin = bin_dir
        self.folder = folder
        self.data = folder / "data"
        self.user = user
        self.port = free_port()

    def run(self, *args: str | Path) -> subprocess.CompletedProcess[str]:
        command = [str(a) for a in args]
        if self.user:
            command = ["runuser", "-u", self.user, "--", *command]
        return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False, cwd=self.folder)

    def start(self) -> None:
        done = self.run(
            self.bin / "initdb", "-D", self.data, "-U", USER, "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"
        )
        if done.returncode:
            raise RuntimeError(f"initdb failed: {done.stderr.strip() or done.stdout.strip()}")
        # the socket in our folder (Debian's /var/run/postgresql may be missing or not ours); the server's own
        # durability is not under test (fsync off): the tests kill clients, never the server
        options = f"-h 127.0.0.1 -p {self.port} -k {self.folder} -c fsync=off -c max_connections=50"
        log = self.folder / "server.log"
        done = self.run(self.bin / "pg_ctl", "-D", self.data, "-l", log, "-o", options, "-w", "start")
        if done.returncode:
            tail = log.read_text(errors="replace")[-500:] if log.exists() else ""
            raise RuntimeError(f"pg_ctl start failed: {done.stderr.strip()} {tail}")

    def stop(self) -> None:
        self.run(self.bin / "pg_ctl", "-D", self.data, "-m", "immediate", "stop")

    def dsn(self, dbname: str = "postgres") -> str:
        return f"dbname={dbname} host=127.0.0.1 port={self.port} user={USER}"

    def create_database(self, name: str) -> str:
        """A new, empty database; returns its DSN."""
        done = subprocess.run(
            [str(self.bin / "createdb"), "-h", "127.0.0.1", "-p", str(self.port), "-U", USER, name],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        if done.returncode:
            raise RuntimeError(f"createdb {name} failed: {done.stderr.strip()}")
        return self.dsn(name)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[Server]:
    bin_dir = postgres_bin()
    if bin_dir is None:
        pytest.skip("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): run `make postgres`")
    user = None
    if os.geteuid() == 0:
        if shutil.which("runuser") is None:
            pytest.skip("running as root without runuser: PostgreSQL cannot be started as its own user")
        try:
            account = pwd.getpwnam(USER)
        except KeyError:
            pytest.skip("running as root and there is no `postgres` user to run PostgreSQL as")
        user = USER
    folder = Path(tempfile.mkdtemp(prefix="monitor-pg-"))
    if user:
        os.chown(folder, account.pw_uid, account.pw_gid)
    server = Server(bin_dir, folder, user)
    try:
        server.start()
        yield server
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres(postgres_server: Server) -> str:
    """The DSN of the session's PostgreSQL server (its `postgres` database), e.g.
    "dbname=postgres host=127.0.0.1 port=40123 user=postgres"."""
    return postgres_server.dsn()


@pytest.fixture
def pg_database(postgres_server: Server) -> str:
    """The DSN of a new, empty database on the session's server, for one test."""
    return postgres_server.create_database(f"test_{os.getpid()}_{next(_numbers)}")
