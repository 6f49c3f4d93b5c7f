"""`monitor serve`: the web app over a store, served by uvicorn (monitor.cli adds it to the commands)."""

from __future__ import annotations

from typing import Any

import click

from monitor.store import Store, StoreMissing, default_db_path
from monitor.store_options import store_options

DEFAULT_HOST = "127.0.0.1"  # only this machine, unless told otherwise
DEFAULT_PORT = 8000


def _not_empty(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if isinstance(value, str) and not value.strip():
        raise click.BadParameter("must not be empty (leave the option out instead)")
    return value


@click.command(name="serve")
@store_options
@click.option("--host", default=DEFAULT_HOST, show_default=True, callback=_not_empty, help="Address to listen on.")
@click.option(
    "--port", type=click.IntRange(0, 65535), default=DEFAULT_PORT, show_default=True, help="Port (0: any free one)."
)
def serve(db: str | None, host: str, port: int) -> None:
    """Serve the store read-only on the web: pages with charts, each figure with its sentence, search, a JSON API.

    The store is opened for the length of each request, so a crawl keeps writing meanwhile. Prints
    `serving http://HOST:PORT` on stderr when ready; Ctrl-C stops.

    \b
    Example:
      monitor serve --db monitor.duckdb
      open http://127.0.0.1:8000/province/hai-phong
    """
    import uvicorn

    from monitor.web.app import create_app

    path = db or default_db_path()
    try:
        Store.open(path, read_only=True).close()  # a missing or unusable store: one line now, not a 503 later
    except StoreMissing as error:
        raise click.ClickException(f"{error}; run `monitor crawl` or `monitor extract --db` first") from None

    class Server(uvicorn.Server):
        async def startup(self, sockets: Any = None) -> None:
            await super().startup(sockets=sockets)
            if self.started:
                bound = self.servers[0].sockets[0].getsockname()[1] if self.servers else port
                click.echo(f"serving http://{host}:{bound}", err=True)

    config = uvicorn.Config(create_app(path), host=host, port=port, log_level="warning", access_log=False)
    Server(config).run()
