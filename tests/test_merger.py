"""Absorption-type merger (DOMAIN.md section 6)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from worksheet.deal import compute
from worksheet.merger import Holder, PricePoint

from .conftest import messages


def test_seed_merger(example, ws):
    m = example.merger
    assert (m.dissolving_shares_issued, m.held_by_surviving, m.ratio) == (4000, 3996, D("26"))
    assert ws.value("merger.held_ratio") == D("0.999")
    assert ws.value("merger.shares_allotted_on") == 4
    assert ws.value("merger.shares_delivered") == 104  # (4,000 - 3,996) x 26
    assert ws.value("merger.treasury_delivered") == 104
    assert ws.value("merger.new_shares_issued") == 0
    assert ws.value("merger.treasury_after") == 760_800 - 104
    (holder,) = ws.value("merger.holder_allocations")
    assert (holder["units"], holder["odd_lot"], holder["top_up"]) == (1, 4, 96)
    assert ws.value("merger.simplified_merger") is True
    assert ws.value("merger.short_form_merger") is True
    assert ws.value("merger.simplified_merger_article") == "Companies Act Art. 796(3)"


def test_article_cited_as_of_the_deal_date(example):
    ws = compute(example.with_value("merger.resolution_date", dt.date(2015, 5, 1)))
    assert ws.value("merger.simplified_merger_article") == "Companies Act Art. 796(2)"


def test_fractions_are_aggregated_and_sold(example):
    holders = (Holder("A", 1), Holder("B", 1), Holder("C", 2))
    deal = example.with_value("merger.ratio", D("0.35")).with_value("merger.holders", holders)
    ws = compute(deal)
    received = [a["shares_received"] for a in ws.value("merger.holder_allocations")]
    assert received == [0, 0, 0]  # 0.35, 0.35, 0.70
    assert ws.value("merger.fraction_total") == D("1.40")
    assert ws.value("merger.fraction_shares_sold") == 1  # Art. 234: the fraction of the aggregate is dropped
    assert ws.value("merger.treasury_delivered") == 1
    assert ws.value("merger.fraction_cash") == ws.value("merger.average_close").to_integral_value(rounding="ROUND_FLOOR")


def test_new_shares_and_missing_treasury(example):
    ws = compute(example.with_value("merger.delivery", "new"))
    assert ws.value("merger.new_shares_issued") == 104 and ws.value("merger.treasury_delivered") == 0
    ws = compute(example.with_value("issuer.treasury_shares", 100))
    assert any("holds only 100 treasury shares" in m for m in messages(ws, "merger.delivery"))


@pytest.mark.parametrize(("held", "short_form"), [(3996, True), (3600, True), (3599, False)])
def test_short_form_nine_tenths(example, held, short_form):
    deal = example.with_value("merger.held_by_surviving", held).with_value("merger.holders", ())
    assert compute(deal).value("merger.short_form_merger") is short_form


def test_simplified_merger_one_fifth(example):
    deal = example.with_value("merger.surviving_net_assets", D("1256164"))  # 5 x 251,232.80
    assert compute(deal).value("merger.simplified_merger") is True
    deal = example.with_value("merger.surviving_net_assets", D("1256163"))
    assert compute(deal).value("merger.simplified_merger") is False


def test_average_close_over_thirty_business_days(example, ws):
    history = {p.day: p.close for p in example.merger.price_history}
    window = [day for day in sorted(history) if dt.date(2013, 9, 18) <= day <= dt.date(2013, 10, 31)]
    assert len(window) == 30
    expected = (sum(history[day] for day in window) / 30).quantize(D("0.01"))
    assert ws.value("merger.average_window_start") == dt.date(2013, 9, 18)
    assert ws.value("merger.average_close") == expected
    assert ws.value("merger.implied_ratio_transaction") == (D("62400") / expected).quantize(D("0.01"))
    assert ws.value("merger.implied_ratio_net_assets") == (D("20856.44") / expected).quantize(D("0.01"))


def test_missing_close_in_the_window(example):
    history = tuple(p for p in example.merger.price_history if p.day != dt.date(2013, 10, 2))
    ws = compute(example.with_value("merger.price_history", history))
    assert any("No closing price for 1 of the 30 business days" in m and "2013-10-02" in m
               for m in messages(ws, "merger.price_history"))
    assert ws.value("merger.simplified_merger") is None
    assert ws.value("merger.shares_delivered") == 104


def test_holders_must_add_up(example):
    ws = compute(example.with_value("merger.holders", (Holder("A", 3),)))
    assert any("hold 3 shares" in m and "are 4" in m for m in messages(ws, "merger.holders"))


def test_duplicate_close(example):
    history = example.merger.price_history + (PricePoint(dt.date(2013, 10, 31), D("1")),)
    ws = compute(example.with_value("merger.price_history", history))
    assert any("more than one close for 2013-10-31" in m for m in messages(ws, "merger.price_history"))
