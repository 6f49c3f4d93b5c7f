"""A multiple of the base salary and the amounts in đồng beside it: the same figure told again in đồng ("bằng 6,0 lần
mức lương cơ sở, tương đương 14.040.000 đồng/tháng"), or the base salary itself in brackets ("3 lần mức lương cơ sở
(2.340.000 đồng/tháng)"). The money rule (money.py) and a list item's reading (figure_reading.py) ask them."""

from __future__ import annotations

import re

from monitor.extract.context import Scope
from monitor.extract.lang.vi.money import (
    BASE_SALARIES,
    BASE_SALARY_IN_DONG_LINKS,
    BASE_SALARY_RANGE,
    BASE_SALARY_ROUGH_ROUNDING,
    BASE_SALARY_ROUNDING,
    IN_DONG_NOT_AFTER,
    IN_DONG_SPAN_AFTER,
    OTHER_SUPPORT_AFTER,
)
from monitor.extract.patterns import alternation


def told_again_in_dong(scope: Scope) -> bool:
    """A multiple of the base salary told again in đồng right after it (the sentence's next figure, as the reader
    parsed it): that multiple of a base salary in force (BASE_SALARY_RANGE), no group or span after the amount ("đối
    với …", "cho toàn xã", "mỗi năm"). After a bare comma, no link word, the amount must be the multiple to within
    rounding and name no other support right after it: "…, hơn 14 triệu đồng/tháng, cho thôn …" restates the multiple;
    "0,5 lần mức lương cơ sở/người/tháng, 1,2 triệu đồng tiền ăn" lists another support. An amount that names no rate
    takes the multiple's."""
    q, low = scope.quantity, scope.doc.low
    if not (q.unit or "").startswith("base_salary") or not q.value or not scope.following:
        return False
    again = scope.following[0]
    link = _IN_DONG_LINK.fullmatch(low, q.end, again.start)
    if link is None or not (again.unit or "").startswith("VND"):
        return False
    per_unit = again.value / q.value
    lowest, highest = BASE_SALARY_RANGE
    if not lowest <= per_unit <= highest or _IN_DONG_NOT_AFTER.match(low, again.end):
        return False
    if not (link.group("link") or link.group("link2")):
        rounding = BASE_SALARY_ROUGH_ROUNDING if again.approx else BASE_SALARY_ROUNDING
        exact = any(abs(per_unit - base) <= base * rounding for base in BASE_SALARIES)
        if not exact or _OTHER_SUPPORT.match(low, again.end) is not None:
            return False
    rate, own = q.unit.removeprefix("base_salary"), again.unit.removeprefix("VND")
    if own == "" or (rate.startswith("/person") and not own.startswith("/person") and rate.endswith(own)):
        # "1,5 lần mức lương cơ sở/tháng, tương đương 3,51 triệu đồng", "được hưởng … 0,7 lần mức lương cơ sở/tháng
        # (tương đương 1.638.000 đồng/tháng)": the amount is the multiple's rate, per person as it is, in đồng
        again.unit = "VND" + rate
    return True


def base_salary_in_brackets(scope: Scope) -> bool:
    """An amount in đồng in a bracket right after a multiple of the base salary, itself a base salary in force, the
    multiple not one: the base the multiple is of, no figure of its own."""
    previous = scope.previous
    if previous is None or not (previous[0].unit or "").startswith("base_salary") or abs(previous[0].value - 1) < 0.05:
        return False
    low, high = BASE_SALARY_RANGE
    between = scope.doc.low[previous[0].end : scope.quantity.start]
    return low <= scope.quantity.value <= high and _BRACKET_OPENS.fullmatch(between) is not None


_BRACKET_OPENS = re.compile(r"\s*\(\s*")
# a rate's period words after an amount: "/người/tháng", "mỗi tháng"
_RATE_WORDS = r"(?:\s*/\s*(?:người|tháng)|\s+(?:mỗi|hằng)\s+tháng)*"
_OTHER_SUPPORT = re.compile(rf"{_RATE_WORDS}\s+(?:{alternation(OTHER_SUPPORT_AFTER)})(?!\w)")
# between a multiple of the base salary and its amount in đồng: a link word, or a bare comma
_IN_DONG_LINK = re.compile(
    rf"\s*(?:mỗi tháng|hằng tháng|/\s*tháng)?\s*(?:,\s*(?:(?P<link>{alternation(BASE_SALARY_IN_DONG_LINKS)})\s*)?|"
    rf"(?P<link2>{alternation(BASE_SALARY_IN_DONG_LINKS)})\s*(?:(?:{alternation(BASE_SALARY_IN_DONG_LINKS)})\s*)?)"
)
_IN_DONG_NOT_AFTER = re.compile(
    rf"{_RATE_WORDS}\s*(?!(?:{alternation(IN_DONG_SPAN_AFTER)})(?!\w))(?:{alternation(IN_DONG_NOT_AFTER)})(?!\w)"
)
