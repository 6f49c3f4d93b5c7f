"""The digest as HTML and text: Vietnamese throughout, every string from an article escaped, only http(s) links."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from monitor.digest import Week, email_message, gather, html_file, subject, text
from monitor.digest.content import Digest
from monitor.digest.labels import amount, change, number
from monitor.facts import Article, Fact
from monitor.store import Store

HOSTILE_TITLE = '<script>alert("tiêu đề")</script>'
HOSTILE_EVIDENCE = 'Kế hoạch số 12/KH-UBND <img src=x onerror="alert(1)"> về điều động cán bộ'


@pytest.fixture(scope="module")
def digest(tmp_path_factory: pytest.TempPathFactory) -> Digest:
    db = tmp_path_factory.mktemp("render") / "render.duckdb"
    bad = Article(
        id="b1",
        text="…",
        url="javascript:alert(1)",
        outlet="<b>Báo Lạ</b>",
        title=HOSTILE_TITLE,
        published_at=dt.date(2025, 8, 27),
    )
    good = Article(
        id="g1", text="…", url="https://baothainguyen.vn/tin/1.html", outlet="Báo Thái Nguyên",
        title="Thái Nguyên hỗ trợ 4 triệu đồng/người/tháng", published_at=dt.date(2025, 8, 28),
    )  # fmt: skip
    facts_bad = [
        Fact("b1", "document", HOSTILE_EVIDENCE, 0, 1, province="Hải Phòng", ref="12/KH-UBND <i>"),
        Fact("b1", "staff_transfer", "điều động 58 cán bộ", 0, 1, 58, unit="person", province="Hải Phòng",
             as_of=dt.date(2025, 8, 27), status="done"),
    ]  # fmt: skip
    facts_good = [
        Fact("g1", "allowance", "hỗ trợ 4 triệu đồng/người/tháng", 0, 1, 4_000_000, unit="VND/person/month",
             province="Thái Nguyên", as_of=dt.date(2025, 8, 28), status="done"),
        Fact("g1", "staff_training", "hơn 4.300 lượt cán bộ", 0, 1, 4300, unit="person_time", approx="more_than",
             province="Thái Nguyên", as_of=dt.date(2025, 8, 28), status="done"),
    ]  # fmt: skip
    with Store.open(db) as store:
        store.write(bad, facts_bad)
        store.write(good, facts_good)
    with Store.open(db, read_only=True) as store:
        return gather(store, Week.parse("2025-W35"))


def test_html_escapes_what_articles_say(digest: Digest) -> None:
    html = html_file(digest)
    assert "<script" not in html and "onerror=" not in html.replace("onerror=&#34;", "")
    assert "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;" in html
    assert "&lt;b&gt;Báo Lạ&lt;/b&gt;" in html and "12/KH-UBND &lt;i&gt;" in html


def test_only_web_links_become_links(digest: Digest) -> None:
    html = html_file(digest)
    hrefs = re.findall(r'href="([^"]*)"', html)
    assert hrefs and all(h.startswith("https://") for h in hrefs)
    assert 'href="https://baothainguyen.vn/tin/1.html"' in html
    assert "javascript:" not in html


def test_figures_are_written_the_vietnamese_way(digest: Digest) -> None:
    html, plain = html_file(digest), text(digest)
    for shown in ("4 triệu đồng/người/tháng", "hơn 4.300 lượt", "58 người", "Thái Nguyên", "Hải Phòng"):
        assert shown in html and shown in plain
    assert "Bản tin chính quyền hai cấp, tuần 35/2025" in plain.splitlines()[0]


def test_the_html_file_embeds_its_charts(digest: Digest) -> None:
    html = html_file(digest)
    assert html.count('src="data:image/png;base64,') == 1 + len(digest.charts)
    assert "cid:" not in html


def test_the_email_has_text_html_and_each_chart_once_by_content_id(digest: Digest) -> None:
    message = email_message(digest, "monitor@example.org", ["bientap@example.org"])
    assert message["Subject"] == subject(digest) and "2025-W35" in message["Subject"]
    html = message.get_body(("html",)).get_content()
    cids = set(re.findall(r'src="cid:([^"]+)"', html))
    images = [part for part in message.walk() if part.get_content_type() == "image/png"]
    assert {part["Content-ID"].strip("<>") for part in images} == cids and len(images) == len(cids) >= 1
    assert all(part.get_content_disposition() == "inline" for part in images)  # not listed as attachments
    related = next(part for part in message.walk() if part.get_content_type() == "multipart/related")
    assert related.get_param("type") == "text/html"
    assert "4 triệu đồng/người/tháng" in message.get_body(("plain",)).get_content()


def test_an_empty_week_says_so_in_a_few_lines(tmp_path: Path) -> None:
    db = tmp_path / "empty.duckdb"
    Store.open(db).close()
    with Store.open(db, read_only=True) as store:
        digest = gather(store, Week.parse("2025-W40"))
    plain, html = text(digest), html_file(digest)
    assert "Tuần này không có bài báo nào" in plain and "Tuần này không có bài báo nào" in html
    assert "data:image/png" not in html and len(plain.splitlines()) < 25


@pytest.mark.parametrize(
    ("value", "unit", "shown"),
    [
        (4300, "person_time", "4.300 lượt"),
        (58.5, "%", "58,5%"),
        (246900, "dossier", "246.900 hồ sơ"),
        (4_000_000, "VND/person/month", "4 triệu đồng/người/tháng"),
        (2_500_000, "VND/person", "2,5 triệu đồng/người"),
        (1_200_000_000, "VND", "1,2 tỷ đồng"),
        (1320, "procedure", "1.320 thủ tục"),
    ],
)
def test_amounts(value: float, unit: str, shown: str) -> None:
    assert amount(value, unit) == shown


def test_changes_and_numbers() -> None:
    assert change(215, "person") == "tăng 215 người"
    assert change(-2.5, "%") == "giảm 2,5 điểm %"
    assert change(0, "dossier") == "không đổi"
    assert number(1234567.25) == "1.234.567,25"
