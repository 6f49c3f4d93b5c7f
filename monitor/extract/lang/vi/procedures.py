"""Administrative procedures: the kind of a procedures figure, its level, and procedures left unchanged.

Cues are in the view form (lower case, new tone placement). PROCEDURE_KINDS is ordered, most specific first: when
several of its cues sit near a figure, the first listed wins. tests/extract/rules/test_procedures.py holds the
table of real phrases.
"""

from monitor.extract.lang.vi.abbreviations import with_abbreviations

# kind of a procedures figure, most specific first
PROCEDURE_KINDS = {
    "location_free": ("phi địa giới", "không phụ thuộc địa giới", "không phụ thuộc vào địa giới"),
    "online_full": ("toàn trình",),
    "online_partial": ("một phần",),
    "simplified": ("đơn giản hóa", "cắt giảm, đơn giản hóa", "bãi bỏ"),
    "redesigned": ("thiết kế lại", "tái cấu trúc", "quy trình lại"),
    "public": ("công khai",),
    "online": with_abbreviations(("trực tuyến", "dịch vụ công trực tuyến", "điện tử")),  # and "DVCTT"
    "published": ("công bố", "ban hành"),
    "handled": ("giải quyết", "xử lý", "thực hiện", "tiếp nhận"),
}

# procedures left as they were are no count of the reform's work: "188 thủ tục giữ nguyên"
UNCHANGED_AFTER = ("giữ nguyên", "không thay đổi", "vẫn giữ")

# level words -> level
LEVEL_CUES = {
    "cấp tỉnh": "province",
    "cấp thành phố": "province",
    "sở, ngành": "province",
    "cấp xã": "commune",
    "xã, phường": "commune",
    "phường, xã": "commune",
    "cơ sở": "commune",
    "trung ương": "central",
    "bộ, ngành": "central",
}
