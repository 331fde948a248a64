"""Money: one way to make an amount, and the few places that round.

Amounts are ``decimal.Decimal`` in yen (sen as two decimals), never float: a
binary float misses the yen on ordinary sen prices (87.65 x 5,400,000 / 2 is
236655000.00000003 as a float, so a float ceiling gives one yen too many).
Every rounding a release states has a function here whose name says the
direction; a rule that rounds calls one of them and nothing else. "Up"
is away from zero and "down" toward it, as Excel's ROUNDUP and ROUNDDOWN
round, so the workbook rounds every figure the way the core does (the
amounts these rules round are never negative, where the two readings meet).
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from decimal import ROUND_DOWN, ROUND_HALF_UP, ROUND_UP, Decimal, localcontext

ZERO = Decimal(0)
ONE_YEN = Decimal(1)
ONE_SEN = Decimal("0.01")
THOUSAND = Decimal(1000)
MILLION = Decimal(1_000_000)

# Enough digits for the largest product a deal can hold: 10^13 shares (the
# most a field accepts) at a price just below 10^16 yen, to the sen, is 31
# digits; a ratio of two such figures is carried to 40.
PRECISION = 40
# Enough for printing or rounding any of those, with room to spare: Python's
# default of 28 digits cannot quantize a 30-digit amount.
PRINT_PRECISION = 100


def exact() -> AbstractContextManager:
    """A decimal context in which any amount a deal can hold is rounded and
    printed without running out of digits."""
    return localcontext(prec=PRINT_PRECISION)


def money(value: str | int | Decimal) -> Decimal:
    """The one constructor for amounts: from text, an int or a Decimal, never a float."""
    if isinstance(value, bool) or isinstance(value, float):
        raise TypeError(f"money must not be built from {type(value).__name__}: {value!r}")
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, str):
        return Decimal(value.replace(",", "").strip())
    raise TypeError(f"money cannot be built from {type(value).__name__}")


def _quantize(amount: Decimal, step: Decimal, rounding: str) -> Decimal:
    """``amount`` rounded to a multiple of ``step``, held with ``step``'s
    decimals (whole yen: no decimals; sen: two)."""
    with localcontext() as ctx:
        ctx.prec = PRECISION
        rounded = (amount / step).to_integral_value(rounding=rounding) * step
    with exact():
        return rounded.quantize(step if step < 1 else ONE_YEN)


def round_up_to_yen(amount: Decimal) -> Decimal:
    """Any fraction below one yen rounded UP, as the stated-capital rule of
    the Rules of Account Settlement of Corporations Art. 14(1) is applied in
    the releases."""
    return _quantize(amount, ONE_YEN, ROUND_UP)


def round_down_to_yen(amount: Decimal) -> Decimal:
    """Any fraction below one yen rounded DOWN, as the provisional price
    range is computed (JSDA Regulations, Art. 25)."""
    return _quantize(amount, ONE_YEN, ROUND_DOWN)


def round_down_to_million(amount: Decimal) -> Decimal:
    """Truncate to whole millions of yen, as a release states a use-of-proceeds
    line from a plan kept in thousands."""
    return _quantize(amount, MILLION, ROUND_DOWN)


def round_down_to_sen(amount: Decimal) -> Decimal:
    """Any fraction below one sen rounded DOWN: a limit that amounts stated
    in sen are held against (an amount in sen is at most the limit exactly
    when it is at most the limit rounded down to the sen)."""
    return _quantize(amount, ONE_SEN, ROUND_DOWN)


def round_down_to_whole(amount: Decimal | int) -> Decimal:
    """Any fraction dropped: whole shares from a holding times a ratio."""
    return _quantize(Decimal(amount), ONE_YEN, ROUND_DOWN)


def round_half_up_to_sen(amount: Decimal) -> Decimal:
    """Round to the sen, half up: how an average price is stated."""
    return _quantize(amount, ONE_SEN, ROUND_HALF_UP)


def round_half_up(amount: Decimal, places: int) -> Decimal:
    """Round half up to ``places`` decimals: how a release states a ratio
    ("approximately 11.8%")."""
    step = Decimal(1).scaleb(-places)
    return _quantize(amount, step, ROUND_HALF_UP)


def round_percent(ratio: Decimal, places: int) -> Decimal:
    """A ratio as a release states it in percent: rounded half up to
    ``places`` decimals of a percent (0.117634 -> 0.118 for "11.8%")."""
    step = Decimal(1).scaleb(-(places + 2))
    return _quantize(ratio, step, ROUND_HALF_UP)


def add(a: Decimal | int, b: Decimal | int) -> Decimal:
    """A sum kept exact at any size (40 significant digits)."""
    with localcontext() as ctx:
        ctx.prec = PRECISION
        return Decimal(a) + Decimal(b)


def divide(numerator: Decimal | int, denominator: Decimal | int) -> Decimal:
    """Exact-enough division for ratios (40 significant digits)."""
    with localcontext() as ctx:
        ctx.prec = PRECISION
        return Decimal(numerator) / Decimal(denominator)


def multiply(*factors: Decimal | int) -> Decimal:
    """A product kept exact: a price in sen times a share count never rounds."""
    with localcontext() as ctx:
        ctx.prec = PRECISION
        result = Decimal(1)
        for factor in factors:
            result *= Decimal(factor)
        return result


def stated_tolerance(text: str) -> Decimal:
    """Half a unit of the last digit a figure was stated with: "83" is
    anything from 82.5 to 83.5, "0.4" from 0.35 to 0.45."""
    digits = text.strip().rstrip("%")
    if "." in digits:
        places = len(digits.split(".", 1)[1])
    else:
        places = 0
    return Decimal(5).scaleb(-(places + 1))


def truncate_toward_zero(amount: Decimal, places: int) -> Decimal:
    """Drop the digits below ``places`` decimals, toward zero: 切捨て as a
    release applies it to a column in millions of yen (百万円未満切捨て), to a
    negative figure's digits too (△5,941,840 yen is △5 million)."""
    step = Decimal(1).scaleb(-places)
    return _quantize(amount, step, ROUND_DOWN)
