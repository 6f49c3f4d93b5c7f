"""Date expressions: find them in the lower-case view (DateMention); date_values.py resolves them against the
publication date (ResolvedDate)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from monitor.extract.lang.vi.dates import (
    BIRTH_BEFORE,
    BY_END_MARKERS,
    CHANGE_WORDS,
    DAY_CUES,
    DAY_WORDS,
    DAYS_SPAN_NOT_AFTER,
    DAYS_SPAN_OPENERS,
    DAYS_SPAN_OPERATIONS,
    FIRST_SPAN_UNITS,
    HALF_YEARS,
    MEASURE_WORDS,
    MEETING_OF_MONTH_BEFORE,
    MODEL_WORDS,
    MONTH_PARTS,
    MONTH_WORDS,
    NOW_WORDS,
    NUMBERING_WORDS,
    OPERATION_WORDS,
    QUARTERS,
    RELATIVE_DAYS,
    RELATIVE_MONTHS,
    RELATIVE_PERIODS,
    RELATIVE_QUARTERS,
    RELATIVE_YEARS,
    SAME_MONTH_WORDS,
    YEAR_PARTS,
)
from monitor.extract.lang.vi.numbers import SCALE_WORDS
from monitor.extract.lang.vi.units import COUNT_NOUNS, CURRENCY_WORDS, PERCENT_WORDS
from monitor.extract.patterns import alternation

_MONTH = rf"(?:\d{{1,2}}|{alternation(MONTH_WORDS)})(?!\w)"
_YEAR_WORDS = alternation(w.split()[1] for w in RELATIVE_YEARS)  # "cuối năm ngoái" is last year's end
_YEAR_TAIL = r"(?:\s*(?:năm|/|-|,)\s*(?P<{name}>(?:19|20)\d{{2}})(?!\d))?"
# "13-17/10", "1.7-30.9", "từ ngày 1 đến 15/8/2025": a range written as one expression, its first end
# with or without its month; a dot takes no spaces around it ("1. 7" ends a sentence or numbers a list)
_SPAN = (
    r"(?:ngày\s+)?(?<![\d/.,])(?P<d>\d{1,2})(?:(?P<s1>\s?/\s?|\.)(?P<m1>\d{1,2}))?"
    r"\s*(?P<join>-|đến|tới)\s*(?:ngày\s+)?"
    r"(?P<d2>\d{1,2})(?P<s2>\s?/\s?|[.-])(?P<m2>\d{1,2})(?:[/.-](?P<y>\d{4}|\d{2}))?(?![\d/]|[.,]\d)"
)
_PATTERNS = [
    ("dmy", r"(?<![\d/.,])(?P<d>\d{1,2})\s?(?P<sep>[/.-])\s?(?P<m>\d{1,2})\s?(?P=sep)\s?(?P<y>\d{4}|\d{2})(?![\d/])"),
    ("dtm", rf"(?:ngày|mồng|mùng)\s+(?P<d>\d{{1,2}})\s+tháng\s+(?P<m>{_MONTH})" + _YEAR_TAIL.format(name="y")),
    ("span", _SPAN),
    ("dm", r"(?<![\d/.,])(?P<d>\d{1,2})\s?[/-]\s?(?P<m>\d{1,2})(?![\d/]|[.,]\d)"),
    ("dotted", r"(?<![\d/.,])(?P<d>\d{1,2})\.(?P<m>\d{1,2})(?![\d/]|[.,]\d)"),  # "15.8"; "4.300" never fits
    # not "tháng trước đó" (before a date of the text)
    ("relmonth", rf"(?:(?P<part>{alternation(MONTH_PARTS)})\s+)?(?P<rm>{alternation(RELATIVE_MONTHS)})(?!\w)(?!\s+đó)"),
    ("samemonth", rf"(?<!\w)(?:{alternation(SAME_MONTH_WORDS)})(?=\s*[,.;:])"),
    ("month", rf"(?:(?P<part>{alternation(MONTH_PARTS)})\s+)?tháng\s+(?P<m>{_MONTH})" + _YEAR_TAIL.format(name="y")),
    # an infographic's short month: "T10/2025", "T.9/2025" (a month with its year only: "T10" alone may be anything)
    ("monthshort", r"(?<!\w)t\.?(?P<m>\d{1,2})\s?[/-]\s?(?P<y>(?:19|20)\d{2})(?!\d)"),
    ("quarter", r"quý\s+(?P<q>iv|iii|ii|i|[1-4])(?!\w)" + _YEAR_TAIL.format(name="y")),
    ("relquarter", rf"quý\s+(?P<rq>{alternation(RELATIVE_QUARTERS)})(?!\w)(?!\s+đó)"),
    ("years", r"(?<!\d)(?P<ya>(?:19|20)\d{2})\s*-\s*(?P<yb>(?:19|20)\d{2})(?!\d)"),
    ("half", rf"(?P<h>{alternation(HALF_YEARS)})" + _YEAR_TAIL.format(name="y").replace("(?:năm|/|-|,)", "(?:/|-|,)?")),
    (
        "firstmonths",
        # "9 tháng đầu năm", and the press's "9 tháng năm 2025" / "9 tháng năm nay" (not May: a count precedes)
        rf"(?P<n>\d{{1,2}}|{alternation(MONTH_WORDS)})\s+tháng\s+"
        r"(?:đầu\s+năm(?:\s+nay(?!\w))?|năm\s+nay(?!\w)|năm(?=\s*(?:19|20)\d{2}(?!\d)))"
        + _YEAR_TAIL.format(name="y").replace("(?:năm|/|-|,)", "(?:/|-|,)?"),
    ),
    (
        "monthstart",
        # "10 ngày đầu tháng 11", "hai tuần đầu tháng 7/2025": the month's first days or weeks
        rf"(?P<sn>\d{{1,2}}|{alternation(MONTH_WORDS)})\s+(?P<su>ngày|tuần)\s+đầu(?:\s+tiên)?(?:\s+của)?\s+tháng\s+"
        rf"(?P<m>{_MONTH})" + _YEAR_TAIL.format(name="y"),
    ),
    (
        "firstspan",
        # "(hai) tuần đầu (tiên) vận hành mô hình mới": counted from the model's start, its operation named after it
        # not "những ngày đầu vận hành …" (the first days, how many untold)
        rf"(?<!những )(?<!các )(?:(?P<fn>\d{{1,2}}|{alternation(MONTH_WORDS)})\s+)?"
        rf"(?P<fu>{alternation(FIRST_SPAN_UNITS)})\s+đầu(?:\s+tiên)?"
        rf"(?=(?:\s+[^\W\d]+){{0,4}}?\s+(?:{alternation(OPERATION_WORDS)})(?!\w))"
        rf"(?=(?:\s+[^\W\d]+){{0,8}}?\s+(?:{alternation(MODEL_WORDS)})(?!\w))",
    ),
    (
        "operationdays",
        rf"(?<!\w)(?:{alternation(DAYS_SPAN_OPENERS)})\s+(?P<on>\d{{1,3}})\s+ngày"
        rf"(?=\s+(?:{alternation(DAYS_SPAN_OPERATIONS)})(?!\w)(?!\s+(?:{alternation(DAYS_SPAN_NOT_AFTER)})(?!\w)))",
    ),
    ("year", r"(?P<yp>năm|cuối năm|hết năm|đầu năm)\s+(?P<y>(?:19|20)\d{2})(?!\d)"),
    ("yearpart", rf"(?P<ypart>{alternation(YEAR_PARTS)})(?!\s*(?:(?:19|20)\d{{2}}|{_YEAR_WORDS}))(?!\w)"),
    ("relyear", rf"(?P<ry>{alternation(RELATIVE_YEARS)})(?!\w)"),
    ("relweek", rf"tuần\s+(?P<rw>{alternation(RELATIVE_PERIODS)})(?!\w)(?!\s+đó)"),
    ("relative", rf"(?P<rel>{alternation(RELATIVE_DAYS)})(?!\w)"),
    ("now", rf"(?P<now>{alternation(NOW_WORDS)})(?!\w)"),
    ("bareday", r"ngày\s+(?P<d>\d{1,2})(?=\s+(?:đến|tới|-)\s+(?:ngày\s+)?\d)"),
]
_DATE_RE = re.compile(
    "|".join(
        f"(?P<_{name}>{pattern.replace('(?P<', f'(?P<{name}_')})".replace(f"(?P={'sep'})", f"(?P={name}_sep)")
        for name, pattern in _PATTERNS
    )
)
_DAY_CUE_BEFORE = re.compile(rf"(?:{alternation(DAY_CUES)})\s*\(?\s*$")  # "thứ Hai (13/10)"
_DAY_WORD_BEFORE = re.compile(rf"(?<!\w)(?:{alternation(DAY_WORDS)})\s*$")
_NUMBERED_BEFORE = re.compile(rf"(?<!\w)(?:{alternation(NUMBERING_WORDS)})\s*$")
# what a number is followed by: "1.7 triệu", "1.5 lần", "3-5/10 hồ sơ", "từ 1.2 lên"; "1.7 năm 2025" is a
# date's year
_COUNT_WORDS = [*MEASURE_WORDS, *CHANGE_WORDS, *SCALE_WORDS, *COUNT_NOUNS, *CURRENCY_WORDS, *PERCENT_WORDS]
_COUNTED_AFTER = re.compile(rf"\s*(?:{alternation(_COUNT_WORDS)})(?!\w)(?!\s*(?:19|20)\d{{2}})")
_BY_END = re.compile(rf"(?<!\w)(?:{alternation(BY_END_MARKERS)})\s*$")
_RANGE_JOIN = re.compile(r"^\s*(?:đến|tới|-)\s*(?:hết\s+)?(?:ngày\s+)?$")
_COUNT_BEFORE = re.compile(rf"(?:\d|(?<!\w)(?:{alternation(w for w in MONTH_WORDS if ' ' not in w)}|vài|mấy))\s*$")
_MEETING_BEFORE = re.compile(rf"(?<!\w)(?:{alternation(MEETING_OF_MONTH_BEFORE)})\s+$")
_BIRTH_BEFORE = re.compile(rf"(?<!\w)(?:{alternation(BIRTH_BEFORE)})\s+$")
_RANGE_FROM = re.compile(r"(?:từ|trong)\s*(?:ngày\s+)?$")


@dataclass(slots=True)
class DateMention:
    """A date expression: a point (as_of only) or a span (period and as_of)."""

    start: int
    end: int
    kind: str
    day: int | None = None
    month: int | None = None
    year: int | None = None
    year_end: int | None = None
    quarter: int | None = None
    part: int | None = None
    offset: int | None = None
    by_end: bool = False  # "đến hết năm 2025": the figure holds at the period's end
    unit_days: int | None = None  # "firstspan": the days one unit counts ("tuần" 7), 0 for the calendar month
    first: DateMention | None = None  # a range: its two ends
    last: DateMention | None = None

    @property
    def has_year(self) -> bool:
        if self.kind == "range":
            return bool(self.last and self.last.has_year)
        return self.year is not None or self.kind in (
            "now",
            "relative",
            "relweek",
            "relmonth",
            "firstspan",
            "operationdays",
        )


@dataclass(slots=True)
class ResolvedDate:
    as_of: dt.date
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    # a bounded calendar period ("trong tháng 8", "quý III", "tuần qua", "từ tháng 9 đến tháng 12"): its
    # figure is the period's own, a series apart; "từ 1/7 đến 20/8", "đến hết tháng 8" are running totals
    calendar: bool = False
    # a start the text puts after the day it was told ("Từ 1/12/2025, 2.199 thủ tục …" in November): what starts then
    # is to come, not done (when.date_for; sentence_reading gives an uncued figure so dated the status planned)
    to_come: bool = False


def find_dates(view: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Date expressions in view[start:end] (the lower-case matching view), ranges joined."""
    end = len(view) if end is None else end
    found = []
    for match in _DATE_RE.finditer(view, start, end):
        mention = _mention(match, view)
        if mention is not None:
            found.append(mention)
    return _join_ranges(_past_of_a_date(found, view), view)


def named_months(dated: list[list[DateMention]]) -> None:
    """Give each "samemonth" mention ("Trong tháng, xã tiếp nhận …") the month the text named last before it, in
    reading order over the sentences' mentions (`dated`); one with no month named before is dropped."""
    named: DateMention | None = None
    for mentions in dated:
        for m in list(mentions):
            if m.kind == "samemonth":
                if named is None:
                    mentions.remove(m)
                else:
                    m.kind, m.month, m.year = "month", named.month, named.year
            elif m.kind == "month" and m.month and m.part is None:
                named = m
            elif m.kind == "range" and m.last and m.last.kind == "month" and m.last.month:
                named = m.last


def _past_of_a_date(found: list[DateMention], view: str) -> list[DateMention]:
    """ "Tháng 9 vừa qua": "vừa qua" only says the month is past, it is no date of its own."""
    kept: list[DateMention] = []
    for mention in found:
        after_date = kept and kept[-1].kind != "now" and not view[kept[-1].end : mention.start].strip()
        if mention.kind == "now" and after_date and view[mention.start : mention.end] in ("vừa qua", "qua"):
            continue
        kept.append(mention)
    return kept


def _mention(match: re.Match, view: str) -> DateMention | None:
    kind = match.lastgroup[1:] if match.lastgroup else ""
    group = {k.split("_", 1)[1]: v for k, v in match.groupdict().items() if v and "_" in k and k[0] != "_"}
    if kind == "span":
        return _span(match, group, view)
    if kind == "dotted" and not _dotted_is_date(match, view):
        return None
    m = DateMention(match.start(), match.end(), {"dotted": "dm", "monthshort": "month"}.get(kind, kind))
    if "d" in group:
        m.day = int(group["d"])
    if "m" in group:
        m.month = int(group["m"]) if group["m"].isdigit() else MONTH_WORDS[group["m"]]
    if "y" in group:
        m.year = int(group["y"]) + (2000 if len(group["y"]) == 2 else 0)
    if kind == "dm" and (
        not _DAY_CUE_BEFORE.search(view, max(0, match.start() - 20), match.start())
        or _counted(view, match.start(), match.end())
    ):
        return None  # "12/12 sở", "1-2 công chức", "vào 12/12 xã": a fraction or a range, not a date
    if kind == "years":
        m.year, m.year_end = int(group["ya"]), int(group["yb"])
        if m.year_end < m.year:
            return None
    if kind == "quarter":
        m.quarter = QUARTERS[group["q"]]
    if kind == "half":
        m.part = HALF_YEARS[group["h"]]
    if group.get("part"):
        m.part = MONTH_PARTS[group["part"]]
    if kind == "relative":
        m.offset = RELATIVE_DAYS[group["rel"]]
    if kind == "monthstart":
        count = group["sn"]
        m.offset = (int(count) if count.isdigit() else MONTH_WORDS[count]) * FIRST_SPAN_UNITS[group["su"]]
        if not 1 <= m.offset <= 31:
            return None
    if kind == "firstspan":
        count = group.get("fn")
        m.offset = (int(count) if count.isdigit() else MONTH_WORDS[count]) if count else 1
        m.unit_days = FIRST_SPAN_UNITS[group["fu"]]
        if m.unit_days == 0 and m.offset != 1:
            return None  # "3 tháng đầu vận hành": a span of months, read no further
    if kind == "operationdays":
        m.offset = int(group["on"])
        if not 1 <= m.offset <= 366:
            return None
    if kind == "month" and _MEETING_BEFORE.search(view, max(0, match.start() - 12), match.start()):
        return None  # "họp báo Chính phủ thường kỳ tháng 6/2025": a meeting's name
    if kind == "year" and _BIRTH_BEFORE.search(view, max(0, match.start() - 10), match.start()):
        return None  # "sinh năm 1978": a person's birth
    if kind == "relmonth":
        if _COUNT_BEFORE.search(view, max(0, match.start() - 12), match.start()):
            return None  # "3 tháng trước" is three months ago, "6 tháng tới" the next six: no one month
        m.offset = RELATIVE_MONTHS[group["rm"]]
    if kind == "firstmonths":
        n = int(group["n"]) if group["n"].isdigit() else MONTH_WORDS[group["n"]]
        if not 1 <= n <= 12:
            return None
        m.month = n
    if kind == "yearpart":
        m.month, m.day = YEAR_PARTS[group["ypart"]]
    if kind == "relyear":
        m.offset = RELATIVE_YEARS[group["ry"]]
    if kind == "relweek":
        m.offset = RELATIVE_PERIODS[group["rw"]]
    if kind == "relquarter":
        m.offset = RELATIVE_QUARTERS[group["rq"]]
    m.by_end = bool(_BY_END.search(view, max(0, match.start() - 15), match.start())) or group.get("yp", "").startswith(
        ("cuối", "hết")
    )
    if m.month is not None and not 1 <= m.month <= 12:
        return None
    if m.day is not None and not 1 <= m.day <= 31:
        return None
    return m


def _dotted_is_date(match: re.Match, view: str) -> bool:
    """ "ngày 15.8", "từ 1.7", "tính đến 20.8": a dotted day.month only where a date is expected, never
    as a decimal ("đến 1.5 triệu")."""
    start = match.start()
    if not _DAY_CUE_BEFORE.search(view, max(0, start - 20), start):
        return False
    return not _counted(view, start, match.end())


def _counted(view: str, start: int, end: int) -> bool:
    """A number rather than a date: a unit or a count noun follows, unless a day word ("ngày") precedes."""
    if _DAY_WORD_BEFORE.search(view, max(0, start - 10), start):
        return False
    return bool(_COUNTED_AFTER.match(view, end))


def _span(match: re.Match, group: dict[str, str], view: str) -> DateMention | None:
    """ "13-17/10", "(1.7-30.9)", "từ 13 đến 17.10": a range in one expression; a first end without its
    month shares the last end's."""
    day, last_day, month = int(group["d"]), int(group["d2"]), int(group["m2"])
    first_month = int(group["m1"]) if "m1" in group else month
    if "m1" not in group and day >= last_day:
        return None  # days of one month run forward
    if group["s2"] == "-" and group["join"] == "-":
        return None  # "1-2-3": nothing says which dash joins and which separates
    dotted = "." in (group.get("s1", ""), group["s2"])
    start, first_day_at = match.start(), match.start("span_d")
    if dotted and _NUMBERED_BEFORE.search(view, max(0, start - 15), start):
        return None  # "mục 1.2 - 1.5"
    cued = bool(_DAY_CUE_BEFORE.search(view, max(0, first_day_at - 20), first_day_at))
    # "từ 1/7 đến 20/8" was always a date; a dot, a shared month or no cue may be a count: "từ 1.2 đến
    # 1.5 triệu", "từ 3-5/10 hồ sơ"
    may_count = dotted or "m1" not in group or not cued
    if may_count and _counted(view, first_day_at, match.end()):
        return None
    year = int(group["y"]) + (2000 if len(group["y"]) == 2 else 0) if "y" in group else None
    first = DateMention(first_day_at, match.start("span_join"), "dm", day=day, month=first_month)
    last_kind = "dmy" if year else "dm"
    last = DateMention(match.start("span_d2"), match.end(), last_kind, day=last_day, month=month, year=year)
    if not all(_valid_day(m) for m in (first, last)):
        return None
    lead = _RANGE_FROM.search(view, max(0, start - 12), start)
    return DateMention(lead.start() if lead else start, match.end(), "range", first=first, last=last)


def _valid_day(m: DateMention) -> bool:
    return m.day is not None and m.month is not None and 1 <= m.day <= 31 and 1 <= m.month <= 12


def _join_ranges(found: list[DateMention], view: str) -> list[DateMention]:
    joined: list[DateMention] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        between = view[a.end : b.start] if b is not None else ""
        if (
            b is not None
            and a.kind not in ("now", "range")
            and b.kind != "range"  # "13-17/10" is a range already
            and (
                _RANGE_JOIN.match(between)
                or (b.kind == "now" and not between.strip() and _RANGE_FROM.search(view, max(0, a.start - 12), a.start))
            )
        ):
            if a.kind == "bareday" and b.month:
                a.month, a.year = b.month, b.year
            start = a.start
            lead = _RANGE_FROM.search(view, max(0, a.start - 12), a.start)
            if lead:
                start = lead.start()
            joined.append(DateMention(start, b.end, "range", first=a, last=b))
            i += 2
            continue
        if a.kind != "bareday":
            joined.append(a)
        i += 1
    return joined
