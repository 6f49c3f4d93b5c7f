#!/usr/bin/env python3
"""Build the static sample news site "Báo Mẫu" (tests/site/www/) for monitor's tests.
Inputs: 5 seed articles (--seeds, default /work/shared/seeds) + extra_articles.json.
All links use the literal placeholder {BASE}, replaced by the test server when serving.
Output is deterministic; the script verifies it afterwards unless --no-check."""

import argparse
import json
import re
import shutil
import sys
import unicodedata
import xml.etree.ElementTree as ET
from datetime import datetime
from email.utils import format_datetime, parsedate_to_datetime
from html import escape, unescape
from pathlib import Path

HERE = Path(__file__).resolve().parent
WWW = HERE / "www"
BASE = "{BASE}"
SITE = "Báo Mẫu"

# key -> (menu label, parent section or None)
SECTIONS = {
    "thoi-su": ("Thời sự", None),
    "chinh-quyen": ("Chính quyền", "thoi-su"),
    "xa-hoi": ("Xã hội", None),
    "kinh-te": ("Kinh tế", None),
    "the-thao": ("Thể thao", None),
    "phap-luat": ("Pháp luật", None),
    "giao-duc": ("Giáo dục", None),
    "the-gioi": ("Thế giới", None),
}
FEEDS = {"chinh-quyen": "Chính quyền", "xa-hoi": "Xã hội"}
TRACKING = "?utm_source=rss&utm_medium=xa-hoi"
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]

# Seed split: title=None -> 1st paragraph is the title, 2nd the sapo; a given title -> 1st
# paragraph is the sapo; split=(kicker, title end, sapo start) cuts "kicker title sapo".
SEEDS = [
    dict(
        prefix="000",
        id=1001,
        published="2025-08-31T08:15:00+07:00",
        author="Minh Anh",
        title="Hải Phòng, Thái Nguyên tăng cường cán bộ cho cấp xã",
        tags=["Hải Phòng"],
    ),
    dict(
        prefix="001",
        id=1002,
        published="2025-08-25T14:30:00+07:00",
        author="Hoàng Nam",
        title=None,
        also_in="xa-hoi",
        tags=["Hải Phòng", "Sở Nội vụ"],
    ),
    dict(
        prefix="002",
        id=1003,
        published="2025-07-28T06:05:00+07:00",
        author="Nhóm phóng viên",
        title=None,
        tags=["TP.HCM", "Hà Nội", "Hải Phòng"],
    ),
    dict(
        prefix="003",
        id=1004,
        published="2025-09-18T16:42:00+07:00",
        author="Thanh Hà",
        title="Đà Nẵng tăng cường công chức về các xã miền núi",
        tags=["Đà Nẵng", "Sở Nội vụ"],
    ),
    dict(
        prefix="004",
        id=1005,
        published="2025-11-03T10:20:00+07:00",
        author="Quốc Bảo",
        split=("Thời sự ", "trước ngày 15/11/2025", "Ban Tổ chức Tỉnh ủy"),
        tags=["Nghệ An"],
    ),
]
CAPTION = re.compile(r"\(?Ảnh: [^()]+\)?\.?$")
SOURCE_LINE = re.compile(r"^Nguồn [^:]{1,20}: https?://")


def slugify(text, max_words=14):
    text = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return "-".join(re.findall(r"[a-z0-9]+", text)[:max_words])


def read_paragraphs(path):
    text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
    paras = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    paras[0] = re.sub(r"^date \d{4}-\d{2}-\d{2} ", "", paras[0])  # scrape artefact
    return paras


def body_blocks(paras):
    """Classify body paragraphs: p, h2 (subhead), figure, divider, signature."""
    blocks = []
    for p in paras:
        if SOURCE_LINE.match(p):
            continue  # "Nguồn PLO: https://..." is dropped
        if CAPTION.search(p) and len(p) < 400:
            if blocks and blocks[-1] == ("figure", p):
                continue  # the scrape doubles photo captions; keep one
            blocks.append(("figure", p))
        elif not re.search(r"\w", p):
            blocks.append(("divider", p))
        elif p == p.upper() and " - " in p:
            blocks.append(("signature", p))
        elif len(p) < 90 and not p.endswith((".", "…", ":", "!", "?")):
            blocks.append(("h2", p))
        else:
            blocks.append(("p", p))
    return blocks


def load_seed(cfg, seeds_dir):
    files = sorted(seeds_dir.glob(cfg["prefix"] + "_*.txt"))
    assert len(files) == 1, f"need exactly one {cfg['prefix']}_*.txt in {seeds_dir}"
    paras = read_paragraphs(files[0])
    if "split" in cfg:  # the kicker ("Thời sự") is the breadcrumb parent, not article text
        kicker, title_end, sapo_start = cfg["split"]
        assert paras[0].startswith(kicker), paras[0][:40]
        cut = paras[0].index(title_end) + len(title_end)
        title, sapo, body = paras[0][len(kicker) : cut], paras[0][cut:].strip(), paras[1:]
        assert sapo.startswith(sapo_start), sapo[:40]
    elif cfg["title"] is None:
        title, sapo, body = paras[0], paras[1], paras[2:]
    else:
        title, sapo, body = cfg["title"], paras[0], paras[1:]
    return finish(
        dict(
            cfg,
            title=title,
            sapo=sapo,
            blocks=body_blocks(body),
            section="chinh-quyen",
            feed="chinh-quyen",
            seed=files[0].name,
        )
    )


def finish(art):
    art["dt"] = datetime.fromisoformat(art["published"])
    art.setdefault("slug", slugify(art["title"]))
    art["path"] = f"/{art['section']}/{art['slug']}-post{art['id']}.html"
    art["url"] = BASE + art["path"]
    return art


def load_extras():
    arts = json.loads((HERE / "extra_articles.json").read_text(encoding="utf-8"))
    for a in arts:
        a["blocks"] = [("p", p) for p in a.pop("body")]
        finish(a)
    return arts


def show_date(dt):
    return dt.strftime("%d/%m/%Y %H:%M")  # e.g. "31/08/2025 08:15"


def page(title, description, body, head_extra=""):
    feeds = "".join(
        f'\n<link rel="alternate" type="application/rss+xml" title="{SITE} - {n}" href="{BASE}/rss/{k}.xml">'
        for k, n in FEEDS.items()
    )
    menu = "".join(f'<li><a href="{BASE}/{k}.html">{escape(n)}</a></li>' for k, (n, _) in SECTIONS.items())
    return f"""<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
<meta name="description" content="{escape(description)}">{head_extra}{feeds}
<link rel="stylesheet" href="{BASE}/static/style.css">
</head>
<body>
<header class="site-header">
<div class="topbar">Đường dây nóng: 0901 234 567 · Email: toasoan@baomau.vn</div>
<a class="logo" href="{BASE}/"><img src="{BASE}/static/logo.svg" alt="{SITE}" width="160" height="40"></a>
<nav class="main-menu"><ul><li><a href="{BASE}/">Trang chủ</a></li>{menu}</ul></nav>
</header>
<main>
{body}
</main>
<footer class="site-footer">
<p><strong>{SITE}</strong> - Trang tin điện tử tổng hợp</p>
<p>Cơ quan chủ quản: Công ty Cổ phần Truyền thông Mẫu. Tổng biên tập: Nguyễn Văn Mẫu</p>
<p>Địa chỉ: Số 18 phố Mẫu Sơn, phường Mẫu Lâm, Hà Nội. Điện thoại: (024) 3999 8888</p>
<p>Giấy phép số 123/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 15/03/2023.</p>
<p>Trang web mẫu dùng cho kiểm thử; các bài ngoài mục Chính quyền là nội dung hư cấu.</p>
<p class="copyright">© 2025 {SITE}. Bảo lưu mọi quyền. Ghi rõ nguồn "{SITE}" khi phát hành lại thông tin từ website này.</p>
</footer>
</body>
</html>
"""


BLOCK_HTML = {
    "p": "<p>{t}</p>",
    "h2": "<h2>{t}</h2>",
    "divider": '<p class="divider">{t}</p>',
    "signature": '<p class="author-bottom"><strong>{t}</strong></p>',
    "figure": '<figure class="photo"><img src="' + BASE + '/static/anh-minh-hoa.svg" alt="{t}" '
    'width="680" height="400" loading="lazy"><figcaption>{t}</figcaption></figure>',
}


def render_blocks(blocks):
    return "\n".join(BLOCK_HTML[kind].replace("{t}", escape(text)) for kind, text in blocks)


def render_article(a, related):
    label, parent = SECTIONS[a["section"]]
    crumbs = [f'<li><a href="{BASE}/">Trang chủ</a></li>'] + [
        f'<li><a href="{BASE}/{k}.html">{SECTIONS[k][0]}</a></li>' for k in (parent, a["section"]) if k
    ]
    iso = a["dt"].isoformat()
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": a["title"],
            "description": a["sapo"],
            "datePublished": iso,
            "author": {"@type": "Person", "name": a["author"]},
            "mainEntityOfPage": a["url"],
            "publisher": {"@type": "Organization", "name": SITE},
        },
        ensure_ascii=False,
    )
    head = f"""
<meta name="author" content="{escape(a["author"])}">
<meta name="keywords" content="{escape(", ".join(a["tags"]))}">
<link rel="canonical" href="{a["url"]}">
<meta property="og:site_name" content="{SITE}">
<meta property="og:type" content="article">
<meta property="og:title" content="{escape(a["title"])}">
<meta property="og:description" content="{escape(a["sapo"])}">
<meta property="og:url" content="{a["url"]}">
<meta property="og:image" content="{BASE}/static/anh-minh-hoa.svg">
<meta property="article:published_time" content="{iso}">
<meta property="article:section" content="{label}">
<script type="application/ld+json">
{ld}
</script>"""
    tags = " ".join(f'<a href="{BASE}/tag/{slugify(t)}.html" rel="tag">{escape(t)}</a>' for t in a["tags"])
    rel = "\n".join(f'<li><a href="{r["url"]}">{escape(r["title"])}</a></li>' for r in related)
    widgets = ""
    if a["id"] % 2 == 0:
        n = a["id"] % 37
        widgets += (
            f'\n<section class="comments" id="binh-luan"><h3>Bình luận <span class='
            f'"comment-count">({n})</span></h3><p>{n} bình luận đang chờ duyệt.</p></section>'
        )
    if a["id"] % 3 != 1:
        widgets += (
            f'\n<div class="newsletter"><h3>Nhận bản tin {SITE} mỗi sáng</h3><form action='
            f'"{BASE}/dang-ky-ban-tin" method="post"><input type="email" name="email" '
            f'placeholder="Email của bạn"><button type="submit">Đăng ký</button></form></div>'
        )
    body = f"""<ol class="breadcrumb">{"".join(crumbs)}</ol>
<article class="article-detail">
<h1 class="title">{escape(a["title"])}</h1>
<div class="meta"><span class="date">{WEEKDAYS[a["dt"].weekday()]}, <time datetime="{iso}">{show_date(a["dt"])}</time> (GMT+7)</span>
<span class="author">Tác giả: <strong>{escape(a["author"])}</strong></span>
<a class="comment-link" href="#binh-luan">Bình luận</a></div>
<div class="sapo"><strong>{escape(a["sapo"])}</strong></div>
<div class="content">
{render_blocks(a["blocks"])}
</div>
<div class="tags"><span>Từ khóa:</span> {tags}</div>
</article>
<aside class="related"><h3>Tin liên quan</h3>
<ul>
{rel}
</ul>
</aside>{widgets}"""
    return page(f"{a['title']} | {SITE}", a["sapo"], body, head)


def render_listing(heading, arts, description):
    items = (
        "\n".join(
            f'<li class="story"><h3><a href="{a["url"]}">{escape(a["title"])}</a></h3>'
            f'<p class="story-meta">{SECTIONS[a["section"]][0]} · {show_date(a["dt"])}</p>'
            f'<p class="story-sapo">{escape(a["sapo"])}</p></li>'
            for a in arts
        )
        or '<li class="empty">Chuyên mục đang được cập nhật.</li>'
    )
    body = f'<h1 class="section-title">{escape(heading)}</h1>\n<ul class="story-list">\n{items}\n</ul>'
    return page(f"{heading} | {SITE}" if heading != SITE else f"{SITE} - Tin tức 24h", description, body)


def render_feed(key, entries):
    """entries: list of (article, link); dates like "Sun, 31 Aug 2025 08:15:00 +0700"."""
    entries = sorted(entries, key=lambda e: e[0]["dt"], reverse=True)
    items = "\n".join(
        f"""<item>
<title>{escape(a["title"])}</title>
<link>{escape(link)}</link>
<guid isPermaLink="true">{escape(link)}</guid>
<pubDate>{format_datetime(a["dt"])}</pubDate>
<category>{escape(SECTIONS[a["section"]][0])}</category>
<description>{escape(a["sapo"])}</description>
</item>"""
        for a, link in entries
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>{SITE} - {FEEDS[key]}</title>
<link>{BASE}/{key}.html</link>
<description>Tin tức {FEEDS[key].lower()} mới nhất từ {SITE}</description>
<language>vi</language><copyright>© 2025 {SITE}</copyright>
<lastBuildDate>{format_datetime(entries[0][0]["dt"])}</lastBuildDate>
<atom:link href="{BASE}/rss/{key}.xml" rel="self" type="application/rss+xml"/>
{items}
</channel>
</rss>
"""


def render_sitemap(arts):
    urls = "\n".join(
        f"""<url>
<loc>{a["url"]}</loc>
<lastmod>{a["dt"].isoformat()}</lastmod>
<news:news><news:publication><news:name>{SITE}</news:name><news:language>vi</news:language></news:publication>
<news:publication_date>{a["dt"].isoformat()}</news:publication_date><news:title>{escape(a["title"])}</news:title></news:news>
</url>"""
        for a in arts
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
{urls}
</urlset>
"""


STATIC = {
    "style.css": "body{font-family:Arial,sans-serif;max-width:980px;margin:0 auto}\n.main-menu ul,"
    ".breadcrumb{display:flex;gap:12px;list-style:none;padding:0}\n.sapo{font-size:17px}\n"
    "figcaption{font-size:13px;color:#555}\n.related,.site-footer{border-top:1px solid #ccc}\n",
    "logo.svg": '<svg xmlns="http://www.w3.org/2000/svg" width="160" height="40"><rect width="160" '
    'height="40" fill="#b00"/><text x="80" y="27" font-size="20" fill="#fff" text-anchor="middle">'
    "Báo Mẫu</text></svg>\n",
    "anh-minh-hoa.svg": '<svg xmlns="http://www.w3.org/2000/svg" width="680" height="400"><rect '
    'width="680" height="400" fill="#ccc"/><text x="340" y="205" font-size="24" fill="#666" '
    'text-anchor="middle">Ảnh minh họa</text></svg>\n',
}


def write(rel, text):
    path = WWW / rel.lstrip("/")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(unicodedata.normalize("NFC", text), encoding="utf-8", newline="\n")


def build(seeds_dir):
    seeds = [load_seed(cfg, seeds_dir) for cfg in SEEDS]
    extras = load_extras()
    arts = sorted(seeds + extras, key=lambda a: a["dt"], reverse=True)
    if WWW.exists():
        shutil.rmtree(WWW)
    for group in (seeds, extras):  # related links stay within the same group
        for a in group:
            write(a["path"], render_article(a, [r for r in group if r is not a][:4]))
    write(
        "index.html",
        render_listing(
            SITE, arts, f"{SITE} - tin tức thời sự, chính quyền, xã hội, kinh tế, thể thao cập nhật liên tục."
        ),
    )
    for key, (label, _) in SECTIONS.items():
        members = [a for a in arts if key in (a["section"], SECTIONS[a["section"]][1])]
        write(f"{key}.html", render_listing(label, members, f"Tin {label.lower()} mới nhất - {SITE}"))
    for tag in sorted({t for a in arts for t in a["tags"]}):
        write(
            f"tag/{slugify(tag)}.html",
            render_listing(tag, [a for a in arts if tag in a["tags"]], f"Tin tức về {tag} - {SITE}"),
        )
    feed_entries = {k: [] for k in FEEDS}
    for a in arts:
        feed_entries[a["feed"]].append((a, a["url"]))
        if a.get("also_in"):
            feed_entries[a["also_in"]].append((a, a["url"] + TRACKING))
    for key, entries in feed_entries.items():
        write(f"rss/{key}.xml", render_feed(key, entries))
    write("sitemap.xml", render_sitemap(arts))
    write("robots.txt", f"User-agent: *\nAllow: /\n\nSitemap: {BASE}/sitemap.xml\n")
    for name, text in STATIC.items():
        write(f"static/{name}", text)
    return seeds, extras


def page_text(path):  # visible text: drop head/script/style, then tags; unescape entities
    html = re.sub(r"(?s)<(head|script|style)\b.*?</\1>", " ", path.read_text(encoding="utf-8"))
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", html)))


def local_file(url):
    path = url.split("?")[0].split("#")[0][len(BASE) :]
    return WWW / (path.lstrip("/") or "index.html")


def check(seeds, extras, seeds_dir):
    errors = []
    for f in sorted(WWW.rglob("*")):
        if f.is_file():
            text = f.read_bytes().decode("utf-8")  # raises if not UTF-8
            if not unicodedata.is_normalized("NFC", text):
                errors.append(f"{f}: not NFC")
            for url in re.findall(r'(?:href|src|content)="(\{BASE\}[^"]*)"', text):
                if "dang-ky-ban-tin" not in url and not local_file(url).is_file():
                    errors.append(f"{f}: broken link {url}")
    for xml in [WWW / "sitemap.xml", *sorted((WWW / "rss").glob("*.xml"))]:
        root = ET.parse(xml).getroot()
        links = [e.text for e in root.iter() if e.tag in ("link", "guid") or e.tag.endswith("}loc")]
        [parsedate_to_datetime(d.text) for d in root.iter("pubDate")]  # raises if malformed
        for link in links:
            if not link.startswith(BASE) or not local_file(link).is_file():
                errors.append(f"{xml}: link to missing file {link}")
    for a in seeds:  # raw seed paragraphs (not our parser's output) must be on the page
        text = page_text(local_file(a["url"]))
        raw = (seeds_dir / a["seed"]).read_text(encoding="utf-8").split("\n")
        paras = [p.strip() for p in raw if p.strip() and not SOURCE_LINE.match(p.strip())]
        paras[0] = re.sub(r"^date \d{4}-\d{2}-\d{2} ", "", paras[0])
        if paras[0] not in (a["title"], a["sapo"], f"Thời sự {a['title']} {a['sapo']}"):
            errors.append(f"{a['url']}: first seed paragraph not reproduced")
        for p in [a["title"], a["sapo"], *paras[1:]]:
            if p not in text:
                errors.append(f"{a['url']}: missing seed text: {p[:60]}")
    banned = [
        "chính quyền địa phương hai cấp",
        "cấp xã",
        "hồ sơ",
        "thủ tục hành chính",
        "cán bộ",
        "điều động",
        "biệt phái",
        "luân chuyển",
        "nội vụ",
    ]
    for a in extras:
        blob = " ".join([a["title"], a["sapo"], *a["tags"], *(t for _, t in a["blocks"])]).lower()
        errors += [f"{a['url']}: contains '{w}'" for w in banned if w in blob]
        words = len(" ".join([a["sapo"], *(t for _, t in a["blocks"])]).split())
        if not 150 <= words <= 300:
            errors.append(f"{a['url']}: {words} words")
    return errors


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=Path, default=HERE / "../../../shared/seeds")
    ap.add_argument("--no-check", action="store_true", help="skip self-verification")
    args = ap.parse_args()
    seeds_dir = args.seeds.resolve()
    seeds, extras = build(seeds_dir)
    for a in seeds + extras:
        feeds = a["feed"] + (" + " + a["also_in"] + " (utm)" if a.get("also_in") else "")
        print(f"{a['dt']:%Y-%m-%d %H:%M}  {a['path']}  [{feeds}]\n    {a['title']}")
    if not args.no_check:
        errors = check(seeds, extras, seeds_dir)
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        print(f"check: {len(errors)} error(s)")
        sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
