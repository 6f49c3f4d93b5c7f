"""Where officials move from and to (staff_transfer's from_level and to_level), beyond staff.py's TO_LEVEL_MARKERS.

Cues are in the view form (lower case, new tone placement). A movement between communes and one from the
province to the communes are different quantities (series.md, rule 2): a figure read without its origin
would join another population's series, so an origin the figure's words give is always read.
"""

# officials moved from one commune to another: "điều chuyển 97 công chức giữa các xã", "luân chuyển giữa các
# phường, xã", "từ những xã dôi dư sang những xã còn thiếu", "điều động liên xã"
BETWEEN_COMMUNES = (
    "giữa các xã",
    "giữa các phường",
    "giữa các xã, phường",
    "giữa các phường, xã",
    "giữa các xã, phường, đặc khu",
    "giữa các địa phương cấp xã",
    "giữa các đơn vị hành chính cấp xã",
    "giữa xã này với xã khác",
    "từ xã này sang xã khác",
    "từ phường này sang phường khác",
    "từ xã này sang xã",
    "từ những xã",
    "từ các xã dôi dư",
    "từ xã dôi dư",
    # communes with a surplus give to those short: "từ các xã, phường dôi dư sang các xã còn thiếu"
    "từ các phường dôi dư",
    "từ phường dôi dư",
    "từ các xã, phường dôi dư",
    "từ các phường, xã dôi dư",
    "từ các xã, phường, đặc khu dôi dư",
    "từ những xã, phường dôi dư",
    "từ các xã, phường thừa",
    "từ các xã thừa",
    "liên xã",
    "trong nội bộ cấp xã",
    "trong phạm vi cấp xã",
)

# officials whose origin is the province, in the figure's words after it: "186 cán bộ, công chức từ các sở,
# ban, ngành", "60 cán bộ, công chức cấp tỉnh về 11 xã"
FROM_PROVINCE = (
    "cấp tỉnh",
    "cấp thành phố",
    "từ tỉnh",
    "từ thành phố",
    "các sở, ngành",
    "sở, ngành",
    "các sở, ban, ngành",
    "sở, ban, ngành",
    "của sở",
    "từ sở",
    "từ các sở",
    "từ các cơ quan cấp tỉnh",
)

# the same before the figure in its clause: "tổng số cán bộ, công chức cấp tỉnh được điều động … là 246 người".
# Only level words: a department named before the figure is most often the report's source ("Theo thống kê
# từ Sở Nội vụ, …", "báo cáo của Sở")
FROM_PROVINCE_BEFORE = ("cấp tỉnh", "cấp thành phố", "từ các sở, ban, ngành", "từ các sở, ngành")

# words right before a level word that make it the destination, not the origin: "điều động 20 công chức cấp
# xã lên cấp tỉnh", "biệt phái về cấp tỉnh"
TO_BEFORE = ("lên", "về", "cho", "đến", "tới", "xuống", "tại", "sang")
