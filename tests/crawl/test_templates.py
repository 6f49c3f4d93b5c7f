"""Page furniture out of the stored text (issue 15): known furniture, each host's learned template, the title
once; and the must-show: crawled template pages of real outlets give the facts of their plain text."""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from pathlib import Path

import pytest

from monitor.crawl import MemoryState
from monitor.crawl.pages import read_page, without_template
from monitor.crawl.templates import MIN_PAGES, HostTemplate, clean, is_template, known_furniture
from monitor.extract import extract
from monitor.facts import Article, Fact
from monitor.inputs import read_text_article
from tests.conftest import site_server
from tests.crawl.outlets import crawl_into, rows
from tests.crawl.templates import make_pages

KNOWN = [
    "Giọng Nam miền Bắc",
    "giọng nữ  miền Nam",
    "Nam miền Bắc",
    "00:00/03:12",
    "Chia sẻ",
    "Bình luận (12)",
    "Theo dõi Báo Chính phủ trên Google News",
    "Thứ ba, 02/09/2025 - 07:30",
    "Thứ ba, 2/9/2025, 07:30 (GMT+7)",
    "02/09/2025 07:30 GMT+7",
    "© 2025 Báo Mẫu. Bảo lưu mọi quyền.",
    "Giấy phép số 123/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 15/03/2023.",
    "Xem thêm: Hà Tĩnh bố trí 30 tỷ đồng nâng cấp trụ sở xã",
    ">> Đọc thêm: Thanh Hóa tuyển 300 công chức",
    "Từ khóa:",
]
NOT_KNOWN = [
    "Giọng nói của người dân đã được lắng nghe.",
    "Ngày 02/09/2025, tỉnh đã tiếp nhận 1.240 hồ sơ.",  # a date in a sentence is the article's
    "Chia sẻ kinh nghiệm vận hành mô hình hai cấp",  # a heading that starts like a share bar
    "Tin liên quan đến việc sắp xếp trụ sở được công bố ngày 5/9.",
    "Hải Phòng",
]


@pytest.mark.parametrize("line", KNOWN)
def test_furniture_every_template_has(line):
    assert known_furniture(line)


@pytest.mark.parametrize("line", NOT_KNOWN)
def test_article_lines_are_not_known_furniture(line):
    assert not known_furniture(line)


@pytest.mark.parametrize(
    ("line", "seen", "pages", "template"),
    [
        ("Thời sự", MIN_PAGES - 1, 2, False),  # two pages may share a heading
        ("Thời sự", MIN_PAGES, 3, True),
        ("Hoàng Lam", 3, 40, True),  # an author's box, on three of her articles
        # a real sentence with a figure, repeated in a series of articles: never after two or three pages
        ("Toàn tỉnh có 130 xã, phường sau sắp xếp, giảm 282 đơn vị so với trước.", 2, 2, False),
        ("Toàn tỉnh có 130 xã, phường sau sắp xếp, giảm 282 đơn vị so với trước.", 3, 3, False),
        ("Toàn tỉnh có 130 xã, phường sau sắp xếp, giảm 282 đơn vị so với trước.", 6, 20, False),
        ("Kết quả giải quyết hồ sơ:", 3, 3, False),  # a heading over a list names its figures
        ("Đường dây nóng: 0901 234 567", 6, 10, True),  # on (nearly) every page: the template's
        ("Mọi ý kiến đóng góp của bạn đọc xin gửi về hộp thư của tòa soạn.", 8, 9, True),
    ],
)
def test_when_a_line_is_the_hosts_template(line, seen, pages, template):
    assert is_template(line, seen, pages) is template


def host_pages(state, host: str, bodies: list[list[str]]) -> list[list[str]]:
    """Each page's paragraphs after its host's template is taken out, the pages read in order."""
    return [clean(body, HostTemplate(state, host, f"p{n}")) for n, body in enumerate(bodies)]


def test_a_hosts_lines_are_learned_from_its_third_page():
    pages = [["Bạn đọc viết", f"Bài số {n}: đã nhận {n * 100} hồ sơ.", "Ảnh và tin: Minh Thu"] for n in range(1, 6)]
    cleaned = host_pages(MemoryState(), "bao.test", pages)
    assert [page[0] for page in cleaned[:2]] == ["Bạn đọc viết", "Bạn đọc viết"]
    assert cleaned[2:] == [[f"Bài số {n}: đã nhận {n * 100} hồ sơ."] for n in range(3, 6)]


def test_another_host_and_a_page_read_again_teach_nothing():
    state = MemoryState()
    host_pages(state, "a.test", [["Bạn đọc viết", "Một."], ["Bạn đọc viết", "Hai."]])
    host_pages(state, "b.test", [["Bạn đọc viết", "Ba."]])
    assert clean(["Bạn đọc viết", "Bốn."], HostTemplate(state, "a.test", "p1")) == ["Bạn đọc viết", "Bốn."]
    assert clean(["Bạn đọc viết", "Năm."], HostTemplate(state, "a.test", "p9")) == ["Năm."]


def test_a_sentence_two_articles_share_stays():
    shared = "Theo Nghị quyết 1669/NQ-UBTVQH15, tỉnh có 130 đơn vị hành chính cấp xã."
    cleaned = host_pages(MemoryState(), "bao.test", [[shared, "Một."], [shared, "Hai."], [shared, "Ba."]])
    assert all(page[0] == shared for page in cleaned)


def test_headlines_under_a_related_head_and_labels_between_furniture_go():
    body = [
        "Giọng Nam miền Bắc\nGiọng mới\nGiọng Nữ miền Nam",
        "Tỉnh đã tiếp nhận 1.240 hồ sơ.",
        "Tin liên quan",
        "Hà Tĩnh bố trí 30 tỷ đồng nâng cấp trụ sở xã",
        "Thanh Hóa tuyển 300 công chức cho cấp xã",
        "Cả tỉnh giải quyết đúng hạn 1.200 hồ sơ.",
    ]
    assert clean(body) == ["Tỉnh đã tiếp nhận 1.240 hồ sơ.", "Cả tỉnh giải quyết đúng hạn 1.200 hồ sơ."]


def page(title: str, body: str, head: str = "", site: str = "Báo Mẫu") -> str:
    return f"""<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:site_name" content="{site}">{head}</head><body><article>{body}</article></body></html>"""


PARAGRAPHS = "".join(
    f"<p>Đoạn {n}: tỉnh đã tiếp nhận {n}.240 hồ sơ thủ tục hành chính tại các trung tâm phục vụ hành chính công.</p>"
    for n in range(1, 5)
)


@pytest.mark.parametrize(
    "repeated",
    [
        "<p>Hải Phòng tiếp nhận 4.240 hồ sơ</p>",
        "<p>HẢI PHÒNG TIẾP NHẬN 4.240 HỒ SƠ</p>",  # another case
        "<p>Hải Phòng tiếp nhận 4.240 hồ sơ - Báo Mẫu</p>",  # with its source
    ],
)
def test_the_title_is_not_repeated_in_the_body(repeated):
    html = page(
        "Hải Phòng tiếp nhận 4.240 hồ sơ - Báo Mẫu", f"<h1>Hải Phòng tiếp nhận 4.240 hồ sơ</h1>{PARAGRAPHS}{repeated}"
    )
    content = read_page(html, "http://bao.test/a.html")
    assert content.title == "Hải Phòng tiếp nhận 4.240 hồ sơ"
    assert "4.240 hồ sơ\n" not in content.text + "\n" and "Hải Phòng" not in content.text


def test_a_sapo_that_starts_with_the_title_keeps_only_the_sapo():
    sapo = "Hải Phòng tiếp nhận 4.240 hồ sơ - Sau hai tháng, các xã đã tiếp nhận 4.240 hồ sơ."
    head = f'<meta name="description" content="{sapo}">'
    content = read_page(page("Hải Phòng tiếp nhận 4.240 hồ sơ", PARAGRAPHS, head), "http://bao.test/a.html")
    assert content.text.split("\n\n")[0] == "Sau hai tháng, các xã đã tiếp nhận 4.240 hồ sơ."


@pytest.mark.parametrize(
    ("title", "site", "url", "own"),
    [
        ("Hà Tĩnh tuyển 120 công chức - Báo Dân trí", "Báo điện tử Dân trí", "https://dantri.com.vn/a.htm", True),
        ("Hà Tĩnh tuyển 120 công chức | VnExpress", "", "https://vnexpress.net/a.html", True),
        ("Hà Tĩnh tuyển 120 công chức - Báo Nghệ An", "", "http://127.0.0.1:8000/a.html", True),
        ("Hà Tĩnh tuyển 120 công chức - Tuổi Trẻ Online", "Tuổi Trẻ Online", "https://tuoitre.vn/a.htm", True),
        ("Hà Nội - Thành phố vì hòa bình", "Báo Mẫu", "http://127.0.0.1:8000/a.html", False),
        ("Xã Diễn Châu - điểm sáng cải cách", "Báo Nghệ An", "https://baonghean.vn/a.html", False),
    ],
)
def test_the_outlets_name_after_a_title_is_dropped(title, site, url, own):
    content = read_page(page(title, PARAGRAPHS, f'<meta property="og:title" content="{title}">', site), url)
    assert (content.title != title) is own


def test_players_breadcrumbs_and_share_bars_are_taken_out_of_the_page():
    body = (
        '<ul class="dt-breadcrumb"><li><a href="/">Hà Nội</a></li></ul>'
        '<div data-module="article-audio-new"><div class="x1"><span>00:00</span></div><ul><li>Giọng mới</li></ul></div>'
        f"{PARAGRAPHS}"
        '<div class="detail-share"><a href="#">Zalo</a><a href="#">Gửi cho bạn bè</a></div>'
    )
    content = read_page(page("Tin", body), "http://bao.test/a.html")
    assert content.text.startswith("Đoạn 1") and content.text.endswith("phục vụ hành chính công.")


def test_an_element_named_like_furniture_that_holds_the_article_stays():
    content = read_page(page("Tin", f'<div class="share-wrapper">{PARAGRAPHS}</div>'), "http://bao.test/a.html")
    assert content.text.count("Đoạn") == 4


def test_without_template_learns_per_page_of_the_host():
    state = MemoryState()
    texts = []
    for n in range(4):
        content = read_page(page("Tin", f"<p>Bạn đọc viết</p>{PARAGRAPHS}"), f"http://bao.test/{n}.html")
        texts.append(without_template(content, HostTemplate(state, "bao.test", str(n))).text)
    assert ["Bạn đọc viết" in text for text in texts] == [True, True, False, False]


# The must-show: pages in the templates of real outlets (tests/crawl/templates/, written after each outlet's
# markup, texts of our own), crawled through a loopback server, give exactly the facts of their plain text.
TEMPLATES = Path(__file__).resolve().parent / "templates"
OUTLETS = ("dantri", "vnexpress", "tuoitre", "baochinhphu", "vietnamnet", "baonghean")
# what a fact says, whatever text it was read from: not where (evidence, offsets) nor which article
_WHERE = {"doc", "evidence", "start", "end"}


def said(facts: list[Fact]) -> Counter[str]:
    return Counter(json.dumps({k: v for k, v in f.to_json().items() if k not in _WHERE}, sort_keys=True) for f in facts)


def plain(path: Path) -> Article:
    return read_text_article(path).article


def serve_outlet(serve_dir, outlet: str):
    """Serve an outlet's template pages on a server of its own: its own host:port, as each outlet has."""
    return serve_dir(TEMPLATES / outlet)


def listing(server, outlet: str, names: list[str]) -> str:
    """A feed on the outlet's server of these pages, in this order (it replaces the one before); its URL."""
    items = "".join(f"<item><title>{name}</title><link>{server.base_url}/{name}.html</link></item>" for name in names)
    rss = f'<?xml version="1.0"?><rss version="2.0"><channel><title>{outlet}</title>{items}</channel></rss>'
    server.replies["/feed.xml"] = [site_server.Reply(200, rss.encode(), {"Content-Type": "application/rss+xml"})]
    return f"{server.base_url}/feed.xml"


def stems(outlet: str) -> list[str]:
    return [path.stem for path in sorted((TEMPLATES / outlet).glob("*.txt"))]


def stored(db: Path) -> dict[str, Article]:
    """The crawled articles by page name (outlet folder and stem), as the store keeps them."""
    rows_ = rows(db, "SELECT id, url, title, published_at, text FROM articles")
    return {url.rsplit("/", 1)[1].removesuffix(".html"): Article(id, text, url=url, title=title, published_at=day)
            for id, url, title, day, text in rows_}  # fmt: skip


@pytest.fixture
def crawled(tmp_path, serve_dir) -> dict[str, Article]:
    """One crawl of every outlet's template pages into a real store: the stored articles by page name."""
    db = tmp_path / "templates.duckdb"
    feeds = [listing(serve_outlet(serve_dir, outlet), outlet, stems(outlet)) for outlet in OUTLETS]
    events = crawl_into(db, feeds)
    assert [event.kind for event in events] == ["article"] * sum(len(stems(outlet)) for outlet in OUTLETS)
    return stored(db)


def test_crawled_template_pages_give_the_facts_of_their_plain_text(crawled):
    compared = 0
    for outlet in OUTLETS:
        for name in stems(outlet):
            page = crawled[name]
            # one article id for both: a part's series key names its article ("part-2-<doc>")
            text = dataclasses.replace(plain(TEMPLATES / outlet / f"{name}.txt"), id=page.id)
            assert page.published_at == text.published_at, name
            facts = said(extract(text).facts)
            assert said(extract(page).facts) == facts, name
            compared += facts.total()
    assert compared >= 90  # the articles are full of figures: nothing is vacuously equal


def test_stored_texts_hold_no_furniture(crawled):
    for name, page in crawled.items():
        assert page.text.startswith(f"{page.title}\n\n"), name
        assert page.text.count(page.title) == 1, name  # the title once
        for word in ("Giọng", "00:00", "Chia sẻ", "Google News", "Xem thêm", ">>", "Tin liên quan", "Từ kho"):
            assert word not in page.text, (name, word)


def test_each_hosts_author_line_is_learned_from_its_third_page(crawled):
    """What the known furniture leaves (an author's name at the end, outlet by outlet) goes once the host's
    pages have shown it three times: the third page of Báo Chính phủ and of VnExpress are clean."""
    extra = {}
    for outlet in OUTLETS:
        for number, name in enumerate(stems(outlet)):
            lines = set(plain(TEMPLATES / outlet / f"{name}.txt").text.splitlines())
            left = [line for line in crawled[name].text.splitlines() if line.strip() and line not in lines]
            if left:
                extra[(outlet, number)] = left
    assert extra == {
        ("vnexpress", 0): ["Lê Hoàng"],
        ("vnexpress", 1): ["Lê Hoàng"],
        ("vnexpress", 3): ["Hải Thư"],  # another author, once
        ("baochinhphu", 0): ["Thu Giang"],
        ("baochinhphu", 1): ["Thu Giang"],
        ("baochinhphu", 3): ["Minh Anh"],
    }


def test_learning_lasts_across_crawl_runs(tmp_path, serve_dir):
    db = tmp_path / "runs.duckdb"
    first, later = stems("baochinhphu")[:2], stems("baochinhphu")[2:]
    server = serve_outlet(serve_dir, "baochinhphu")
    crawl_into(db, [listing(server, "baochinhphu", first)])
    crawl_into(db, [listing(server, "baochinhphu", later)])  # the next run: the store opened again
    texts = {name: article.text for name, article in stored(db).items()}
    assert ["Thu Giang" in texts[name] for name in first + later] == [True, True, False, False]
    assert rows(db, "SELECT count(DISTINCT host), count(*) FROM host_pages") == [(1, 4)]


def test_the_sample_site_gives_the_facts_of_its_articles_text(site_url, tmp_path):
    """The sample site's reform pages were made from the seeds (tests/site/make_site.py): crawled, they
    give the seeds' facts (the seeds' publication dates set aside: the site dates its pages itself)."""
    seeds = sorted((Path(__file__).resolve().parents[2].parent / "shared" / "seeds").glob("*.txt"))
    if not seeds:
        pytest.skip("../shared/seeds is not beside the project")
    db = tmp_path / "site.duckdb"
    crawl_into(db, [f"{site_url}/rss/chinh-quyen.xml"])
    pages = stored(db)
    assert len(pages) == len(seeds) == 5
    for seed in seeds:
        page = next(article for name, article in pages.items() if name.endswith(f"post{1001 + int(seed.name[:3])}"))
        text = dataclasses.replace(plain(seed), id=page.id, published_at=page.published_at)
        assert said(extract(page).facts) == said(extract(text).facts), seed.name


def test_the_template_pages_are_what_make_pages_writes():
    written = make_pages.pages()
    assert len(written) == sum(len(stems(outlet)) for outlet in OUTLETS) >= 5 * 3
    for path, html in written.items():
        assert path.read_text(encoding="utf-8") == html, f"{path.name}: run python tests/crawl/templates/make_pages.py"
