"""Documents of the central state have no province (facts.md, Places: a figure for the whole country has none):
decrees and circulars are central by kind; other documents by the issuer their symbol or their words name
("Nghị quyết số 66.7/2025/NQ-CP", "Kế hoạch số 02-KH/TW", "Quyết định 878/QĐ-BNV", "Công điện 144/CĐ-TTg").
tests/extract/rules/test_documents.py holds the table of real citations."""

# kinds only the central state issues
CENTRAL_KINDS = ("nghị định", "thông tư")

# the last part of a symbol that names a central issuer: the Government, the Prime Minister, the National
# Assembly and its Standing Committee, the Party's central bodies, ministries and the steering committees
CENTRAL_SYMBOLS = (
    "CP",
    "TTg",
    "VPCP",
    "QH",
    "UBTVQH",
    "TW",
    "BCT",  # Bộ Chính trị (a ministry of industry writes BCT too: central either way)
    "BBT",
    "BCĐ",
    "BNV",
    "BTC",
    "BCA",
    "BQP",
    "BTP",
    "BKHĐT",
    "BNNMT",
    "BTNMT",
    "BGDĐT",
    "BYT",
    "BXD",
    "BTTTT",
    "BKHCN",
)

# words naming a central issuer (view form, lower case): "Nghị quyết 76 của Ủy ban Thường vụ Quốc hội"
CENTRAL_ISSUERS = (
    "chính phủ",
    "thủ tướng",
    "quốc hội",
    "ủy ban thường vụ quốc hội",
    "bộ chính trị",
    "ban chấp hành trung ương",
    "ban bí thư",
    "trung ương",
    "bộ nội vụ",
    "bộ tài chính",
    "bộ công an",
    "bộ tư pháp",
    "ban chỉ đạo trung ương",
)
