"""A throwaway PostgreSQL server from Debian's packages (issue 19), for the tests (tests/pg.py) and the benches
(bench/scale.py): started in a temporary folder, listening on 127.0.0.1 and a free port only, with trust
authentication, and stopped with `pg_ctl -m immediate stop`.

The server runs from /usr/lib/postgresql/<version>/bin (`make postgres` installs the package); as root, initdb and
pg_ctl run as the `postgres` user the package creates (both refuse root).
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

USER = "postgres"  # the database superuser initdb creates (-U), and the OS user that runs the server as root


class Unavailable(RuntimeError):
    """PostgreSQL cannot be started here; the message says why (tests skip with it)."""


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
    """A PostgreSQL server in `folder`, run as `user` (None: as ourselves). `durable` keeps fsync on (a bench's
    catalog commits then cost what they would); the tests turn it off, as they kill clients, never the server."""

    def __init__(self, bin_dir: Path, folder: Path, user: str | None, durable: bool = False) -> None:
        self.bin = bin_dir
        self.folder = folder
        self.data = folder / "data"
        self.user = user
        self.durable = durable
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
        # the socket in our folder (Debian's /var/run/postgresql may be missing or not ours)
        options = f"-h 127.0.0.1 -p {self.port} -k {self.folder} -c max_connections=50"
        if not self.durable:
            options += " -c fsync=off"
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
        done = self._client("createdb", name)
        if done.returncode:
            raise RuntimeError(f"createdb {name} failed: {done.stderr.strip()}")
        return self.dsn(name)

    def drop_database(self, name: str) -> None:
        """Drop a database, ending its clients' sessions (a process keeps its DuckLake readers attached: two
        connections each, which would add up to the server's limit over a test session). A stopped server
        took its databases with it."""
        if not (self.data / "postmaster.pid").exists():
            return
        done = self._client("dropdb", "--force", name)
        if done.returncode:
            raise RuntimeError(f"dropdb {name} failed: {done.stderr.strip()}")

    def database_size(self, name: str) -> int:
        """Bytes the database takes on disk (pg_database_size)."""
        done = self._client("psql", "-d", name, "-Atc", "SELECT pg_database_size(current_database())")
        if done.returncode:
            raise RuntimeError(f"psql {name} failed: {done.stderr.strip()}")
        return int(done.stdout.strip())

    def _client(self, program: str, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(self.bin / program), "-h", "127.0.0.1", "-p", str(self.port), "-U", USER, *args],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )


def available() -> tuple[Path, pwd.struct_passwd | None]:
    """The bin folder of PostgreSQL and, as root, the account to run it as. Raises Unavailable, saying why,
    where PostgreSQL is not installed or cannot be run as its own user."""
    bin_dir = postgres_bin()
    if bin_dir is None:
        raise Unavailable("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): run `make postgres`")
    if os.geteuid() != 0:
        return bin_dir, None
    if shutil.which("runuser") is None:
        raise Unavailable("running as root without runuser: PostgreSQL cannot be started as its own user")
    try:
        return bin_dir, pwd.getpwnam(USER)
    except KeyError:
        raise Unavailable("running as root and there is no `postgres` user to run PostgreSQL as") from None


@contextlib.contextmanager
def running(durable: bool = False) -> Iterator[Server]:
    """A started server, stopped and its folder removed on leaving (Unavailable: see available())."""
    bin_dir, account = available()
    folder = Path(tempfile.mkdtemp(prefix="monitor-pg-"))
    if account is not None:
        os.chown(folder, account.pw_uid, account.pw_gid)
    server = Server(bin_dir, folder, account and USER, durable)
    try:
        server.start()
        yield server
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)
