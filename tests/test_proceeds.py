"""Use of proceeds and the facility plan (DOMAIN.md section 5)."""

from __future__ import annotations

import dataclasses
from decimal import Decimal as D

from worksheet.deal import compute

from .conftest import messages


def test_proceeds_and_plan(example, ws):
    amounts = [line.amount for line in example.proceeds.lines]
    assert amounts == [D("10122000000"), D("6661000000"), D("1990000000")]
    assert ws.value("proceeds.lines_total") == D("18773000000")
    assert len(example.proceeds.facility_plan) == 6
    assert ws.value("proceeds.facility_total") == D("10451000")
    assert ws.value("proceeds.facility_paid") == D("328738")
    assert ws.value("proceeds.facility_remaining") == D("10122262")
    assert ws.value("proceeds.capital_investment") == D("10122000000")
    assert ws.value("proceeds.facility_reconciled") == D("10122000000")


def test_estimate_from_reference_price(example, ws):
    # 3,495 x 5,400,000 - 100,000,000 (both illustrative) = the stated 18,773,000,000
    assert ws.value("proceeds.estimated_net_proceeds") == D("18773000000")
    assert ws.value("proceeds.net_proceeds") == D("18773000000")
    ws = compute(example.with_value("proceeds.estimated_expenses", D("90000000")))
    assert any("stated as 18,773,000,000 yen" in m and "18,783,000,000" in m
               for m in messages(ws, "proceeds.stated_net_proceeds"))


def test_stated_estimate_used_when_no_reference(example):
    deal = example.with_value("proceeds.reference_amount_paid", None)
    ws = compute(deal)
    assert ws.value("proceeds.net_proceeds") == D("18773000000")
    assert ws.value("proceeds.estimated_net_proceeds") is None


def test_uses_must_add_up(example):
    deal = example.with_value("proceeds.lines.2.amount", D("1900000000"))
    ws = compute(deal)
    assert any("difference -90,000,000 yen" in m for m in messages(ws, "proceeds.lines"))
    # Issue 13: the total that disagrees is shown beside its finding, not blanked.
    assert ws.value("proceeds.lines_total") == sum(line.amount for line in deal.proceeds.lines) == D("18683000000")


def test_plan_rows_added_and_removed(example):
    plan = example.proceeds.facility_plan
    extra = dataclasses.replace(plan[0], facility="New racks", total=D("500000"), paid=D("0"))
    ws = compute(example.with_value("proceeds.facility_plan", plan + (extra,)))
    assert ws.value("proceeds.facility_total") == D("10951000")
    assert any("facility plan leaves 10,622,000,000 yen" in m and "line is 10,122,000,000 yen" in m
               for m in messages(ws, "proceeds.facility_reconciled"))
    assert ws.value("proceeds.facility_reconciled") == D("10622000000")  # shown with its finding (issue 13)
    ws = compute(example.with_value("proceeds.facility_plan", plan[:5]))
    assert ws.value("proceeds.facility_remaining") == D("10122262") - D("1633000") + D("17708")


def test_paid_above_total(example):
    ws = compute(example.with_value("proceeds.facility_plan.2.paid", D("1300000")))
    assert any("Paid 1,300,000 thousand yen is more than the total 1,200,000" in m
               for m in messages(ws, "proceeds.facility_plan.2.paid"))
    assert ws.value("proceeds.facility_paid") is None
    assert ws.results["proceeds.facility_paid"].blocked_by == "proceeds.facility_plan.2.paid"
    assert ws.value("proceeds.facility_total") == D("10451000")


def test_equity_reported_afterwards(example, ws):
    # Seed 003, note 3: equity rose JPY 17,239 million for 5,400,000 shares.
    assert example.proceeds.reported_equity_increase == D("17239000000")
    assert ws.value("proceeds.equity_increase_per_share") == D("3192.41")
    assert ws.value("proceeds.paid_in_less_equity_increase") == D("15413368000") + D("2295608000") - D("17239000000")


def test_a_blank_cell_names_itself(example):
    ws = compute(example.with_value("proceeds.facility_plan.3.total", None))
    assert ws.results["proceeds.facility_total"].blocked_by == "proceeds.facility_plan.3.total"
    assert [f.message for f in ws.findings if f.path == "proceeds.facility_plan.3.total"] == [
        "Facility plan, row 4: Total (JPY thousand) is needed for this section."]
    assert ws.results["proceeds.facility_total"].reason.text() == "Facility plan, row 4: Total (JPY thousand) is blank."
    assert ws.value("proceeds.facility_paid") == D("328738")
