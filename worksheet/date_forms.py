"""Dates as people type them, in Japanese and in English.

Read (full-width digits and spaces allowed anywhere):

- 2013-07-18, 2013/7/18, 2013.7.18, 20130718 and 2013年7月18日;
- by era, with the era's name, its first character or its letter:
  平成25年7月18日, 令和元年5月1日, 平25.7.18, H25.7.18, R7.3.31, h25/7/18;
  元 or 1 for an era's first year;
- any of these followed by the weekday in parentheses, as releases print
  them: 2013年7月18日(木), 2013-07-18（木曜日）.

Refused, with how to write the date instead: a two-digit year (13/7/18
could be 1913 or 2013) and a year written last (07/18/2013 and 18/07/2013
read day-first or month-first; a table's whole column may settle which,
see :mod:`worksheet.tables`).

This module reads the parts; whether they make a day, whether the day
falls in the era named and on the weekday written is the date kind's rule
(:class:`worksheet.kinds.DateKind`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from worksheet.numerals import to_ascii
from worksheet.wareki import WEEKDAY_MARKS, Era, era_named

_ERA = r"(令和|平成|昭和|大正|令|平|昭|大|[RHSTrhst])"
_MONTH_DAY = r"(?:年(\d{1,2})月(\d{1,2})日|[-/.](\d{1,2})[-/.](\d{1,2}))"
_GREGORIAN = (re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})"), re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日"),
              re.compile(r"(\d{4})(\d{2})(\d{2})"))
_BY_ERA = re.compile(_ERA + r"(\d{1,3}|元)" + _MONTH_DAY)
_WEEKDAY = re.compile(rf"(.*)\(([{WEEKDAY_MARKS}])(?:曜日|曜)?\)")
_TWO_DIGIT_YEAR = re.compile(r"\d{2}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)")
_YEAR_LAST = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")

NOT_A_DATE = "kinds.not_a_date"
TWO_DIGIT_YEAR = "kinds.two_digit_year"
YEAR_LAST = "kinds.year_last"


class DateFormError(ValueError):
    """Text that is not a date; ``key`` is the catalogue message saying how to write one."""

    def __init__(self, key: str):
        super().__init__(key)
        self.key = key


@dataclass(frozen=True)
class WrittenDate:
    """The parts of a date as written, not yet checked against the calendar."""

    year: int  # Gregorian
    month: int
    day: int
    era: Era | None = None  # the era it was written in
    era_year: int | None = None  # as written: 0 is possible, and refused by the kind
    weekday: str | None = None  # the weekday written: 木


def read_date(text: str) -> WrittenDate:
    """The parts of the date ``text`` writes; :class:`DateFormError` when it is none."""
    s = "".join(to_ascii(text).split())
    weekday = None
    m = _WEEKDAY.fullmatch(s)
    if m:
        s, weekday = m[1], m[2]
    for form in _GREGORIAN:
        m = form.fullmatch(s)
        if m:
            return WrittenDate(int(m[1]), int(m[2]), int(m[3]), weekday=weekday)
    m = _BY_ERA.fullmatch(s)
    if m:
        era = era_named(m[1])
        assert era is not None  # the pattern lists only the eras' names
        era_year = 1 if m[2] == "元" else int(m[2])
        month, day = (m[3], m[4]) if m[3] else (m[5], m[6])
        return WrittenDate(era.gregorian_year(era_year), int(month), int(day), era, era_year, weekday)
    if _TWO_DIGIT_YEAR.fullmatch(s):
        raise DateFormError(TWO_DIGIT_YEAR)
    if _YEAR_LAST.fullmatch(s):
        raise DateFormError(YEAR_LAST)
    raise DateFormError(NOT_A_DATE)


def year_last_parts(text: str) -> tuple[int, int, int] | None:
    """(first, second, year) of a year-last date such as 10/31/2013, else
    ``None``: a table's column can tell which of the first two is the day
    where a single date cannot."""
    m = _YEAR_LAST.fullmatch("".join(to_ascii(text).split()))
    return (int(m[1]), int(m[2]), int(m[3])) if m else None
