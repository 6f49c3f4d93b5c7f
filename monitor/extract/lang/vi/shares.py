"""Percentages: a share named as a rate, rates no metric counts, a plan's fulfilment, a cut in processing time.

Cues are in the view form (lower case, new tone placement). tests/extract/rules/test_shares.py holds the table
of real phrases.
"""

# a share named as a rate: "tỷ lệ giải quyết đúng hạn đạt 99,5%"
RATE_WORDS = ("tỷ lệ", "tỉ lệ")
# what a share of dossiers may be named by instead of "hồ sơ": their results ("phải bảo đảm 100% kết quả giải
# quyết thủ tục hành chính được trả đúng hạn")
DOSSIER_SHARE_NOUNS = ("kết quả giải quyết", "kết quả xử lý")
# rates of other steps of a service, which no metric counts: "tỷ lệ thanh toán trực tuyến đạt 45%", "tỷ lệ
# số hóa hồ sơ đạt 95%", "tỷ lệ hài lòng đạt 96,5%"
OTHER_RATE_OBJECTS = (
    "thanh toán",
    "số hóa",
    "hài lòng",
    "ký số",
    "chữ ký số",
    "tái sử dụng",
    "khai thác",
    "tra cứu",  # "45.000 lượt hồ sơ được tra cứu trực tuyến": lookups (a review of 0.9.25, helper-168)
    "xác thực",
    "định danh",
    "cấp bản sao điện tử",
    "chứng thực bản sao điện tử",
    # business conditions cut with the procedures: "… điều kiện kinh doanh được bỏ (32%)"
    "điều kiện kinh doanh",
    # records synchronised to the national portal, and offices' own papers: "số hồ sơ đã đồng bộ lên Cổng Dịch vụ công
    # quốc gia là 165.631 hồ sơ", "Cơ quan hành chính dùng hệ thống quản lý văn bản điện tử | 100%"
    "đồng bộ",
    "văn bản điện tử",
    "quản lý văn bản",
    # results issued as electronic copies: "Kết quả trả bằng bản điện tử | 84,46%"
    "bản điện tử",
    "kết quả điện tử",
)

# words right after a share that make it the fulfilment of a plan, not a share of dossiers or procedures:
# "tiếp nhận 1.200 hồ sơ, đạt 100% kế hoạch", "giải ngân đạt 60% dự toán"
PLAN_SHARE_AFTER = ("kế hoạch", "chỉ tiêu", "dự toán", "mục tiêu", "nhiệm vụ", "so với kế hoạch", "so với chỉ tiêu")
PROCESSING_TIME_CUES = ("cắt giảm", "rút ngắn", "giảm")
# what is cut: the time, or its days told as they were and are ("giảm từ 26 ngày làm việc xuống còn 13 ngày làm
# việc, tức giảm 50%")
PROCESSING_TIME_OBJECT = ("thời gian", "ngày làm việc")
# a cut naming its own object right after the figure, another than the time: "cắt giảm ít nhất 50% thời gian giải
# quyết, ít nhất 30% chi phí tuân thủ và ít nhất 30% điều kiện kinh doanh": the 30% are of costs and conditions
OTHER_CUT_OBJECTS = ("chi phí", "điều kiện kinh doanh", "giấy tờ", "thành phần hồ sơ", "văn bản")

# what the figure before a share counts, when it is none of the metrics: the share is of it too ("bỏ 2.028/7.806
# điều kiện kinh doanh, tức 26%")
OTHER_COUNTED_OBJECTS = ("điều kiện kinh doanh",)
# a share followed by the whole it is taken of: "đã giải quyết 95.318 hồ sơ, đạt 97,2% số hồ sơ tiếp nhận" is
# the share of the figure before (resolved), not a count of received dossiers
WHOLE_AFTER_SHARE = ("số hồ sơ", "tổng số hồ sơ", "số thủ tục", "tổng số thủ tục", "tổng số")

# words naming back the measure of the share told before: "… cung cấp trực tuyến 100% thủ tục liên quan doanh
# nghiệp. Cả nước có 25/34 tỉnh đạt trên 90% ở chỉ tiêu này, trong đó An Giang, Bắc Ninh … đã đạt 100%"
MEASURE_NAMED_BACK = ("chỉ tiêu này", "tiêu chí này", "tỷ lệ này", "tỉ lệ này", "chỉ số này", "nội dung này")

# a list's lead line that ranks places or units after the one told before it: its items are shares of that leader's
# metric ("… Hà Nam xử lý trực tuyến toàn trình 68,54% …" then "Các địa phương xếp sau:" over "- Đà Nẵng: 58,89%")
RANKING_LEADS = (
    "xếp sau",
    "xếp tiếp theo",
    "xếp kế tiếp",
    "đứng sau",
    "theo sau",
    "tiếp theo là",
    "tiếp theo lần lượt là",
    "bám sát",
)

# a place ranked by the count told before, its figure after the ranking word and "với": "TP.HCM vẫn là địa phương có
# nhiều hồ sơ nhất với 645.566 hồ sơ; Điện Biên ít nhất với 14.922 hồ sơ" (dossiers received, as the count before)
# the ranking words: a superlative ("nhiều … nhất", a few words between: "nhiều hồ sơ nhất") or a place in a ranking;
# "ít nhất là 300 hồ sơ" (at least) and "duy nhất" rank nothing, so "là" links no ranked count
RANKED_COUNT_SUPERLATIVES = ("nhiều", "ít", "cao", "thấp")
RANKED_COUNT_PLACES = ("dẫn đầu", "đứng đầu", "cuối bảng")
RANKED_COUNT_LINKS = ("với", "đạt")
