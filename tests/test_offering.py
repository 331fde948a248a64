"""Public offering: range, spread, stated capital (DOMAIN.md section 1)."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from worksheet.deal import compute

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
    # 1 - 3,395 / 3,520 = 3.5511...%, printed to two decimals of a percent
    discount = 1 - o.offer_price / o.close_price
    assert ws.value("offering.discount_to_close") == discount
    assert ws.value("offering.discount_as_stated") == D("0.0355") == discount.quantize(D("0.0001"), "ROUND_HALF_UP")


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


def _one_share_paying(example, total: str):
    """The offering of one share whose amount to be paid is ``total``: the
    total amount to be paid is then exactly ``total``."""
    return (example.with_value("offering.subscription_unit", 1).with_value("offering.shares_offered", 1)
            .with_value("offering.amount_paid", D(total)).with_value("offering.offer_price", D(total))
            .with_value("over_allotment.shares", 0).with_value("over_allotment.allotment_shares", 0))


@pytest.mark.parametrize(("paid", "shares", "capital", "apic"), [
    ("3279.44", 4_700_000, "7706684000", "7706684000"),  # the seed: 15,413,368,000
    ("473310001", 1, "236655001", "236655000"),  # odd total: half a yen rounds UP
    ("5726.16", 1, "2864", "2862.16"),  # sen in the total: the round-up applies to the total
    ("1", 1, "1", "0"),
])
def test_stated_capital_half_rounded_up(example, paid, shares, capital, apic):
    deal = _one_share_paying(example, paid).with_value("offering.shares_offered", shares)
    ws = compute(deal)
    total = D(paid) * shares
    assert ws.value("offering.total_amount_paid") == total
    assert ws.value("offering.stated_capital_increase") == D(capital)
    assert ws.value("offering.additional_paid_in_capital") == D(apic) == total - D(capital)


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
    assert ws.results["offering.stated_capital_increase"].reason.text().startswith(
        "Shares offered: 4,700,050 shares is not")
    assert ws.value("offering.range_low") == D("3168")  # does not depend on the shares


def test_offer_price_outside_range_is_shown_with_its_finding(example):
    # Issue 13: a figure that disagrees with a check is shown beside its finding, not blanked.
    ws = compute(example.with_value("offering.offer_price", D("3600")))
    found = [f for f in ws.findings if f.check == "offering.offer_in_range"]
    assert [f.path for f in found] == ["offering.offer_price"] and found[0].is_error
    assert "outside the provisional range 3,168 to 3,520" in found[0].message
    assert ws.value("offering.gross_proceeds") == D("3600") * example.offering.shares_offered
    assert ws.value("offering.spread_per_share") == D("3600") - example.offering.amount_paid
    assert ws.value("offering.stated_capital_increase") == D("7706684000")  # paid amount is still fine


def test_amount_paid_above_offer_price(example):
    ws = compute(example.with_value("offering.amount_paid", D("3400")))
    assert any("spread would be negative" in m for m in messages(ws, "offering.amount_paid"))
    assert ws.value("offering.underwriters_spread") is None
