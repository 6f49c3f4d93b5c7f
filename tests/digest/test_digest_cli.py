"""`monitor digest` on the bundled sample: sent to a real SMTP server on 127.0.0.1, written to a file, printed."""

from __future__ import annotations

import re
import ssl
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor.cli import cli
from tests.digest.smtp import PASSWORD, USER, Inbox, authenticator

WEEK = "2025-W35"  # the sample's busiest week: two articles, Hải Phòng and Thái Nguyên
# figures of the sample's week as an editor reads them (tests/site/www, seeds 000 and 001)
SAMPLE_FIGURES = ("335 người", "246.900 hồ sơ", "4 triệu đồng/người/tháng", "hơn 4.300 lượt", "94,7%", "kế hoạch 196")


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_the_digest_is_sent_over_starttls_with_a_login_and_arrives_whole(
    runner: CliRunner,
    sample_db: Path,
    serve: Callable[..., int],
    server_tls: ssl.SSLContext,
    cert: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    inbox = Inbox()
    port = serve(inbox, tls_context=server_tls, require_starttls=True, auth_required=True, authenticator=authenticator)
    monkeypatch.setenv("MONITOR_SMTP_PASSWORD", PASSWORD)
    monkeypatch.setenv("SSL_CERT_FILE", str(cert[0]))  # trust the test server's certificate
    args = ["digest", "--db", str(sample_db), "--week", WEEK, "--smtp", f"127.0.0.1:{port}", "--user", USER]
    result = runner.invoke(
        cli, [*args, "--from", "monitor@bao.test", "--to", "bientap@bao.test", "--to", "tk@bao.test"]
    )
    assert result.exit_code == 0, result.output
    assert PASSWORD not in result.output

    ((sender, recipients, message),) = inbox.received
    assert (sender, recipients, inbox.logins) == (
        "monitor@bao.test",
        ["bientap@bao.test", "tk@bao.test"],
        [USER.encode()],
    )
    assert WEEK in message["Subject"] and "tuần 35/2025" in message["Subject"]
    plain = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    for figure in SAMPLE_FIGURES:
        assert figure in plain, figure
        assert figure in html.replace("“", "").replace("”", ""), figure
    cids = re.findall(r'src="cid:([^"]+)"', html)
    images = [part for part in message.walk() if part.get_content_type() == "image/png"]
    assert len(cids) == len(images) >= 2  # articles per week, and at least one metric over time
    assert sorted(part["Content-ID"].strip("<>") for part in images) == sorted(cids)
    assert all(part.get_content().startswith(b"\x89PNG") for part in images)


def test_out_writes_one_html_file_with_its_charts(runner: CliRunner, sample_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "digest.html"
    result = runner.invoke(cli, ["digest", "--db", str(sample_db), "--week", WEEK, "--out", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert html.count("data:image/png;base64,") >= 2 and "Hải Phòng" in html and "Thái Nguyên" in html
    assert result.stdout == ""  # the file, and one line on stderr


def test_text_is_printed_and_an_empty_week_is_short(runner: CliRunner, sample_db: Path) -> None:
    result = runner.invoke(cli, ["digest", "--db", str(sample_db), "--week", WEEK, "--text"])
    assert result.exit_code == 0 and "335 người" in result.stdout
    empty = runner.invoke(cli, ["digest", "--db", str(sample_db), "--week", "2025-W40"])
    assert empty.exit_code == 0 and "Tuần này không có bài báo nào" in empty.stdout


def test_dry_run_describes_the_email_and_sends_nothing(runner: CliRunner, sample_db: Path) -> None:
    result = runner.invoke(cli, ["digest", "--db", str(sample_db), "--week", WEEK, "--dry-run", "--to", "a@bao.test"])
    assert result.exit_code == 0, result.output
    assert "multipart/alternative" in result.stdout and result.stdout.count("image/png") >= 2


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--week", "2025-W54"], "2025 has no ISO week 54"),
        (["--week", "35"], "not an ISO week"),
        (["--smtp", "127.0.0.1:2525"], "need at least one --to"),
        (["--to", "a@bao.test"], "--to needs --smtp"),
        (["--smtp", "mail.bao.test", "--to", "a@bao.test"], "HOST:PORT"),
        (["--smtp", "mail.bao.test:25", "--security", "none", "--user", "u", "--to", "a@b.c"], "in clear"),
        (["--week", "9999-W52"], "out of range"),
        (["--dry-run", "--to", "a@bao.test", "--from", "x@bao.test\nBcc: all@bao.test"], "not an email address"),
        (["--dry-run", "--to", "bientap"], "not an email address"),
    ],
)
def test_usage_errors_exit_2(runner: CliRunner, sample_db: Path, args: list[str], message: str) -> None:
    result = runner.invoke(cli, ["digest", "--db", str(sample_db), *args])
    assert result.exit_code == 2 and message in result.output


def test_an_unwritable_out_file_is_one_line(runner: CliRunner, sample_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "no-such-folder" / "digest.html"
    result = runner.invoke(cli, ["digest", "--db", str(sample_db), "--week", WEEK, "--out", str(out)])
    assert result.exit_code == 1 and "cannot write" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_a_missing_store_is_one_line_and_is_not_created(runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "none.duckdb"
    result = runner.invoke(cli, ["digest", "--db", str(db), "--week", WEEK])
    assert result.exit_code == 1 and "database not found" in result.output and not db.exists()


def test_a_refused_delivery_is_one_line_and_exit_1(
    runner: CliRunner, sample_db: Path, serve: Callable[..., int], monkeypatch: pytest.MonkeyPatch
) -> None:
    from monitor.digest import delivery

    monkeypatch.setattr(delivery, "_sleep", lambda seconds: None)
    port = serve(Inbox(refuse_rcpt=99, reply="550 5.1.1 no such user"))
    args = ["--smtp", f"127.0.0.1:{port}", "--security", "none", "--to", "ghost@bao.test"]
    result = runner.invoke(cli, ["digest", "--db", str(sample_db), "--week", WEEK, *args])
    assert result.exit_code == 1
    assert "550" in result.output and len(result.output.strip().splitlines()) == 1


def test_the_digest_opens_in_headless_chromium_with_its_charts(
    runner: CliRunner, sample_db: Path, tmp_path: Path
) -> None:
    from PIL import Image

    from monitor.digest.charts import OTHER_WEEKS
    from monitor.digest.screenshot import find_chromium, is_blank, screenshot

    if find_chromium() is None:
        pytest.skip("chromium not installed: make test installs Debian's chromium with apt-get")
    html, png = tmp_path / "digest.html", tmp_path / "digest.png"
    assert runner.invoke(cli, ["digest", "--db", str(sample_db), "--week", WEEK, "--out", str(html)]).exit_code == 0
    screenshot(html, png, width=800)
    assert not is_blank(png)
    with Image.open(png) as image:
        rgb = image.convert("RGB")
        assert rgb.width == 800 and rgb.height > 1500  # the whole page: summary, charts, provinces
        colours = {colour for _, colour in rgb.getcolors(maxcolors=rgb.width * rgb.height) or []}
    bars = tuple(int(OTHER_WEEKS[i : i + 2], 16) for i in (1, 3, 5))
    assert bars in colours  # the bars of the first chart, a colour only the chart has: the images were drawn


def test_the_sample_week_tells_what_moved_and_shows_parts_under_their_whole(runner: CliRunner, sample_db: Path) -> None:
    text = runner.invoke(cli, ["digest", "--db", str(sample_db), "--week", WEEK, "--text"]).stdout
    # 250 requests (25/8) became 335 (31/8); 53 with known origin (20/8) became 58: one quantity each
    whole = next(line for line in text.splitlines() if "335 người" in line and line.startswith("- "))
    assert "tăng 85 người so với 250 người (25/8/2025)" in whole
    lines = text.splitlines()
    under = lines[lines.index(whole) + 1 : lines.index(whole) + 3]
    assert any("58 người / 335" in line and "tăng 5 người so với 53 người (20/8/2025)" in line for line in under)
    assert any("277 người / 335" in line and "tăng" not in line for line in under)
    assert all(line.startswith("  └ trong đó") for line in under)
    assert "giảm 192" not in text and "giảm 58" not in text
