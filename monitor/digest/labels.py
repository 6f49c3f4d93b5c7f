"""How the digest names things in Vietnamese: metrics, kinds, statuses, units, and numbers.

Display words only; what the extractor reads lives in monitor/extract/lang/vi.
"""

from __future__ import annotations

import datetime as dt

from monitor.text import vietnamese_number as number

METRIC_LABELS = {
    "staff_transfer": "Cán bộ, công chức điều động, biệt phái",
    "staff_training": "Lượt cán bộ được tập huấn, bồi dưỡng",
    "staff_shortage": "Cán bộ, công chức còn thiếu",
    "specialties": "Lĩnh vực chuyên môn",
    "dossiers_received": "Hồ sơ tiếp nhận",
    "dossiers_resolved": "Hồ sơ đã giải quyết",
    "dossiers_online": "Hồ sơ trực tuyến",
    "dossiers_on_time": "Hồ sơ đúng hạn, trước hạn",
    "procedures": "Thủ tục hành chính",
    "processing_time_cut": "Cắt giảm thời gian giải quyết",
    "allowance": "Mức hỗ trợ",
    "budget": "Kinh phí",
    "deadline": "Hạn chót",
    "document": "Văn bản",
}

KIND_LABELS = {
    "published": "công bố",
    "online": "trực tuyến",
    "online_full": "trực tuyến toàn trình",
    "online_partial": "trực tuyến một phần",
    "location_free": "không phụ thuộc địa giới hành chính",
    "simplified": "cắt giảm, đơn giản hóa",
    "redesigned": "tái cấu trúc quy trình",
    "handled": "đã xử lý",
    "public": "công khai",
    "additional": "đợt bổ sung",
}

LEVEL_LABELS = {"province": "cấp tỉnh", "commune": "cấp xã", "central": "trung ương"}

# the groups a series counts (Fact.population, monitor/extract/lang/vi/populations.py); a part's name
POPULATION_LABELS = {
    "commune-requests": "cấp xã đề nghị",
    "identified": "đã xác định nơi đi, nơi đến",
    "unidentified": "chưa xác định nguồn",
    "leaders": "lãnh đạo, quản lý",
    "frequent": "thủ tục tần suất cao",
    "business": "liên quan sản xuất, kinh doanh",
    "contract-workers": "người lao động hợp đồng",
    "vs-positions": "so với vị trí việc làm",
    "vs-frame": "so với biên chế được giao",
    "vs-norm": "so với định mức",
    "vs-need": "so với nhu cầu",
    "qualified": "có chuyên môn phù hợp",
    # classes of staff (a shortage's series), alone or before a group: "cbcc-vs-frame"
    "cong-chuc": "công chức",
    "cbccvc": "cán bộ, công chức, viên chức",
    "cbcc": "cán bộ, công chức",
    "ccvc": "công chức, viên chức",
    "vien-chuc": "viên chức",
    "can-bo": "cán bộ",
    # blocks of a commune's apparatus
    "gov-block": "khối chính quyền",
    "party-block": "khối Đảng",
    "front-block": "khối Mặt trận, đoàn thể",
}


def population_name(population: str) -> str:
    """A series' population in words; a class of staff and a group joined by the extractor ("cbcc-vs-frame")
    read as both ("cán bộ, công chức — so với biên chế được giao"); a name not known here is shown as it is."""
    if population in POPULATION_LABELS:
        return POPULATION_LABELS[population]
    for cut in range(len(population)):
        head, tail = population[:cut], population[cut + 1 :]
        if population[cut] == "-" and head in POPULATION_LABELS and tail in POPULATION_LABELS:
            return f"{POPULATION_LABELS[head]} — {POPULATION_LABELS[tail]}"
    return population


STATUS_LABELS = {
    "done": "đã thực hiện",
    "planned": "kế hoạch",
    "target": "mục tiêu",
    "proposed": "đề xuất",
}

ROLE_LABELS = {"need": "cần bổ sung", "assigned": "đã bố trí"}

APPROX_WORDS = {
    "more_than": "hơn",
    "nearly": "gần",
    "about": "khoảng",
    "at_least": "ít nhất",
    "less_than": "dưới",
    "at_most": "tối đa",
}

UNIT_WORDS = {
    "person": "người",
    "person_time": "lượt",
    "dossier": "hồ sơ",
    "procedure": "thủ tục",
}

PER_WORDS = {"person": "người", "month": "tháng", "year": "năm", "day": "ngày"}

NATIONAL = "Cả nước"  # figures no province was named for


def money(value: float) -> str:
    """4 triệu, 1,2 tỷ, 850.000: the scale word a reader would use."""
    for scale, word in ((1e12, "nghìn tỷ"), (1e9, "tỷ"), (1e6, "triệu")):
        if abs(value) >= scale:
            return f"{number(round(value / scale, 2))} {word}"
    return number(value)


def amount(value: float, unit: str | None, value_max: float | None = None, approx: str | None = None) -> str:
    """A figure as a sentence would give it: "hơn 4.300 hồ sơ", "58,5%", "3–4 triệu đồng/người/tháng"."""
    unit = unit or ""
    show = money if unit.startswith("VND") else number
    figure = show(value) + (f"–{show(value_max)}" if value_max is not None else "")
    prefix = f"{APPROX_WORDS[approx]} " if approx in APPROX_WORDS else ""
    if unit == "%":
        return f"{prefix}{figure}%"
    if unit.startswith("VND"):
        pers = "".join(f"/{PER_WORDS.get(part, part)}" for part in unit.split("/")[1:])
        return f"{prefix}{figure} đồng{pers}"
    base, *per = unit.split("/")  # "dossier/day": a count per day, "40–50 hồ sơ/ngày"
    word = UNIT_WORDS.get(base, base) + "".join(f"/{PER_WORDS.get(part, part)}" for part in per)
    return f"{prefix}{figure} {word}".rstrip()


def change(delta: float, unit: str | None) -> str:
    """ "tăng 120 người", "giảm 2,5 điểm %", "không đổi"."""
    if abs(delta) < 1e-9:
        return "không đổi"
    verb = "tăng" if delta > 0 else "giảm"
    size = abs(delta)
    if unit == "%":
        return f"{verb} {number(size)} điểm %"
    return f"{verb} {amount(size, unit)}"


def day(value: dt.date | None) -> str:
    """ "20/8/2025"; "không rõ ngày" when the text gave none."""
    return f"{value.day}/{value.month}/{value.year}" if value else "không rõ ngày"


def metric_name(metric: str, kind: str | None = None, level: str | None = None) -> str:
    """ "Thủ tục hành chính trực tuyến toàn trình (cấp xã)"."""
    name = METRIC_LABELS.get(metric, metric)
    if kind in KIND_LABELS:
        name += f" {KIND_LABELS[kind]}" if kind != "additional" else f" ({KIND_LABELS[kind]})"
    if level in LEVEL_LABELS:
        name += f" ({LEVEL_LABELS[level]})"
    return name
