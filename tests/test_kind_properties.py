"""Invariants of the new kinds over random deals (hypothesis): capital and
reserve add up to what is paid in, treasury falls by exactly the shares
disposed, tranches add up, schedule dates stay in order, and no input makes
compute raise."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.kinds import allotment, book_built, deal_with, global_offering, offering, treasury, with_preset
from worksheet import schema
from worksheet.book_building import BookBuilding
from worksheet.calendar import TseCalendar
from worksheet.deal import compute
from worksheet.global_offering import GlobalOffering
from worksheet.kinds import BoolKind, ChoiceKind, DateKind, DecimalKind, IntegerKind, Invalid, TextKind
from worksheet.schedule import PRESETS
from worksheet.secondary_offering import SecondaryOffering, Seller
from worksheet.third_party_allotment import Allottee, ThirdPartyAllotment
from worksheet.treasury import TreasuryDisposal

CALENDAR = TseCalendar()
SOME = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
prices = st.decimals(min_value=D("0.01"), max_value=D("200000"), places=2)
shares = st.integers(1, 10**9)
units = st.sampled_from((1, 10, 100, 1000))


def _sen(x: D) -> str:
    return format(x, "f")


@SOME
@given(shares, prices, prices)
def test_book_building_capital_and_reserve_add_up(n, underwriting, spread):
    ws = compute(book_built(shares=n, offer=_sen(underwriting + spread), underwriting=_sen(underwriting),
                            deal=deal_with().with_value("book_building.subscription_unit", 1)))
    total = ws.value("book_building.total_underwriting_price")
    capital = ws.value("book_building.stated_capital_increase")
    assert capital + ws.value("book_building.additional_paid_in_capital") == total
    assert 0 <= capital - total / 2 < 1 and capital == capital.to_integral_value()
    assert ws.value("book_building.capital_per_share") + ws.value("book_building.reserve_per_share") == underwriting


@SOME
@given(st.lists(st.integers(1, 10**7), min_size=1, max_size=5), prices, units)
def test_third_party_allotment_capital_and_reserve_add_up(sizes, paid, unit):
    deal = deal_with(issued=10**9, unit=unit)
    ws = compute(allotment(allottees={f"A{i}": n for i, n in enumerate(sizes)}, paid=_sen(paid), deal=deal))
    total = ws.value("third_party_allotment.total_amount_paid")
    assert total == paid * sum(sizes)
    assert ws.value("third_party_allotment.stated_capital_increase") + ws.value(
        "third_party_allotment.additional_paid_in_capital") == total
    assert ws.value("third_party_allotment.voting_rights_allotted") == sum(n // unit for n in sizes)
    assert ws.value("shares.issued_after") == 10**9 + sum(sizes)


@SOME
@given(shares, shares, st.integers(0, 10**8), st.sampled_from(("full", "part", "none")), st.integers(0, 10**8),
       prices, st.one_of(st.none(), prices))
def test_global_tranches_add_up(domestic, international, option, exercise, exercised, paid, intl_price):
    deal = offering(shares=domestic * 100, offer=_sen(paid + 1), paid=_sen(paid))
    ws = compute(global_offering(international=international, option=option, exercise=exercise,
                                 exercised=min(exercised, option), deal=deal,
                                 price=None if intl_price is None else _sen(max(intl_price, paid))))
    on_option = {"full": option, "none": 0, "part": min(exercised, option)}[exercise]
    assert ws.value("global_offering.option_shares_issued") == on_option
    assert ws.value("global_offering.total_shares_issued") == domestic * 100 + international + on_option
    assert ws.value("global_offering.total_shares_offered") == domestic * 100 + international + option
    total = ws.value("global_offering.total_amount_paid")
    assert total == paid * ws.value("global_offering.total_shares_issued")
    assert ws.value("global_offering.stated_capital_increase") + ws.value(
        "global_offering.additional_paid_in_capital") == total
    assert ws.value("global_offering.total_issue_price") - total == ws.value("global_offering.underwriters_spread")


@SOME
@given(st.integers(0, 10**8), st.integers(1, 10**8), st.integers(0, 10**8), prices,
       st.one_of(st.none(), st.integers(0, 10**15)), st.booleans())
def test_treasury_falls_by_exactly_the_shares_disposed_and_equity_adds_up(held_extra, disposed, new, price, book,
                                                                          with_new):
    deal = deal_with(issued=10**10, treasury=disposed + held_extra)
    if with_new and new:
        deal = offering(shares=new * 100, offer=_sen(price), paid=_sen(price), deal=deal)
    ws = compute(treasury(shares=disposed, price=_sen(price), book=book, deal=deal))
    assert ws.value("treasury_disposal.treasury_after") == held_extra
    assert ws.value("shares.treasury_after") == held_extra
    assert ws.value("shares.issued_after") == 10**10 + (new * 100 if with_new and new else 0)
    limit = ws.value("treasury_disposal.capital_limit")
    if limit is None:  # a joint offering waits for the book value
        assert book is None and with_new and new
        return
    assert limit >= 0
    assert ws.value("treasury_disposal.stated_capital_increase") + ws.value(
        "treasury_disposal.additional_paid_in_capital") == limit
    if not (with_new and new):
        assert limit == 0
    if book is not None:
        paid_in = ws.value("treasury_disposal.total_disposal_amount") + (
            ws.value("offering.total_amount_paid") if with_new and new else 0)
        assert limit + ws.value("treasury_disposal.other_capital_surplus") + book == paid_in


@SOME
@given(st.dates(dt.date(2000, 1, 1), dt.date(2040, 12, 31)).filter(CALENDAR.is_business_day),
       st.sampled_from([p.key for p in PRESETS.presets]))
def test_schedule_dates_in_order_for_every_preset(pricing, preset):
    """From any pricing date on a TSE business day (one that is not is a finding of its own)."""
    ws = compute(with_preset(deal_with().with_value("schedule.pricing_date", pricing), preset))
    days = [ws.value(f"schedule.{n}") for n in ("subscription_start", "subscription_end", "payment_date",
                                                "delivery_date")]
    assert None not in days and pricing < days[0] <= days[1] < days[2] < days[3]


def _value_for(kind):
    anything = st.one_of(st.none(), st.builds(Invalid, st.text(max_size=6), st.just("unreadable")))
    if isinstance(kind, IntegerKind):
        return st.one_of(anything, st.integers(kind.minimum, min(kind.maximum, 10**12)))
    if isinstance(kind, DecimalKind):
        return st.one_of(anything, st.decimals(min_value=kind.minimum or 0, max_value=min(kind.maximum, D(10**12)),
                                               places=kind.places if kind.places is not None else 3))
    if isinstance(kind, DateKind):
        return st.one_of(anything, st.dates(dt.date(2000, 1, 1), dt.date(2040, 12, 31)))
    if isinstance(kind, ChoiceKind):
        return st.sampled_from([v for v, _ in kind.choices])
    if isinstance(kind, BoolKind):
        return st.booleans()
    assert isinstance(kind, TextKind)
    return st.text(max_size=10)


def _section(cls, key):
    fields = {name: _value_for(info.kind) for name, info in schema.fields_of(cls).items() if info.kind is not None}
    return st.fixed_dictionaries(fields).map(lambda values: (key, values))


_ROWS = {"secondary_offering": ("sellers", Seller), "third_party_allotment": ("allottees", Allottee)}


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_section(BookBuilding, "book_building"), _section(SecondaryOffering, "secondary_offering"),
                          _section(TreasuryDisposal, "treasury_disposal"), _section(GlobalOffering, "global_offering"),
                          _section(ThirdPartyAllotment, "third_party_allotment")), max_size=5),
       st.lists(_value_for(IntegerKind("shares")), max_size=4), st.booleans(),
       st.one_of(st.none(), st.integers(0, 10**12)), st.one_of(st.none(), st.integers(0, 10**10)))
def test_no_input_makes_compute_raise(sections, row_shares, with_offering, issued, held):
    deal = deal_with(issued=issued, treasury=held)
    if with_offering:
        deal = offering(shares=1_000_000, offer="1000", paid="960", deal=deal)
    for key, values in sections:
        for name, value in values.items():
            deal = deal.with_value(f"{key}.{name}", value)
        if key in _ROWS:
            table, row = _ROWS[key]
            deal = deal.with_value(f"{key}.{table}", tuple(row(f"R{i}", n) for i, n in enumerate(row_shares)))
    ws = compute(deal)
    assert not [f for f in ws.findings if f.check == "engine.internal"], [f.message for f in ws.findings]
    for name, found in ws.results.items():
        assert found.value is not None or found.reason is not None, name
