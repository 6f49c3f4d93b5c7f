"""The digest as HTML and text: Vietnamese throughout, every string from an article escaped, only http(s) links; each
digest gathered from a DuckDB file and from a DuckLake store (tests/conftest.py)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator

import pytest

from monitor.digest import Week, email_message, gather, html_file, subject, text
from monitor.digest.content import Digest
from monitor.digest.labels import amount, change, number
from monitor.facts import Article, Fact
from monitor.store import Store

HOSTILE_TITLE = '<script>alert("tiêu đề")</script>'
HOSTILE_EVIDENCE = 'Kế hoạch số 12/KH-UBND <img src=x onerror="alert(1)"> về điều động cán bộ'


@pytest.fixture(scope="module")
def new_db(store_kind, new_store, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[], str]]:
    """new_db(): a new store of each kind in turn, for this module's digests, dropped with the module."""
    made: list[str] = []

    def make() -> str:
        made.append(new_store.new(store_kind, tmp_path_factory.mktemp("render")))
        return made[-1]

    yield make
    for db in made:
        new_store.drop(db)


@pytest.fixture(scope="module")
def digest(new_db: Callable[[], str]) -> Digest:
    db = new_db()
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


def test_an_empty_week_says_so_in_a_few_lines(store_address: str) -> None:
    db = store_address
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
        (200, "dossier/day", "200 hồ sơ/ngày"),  # a daily intake
    ],
)
def test_amounts(value: float, unit: str, shown: str) -> None:
    assert amount(value, unit) == shown


def test_changes_and_numbers() -> None:
    assert change(215, "person") == "tăng 215 người"
    assert change(-2.5, "%") == "giảm 2,5 điểm %"
    assert change(0, "dossier") == "không đổi"
    assert number(1234567.25) == "1.234.567,25"


# a figure's sources: each the outlet and the article's title, linked when the article has a web url
TITLE_HP = "Hải Phòng điều động 58 cán bộ về các xã, phường"
TITLE_VNE = "Hải Phòng biệt phái thêm hơn 60 cán bộ cho cấp xã"
TITLE_TP = "58 cán bộ Hải Phòng nhận nhiệm vụ mới ở cơ sở"
TITLE_RADIO = "Bản tin thời sự tối 27/8 (không có đường dẫn)"
URL_HP, URL_VNE = "https://baohaiphong.vn/tin/58-can-bo.html", "https://vnexpress.net/bi-phai-60.html"
URL_TP = "https://tienphong.vn/58-can-bo.html"


@pytest.fixture(scope="module")
def sourced(new_db: Callable[[], str]) -> Digest:
    db = new_db()
    hp = Article("hp", "…", URL_HP, "Báo Hải Phòng", TITLE_HP, dt.date(2025, 8, 26))
    vne = Article("vne", "…", URL_VNE, "VnExpress", TITLE_VNE, dt.date(2025, 8, 27))
    tp = Article("tp", "…", URL_TP, "Báo Tiền Phong", TITLE_TP, dt.date(2025, 8, 28))
    radio = Article("radio", "…", None, "Đài Hải Phòng", TITLE_RADIO, dt.date(2025, 8, 27))
    transfer = {"unit": "person", "province": "Hải Phòng", "as_of": dt.date(2025, 8, 26), "status": "done"}
    with Store.open(db) as store:
        store.write(hp, [
            Fact("hp", "staff_transfer", "điều động 58 cán bộ", 0, 1, 58, **transfer),
            Fact("hp", "deadline", "trước ngày 5/9 hoàn thành", 0, 1, province="Hải Phòng",
                 as_of=dt.date(2025, 9, 5), status="planned"),
        ])  # fmt: skip
        store.write(vne, [Fact("vne", "staff_transfer", "biệt phái hơn 60 cán bộ", 0, 1, 60, **transfer)])
        store.write(tp, [Fact("tp", "staff_transfer", "58 cán bộ", 0, 1, 58, **transfer)])
        store.write(radio, [Fact("radio", "document", "Kế hoạch 34/KH-UBND", 0, 1, province="Hải Phòng",
                                 ref="34/KH-UBND")])  # fmt: skip
    with Store.open(db, read_only=True) as store:
        return gather(store, Week.parse("2025-W35"))


def between(document: str, start: str, stop: str) -> str:
    """The part of the document from one heading to the next."""
    first = document.index(start)
    return document[first : document.index(stop, first)]


def test_every_listed_source_names_its_article_in_the_text(sourced: Digest) -> None:
    assert sourced.conflicts and sourced.due_soon and sourced.news[0].documents  # the fixture's point
    plain = text(sourced)
    province = between(plain, "TIN MỚI THEO TỈNH, THÀNH", "HẠN CHÓT TRONG 14 NGÀY TỚI")
    due = between(plain, "HẠN CHÓT TRONG 14 NGÀY TỚI", "CÁC BÁO ĐƯA KHÁC NHAU")
    conflicts = between(plain, "CÁC BÁO ĐƯA KHÁC NHAU", "KHÔNG CÓ TIN TỪ 4 TUẦN")
    hp, tp = f'Báo Hải Phòng — "{TITLE_HP}" <{URL_HP}>', f'Báo Tiền Phong — "{TITLE_TP}" <{URL_TP}>'
    # the figure's row: each article that gave it, one a line
    assert f"  Nguồn: {hp}\n         {tp}\n" in province
    # each value outlets gave, with its articles
    assert f"  * 58:\n    {hp}\n    {tp}\n" in conflicts
    assert f'  * 60:\n    VnExpress — "{TITLE_VNE}" <{URL_VNE}>\n' in conflicts
    assert (
        f"  Nguồn: {hp}\n" in due and f'- Hạn chót 5/9/2025: "trước ngày 5/9 hoàn thành"\n  Nguồn: {hp}\n' in province
    )
    assert f'  Nguồn: Đài Hải Phòng — "{TITLE_RADIO}"\n' in province  # the document: a title, no url to give


def test_every_listed_source_names_its_article_in_the_html(sourced: Digest) -> None:
    html = html_file(sourced)
    province = between(html, "Tin mới theo tỉnh, thành</h2>", "Hạn chót trong 14 ngày tới</h2>")
    due = between(html, "Hạn chót trong 14 ngày tới</h2>", "Các báo đưa khác nhau</h2>")
    conflicts = between(html, "Các báo đưa khác nhau</h2>", "Không có tin từ 4 tuần trở lên</h2>")
    linked_hp = f'Báo Hải Phòng — <a href="{URL_HP}" style="color: #1f5f99;">{TITLE_HP}</a>'
    linked_vne = f'VnExpress — <a href="{URL_VNE}" style="color: #1f5f99;">{TITLE_VNE}</a>'
    linked_tp = f'Báo Tiền Phong — <a href="{URL_TP}" style="color: #1f5f99;">{TITLE_TP}</a>'
    assert f"Nguồn: {linked_hp}<br>{linked_tp}</span>" in province  # the figure's row
    assert f"{linked_hp}<br>{linked_tp}</span>" in conflicts and f"{linked_vne}</span>" in conflicts
    assert f"Nguồn: {linked_hp}</span>" in due
    assert f"Đài Hải Phòng — “{TITLE_RADIO}”" in province  # no url: the title, unlinked


def test_titles_from_articles_are_shown_escaped_and_unlinked_without_a_web_url(digest: Digest) -> None:
    html, plain = html_file(digest), text(digest)
    assert "&lt;b&gt;Báo Lạ&lt;/b&gt; — “&lt;script&gt;alert(&#34;tiêu đề&#34;)&lt;/script&gt;”" in html
    assert f'<b>Báo Lạ</b> — "{HOSTILE_TITLE}"' in plain
    assert ">Thái Nguyên hỗ trợ 4 triệu đồng/người/tháng</a>" in html


def test_every_population_the_extractor_writes_has_a_name():
    """A series' population is shown in words, never as its slug, also as a class of staff plus a group."""
    from monitor.digest.labels import population_name
    from monitor.extract.lang.vi import populations

    groups = [*populations.POPULATIONS, *populations.BLOCKS, populations.COMMUNE_REQUESTS]
    classes = list(populations.STAFF_CLASSES)
    for name in [*groups, *classes, *(f"{c}-{g}" for c in classes for g in groups)]:
        shown = population_name(name)
        assert shown != name and not any(ch in shown for ch in "-_"), name
    assert population_name("cbcc-vs-frame") == "cán bộ, công chức — so với biên chế được giao"
    assert population_name("someone-new") == "someone-new"
