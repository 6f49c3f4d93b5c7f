"""ISO weeks, as editors name them: 2025-W35 is Monday 25 to Sunday 31 August 2025."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

_WEEK = re.compile(r"(\d{4})-?W(\d{1,2})", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Week:
    year: int
    number: int

    @classmethod
    def parse(cls, text: str) -> Week:
        """ "2025-W35" (also "2025W35", "2025-w35"); ValueError with a one-line reason otherwise."""
        match = _WEEK.fullmatch(text.strip())
        if not match:
            raise ValueError(f"not an ISO week: {text!r} (expected YYYY-Www, e.g. 2025-W35)")
        year, number = int(match[1]), int(match[2])
        if not 1900 <= year <= 9000:  # the digest looks back months from the week: keep clear of date's limits
            raise ValueError(f"{year} is out of range: give a week between 1900 and 9000")
        try:
            dt.date.fromisocalendar(year, number, 1)
        except ValueError:
            raise ValueError(f"{year} has no ISO week {number}") from None
        return cls(year, number)

    @classmethod
    def of(cls, day: dt.date) -> Week:
        year, number, _ = day.isocalendar()
        return cls(year, number)

    @classmethod
    def last_complete(cls, today: dt.date | None = None) -> Week:
        """The week before this one: the digest of a week is read once it is over."""
        return cls.of((today or dt.date.today()) - dt.timedelta(days=7))

    @property
    def start(self) -> dt.date:
        return dt.date.fromisocalendar(self.year, self.number, 1)

    @property
    def end(self) -> dt.date:
        return dt.date.fromisocalendar(self.year, self.number, 7)

    def weeks_before(self, count: int) -> Week:
        return Week.of(self.start - dt.timedelta(weeks=count))

    def __str__(self) -> str:
        return f"{self.year}-W{self.number:02d}"

    def span(self) -> str:
        """ "25/8–31/8/2025" (or "29/12/2025–4/1/2026" across a year)."""
        start, end = self.start, self.end
        first = f"{start.day}/{start.month}" + (f"/{start.year}" if start.year != end.year else "")
        return f"{first}–{end.day}/{end.month}/{end.year}"


@dataclass(frozen=True, slots=True)
class WeekWithNews:
    """A week some stored article belongs to (published then, else fetched then), and what it holds."""

    week: Week
    articles: int
    facts: int


# A fact's week is its article's: published_at, else fetched_at (the digest's own rule).
_WEEKS_SQL = """
SELECT isoyear(day) AS year, weekofyear(day) AS week, count(DISTINCT a.id) AS articles, count(f.article_id) AS facts
FROM article_days AS a  -- the day the digest gives an article: a fetch time counts in Vietnam's day
LEFT JOIN facts AS f ON f.article_id = a.id
WHERE day IS NOT NULL
GROUP BY ALL ORDER BY year, week
"""


def weeks_with_news(store: Any) -> list[WeekWithNews]:
    """Every week of the store that has articles, oldest first (store: a monitor.store.Store)."""
    return [
        WeekWithNews(Week(year, week), articles, facts) for year, week, articles, facts in store.query(_WEEKS_SQL).rows
    ]
