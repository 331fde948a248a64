"""The Japanese calendar: eras (元号) and the days of the week.

Releases date themselves by era (平成25年7月18日(木)) or by the Gregorian
year (2013年7月18日(木)). An era's year 1 is written 元年 and runs from the
day the era begins to 31 December; each later year is a calendar year.

Era boundaries (Era Name Act, 元号法, and the cabinet orders naming each
era): Taisho ended and Showa began on 1926-12-25, a day of both; Showa
ended on 1989-01-07 and Heisei began on 1989-01-08; Heisei ended on
2019-04-30 and Reiwa began on 2019-05-01. Dates before Taisho are older
than anything a deal holds and are not listed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from worksheet.words import term


@dataclass(frozen=True)
class Era:
    key: str  # its name in the catalogue: "wareki.heisei" -> Heisei / 平成
    name: str  # 平成
    letter: str  # H, as forms abbreviate it: H25.7.18
    first: dt.date
    last: dt.date | None  # None while it lasts

    def contains(self, day: dt.date) -> bool:
        return self.first <= day and (self.last is None or day <= self.last)

    def year_of(self, day: dt.date) -> int:
        """The era year of ``day`` (1 for 元年)."""
        return day.year - self.first.year + 1

    def gregorian_year(self, year: int) -> int:
        return self.first.year + year - 1


TAISHO = Era(term("wareki.taisho", "Taisho", "大正"), "大正", "T", dt.date(1912, 7, 30), dt.date(1926, 12, 25))
SHOWA = Era(term("wareki.showa", "Showa", "昭和"), "昭和", "S", dt.date(1926, 12, 25), dt.date(1989, 1, 7))
HEISEI = Era(term("wareki.heisei", "Heisei", "平成"), "平成", "H", dt.date(1989, 1, 8), dt.date(2019, 4, 30))
REIWA = Era(term("wareki.reiwa", "Reiwa", "令和"), "令和", "R", dt.date(2019, 5, 1), None)
ERAS = (TAISHO, SHOWA, HEISEI, REIWA)

#: how a form may name an era: its name, its first character (平25.7.18) or its letter
_NAMES = {written: era for era in ERAS for written in (era.name, era.name[0], era.letter, era.letter.lower())}

#: the weekday as a release prints it in parentheses, Monday first (date.weekday())
WEEKDAY_MARKS = "月火水木金土日"
WEEKDAYS = tuple(term(f"wareki.weekday.{n}", en, ja) for n, (en, ja) in enumerate([
    ("Monday", "月曜日"), ("Tuesday", "火曜日"), ("Wednesday", "水曜日"), ("Thursday", "木曜日"),
    ("Friday", "金曜日"), ("Saturday", "土曜日"), ("Sunday", "日曜日")]))


def era_named(written: str) -> Era | None:
    """The era a form names: 平成, 平, H or h."""
    return _NAMES.get(written)


def era_of(day: dt.date) -> Era | None:
    """The era ``day`` is dated in; the day both eras share (1926-12-25) is
    the new era's first. ``None`` before Taisho."""
    for era in reversed(ERAS):
        if era.contains(day):
            return era
    return None


def era_year_text(year: int) -> str:
    """元 for year 1, as every release writes it; digits after."""
    return "元" if year == 1 else str(year)


def era_date(day: dt.date) -> str:
    """平成25年7月18日; 令和元年5月1日. A day before Taisho keeps its
    Gregorian year (1900年1月1日)."""
    era = era_of(day)
    if era is None:
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{era.name}{era_year_text(era.year_of(day))}年{day.month}月{day.day}日"


def era_short(day: dt.date) -> str:
    """H25.7.18; R1.5.1: the abbreviation forms and spreadsheets use."""
    era = era_of(day)
    if era is None:
        return day.isoformat()
    return f"{era.letter}{era.year_of(day)}.{day.month}.{day.day}"


def weekday_mark(day: dt.date) -> str:
    """木 for a Thursday."""
    return WEEKDAY_MARKS[day.weekday()]
