"""The scope a figure is told for, narrower than its province: a kind of commune area, a vague subset of
communes, a group picked by a threshold. A figure of "11 xã biên giới" or of "nhiều xã" is not the province's,
and two such figures are not one quantity unless their scope is the same (series.md, rules 1 and 2).

Cues are in the view form (lower case, new tone placement).
"""

# nouns of places a province is made of, right before an area word: "11 xã biên giới", "các phường đông dân",
# "khu vực miền núi", "các xã, phường vùng cao"
AREA_NOUNS = ("xã", "phường", "xã, phường", "phường, xã", "đặc khu", "địa phương", "địa bàn", "khu vực", "vùng")

# area class -> area words after such a noun (optionally after "vùng"); the first class of the table whose word
# stands first after the noun wins ("19 xã miền núi, biên giới" is highland)
AREAS: dict[str, tuple[str, ...]] = {
    "border": ("biên giới", "vùng biên giới", "giáp biên", "giáp biên giới"),
    "island": ("hải đảo", "đảo", "ven biển", "vùng biển", "bãi ngang"),
    "highland": ("miền núi", "vùng cao", "núi cao", "vùng sâu", "vùng xa", "vùng đồng bào dân tộc thiểu số"),
    "hardship": ("đặc biệt khó khăn", "khó khăn", "vùng khó khăn"),
    "central": ("trung tâm", "đông dân", "nội thành", "nội đô", "đô thị"),
    "rural": ("nông thôn", "ngoại thành", "thuần nông"),
}

# words after which an area is where the figure is mostly found, not its bound: "97 công chức … điều chuyển giữa
# các xã, chủ yếu ở các xã miền núi"; the search for an area stops at them
EMPHASIS = (
    "chủ yếu",
    "nhất là",
    "tập trung",
    "ưu tiên",
    "đặc biệt là",
    "kể cả",
    "như",
    "trong đó",
    "trong số đó",
    "nhiều nhất",
    "cao nhất",
    "thấp nhất",
)

# a vague subset of the province's communes as the figure's subject: "nhiều xã khu vực phía tây còn dưới 50%",
# "một số phường đạt trên 90%". Its figure is never compared with another article's
VAGUE_SUBSETS = (
    "nhiều xã",
    "nhiều phường",
    "nhiều xã, phường",
    "nhiều địa phương",
    "nhiều đơn vị",
    "nhiều nơi",
    "một số xã",
    "một số phường",
    "một số xã, phường",
    "một số địa phương",
    "một số đơn vị",
    "một số nơi",
    "một vài xã",
    "vài xã",
    "có xã",
    "có nơi",
    "có phường",
    "xã cao nhất",
    "xã thấp nhất",
    "nơi cao nhất",
    "nơi thấp nhất",
)

# a group picked by a property, before a bound (dưới, trên, từ … trở lên): "những xã có tỷ lệ trực tuyến dưới
# 50% phải báo cáo", "xã nào đạt dưới 60%", "các phường có tỷ lệ trên 90%": the figure is a threshold, no
# quantity of the reform. The group's noun follows one of the heads; "các xã" needs "có" after it ("các xã
# đạt trên 90%" reports a result)
CRITERION_NOUNS = ("xã", "phường", "xã, phường", "địa phương", "đơn vị", "nơi", "tỉnh", "cơ quan")
CRITERION_OPEN = ("những",)  # "những xã …", whatever verb follows
CRITERION_HAS = ("các",)  # "các xã có …"
CRITERION_WHICH = ("nào",)  # "xã nào …"
# a share bounded after a count of places, which says how many of them pass it: "25/34 tỉnh, thành phố đã đưa trên
# 90% TTHC lên Cổng", "15 xã có tỷ lệ trực tuyến dưới 50%", "có 12 phường đạt trên 95%" - a threshold, no share of
# any place's (the places that reach it are told apart, "trong đó An Giang … đạt 100%")
COUNTED_GROUP_NOUNS = (
    *CRITERION_NOUNS,
    "tỉnh, thành phố",
    "tỉnh/thành phố",
    "tỉnh, thành",
    "bộ, ngành",
    "bộ, cơ quan",
    "sở, ngành",
    "bộ",
    "sở",
    "huyện",
    "trung tâm",
)
