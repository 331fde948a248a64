"""Random sections for the kinds of offering beyond the seed's shape: a
book-built offering, a secondary offering by named sellers, a disposal of
treasury shares (alone or in one offering with new shares), a global
offering's international tranche and option, and a third-party allotment.

Values sit at and beside every threshold and check: the provisional range's
bounds, an underwriting price at the Companies-Act amount and a sen below
it, sellers that add up and miss by a unit, a disposal of every treasury
share and one more, a book value at, below and above the disposal amount
(and above the new shares' amount paid), the option exercised in full, in
part, over its size and not at all, dilution at 25% and 300% exactly and
one voting right either side, resolutions the day before and the day the
exchange's rules came into force. Sections are left out, or in and left
out of the deal, at random. The same generator state gives the same deal.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from typing import Any

from worksheet.calendar import TseCalendar
from worksheet.secondary_offering import Seller
from worksheet.third_party_allotment import Allottee

D = dt.date
CALENDAR = TseCalendar()
SEN = Decimal("0.01")


def _price(rng: random.Random, low: int, high: int) -> Decimal:
    """A price in yen, often with sen, sometimes on a half yen or an odd sen."""
    return Decimal(rng.randint(low, high)) + Decimal(rng.choice((0, 0, 5, 45, 50, 55, 99, rng.randint(1, 99)))) / 100


def _halfway(rng: random.Random, low: Decimal, high: Decimal) -> Decimal:
    """A price between two others, to the sen."""
    cents = int((high - low) / SEN)
    return low + SEN * rng.randint(0, max(cents, 0))


def _book_building(rng: random.Random, deal: Any) -> Any:
    unit = rng.choice((100, 100, 1, 1000))
    shares = rng.choice((rng.randint(1, 90_000) * unit, rng.randint(1, 90_000) * unit, 0)) + rng.choice((0, 0, 0, 0, 0, 1, 50))
    low = _price(rng, 100, 6000)
    high = low + rng.choice((Decimal(0), Decimal(rng.randint(1, 400)), _price(rng, 0, 300)))
    offer = rng.choice((low, high, _halfway(rng, low, high), high + SEN, low - SEN, high + 1))
    underwriting = rng.choice((offer, (offer * Decimal("0.92")).quantize(SEN), (offer * Decimal("0.953")).quantize(SEN),
                               offer - Decimal(rng.randint(0, 200)), offer + SEN))
    floor = rng.choice(((low * Decimal("0.85")).quantize(SEN), underwriting, underwriting + SEN, None))
    if rng.random() < 0.2:
        low, high = (None, None) if rng.random() < 0.5 else (high, low)  # no range yet, or the bounds swapped
    return (deal.with_value("book_building.shares_offered", shares)
            .with_value("book_building.subscription_unit", unit)
            .with_value("book_building.range_low", low).with_value("book_building.range_high", high)
            .with_value("book_building.offer_price", max(offer, Decimal(0)) if rng.random() > 0.05 else Decimal(0))
            .with_value("book_building.underwriting_price", max(underwriting, Decimal(0)))
            .with_value("book_building.companies_act_amount", floor))


def _secondary(rng: random.Random, deal: Any) -> Any:
    sellers = tuple(Seller(f"Seller {i}", rng.choice((rng.randint(1, 3_000) * 100, rng.randint(1, 10**7), 0 if i else 100)))
                    for i in range(rng.choice((0, 1, 2, 4))))
    listed = sum(s.shares for s in sellers)
    stated = rng.choice((listed, listed, listed + 100, None)) if sellers else rng.choice((rng.randint(0, 10**8), None, 0))
    offer = _price(rng, 100, 9000) if rng.random() > 0.05 else Decimal(0)
    underwriting = rng.choice((None, offer, offer - Decimal(102), (offer * Decimal("0.9335")).quantize(SEN), offer + SEN))
    return (deal.with_value("secondary_offering.sellers", sellers)
            .with_value("secondary_offering.shares_for_sale", stated)
            .with_value("secondary_offering.offer_price", offer)
            .with_value("secondary_offering.underwriting_price",
                        None if underwriting is None else max(underwriting, Decimal(0)))
            .with_value("secondary_offering.price_assumed", rng.random() < 0.3))


def _treasury(rng: random.Random, deal: Any) -> Any:
    held = deal.issuer.treasury_shares if isinstance(deal.issuer.treasury_shares, int) else 0
    disposed = rng.choice((held, held + 1, max(held - 1, 0), rng.randint(0, max(held, 1)), 0))
    offering = deal.offering
    joint = offering is not None and "offering" in deal.present() and isinstance(offering.amount_paid, Decimal)
    price = offering.amount_paid if joint and rng.random() < 0.8 else rng.choice((_price(rng, 50, 9000), Decimal(0)))
    if joint and rng.random() < 0.1:
        price = offering.amount_paid + SEN  # two amounts in one offering
    amount = (price * disposed).to_integral_value()  # a book value is in whole yen
    book = rng.choice((None, amount, amount - 1, amount + 1, Decimal(rng.randint(0, 10**12)),
                       amount + Decimal(10) ** 12))  # the last: a loss larger than any new shares' limit
    # (10**12 yen: above the largest new-share limit drawn here, 5.4 * 10**11, and with its sen still within
    # the 15 significant digits a spreadsheet holds; 10**13 and sen is 16 digits, which no spreadsheet can show)
    offer = rng.choice((None, price, price + _price(rng, 0, 200), price - SEN))
    return (deal.with_value("treasury_disposal.shares_disposed", disposed)
            .with_value("treasury_disposal.disposal_price", price)
            .with_value("treasury_disposal.offer_price", None if offer is None else max(offer, Decimal(0)))
            .with_value("treasury_disposal.book_value", None if book is None else max(book, Decimal(0)))
            .with_value("treasury_disposal.disposal_date", rng.choice((None, D(2024, 6, 25), D(2019, 5, 29)))))


def _global(rng: random.Random, deal: Any) -> Any:
    international = rng.choice((rng.randint(1, 2_000_000) * 100, 154_000_000, 0, 1))
    option = rng.choice((international * 15 // 100, 26_000_000, 0, rng.randint(0, 10**6)))
    exercise = rng.choice(("full", "part", "none"))
    exercised = rng.choice((option, option + 1, 0, rng.randint(0, max(option, 0)), None))
    paid = deal.offering.amount_paid if isinstance(deal.offering.amount_paid, Decimal) else Decimal(1000)
    price = rng.choice((None, None, paid, paid - SEN, paid + _price(rng, 0, 300)))
    return (deal.with_value("global_offering.international_shares", international)
            .with_value("global_offering.option_shares", option)
            .with_value("global_offering.option_exercise", exercise)
            .with_value("global_offering.option_shares_exercised", exercised)
            .with_value("global_offering.international_offer_price", None if price is None else max(price, Decimal(0))))


def _third_party(rng: random.Random, deal: Any) -> Any:
    unit = deal.issuer.share_unit if isinstance(deal.issuer.share_unit, int) else 100
    allottees = tuple(Allottee(f"Allottee {i}", rng.choice((rng.randint(1, 50_000) * unit, rng.randint(0, 10**7),
                                                            992_453, 154_900, 0)))
                      for i in range(rng.choice((1, 1, 2, 3, 0))))
    votes = sum(a.shares // unit for a in allottees)
    # Total voting rights at 25% and 300% exactly and one beside; or left blank (derived from the issuer).
    before = rng.choice((None, None, 4 * votes, 4 * votes + 1, max(4 * votes - 1, 0), 42_697, votes // 3,
                         votes // 3 + 1, max(votes // 3 - 1, 0), 0))
    paid = _price(rng, 1, 60_000)
    sub = CALENDAR.add_business_days(rng.choice((D(2009, 11, 13), D(2015, 1, 5), D(2021, 3, 11))), rng.randint(1, 12))
    pay = rng.choice((CALENDAR.add_business_days(sub, 1), sub, sub - dt.timedelta(days=1), D(2021, 3, 20)))
    return (deal.with_value("third_party_allotment.allottees", allottees)
            .with_value("third_party_allotment.listed", rng.random() > 0.15)
            .with_value("third_party_allotment.amount_paid", rng.choice((paid, paid, Decimal(48365), Decimal(0))))
            .with_value("third_party_allotment.voting_rights_before", before)
            .with_value("third_party_allotment.resolution_date",
                        rng.choice((D(2009, 8, 23), D(2009, 8, 24), D(2025, 10, 30), None)))
            .with_value("third_party_allotment.subscription_date", sub)
            .with_value("third_party_allotment.payment_date", pay))


KINDS = (("book_building", _book_building), ("secondary_offering", _secondary), ("treasury_disposal", _treasury),
         ("global_offering", _global), ("third_party_allotment", _third_party))


def add_offerings(deal: Any, rng: random.Random) -> Any:
    """``deal`` with random sections of the kinds beyond the seed's shape;
    each kind is in about half the deals, and sometimes in the deal but left
    out of it."""
    for key, draw in KINDS:
        roll = rng.random()
        if roll < 0.45:
            continue
        if key == "global_offering" and deal.offering is None:
            continue
        deal = draw(rng, deal)
        if roll > 0.92:
            deal = deal.with_section(key, False)
    return deal
