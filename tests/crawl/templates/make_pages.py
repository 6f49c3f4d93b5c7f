"""Write the template pages: each outlet's articles (NN-slug.txt, texts of our own) as pages of that outlet.

The markup follows each outlet's article template as it is built (element nesting, class names, and the
furniture around the article: menus, breadcrumbs, text-to-speech players, share bars, author boxes,
related-news boxes, keyword lists, footers); every word on the pages is ours. The checked-in pages are
this script's output: `python tests/crawl/templates/make_pages.py` writes them, and
tests/crawl/test_templates.py checks that they are what it writes.
"""

# ruff: noqa: E501 - the pages' markup lines are kept whole, as in tests/site/make_site.py

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE = "{BASE}"  # replaced by the test server with its own URL
WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


@dataclass
class Story:
    """An article of ours, read from its text file, and where it sits on its outlet."""

    slug: str
    published: dt.datetime
    title: str
    sapo: str
    body: list[str]
    number: int  # its place among the outlet's pages, from 0

    @property
    def path(self) -> str:
        return f"{self.slug}.html"

    @property
    def url(self) -> str:
        return f"{BASE}/{self.path}"

    @property
    def iso(self) -> str:
        return self.published.isoformat()


def read_story(path: Path, number: int) -> Story:
    text = path.read_text(encoding="utf-8")
    line = re.match(r" date (\d{4}-\d{2}-\d{2}) ", text)
    assert line, path
    title, sapo, *body = [p.strip() for p in text[line.end() :].split("\n\n") if p.strip()]
    hour = 6 + 3 * number  # outlets publish through the day
    published = dt.datetime.fromisoformat(f"{line.group(1)}T{hour:02d}:{5 + 11 * number:02d}:00+07:00")
    return Story(path.stem, published, title, sapo, body, number)


def stories(outlet: str) -> list[Story]:
    return [read_story(path, n) for n, path in enumerate(sorted((HERE / outlet).glob("*.txt")))]


def paragraphs(story: Story, tag: str = "<p>") -> str:
    return "\n".join(f"{tag}{escape(p)}</p>" for p in story.body)


def head(story: Story, site: str, title_suffix: str, extra: str = "") -> str:
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": story.title,
            "datePublished": story.iso,
            "publisher": {"@type": "Organization", "name": site},
        },
        ensure_ascii=False,
    )
    return f"""<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(story.title)}{escape(title_suffix)}</title>
<meta name="description" content="{escape(story.sapo)}">
<link rel="canonical" href="{story.url}">
<meta property="og:site_name" content="{escape(site)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{escape(story.title)}">
<meta property="og:description" content="{escape(story.sapo)}">
<meta property="og:url" content="{story.url}">
<meta property="article:published_time" content="{story.iso}">{extra}
<script type="application/ld+json">{ld}</script>
</head>"""


def related(items: list[str], first: int) -> list[str]:
    """Three of an outlet's other headlines, a different three on each page (they rotate)."""
    return [items[(first + k) % len(items)] for k in range(3)]


def slug_of(headline: str) -> str:
    return re.sub(r"\W+", "-", headline.lower()).strip("-")[:60]


# Dân trí: article.singular-container, a text-to-speech player (its voice menu), h2.singular-sapo with the
# "(Dân trí) -" dateline, div.singular-content, the author box, keywords, aside.article-related.
DANTRI_RELATED = [
    "Hà Tĩnh bố trí 30 tỷ đồng nâng cấp trụ sở xã",
    "Thanh Hóa tuyển 300 công chức cho cấp xã",
    "Quảng Trị điều động 85 công chức về xã biên giới",
    "Hải Phòng giải quyết đúng hạn 99% hồ sơ ở phường",
    "Lào Cai hỗ trợ 5 triệu đồng mỗi tháng cho công chức vùng cao",
]
DANTRI_AUTHORS = ["Hoàng Lam", "Hoàng Lam", "Hoàng Lam", "Minh Khuê"]


def dantri(story: Story) -> str:
    author = DANTRI_AUTHORS[story.number]
    stamp = f"{WEEKDAYS[story.published.weekday()]}, {story.published:%d/%m/%Y - %H:%M}"
    rel = "".join(
        f"""<article class="article-item"><div class="article-thumb"><a href="{BASE}/{slug_of(h)}.htm"><img alt="{escape(h)}" src="{BASE}/anh.jpg"></a></div>
<div class="article-content"><h3 class="article-title"><a href="{BASE}/{slug_of(h)}.htm">{escape(h)}</a></h3></div></article>"""
        for h in related(DANTRI_RELATED, story.number)
    )
    return f"""<!DOCTYPE html>
<html lang="vi">
{head(story, "Báo điện tử Dân trí", " | Báo Dân trí")}
<body>
<header class="header"><nav class="menu-wrap"><ul class="menu"><li><a href="{BASE}/">Trang chủ</a></li><li><a href="{BASE}/xa-hoi.htm">Xã hội</a></li><li><a href="{BASE}/kinh-doanh.htm">Kinh doanh</a></li><li><a href="{BASE}/phap-luat.htm">Pháp luật</a></li></ul></nav></header>
<main class="singular-wrap">
<div class="dt-flex dt-justify-between"><ul class="dt-text-c808080 dt-list-none"><li class="dt-float-left"><a class="dt-uppercase" data-content-name="article-breadcrumb" href="{BASE}/xa-hoi.htm">Xã hội</a></li></ul></div>
{dantri_article(story, author, stamp)}
<ul class="tags-wrap"><li class="label"><b>Từ khoá:</b></li><li><a href="{BASE}/tim-kiem/chinh-quyen-hai-cap.htm">chính quyền hai cấp</a></li><li><a href="{BASE}/tim-kiem/cap-xa.htm">cấp xã</a></li></ul>
<aside class="article-related"><div class="title-head">Tin liên quan</div>
{rel}
</aside>
</main>
<footer class="footer"><p>Trang mẫu cho kiểm thử. Giấy phép số 903/GP-BTTTT cấp ngày 04/01/2024.</p><p>© 2025 Bản quyền thuộc về trang mẫu Dân trí.</p></footer>
</body>
</html>
"""


def dantri_player(story: Story) -> str:
    """Dân trí's text-to-speech player: a play button, the timer, the voice menu."""
    return f"""<div data-module="article-audio-new" data-article-id="{story.number}"><div id="article-audio">
<div class="j8Seq"><button aria-label="Đọc" type="button" class="Ks8fs"></button><div class="Zlzd"><div class="tGld"><span>00:00</span><span>/</span><span>03:{10 + story.number:02d}</span></div></div>
<div class="odif"><button aria-label="Giọng đọc" type="button" class="wk35"><div class="kBXk">Nam miền Bắc</div></button>
<ul class="tocg"><li>Giọng Nam miền Bắc</li><li>Giọng Nữ miền Bắc</li><li>Giọng Nữ miền Nam</li></ul></div></div></div></div>"""


def dantri_article(story: Story, author: str, stamp: str) -> str:
    """The article: the usual layout, or (the last page) the e-magazine one, whose body repeats the headline
    in capitals above the player."""
    if story.number == 3:
        return f"""<article class="e-magazine">
<div class="e-magazine__meta"><span class="author-name"><b>{author}</b></span><time class="author-time" datetime="{story.published:%Y-%m-%d %H:%M}">{stamp}</time></div>
<div class="e-magazine__body dnews__body">
<h1 class="e-magazine__title">{escape(story.title.upper())}</h1>
{dantri_player(story)}
<h2 class="e-magazine__sapo">{escape(story.sapo)}</h2>
{paragraphs(story)}
</div>
</article>"""
    return f"""<article class="singular-container">
<h1 class="title-page detail">{escape(story.title)}</h1>
<div class="author-wrap"><div class="author-avatar"><a class="author-avatar__picture" href="{BASE}/tac-gia/{slug_of(author)}.htm"><img alt="{author}" src="{BASE}/tac-gia.jpg" width="60" height="60"></a></div>
<div class="author-meta"><div class="author-name"><a href="{BASE}/tac-gia/{slug_of(author)}.htm"><b>{author}</b></a></div><time class="author-time" datetime="{story.published:%Y-%m-%d %H:%M}">{stamp}</time></div></div>
{dantri_player(story)}
<h2 class="singular-sapo">{escape(story.sapo)}</h2>
<div class="singular-content">
{paragraphs(story)}
</div>
<div class="author-name dt-text-right"><b>{author}</b></div>
</article>"""


# VnExpress: ul.breadcrumb, span.date, h1.title-detail, p.description (no dateline), article.fck_detail of
# p.Normal, the author right-aligned in the last p.Normal, a related list in the body, tags, share bar.
VNEXPRESS_RELATED = [
    "Phường Bến Thành tiếp nhận 9.000 hồ sơ sau một tháng",
    "Bình Dương cũ chuyển 1.200 công chức về trung tâm hành chính",
    "Người dân chờ 2 giờ để nộp hồ sơ đất đai ở xã mới",
    "TP HCM bố trí xe đưa đón 3.000 cán bộ",
    "Vì sao nhiều xã thiếu công chức địa chính",
]


def vnexpress(story: Story) -> str:
    stamp = f"{WEEKDAYS[story.published.weekday()]}, {story.published.day}/{story.published.month}/{story.published.year}, {story.published:%H:%M} (GMT+7)"
    author = "Lê Hoàng" if story.number < 3 else "Hải Thư"
    body = paragraphs(story, '<p class="Normal">').split("\n")
    rel = "".join(
        f'<li><a href="{BASE}/{slug_of(h)}.html">{escape(h)}</a></li>' for h in related(VNEXPRESS_RELATED, story.number)
    )
    body.insert(
        2,
        f'<ul class="list-news hidden"><li><a href="{BASE}/{slug_of(VNEXPRESS_RELATED[story.number])}.html">{escape(VNEXPRESS_RELATED[story.number])}</a></li></ul>',
    )
    return f"""<!DOCTYPE html>
<html lang="vi">
{head(story, "VnExpress", " - VnExpress", '<meta name="its_subsection" content="Thời sự">')}
<body>
<header class="section top-header"><a class="logo" href="{BASE}/">VnExpress</a><nav class="main-nav"><ul class="parent"><li><a href="{BASE}/thoi-su">Thời sự</a></li><li><a href="{BASE}/the-gioi">Thế giới</a></li><li><a href="{BASE}/kinh-doanh">Kinh doanh</a></li></ul></nav></header>
<section class="section page-detail top-detail">
<div class="container"><div class="sidebar-1">
<div class="header-content width_common"><ul class="breadcrumb"><li><a href="{BASE}/thoi-su">Thời sự</a></li><li><a href="{BASE}/thoi-su/chinh-tri">Chính trị</a></li></ul><span class="date">{stamp}</span></div>
<h1 class="title-detail">{escape(story.title)}</h1>
<p class="description">{escape(story.sapo)}</p>
<article class="fck_detail ">
{chr(10).join(body)}
<p class="Normal" style="text-align:right;"><strong>{author}</strong></p>
</article>
<div class="footer-content"><div class="box-tinlienquanv2"><h3 class="title-box">Tin liên quan</h3><ul>{rel}</ul></div>
<div class="tags"><h4 class="item-tag"><a href="{BASE}/chu-de/chinh-quyen-hai-cap">Chính quyền hai cấp</a></h4></div>
<div class="social_pin"><a class="btn_facebook" href="#">Facebook</a><a class="btn_twitter" href="#">Twitter</a><a class="link_copy" href="#">Copy link</a></div></div>
</div></div>
</section>
<footer class="footer"><p>Trang mẫu cho kiểm thử. Số giấy phép: 901/GP-BTTTT ngày 02/01/2024.</p><p>© 2025. Bản quyền thuộc trang mẫu VnExpress.</p></footer>
</body>
</html>
"""


# Tuổi Trẻ: h1.detail-title.article-title, the author and time, a listen button, h2.detail-sapo with the
# "TTO -" dateline, div.detail-content.afcbc-body holding an in-body related box (a VCSortableInPreviewMode
# div of type RelatedNewsBox, headed "Đọc tiếp"), the keyword tab, and a "Theo dõi … trên Google News" line.
TUOITRE_RELATED = [
    "Đà Nẵng chi 60 tỷ đồng hỗ trợ cán bộ dôi dư",
    "Huế công bố 1.400 thủ tục hành chính cấp xã",
    "Gia Lai điều động 95 công chức về xã vùng cao",
    "Khánh Hòa tuyển dụng 250 công chức cấp xã",
]
# the related box shows another article's sapo: its figures and places are that article's
TUOITRE_RELATED_SAPOS = {
    "Đà Nẵng chi 60 tỷ đồng hỗ trợ cán bộ dôi dư": "TTO - Thành phố Đà Nẵng đã chi 60 tỷ đồng cho 820 cán bộ, công chức dôi dư sau sắp xếp.",
    "Huế công bố 1.400 thủ tục hành chính cấp xã": "TTO - UBND TP Huế đã công bố 1.400 thủ tục hành chính, trong đó 900 thủ tục trực tuyến toàn trình.",
    "Gia Lai điều động 95 công chức về xã vùng cao": "TTO - Tỉnh Gia Lai đã điều động 95 công chức về các xã vùng cao trong tháng 8.",
    "Khánh Hòa tuyển dụng 250 công chức cấp xã": "TTO - Khánh Hòa sẽ tuyển dụng 250 công chức cho các xã, phường trước ngày 31/12/2025.",
}


def tuoitre(story: Story) -> str:
    other = TUOITRE_RELATED[story.number % len(TUOITRE_RELATED)]
    body = paragraphs(story).split("\n")
    body.insert(
        2,
        f'<div class="VCSortableInPreviewMode" type="RelatedOneNews"><div class="kbwscwl-relatedbox type-1">'
        f'<a class="kbwscwl-link" href="{BASE}/{slug_of(other)}.htm" title="{escape(other)}">{escape(other)}</a>'
        f'<p class="kbwscwl-sapo">{escape(TUOITRE_RELATED_SAPOS[other])}</p></div></div>',
    )
    return f"""<!DOCTYPE html>
<html lang="vi">
{head(story, "TUOI TRE ONLINE", " - Tuổi Trẻ Online")}
<body>
<div class="header__nav"><ul class="menu-nav"><li><a href="{BASE}/thoi-su.htm">Thời sự</a></li><li><a href="{BASE}/the-gioi.htm">Thế giới</a></li><li><a href="{BASE}/phap-luat.htm">Pháp luật</a></li></ul></div>
<div class="detail__section"><div class="detail-cate"><a href="{BASE}/thoi-su.htm">Thời sự</a></div>
<h1 class="detail-title article-title" data-role="title">{escape(story.title)}</h1>
<div class="detail-top"><div class="detail-author"><div class="author-info"><a class="name" href="{BASE}/tac-gia/ngoc-an.htm">NGỌC AN</a></div></div>
<div class="detail-time" data-role="publishdate">{story.published:%d/%m/%Y %H:%M} GMT+7</div>
<div class="audioplayer" data-role="audio"><span class="txt">Nghe đọc bài</span></div></div>
<h2 class="detail-sapo" data-role="sapo">{escape(story.sapo)}</h2>
<div class="detail-cmain"><div class="detail-content afcbc-body" data-role="content">
{chr(10).join(body)}
</div></div>
<div class="detail-tab"><span class="title">TỪ KHÓA:</span><a href="{BASE}/chinh-quyen-hai-cap.html">Chính quyền hai cấp</a></div>
<div class="detail-googlenews"><a href="#">Theo dõi Tuổi Trẻ Online trên Google News</a></div>
</div>
<footer class="footer"><p>Trang mẫu cho kiểm thử. Giấy phép số 902/GP-BTTTT ngày 03/01/2024.</p><p>© Bản quyền thuộc trang mẫu Tuổi Trẻ.</p></footer>
</body>
</html>
"""


# Báo Chính phủ: h1.detail-title, a share bar over the sapo, h2.detail-sapo with "(Chinhphu.vn) -",
# div.detail-content.afcbc-body, the author right-aligned in its last paragraph, "Theo dõi … trên Google
# News", and a related box under the article.
CHINHPHU_RELATED = [
    "Thủ tướng chỉ đạo bảo đảm chi trả chế độ cho 100.000 người nghỉ việc",
    "Bộ Nội vụ hướng dẫn bố trí công chức cấp xã",
    "Hoàn thành sắp xếp trụ sở trước ngày 31/12",
    "Cả nước có 3.321 đơn vị hành chính cấp xã",
]
CHINHPHU_AUTHORS = ["Thu Giang", "Thu Giang", "Thu Giang", "Minh Anh"]


def baochinhphu(story: Story) -> str:
    other = CHINHPHU_RELATED[(story.number + 1) % len(CHINHPHU_RELATED)]
    body = paragraphs(story).split("\n")
    body.insert(
        1,
        f'<div class="VCSortableInPreviewMode" type="RelatedOneNews"><div class="box-one-news">'
        f'<a href="{BASE}/{slug_of(other)}.htm">{escape(other)}</a></div></div>',
    )
    rel = "".join(
        f'<div class="box-stream-item"><a class="box-stream-link-title" href="{BASE}/{slug_of(h)}.htm">{escape(h)}</a></div>'
        for h in related(CHINHPHU_RELATED, story.number)
    )
    return f"""<!DOCTYPE html>
<html lang="vi">
{head(story, "Báo Chính phủ", " | Báo Chính phủ")}
<body>
<div class="header"><ul class="menu-main"><li><a href="{BASE}/">Trang chủ</a></li><li><a href="{BASE}/chinh-sach-moi.htm">Chính sách mới</a></li><li><a href="{BASE}/thoi-su.htm">Thời sự</a></li></ul></div>
<div class="detail-container"><div class="detail-cate"><a href="{BASE}/thoi-su.htm">Thời sự</a></div>
<h1 class="detail-title" data-role="title">{escape(story.title)}</h1>
<div class="detail-time"><div data-role="publishdate">{story.published:%d/%m/%Y %H:%M}</div></div>
<div class="detail-share"><a href="#">Chia sẻ</a><a href="#">Zalo</a><a href="#">Facebook</a></div>
<h2 class="detail-sapo" data-role="sapo">{escape(story.sapo)}</h2>
<div class="detail-content afcbc-body" data-role="content">
{chr(10).join(body)}
<p style="text-align: right;"><b>{CHINHPHU_AUTHORS[story.number]}</b></p>
<p><a href="#" rel="nofollow">Theo dõi Báo Chính phủ trên Google News</a></p>
</div>
<div class="detail__related"><div class="box-heading">Tin liên quan</div>{rel}</div>
</div>
<footer class="footer"><p>Trang mẫu cho kiểm thử. Giấy phép số 904/GP-BTTTT ngày 05/01/2024.</p></footer>
</body>
</html>
"""


# VietNamNet: the breadcrumb with the time, h1.content-detail-title, h2.content-detail-sapo, div.maincontent
# with an in-body related box (div.article-relate), the author box, a share bar, the keyword box.
VIETNAMNET_RELATED = [
    "Hưng Yên chi 45 tỷ đồng hỗ trợ cán bộ nghỉ việc",
    "Phú Thọ sắp xếp 480 trụ sở dôi dư",
    "An Giang tuyển 200 công chức cho xã đảo",
    "Tây Ninh giải quyết 98% hồ sơ đúng hạn",
]


def vietnamnet(story: Story) -> str:
    body = paragraphs(story).split("\n")
    body.insert(
        1,
        '<div class="article-relate"><div class="article-relate__title">Tin liên quan</div>'
        + "".join(
            f'<h3><a href="{BASE}/{slug_of(h)}.html">{escape(h)}</a></h3>'
            for h in related(VIETNAMNET_RELATED, story.number)[:2]
        )
        + "</div>",
    )
    other = VIETNAMNET_RELATED[(story.number + 2) % len(VIETNAMNET_RELATED)]
    body.insert(3, f'<p><strong>Xem thêm:</strong> <a href="{BASE}/{slug_of(other)}.html">{escape(other)}</a></p>')
    return f"""<!DOCTYPE html>
<html lang="vi">
{head(story, "Báo VietNamNet", " | Báo VietNamNet")}
<body>
<header class="header"><ul class="mainNav"><li><a href="{BASE}/chinh-tri">Chính trị</a></li><li><a href="{BASE}/thoi-su">Thời sự</a></li><li><a href="{BASE}/kinh-doanh">Kinh doanh</a></li></ul></header>
<div class="content-detail container">
<div class="bread-crumb-detail sm-show-time"><ul><li><a href="{BASE}/thoi-su">Thời sự</a></li></ul><div class="bread-crumb-detail__time">{WEEKDAYS[story.published.weekday()]}, {story.published:%d/%m/%Y - %H:%M}</div></div>
<h1 class="content-detail-title">{escape(story.title)}</h1>
<h2 class="content-detail-sapo sm-sapo-mb-0">{escape(story.sapo)}</h2>
<div class="maincontent main-content" id="maincontent">
{chr(10).join(body)}
</div>
<div class="article-detail-author-wrapper"><div class="article-detail-author__info"><span class="name"><a href="{BASE}/tac-gia/hong-nhung">Hồng Nhung</a></span></div></div>
<div class="article-share"><a href="#">Chia sẻ</a><a href="#">Zalo</a><a href="#">Copy link</a></div>
<div class="tag-cotnent"><h2 class="tag-title">Từ khóa:</h2><a href="{BASE}/chinh-quyen-2-cap-tag.html">chính quyền 2 cấp</a></div>
</div>
<footer class="footer"><p>Trang mẫu cho kiểm thử. Số giấy phép: 905/GP-BTTTT cấp ngày 06/01/2024.</p><p>© 2025 trang mẫu VietNamNet.</p></footer>
</body>
</html>
"""


# A provincial paper (Báo Nghệ An) on the CMS many provincial papers share: header.article__header with
# the breadcrumb and time, h1.article__title.cms-title, div.article__sapo.cms-desc with the "Baonghean.vn -"
# dateline, div.article__body.cms-body, the author, "Theo dõi … trên Google News", a related box.
BAONGHEAN_RELATED = [
    "Xã Yên Thành tiếp nhận 2.800 hồ sơ trong tháng 8",
    "Nghệ An cử 60 công chức đi bồi dưỡng chuyển đổi số",
    "Phường Trường Vinh đón 500 lượt người mỗi ngày",
    "Hỗ trợ 4,5 triệu đồng mỗi tháng cho công chức vùng cao",
]


def baonghean(story: Story) -> str:
    body = paragraphs(story).split("\n")
    for at, other in zip((1, 3), related(BAONGHEAN_RELATED, story.number + 1), strict=False):
        body.insert(at, f'<p><strong><a href="{BASE}/{slug_of(other)}.html">&gt;&gt; {escape(other)}</a></strong></p>')
    rel = "".join(
        f'<article class="story"><h3 class="story__heading"><a class="cms-link" href="{BASE}/{slug_of(h)}.html">{escape(h)}</a></h3></article>'
        for h in related(BAONGHEAN_RELATED, story.number)
    )
    return f"""<!DOCTYPE html>
<html lang="vi">
{head(story, "Báo Nghệ An", " - Báo Nghệ An")}
<body>
<div class="site-header"><a class="logo" href="{BASE}/">Báo Nghệ An điện tử</a><ul class="menu"><li><a href="{BASE}/thoi-su/">Thời sự</a></li><li><a href="{BASE}/xa-hoi/">Xã hội</a></li></ul></div>
<div class="article">
<div class="article__header"><div class="breadcrumb"><a href="{BASE}/thoi-su/">Thời sự</a></div><time class="time">{story.published:%d/%m/%Y %H:%M}</time></div>
<h1 class="article__title cms-title">{escape(story.title)}</h1>
<div class="article__sapo cms-desc">{escape(story.sapo)}</div>
<div class="article__body zce-content-body cms-body" itemprop="articleBody">
{chr(10).join(body)}
<p><a href="#">Theo dõi Báo Nghệ An trên Google News</a></p>
</div>
<div class="article__author cms-author">Thanh Hà - Hoài Thu</div>
<div class="article__related"><h3 class="box-heading">Tin cùng chuyên mục</h3>{rel}</div>
</div>
<footer class="footer"><p>Trang mẫu cho kiểm thử theo mẫu trang của một báo tỉnh.</p><p>Giấy phép số 906/GP-BTTTT ngày 07/01/2024.</p></footer>
</body>
</html>
"""


OUTLETS: dict[str, Callable[[Story], str]] = {
    "dantri": dantri,
    "vnexpress": vnexpress,
    "tuoitre": tuoitre,
    "baochinhphu": baochinhphu,
    "vietnamnet": vietnamnet,
    "baonghean": baonghean,
}


def pages() -> dict[Path, str]:
    """Every template page, by the file it is written to."""
    return {
        HERE / outlet / story.path: render(story) for outlet, render in OUTLETS.items() for story in stories(outlet)
    }


def main() -> None:
    for path, html in pages().items():
        path.write_text(html, encoding="utf-8")


if __name__ == "__main__":
    main()
