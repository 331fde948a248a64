"""Checks at their edges: a value exactly on a limit is on the side the rule
says, one step beside it on the other.

Each case moves one input of the example deal (IIJ 2013, close 3,520 yen,
range factors 0.90 to 1.00, so a range of 3,168 to 3,520 yen) to a limit
and one step past it, and reads the one check it concerns.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from worksheet.deal import compute


def _state(deal, check: str) -> bool | None:  # noqa: ANN001 - a Deal
    return compute(deal).check_states[(check, None)]


def test_the_example_range_is_3168_to_3520_yen(example) -> None:
    ws = compute(example)
    assert ws.results["offering.range_low"].value == Decimal(3168)  # 3,520 x 0.90, rounded down
    assert ws.results["offering.range_high"].value == Decimal(3520)


@pytest.mark.parametrize(("offer", "holds"), [
    ("3168", True), ("3167.99", False),     # the low end belongs to the range
    ("3520", True), ("3520.01", False),     # so does the high end
])
def test_the_offer_price_on_either_end_of_the_range_is_within_it(example, offer: str, holds: bool) -> None:
    deal = example.with_value("offering.offer_price", Decimal(offer))
    assert _state(deal, "offering.offer_in_range") is holds


@pytest.mark.parametrize(("shares", "holds"), [(0, False), (100, True)])
def test_an_offering_needs_at_least_one_share(example, shares: int, holds: bool) -> None:
    assert _state(example.with_value("offering.shares_offered", shares), "offering.some_shares") is holds


@pytest.mark.parametrize(("start", "end", "holds"), [
    ("pricing_window_start", "pricing_window_end", True),
    ("payment_window_start", "payment_window_end", True),
])
def test_a_window_of_one_day_is_in_order(example, start: str, end: str, holds: bool) -> None:
    first = getattr(example.schedule, start)
    same_day = example.with_value(f"schedule.{end}", first)
    assert _state(same_day, f"schedule.{start.split('_window')[0]}_window_in_order") is holds
    day_before = example.with_value(f"schedule.{end}", first - dt.timedelta(days=1))
    assert _state(day_before, f"schedule.{start.split('_window')[0]}_window_in_order") is False


def test_a_third_party_allotment_paid_on_the_day_it_is_subscribed_is_in_order(example) -> None:
    subscribed = example.schedule.allotment_subscription_date
    same_day = example.with_value("schedule.allotment_payment_date", subscribed)
    assert _state(same_day, "schedule.allotment_paid_after_subscribed") is True
    day_before = example.with_value("schedule.allotment_payment_date", subscribed - dt.timedelta(days=1))
    assert _state(day_before, "schedule.allotment_paid_after_subscribed") is False


def test_a_syndicate_cover_period_of_one_day_is_in_order(example) -> None:
    """The cover period starts the day after subscriptions close (2013-07-13 in the example)."""
    start = compute(example).results["schedule.cover_start"].value
    assert start == dt.date(2013, 7, 13)
    assert _state(example.with_value("schedule.cover_end", start), "schedule.cover_in_order") is True
    day_before = example.with_value("schedule.cover_end", start - dt.timedelta(days=1))
    assert _state(day_before, "schedule.cover_in_order") is False


@pytest.mark.parametrize(("more", "holds"), [(0, True), (1, False)])
def test_a_company_may_hold_every_share_it_has_issued_and_no_more(example, more: int, holds: bool) -> None:
    issued = example.issuer.shares_issued
    deal = example.with_value("issuer.treasury_shares", issued + more)
    assert _state(deal, "issuer.treasury_within_issued") is holds


@pytest.mark.parametrize(("unit", "holds"), [(100, True), (1, True), (1000, True), (200, False), (99, False)])
def test_a_share_unit_other_than_the_usual_ones_is_warned_of(example, unit: int, holds: bool) -> None:
    ws = compute(example.with_value("issuer.share_unit", unit))
    assert ws.check_states[("issuer.usual_unit", None)] is holds
    warned = [f for f in ws.findings if f.check == "issuer.usual_unit"]
    assert bool(warned) is not holds
    assert all(not f.is_error for f in warned)  # a warning: the deal still computes


@pytest.mark.parametrize(("paid", "holds"), [("0", True), ("total", True), ("total+1", False)])
def test_a_facility_fully_paid_is_within_its_total(example, paid: str, holds: bool) -> None:
    row = example.proceeds.facility_plan[0]
    amount = {"0": Decimal(0), "total": row.total, "total+1": row.total + 1}[paid]
    deal = example.with_value("proceeds.facility_plan.0.paid", amount)
    states = compute(deal).verdicts["proceeds.facility_plan.paid_within_total"]
    assert states[0] is holds


@pytest.mark.parametrize(("kinds", "warned"), [
    (("capital_investment", "debt_repayment", "debt_repayment"), False),  # the example: one line
    (("debt_repayment", "debt_repayment", "debt_repayment"), True),       # none: nothing to reconcile with
])
def test_a_facility_plan_needs_one_capital_investment_line(example, kinds: tuple[str, ...], warned: bool) -> None:
    deal = example
    for i, kind in enumerate(kinds):
        deal = deal.with_value(f"proceeds.lines.{i}.kind", kind)
    ws = compute(deal)
    assert any(f.check == "proceeds.capital_investment_line" for f in ws.findings) is warned


@pytest.mark.parametrize(("eligible", "odd_lots"), [(2399, 1), (2400, 0), (2401, 0)])
def test_without_a_list_of_holders_the_fraction_is_dropped_before_the_odd_lot_is_counted(
        example, eligible: int, odd_lots: int) -> None:
    """At a ratio of 0.5, 2,399 shares give 1,199.5: 1,199 shares, an odd lot of 99 below the unit of 100.
    Rounded up instead, 1,200 would be whole units and the odd lot would vanish."""
    deal = (example.with_value("merger.holders", ()).with_value("merger.ratio", Decimal("0.5"))
            .with_value("merger.dissolving_shares_issued", eligible).with_value("merger.held_by_surviving", 0)
            .with_value("merger.dissolving_treasury", 0))
    assert compute(deal).results["merger.odd_lot_holders"].value == odd_lots


@pytest.mark.parametrize(("price", "holds"), [("0.01", True), ("0", False)])
def test_a_price_of_one_sen_is_above_zero_and_of_none_is_not(example, price: str, holds: bool) -> None:
    assert _state(example.with_value("offering.close_price", Decimal(price)), "offering.close_above_zero") is holds
