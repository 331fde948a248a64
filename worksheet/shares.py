"""Share count bridge and dilution.

The release of 2 July 2013 (seed 000) bridges 41,297,800 issued shares to
45,997,800 after the offering and 46,697,800 after a fully taken-up
allotment, and says earnings per share "will be diluted by approximately
11.8% if the maximum number of 5,400,000 shares is issued": new shares over
shares OUTSTANDING (issued less treasury) after the issue, stated to one
decimal of a percent.
"""

from __future__ import annotations

from decimal import Decimal

from worksheet.engine import Context, rule
from worksheet.money import divide, round_half_up


def _allotment_maximum(c: Context) -> int:
    if not c.has("over_allotment"):
        return 0
    return c.input("over_allotment.allotment_shares")


def _taken_up(c: Context) -> int:
    if not c.has("over_allotment"):
        return 0
    return c["allotment.shares_taken_up"]


@rule("shares.issued_after_offering", "Shares issued after the public offering", "shares",
      "Shares issued before the deal + shares offered.")
def _after_offering(c: Context) -> int:
    return c["shares.issued_before"] + c.input("offering.shares_offered")


@rule("shares.issued_after_allotment", "Shares issued after the third-party allotment", "shares",
      "Shares issued after the offering + shares taken up in the third-party allotment.")
def _after_allotment(c: Context) -> int:
    return c["shares.issued_after_offering"] + _taken_up(c)


@rule("shares.outstanding_after_allotment", "Shares outstanding after the third-party allotment", "shares",
      "Shares issued after the allotment less treasury shares.")
def _outstanding_after(c: Context) -> int:
    return c["shares.issued_after_allotment"] - c.input("issuer.treasury_shares")


@rule("shares.new_shares_maximum", "Maximum new shares", "shares",
      "Shares offered + the shares resolved for the third-party allotment.")
def _maximum(c: Context) -> int:
    return c.input("offering.shares_offered") + _allotment_maximum(c)


@rule("shares.dilution", "Dilution if the maximum is issued", "%",
      "Maximum new shares / (shares outstanding before + maximum new shares): new shares over shares "
      "outstanding after the issue, as the release computes it.")
def _dilution(c: Context) -> Decimal:
    new = c["shares.new_shares_maximum"]
    return divide(new, c["shares.outstanding_before"] + new)


@rule("shares.dilution_as_stated", "Dilution as a release states it", "%",
      "The dilution rounded half up to one decimal of a percent (\"approximately 11.8%\").")
def _dilution_stated(c: Context) -> Decimal:
    return round_half_up(c["shares.dilution"] * 100, 1) / 100


@rule("shares.dilution_over_issued", "Dilution over shares issued (not the release's basis)", "%",
      "Maximum new shares / (shares issued before + maximum new shares), for comparison.")
def _dilution_issued(c: Context) -> Decimal:
    new = c["shares.new_shares_maximum"]
    return divide(new, c["shares.issued_before"] + new)
