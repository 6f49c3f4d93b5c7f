"""Screenshots in headless Chromium: a rendered page is captured whole, and a blank one is told apart.

Tests that need the browser skip when it is absent; `make test` installs Debian's chromium first.
"""

from __future__ import annotations

import base64
import io
import os
import tempfile
import time
from pathlib import Path

import pytest
from matplotlib.figure import Figure
from PIL import Image

from monitor.digest.screenshot import BrowserMissing, find_chromium, is_blank, main, screenshot

CHART_RED = (0xC0, 0x39, 0x2B)
TITLE = "Bản tin tuần 2025-W35 — Hải Phòng: điều động 335 cán bộ về cấp xã"


@pytest.fixture
def chromium() -> str:
    found = find_chromium()
    if found is None:
        pytest.skip("chromium not installed: make test installs Debian's chromium with apt-get")
    return found


@pytest.fixture
def own_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temporary folder of its own for screenshot(), to see what it leaves behind."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def _chart_uri() -> str:
    figure = Figure(figsize=(4, 2), dpi=100, layout="tight")
    axes = figure.subplots()
    axes.bar(["Hải Phòng", "Hà Nội"], [335, 120], color="#c0392b")
    axes.set_title("Cán bộ về cấp xã")
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()


def _page(path: Path, body: str) -> Path:
    path.write_text(f'<!doctype html><html lang="vi"><meta charset="utf-8"><body>{body}</body></html>', "utf-8")
    return path


def _pixels_like(png: Path, colour: tuple[int, int, int], tolerance: int = 3) -> int:
    with Image.open(png) as image:
        rgb = image.convert("RGB")
    colours = rgb.getcolors(maxcolors=rgb.width * rgb.height) or []
    return sum(count for count, c in colours if max(abs(a - b) for a, b in zip(c, colour, strict=True)) <= tolerance)


def _fake_browser(folder: Path, script: str) -> Path:
    program = folder / "fake-chromium"
    program.write_text(f"#!/bin/sh\nPATH=/usr/bin:/bin\n{script}\n")
    program.chmod(0o755)
    return program


def test_page_with_vietnamese_text_and_chart_is_captured_whole(chromium: str, tmp_path: Path, own_tmp: Path) -> None:
    # the chart sits below a long list, past any usual window height: only a full-page capture has it
    items = "".join(f"<li>Xã {i}: tiếp nhận hồ sơ trực tuyến</li>" for i in range(80))
    html = _page(tmp_path / "digest.html", f'<h1>{TITLE}</h1><ul>{items}</ul><img src="{_chart_uri()}" width="400">')
    png = screenshot(html, tmp_path / "digest.png")
    assert png == tmp_path / "digest.png" and png.is_file()
    with Image.open(png) as image:
        assert image.width == 900
        assert image.height > 80 * 18 + 200
    assert not is_blank(png)
    assert _pixels_like(png, CHART_RED) > 2000, "the chart's bars are not in the screenshot"
    assert _pixels_like(png, (0, 0, 0), tolerance=60) > 500, "no dark text in the screenshot"
    assert os.listdir(own_tmp) == [], "the temporary Chromium profile was left behind"


def test_blank_page_is_blank(chromium: str, tmp_path: Path) -> None:
    png = screenshot(_page(tmp_path / "blank.html", ""), tmp_path / "blank.png")
    assert is_blank(png)


def test_given_height_captures_the_top(chromium: str, tmp_path: Path) -> None:
    html = _page(tmp_path / "tall.html", f'<h1>{TITLE}</h1><div style="height: 3000px; background: #c0392b"></div>')
    png = screenshot(html, tmp_path / "top.png", width=600, height=300)
    with Image.open(png) as image:
        assert image.size == (600, 300)
    assert not is_blank(png)


def test_command_line(chromium: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    html = _page(tmp_path / "page.html", f"<h1>{TITLE}</h1>")
    assert main([str(html), str(tmp_path / "page.png"), "--width", "500"]) == 0
    assert capsys.readouterr().out.strip() == str(tmp_path / "page.png")
    with Image.open(tmp_path / "page.png") as image:
        assert image.width == 500


def test_is_blank_on_plain_and_drawn_images(tmp_path: Path) -> None:
    plain = Image.new("RGB", (300, 200), "white")
    plain.save(tmp_path / "plain.png")
    plain.paste(CHART_RED, (10, 10, 60, 40))
    plain.save(tmp_path / "drawn.png")
    assert is_blank(tmp_path / "plain.png")
    assert not is_blank(tmp_path / "drawn.png")


def test_missing_browser_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    html = _page(tmp_path / "page.html", TITLE)
    monkeypatch.setenv("MONITOR_CHROMIUM", str(tmp_path / "no-such-chromium"))
    assert find_chromium() is None
    with pytest.raises(BrowserMissing, match=r"^\$MONITOR_CHROMIUM=.*no-such-chromium is not a program$"):
        screenshot(html, tmp_path / "page.png")
    monkeypatch.delenv("MONITOR_CHROMIUM")
    monkeypatch.setenv("PATH", str(tmp_path))
    assert find_chromium() is None
    with pytest.raises(BrowserMissing) as missing:
        screenshot(html, tmp_path / "page.png")
    assert "\n" not in str(missing.value) and "apt-get install chromium" in str(missing.value)
    assert not (tmp_path / "page.png").exists()


def test_command_line_reports_a_missing_browser(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("MONITOR_CHROMIUM", str(tmp_path / "no-such-chromium"))
    assert main([str(_page(tmp_path / "page.html", TITLE)), str(tmp_path / "page.png")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("error: $MONITOR_CHROMIUM=")


def test_failing_browser_reports_its_last_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    program = _fake_browser(tmp_path, 'echo "starting" >&2; echo "cannot open display" >&2; exit 3')
    monkeypatch.setenv("MONITOR_CHROMIUM", str(program))
    with pytest.raises(RuntimeError, match=r"^chromium exited with status 3: cannot open display$"):
        screenshot(_page(tmp_path / "page.html", TITLE), tmp_path / "page.png")


def test_hanging_browser_is_stopped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, own_tmp: Path) -> None:
    child = tmp_path / "child.pid"
    # the browser's own child, as Chromium's renderers are, must be stopped with it
    program = _fake_browser(tmp_path, f'echo "loading" >&2; sleep 30 & echo $! > {child}; sleep 30')
    monkeypatch.setenv("MONITOR_CHROMIUM", str(program))
    started = time.monotonic()
    with pytest.raises(RuntimeError, match=r"^chromium timed out after 1 s: loading$"):
        screenshot(_page(tmp_path / "page.html", TITLE), tmp_path / "page.png", timeout=1)
    assert time.monotonic() - started < 10
    assert not _alive(int(child.read_text())), "the browser's child outlived it"
    assert os.listdir(own_tmp) == []


def _alive(pid: int) -> bool:
    # a killed process may linger as a zombie until init reaps it: that is dead too
    for _ in range(50):
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except FileNotFoundError:
            return False
        if state in ("Z", "X"):
            return False
        time.sleep(0.1)
    return True
