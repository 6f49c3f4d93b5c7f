"""Page furniture known before any page of a host is read: what news templates put around an article.

templates.py learns each host's own furniture from the pages crawled; these rows clean the first pages of
a new host, before it has seen enough of them. Rows are what outlets print, each with why it is furniture.
Text rows match a whole line, case folded, spaces squeezed; `*` rows are regular expressions.
"""

from __future__ import annotations

# Parts of the class, id, data-module or type of page elements that are never the article, found anywhere in
# those names ("op-player__audio", "audioplayer", "kbwscwl-relatedbox", type="RelatedNewsBox"): templates
# glue words together. Such elements are taken out of the page before trafilatura reads it.
ELEMENT_NAME_PARTS = (
    "audio",  # text-to-speech players above the sapo (their voice menu lists "Giọng Nam miền Bắc" …)
    "player",  # audio and video players: buttons, timers, speed menus
    "breadcrumb",  # the section path over the headline: menu words ("Xã hội", "Thời sự", a province's name)
    "share",  # share bars: Facebook, Zalo, copy link
    "social",
    "relate",  # related-news boxes inside the body or under it ("related", "article-relate"): another
    # article's headline and sapo, with its figures and places
    "tags",  # keyword boxes
    "comment",  # readers' comments and their forms
    "newsletter",
    "banner",  # advertising slots
    "advertisement",
)

# Lines that are a template's whatever the article.
LINES = (
    # text-to-speech voices and controls (Dân trí, Tuổi Trẻ, provincial papers)
    "giọng nam miền bắc",
    "giọng nữ miền bắc",
    "giọng nam miền nam",
    "giọng nữ miền nam",
    "giọng nam miền trung",
    "giọng nữ miền trung",
    "nam miền bắc",  # the voice button shows the chosen voice without "Giọng"
    "nữ miền bắc",
    "nam miền nam",
    "nữ miền nam",
    "giọng đọc",
    "nghe đọc bài",
    "nghe bài viết",
    "nghe đọc",
    "đọc bài",
    "tốc độ đọc",
    "tự động phát",
    # share and tool bars
    "chia sẻ",
    "chia sẻ:",
    "chia sẻ bài viết",
    "facebook",
    "zalo",
    "twitter",
    "copy link",
    "sao chép liên kết",
    "lưu",
    "lưu bài viết",
    "lưu tin",
    "in bài",
    "in bài viết",
    "gửi bài viết",
    "gửi góp ý",
    "bình luận",
    "quay lại",
    "về trang chủ",
    "trang chủ",
    "quảng cáo",
    # keyword boxes
    "từ khóa",
    "từ khóa:",
    "từ khoá",
    "từ khoá:",
    "tags",
    "tags:",
    "tag:",
    "chủ đề:",
)

PATTERNS = (
    r"\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}",  # a player's timer, "00:00/03:12"
    r"bình luận\s*\(\d+\)",  # "Bình luận (3)"
    r"theo dõi .{1,60} trên google news",  # "Theo dõi Báo Chính phủ trên Google News"
    r"(?:mời bạn )?tải ứng dụng .{1,60}",
    r"(?:©|\(c\)|bản quyền thuộc về|copyright).{0,200}",  # copyright lines
    r".{0,120}giấy phép (?:số )?\d+/GP-[\w-]+.{0,200}",  # licence lines: a number and a date, no fact
    r"ghi rõ nguồn .{1,120}",  # "Ghi rõ nguồn … khi phát hành lại thông tin"
    # a link to another article set in the body, marked by arrows: ">> Xã Yên Thành tiếp nhận 2.800 hồ sơ"; its
    # figures are that article's
    r"(?:>>|»|►|▶|→)\s*\S.{2,200}(?<![.…])",
    # a time stamp alone: "Thứ ba, 02/09/2025 - 07:30", "Thứ ba, 2/9/2025, 07:30 (GMT+7)", "02/09/2025 07:30 GMT+7";
    # read in the text, its date would be taken for the day the figures are of
    r"(?:(?:thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật),?\s*)?\d{1,2}/\d{1,2}/\d{4}"
    r"(?:\s*[-,|]?\s*\d{1,2}[:h]\d{2}(?:\s*\(?gmt\s*\+\s*7\)?)?)?",
    r"cập nhật(?: lúc)?:? .{0,40}\d{1,2}/\d{1,2}/\d{4}.{0,20}",  # "Cập nhật: 07:45 02/09/2025"
)

# Heads of a block of links to other articles: the short lines under such a head are headlines, not the
# article (the extractor skips them in text files too: monitor/extract/lang/vi/boilerplate.py). A head
# said before a headline on its own line ("Xem thêm: …") is one link.
BLOCK_HEADS = (
    "tin liên quan",
    "bài liên quan",
    "tin bài liên quan",
    "bài viết liên quan",
    "tin cùng chuyên mục",
    "tin khác",
    "các tin khác",
    "tin mới",
    "tin mới nhất",
    "tin đọc nhiều",
    "đọc nhiều",
    "có thể bạn quan tâm",
    "xem thêm",
    "đọc thêm",
    "đọc tiếp",
    "mời xem thêm",
    "mời đọc thêm",
    "từ khóa",
    "từ khoá",
    "tags",
)
INLINE_HEADS = ("xem thêm", "đọc thêm", "mời xem thêm", "mời đọc thêm", "tin liên quan", "bài liên quan")
