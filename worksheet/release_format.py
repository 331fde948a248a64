"""Figures and dates as a Japanese release prints them.

- Dates: 2013年7月18日(木), or by era on request: 平成25年7月18日(木),
  令和元年5月1日(水) (元年 for an era's first year).
- Amounts: in 円, 千円 or 百万円, with thousands separators and △ before a
  negative figure (△6, never -6 or (6)). A release states how it brings
  yen to its unit: most truncate (百万円未満切捨て), some round half up
  (四捨五入); the rounding is an argument, :class:`Rounding`. Truncation is
  toward zero, as releases apply it: △5,941,840 yen is △5 百万円, and a
  negative that truncates to nothing prints △0.
- Percentages: as stated, two decimals half up (11.76%) or one (11.8%).

English formatting is :mod:`worksheet.display`'s; :func:`display.format_value`
and :func:`display.format_figure` call here for ``language="ja"``.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import Enum

from worksheet.money import divide, round_half_up, truncate_toward_zero
from worksheet.wareki import era_date, weekday_mark

NEGATIVE = "△"


class Rounding(Enum):
    """How a release brings a figure to its unit; the value is the words of
    its note (百万円未満切捨て)."""

    TRUNCATE = "切捨て"
    HALF_UP = "四捨五入"

    def apply(self, value: Decimal, places: int) -> Decimal:
        if self is Rounding.TRUNCATE:
            return truncate_toward_zero(value, places)
        return round_half_up(value, places)


class Unit(Enum):
    """A unit a release states amounts in: its yen and its words."""

    YEN = (Decimal(1), "円")
    THOUSAND_YEN = (Decimal(1000), "千円")
    MILLION_YEN = (Decimal(1_000_000), "百万円")

    @property
    def yen(self) -> Decimal:
        return self.value[0]

    @property
    def words(self) -> str:
        return self.value[1]


def release_date(day: dt.date, *, era: bool = False, weekday: bool = True) -> str:
    """2013年7月18日(木); with ``era``, 平成25年7月18日(木)."""
    written = era_date(day) if era else f"{day.year}年{day.month}月{day.day}日"
    return f"{written}({weekday_mark(day)})" if weekday else written


def figure(value: Decimal | int, *, places: int | None = None) -> str:
    """A number as a release table prints it: 18,773; △5.9; 927.72. The value
    is printed as given (``places`` pads or must not cut: round first)."""
    value = Decimal(value)
    magnitude = abs(value)
    if places is None:
        text = f"{magnitude:,f}"
    else:
        if magnitude != magnitude.quantize(Decimal(1).scaleb(-places)):
            raise ValueError(f"{value} has more than {places} decimals: round it first")
        text = f"{magnitude:,.{places}f}"
    return NEGATIVE + text if value.is_signed() else text


def amount(yen: Decimal | int, unit: Unit = Unit.MILLION_YEN, *, rounding: Rounding = Rounding.TRUNCATE,
           places: int = 0, with_unit: bool = True) -> str:
    """An amount in yen as stated in ``unit``: 18,773百万円, 10,451,000千円,
    △6百万円, 927.72円 (``places=2`` for a per-share figure)."""
    stated = rounding.apply(divide(yen, unit.yen), places)
    text = figure(stated, places=places)
    return text + unit.words if with_unit else text


def percent(ratio: Decimal, *, places: int = 2, rounding: Rounding = Rounding.HALF_UP) -> str:
    """A ratio as a release states it: 0.117647 -> 11.76% (two decimals half
    up), 11.8% with ``places=1``; △ when negative."""
    return figure(rounding.apply(Decimal(ratio) * 100, places), places=places) + "%"


def rounding_note(unit: Unit = Unit.MILLION_YEN, rounding: Rounding = Rounding.TRUNCATE) -> str:
    """The note under a release's table: 百万円未満切捨て, 千円未満四捨五入."""
    return f"{unit.words}未満{rounding.value}"
