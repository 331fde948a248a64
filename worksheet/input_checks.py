"""Checks that several kinds of deal make of their inputs, stated once: a
share count in whole subscription units, a price above zero."""

from __future__ import annotations

from typing import Any

from worksheet.expressions import equal, remainder
from worksheet.rules import Check

IN_WHOLE_UNITS = ("Shares in whole units", "申込株数単位の整数倍")
OFFERED_IN_UNITS = ("Shares are offered in whole units", "申込株数単位の整数倍")


def in_whole_units(shares: Any, unit: Any, label: tuple[str, str] = IN_WHOLE_UNITS) -> Check:
    """``shares`` is a whole number of ``unit``; the refusal names the two
    nearest counts that are."""
    odd = remainder(shares, unit)
    return Check(
        about=shares, holds=equal(odd, 0), label=label,
        message=("{shares:shares} shares is not a whole number of units of {unit:shares}; the nearest are "
                 "{lower:shares} and {upper:shares}.",
                 "{shares:shares}株は{unit:shares}株単位の整数倍ではありません。近い株数は{lower:shares}株と{upper:shares}株です。"),
        figures=dict(shares=shares, unit=unit, lower=shares - odd, upper=shares - odd + unit))


def price_above_zero(price: Any, what: tuple[str, str]) -> Check:
    """A price of zero yen is not a price; ``what`` names it ("An offer
    price", "発行価格")."""
    return Check(about=price, holds=price > 0, label=("A price above zero", "0円を超える価格"),
                 message=(f"{what[0]} of zero yen is not a price.", f"{what[1]}0円は価格ではありません。"))
