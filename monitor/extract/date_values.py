"""Date values: a date expression found by dates.py resolved against the publication date (the anchor).

Yearless dates follow facts.md: the nearest year that puts them on or before the anchor, or on or after it when their
clause speaks of the future. A period gives its span and the day its figure holds; a calendar period (a month, a
quarter, a year) is a series of its own, a span running to a day is a running total.
"""

from __future__ import annotations

import calendar
import datetime as dt

from monitor.extract.dates import DateMention, ResolvedDate
from monitor.extract.lang.vi.dates import DAYS_SPAN_TOLD_WITHIN, MONTH_PARTS, REFORM_START


def _under_way(m: DateMention, anchor: dt.date) -> bool:
    """A range of days and months with no year that, ending on or after the publication day, would start on or
    before it: the span is under way."""
    first, last = m.first, m.last
    if first is None or last is None or first.year or last.year or first.kind == "now" or last.kind != first.kind:
        return False
    if last.kind not in ("dm", "month"):
        return False
    ahead = resolve(last, anchor, future=True)
    if ahead is None:
        return False
    end = ahead.period_end or ahead.as_of
    start = resolve(first, end, future=False)
    return start is not None and (start.period_start or start.as_of) <= anchor <= end


def resolve(m: DateMention, anchor: dt.date, future: bool = False) -> ResolvedDate | None:
    """The dates a mention stands for, given the anchor (publication) date."""
    if m.kind == "range" and m.first and m.last:
        last = resolve(m.last, anchor, future)
        if last is None:
            return None
        if not future and _under_way(m, anchor):
            # "Chính sách áp dụng từ ngày 1/7 đến 31/12" told on 23/9: the span that holds the publication day,
            # not last year's
            last = resolve(m.last, anchor, future=True) or last
        end = last.period_end or last.as_of
        first = resolve(m.first, end, future=False) if m.first.kind != "now" else None
        start = (first.period_start or first.as_of) if first else None
        opens_on_first = (m.first.kind == "month" and m.first.part == MONTH_PARTS["đầu"]) or (
            m.first.kind == "yearpart" and m.first.month == 1
        )
        if start and opens_on_first:
            start = start.replace(day=1)  # "từ đầu năm / đầu tháng 7 đến nay": the span opens on the first
        return ResolvedDate(min(end, anchor), start, end, calendar=_whole_periods(m.first, m.last))
    if m.kind == "now":
        return ResolvedDate(anchor)
    if m.kind == "relative":
        return ResolvedDate(anchor + dt.timedelta(days=m.offset or 0))
    if m.kind == "relmonth":
        index = anchor.year * 12 + anchor.month - 1 + (m.offset or 0)
        month = DateMention(
            m.start, m.end, "month", month=index % 12 + 1, year=index // 12, part=m.part, by_end=m.by_end
        )
        return resolve(month, anchor, future)
    if m.kind == "relquarter":  # "quý vừa qua" told in October: the third quarter
        index = anchor.year * 4 + (anchor.month - 1) // 3 + (m.offset or 0)
        quarter = DateMention(m.start, m.end, "quarter", quarter=index % 4 + 1, year=index // 4, by_end=m.by_end)
        return resolve(quarter, anchor, future)
    if m.kind == "relyear":
        year = anchor.year + (m.offset or 0)
        start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
        return ResolvedDate(_period_as_of(end, anchor, future, m.by_end), start, end, calendar=not m.by_end)
    if m.kind == "relweek":
        start, end = _relative_week(m.offset or 0, anchor)
        return ResolvedDate(_period_as_of(end, anchor, future), start, end, calendar=True)
    if m.kind == "firstspan":  # "tháng đầu tiên mô hình đi vào hoạt động": from the reform's start
        start = dt.date(*REFORM_START)
        days = (m.unit_days or 0) * (m.offset or 1)
        end = _month_end(start.year, start.month) if not days else start + dt.timedelta(days=days - 1)
        return ResolvedDate(min(end, anchor), start, end, calendar=not days)
    if m.kind == "operationdays":  # "Sau 13 ngày hoạt động": from the reform's start, that many days on
        start = dt.date(*REFORM_START)
        end = start + dt.timedelta(days=(m.offset or 1) - 1)
        # told long after that day, or before it: counted from another start
        return ResolvedDate(end, start, end) if 0 <= (anchor - end).days <= DAYS_SPAN_TOLD_WITHIN else None
    if m.kind == "monthstart" and m.month:  # "10 ngày đầu tháng 11": from the 1st to the 10th
        year = m.year or _nearest_year(anchor, m.month, 1, future)
        end = min(dt.date(year, m.month, 1) + dt.timedelta(days=(m.offset or 1) - 1), _month_end(year, m.month))
        return ResolvedDate(_period_as_of(end, anchor, future), dt.date(year, m.month, 1), end)
    if m.kind == "firstmonths":  # "9 tháng đầu năm": January to the end of the ninth month
        assert m.month is not None
        year = m.year or _nearest_year(anchor, m.month, 28, future)
        start, end = dt.date(year, 1, 1), _month_end(year, m.month)
        return ResolvedDate(_period_as_of(end, anchor, future, m.by_end), start, end, calendar=not m.by_end)
    if m.kind == "yearpart":
        assert m.month is not None and m.day is not None
        return ResolvedDate(dt.date(_nearest_year(anchor, m.month, m.day, future), m.month, m.day))
    if m.kind in ("year", "years"):
        assert m.year is not None
        start, end = dt.date(m.year, 1, 1), dt.date(m.year_end or m.year, 12, 31)
        return ResolvedDate(_period_as_of(end, anchor, future, m.by_end), start, end, calendar=not m.by_end)
    if m.kind == "half":  # "nửa đầu năm": January to June
        first_month = 1 if m.part == 1 else 7
        year = m.year or _nearest_year(anchor, first_month + 5, 31 if future else 1, future)
        start, end = dt.date(year, first_month, 1), _month_end(year, first_month + 5)
        return ResolvedDate(_period_as_of(end, anchor, future, m.by_end), start, end, calendar=not m.by_end)
    if m.kind == "quarter":
        year = m.year or _nearest_year(anchor, 3 * (m.quarter or 1), 31 if future else 1, future)
        first_month = 3 * ((m.quarter or 1) - 1) + 1
        start, end = dt.date(year, first_month, 1), _month_end(year, first_month + 2)
        return ResolvedDate(_period_as_of(end, anchor, future, m.by_end), start, end, calendar=not m.by_end)
    if m.kind == "month" and m.month:
        # a period to come may be running: "đến hết tháng 11" told on 2 November is this November
        last = m.part if m.part and m.part > 0 else 31  # the day the period (or its part) ends
        year = m.year or _nearest_year(anchor, m.month, last if future else 1, future)
        if m.part:
            day = m.part if m.part > 0 else _month_end(year, m.month).day
            return ResolvedDate(dt.date(year, m.month, day))
        start, end = dt.date(year, m.month, 1), _month_end(year, m.month)
        return ResolvedDate(_period_as_of(end, anchor, future, m.by_end), start, end, calendar=not m.by_end)
    if m.day and m.month:
        year = m.year or _nearest_year(anchor, m.month, m.day, future)
        try:
            return ResolvedDate(dt.date(year, m.month, m.day))
        except ValueError:
            return None
    return None


# kinds of mention that name a whole calendar period (a month without its part, a quarter, a year ...)
_CALENDAR_KINDS = (
    "month",
    "relmonth",
    "quarter",
    "relquarter",
    "half",
    "year",
    "years",
    "relyear",
    "relweek",
    "firstmonths",
)


def _whole_periods(first: DateMention, last: DateMention) -> bool:
    """ "từ tháng 9 đến tháng 12": a range of whole periods is a bounded period; a range of days ("từ 1/7
    đến 20/8") or up to now is how far a running total has come. The last end's "đến" is the range's own."""
    return all(m.kind in _CALENDAR_KINDS and not m.part for m in (first, last))


def _relative_week(offset: int, anchor: dt.date) -> tuple[dt.date, dt.date]:
    """The week (Monday to Sunday) `offset` away from the anchor's."""
    monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=offset)
    return monday, monday + dt.timedelta(days=6)


def _period_as_of(end: dt.date, anchor: dt.date, future: bool, by_end: bool = False) -> dt.date:
    """A period's figure holds on the anchor while the period runs, else at its end; "đến hết năm 2025"
    in a plan (by_end) holds at the end even when that is to come."""
    if by_end and future:
        return end
    return end if future and end < anchor else min(end, anchor)


def _nearest_year(anchor: dt.date, month: int, day: int, future: bool) -> int:
    # a day the month lacks ("31/9", "29/2") is compared as the month's last day: a typo must not stop the article
    candidates = [
        dt.date(y, month, min(day, calendar.monthrange(y, month)[1])) for y in range(anchor.year - 1, anchor.year + 2)
    ]
    if future:
        return min(d for d in candidates if d >= anchor).year
    return max(d for d in candidates if d <= anchor).year


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])
