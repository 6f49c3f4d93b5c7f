"""Screenshots of HTML files in headless Chromium, to check that a digest really renders.

Chromium is driven over its DevTools pipe (``--remote-debugging-pipe``) rather than with
``--screenshot``: the command-line screenshot only captures a fixed window, while the protocol can
measure the laid-out page and capture all of it. Only the standard library, Pillow and numpy are needed.

    python -m monitor.digest.screenshot digest.html digest.png [--width 900]
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import json
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

import numpy as np
from PIL import Image

CANDIDATES = ("chromium", "chromium-browser", "google-chrome")
INSTALL_HINT = "install Debian's chromium (apt-get install chromium) or set $MONITOR_CHROMIUM"
# Past this, a page is not a digest any more; it also keeps the capture within what Chromium and Pillow handle well.
MAX_HEIGHT = 16384

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    # without these Chromium keeps trying to reach Google's services and hangs on a closed network
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
    "--hide-scrollbars",
    # containers often have a 64 MB /dev/shm, too small for a tall capture; Debian's launcher means to
    # add this flag when /dev/shm is small but its check fails on some machines
    "--disable-dev-shm-usage",
    "--remote-debugging-pipe",
)


class BrowserMissing(RuntimeError):
    """No Chromium to run: not installed, or $MONITOR_CHROMIUM names no program."""


def find_chromium() -> str | None:
    """$MONITOR_CHROMIUM if set (a path or a name on PATH), else chromium, chromium-browser or google-chrome on PATH."""
    chosen = os.environ.get("MONITOR_CHROMIUM")
    if chosen:
        # a browser asked for by name is not silently replaced by another one
        return shutil.which(chosen)
    for name in CANDIDATES:
        if found := shutil.which(name):
            return found
    return None


def screenshot(html: Path, png: Path, width: int = 900, height: int | None = None, timeout: float = 60) -> Path:
    """Render `html` in headless Chromium and save it as `png`, `width` CSS pixels wide at scale 1.

    With `height` None the whole page is captured (its laid-out height, at most MAX_HEIGHT);
    otherwise the top `height` pixels. Raises BrowserMissing without a browser, and RuntimeError
    (one line, ending with Chromium's last message) when Chromium fails or takes over `timeout` seconds.
    """
    html, png = Path(html).resolve(), Path(png)
    if not html.is_file():
        raise FileNotFoundError(f"no such HTML file: {html}")
    chromium = find_chromium()
    if chromium is None:
        chosen = os.environ.get("MONITOR_CHROMIUM")
        raise BrowserMissing(
            f"$MONITOR_CHROMIUM={chosen} is not a program" if chosen else f"no Chromium found: {INSTALL_HINT}"
        )
    with _browser(chromium, timeout) as devtools:
        data = _capture(devtools, html.as_uri(), width, height)
    png.parent.mkdir(parents=True, exist_ok=True)
    png.write_bytes(data)
    return png


def is_blank(png: Path, tolerance: int = 8, share: float = 1e-4) -> bool:
    """True when all but `share` of the pixels are within `tolerance` (per channel) of the commonest colour."""
    with Image.open(png) as image:
        rgb = image.convert("RGB")
    pixels = np.asarray(rgb, dtype=np.int16)
    colours = rgb.getcolors(maxcolors=rgb.width * rgb.height)
    assert colours is not None  # maxcolors covers every pixel
    commonest = max(colours)[1]
    differs = np.abs(pixels - np.array(commonest, dtype=np.int16)).max(axis=2) > tolerance
    return float(differs.mean()) <= share


class _DevTools:
    """Chromium's DevTools protocol over its pipe: JSON messages ended by a NUL byte."""

    def __init__(self, commands: int, replies: int, deadline: float) -> None:
        self._commands, self._replies, self._deadline = commands, replies, deadline
        self._buffer = b""
        self._events: list[dict[str, Any]] = []
        self._last_id = 0

    def call(self, method: str, session: str | None = None, **params: Any) -> dict[str, Any]:
        self._last_id += 1
        message: dict[str, Any] = {"id": self._last_id, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        os.write(self._commands, json.dumps(message).encode() + b"\0")
        while True:
            reply = self._read()
            if reply.get("id") != self._last_id:
                self._events.append(reply)
                continue
            if "error" in reply:
                raise RuntimeError(f"chromium refused {method}: {reply['error'].get('message', reply['error'])}")
            return reply.get("result", {})

    def wait_for(self, event: str, session: str) -> None:
        while True:
            for i, message in enumerate(self._events):
                if message.get("method") == event and message.get("sessionId") == session:
                    del self._events[: i + 1]
                    return
            self._events.append(self._read())

    def _read(self) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            left = self._deadline - time.monotonic()
            if left <= 0 or not select.select([self._replies], [], [], left)[0]:
                raise TimeoutError
            chunk = os.read(self._replies, 1 << 20)
            if not chunk:
                raise EOFError
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)


# Resolves once every image has loaded or failed and the fonts are in: a page laid out for good. Lazy
# images are made eager first: in a 1 px viewport they would never come into view and never load.
_SETTLED = """
for (const image of document.querySelectorAll("img[loading=lazy]")) image.loading = "eager";
Promise.all([
    document.fonts.ready,
    ...Array.from(document.images, image => image.complete ? null : new Promise(done => {
        image.addEventListener("load", done);
        image.addEventListener("error", done);
    })),
]).then(() => true)"""


def _capture(devtools: _DevTools, url: str, width: int, height: int | None) -> bytes:
    target = devtools.call("Target.createTarget", url="about:blank")["targetId"]
    session = devtools.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
    # measured in a 1 px tall viewport, a page's height is its content's, not the window's
    _viewport(devtools, session, width, height or 1)
    devtools.call("Page.enable", session)
    navigation = devtools.call("Page.navigate", session, url=url)
    if navigation.get("errorText"):
        raise RuntimeError(f"chromium could not open {url}: {navigation['errorText']}")
    devtools.wait_for("Page.loadEventFired", session)
    _settle(devtools, session)
    if height is None:
        _fit(devtools, session, width)
    shot = devtools.call("Page.captureScreenshot", session, format="png", fromSurface=True)
    with contextlib.suppress(RuntimeError, TimeoutError, EOFError, OSError):
        devtools.call("Browser.close")
    return base64.b64decode(shot["data"])


def _fit(devtools: _DevTools, session: str, width: int) -> None:
    """Make the viewport as tall as the page; again if that changes the page (a height in vh, say)."""
    height = 1
    for _ in range(3):
        content = devtools.call("Page.getLayoutMetrics", session)["cssContentSize"]
        measured = max(1, min(MAX_HEIGHT, round(content["height"])))
        if measured == height:
            return
        height = measured
        _viewport(devtools, session, width, height)
        _settle(devtools, session)


def _settle(devtools: _DevTools, session: str) -> None:
    devtools.call("Runtime.evaluate", session, expression=_SETTLED, awaitPromise=True)


def _viewport(devtools: _DevTools, session: str, width: int, height: int) -> None:
    devtools.call(
        "Emulation.setDeviceMetricsOverride", session, width=width, height=height, deviceScaleFactor=1, mobile=False
    )


@contextlib.contextmanager
def _browser(chromium: str, timeout: float) -> Iterator[_DevTools]:
    """Chromium with a fresh profile, its pipe as a _DevTools; stopped and its profile removed on the way out."""
    deadline = time.monotonic() + timeout
    with (
        tempfile.TemporaryDirectory(prefix="monitor-chromium-", ignore_cleanup_errors=True) as profile,
        tempfile.TemporaryFile() as stderr,
    ):
        process, commands, replies = _launch(chromium, profile, stderr)
        try:
            yield _DevTools(commands, replies, deadline)
            _wait(process, deadline)
        except (TimeoutError, EOFError, OSError) as problem:
            _kill(process)
            if isinstance(problem, TimeoutError):
                what = f"timed out after {timeout:g} s"
            else:
                what = f"exited with status {process.returncode}"
            raise RuntimeError(f"chromium {what}: {_last_line(stderr)}") from None
        except BaseException:
            _kill(process)
            raise
        finally:
            os.close(commands)
            os.close(replies)


def _launch(chromium: str, profile: str, stderr: IO[bytes]) -> tuple[subprocess.Popen[bytes], int, int]:
    """Start Chromium; return it with the ends of its pipe this side keeps (write commands, read replies)."""
    theirs_in, commands = os.pipe()
    replies, theirs_out = os.pipe()
    # Chromium reads commands on fd 3 and writes replies on fd 4; subprocess cannot put a pipe there,
    # so the pipe comes in as the shell's stdin and stdout and the shell moves it
    script = 'exec "$@" 3<&0 4>&1 </dev/null >/dev/null'
    command = ["/bin/sh", "-c", script, "sh", chromium, *FLAGS, f"--user-data-dir={profile}", "about:blank"]
    try:
        process = subprocess.Popen(
            command,
            stdin=theirs_in,
            stdout=theirs_out,
            stderr=stderr,
            # its own process group, so a timeout kills its renderers and helpers too
            start_new_session=True,
        )
    except BaseException:
        os.close(commands)
        os.close(replies)
        raise
    finally:
        # only Chromium may hold these, or this side would never see the pipe close when it dies
        os.close(theirs_in)
        os.close(theirs_out)
    return process, commands, replies


def _wait(process: subprocess.Popen[bytes], deadline: float) -> None:
    """Give Chromium a moment to quit after Browser.close, then stop whatever of it is left."""
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=min(5, max(0.1, deadline - time.monotonic())))
    _kill(process)


def _kill(process: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()


# Chromium's routine complaints on a machine without a desktop session: never the reason it failed.
_NOISE = ("dbus/", "Failed to connect to the bus", "unexpected operator", "Fontconfig")


def _last_line(stderr: IO[bytes]) -> str:
    stderr.seek(0)
    lines = stderr.read().decode(errors="replace").splitlines()
    useful = [line.strip() for line in lines if line.strip() and not any(noise in line for noise in _NOISE)]
    return useful[-1] if useful else "no message from chromium"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m monitor.digest.screenshot",
        description="Save a PNG of an HTML file as headless Chromium renders it (the whole page unless --height).",
    )
    parser.add_argument("html", type=Path, help="HTML file to render")
    parser.add_argument("png", type=Path, help="PNG file to write")
    parser.add_argument("--width", type=int, default=900, help="viewport width in CSS pixels (default: 900)")
    parser.add_argument("--height", type=int, default=None, help="capture only this many pixels from the top")
    parser.add_argument("--timeout", type=float, default=60, help="seconds before Chromium is stopped (default: 60)")
    args = parser.parse_args(argv)
    try:
        out = screenshot(args.html, args.png, width=args.width, height=args.height, timeout=args.timeout)
    except (RuntimeError, OSError) as problem:
        print(f"error: {problem}", file=sys.stderr)
        return 1
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
