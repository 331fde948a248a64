"""Days on the Tokyo Stock Exchange's calendar: business days after a day,
between two days, whether a day is one, and calendar days after."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, Callable

from worksheet.expressions.node import BOOL, DATE, NUMBER, ExcelPrinter, Expr, lift
from worksheet.words import term

if TYPE_CHECKING:
    from worksheet.expressions.node import Frame
    from worksheet.expressions.in_words import WordsPrinter


class DayFunction(Expr):
    """A business-day or calendar-day function of the TSE calendar."""

    def __init__(self, key: str, args: tuple[Expr, ...], python: Callable[..., Any], excel: str,
                 value_type: str = DATE):
        self.key, self.args, self.python, self.excel_template = key, args, python, excel
        self.value_type = value_type

    @property
    def places(self) -> int | None:
        return 0

    def children(self) -> tuple[Expr, ...]:
        return self.args

    def evaluate(self, frame: "Frame") -> Any:
        return self.python(frame.calendar, *(a.evaluate(frame) for a in self.args))

    def compile(self) -> Callable[["Frame"], Any]:
        python, args = self.python, tuple(a.run for a in self.args)
        if len(args) == 1:
            (one,) = args
            return lambda frame: python(frame.ev.calendar, one(frame))
        first, second = args
        return lambda frame: python(frame.ev.calendar, first(frame), second(frame))

    def excel(self, px: "ExcelPrinter") -> str:
        return self.excel_template.format(*(a.excel(px) for a in self.args), holidays=px.holidays())

    def words(self, wp: "WordsPrinter") -> str:
        return wp.say(self.key, **{name: a.words(wp) for name, a in zip("abc", self.args)})


def add_business_days(day: Any, n: Any) -> Expr:
    """The ``n``-th TSE business day after ``day``."""
    return DayFunction("expr.add_business_days", (lift(day), lift(n)),
                       lambda cal, d, k: cal.add_business_days(d, k), "WORKDAY({0},{1},{holidays})")


def business_days_between(start: Any, end: Any) -> Expr:
    """TSE business days from ``start`` to ``end``, both included."""
    return DayFunction("expr.business_days_between", (lift(start), lift(end)),
                       lambda cal, a, b: cal.business_days_between(a, b), "NETWORKDAYS({0},{1},{holidays})",
                       NUMBER)


def add_calendar_days(day: Any, n: Any) -> Expr:
    """``n`` calendar days after ``day`` (a lock-up of 90 days)."""
    return DayFunction("expr.add_calendar_days", (lift(day), lift(n)),
                       lambda cal, d, k: d + dt.timedelta(days=k), "{0}+{1}")


def is_business_day(day: Any) -> Expr:
    return DayFunction("expr.is_business_day", (lift(day),), lambda cal, d: cal.is_business_day(d),
                       "AND(WEEKDAY({0},2)<6,COUNTIF({holidays},{0})=0)", BOOL)


def first_of_business_days(end: Any, n: Any) -> Expr:
    """The first of the ``n`` consecutive business days up to and including
    ``end``: where an average over n days starts."""
    return DayFunction("expr.first_of_business_days", (lift(end), lift(n)),
                       lambda cal, d, k: cal.add_business_days(d + dt.timedelta(days=1), -k),
                       "WORKDAY({0}+1,-{1},{holidays})")


term("expr.add_business_days", "the {b}-th TSE business day after {a}", "{a}の{b}営業日後")
term("expr.business_days_between", "TSE business days from {a} to {b}, both included",
     "{a}から{b}までの営業日数（両端を含む）")
term("expr.add_calendar_days", "{b} calendar days after {a}", "{a}から{b}日後")
term("expr.is_business_day", "{a} is a TSE business day", "{a}が営業日であること")
term("expr.first_of_business_days", "the first of the {b} consecutive business days up to and including {a}",
     "{a}以前{b}営業日の初日")
