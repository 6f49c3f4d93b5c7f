"""Page furniture that web copies and trafilatura leave in an article's text: links to other articles."""

from __future__ import annotations

# A line that heads a block of other articles' headlines ("Tin liên quan", "TIN LIÊN QUAN:"); said
# alone on its line, it starts a block, said before a headline ("Xem thêm: …") it is one link.
RELATED_HEADS = (
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
    "mời xem thêm",
    "mời đọc thêm",
)

# the heads that also open a single link inline, followed by its headline on the same line
INLINE_HEADS = ("xem thêm", "đọc thêm", "mời xem thêm", "mời đọc thêm", "tin liên quan", "bài liên quan")

# Outlets' own datelines: the name an outlet opens its sapo with, before a dash ("(Dân trí) -", "TPO -",
# "(PLO)-"). The name is the outlet's, never a place the article speaks of: "Báo Hải Phòng - UBND tỉnh
# đã …" is no figure of Hải Phòng. Matched in any case, in parentheses or not, at a paragraph's start.
OUTLET_DATELINES = (
    "Dân trí",  # dantri.com.vn
    "TPO",  # Tiền Phong Online
    "TTO",  # Tuổi Trẻ Online
    "VOV.VN",  # Đài Tiếng nói Việt Nam
    "VOV",
    "NDO",  # Nhân Dân điện tử
    "ANTĐ",  # An ninh Thủ đô
    "HNMO",  # Hà Nội Mới Online: "Hà Nội" is in the name
    "HNM",
    "PLO",  # Pháp Luật TP.HCM
    "NLĐO",  # Người Lao Động Online
    "SGGPO",  # Sài Gòn Giải Phóng Online
    "GDTĐ",  # Giáo dục và Thời đại
    "TTXVN",  # the news agency, in other outlets' copies too
    "VNA",
    "Vietnam+",
    "TG&VN",  # Thế giới và Việt Nam
    "ĐCSVN",  # Đảng Cộng sản Việt Nam
    "QĐND",  # Quân đội nhân dân
    "CAND",  # Công an nhân dân
    "CMO",  # Cà Mau Online (a provincial paper: DATELINE_PROVINCES)
)
# a name with one of these endings before the dash is an outlet's domain: "(Chinhphu.vn) -", "Baonghean.vn -",
# "(Baoquangninh.vn) -" (a province's paper names its province)
DATELINE_DOMAINS = ("vn", "com.vn", "net.vn", "org.vn", "gov.vn", "net", "com")
# words that open a paper's name: "Báo Hải Phòng -", "(Báo Quảng Ninh) -", "Báo điện tử Đảng Cộng sản -"; the
# capitalised words after them are the paper's name, not a place
PAPER_WORDS = ("Báo điện tử", "Báo", "Tạp chí", "Cổng TTĐT", "Cổng Thông tin điện tử", "Đài PT-TH", "Đài PTTH")

# A provincial outlet speaks of its own province: where an article names no province, the province its
# dateline or its host names is the one it speaks of ("(CMO) - Ngày 12-10, Sở Nội vụ cho biết tỉnh đã …" is
# Cà Mau's). Domains and paper names are read against the provinces ("Baonghean.vn", "Báo Quảng Ninh",
# "baocamau.vn"); the outlets that sign with an abbreviation are listed here (lower case).
DATELINE_PROVINCES = {
    "cmo": "Cà Mau",  # Cà Mau Online, Báo Cà Mau
    "hnmo": "Hà Nội",  # Hà Nội Mới Online
    "hnm": "Hà Nội",
}
# what a provincial paper's domain adds around the province's name: "baonghean.vn", "quangninh.gov.vn",
# "bao-hatinh.vn" (folded: no tone marks, no đ)
DOMAIN_AFFIXES = ("www.", "m.", "bao", "bao-", "tinh", "portal.", "vanban.")
