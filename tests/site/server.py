"""A loopback HTTP server for the test news site: serves files, with `{BASE}` replaced by its own URL.

Run it by hand for a demo: `python tests/site/server.py [--port 8765] [--root DIR]`.
"""

from __future__ import annotations

import argparse
import contextlib
import mimetypes
import sys
import threading
import time
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

WWW = Path(__file__).resolve().parent / "www"
PLACEHOLDER = b"{BASE}"
TEXT_SUFFIXES = {".xml", ".html", ".txt"}
CONTENT_TYPES = {
    ".html": "text/html",
    ".xml": "application/xml",
    ".txt": "text/plain",
    ".css": "text/css",
    ".svg": "image/svg+xml",
}


@dataclass
class Reply:
    """A scripted answer: status, headers and body, sent after `delay` seconds (a slow or hanging server).

    `chunk_delay` pauses between chunks of the body, `chunk_size` bytes each (1: a server dripping bytes).
    """

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    chunk_delay: float = 0.0
    chunk_size: int = 65536


class SiteServer:
    """A running server.

    `.requests` holds one (time.monotonic(), path) per request received and `.headers` the request
    headers in the same order; `.redirects` maps a request path to a location to answer 302 with;
    `.replies` maps a request path to scripted Replies, used in turn, the last one for ever after
    (a test may add entries to both).
    """

    def __init__(self, root: Path, host: str = "127.0.0.1", port: int = 0) -> None:
        self.root = root.resolve()
        self.requests: list[tuple[float, str]] = []
        self.headers: list[dict[str, str]] = []
        self.redirects: dict[str, str] = {}
        self.replies: dict[str, list[Reply]] = {}
        self._httpd = ThreadingHTTPServer((host, port), _handler_for(self))
        self._httpd.daemon_threads = True
        bound_host, bound_port = self._httpd.server_address[:2]
        self.base_url = f"http://{bound_host}:{bound_port}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.05,), daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> SiteServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def serve(root: Path, host: str = "127.0.0.1", port: int = 0) -> SiteServer:
    """Serve the files under root at http://host:port (port 0: any free port) in a daemon thread."""
    return SiteServer(root, host, port)


def content_type(path: Path) -> str:
    if path.suffix == ".xml" and path.parent.name == "rss":
        kind = "application/rss+xml"
    else:
        kind = CONTENT_TYPES.get(path.suffix) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    if kind.startswith("text/") or kind.endswith("xml"):
        kind += "; charset=utf-8"
    return kind


def _handler_for(site: SiteServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self._respond(with_body=True)

        def do_HEAD(self) -> None:
            self._respond(with_body=False)

        def _respond(self, with_body: bool) -> None:
            site.requests.append((time.monotonic(), self.path))
            site.headers.append(dict(self.headers.items()))
            if self.path in site.replies:
                self._reply(site.replies[self.path], with_body)
                return
            if self.path in site.redirects:
                self.send_response(HTTPStatus.FOUND)
                self.send_header("Location", site.redirects[self.path])
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            path = _resolve(site.root, self.path)
            if path is None:
                self.send_error(HTTPStatus.NOT_FOUND)
                return
            body = path.read_bytes()
            if path.suffix in TEXT_SUFFIXES:
                body = body.replace(PLACEHOLDER, site.base_url.encode())
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-Type", content_type(path))
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if with_body:
                self.wfile.write(body)

        def _reply(self, replies: list[Reply], with_body: bool) -> None:
            reply = replies.pop(0) if len(replies) > 1 else replies[0]
            time.sleep(reply.delay)
            try:
                self.send_response(reply.status)
                headers = {"Content-Type": "text/html; charset=utf-8", **reply.headers}
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                for start in range(0, len(reply.body) if with_body else 0, reply.chunk_size):
                    self.wfile.write(reply.body[start : start + reply.chunk_size])
                    self.wfile.flush()
                    time.sleep(reply.chunk_delay)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout or a size cap): what the test wanted

        def log_message(self, format: str, *args: object) -> None:
            pass  # quiet: tests and the demo don't want a line per request

    return Handler


def _resolve(root: Path, request_path: str) -> Path | None:
    """The file a request path names under root (a folder means its index.html), or None."""
    relative = unquote(urlsplit(request_path).path).lstrip("/")
    path = (root / relative).resolve()
    if path.is_dir():
        path = path / "index.html"
    if not path.is_relative_to(root) or not path.is_file():
        return None
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--root", type=Path, default=WWW)
    args = parser.parse_args()
    with serve(args.root, args.host, args.port) as site:
        print(f"serving {args.root} at {site.base_url} (Ctrl-C to stop)", file=sys.stderr)
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()


if __name__ == "__main__":
    main()
