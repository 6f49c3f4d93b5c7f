"""Helpers of the browser tests and the screenshot script: a store from the seeds and the hostile article, the web
app served by uvicorn on 127.0.0.1 in a thread, and Debian's chromium driven by Playwright (never a downloaded one)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import shutil
import socket
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import uvicorn
from playwright.sync_api import Browser, ConsoleMessage, Page, sync_playwright

from monitor.facts import Article
from monitor.inputs import read_text_article
from monitor.pipeline import ingest
from monitor.store import Store
from tests.web.hostile_store import write_hostile

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SEED_OUTLETS = ("Báo mẫu A", "Báo mẫu B", "Báo mẫu C")  # the seeds name no outlet: made-up ones, told apart
TITLE_WORDS = 14
START_TIMEOUT = 30.0  # seconds for uvicorn to bind and start
# Reported on the console of every page: a violation of the Content-Security-Policy, as an error. Playwright runs
# init scripts through the DevTools protocol, outside the page's CSP.
CSP_LISTENER = """
document.addEventListener('securitypolicyviolation', (event) => {
  console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
});
"""


def chromium_path() -> str | None:
    """Debian's chromium on PATH (`make browser` installs it), or None."""
    return shutil.which("chromium")


def headline(text: str) -> str:
    """A title for a seed (they have none): the first sentence's first words."""
    sentence = re.split(r"(?<=[.!?])\s", text.strip(), maxsplit=1)[0]
    words = sentence.split()
    return " ".join(words[:TITLE_WORDS]) + (" …" if len(words) > TITLE_WORDS else "")


def seed_articles(seeds: Path = SEEDS) -> list[Article]:
    """The seed articles as a crawl would store them: with a title, an outlet, an http(s) URL and a fetch time."""
    articles = []
    for number, path in enumerate(sorted(seeds.glob("*.txt"))):
        article = read_text_article(path).article
        published = article.published_at or dt.date(2025, 8, 1)
        articles.append(
            dataclasses.replace(
                article,
                title=headline(article.text),
                outlet=SEED_OUTLETS[number % len(SEED_OUTLETS)],
                url=f"https://seeds.example/{article.id}.html",
                fetched_at=dt.datetime.combine(published, dt.time(8, number)),
            )
        )
    return articles


def build_store(db_path: Path, seeds: Path = SEEDS, hostile: bool = True) -> list[Article]:
    """A store with the seeds' facts (read by the real extractor) and the hostile article; returns the seeds."""
    articles = seed_articles(seeds)
    with Store.open(db_path) as store:
        for article in articles:
            ingest(article, store)
        if hostile:
            write_hostile(store)
    return articles


def get_json(base_url: str, path: str) -> Any:
    """A JSON answer of the app, over real HTTP."""
    with urllib.request.urlopen(base_url + path, timeout=30) as response:
        return json.load(response)


def richest_article(base_url: str, articles: list[Article]) -> dict[str, Any]:
    """/api/articles/{id} of the article with the most facts (ties: the first)."""
    answers = [get_json(base_url, f"/api/articles/{urllib.parse.quote(a.id)}") for a in articles]
    return max(answers, key=lambda answer: len(answer["facts"]))


def free_socket() -> socket.socket:
    """A listening-ready socket on 127.0.0.1 at a port the system chose (no race between picking and binding)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    return sock


@contextmanager
def serve(db_path: Path) -> Iterator[str]:
    """The web app over db_path, served by uvicorn in a background thread; yields its base URL (no trailing slash)."""
    from monitor.web.app import create_app  # imported late: the tests skip cleanly when the app is absent

    sock = free_socket()
    server = uvicorn.Server(uvicorn.Config(create_app(db_path), log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True, name="uvicorn")
    thread.start()
    deadline = time.monotonic() + START_TIMEOUT
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            sock.close()
            raise RuntimeError("the web app did not start (see uvicorn's messages above)")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


@contextmanager
def chromium() -> Iterator[Browser]:
    """Headless chromium from PATH, never Playwright's own browsers; RuntimeError when there is none."""
    executable = chromium_path()
    if executable is None:
        raise RuntimeError("chromium is not installed: `make browser` installs Debian's chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@dataclasses.dataclass
class Watched:
    """A page and what went wrong in it: console errors (CSP violations among them), uncaught errors, dialogs."""

    page: Page
    errors: list[str] = dataclasses.field(default_factory=list)
    dialogs: list[str] = dataclasses.field(default_factory=list)
    requests: list[str] = dataclasses.field(default_factory=list)  # every URL the page asked for

    def goto(self, url: str) -> Page:
        """Load url and wait until the network is idle (charts drawn); a response other than 2xx is an error."""
        response = self.page.goto(url, wait_until="networkidle")
        if response is None or not response.ok:
            status = response.status if response else "no response"
            self.errors.append(f"{url}: HTTP {status}")
        return self.page


def watch(browser: Browser, viewport: dict[str, int] | None = None) -> Watched:
    """A new page in its own context, its console errors, page errors and dialogs recorded (a dialog is dismissed)."""
    context = browser.new_context(viewport=viewport or {"width": 1280, "height": 900}, locale="vi-VN")
    context.add_init_script(CSP_LISTENER)
    page = context.new_page()
    watched = Watched(page)

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            where = message.location.get("url") or watched.page.url
            watched.errors.append(f"console: {message.text} ({where})")

    def on_dialog(dialog) -> None:
        watched.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    page.on("console", on_console)
    page.on("pageerror", lambda error: watched.errors.append(f"page error: {error}"))
    page.on("dialog", on_dialog)
    page.on("request", lambda request: watched.requests.append(request.url))
    return watched
