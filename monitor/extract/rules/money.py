"""Money: allowances per person and period, and budgets in total."""

from __future__ import annotations

import re

from monitor.extract.context import Reading, Scope
from monitor.extract.lang.vi.money import (
    ALLOWANCE_CUES,
    BASE_SALARY_LINKS,
    BASE_SALARY_NAMED,
    BUDGET_ALLOTTED_AFTER,
    BUDGET_CONTEXT,
    BUDGET_CUES,
    BUDGET_NAMED_AFTER,
    BUDGET_SOURCE_AFTER,
    CAPTION_MONEY_WORDS,
    CAPTION_NOT_TOTAL,
    CAPTION_TOTAL_WORDS,
    ESTIMATE_NAMED_AFTER,
    NEED_CUES,
    NOT_BUDGET_CUES,
    NOT_GIVEN_MONEY,
    NOT_LIST_STEP,
    PER_COMMUNE_GIVEN,
    PER_MEASURE_AFTER,
    PRICE_BEFORE,
    RECEIVING_BEFORE,
    REFORM_HEADLINE_WORDS,
    ROUNDED_BEFORE,
    TASK_MONEY_CUES,
    TASK_MONEY_SOURCE_AFTER,
    TIER_CONDITIONS,
    WELFARE_CUES,
    WELFARE_WORD_NAMES,
)
from monitor.extract.lang.vi.numbers import ROUGH_BEFORE_NUMBER
from monitor.extract.lang.vi.units import RECIPIENTS
from monitor.extract.numbers import find_quantities
from monitor.extract.patterns import alternation, line_start, open_bracket, optional_words
from monitor.extract.rules.base_salary import base_salary_in_brackets, told_again_in_dong
from monitor.extract.rules.budget_parts import line_under_budget, part_of_budget
from monitor.extract.rules.money_purpose import purpose, purpose_before
from monitor.extract.rules.phrase import compared_change, former_level
from monitor.extract.status_cues import replaced

# support in billions with no person to receive it is money in total: "đề nghị Trung ương hỗ trợ 200 tỷ
# đồng để xây dựng trụ sở" is a budget; "hỗ trợ một lần 10 triệu đồng" an allowance
_TOTAL_FROM = 1e9


def read(scope: Scope) -> Reading | None:
    unit = scope.quantity.unit or ""
    if tells_no_figure(scope):
        return None
    if unit.endswith("/commune"):
        # "hỗ trợ 500 triệu đồng/xã để sửa …": money of the reform given to each commune
        given = scope.has(PER_COMMUNE_GIVEN, scope.clause_start, scope.quantity.start)
        return (
            Reading("budget", "money.budget", purpose=purpose(scope))
            if given and not _money_of_another_kind(scope)
            else None
        )
    if "/person" in unit:
        # the last of a list of amounts that names the unit once for all: a part of that list, as its others are
        rule = _NAMED_ONCE if _ends_named_list(scope) else "money.rate"
        return Reading("allowance", rule, purpose=purpose(scope) or purpose_before(scope))
    if (rate := _rate_named_after(scope)) is not None:
        # "Cơ cấu mức hỗ trợ: đi lại 480.000 đồng, thuê nhà 840.000 đồng, sinh hoạt phí 500.000 đồng mỗi người mỗi
        # tháng": the unit named once at the end of the list is each amount's
        scope.quantity.unit = rate
        return Reading("allowance", _NAMED_ONCE, purpose=purpose(scope) or purpose_before(scope))
    if _replaced_rate(scope):
        # "4 triệu đồng/người/tháng, thay vì mức 3 triệu đồng như dự thảo": the level replaced, a rate like the one
        # before it
        scope.quantity.unit = scope.previous[0].unit  # type: ignore[index]
        return Reading("allowance", "money.rate_replaced", purpose=purpose(scope) or purpose_before(scope))
    if _listed_rate(scope):
        # a list of rates by tier names the unit once: "500.000 đồng/người/tháng nếu cách 30 - 50km, 1 triệu đồng
        # nếu cách 50 - 100km" - the later amounts are per person and month too
        scope.quantity.unit = scope.previous[0].unit  # type: ignore[index]
        return Reading("allowance", "money.rate_listed", purpose=purpose(scope) or purpose_before(scope))
    if scope.per_unit():
        return None  # "phân bổ cho mỗi xã 300 triệu đồng": per commune, neither a total nor per person
    if _tier(scope):
        # "được hỗ trợ tiền thuê chỗ ở hằng tháng theo nơi bố trí: 1,5 triệu đồng nếu ở ký túc xá; 2 triệu đồng
        # nếu ở nhà ở xã hội": each case's amount is a rate of the support told once before them
        return Reading("allowance", "money.tier", purpose=purpose_before(scope, scope.sentence.start))
    if _ONE_RECEIVES.search(scope.doc.low, scope.clause_start, scope.quantity.start):
        return None  # what one person received
    if _support_rate(scope):
        # "Trường hợp thiếu nhà công vụ, phải thuê nhà bên ngoài, ngân sách hỗ trợ 8 triệu đồng/tháng": a support's
        # monthly rate, whoever pays it
        return Reading("allowance", "money.allowance", purpose=purpose(scope) or purpose_before(scope))
    if scope.has(BUDGET_CUES, scope.clause_start, scope.quantity.start) and _reform_money(scope):
        return Reading("budget", "money.budget", purpose=purpose(scope, whole=True))
    if (
        _ALLOTTED_AFTER.match(scope.doc.low, scope.quantity.end)
        and _reform_money(scope)
        and not _money_of_another_kind(scope)
    ):
        return Reading("budget", "money.budget")  # "Gần 40 tỷ đồng đã được Lâm Đồng phân bổ cho các phường mới"
    if _BUDGET_NAMED_AFTER.match(scope.doc.low, scope.quantity.end) and (_reform_money(scope) or _reform_told(scope)):
        # "tạm ứng 800 triệu đồng kinh phí thuê xe": money for a task named right after the amount
        return Reading("budget", "money.budget", purpose=purpose(scope, whole=True))
    if _BUDGET_SOURCE_AFTER.match(scope.doc.low, scope.quantity.end) and _reform_money(scope):
        return Reading("budget", "money.budget_source", purpose=purpose(scope, whole=True))
    if _task_money_source(scope):
        # "… được đề nghị nhận 13,5 tỷ đồng từ kinh phí chuyển giao của Bộ …" under "Điều chỉnh dự toán … sau sắp xếp
        # bộ máy": the headline tells the reform the money is of
        return Reading("budget", "money.budget_source", purpose=purpose(scope, whole=True))
    if _needed(scope):
        return Reading("budget", "money.budget", purpose=purpose(scope, whole=True))
    if _captioned(scope) and _reform_money(scope):
        return Reading("budget", "money.budget", purpose=purpose(scope, whole=True))
    if part_of_budget(scope):
        # "Khoản kinh phí được chia cho 21 cơ quan; trong đó Sở Y tế nhận 5,2 tỷ đồng, Văn phòng Tỉnh ủy hơn 4 tỷ
        # đồng": the parts of a budget the sentence told
        return Reading("budget", "money.budget_part")
    if scope.has(ALLOWANCE_CUES, scope.clause_start, scope.quantity.start):
        if scope.quantity.value < _TOTAL_FROM:
            return Reading("allowance", "money.allowance", purpose=purpose(scope) or purpose_before(scope))
        if _reform_money(scope):
            return Reading("budget", "money.budget", purpose=purpose(scope, whole=True))
        return None
    if line_under_budget(scope):
        # "Tổng kinh phí bổ sung: hơn 75,9 tỉ đồng" over "Nguồn: …" and "Đơn vị nhận nhiều nhất: phường Bình Tiên,
        # gần 17,4 tỉ đồng": a fact sheet's lines under its budget are the budget's parts
        return Reading("budget", "money.budget_line")
    return None


def _money_of_another_kind(scope: Scope) -> bool:
    """Revenue, debt, a fee, a fine, income or savings named in the figure's clause: no money the reform gives."""
    return scope.has(NOT_GIVEN_MONEY + NOT_BUDGET_CUES, scope.clause_start, scope.right)


def tells_no_figure(scope: Scope) -> bool:
    """An amount of money that is no figure of its own: a fare or a price, welfare for households, the base salary's
    own amount, a multiple of it told again in đồng, the base of a rate worked out after it, a difference or a level
    before, a rate rounded again. A list item's heading does not make it a figure either (figure_reading.read_item)."""
    unit = scope.quantity.unit or ""
    if not unit.startswith(("VND", "base_salary")):
        return False
    if unit.endswith("/trip"):
        return True  # a fare, no money per person per period (lang/vi/units.py PER_TRIP)
    if _PRICE.search(scope.doc.low, max(scope.clause_start, scope.quantity.start - 80), scope.quantity.start):
        return True  # "giá vé hiện là 180.000 đồng/lượt": a price
    if _welfare(scope) or _PER_HOUSEHOLD.match(scope.doc.low, scope.quantity.end):
        return True  # "hỗ trợ 2 triệu đồng/hộ sau bão": welfare for households; "76.000 đồng/m2": a price of area
    if _BASE_SALARY_AMOUNT.search(scope.doc.low, max(scope.left, scope.quantity.start - 40), scope.quantity.start):
        return True  # "10 tháng lương cơ sở (2,34 triệu đồng/tháng)": the base salary's own amount
    if base_salary_in_brackets(scope):
        return True  # "3 lần mức lương cơ sở (2.340.000 đồng/tháng)": the base salary the multiple is of
    if told_again_in_dong(scope):
        return True  # "bằng 6,0 lần mức lương cơ sở, tương đương 14.040.000 đồng/tháng": the amount in đồng tells it
    if _in_calculation(scope):
        return True  # "(150.000 đồng/ngày, 22 ngày làm việc)": the base of a rate worked out after it
    if compared_change(scope) or former_level(scope):
        # "3 triệu đồng/người/tháng, tức tăng thêm 1 triệu đồng so với dự thảo": a difference; "nâng từ 46.294 triệu
        # đồng lên 128.298 triệu đồng": the level before
        return True
    # "(được làm tròn thành 5,1 triệu đồng)" after "mức hỗ trợ là 5,1 triệu đồng/người/tháng": a rate rounded again
    return _rounded_again(scope)


_ALLOTTED_AFTER = re.compile(
    rf"\s+(?:đã\s+)?được\s+(?:[^\d,;.]{{1,40}}?\s+)?(?:{alternation(BUDGET_ALLOTTED_AFTER)})\s+(?:cho|để|về)(?!\w)"
)
_WELFARE = re.compile(rf"(?<!\w)(?:{alternation(WELFARE_CUES)})(?!\w)")
_COUNTED_BEFORE = re.compile(r"\d[\d.,]*\s*$")


def _in_calculation(scope: Scope) -> bool:
    """An amount per day or per unit right inside a bracket, with the count it is multiplied by after it: "Sinh hoạt
    phí (150.000 đồng/ngày, 22 ngày làm việc) | 3,3 triệu đồng/người/tháng". A rate per month or year in a bracket
    ("(3,51 triệu đồng/người/tháng, 12 tháng)") is a rate still."""
    low, q = scope.doc.low, scope.quantity
    if (q.unit or "").endswith(("/month", "/year")):
        return False
    opened = open_bracket(low, scope.sentence.start, q.start)
    if opened < 0 or opened < q.start - _BRACKET_OPENS_WITHIN:
        return False
    return _WORKED_OUT.match(low, q.end) is not None


_BRACKET_OPENS_WITHIN = 15  # characters before the amount: "(150.000", "(khoảng 150.000"


_LINE_OPENING = re.compile(r"[^\w\n]*")  # bullet marks, pictographs, spaces
_CAPTION_COLON = re.compile(r"\s*:\s*")
_CAPTION_WORDS = (*BUDGET_CUES, *CAPTION_MONEY_WORDS)


def _captioned(scope: Scope) -> bool:
    """An infographic's line opening on its amount, what the amount is told after a colon (lang/vi/money.py
    CAPTION_MONEY_WORDS): "▪ Hơn 3.100 tỷ đồng: tổng số tiền tỉnh đã chi để hỗ trợ hơn 3.800 cán bộ …"."""
    low, q = scope.doc.low, scope.quantity
    first = line_start(low, q.start)
    colon = _CAPTION_COLON.match(low, q.end)
    if colon is None or not _LINE_OPENING.fullmatch(low, first, q.start):
        return False
    # the caption's head, up to its first comma, tells what the amount is ("…, bình quân mỗi người hơn 800 triệu
    # đồng" and "…, không để nợ đọng" are the caption's later words)
    head_end = _CAPTION_HEAD_END.search(low, colon.end(), scope.sentence.end)
    head = (colon.end(), head_end.start() if head_end else scope.sentence.end)
    if scope.has(NOT_BUDGET_CUES + CAPTION_NOT_TOTAL, *head) and not scope.has(CAPTION_TOTAL_WORDS, *head):
        return False  # "▪ 25.000 tỷ đồng: thu ngân sách …", "▪ 3 triệu đồng: số tiền hỗ trợ mỗi tháng cho cán bộ …"
    return scope.has(_CAPTION_WORDS, *head)


_CAPTION_HEAD_END = re.compile(r"[,;]")


def _welfare(scope: Scope) -> bool:
    """A welfare word in the clause, not one counting a place's size: "thôn có dưới 350 hộ gia đình" says how large
    the village is whose militia leader gets the allowance."""
    low = scope.doc.low
    names = [m.span() for m in _WELFARE_NAME.finditer(low, max(0, scope.clause_start - 20), scope.clause_end)]
    return any(
        not _COUNTED_BEFORE.search(low, max(0, m.start() - 12), m.start())
        and not any(start <= m.start() < end for start, end in names)
        for m in _WELFARE.finditer(low, scope.clause_start, scope.clause_end)
    )


_WELFARE_NAME = re.compile(rf"(?<!\w)(?:{alternation(WELFARE_WORD_NAMES)})(?!\w)")


_PER_HOUSEHOLD = re.compile(rf"\s*/\s*(?:hộ|{alternation(PER_MEASURE_AFTER)})(?!\w)")


_BASE_SALARY_AMOUNT = re.compile(
    rf"(?<!\w)(?:{alternation(BASE_SALARY_NAMED)})\s*(?:{alternation(BASE_SALARY_LINKS)})\s*"
    rf"{optional_words(ROUGH_BEFORE_NUMBER)}$"
)
# a price word (not inside "đánh giá", to assess) a few words before the amount, what it is the price of between them
# and no punctuation: "giá vé xe khách một chiều Đông Hà – Đồng Hới 120.000 đồng"
_PRICE = re.compile(rf"(?<!\w)(?<!đánh )(?:{alternation(PRICE_BEFORE)})(?!\w)(?:\s+[^\s,;.:]+){{0,9}}?\s*(?:là|:)?\s*$")
# an amount in a bracket with the count it is multiplied by: "Sinh hoạt phí (150.000 đồng/ngày, 22 ngày làm việc) |
# 3,3 triệu đồng/người/tháng" - how the rate after it is worked out, no rate of its own
_WORKED_OUT = re.compile(r"[^()]{0,12}?,\s*\d+[^()\d]{0,25}\)")
# one person receiving the amount: "một trưởng phòng … nghỉ trước tuổi 5 năm 10 tháng nhận gần 1,8 tỷ đồng" is what
# one official got, no budget
_ONE_RECEIVES = re.compile(rf"(?<!\w)một\s+[^,;.]{{1,80}}?\s(?:{alternation(RECEIVING_BEFORE)})\s+(?:[^\W\d]+\s+)?$")


# the span it covers may stand between: "80 tỷ đồng/năm trong 2 năm từ ngân sách tỉnh"
_BUDGET_SOURCE_AFTER = re.compile(
    rf"\s*(?:trong\s+\d+\s+(?:năm|tháng)\s+)?(?:{alternation(BUDGET_SOURCE_AFTER)})(?!\w)"
)
_ROUNDED = re.compile(rf"(?<!\w)(?:{alternation(ROUNDED_BEFORE)})\s*:?\s*$")


def _support_rate(scope: Scope) -> bool:
    """A rate per month or year of a person's size (under twenty million đồng), a support's word a few words before it
    with no comma between: money paid to people, not a budget, even after a budget's word ("ngân sách hỗ trợ 8 triệu
    đồng/tháng"; "ngân sách tỉnh hỗ trợ 50 triệu đồng/tháng thuê xe" stays a budget)."""
    q = scope.quantity
    if not (q.unit or "").startswith("VND/") or q.value >= _RATE_BELOW:
        return False
    if _SUPPORT_BEFORE.search(scope.doc.low, max(scope.clause_start, q.start - 40), q.start) is None:
        return False
    # paid to people the sentence names ("Trường hợp thiếu nhà công vụ …"): an office's rent, a ward's hired car, a
    # centre's power bill are a unit's costs (a review of 0.9.16, helper-156)
    return scope.has(RECIPIENTS)


_RATE_BELOW = 2e7
_SUPPORT_BEFORE = re.compile(rf"(?<!\w)(?:{alternation(ALLOWANCE_CUES)})(?:\s+[^\W\d]+){{0,4}}\s+$")


def _rounded_again(scope: Scope) -> bool:
    """An amount given as the rounding of parts just told, whose value an amount before it in the sentence (or the
    text it goes on from) already told: the same figure again."""
    q, low = scope.quantity, scope.doc.low
    if not _ROUNDED.search(low, max(scope.sentence.start, q.start - 30), q.start):
        return False
    before = find_quantities(low, scope.doc.told_before(scope.sentence), q.start, [])
    return any(other.value == q.value and (other.unit or "").startswith("VND") for other in before)


def _listed_rate(scope: Scope) -> bool:
    """An amount of money with no unit of its own right after a rate per person, in its list: the figures
    between them are the list's (a comma or semicolon, "và", a tier's condition), no other figure, no stop."""
    previous = scope.previous
    if previous is None or previous[1].metric != "allowance" or not _rate_in_dong(previous[0].unit):
        return False
    if scope.quantity.unit != "VND" or scope.quantity.value >= _TOTAL_FROM:
        return False
    between = scope.doc.low[previous[0].end : scope.quantity.start]
    if _COMPARED.search(between):
        return False  # "3 triệu đồng/người/tháng thay vì 2 triệu đồng như hiện nay": what it replaces
    return len(between) <= 60 and _LIST_LINK.search(between) is not None and not re.search(r"[.:]\s", between)


def _rate_in_dong(unit: str | None) -> bool:
    """A rate per person in đồng: a multiple of the base salary lends no unit to a bare amount in đồng after it ("0,5
    lần mức lương cơ sở/tháng và 500.000 đồng tiền đi lại")."""
    return (unit or "").startswith("VND/person")


def _replaced_rate(scope: Scope) -> bool:
    """A bare amount after "thay vì (mức)" right after a rate per person in its sentence: the level it replaces."""
    previous = scope.previous
    if previous is None or previous[1].metric != "allowance" or not _rate_in_dong(previous[0].unit):
        return False
    if _ONE_OFF_AFTER.match(scope.doc.low, scope.quantity.end):
        return False  # "thay vì 20 triệu đồng một lần như dự thảo": a one-off sum, no monthly rate
    return scope.quantity.unit == "VND" and replaced(scope.doc, scope.quantity)


_ONE_OFF_AFTER = re.compile(r"\s*(?:một|1)\s+lần(?!\w)")


_NAMED_ONCE = "money.rate_named_once"
# between two amounts of a list: a comma or "và", then the next one's purpose (a few words, no stop, no figure)
_LIST_STEP = re.compile(rf"\s*(?:,|;|\s và)\s*(?:(?!(?:{alternation(NOT_LIST_STEP)})(?!\w))[^\W\d]+\s+){{0,5}}$")


def _rate_named_after(scope: Scope) -> str | None:
    """The rate per person of the amount that ends the list this bare amount opens or goes on: each amount after it
    in the sentence is in VND, one list step from the one before, until one names "/person"."""
    q, low = scope.quantity, scope.doc.low
    if q.unit != "VND" or q.value >= _TOTAL_FROM:
        return None
    at = q.end
    for other in scope.following:
        if not (other.unit or "").startswith("VND") or not _LIST_STEP.match(low[at : other.start]):
            return None
        if "/person" in (other.unit or ""):
            return other.unit
        if other.unit != "VND" or other.value >= _TOTAL_FROM:
            return None
        at = other.end
    return None


def _ends_named_list(scope: Scope) -> bool:
    """A rate per person right after amounts that took its unit from it: the end of their list."""
    previous = scope.previous
    if previous is None or previous[1].rule != _NAMED_ONCE or previous[0].unit != scope.quantity.unit:
        return False
    return _LIST_STEP.match(scope.doc.low[previous[0].end : scope.quantity.start]) is not None


# a list's link between two rates: a comma, "và", "còn", a tier's condition ("nếu cách 30 - 50km, 1 triệu đồng")
_COMPARED = re.compile(r"(?<!\w)(?:thay vì|thay cho|so với)(?!\w)")
_LIST_LINK = re.compile(r",|(?<!\w)(?:và|còn|nếu|từ|trên|dưới)(?!\w)")


_TIER_AFTER = re.compile(rf"\s*(?:{alternation(TIER_CONDITIONS)})(?!\w)")


def _tier(scope: Scope) -> bool:
    """An exact amount below the totals' scale, its tier's condition right after it, a support word before it in
    the sentence: one case of a support told once."""
    q = scope.quantity
    if q.approx is not None:
        return False  # "thu nhập dưới 2 triệu đồng khi …": a bound on who qualifies, no amount granted
    if q.unit != "VND" or q.value >= _TOTAL_FROM or not _TIER_AFTER.match(scope.doc.low, q.end):
        return False
    return scope.has(ALLOWANCE_CUES, scope.sentence.start, q.start)


_BUDGET_NAMED_AFTER = re.compile(rf"\s+(?:{alternation(BUDGET_NAMED_AFTER)})(?!\w)")


def _reform_money(scope: Scope) -> bool:
    """Not the economy's money; and "kinh phí" (money for a task) or a sentence about the reform."""
    if scope.has(NOT_BUDGET_CUES, scope.clause_start, scope.quantity.start):
        return False
    return scope.has(TASK_MONEY_CUES, scope.clause_start, scope.quantity.start) or scope.has(BUDGET_CONTEXT)


def _reform_told(scope: Scope) -> bool:
    """The text just before the sentence speaks of the reform's people or places ("… xe đưa đón cán bộ về trung tâm
    hành chính mới. Sở Tài chính đã tạm ứng 800 triệu đồng kinh phí thuê xe"); or, for a sum of an estimate, the
    headline tells the reform ("Đề nghị điều chỉnh dự toán ngân sách trung ương năm 2025 sau sắp xếp bộ máy" over "381
    tỷ đồng trong dự toán … được đề nghị chuyển …")."""
    if scope.has(NOT_BUDGET_CUES, scope.clause_start, scope.right):
        return False  # the economy's money named before the amount or in its words after it
    if scope.has(BUDGET_CONTEXT, scope.doc.told_before(scope.sentence), scope.sentence.start):
        return True
    return bool(_ESTIMATE_NAMED_AFTER.match(scope.doc.low, scope.quantity.end)) and _reform_headline(scope)


def _task_money_source(scope: Scope) -> bool:
    if scope.quantity.value < _TOTAL_FROM or not _TASK_MONEY_SOURCE.match(scope.doc.low, scope.quantity.end):
        return False
    return _reform_money(scope) or (
        not scope.has(NOT_BUDGET_CUES, scope.clause_start, scope.right) and _reform_headline(scope)
    )


_TASK_MONEY_SOURCE = re.compile(rf"\s*(?:{alternation(TASK_MONEY_SOURCE_AFTER)})(?!\w)")


def _reform_headline(scope: Scope) -> bool:
    headline = _FIRST_LINE.match(scope.doc.low)
    return (
        headline is not None and _REFORM_HEADLINE.search(scope.doc.low, headline.start(1), headline.end(1)) is not None
    )


_FIRST_LINE = re.compile(r"\s*([^\n]*)")  # the headline: the first line with words
_ESTIMATE_NAMED_AFTER = re.compile(rf"\s+(?:{alternation(ESTIMATE_NAMED_AFTER)})(?!\w)")
_REFORM_HEADLINE = re.compile(rf"(?<!\w)(?:{alternation(REFORM_HEADLINE_WORDS)})(?!\w)")


def _needed(scope: Scope) -> bool:
    """Money needed, in a sentence about the reform or going on from a budget told just before it in its paragraph:
    "… tổng kinh phí hơn 43,5 tỷ đồng. Theo thống kê, 3.256 người ở xa, cần hơn 35,5 tỷ đồng"."""
    if not scope.has(NEED_CUES, scope.clause_start, scope.quantity.start):
        return False
    if scope.has(NOT_BUDGET_CUES, scope.clause_start, scope.quantity.start):
        return False
    told = scope.has(TASK_MONEY_CUES, scope.doc.told_before(scope.sentence), scope.sentence.start)
    return told or scope.has(BUDGET_CONTEXT)
