"""Over-allotment, syndicate cover, third-party allotment (DOMAIN.md section 3)."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from worksheet.deal import compute

from .conftest import messages


def test_example_over_allotment(ws):
    assert ws.value("over_allotment.ratio_to_offering") == pytest.approx(D("0.1489"), abs=D("0.0001"))  # 14.9%
    assert ws.value("over_allotment.cap_shares") == 705_000
    assert ws.value("over_allotment.proceeds") == D("2376500000")  # 700,000 x 3,395
    assert ws.value("allotment.shares_taken_up") == 700_000
    assert ws.value("allotment.shares_forfeited") == 0
    assert ws.value("allotment.total_amount_paid") == D("2295608000")  # 700,000 x 3,279.44
    assert ws.value("allotment.stated_capital_increase") == D("1147804000")
    assert ws.value("allotment.additional_paid_in_capital") == D("1147804000")


@pytest.mark.parametrize(("stab", "cover", "taken", "forfeited"), [
    (0, 0, 700_000, 0),
    (100_000, 250_000, 350_000, 350_000),
    (0, 700_000, 0, 700_000),
    (49_900, 0, 650_100, 49_900),
])
def test_take_up_and_forfeit(example, stab, cover, taken, forfeited):
    deal = (example.with_value("over_allotment.stabilization_shares", stab)
            .with_value("over_allotment.syndicate_cover_shares", cover))
    ws = compute(deal)
    assert ws.value("allotment.shares_taken_up") == taken
    assert ws.value("allotment.shares_forfeited") == forfeited
    assert ws.value("over_allotment.shares_returned") == 700_000
    assert ws.value("shares.issued_after_allotment") == 45_997_800 + taken


def test_allotment_capital_is_computed_on_its_own(example):
    # 650,100 x 3,279.45 = 2,131,970,445: half is 1,065,985,222.5, rounded UP.
    deal = (example.with_value("offering.amount_paid", D("3279.45"))
            .with_value("over_allotment.stabilization_shares", 49_900))
    ws = compute(deal)
    assert ws.value("allotment.total_amount_paid") == D("2131970445")
    assert ws.value("allotment.stated_capital_increase") == D("1065985223")
    assert ws.value("allotment.additional_paid_in_capital") == D("1065985222")
    assert ws.value("offering.stated_capital_increase") == D("7706707500")


def test_buying_back_more_than_borrowed(example):
    ws = compute(example.with_value("over_allotment.syndicate_cover_shares", 800_000))
    assert any("exceed the over-allotment (700,000)" in m for m in messages(ws, "over_allotment.syndicate_cover_shares"))
    assert ws.value("allotment.shares_taken_up") is None


def test_above_fifteen_percent_is_a_warning(example):
    deal = example.with_value("over_allotment.shares", 800_000).with_value("over_allotment.allotment_shares", 800_000)
    ws = compute(deal)
    found = [f for f in ws.findings if f.path == "over_allotment.shares"]
    assert [f.severity.value for f in found] == ["warning"]
    # 800,000 / 4,700,000 = 17.02%, printed to two decimals as the workbook's TEXT(x,"0.00%") prints it
    assert "(800,000) is 17.02% of the offering, above the 15.00% of market practice" in found[0].message
    assert ws.value("allotment.shares_taken_up") == 800_000


def test_over_allotment_larger_than_allotment(example):
    ws = compute(example.with_value("over_allotment.allotment_shares", 600_000))
    assert any("exceeds the third-party allotment resolved (600,000)" in m for m in messages(ws, "over_allotment.shares"))
