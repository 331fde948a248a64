"""The named roundings a release states (rounded up to the yen, any
fraction of a share dropped, a percentage to one decimal...), each with
its Decimal function and the Excel formula that rounds the same way."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from worksheet import money
from worksheet.expressions.node import ExcelPrinter, Expr, Guard, Precedence, lift
from worksheet.words import term

if TYPE_CHECKING:
    from worksheet.expressions.node import Frame
    from worksheet.expressions.in_words import WordsPrinter


class Rounding(Expr):
    """A rounding a release states: its name says the direction. The Decimal
    function comes from :mod:`worksheet.money`; the Excel function rounds in
    the same direction for every sign (up away from zero, down toward it,
    ``ROUND`` half away from zero).

    Whole-yen roundings are printed with ``TRUNC`` and ``INT``, not
    ``ROUNDDOWN``/``ROUNDUP``: LibreOffice (7.4) rounds the argument of
    those two to about twelve significant digits first, so that
    ``ROUNDUP(121273344221.04,0)`` gives 121,273,344,221 and
    ``ROUNDDOWN(121273344221.96,0)`` 121,273,344,222, a yen off on any
    amount above ten billion yen; ``TRUNC`` and ``INT`` are exact there, in
    LibreOffice and in Excel."""

    def __init__(self, key: str, arg: Expr, python: Callable[[Any], Any], excel: str, places: int, *,
                 to_int: bool = False):
        self.key, self.arg, self.python, self.excel_template = key, arg, python, excel
        self._places = places
        self.to_int = to_int

    @property
    def places(self) -> int | None:
        return max(0, self._places)

    def children(self) -> tuple[Expr, ...]:
        return (self.arg,)

    def evaluate(self, frame: "Frame") -> Any:
        found = self.python(self.arg.evaluate(frame))
        return int(found) if self.to_int else found

    def compile(self) -> Callable[["Frame"], Any]:
        python, arg = self.python, self.arg.run
        if self.to_int:
            return lambda frame: int(python(arg(frame)))
        return lambda frame: python(arg(frame))

    def excel(self, px: "ExcelPrinter") -> str:
        return self.excel_template.format(x=self.arg.excel(px))

    def words(self, wp: "WordsPrinter") -> str:
        return wp.say(self.key, x=self.arg.words_in(wp, Precedence.MUL))


def round_up_to_yen(x: Any) -> Expr:
    """Any fraction below one yen rounded up: the stated capital (Rules of
    Account Settlement of Corporations, Art. 14(1), as releases apply it)."""
    return Rounding("expr.round_up_to_yen", lift(x), money.round_up_to_yen, "(SIGN({x})*-INT(-ABS({x})))", 0)


def round_down_to_yen(x: Any) -> Expr:
    """Any fraction below one yen rounded down: the provisional range."""
    return Rounding("expr.round_down_to_yen", lift(x), money.round_down_to_yen, "TRUNC({x})", 0)


def round_down_to_sen(x: Any) -> Expr:
    """Any fraction below one sen rounded down: a limit that amounts in sen
    are compared with (the simplified test's fraction of net assets).

    In the workbook it is rounded to the sen and stepped back a sen where
    that went up: LibreOffice's ROUNDDOWN and TRUNC take a value above about
    10^11 to twelve significant digits first (ROUNDDOWN(150592248179.8,2)
    gives 150592248180), where net assets of a listed company are. ROUND
    keeps every digit, and the step back is exact for an argument held to
    its places (a product is)."""
    return Rounding("expr.round_down_to_sen", lift(x), money.round_down_to_sen,
                    "ROUND(ROUND({x},2)-IF(ROUND({x},2)>{x},0.01,0),2)", 2)


def round_down_to_million(x: Any) -> Expr:
    """Truncated to whole millions of yen, as a release states a use of proceeds."""
    return Rounding("expr.round_down_to_million", lift(x), money.round_down_to_million, "TRUNC({x},-6)", 0)


def round_half_up_to_sen(x: Any) -> Expr:
    """Rounded half up to the sen: how an average price is stated."""
    return Rounding("expr.round_half_up_to_sen", lift(x), money.round_half_up_to_sen, "ROUND({x},2)", 2)


def round_half_up(x: Any, places: int) -> Expr:
    """Rounded half up to ``places`` decimals: an implied ratio."""
    return Rounding(f"expr.round_half_up_{places}", lift(x), lambda v: money.round_half_up(v, places),
                    f"ROUND({{x}},{places})", places)


def round_percent(x: Any, places: int) -> Expr:
    """A ratio rounded half up to ``places`` decimals of a percent, as a
    release states it ("approximately 11.8%", "2.01%")."""
    return Rounding(f"expr.round_percent_{places}", lift(x), lambda v: money.round_percent(v, places),
                    f"ROUND({{x}}*100,{places})/100", places + 2)


def whole_shares(x: Any) -> Expr:
    """Any fraction of a share dropped (the holder's entitlement; the
    fractions are aggregated and sold, Companies Act Art. 234)."""
    return Rounding("expr.whole_shares", lift(x), money.round_down_to_whole, "TRUNC({x})", 0, to_int=True)


class _OverUnit(Expr):
    """A whole number of shares from ``x`` and a unit of ``unit`` shares; the
    spreadsheet's version divides, so it is guarded against a zero unit."""

    def __init__(self, x: Expr, unit: Expr):
        self.x, self.unit = x, unit

    @property
    def places(self) -> int | None:
        return 0

    def children(self) -> tuple[Expr, ...]:
        return (self.x, self.unit)

    def guard(self, px: "ExcelPrinter", g: "Guard") -> None:
        super().guard(px, g)
        g.divides()


class WholeUnits(_OverUnit):
    """``x`` rounded down to a whole number of units of ``unit`` shares."""

    def evaluate(self, frame: "Frame") -> Any:
        unit = self.unit.evaluate(frame)
        return int(money.round_down_to_whole(money.divide(self.x.evaluate(frame), unit))) * unit

    def excel(self, px: "ExcelPrinter") -> str:
        unit = self.unit.excel_in(px, Precedence.MUL + 1)
        return f"TRUNC({self.x.excel(px)}/{unit})*{unit}"

    def words(self, wp: "WordsPrinter") -> str:
        return wp.say("expr.whole_units", x=self.x.words_in(wp, Precedence.MUL), unit=self.unit.words(wp))


def whole_units(x: Any, unit: Any) -> Expr:
    return WholeUnits(lift(x), lift(unit))


class Remainder(_OverUnit):
    """What is left of ``x`` over whole multiples of ``unit``: an odd lot."""

    def evaluate(self, frame: "Frame") -> Any:
        return self.x.evaluate(frame) % self.unit.evaluate(frame)

    def excel(self, px: "ExcelPrinter") -> str:
        return f"MOD({self.x.excel(px)},{self.unit.excel(px)})"

    def words(self, wp: "WordsPrinter") -> str:
        return wp.say("expr.remainder", x=self.x.words_in(wp, Precedence.MUL), unit=self.unit.words(wp))


def remainder(x: Any, unit: Any) -> Expr:
    return Remainder(lift(x), lift(unit))


term("expr.round_up_to_yen", "{x}, any fraction below one yen rounded up", "{x}（1円未満の端数切上げ）")
term("expr.round_down_to_yen", "{x}, any fraction below one yen rounded down", "{x}（1円未満の端数切捨て）")
term("expr.round_down_to_sen", "{x}, any fraction below one sen rounded down", "{x}（1銭未満の端数切捨て）")
term("expr.round_down_to_million", "{x}, truncated to whole millions of yen", "{x}（百万円未満切捨て）")
term("expr.round_half_up_to_sen", "{x}, rounded half up to the sen", "{x}（銭未満四捨五入）")
term("expr.round_half_up_2", "{x}, rounded half up to two decimals", "{x}（小数点以下第3位四捨五入）")
term("expr.round_percent_1", "{x}, as a percentage rounded half up to one decimal",
     "{x}（百分率で小数点以下第2位四捨五入）")
term("expr.round_percent_2", "{x}, as a percentage rounded half up to two decimals",
     "{x}（百分率で小数点以下第3位四捨五入）")
term("expr.whole_shares", "{x}, any fraction of a share dropped", "{x}（1株未満の端数切捨て）")
term("expr.whole_units", "{x}, rounded down to whole units of {unit}", "{x}（{unit}単位未満切捨て）")
term("expr.remainder", "what {x} leaves over whole multiples of {unit}", "{x}を{unit}で除した余り")
