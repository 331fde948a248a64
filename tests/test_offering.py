"""Public offering: range, spread, stated capital (DOMAIN.md section 1)."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from worksheet.deal import compute
from worksheet.offering import stated_capital_increase

from .conftest import messages


def test_example_offering_figures(example, ws):
    o = example.offering
    assert o.close_price == D("3520") and o.offer_price == D("3395") and o.amount_paid == D("3279.44")
    assert o.pricing_illustrative is True  # seed 000 predates pricing
    assert ws.value("offering.range_low") == D("3168")  # 3,520 x 0.90
    assert ws.value("offering.range_high") == D("3520")
    assert ws.value("offering.gross_proceeds") == D("15956500000")
    assert ws.value("offering.total_amount_paid") == D("15413368000")
    assert ws.value("offering.spread_per_share") == D("115.56")
    assert ws.value("offering.underwriters_spread") == D("543132000")
    assert ws.value("offering.stated_capital_increase") == D("7706684000")
    assert ws.value("offering.additional_paid_in_capital") == D("7706684000")


@pytest.mark.parametrize(("close", "low", "high", "expected_low", "expected_high"), [
    ("3520", "0.90", "1.00", "3168", "3520"),
    ("3333", "0.90", "1.00", "2999", "3333"),  # 2,999.7 rounds DOWN
    ("101", "0.90", "1.00", "90", "101"),  # 90.9 -> 90
    ("2468.5", "0.93", "0.97", "2295", "2394"),  # 2,295.705 and 2,394.445 both down
])
def test_range_rounds_down(example, close, low, high, expected_low, expected_high):
    deal = (example.with_value("offering.close_price", D(close))
            .with_value("offering.range_low_factor", D(low)).with_value("offering.range_high_factor", D(high)))
    ws = compute(deal)
    assert (ws.value("offering.range_low"), ws.value("offering.range_high")) == (D(expected_low), D(expected_high))


@pytest.mark.parametrize(("total", "capital", "apic"), [
    ("15413368000", "7706684000", "7706684000"),
    ("473310001", "236655001", "236655000"),  # odd total: half a yen rounds UP
    ("5726.16", "2864", "2862.16"),  # sen in the total: the round-up applies to the total
    ("1", "1", "0"),
])
def test_stated_capital_half_rounded_up(total, capital, apic):
    got = stated_capital_increase(D(total))
    assert got == D(capital)
    assert D(total) - got == D(apic)


def test_sen_price_that_defeats_floats(example):
    # PLATFORM.md: 87.65 x 5,400,000 / 2 is 236655000.00000003 as a float.
    deal = (example.with_value("offering.close_price", D("90")).with_value("offering.offer_price", D("90"))
            .with_value("offering.amount_paid", D("87.65")).with_value("offering.shares_offered", 5_400_000)
            .with_value("over_allotment.shares", 0).with_value("over_allotment.allotment_shares", 0))
    ws = compute(deal)
    assert ws.value("offering.stated_capital_increase") == D("236655000")


def test_shares_not_in_whole_units_is_named(example):
    ws = compute(example.with_value("offering.shares_offered", 4_700_050))
    assert any("not a whole number of units of 100" in m and "4,700,000" in m and "4,700,100" in m
               for m in messages(ws, "offering.shares_offered"))
    assert ws.value("offering.total_amount_paid") is None
    assert ws.results["offering.total_amount_paid"].blocked_by == "offering.shares_offered"
    assert ws.results["offering.stated_capital_increase"].reason.startswith("Shares offered: 4,700,050 shares is not")
    assert ws.value("offering.range_low") == D("3168")  # does not depend on the shares


def test_offer_price_outside_range_is_not_printed(example):
    ws = compute(example.with_value("offering.offer_price", D("3600")))
    assert any("outside the provisional range 3,168 to 3,520" in m for m in messages(ws, "offering.offer_price"))
    assert ws.value("offering.gross_proceeds") is None
    assert ws.value("offering.stated_capital_increase") == D("7706684000")  # paid amount is still fine


def test_amount_paid_above_offer_price(example):
    ws = compute(example.with_value("offering.amount_paid", D("3400")))
    assert any("spread would be negative" in m for m in messages(ws, "offering.amount_paid"))
    assert ws.value("offering.underwriters_spread") is None
