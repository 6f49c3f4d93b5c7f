"""Documents cited by number: their kinds, the bodies that issue them and the words around an issuer's name.

Kinds are in the view form (lower case); issuers keep their capitals and are matched case-sensitively.
tests/extract/rules/test_documents.py holds the table of real citations.
"""

# bodies that issue documents, as they open an issuer's name ("UBND tỉnh Phú Thọ ban hành Quyết định …");
# matched case-sensitively
ISSUER_HEADS = (
    "UBND",
    "Ủy ban nhân dân",
    "Uỷ ban nhân dân",
    "HĐND",
    "Hội đồng nhân dân",
    "Tỉnh ủy",
    "Thành ủy",
    "Ban Thường vụ",
    "Ban Chấp hành",
    "Bộ Chính trị",
    "Ban Bí thư",
    "Chính phủ",
    "Thủ tướng",
    "Quốc hội",
    "Ủy ban Thường vụ Quốc hội",
    "Văn phòng Chính phủ",
    "Bộ",
    "Sở",
    "Chủ tịch UBND",
)
# nouns after a bare number that make it a count of them, the word before it a verb ("HĐND sẽ thảo luận, quyết định
# 41 báo cáo, kế hoạch, tờ trình …"), no document's number
COUNTED_AFTER_NUMBER = (
    "báo cáo",
    "tờ trình",
    "dự thảo",
    "nội dung",
    "vấn đề",
    "nhiệm vụ",
    "văn bản",
    "nghị quyết",
    "kế hoạch",
    "quyết định",
    "đề án",
    "dự án",
    "chương trình",
)
# verbs between an issuer and its document
ISSUING_VERBS = ("ban hành", "ký ban hành", "ký", "phê duyệt", "ra", "thông qua", "công bố")
# words after an issuer named with "của"/"do" that end its name: "Nghị quyết 66/NQ-CP của Chính phủ yêu cầu …"
ISSUER_ENDS = (
    "về",
    "nhằm",
    "với",
    "trong",
    "để",
    "quy định",
    "ban hành",
    "yêu cầu",
    "hướng dẫn",
    "giao",
    "chỉ đạo",
    "đề nghị",
    "nêu rõ",
    "nêu",
    "xác định",
    "phê duyệt",
    "thông qua",
    "đã",
    "được",
    "có",
    "là",
    "đặt",
)

# ... and the reform's acts the document does, when the act's figure follows within a few words: "Quyết định số
# 2210/QĐ-UBND … của UBND tỉnh Lào Cai điều động 64 công chức về các xã" (a black-box probe of 0.9.24, helper-167: the
# issuer ran on into the figure, which the document's span then hid). With no figure after them they are a body's
# name: "Ban Chỉ đạo triển khai thực hiện …", "Tổ công tác hỗ trợ vận hành …" (a review of 0.9.25, helper-168)
ISSUER_ACT_VERBS = (
    "điều động",
    "biệt phái",
    "luân chuyển",
    "tăng cường",
    "cử",
    "bố trí",
    "bổ sung",
    "phân công",
    "hỗ trợ",
    "chi",
    "phân bổ",
    "dành",
    "tập huấn",
    "bồi dưỡng",
    "đào tạo",
    "áp dụng",
    "điều chỉnh",
    "nâng",
    "cho phép",
    "chấp thuận",
    "đồng ý",
)
ISSUER_ACT_FIGURE_WITHIN = 40  # characters from the verb to the act's figure

# kinds of document cited with a number: "Kế hoạch 196", "Kết luận số 586-KL/TU"
DOCUMENT_TYPES = {
    "kế hoạch": "kế hoạch",
    "quyết định": "quyết định",
    "nghị quyết": "nghị quyết",
    "nghị định": "nghị định",
    "kết luận": "kết luận",
    "thông báo": "thông báo",
    "đề án": "đề án",
    "chỉ thị": "chỉ thị",
    "công văn": "công văn",
    "thông tư": "thông tư",
    "hướng dẫn": "hướng dẫn",
    "công điện": "công điện",
    "tờ trình": "tờ trình",
    "văn bản": "văn bản",
    # "Luật số 56/2024/QH15", "Luật Tổ chức chính quyền địa phương số 72/2025/QH15" (the law's name before "số")
    "luật": "luật",
    "thông tư liên tịch": "thông tư liên tịch",
    # the Party's and the people's committees' other numbered texts: "Chương trình hành động số 16-CTr/TU", "Quy định
    # số 39-QĐ/TU", "Báo cáo số 41/BC-UBND", "Quy chế số 05-QC/TU" (cited only with "số" or a symbol: below)
    "chương trình hành động": "chương trình hành động",
    "chương trình": "chương trình",
    "quy định": "quy định",
    "quy chế": "quy chế",
    "báo cáo": "báo cáo",
}
# kinds whose word is also a verb or a common noun ("quy định 20 ngày làm việc", "báo cáo 5 nội dung", "chương trình
# 2 năm"): a document only with "số" or a symbol after its number
CITED_WITH_SYMBOL = ("chương trình hành động", "chương trình", "quy định", "quy chế", "báo cáo")
