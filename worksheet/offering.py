"""Public offering of new shares (primary offering).

Rules from the release of 2 July 2013 (seed 000, section 1):
- Provisional range: the close on the pricing date (or the last close
  before it) x 0.90 .. 1.00, any fraction below one yen rounded down
  (JSDA Regulations Concerning Underwriting, Art. 25).
- No underwriting fee: the underwriters keep (offer price - amount to be
  paid) x shares.
- Stated capital increase: half of the maximum increase in stated capital
  (amount to be paid x shares), any fraction below one yen rounded up
  (Rules of Account Settlement of Corporations, Art. 14(1)); additional
  paid-in capital is the rest.
- Shares are offered in units of 100.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from worksheet.engine import Broken, Context, rule, validator
from worksheet.findings import Finding, error
from worksheet.kinds import BOOL, FACTOR, PRICE, SHARES, UNIT
from worksheet.money import divide, multiply, round_down_to_yen, round_up_to_yen
from worksheet.schema import value


@dataclass(frozen=True)
class Offering:
    shares_offered: int | None = value(SHARES, "Shares offered", required=True, help="New shares offered in the public offering.")
    subscription_unit: int | None = value(UNIT, "Subscription unit", 100)
    close_price: Decimal | None = value(PRICE, "Closing price on the pricing date", help="Regular-trading close on the TSE on the pricing date, or the last close before it when none is quoted.")
    range_low_factor: Decimal | None = value(FACTOR, "Range factor, low", Decimal("0.90"))
    range_high_factor: Decimal | None = value(FACTOR, "Range factor, high", Decimal("1.00"))
    offer_price: Decimal | None = value(PRICE, "Offer price", help="Also called the issue price; the price investors pay.")
    amount_paid: Decimal | None = value(PRICE, "Amount to be paid", help="Per share, paid to the company by the underwriters (price to underwriters); may carry sen.")
    pricing_illustrative: bool = value(BOOL, "Pricing figures are illustrative", False, help="The close, offer price and amount to be paid are examples, not the deal's pricing.")


def stated_capital_increase(total_paid: Decimal) -> Decimal:
    """Half of the maximum increase in stated capital, fraction of a yen rounded up."""
    return round_up_to_yen(total_paid / 2)


@rule("offering.range_low", "Provisional range, low", "JPY",
      "Close x low factor, any fraction below one yen rounded down (JSDA Art. 25).")
def _range_low(c: Context) -> Decimal:
    return round_down_to_yen(multiply(c.input("offering.close_price"), c.input("offering.range_low_factor")))


@rule("offering.range_high", "Provisional range, high", "JPY",
      "Close x high factor, any fraction below one yen rounded down (JSDA Art. 25).")
def _range_high(c: Context) -> Decimal:
    return round_down_to_yen(multiply(c.input("offering.close_price"), c.input("offering.range_high_factor")))


@rule("offering.offer_price_checked", "Offer price", "JPY",
      "The offer price, which must lie within the provisional range.")
def _offer_price_checked(c: Context) -> Decimal:
    price = c.input("offering.offer_price")
    low, high = c["offering.range_low"], c["offering.range_high"]
    if not low <= price <= high:
        raise Broken(error("offering.offer_price", "Offer price within the provisional range",
                           f"The offer price {price:,} yen is outside the provisional range {low:,} to {high:,} yen."))
    return price


@rule("offering.discount_to_close", "Discount of offer price to close", "%",
      "1 - offer price / close.")
def _discount(c: Context) -> Decimal:
    return 1 - divide(c["offering.offer_price_checked"], c.input("offering.close_price"))


@rule("offering.gross_proceeds", "Total issue price (offer price x shares)", "JPY",
      "Offer price x shares offered: what investors pay.")
def _gross(c: Context) -> Decimal:
    return multiply(c["offering.offer_price_checked"], c.input("offering.shares_offered"))


@rule("offering.total_amount_paid", "Total amount to be paid (maximum increase in stated capital)", "JPY",
      "Amount to be paid x shares offered: what the company receives, the maximum increase in stated capital.")
def _total_paid(c: Context) -> Decimal:
    return multiply(c.input("offering.amount_paid"), c.input("offering.shares_offered"))


@rule("offering.spread_per_share", "Underwriters' spread per share", "JPY",
      "Offer price - amount to be paid; no underwriting fee is paid.")
def _spread_per_share(c: Context) -> Decimal:
    return c["offering.offer_price_checked"] - c.input("offering.amount_paid")


@rule("offering.underwriters_spread", "Underwriters' spread (total)", "JPY",
      "(Offer price - amount to be paid) x shares offered, retained by the underwriters.")
def _spread(c: Context) -> Decimal:
    return multiply(c["offering.spread_per_share"], c.input("offering.shares_offered"))


@rule("offering.spread_ratio", "Spread as a share of the offer price", "%",
      "(Offer price - amount to be paid) / offer price.")
def _spread_ratio(c: Context) -> Decimal:
    return divide(c["offering.spread_per_share"], c["offering.offer_price_checked"])


@rule("offering.stated_capital_increase", "Stated capital increase", "JPY",
      "Half of the maximum increase in stated capital (amount to be paid x shares), any fraction below "
      "one yen rounded up (Rules of Account Settlement of Corporations, Art. 14(1)).")
def _stated_capital(c: Context) -> Decimal:
    return stated_capital_increase(c["offering.total_amount_paid"])


@rule("offering.additional_paid_in_capital", "Additional paid-in capital increase", "JPY",
      "Maximum increase in stated capital - stated capital increase.")
def _apic(c: Context) -> Decimal:
    return c["offering.total_amount_paid"] - c["offering.stated_capital_increase"]


@validator
def _check_offering(deal) -> list[Finding]:
    o = deal.offering
    if o is None:
        return []
    found = []
    shares, unit = o.shares_offered, o.subscription_unit
    if isinstance(shares, int) and isinstance(unit, int) and shares % unit:
        found.append(error("offering.shares_offered", "Shares are offered in whole units",
                           f"{shares:,} shares is not a whole number of units of {unit:,}; "
                           f"the nearest are {shares // unit * unit:,} and {(shares // unit + 1) * unit:,}."))
    if isinstance(shares, int) and shares == 0:
        found.append(error("offering.shares_offered", "Shares offered", "No shares are offered: enter the number of new shares."))
    for path, price, what in (("offering.close_price", o.close_price, "closing price"),
                              ("offering.offer_price", o.offer_price, "offer price")):
        if isinstance(price, Decimal) and price == 0:
            found.append(error(path, "A price above zero", f"A {what} of zero yen is not a price."))
    low, high = o.range_low_factor, o.range_high_factor
    if isinstance(low, Decimal) and isinstance(high, Decimal) and low > high:
        found.append(error("offering.range_low_factor", "Range factors in order",
                           f"The low factor {low} is above the high factor {high}."))
    offer, paid = o.offer_price, o.amount_paid
    if isinstance(offer, Decimal) and isinstance(paid, Decimal) and paid > offer:
        found.append(error("offering.amount_paid", "Amount to be paid not above the offer price",
                           f"The amount to be paid ({paid:,} yen) is above the offer price ({offer:,} yen): "
                           "the underwriters' spread would be negative."))
    return found
