"""Random deals that reach every rule at and beside its edges.

Each deal starts from the example and draws, with a seeded generator:
sen prices and odd share counts (every round-up and round-down meets a
half yen or a fraction), zero, partial and full take-up of the
allotment, pricing dates across national holidays and the year-end
closure, mergers with decimal ratios (0.25, 0.068, 1.14, 26.3 ...) paid in
treasury or new shares, price histories with gaps and duplicated days,
facility plans that reconcile and that miss by a yen, values exactly at and
one beside every cap and threshold, sections left out, and entries kept as
typed. The same seed gives the same deals.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from decimal import Decimal
from typing import Any

from tests.excel.random_mergers import random_reorganisations
from tests.excel.random_offerings import add_offerings
from worksheet.calendar import TseCalendar
from worksheet.kinds import DATE, PRICE, SHARES
from worksheet.merger import Holder, PricePoint
from worksheet.proceeds import FacilityRow, UseLine

D = dt.date
CALENDAR = TseCalendar()
# Days around closures: Golden Week, Marine Day, Obon (no closure), the year-end closure, a substitute holiday.
PRICING_DAYS = (D(2013, 7, 10), D(2013, 7, 12), D(2013, 7, 17), D(2014, 4, 25), D(2015, 4, 30), D(2016, 12, 26),
                D(2016, 12, 29), D(2018, 12, 20), D(2019, 4, 24), D(2019, 12, 27), D(2020, 7, 20), D(2021, 9, 17),
                D(2022, 12, 28), D(2024, 2, 9), D(2025, 11, 21))
RATIOS = ("26", "0.25", "0.068", "1.14", "3.6", "26.3", "0.3333", "119", "0.17", "0.275", "1")


def _price(rng: random.Random, low: int, high: int) -> Decimal:
    """A price in yen, often with sen, sometimes on a half yen."""
    yen = rng.randint(low, high)
    sen = rng.choice((0, 0, 5, 44, 45, 50, 99, rng.randint(1, 99)))
    return Decimal(yen) + Decimal(sen) / 100


def _business_days(end: dt.date, count: int) -> list[dt.date]:
    return CALENDAR.last_business_days(end, count)


def _offering(rng: random.Random, deal: Any) -> Any:
    unit = rng.choice((100, 100, 1, 1000))
    shares = rng.randint(1, 60_000) * unit + rng.choice((0, 0, 0, 0, 0, 1, 50))  # sometimes not whole units
    amount = _price(rng, 50, 9000)
    offer = amount + rng.choice((Decimal(0), _price(rng, 0, 300), Decimal("-0.01")))
    close = offer + rng.choice((Decimal(0), _price(rng, 0, 400), Decimal(1)))
    low = rng.choice((Decimal("0.90"), Decimal("0.85"), Decimal("0.93"), Decimal("0.9")))
    high = rng.choice((Decimal("1.00"), Decimal("1.00"), Decimal("0.97"), low))
    if rng.random() < 0.1:
        close = None  # a draft before the close is known: arithmetic on the offer price goes on
    return dataclasses.replace(deal.offering, shares_offered=shares, subscription_unit=unit, amount_paid=amount,
                               offer_price=offer, close_price=close, range_low_factor=low, range_high_factor=high)


def _over_allotment(rng: random.Random, deal: Any) -> Any:
    offered = deal.offering.shares_offered
    unit = deal.offering.subscription_unit
    cap = offered * 15 // 100 // unit * unit
    shares = rng.choice((cap, cap + unit, max(cap - unit, 0), 0, rng.randint(0, cap // unit + 1) * unit))
    taken = rng.choice(("all", "none", "part"))
    bought = 0 if taken == "all" else shares if taken == "none" else rng.randint(0, shares)
    stabilization = rng.randint(0, bought)
    resolved = shares if rng.random() < 0.8 else shares + unit
    return dataclasses.replace(deal.over_allotment, shares=shares, stabilization_shares=stabilization,
                               syndicate_cover_shares=bought - stabilization, allotment_shares=resolved,
                               cap_ratio=rng.choice((Decimal("0.15"), Decimal("0.15"), Decimal("0.1"))))


def _schedule(rng: random.Random, deal: Any) -> Any:
    pricing = rng.choice(PRICING_DAYS)
    offsets = rng.choice(((1, 2, 5, 1), (1, 4, 5, 1), (1, 3, 6, 1), (1, 1, 4, 1), (2, 3, 5, 0)))
    payment = CALENDAR.add_business_days(pricing, offsets[2])
    window = rng.choice(((payment, payment + dt.timedelta(days=6)), (payment + dt.timedelta(days=1), None),
                         (None, payment - dt.timedelta(days=1)), (None, None)))
    cover_end = payment + dt.timedelta(days=rng.choice((5, 10, -30)))
    sub = CALENDAR.add_business_days(cover_end, rng.choice((1, 3)))
    return dataclasses.replace(
        deal.schedule, pricing_date=pricing, pricing_window_start=None, pricing_window_end=None,
        subscription_start_offset=offsets[0], subscription_end_offset=offsets[1], payment_offset=offsets[2],
        delivery_offset=offsets[3], payment_window_start=window[0], payment_window_end=window[1], cover_end=cover_end,
        allotment_subscription_date=sub, allotment_payment_date=CALENDAR.add_business_days(sub, 1),
        lockup_days=rng.choice((90, 180, 0)))


def _proceeds(rng: random.Random, deal: Any) -> Any:
    rows = []
    for i in range(rng.randint(0, 7)):
        total = Decimal(rng.randint(0, 9_000_000))
        paid = min(total, Decimal(rng.randint(0, 400_000))) + (1 if rng.random() < 0.05 else 0)
        rows.append(FacilityRow(company=f"Site {i}", total=total, paid=paid))
    remaining = sum((r.total - r.paid for r in rows), Decimal(0))
    capex = (remaining * 1000 // 1_000_000) * 1_000_000 + rng.choice((0, 0, 0, 1_000_000))
    other = Decimal(rng.randint(0, 5_000) * 1_000_000)
    lines = [UseLine("Capital investment", "capital_investment", capex), UseLine("Debt", "debt_repayment", other)]
    if rng.random() < 0.15:
        lines = [UseLine("Debt", "debt_repayment", other)]  # no capital-investment line: a warning
    stated = capex + other + rng.choice((0, 0, 0, 1))
    reference = rng.choice((None, _price(rng, 100, 5000)))
    expenses = None if reference is None else Decimal(rng.randint(0, 200_000_000))
    return dataclasses.replace(deal.proceeds, lines=tuple(lines), facility_plan=tuple(rows),
                               stated_net_proceeds=stated, reference_amount_paid=reference,
                               estimated_expenses=expenses,
                               reported_equity_increase=rng.choice((None, Decimal(rng.randint(1, 10**10)))))


def _merger(rng: random.Random, deal: Any) -> Any:
    issued = rng.choice((4000, 10_000, 1_000, rng.randint(1, 2_000_000)))
    held = rng.choice((issued * 9 // 10, issued * 9 // 10 - 1, issued - 4, 0, rng.randint(0, issued)))
    own = rng.randint(0, max(0, issued - held) // 10)
    ratio = Decimal(rng.choice(RATIOS))
    holders: tuple = ()
    if rng.random() < 0.5 and issued - held - own > 0:
        rest = issued - held - own
        cuts = sorted(rng.sample(range(1, rest), min(3, rest - 1))) if rest > 2 else []
        sizes = [b - a for a, b in zip([0] + cuts, cuts + [rest])]
        holders = tuple(Holder(f"Holder {i}", n) for i, n in enumerate(sizes))
    end = rng.choice((D(2013, 10, 31), D(2015, 5, 7), D(2019, 1, 10), D(2020, 12, 30)))
    days = rng.choice((30, 20, 5, 1))
    closes = [PricePoint(day, _price(rng, 100, 5000)) for day in _business_days(end, days + 3)]
    if rng.random() < 0.15:
        closes.pop(rng.randrange(len(closes)))  # a gap in the window
    if rng.random() < 0.1:
        closes.append(PricePoint(closes[-1].day, closes[-1].close))  # a duplicated day
    return dataclasses.replace(
        deal.merger, dissolving_shares_issued=issued, held_by_surviving=held, dissolving_treasury=own, ratio=ratio,
        holders=holders, delivery=rng.choice(("treasury", "new")), average_end=end, average_days=days,
        price_history=tuple(closes), resolution_date=rng.choice((D(2013, 11, 7), D(2015, 4, 30), D(2015, 5, 1), None)),
        surviving_net_assets=rng.choice((Decimal(rng.randint(1, 10**12)), Decimal(1))))


def random_deal(example: Any, seed: int) -> Any:
    """One random deal; ``seed`` picks it."""
    rng = random.Random(seed)
    deal = example
    deal = dataclasses.replace(deal, offering=_offering(rng, deal))
    deal = dataclasses.replace(deal, over_allotment=_over_allotment(rng, deal), schedule=_schedule(rng, deal))
    deal = dataclasses.replace(deal, proceeds=_proceeds(rng, deal), merger=_merger(rng, deal))
    issuer = deal.issuer
    treasury = rng.choice((issuer.treasury_shares, 0, 50, 10**6))
    deal = dataclasses.replace(deal, issuer=dataclasses.replace(issuer, treasury_shares=treasury,
                                                               share_unit=rng.choice((100, 100, 1000, 1))))
    deal = random_reorganisations(deal, rng)
    deal = add_offerings(deal, rng)
    for key in ("offering", "schedule", "over_allotment", "proceeds", "merger"):
        roll = rng.random()
        if roll < 0.08:
            deal = dataclasses.replace(deal, **{key: None})
        elif roll < 0.14:
            deal = deal.with_section(key, False)
    if rng.random() < 0.15:  # an entry kept as typed
        path, kind = rng.choice((("offering.offer_price", PRICE), ("offering.shares_offered", SHARES),
                                 ("schedule.pricing_date", DATE), ("merger.average_end", DATE)))
        if deal.get(path.split(".")[0]) is not None:
            deal = deal.with_value(path, kind.parse("12,3x"))
    if rng.random() < 0.1:  # a blank where a figure is needed
        path = rng.choice(("offering.amount_paid", "merger.ratio", "schedule.payment_offset", "issuer.treasury_shares"))
        if deal.get(path.split(".")[0]) is not None:
            deal = deal.with_value(path, None)
    return deal


def _at(path: str, value: Any) -> Any:
    return lambda deal, rng: deal.with_value(path, value(deal, rng) if callable(value) else value)


#: values at and one beside the edge of each check and threshold; a random
#: deal takes one of them (a seed picks which), so every check fails and
#: passes somewhere among the deals
EDGES = (
    _at("issuer.treasury_shares", lambda d, r: d.issuer.shares_issued + r.choice((0, 1))),
    _at("issuer.share_unit", lambda d, r: r.choice((37, 50, 1000))),
    _at("offering.shares_offered", lambda d, r: r.choice((0, 1))),
    _at("offering.close_price", lambda d, r: r.choice((Decimal(0), Decimal("0.01")))),
    _at("offering.offer_price", lambda d, r: r.choice((Decimal(0), d.offering.amount_paid))),
    _at("offering.range_low_factor", lambda d, r: d.offering.range_high_factor + r.choice((0, Decimal("0.01")))),
    _at("offering.offer_price", lambda d, r: None if d.offering.close_price is None else
        d.offering.close_price * d.offering.range_low_factor // 1 - r.choice((0, 1))),
    _at("over_allotment.shares", lambda d, r: d.offering.shares_offered * 15 // 100 + r.choice((0, 1))),
    _at("over_allotment.syndicate_cover_shares", lambda d, r: d.over_allotment.shares + r.choice((0, 1))),
    _at("over_allotment.allotment_shares", lambda d, r: d.over_allotment.shares - r.choice((0, 1))),
    _at("schedule.pricing_date", lambda d, r: r.choice((D(2013, 7, 15), D(2013, 7, 14), D(2019, 12, 31), D(2020, 1, 3)))),
    _at("schedule.pricing_window_start", lambda d, r: d.schedule.pricing_date + dt.timedelta(days=r.choice((0, 1)))),
    _at("schedule.pricing_window_end", lambda d, r: d.schedule.pricing_date - dt.timedelta(days=r.choice((0, 1)))),
    _at("schedule.payment_window_end", lambda d, r: d.schedule.payment_window_start),
    _at("schedule.cover_end", lambda d, r: d.schedule.pricing_date - dt.timedelta(days=r.choice((0, 1)))),
    _at("schedule.allotment_subscription_date", lambda d, r: r.choice((D(2013, 8, 3), D(2013, 12, 31)))),
    _at("schedule.allotment_payment_date", lambda d, r: d.schedule.allotment_subscription_date
        - dt.timedelta(days=r.choice((0, 1)))),
    _at("merger.held_by_surviving", lambda d, r: d.merger.dissolving_shares_issued - d.merger.dissolving_treasury
        + r.choice((0, 1))),
    _at("merger.dissolving_shares_issued", lambda d, r: r.choice((0, 1))),
    _at("merger.average_days", lambda d, r: r.choice((0, 1))),
    _at("merger.surviving_net_assets", lambda d, r: r.choice((Decimal(0), Decimal(1)))),
    _at("merger.ratio", lambda d, r: r.choice((Decimal(0), Decimal("0.000001")))),
    _at("merger.holders", lambda d, r: (Holder("Only holder", r.choice((1, 5))),)),
    _at("proceeds.facility_plan", lambda d, r: (FacilityRow(company="Site", total=Decimal(100),
                                                            paid=Decimal(r.choice((100, 101)))),)),
    _at("issuer.treasury_shares", lambda d, r: r.choice((0, 1, 103, 104))),  # the merger delivers 104
)


def edge_deal(example: Any, seed: int) -> Any:
    """A random deal with one value put at or beside an edge."""
    deal = random_deal(example, seed)
    rng = random.Random(seed * 7919)
    try:
        return EDGES[seed % len(EDGES)](deal, rng)
    except (AttributeError, TypeError):  # the section it needs is not in this deal
        return deal
