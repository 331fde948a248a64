"""Tokyo Stock Exchange business days.

A business day is a weekday that is not a Japanese national holiday
(substitute holidays included) and not in the exchange's year-end closure
(31 December to 3 January). The holidays come from the maintained
``holidays`` library's XJPX exchange calendar, which has both (through
:mod:`worksheet.holiday_cache`); a deal may add closures the library lacks
(an exchange outage, a new holiday law).
Calendar-day arithmetic is python-dateutil's.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from functools import lru_cache

from dateutil.relativedelta import relativedelta

from worksheet.holiday_cache import exchange_holidays as _exchange_holidays
from worksheet.words import CATALOGUE, term

SATURDAY = term("calendar.saturday", "Saturday", "土曜日")
SUNDAY = term("calendar.sunday", "Sunday", "日曜日")
ADDED = term("calendar.added", "Closure added in this deal", "本件で追加した休業日")


class TseCalendar:
    """Business days of the Tokyo Stock Exchange, plus a deal's own closures."""

    def __init__(self, extra_closures: tuple[dt.date, ...] = ()):
        self.extra_closures = frozenset(extra_closures)

    def closure_name(self, day: dt.date, language: str = "en") -> str | None:
        """Why ``day`` is not a business day, in ``language`` (Marine Day,
        海の日), or ``None`` when it is one."""
        if day.weekday() == 5:
            return CATALOGUE.text(SATURDAY, language)
        if day.weekday() == 6:
            return CATALOGUE.text(SUNDAY, language)
        if day in self.extra_closures:
            return CATALOGUE.text(ADDED, language)
        return _exchange_holidays(day.year, language).get(day)

    def is_business_day(self, day: dt.date) -> bool:
        return day.weekday() < 5 and day not in self.extra_closures and day not in _exchange_holidays(day.year)

    def _index(self, first_year: int, last_year: int) -> list[int]:
        return _business_day_index(max(MIN_YEAR, first_year), min(MAX_YEAR, last_year), self.extra_closures)

    def add_business_days(self, day: dt.date, n: int) -> dt.date:
        """The ``n``-th business day after ``day`` (before it when ``n`` < 0);
        ``day`` itself need not be a business day. ``n`` = 0 gives ``day``."""
        if n == 0:
            return day
        reach = abs(n) // 200 + 1  # years a count of business days can span
        days = self._index(day.year - (reach if n < 0 else 1), day.year + (reach if n > 0 else 1))
        if n > 0:
            at = bisect_right(days, day.toordinal()) + n - 1
        else:
            at = bisect_left(days, day.toordinal()) + n
        if 0 <= at < len(days):
            return dt.date.fromordinal(days[at])
        return self._walk(day, n)

    def _walk(self, day: dt.date, n: int) -> dt.date:
        step = 1 if n >= 0 else -1
        remaining = abs(n)
        current = day
        while remaining:
            current += dt.timedelta(days=step)
            if self.is_business_day(current):
                remaining -= 1
        return current

    def business_days_between(self, start: dt.date, end: dt.date) -> int:
        """Business days from ``start`` to ``end``, both included."""
        if end < start:
            return 0
        days = self._index(start.year, end.year)
        return bisect_right(days, end.toordinal()) - bisect_left(days, start.toordinal())

    def last_business_days(self, end: dt.date, count: int) -> list[dt.date]:
        """The ``count`` consecutive business days up to and including ``end``,
        oldest first: the window of an average closing price."""
        found: list[dt.date] = []
        current = end
        while len(found) < count:
            if self.is_business_day(current):
                found.append(current)
            current -= dt.timedelta(days=1)
        return found[::-1]

    def non_business_days(self, start: dt.date, end: dt.date, language: str = "en") -> list[tuple[dt.date, str]]:
        """Weekday closures between ``start`` and ``end`` with their names in
        ``language``: the holiday list a spreadsheet's WORKDAY needs."""
        out = []
        for d in self.days(start, end):
            if d.weekday() < 5:
                name = self.closure_name(d, language)
                if name:
                    out.append((d, name))
        return out

    @staticmethod
    def days(start: dt.date, end: dt.date) -> list[dt.date]:
        first = start.toordinal()
        return [dt.date.fromordinal(o) for o in range(first, end.toordinal() + 1)]


MIN_YEAR, MAX_YEAR = 1950, 2199  # the dates a deal can hold (kinds.MIN_DATE .. MAX_DATE)


@lru_cache(maxsize=32)
def _business_day_index(first_year: int, last_year: int, extra: frozenset[dt.date]) -> list[int]:
    """Every business day of the years, as sorted ordinals: counting business
    days becomes a binary search."""
    calendar = TseCalendar(tuple(extra))
    start, end = dt.date(first_year, 1, 1).toordinal(), dt.date(last_year, 12, 31).toordinal()
    return [o for o in range(start, end + 1) if calendar.is_business_day(dt.date.fromordinal(o))]


def add_calendar_days(day: dt.date, n: int) -> dt.date:
    """``n`` calendar days after ``day``: a lock-up of "the 90th calendar day
    after the delivery date"."""
    return day + relativedelta(days=n)
