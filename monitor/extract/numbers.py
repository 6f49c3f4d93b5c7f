"""Quantities: a number (digits or words) with its approximation, range, total, scale and unit.

Vietnamese writes 4.300 = 4300 and 58,5 = 58.5. A number is a quantity only when a unit follows it
(a count noun, %, or money); that alone rules out most dates, years, ids and addresses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from monitor.extract.lang.vi.numbers import (
    APPROX_CUES,
    DIGIT_WORDS,
    HALF_WORD,
    HUNDRED_WORD,
    MULTIPLIER_WORDS,
    ROUGH_BEFORE_NUMBER,
    SCALE_WORDS,
    SHARE_BASE_WORDS,
    TEN_WORDS,
    TENS_JOINER,
    TOTAL_WORDS,
    VAGUE_BEFORE,
    ZERO_TENS,
)
from monitor.extract.lang.vi.units import (
    BASE_SALARY_AFTER,
    CLASSIFIED_FROM,
    COUNT_NOUNS,
    CURRENCY_WORDS,
    DAILY_RATES,
    FIGURE_LINE_LABELS,
    LINE_FIGURE_FROM,
    NOT_STAFF_AFTER,
    NOUN_CLASSIFIERS,
    PER_COMMUNE,
    PER_COMMUNE_BEFORE,
    PER_MONTH,
    PER_PERSON,
    PER_PERSON_AFTER,
    PER_PERSON_AFTER_OPENERS,
    PER_PERSON_BEFORE,
    PER_TRIP,
    PER_YEAR,
    PERCENT_WORDS,
    POPULATION_BEFORE,
    POPULATION_FILLERS,
    RATE_AFTER,
    RECEIVED_SMALL_UNDER,
    RECEIVING_SMALL_VERBS,
    RECEIVING_VERBS,
    RECIPIENTS,
)
from monitor.extract.patterns import BULLET_MARK, ITEM_NUMBER_MARK, alternation, line_start, optional_words, squeeze

_DIGITS = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
# sloppy text groups thousands with a space ("1 200 hồ sơ"), never after a word a day, month or year follows
_SPACED = r"(?<!ngày )(?<!tháng )(?<!năm )(?<!quý )(?<!số )\d{1,3}(?: \d{3})+(?!\d|[.,]\d)"
# ... and a decimal with the English dot before a scale word ("1.2 triệu"); "1.200 triệu" stays thousands
_DOT_DECIMAL = rf"\d{{1,3}}\.\d{{1,2}}(?=\s*(?:{alternation(SCALE_WORDS)})(?!\w)|\s*%)"
# ... and thousands with the English comma ("1,200 hồ sơ"): before a count noun, which counts whole things
_COMMA_THOUSANDS = re.compile(r"\d{1,3},\d{3}")
_NUMBER_WORD = alternation([*DIGIT_WORDS, *TEN_WORDS, TENS_JOINER, HUNDRED_WORD, *ZERO_TENS])
_WORDS = rf"(?:{_NUMBER_WORD})(?:\s+(?:{_NUMBER_WORD}|{alternation(SCALE_WORDS)}|{HALF_WORD}))*"
_QUANTITY = re.compile(
    rf"(?:(?P<approx>{alternation(APPROX_CUES)})\s+)?(?:(?P<from>từ)\s+)?"
    # (the short "đ" may stick to the number: "3.500.000đ/người/tháng")
    rf"(?<![\w.,/])(?:(?P<num>{_SPACED}|{_DOT_DECIMAL}|{_DIGITS})|(?P<words>{_WORDS}))(?!(?!đ(?!\w))\w|[.,]\d)"
    # a range of shares names its unit at both ends: "từ 30% đến 60%"
    rf"(?:\s*(?P<pct_min>{alternation(PERCENT_WORDS)})(?=\s*(?:-|đến|tới)\s*(?:{_DIGITS})\s*(?:{alternation(PERCENT_WORDS)})))?"
    # ... and a range of money may name its currency (and scale) at both ends: "từ 500.000 đồng đến 2 triệu đồng"
    rf"(?:(?:\s*(?P<scale_min>{alternation(SCALE_WORDS)}))?\s*(?P<money_min>{alternation(CURRENCY_WORDS)})"
    rf"(?=\s*(?:-|đến|tới)\s*(?:{_DIGITS})))?"
    # ... or its scale at both ends and its currency at the end: "từ 4,8 triệu đến 10,4 triệu đồng/người/tháng"
    rf"(?:\s*(?P<scale_first>{alternation(SCALE_WORDS)})(?=\s*(?:-|đến|tới)\s*(?:{_DIGITS})\s*"
    rf"(?:{alternation(SCALE_WORDS)})\s*(?:{alternation(CURRENCY_WORDS)})))?"
    rf"(?:\s*(?:-|đến|tới)\s*(?P<num_max>{_DIGITS})(?![\w]|[.,/]\d))?"
    rf"(?:(?:\s*/\s*|\s+(?:{alternation(TOTAL_WORDS)})\s+)(?P<total>{_DIGITS})(?![\w]|[.,]\d))?"
    rf"(?:\s*(?P<scale>{alternation(SCALE_WORDS)})(?!\w)(?:\s+(?P<scale2>{alternation(SCALE_WORDS)})(?!\w))?"
    rf"(?:\s+(?P<half>{HALF_WORD}))?"
    # "3 tỷ 500 triệu đồng", "2 triệu 500 nghìn": a smaller scale's count after the first; "12 nghìn 500": units
    rf"(?:\s+(?P<rest>\d{{1,3}})\s*(?P<rest_scale>{alternation(SCALE_WORDS)})(?!\w)|\s+(?P<rest_units>\d{{3}})(?![\w.,]))?)?"
    rf"(?:\s*(?P<pct>{alternation(PERCENT_WORDS)}))?"
    rf"(?:\s*(?P<money>{alternation(CURRENCY_WORDS)})(?!\w))?"
)
# a classifier before a noun that takes one: "15.300 lượt hồ sơ" (lang/vi/units.py NOUN_CLASSIFIERS)
_CLASSIFIED = "|".join(
    rf"(?:{alternation(words)})\s+(?={alternation((noun,))}(?!\w))" for noun, words in NOUN_CLASSIFIERS.items()
)
# the legal style repeats a figure in words before its noun: "10 (mười) cán bộ"
_NOUN = re.compile(
    rf"(?:\s*\(\s*{_WORDS}\s*\))?\s*\(?\s*(?P<classifier>{_CLASSIFIED})?(?P<noun>{alternation(COUNT_NOUNS)})(?!\w)"
)
# an infographic's line, its figure first and what it counts after a dash: "8.779/22.471 – số sĩ quan …"
_LINE_LABEL_NOUN = re.compile(
    rf"\s*[–—-]\s*(?:{alternation(FIGURE_LINE_LABELS)})\s+(?P<noun>{alternation(COUNT_NOUNS)})(?!\w)"
    # … or the noun itself after a dash, a colon or a cell's bar: "356.400 – hồ sơ tiếp nhận từ 1/7 đến 10/9", "Hơn
    # 120.000: hồ sơ giải quyết trực tuyến", "41.300 | hồ sơ tiếp nhận" (a black-box probe of short forms, helper-169)
    rf"|\s*[–—:|-]\s*(?P<noun2>{alternation(COUNT_NOUNS)})(?!\w)"
)
# ... the figure opening its line, after a list's number at most ("1. ", "2) ")
# a list's number opening its line: "1. ", "2) " (not "1.200 hồ sơ")
_ITEM_NUMBER = re.compile(rf"{ITEM_NUMBER_MARK}(?=[ \t])")
_YEAR_ONLY = re.compile(r"(?:19|20)\d{2}")
_LINE_OPENING = re.compile(
    rf"[ \t]*(?:{ITEM_NUMBER_MARK}[ \t]*|{BULLET_MARK}[ \t]*)?{optional_words(ROUGH_BEFORE_NUMBER)}"
)
# the whole after the part's noun: "286.540 hồ sơ trên tổng số 295.100 hồ sơ"
_SAME_NOUN = re.compile(rf"\s+({alternation(COUNT_NOUNS)})(?!\w)")
_TOTAL_AFTER_NOUN = re.compile(rf"\s+(?:{alternation(TOTAL_WORDS)})\s+(?P<total>{_DIGITS})(?![\w]|[.,]\d)")
_SHARE_BASE = re.compile(rf"\s*(?:{alternation(SHARE_BASE_WORDS)})(?!\w)")
_BASE_SALARY = re.compile(rf"\s*(?:{alternation(BASE_SALARY_AFTER)})(?!\w)")
_PER_COMMUNE = re.compile(rf"\s*(?:cho\s+)?(?:{alternation(PER_COMMUNE)})(?!\w)")
_PER_COMMUNE_BEFORE = re.compile(rf"(?<!\w)(?:{alternation(PER_COMMUNE_BEFORE)})(?!\w)[^.;]*$")
_PER_TRIP = re.compile(rf"\s*(?:{alternation(PER_TRIP)})(?!\w)")
_PER = re.compile(rf"\s*(?P<per>{alternation(PER_PERSON)})(?!\w)")
_PER_AFTER = re.compile(
    rf"\s*(?:(?:{alternation(PER_PERSON_AFTER_OPENERS)})\s+)?(?:{alternation(PER_PERSON_AFTER)})(?!\w)"
    rf"(?!\s+(?:{alternation(NOT_STAFF_AFTER)})(?!\w))"
)
_PER_BEFORE = re.compile(rf"(?<!\w)(?:{alternation(PER_PERSON_BEFORE)})(?!\w)[^.;,]*$")
_RECEIVED_BY = re.compile(
    rf"(?<!\w)(?:{alternation(RECIPIENTS)})(?!\w)[^.;]{{0,50}}"
    rf"(?P<verb>{alternation(RECEIVING_VERBS + RECEIVING_SMALL_VERBS)})(?:\s+\w+){{0,3}}\s*$"
)
_PERIOD = re.compile(rf"\s*(?P<period>{alternation(PER_MONTH + PER_YEAR)})(?!\w)")
_RATE = re.compile(rf"\s*(?P<rate>{alternation(RATE_AFTER)})(?!\w)")
_NOT_STAFF = re.compile(rf"\s+(?:{alternation(NOT_STAFF_AFTER)})(?!\w)")
_POPULATION = re.compile(
    rf"(?<!\w)(?:{alternation(POPULATION_BEFORE)})\s*:?(?:\s+(?:{alternation(POPULATION_FILLERS)})(?!\w))*\s*$"
)
_VAGUE_BEFORE = re.compile(rf"(?<!\w)(?:{alternation(VAGUE_BEFORE)})\s+$")
# "dân số 9.400 người" is a population, no id
_ID_BEFORE = re.compile(r"(?:(?<!tổng )(?<!con )(?<!trong )(?<!dân )số|thứ|lần thứ|mã|hạng)\s*$")


@dataclass(slots=True)
class Quantity:
    """A number with what it counts; offsets index the view it was found in."""

    start: int
    end: int
    number_start: int
    value: float
    value_max: float | None = None
    approx: str | None = None
    total: float | None = None
    unit: str | None = None
    noun: str | None = None
    whole_at: int | None = None  # where words naming the whole begin: "… trên tổng số 1.200 hồ sơ"


def parse_digits(text: str) -> float:
    """'4.300' -> 4300, '58,5' -> 58.5, '1.234.567' -> 1234567, '1 200' -> 1200."""
    return float(text.replace(".", "").replace(" ", "").replace(",", "."))


def _number(text: str) -> float:
    """Digits as matched; "1.2" (before a scale word, see _DOT_DECIMAL) is a decimal."""
    if re.fullmatch(r"\d{1,3}\.\d{1,2}", text):
        return float(text)
    return parse_digits(text)


def parse_words(text: str) -> float | None:
    """'hai trăm linh tám' -> 208, 'hai triệu rưỡi' -> 2500000, 'mười lăm' -> 15; None if not a number."""
    total, group, digit, last_unit = 0.0, 0.0, None, 0.0
    for word in text.split():
        if word in DIGIT_WORDS:
            if digit is not None:
                return None  # "hai ba": two digits in a row is no number
            digit = DIGIT_WORDS[word]
        elif word in TEN_WORDS:
            group += _or_one(digit) * 10 if word == "chục" else 10
            digit = None
        elif word == TENS_JOINER:
            group += _or_one(digit) * 10
            digit = None
        elif word == HUNDRED_WORD:
            group += _or_one(digit) * 100  # "không trăm linh năm" = 5
            digit, last_unit = None, 100
        elif word in ZERO_TENS:
            continue
        elif word in SCALE_WORDS:
            group += digit or 0
            total += (group or 1) * SCALE_WORDS[word]
            group, digit, last_unit = 0.0, None, SCALE_WORDS[word]
        elif word == HALF_WORD and last_unit:
            total += last_unit / 2
        else:
            return None
    return total + group + (digit or 0)


def _or_one(digit: int | None) -> int:
    """The count before mươi/trăm; none said is one ("trăm rưỡi"), but "không trăm" is zero hundreds."""
    return 1 if digit is None else digit


def _vague(match: re.Match, view: str) -> bool:
    """ "hàng trăm", "vài chục", "mấy trăm", "dăm ba": an amount without a figure."""
    words = match.group("words")
    if not words:
        return False
    return words.split()[0] in MULTIPLIER_WORDS or bool(
        _VAGUE_BEFORE.search(view, max(0, match.start("words") - 12), match.start("words"))
    )


def find_quantities(view: str, start: int, end: int, masked: list[tuple[int, int]]) -> list[Quantity]:
    """Quantities in view[start:end] outside the masked spans (dates, document numbers)."""
    found = []
    for match in _QUANTITY.finditer(view, start, end):
        number_start = match.start("num") if match.group("num") else match.start("words")
        if any(a <= number_start < b for a, b in masked) or _ID_BEFORE.search(
            view, max(0, number_start - 20), number_start
        ):
            continue
        if found and number_start < found[-1].end:
            continue  # the whole of the figure before: "286.540 hồ sơ trên tổng số 295.100 hồ sơ"
        if _KEYCAP.match(view, match.end("num") if match.group("num") else number_start):
            continue  # "1️⃣ 509 hồ sơ": a keycap numbers an item, no figure
        if _numbers_an_item(view, number_start):
            continue  # "1. Xã Đầm Dơi: 88,2%": a numbered item's number, no figure
        quantity = None if _vague(match, view) else _quantity(match, view, end)
        if quantity is not None:
            found.append(quantity)
    return found


def _numbers_an_item(view: str, at: int) -> bool:
    """Whether the number at `at` opens its line as a list's number: "1. Xã Đầm Dơi: 88,2%", "2) …"."""
    return _ITEM_NUMBER.match(view, at) is not None and not view[line_start(view, at) : at].strip()


def _scaled(value: float, scale: float) -> float:
    """A decimal times its scale word, without the binary float's residue: 65,6 tỷ is 65600000000, not
    65599999999.99999 (values are compared and stored as given)."""
    return round(value * scale, 3) if scale > 1 else value


def _quantity(match: re.Match, view: str, end: int) -> Quantity | None:
    if match.group("num"):
        value = _number(match.group("num"))
    else:
        parsed = parse_words(match.group("words"))
        if parsed is None:
            return None
        value = parsed
    # "1,5 nghìn tỷ đồng": scale words multiply
    scale = SCALE_WORDS.get(squeeze(match.group("scale") or ""), 1.0) * SCALE_WORDS.get(
        squeeze(match.group("scale2") or ""), 1.0
    )
    if match.group("half"):
        value += 0.5
    if match.group("rest"):
        smaller = SCALE_WORDS[squeeze(match.group("rest_scale"))]
        if smaller >= scale:
            return None  # "5 triệu 3 tỷ" is no amount
        value += int(match.group("rest")) * smaller / scale
    if match.group("rest_units"):
        value += int(match.group("rest_units")) / scale
    q = Quantity(
        start=match.start(),
        end=match.end(),
        number_start=match.start("num") if match.group("num") else match.start("words"),
        value=_scaled(value, scale),
        approx=APPROX_CUES.get(squeeze(match.group("approx") or "")),
    )
    if match.group("money_min"):
        q.value = _scaled(value, SCALE_WORDS.get(squeeze(match.group("scale_min") or ""), 1.0))
    if match.group("scale_first"):
        q.value = _scaled(value, SCALE_WORDS[squeeze(match.group("scale_first"))])
    if match.group("num_max"):
        q.value_max = _scaled(parse_digits(match.group("num_max")), scale)
        if q.value_max <= q.value and scale > 1 and value < q.value_max < value * scale:
            q.value = value  # "từ 200.000 đến 700 nghìn đồng": the scale is the upper end's, the lower is whole
        if q.value_max <= q.value:
            return None  # "2025-2027", "30-7": not a range of counts
    if match.group("total"):
        q.total = parse_digits(match.group("total"))
        if "/" not in view[match.end("num") if match.group("num") else match.end("words") : match.start("total")]:
            q.whole_at = match.end("num") if match.group("num") else match.end("words")
        if q.total < value:
            return None  # "20/8" is a date, not 20 of 8
    if match.group("pct"):
        q.unit = "%"
        base = _SHARE_BASE.match(view, q.end, end)
        q.whole_at = base.start() if base else None
    elif match.group("money"):
        q.unit = "VND" + _money_rate(view, q, end)
    elif base := _BASE_SALARY.match(view, q.end, end):
        q.end = base.end()
        q.unit = "base_salary" + _money_rate(view, q, end)  # a multiple of the base salary
    else:
        _attach_noun(view, q, end)
        if q.noun and scale == 1 and _COMMA_THOUSANDS.fullmatch(match.group("num") or ""):
            q.value = parse_digits(match.group("num").replace(",", ""))
    if match.group("words") and q.unit is None:
        return None  # a spelled number counts only with its unit: "năm" is also "year"
    if q.unit is None and _year_like(match, view):
        return None  # "… dịp Tết Nguyên đán Bính Ngọ 2026": a year the date reader does not know, no count
    if not can_count(q.unit, q.value):
        return None
    return q


# counts from a thousand up are written grouped ("2.026 hồ sơ"); four plain digits with no unit are a year, unless a
# label's colon, a table's header or a list's lead gives them their unit ("Hồ sơ tiếp nhận: 2026", "| Xã B | 2016 |")
_YEAR_LIKE = re.compile(r"(?:19[5-9]\d|20\d\d)")
_LABEL_COLON_BEFORE = re.compile(r":\s*$")
_KEYCAP = re.compile("\ufe0f?\u20e3")
_ITEM_MARK = re.compile(rf"\s*{BULLET_MARK}\s")


def _year_like(match: re.Match, view: str) -> bool:
    number = match.group("num")
    if not number or not _YEAR_LIKE.fullmatch(number) or match.group("scale"):
        return False
    line_begin = line_start(view, match.start("num"))
    line_end = view.find("\n", match.end("num"))
    if "|" in view[line_begin : len(view) if line_end < 0 else line_end] or _ITEM_MARK.match(view, line_begin):
        return False  # a table's cell or a list's item, its unit given by a header or a lead: "| Phường B | 2016 |"
    return not _LABEL_COLON_BEFORE.search(view, max(0, match.start("num") - 3), match.start("num"))


# units of things counted whole
COUNTED_UNITS = ("person", "person_time", "dossier", "procedure")


def can_count(unit: str | None, value: float) -> bool:
    """People, dossiers and procedures come whole: "dịch vụ trực tuyến 17,49" is a score, no count of services."""
    return unit not in COUNTED_UNITS or float(value).is_integer()


def _money_rate(view: str, q: Quantity, end: int) -> str:
    rate = ""
    if trip := _PER_TRIP.match(view, q.end, end):
        q.end = trip.end()
        return "/trip"
    if commune := _PER_COMMUNE.match(view, q.end, end):
        q.end = commune.end()
        return "/commune"  # "500 triệu đồng/xã", "1,2 tỷ đồng mỗi xã, phường"
    per = _PER.match(view, q.end, end)
    if per:
        rate, q.end = "/person", per.end()
    elif _PER_BEFORE.search(view, max(0, q.start - 60), q.start) or _received_by_a_person(view, q):
        rate = "/person"
    period = _PERIOD.match(view, q.end, end)
    if period:
        rate += "/month" if squeeze(period.group("period")) in PER_MONTH else "/year"
        q.end = period.end()
        per = None if rate.startswith("/person") else _PER.match(view, q.end, end)
        if per:  # "2.992.000 đồng/tháng/người": the person after the period, the same rate
            rate, q.end = "/person" + rate, per.end()
    if not rate.startswith("/person") and _PER_AFTER.match(view, q.end, end):
        rate = "/person" + rate  # "6 triệu đồng/tháng cho mỗi công chức biệt phái": the words stay the recipient's
    if not rate and _PER_COMMUNE_BEFORE.search(view, max(0, q.start - 60), q.start):
        rate = "/commune"  # "Mỗi xã, phường được cấp 300 triệu đồng" (a rate per person or period told is its own)
    return rate


def _received_by_a_person(view: str, q: Quantity) -> bool:
    """A person receives the amount, named before it ("Công chức biệt phái được hỗ trợ 5 triệu đồng"); "được cấp" only
    for a person's size of money ("trụ sở … của cán bộ xã được cấp 3,5 tỷ đồng" is no one's)."""
    received = _RECEIVED_BY.search(view, max(0, q.start - 80), q.start)
    if received is None:
        return False
    return squeeze(received.group("verb")) not in RECEIVING_SMALL_VERBS or q.value < RECEIVED_SMALL_UNDER


def _attach_noun(view: str, q: Quantity, end: int) -> None:
    noun = _NOUN.match(view, q.end, end)
    if not noun and _LINE_OPENING.fullmatch(view, line_start(view, q.start), q.start):
        noun = _LINE_LABEL_NOUN.match(view, q.end, end)
    if not noun or (noun.groupdict().get("classifier") and q.value < CLASSIFIED_FROM):
        return
    if noun.groupdict().get("noun2") and (q.value < LINE_FIGURE_FROM or _YEAR_ONLY.fullmatch(view, q.start, q.end)):
        # "1 | Hồ sơ tiếp nhận | 41.300", "2 – Hồ sơ nộp trực tiếp …": a row's or an item's number; "2025: hồ sơ trực
        # tuyến chiếm 68%": a year (a review of 0.9.25, helper-170)
        return
    q.noun = squeeze(noun.group("noun") or noun.group("noun2"))
    q.unit = COUNT_NOUNS[q.noun]
    q.end = noun.end()
    whole = _TOTAL_AFTER_NOUN.match(view, q.end, end)
    if whole and q.total is None and parse_digits(whole.group("total")) >= q.value:
        q.total = parse_digits(whole.group("total"))
        q.whole_at, q.end = whole.start(), whole.end()
        same_noun = _SAME_NOUN.match(view, q.end, end)  # "trên tổng số 1.100 hồ sơ": the part's noun again
        q.end = same_noun.end() if same_noun and squeeze(same_noun.group(1)) == q.noun else q.end
    rate = _RATE.match(view, q.end, end)
    if rate:
        # dossiers a day are a rate of their own ("40-50 hồ sơ/ngày", "200 hồ sơ mỗi ngày": dossier/day); any other
        # rate is a unit no rule reads and stays out of the facts ("1.800 hồ sơ/người/năm", "5 công chức/xã")
        per = squeeze(rate.group("rate"))
        daily = q.unit == "dossier" and per in DAILY_RATES
        q.unit, q.end = ("dossier/day" if daily else f"{q.unit}{per.replace(' ', '')}"), rate.end()
        return
    if q.unit in ("person", "person_time") and _NOT_STAFF.match(view, q.end, end):
        q.unit = "citizen" if q.unit == "person" else "visit"
    elif q.unit == "person" and _POPULATION.search(view, max(0, q.start - 40), q.start):
        q.unit = "citizen"  # "dân số ước khoảng 25.000 người": inhabitants
