"""Page furniture out of the stored text (issue 15): known furniture, each host's learned template, the title
once; and the must-show: crawled template pages of real outlets give the facts of their plain text."""

from __future__ import annotations

import pytest

from monitor.crawl import MemoryState
from monitor.crawl.pages import read_page, without_template
from monitor.crawl.templates import MIN_PAGES, HostTemplate, clean, is_template, known_furniture

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
    pages = [
        ["Bạn đọc viết", f"Bài số {n}: đã nhận {n * 100} hồ sơ.", "Ảnh và tin: Minh Thu"] for n in range(1, 6)
    ]
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
