"""ISO weeks, as editors name them: 2025-W35 is Monday 25 to Sunday 31 August 2025."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

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
