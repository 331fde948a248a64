"""Over-allotment, syndicate cover and the third-party allotment that covers
it (the Japanese greenshoe).

Rules from the release of 2 July 2013 (seed 000, sections 2, 3 and "For
Reference"): an underwriter borrows up to the over-allotment shares from
existing shareholders and sells them at the offer price; shares it buys in
stabilizing and syndicate cover transactions (up to the over-allotment size)
go back to the lenders; it takes up, in the third-party allotment, the
over-allotment shares less those bought back, and the rest of the allotment
is forfeited and never issued. The allotment's amount to be paid per share
equals the public offering's. Market practice caps the over-allotment at
15% of the offered shares.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from worksheet.engine import Context, rule, validator
from worksheet.findings import Finding, error, warning
from worksheet.kinds import PERCENT, SHARES
from worksheet.money import divide, multiply
from worksheet.offering import stated_capital_increase
from worksheet.schema import value


@dataclass(frozen=True)
class OverAllotment:
    shares: int | None = value(SHARES, "Over-allotment shares", required=True, help="Shares borrowed and sold at the offer price; may be reduced or cancelled on the pricing date.")
    cap_ratio: Decimal | None = value(PERCENT, "Over-allotment cap (share of offered shares)", Decimal("0.15"), help="Market practice: at most 15% of the shares offered.")
    stabilization_shares: int | None = value(SHARES, "Shares bought in stabilizing transactions (returned)", 0)
    syndicate_cover_shares: int | None = value(SHARES, "Shares bought in syndicate cover transactions", 0)
    allotment_shares: int | None = value(SHARES, "Third-party allotment, shares resolved", required=True, help="The most the underwriter may take up; normally the over-allotment's maximum.")


@rule("over_allotment.ratio_to_offering", "Over-allotment as a share of the offering", "%",
      "Over-allotment shares / shares offered in the public offering.")
def _ratio(c: Context) -> Decimal:
    return divide(c.input("over_allotment.shares"), c.input("offering.shares_offered"))


@rule("over_allotment.cap_shares", "Over-allotment cap", "shares",
      "Shares offered x cap (15% by market practice), rounded down to a whole unit.")
def _cap(c: Context) -> int:
    unit = c.input("offering.subscription_unit")
    raw = multiply(c.input("offering.shares_offered"), c.input("over_allotment.cap_ratio"))
    return int(raw // unit) * unit


@rule("over_allotment.proceeds", "Over-allotment sale proceeds (to the underwriter)", "JPY",
      "Over-allotment shares x offer price: the selling price equals the offer price.")
def _proceeds(c: Context) -> Decimal:
    return multiply(c.input("over_allotment.shares"), c["offering.offer_price_checked"])


@rule("over_allotment.shares_bought_back", "Shares bought back and returned to the lenders", "shares",
      "Shares bought in stabilizing transactions plus shares bought in syndicate cover transactions.")
def _bought(c: Context) -> int:
    return c.input("over_allotment.stabilization_shares") + c.input("over_allotment.syndicate_cover_shares")


@rule("allotment.shares_taken_up", "Third-party allotment, shares taken up", "shares",
      "Over-allotment shares less the shares bought back and returned to the lenders.")
def _taken_up(c: Context) -> int:
    return c.input("over_allotment.shares") - c["over_allotment.shares_bought_back"]


@rule("allotment.shares_forfeited", "Third-party allotment, shares forfeited (not issued)", "shares",
      "Shares resolved for the allotment less those taken up; they are never issued.")
def _forfeited(c: Context) -> int:
    return c.input("over_allotment.allotment_shares") - c["allotment.shares_taken_up"]


@rule("over_allotment.shares_returned", "Borrowed shares returned", "shares",
      "Shares bought back plus shares taken up in the allotment: every borrowed share goes back.")
def _returned(c: Context) -> int:
    return c["over_allotment.shares_bought_back"] + c["allotment.shares_taken_up"]


@rule("allotment.total_amount_paid", "Third-party allotment, total amount to be paid", "JPY",
      "Shares taken up x the public offering's amount to be paid per share.")
def _allot_paid(c: Context) -> Decimal:
    return multiply(c["allotment.shares_taken_up"], c.input("offering.amount_paid"))


@rule("allotment.stated_capital_increase", "Third-party allotment, stated capital increase", "JPY",
      "Half of the allotment's maximum increase in stated capital, any fraction below one yen rounded up "
      "(Rules of Account Settlement of Corporations, Art. 14(1)), computed on its own.")
def _allot_capital(c: Context) -> Decimal:
    return stated_capital_increase(c["allotment.total_amount_paid"])


@rule("allotment.additional_paid_in_capital", "Third-party allotment, additional paid-in capital", "JPY",
      "The allotment's maximum increase in stated capital - its stated capital increase.")
def _allot_apic(c: Context) -> Decimal:
    return c["allotment.total_amount_paid"] - c["allotment.stated_capital_increase"]


@validator
def _check_over_allotment(deal) -> list[Finding]:
    oa = deal.over_allotment
    if oa is None:
        return []
    found = []
    shares = oa.shares
    unit = deal.offering.subscription_unit if deal.offering is not None else None
    if deal.offering is None:
        found.append(error("over_allotment.shares", "Over-allotment goes with an offering",
                           "An over-allotment needs a public offering: add the offering's shares and prices."))
    for path, count in (("over_allotment.shares", shares), ("over_allotment.allotment_shares", oa.allotment_shares)):
        if isinstance(count, int) and isinstance(unit, int) and count % unit:
            found.append(error(path, "Shares in whole units",
                               f"{count:,} shares is not a whole number of units of {unit:,}."))
    bought = [n for n in (oa.stabilization_shares, oa.syndicate_cover_shares) if isinstance(n, int)]
    if isinstance(shares, int) and len(bought) == 2 and sum(bought) > shares:
        found.append(error("over_allotment.syndicate_cover_shares", "Shares bought back up to the over-allotment",
                           f"Shares bought back ({sum(bought):,}) exceed the over-allotment ({shares:,}): "
                           "syndicate cover and stabilization may only return the borrowed shares."))
    if isinstance(shares, int) and isinstance(oa.allotment_shares, int) and shares > oa.allotment_shares:
        found.append(error("over_allotment.shares", "Over-allotment covered by the allotment",
                           f"The over-allotment ({shares:,}) exceeds the third-party allotment resolved "
                           f"({oa.allotment_shares:,}): the underwriter could not return every borrowed share."))
    cap = oa.cap_ratio
    offered = deal.offering.shares_offered if deal.offering is not None else None
    if isinstance(shares, int) and isinstance(offered, int) and isinstance(cap, Decimal) and offered and \
            shares > offered * cap:
        found.append(warning(
            "over_allotment.shares", "Over-allotment within 15% of the offering",
            f"The over-allotment ({shares:,}) is {divide(shares, offered) * 100:.1f}% of the offering, "
            f"above the {cap * 100:.0f}% of market practice."))
    return found
