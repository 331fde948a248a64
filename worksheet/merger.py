"""Absorption-type merger: the surviving company (the issuer) absorbs the
dissolving company and delivers its shares for the dissolving company's.

Rules from the release of 7 November 2013 (seed 003) and the Companies Act
as numbered at the deal's date:
- No shares are allotted on the dissolving company's shares held by the
  surviving company, nor on its own treasury shares.
- Fractions below one share are aggregated and sold, and the proceeds paid
  in cash (Art. 234).
- A holder below one share unit may sell the odd lot to the company or buy
  the shares that make up a unit.
- Simplified merger: no general meeting of the surviving company when the
  consideration is at most one fifth of its net assets (Art. 796(3) until
  30 April 2015, Art. 796(2) after the 2014 amendment).
- Short-form merger: no general meeting of the dissolving company when the
  surviving company holds nine tenths or more of it (Art. 784(1)).
- Ratio basis: the surviving company's average close over N consecutive
  business days up to a date; for the unlisted company, a recent
  transaction price and net assets per share.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from worksheet.engine import Broken, Context, rule, validator
from worksheet.findings import Finding, error
from worksheet.kinds import BOOL, BUSINESS_DAYS, DATE, PER_SHARE, PRICE, RATIO, SHARES, TEXT, YEN, ChoiceKind
from worksheet.money import divide, multiply, round_down_to_yen, round_half_up, round_half_up_to_sen
from worksheet.schema import rows, value

DELIVERY = ChoiceKind("delivery", choices=(("treasury", "Treasury shares"), ("new", "New shares")))
AMENDMENT_IN_FORCE = dt.date(2015, 5, 1)  # the 2014 amendment of the Companies Act
ONE_FIFTH = Decimal(1) / 5
NINE_TENTHS = Decimal(9) / 10


@dataclass(frozen=True)
class Holder:
    name: str = value(TEXT, "Shareholder", "")
    shares: int | None = value(SHARES, "Shares of the dissolving company")


@dataclass(frozen=True)
class PricePoint:
    day: dt.date | None = value(DATE, "Date")
    close: Decimal | None = value(PRICE, "Closing price (JPY)")


@dataclass(frozen=True)
class Merger:
    dissolving_name: str = value(TEXT, "Dissolving company", "")
    resolution_date: dt.date | None = value(DATE, "Board resolution date", help="The Companies Act is cited as numbered on this date.")
    effective_date: dt.date | None = value(DATE, "Effective date")
    dissolving_shares_issued: int | None = value(SHARES, "Dissolving company, shares issued", required=True)
    held_by_surviving: int | None = value(SHARES, "Held by the surviving company", 0)
    dissolving_treasury: int | None = value(SHARES, "Dissolving company, treasury shares", 0)
    ratio: Decimal | None = value(RATIO, "Allotment ratio (surviving shares per dissolving share)", required=True)
    delivery: str = value(DELIVERY, "Shares delivered from", "treasury")
    holders: tuple[Holder, ...] = rows(Holder, "Other shareholders of the dissolving company")
    surviving_net_assets: Decimal | None = value(YEN, "Surviving company, net assets (JPY)", help="For the simplified-merger test (one fifth).")
    price_history: tuple[PricePoint, ...] = rows(PricePoint, "Surviving company, closing prices")
    average_days: int | None = value(BUSINESS_DAYS, "Average over business days", 30)
    average_end: dt.date | None = value(DATE, "Average up to and including")
    dissolving_net_assets_per_share: Decimal | None = value(PER_SHARE, "Dissolving company, adjusted net assets per share (JPY)")
    dissolving_transaction_price: Decimal | None = value(PRICE, "Dissolving company, recent transaction price per share (JPY)")
    prices_illustrative: bool = value(BOOL, "Prices are illustrative", False)


def article(c: Context, before: str, after: str) -> str:
    day = c.optional("merger.resolution_date")
    return after if day is not None and day >= AMENDMENT_IN_FORCE else before


@rule("merger.held_ratio", "Held by the surviving company", "%",
      "Dissolving company's shares held by the surviving company / its shares issued.")
def _held_ratio(c: Context) -> Decimal:
    return divide(c.input("merger.held_by_surviving"), c.input("merger.dissolving_shares_issued"))


@rule("merger.shares_allotted_on", "Dissolving shares that receive an allotment", "shares",
      "Shares issued less those held by the surviving company and the dissolving company's own treasury shares.")
def _allotted_on(c: Context) -> int:
    return (c.input("merger.dissolving_shares_issued") - c.input("merger.held_by_surviving")
            - c.input("merger.dissolving_treasury"))


def _holders(c: Context) -> list[tuple[str, int]]:
    """The holders who receive shares; with none listed, one holder of all the allotted shares."""
    listed = c.optional("merger.holders") or ()
    if not listed:
        return [("All other shareholders", c["merger.shares_allotted_on"])]
    return [(h.name, c.input(f"merger.holders.{i}.shares")) for i, h in enumerate(listed)]


@rule("merger.holder_allocations", "Allotment by shareholder", "table",
      "Each holder receives shares x ratio rounded down to a whole share; below one unit is an odd lot "
      "the holder may sell to the company or top up to a unit.")
def _allocations(c: Context) -> tuple[dict, ...]:
    ratio = c.input("merger.ratio")
    unit = c.input("issuer.share_unit")
    out = []
    for name, shares in _holders(c):
        exact = multiply(shares, ratio)
        whole = int(exact)
        odd = whole % unit
        out.append({"holder": name, "shares_held": shares, "shares_received": whole,
                    "fraction": exact - whole, "units": whole // unit, "odd_lot": odd,
                    "top_up": unit - odd if odd else 0})
    return tuple(out)


@rule("merger.shares_delivered", "Shares delivered in the merger", "shares",
      "Sum over holders of their shares x the ratio, each rounded down to a whole share.")
def _delivered(c: Context) -> int:
    return sum(a["shares_received"] for a in c["merger.holder_allocations"])


@rule("merger.fraction_total", "Fractions below one share, aggregated", "shares",
      "The holders' fractions below one share added up (Companies Act Art. 234).")
def _fractions(c: Context) -> Decimal:
    return sum((a["fraction"] for a in c["merger.holder_allocations"]), Decimal(0))


@rule("merger.fraction_shares_sold", "Shares sold for fractions", "shares",
      "The aggregated fractions rounded down to a whole share, sold with the proceeds paid to the holders in cash (Art. 234).")
def _fraction_sold(c: Context) -> int:
    return int(c["merger.fraction_total"])


@rule("merger.fraction_cash", "Cash paid for fractions (estimate at the average close)", "JPY",
      "Shares sold for fractions x the surviving company's average close, rounded down to the yen; the actual "
      "amount is the sale price obtained (Art. 234).")
def _fraction_cash(c: Context) -> Decimal:
    sold = c["merger.fraction_shares_sold"]
    if not sold:
        return Decimal(0)
    return round_down_to_yen(multiply(sold, c["merger.average_close"]))


@rule("merger.odd_lot_holders", "Holders left with an odd lot", "holders",
      "Holders whose shares received are not a whole number of units.")
def _odd_lot_holders(c: Context) -> int:
    return sum(1 for a in c["merger.holder_allocations"] if a["odd_lot"])


@rule("merger.treasury_delivered", "Treasury shares delivered", "shares",
      "All shares delivered, when the merger is paid in treasury stock; none otherwise.")
def _treasury_delivered(c: Context) -> int:
    if c.input("merger.delivery") != "treasury":
        return 0
    delivered = c["merger.shares_delivered"] + c["merger.fraction_shares_sold"]
    held = c.input("issuer.treasury_shares")
    if delivered > held:
        raise Broken(error("merger.delivery", "Enough treasury shares",
                           f"The merger delivers {delivered:,} shares but the issuer holds only {held:,} treasury shares."))
    return delivered


@rule("merger.new_shares_issued", "New shares issued", "shares",
      "All shares delivered, when the merger is paid in new shares; none otherwise.")
def _new_shares(c: Context) -> int:
    if c.input("merger.delivery") != "new":
        return 0
    return c["merger.shares_delivered"] + c["merger.fraction_shares_sold"]


@rule("merger.treasury_after", "Treasury shares after the merger", "shares",
      "Treasury shares less those delivered in the merger.")
def _treasury_after(c: Context) -> int:
    return c.input("issuer.treasury_shares") - c["merger.treasury_delivered"]


@rule("merger.average_close", "Average closing price", "JPY",
      "Average of the closes on the N consecutive business days up to and including the stated date, rounded half up to the sen.")
def _average(c: Context) -> Decimal:
    window = c.calendar.last_business_days(c.input("merger.average_end"), c.input("merger.average_days"))
    closes = dict(c.rows("merger.price_history", "day", "close"))
    missing = [d for d in window if d not in closes]
    if missing:
        raise Broken(error("merger.price_history", "A close for every business day of the window",
                           f"No closing price for {len(missing)} of the {len(window)} business days "
                           f"from {window[0].isoformat()} to {window[-1].isoformat()}, first {missing[0].isoformat()}."))
    return round_half_up_to_sen(divide(sum((closes[d] for d in window), Decimal(0)), len(window)))


@rule("merger.average_window_start", "Average, first business day", "date",
      "The first of the N consecutive business days of the average.")
def _window_start(c: Context) -> dt.date:
    return c.calendar.last_business_days(c.input("merger.average_end"), c.input("merger.average_days"))[0]


@rule("merger.implied_ratio_net_assets", "Implied ratio on net assets", "shares per share",
      "Dissolving company's adjusted net assets per share / surviving company's average close, to two decimals.")
def _implied_na(c: Context) -> Decimal:
    return round_half_up(divide(c.input("merger.dissolving_net_assets_per_share"), c["merger.average_close"]), 2)


@rule("merger.implied_ratio_transaction", "Implied ratio on the transaction price", "shares per share",
      "Dissolving company's recent transaction price / surviving company's average close, to two decimals.")
def _implied_tx(c: Context) -> Decimal:
    return round_half_up(divide(c.input("merger.dissolving_transaction_price"), c["merger.average_close"]), 2)


@rule("merger.consideration_value", "Value of the consideration", "JPY",
      "Shares delivered x the surviving company's average close.")
def _consideration(c: Context) -> Decimal:
    return multiply(c["merger.shares_delivered"] + c["merger.fraction_shares_sold"], c["merger.average_close"])


@rule("merger.consideration_to_net_assets", "Consideration / surviving net assets", "%",
      "Value of the consideration / the surviving company's net assets.")
def _consideration_ratio(c: Context) -> Decimal:
    return divide(c["merger.consideration_value"], c.input("merger.surviving_net_assets"))


@rule("merger.simplified_merger", "Simplified merger (no meeting of the surviving company)", "yes/no",
      "Yes when the consideration is at most one fifth of the surviving company's net assets "
      "(Companies Act Art. 796(3) as numbered until 30 April 2015, Art. 796(2) after).")
def _simplified(c: Context) -> bool:
    return c["merger.consideration_to_net_assets"] <= ONE_FIFTH


@rule("merger.simplified_merger_article", "Simplified merger, article cited", "text",
      "Art. 796(3) for a deal resolved before 1 May 2015, when the 2014 amendment came into force; Art. 796(2) after.")
def _simplified_article(c: Context) -> str:
    return "Companies Act Art. " + article(c, "796(3)", "796(2)")


@rule("merger.short_form_merger", "Short-form merger (no meeting of the dissolving company)", "yes/no",
      "Yes when the surviving company holds nine tenths or more of the dissolving company (Companies Act Art. 784(1)).")
def _short_form(c: Context) -> bool:
    return c["merger.held_ratio"] >= NINE_TENTHS


@validator
def _check_merger(deal) -> list[Finding]:
    m = deal.merger
    if m is None:
        return []
    found = []
    issued, held, own = m.dissolving_shares_issued, m.held_by_surviving, m.dissolving_treasury
    if all(isinstance(x, int) for x in (issued, held, own)) and held + own > issued:
        found.append(error("merger.held_by_surviving", "Shares held within shares issued",
                           f"Held by the surviving company ({held:,}) plus the dissolving company's treasury "
                           f"({own:,}) exceed its shares issued ({issued:,})."))
    counts = [h.shares for h in m.holders]
    if m.holders and all(isinstance(n, int) for n in counts) and all(isinstance(x, int) for x in (issued, held, own)):
        expected = issued - held - own
        if sum(counts) != expected:
            found.append(error("merger.holders", "Holders add up to the shares allotted on",
                               f"The listed holders hold {sum(counts):,} shares; shares issued less those held by the "
                               f"surviving company and treasury are {expected:,}."))
    if isinstance(issued, int) and issued == 0:
        found.append(error("merger.dissolving_shares_issued", "Shares issued", "The dissolving company has no shares issued: enter its shares issued."))
    if isinstance(m.average_days, int) and m.average_days == 0:
        found.append(error("merger.average_days", "An average over at least one day", "The average needs at least one business day."))
    if isinstance(m.surviving_net_assets, Decimal) and m.surviving_net_assets <= 0:
        found.append(error("merger.surviving_net_assets", "Net assets for the simplified-merger test",
                           "With net assets of zero or less the one-fifth test cannot be applied."))
    if isinstance(m.ratio, Decimal) and m.ratio == 0:
        found.append(error("merger.ratio", "Allotment ratio", "The allotment ratio is zero: no shares would be delivered."))
    days = [p.day for p in m.price_history if isinstance(p.day, dt.date)]
    if len(days) != len(set(days)):
        dup = sorted({d for d in days if days.count(d) > 1})[0]
        found.append(error("merger.price_history", "One close per day",
                           f"The price history has more than one close for {dup.isoformat()}."))
    return found
