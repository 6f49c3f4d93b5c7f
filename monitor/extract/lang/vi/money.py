"""Money: allowances per person, budgets in total, and money of the economy that is neither.

Cues are in the view form (lower case, new tone placement). tests/extract/rules/test_money.py holds the table
of real phrases.
"""

ALLOWANCE_CUES = ("hỗ trợ", "phụ cấp", "trợ cấp", "chi trả", "mức chi")
# between a support word and its amount, words that are no purpose: "hỗ trợ một lần 10 triệu đồng",
# "mức hỗ trợ đi lại là 800.000 đồng" (purpose "đi lại")
# words around a purpose that are none of it; "chia thành", "gồm" introduce the parts of an amount told before
PURPOSE_FILLERS = (
    "một lần",
    "thêm",
    "mức",
    "với mức",
    "là",
    "bằng",
    "hằng tháng",
    "hàng tháng",
    "mỗi tháng",
    "chia thành",
    "gồm",
    "bao gồm",
    "trong đó",
    # the words restating a base-salary multiple in đồng: "…, tương đương 3,51 triệu đồng" (a review of 0.9.24)
    "tương đương",
    "tương đương với",
    "tương ứng",
    "tương ứng với",
    "tức",
    "tức là",
    "hiện",
    "hiện nay",
)
# a phrase that names who receives the money, not what it is for: "hỗ trợ 2 triệu đồng cho công chức …"
# a price before an amount per person or per trip is what something costs, no allowance: "giá vé hiện là 180.000
# đồng/lượt"
# what one person received, right before the amount (after "một <who>"): no budget, no rate
RECEIVING_BEFORE = ("nhận", "được nhận", "hưởng", "được hưởng", "lĩnh")
# people counted as receiving, in a budget's breakdown: "Trong đó, 5 người nhận trên 1 tỷ đồng" (their receipts, no
# part of it)
RECEIVING_PEOPLE = ("người", "cán bộ", "công chức", "viên chức", "trường hợp")
# ... or the one who received most or least, a number of them or not: "Trong đó, người nhận cao nhất hơn 1,8 tỷ đồng",
# "trường hợp được hưởng cao nhất gần 1,9 tỷ đồng" (a review of 0.9.24, helper-166)
RECEIVING_MOST = ("cao nhất", "nhiều nhất", "thấp nhất", "ít nhất")
# an amount per unit of area or length is a price or a rate of it, no money of the reform: "tương đương 76.000
# đồng/m2 với căn nhà 60m2"
PER_MEASURE_AFTER = ("m2", "m²", "m 2", "mét vuông", "ha", "héc ta", "hecta", "km", "m")
# (and the income of a place's people, per head: "Thu nhập bình quân 8 tháng đầu năm đạt 89,7 triệu đồng/người")
PRICE_BEFORE = (
    "giá",
    "giá vé",
    "giá cước",
    "cước",
    "lệ phí",
    "học phí",
    "phí dịch vụ",
    "giá thuê",
    "thu nhập bình quân",
    "thu nhập đầu người",
)
# the base salary's own amount, named right before it: "khoảng 10 tháng lương cơ sở (2,34 triệu đồng/tháng)", "mức
# lương cơ sở hiện nay là 2,34 triệu đồng" - no allowance of the reform, the unit others are told in
BASE_SALARY_NAMED = ("lương cơ sở", "mức lương cơ sở", "lương tối thiểu")
BASE_SALARY_LINKS = ("(", "là", "hiện là", "hiện nay là", "hiện hành là", "hiện hành", ":")
# a multiple of the base salary told again in đồng right after it is one figure, the amount in đồng: "phụ cấp bằng 6,0
# lần mức lương cơ sở, tương đương 14.040.000 đồng/tháng", "bằng 1,0 lần mức lương cơ sở, tức 2.530.000 đồng"
BASE_SALARY_IN_DONG_LINKS = (
    "tức",
    "tức là",
    "tương đương",
    "tương đương với",
    "tương ứng",
    "tương ứng với",
    "(",
    # "…, hiện tương đương 3,51 triệu đồng", "(tương đương 2.808.000 đồng/tháng)" (a review of 0.9.24, helper-166)
    "hiện tương đương",
    "hiện nay tương đương",
    "hiện tương ứng",
)
# ... when it is that multiple of a base salary in force (1,8 million đồng to mid-2024, 2,34 million since, 2,53 million
# named for 2026), and no group or span follows it: "tương ứng 351 triệu đồng/tháng" for 300 people, "(700.000
# đồng/tháng đối với người làm việc tại xã đảo)", "50 triệu đồng mỗi năm cho toàn xã" are other figures (a review of
# 0.9.15, helper-156)
BASE_SALARY_RANGE = (1_750_000, 2_600_000)
# ... after a bare comma (no "tức", "tương đương"), the amount must be the multiple of one of them to within rounding
# ("0,5 lần …/người/tháng, 1,2 triệu đồng/người/tháng chi phí đi lại" is another support; 0,5 × 2,34 = 1,17 million)
BASE_SALARIES = (1_800_000, 2_340_000, 2_530_000)
BASE_SALARY_ROUNDING = 0.015
BASE_SALARY_ROUGH_ROUNDING = 0.05  # after "khoảng", "hơn", "gần": "0,7 lần …, khoảng 1,6 triệu đồng" (1,638 million)
# (right after the amount; a group after a comma is whom both are for: "bằng 6 lần mức lương cơ sở, hơn 14 triệu
# đồng/tháng, cho thôn từ 350 hộ gia đình trở lên")
IN_DONG_NOT_AFTER = ("đối với", "cho toàn", "cho cả", "riêng", "mỗi năm", "một năm", "/năm", "với")
# ... though the time the rate is paid for is no group: "…, tương đương 3,51 triệu đồng/người/tháng với thời gian 12
# tháng" (a review of 0.9.24, helper-166)
IN_DONG_SPAN_AFTER = ("với thời gian", "với thời hạn", "trong thời gian", "trong thời hạn")
# ... and after a bare comma, no other support named by what it pays for right after it: "0,5 lần mức lương cơ
# sở/người/tháng, 1,2 triệu đồng tiền ăn" lists two supports; "…, 3,51 triệu đồng/người/tháng trong 36 tháng" restates
OTHER_SUPPORT_AFTER = ("tiền", "hỗ trợ", "phụ cấp", "trợ cấp", "cho", "để")
# the condition of a tier right after an amount: a support told once, then its amounts by case ("hỗ trợ tiền thuê
# chỗ ở hằng tháng: 1,5 triệu đồng nếu ở ký túc xá; 2 triệu đồng nếu ở nhà ở xã hội")
TIER_CONDITIONS = ("nếu", "khi", "trường hợp", "tùy", "tùy theo")
RECIPIENT_OPENERS = ("cho", "đối với", "mỗi", "các", "người", "cán bộ", "công chức", "viên chức")
# (an amount added to a budget or set aside: "bổ sung dự toán hơn 37 tỷ đồng", "khoảng 30 tỷ đồng dành mua xe … cho 20
# xã, phường"; only money reaches these)
BUDGET_CUES = (
    "kinh phí",
    "ngân sách",
    "tổng vốn",
    "vốn",
    "bố trí",
    "phân bổ",
    "chi",
    "bổ sung",
    "dự toán",
    "dành",
    # money granted by a verb of giving, not "cấp" alone (the level: "cấp xã"): "UBND tỉnh Hà Tĩnh đã cấp 33 tỷ đồng
    # cho các xã" (a black-box probe of 0.9.25, helper-171)
    "đã cấp",
    "cấp bổ sung",
    "cấp thêm",
)
# ... or allotted after the amount, told in the passive: "Gần 40 tỷ đồng đã được Lâm Đồng phân bổ cho các phường mới"
BUDGET_ALLOTTED_AFTER = ("phân bổ", "bố trí", "cấp", "dành")
# money per commune (or allotted in the passive) is a budget only where money of the reform is given, not revenue,
# debt, income, a fee or a fine ("bình quân mỗi xã … thu ngân sách khoảng 15 tỷ đồng", "Phí thẩm định hồ sơ là 500.000
# đồng/đơn vị"; a review of 0.9.25, helper-172)
PER_COMMUNE_GIVEN = ("hỗ trợ", "cấp", "được cấp", "đã cấp", "phân bổ", "bố trí", "dành", "kinh phí", "ngân sách", "chi")
NOT_GIVEN_MONEY = (
    "tương đương",
    "nợ",
    "phí",
    "lệ phí",
    "phạt",
    "thu nhập",
    "doanh thu",
    "tiết kiệm",
    "thu ngân sách",
    "mức thu",
    "thu",
)
# a sum told with the budget it comes from right after it: "bổ sung hơn 32,5 tỷ đồng từ nguồn ngân sách trung
# ương để hỗ trợ các xã", "trích 12 tỷ đồng từ ngân sách tỉnh"
BUDGET_SOURCE_AFTER = (
    "từ nguồn ngân sách",
    "từ ngân sách",
    "từ nguồn vốn",
    "từ nguồn kinh phí",
    "nguồn ngân sách",
)
# ... or money for a task it is taken from, billions and up (a person's pay may come "từ kinh phí tự chủ của xã"):
# "Bộ Công an được đề nghị nhận 13,5 tỷ đồng từ kinh phí chuyển giao của Bộ Thông tin và Truyền thông (cũ)", read as
# the reform's where the headline tells it
TASK_MONEY_SOURCE_AFTER = ("từ kinh phí",)
# an allowance told as a share of the pay the person now draws, right after the share, with a support word before it:
# "hỗ trợ 25% mức lương hiện hưởng", "70% mức phụ cấp hằng tháng hiện hưởng" (allowance, unit %); a share of pay with
# no "hiện hưởng" may be anything else (a blind set lost precision when any "lương" after a share was read so)
PAY_BASES = ("mức lương", "lương", "tiền lương", "mức phụ cấp", "phụ cấp")
PAY_DRAWN = ("hiện hưởng", "đang hưởng")
# an infographic's line opening on its amount tells what the amount is after a colon: "▪ Hơn 3.100 tỷ đồng: tổng số
# tiền tỉnh đã chi để hỗ trợ hơn 3.800 cán bộ …" - a budget's words there, or these
CAPTION_MONEY_WORDS = ("tổng số tiền", "số tiền", "tổng kinh phí", "chi trả", "đã chi")
# ... unless the caption tells money of the economy (NOT_BUDGET_CUES), owed or fined, or a rate per person or month
CAPTION_NOT_TOTAL = ("nợ", "nợ đọng", "phạt", "mỗi tháng", "hằng tháng", "hàng tháng", "mỗi người", "mỗi cán bộ")
# ... a total named in the caption's head keeps it a budget: "tổng kinh phí tỉnh bố trí để hỗ trợ hằng tháng cho …"
CAPTION_TOTAL_WORDS = ("tổng kinh phí", "tổng số tiền", "kinh phí")
# a fact sheet's line telling money for a task in total, "label: amount" ("Tổng kinh phí bổ sung: hơn 75,9 tỉ đồng"):
# the "label: amount" lines right under it are the budget's parts, by source ("Nguồn cải cách tiền lương cấp tỉnh: hơn
# 86,3 tỷ đồng") or by recipient ("Đơn vị nhận nhiều nhất: phường Bình Tiên, gần 17,4 tỉ đồng"). Only money for a task
# ("kinh phí"): a capital, an estimate or takings in total ("Tổng vốn: 320 tỷ đồng" of a bridge, "Dự toán thu nội địa",
# "Tổng số tiền thu được") head other sheets
SHEET_TOTAL_WORDS = ("kinh phí", "tổng kinh phí")
# ... but not a line of other money under it: taxes, deposits, profits, losses, compensation, sums recovered or taken,
# pay, one person's case, an average (a review of 0.9.14, helper-155); the salary reform's source ("Nguồn cải cách
# tiền lương cấp tỉnh: hơn 86,3 tỷ đồng") is the budget's own
NOT_SHEET_PART = (
    "thuế",
    "tiền gửi",
    "lợi nhuận",
    "lãi",
    "thiệt hại",
    "bồi thường",
    "thu hồi",
    "thu được",
    "quỹ lương",
    "lương tháng",
    "mức lương",
    "trường hợp",
    "bình quân",
    "một công chức",
    "một cán bộ",
    "giá",
)
# a paragraph of money owed, taken or given is no budget a next paragraph's "Trong đó, …" breaks down (a review of
# 0.9.21, helper-161): "còn nợ đọng … 250 tỷ đồng", "nguồn thu từ đấu giá trụ sở … 350 tỷ đồng", "ủng hộ 15 tỷ đồng"
NOT_BUDGET_PARAGRAPH = (
    "nợ",
    "nợ đọng",
    "nguồn thu",
    "thu từ",
    "thu về",
    "thu được",
    "đấu giá",
    "ủng hộ",
)
# a speaker's words after the colon, no label: "Chủ tịch UBND xã cho biết: năm nay xã thu được 3 tỷ đồng"
SPEECH_BEFORE_COLON = ("cho biết", "chia sẻ", "nói", "khẳng định", "nhấn mạnh", "cho hay", "thông tin", "phát biểu")
# money a policy needs, for a group of its beneficiaries or a part of its span, after its budget was told: "2.671
# người ở gần hơn, cần khoảng 8 tỷ đồng"; "trong đó riêng 6 tháng cuối năm 2025 cần khoảng 120 tỷ đồng"
NEED_CUES = ("cần", "cần có", "cần thêm")
# money of the economy, not of the reform: "thu ngân sách đạt 25.000 tỷ đồng", "giải ngân vốn đầu tư công"
NOT_BUDGET_CUES = (
    "thu ngân sách",
    "giải ngân",
    "vốn đầu tư công",
    "tổng mức đầu tư",
    "doanh thu",
    "kim ngạch",
    "xuất khẩu",
    "grdp",
    "fdi",
    "thu hút",
    "vốn đăng ký",
    "vốn đầu tư",
    # the size of a place's economy in a profile of it: "dân số gần 4,2 triệu người, quy mô nền kinh tế khoảng
    # 282.000 tỷ đồng"
    "quy mô nền kinh tế",
    "quy mô kinh tế",
    "tổng sản phẩm",
    # the national target programmes' money, however it reaches the communes: "Chương trình phát triển kinh tế – xã
    # hội vùng đồng bào dân tộc thiểu số và miền núi | 99,7 tỷ đồng, gồm 68,3 tỷ đồng giao cho các xã"
    "chương trình mục tiêu quốc gia",
    "vùng đồng bào dân tộc thiểu số",
    "đầu tư công",
    "đầu tư phát triển",  # "1.200 tỷ đồng dự toán chi đầu tư phát triển cho ngành giao thông"
)
# money for a task: a budget wherever it is said
TASK_MONEY_CUES = ("kinh phí", "tổng kinh phí")
# the budget an amount belongs to, named right after it: "800 triệu đồng kinh phí thuê xe", "381 tỷ đồng trong dự toán
# năm 2025 của Bộ Nội vụ được đề nghị chuyển …", "giảm 3.270 tỷ đồng dự toán của 9 bộ" (read in the reform's context)
ESTIMATE_NAMED_AFTER = ("dự toán", "trong dự toán")
BUDGET_NAMED_AFTER = (*TASK_MONEY_CUES, *ESTIMATE_NAMED_AFTER)
# a headline telling the reform, which makes an estimate's sum in its article the reform's: "Đề nghị điều chỉnh dự toán
# ngân sách trung ương năm 2025 sau sắp xếp bộ máy" (words of the reform alone, not of its people or places, which
# headlines on the economy name too: "kinh tế - xã hội")
REFORM_HEADLINE_WORDS = (
    "sắp xếp",
    "sáp nhập",
    "hợp nhất",
    "chính quyền hai cấp",
    "chính quyền địa phương hai cấp",
    "tinh gọn bộ máy",
    "sắp xếp bộ máy",
    "tinh giản",
)
# other budget words count in a sentence about the reform's people, places or work
BUDGET_CONTEXT = (
    "cán bộ",
    "công chức",
    "viên chức",
    "xã",
    "phường",
    "đặc khu",
    "chính quyền",
    "sắp xếp",
    "trụ sở",
    "hỗ trợ",
    "chính sách",
    "đề án",
    "bộ máy",
    "chuyển đổi số",
    "trang thiết bị",
    "dịch vụ công",
    "hành chính",
    "nghỉ việc",
    "tinh giản",
    # paying people's allowances and benefits: "Để chi trả chế độ này, ngân sách địa phương phải bố trí gần 60 tỷ
    # đồng/năm" after the allowance of hamlet team leaders
    "phụ cấp",
    "chi trả chế độ",
)
# right before an amount: the sum of the parts just told, rounded; it repeats the rate or total told before it
# ("mức hỗ trợ là 5,1 triệu đồng/người/tháng, trong đó đi lại hơn 2,3 triệu đồng, sinh hoạt hơn 2,7 triệu đồng (được
# làm tròn thành 5,1 triệu đồng)"), no new figure
ROUNDED_BEFORE = ("làm tròn thành", "làm tròn là", "làm tròn lên", "làm tròn", "quy tròn", "làm tròn số thành")
# words that make what stands between two amounts no step of a list (where the next amount's purpose stands): the
# second amount restates or sums the first ("khoảng 2,96 triệu đồng, được làm tròn thành 3 triệu đồng/người/tháng",
# "400.000 đồng, tức 4,8 triệu đồng/người/năm")
NOT_LIST_STEP = ("được", "tức", "tức là", "tương đương", "tổng", "tổng cộng", "bằng", "là", "làm tròn", "thay vì")
# a level named before an amount ("Mức hỗ trợ 3 triệu đồng/tháng được chi cùng kỳ lương", "hưởng mức 3 triệu đồng",
# "ở mức tối đa 4,5 triệu đồng"): a rate the text gave, named again; how many words may stand between
LEVEL_WORDS = ("mức",)
LEVEL_WITHIN_WORDS = 5
# ... unless its sentence opens on a group of its own: "Với cán bộ cấp tỉnh, cấp huyện (cũ) về công tác ở cấp xã, …,
# mức đề xuất là 400.000 đồng/người/tháng tiền đi lại" grants that group the rate, whatever another group was granted
GROUP_OPENERS = ("với", "đối với", "riêng với", "riêng đối với", "còn với", "còn đối với")
GROUP_NOUNS = ("cán bộ", "công chức", "viên chức", "người", "những người", "các trường hợp", "trường hợp", "nhóm")
# ... or on the officials themselves, told apart by a condition of their own before the level: "Cán bộ, công chức cấp
# xã có trụ sở làm việc mới cách trụ sở cũ từ 50km trở lên … được đề xuất hưởng mức 1 triệu đồng/người/tháng"
GROUP_CONDITIONS = ("có trụ sở", "cách trụ sở", "có nơi ở", "có nơi làm việc", "ở cách", "cách nơi", "có hộ khẩu")
# money for households, the poor, disaster relief or gifts, in the figure's clause: welfare a commune pays out, no
# allowance to officials nor budget of the reform ("hỗ trợ 2 triệu đồng/hộ sau bão", "chi trả 1,2 tỷ đồng tiền bảo trợ
# xã hội", "trao 120 suất quà, mỗi suất 500.000 đồng")
WELFARE_CUES = (
    "bảo trợ xã hội",
    "an sinh xã hội",
    "hộ nghèo",
    "hộ cận nghèo",
    "hộ gia đình",
    "mỗi hộ",
    "cứu trợ",
    "thiên tai",
    "sau bão",
    "người có công",
    # people with merit by name: "10.000.000 đồng/người dành cho các đồng chí tham gia hoạt động cách mạng trước Cách
    # mạng Tháng Tám năm 1945" (a Tết gift of the merit policy, no money of the reform)
    "hoạt động cách mạng",
    "lão thành cách mạng",
    "thương binh",
    "liệt sĩ",
    "suất quà",
    "mỗi suất",
    "học bổng",
    # people with merit and gifts to them, however their ministry is named (a review of 0.9.14: "Sở Lao động – Thương
    # binh và Xã hội đã chi 35 tỷ đồng kinh phí trợ cấp ưu đãi hằng tháng cho đối tượng chính sách")
    "đối tượng chính sách",
    "trợ cấp ưu đãi",
    "tặng quà",
)
# the welfare ministry's and departments' name holds a welfare word: "dự toán của Bộ Lao động – Thương binh và Xã hội
# (cũ) được đề nghị phân cho ba bộ" is no welfare money
WELFARE_WORD_NAMES = (
    "lao động - thương binh và xã hội",
    "lao động – thương binh và xã hội",
    "lao động-thương binh",
    "lao động, thương binh",
)
