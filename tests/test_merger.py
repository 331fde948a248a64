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
    # one holder of the 4 shares allotted on receives 104: one unit of 100, an odd lot of 4, 96 to top up
    (holder,) = m.holders
    assert holder.shares == 4
    assert ws.value("merger.holders.0.shares_received") == 104
    assert ws.value("merger.holders.0.fraction") == 0
    units = tuple(ws.value(f"merger.holders.0.{name}") for name in ("units", "odd_lot", "top_up", "has_odd_lot"))
    assert units == (1, 4, 96, True)
    assert not any(name.startswith("merger.holders.1.") for name in ws.results)
    assert ws.value("merger.odd_lot_holders") == 1
    assert ws.value("merger.simplified_merger") is True
    assert ws.value("merger.short_form_merger") is True
    assert ws.value("merger.simplified_merger_article").text() == "Companies Act Art. 796(3)"


def test_article_cited_as_of_the_deal_date(example):
    ws = compute(example.with_value("merger.resolution_date", dt.date(2015, 5, 1)))
    article = ws.value("merger.simplified_merger_article")
    assert (article.text(), article.text("ja")) == ("Companies Act Art. 796(2)", "会社法第796条第2項")


def test_fractions_are_aggregated_and_sold(example):
    holders = (Holder("A", 1), Holder("B", 1), Holder("C", 2))
    deal = example.with_value("merger.ratio", D("0.35")).with_value("merger.holders", holders)
    ws = compute(deal)
    received = [ws.value(f"merger.holders.{i}.shares_received") for i in range(3)]
    assert received == [0, 0, 0]  # 0.35, 0.35, 0.70
    assert [ws.value(f"merger.holders.{i}.fraction") for i in range(3)] == [D("0.35"), D("0.35"), D("0.70")]
    assert ws.value("merger.fraction_total") == D("1.40")
    assert ws.value("merger.fraction_shares_sold") == 1  # Art. 234: the fraction of the aggregate is dropped
    assert ws.value("merger.treasury_delivered") == 1
    assert ws.value("merger.fraction_cash") == ws.value("merger.average_close").to_integral_value(rounding="ROUND_FLOOR")


def test_new_shares_and_treasury_first(example):
    ws = compute(example.with_value("merger.delivery", "new"))
    assert ws.value("merger.new_shares_issued") == 104 and ws.value("merger.treasury_delivered") == 0
    # treasury shares first, up to what the company holds; new shares for the rest
    ws = compute(example.with_value("issuer.treasury_shares", 100))
    assert (ws.value("merger.treasury_delivered"), ws.value("merger.new_shares_issued")) == (100, 4)
    # a chosen split asks for more treasury shares than the company holds: an error, nothing printed
    ws = compute(example.with_value("merger.delivery", "split").with_value("merger.treasury_to_deliver", 200)
                 .with_value("issuer.treasury_shares", 150))
    assert any("200 treasury shares are to be delivered but the company holds only 150" in m
               for m in messages(ws, "merger.treasury_to_deliver"))
    assert ws.value("merger.treasury_delivered") is None and ws.value("merger.shares_delivered") == 104


@pytest.mark.parametrize(("held", "short_form"), [(3996, True), (3600, True), (3599, False)])
def test_short_form_nine_tenths(example, held, short_form):
    deal = example.with_value("merger.held_by_surviving", held).with_value("merger.holders", ())
    assert compute(deal).value("merger.short_form_merger") is short_form


def test_simplified_merger_one_fifth_on_net_assets_per_share(example):
    """Companies Act Art. 796: shares delivered x net assets per share against the net assets, not the market."""
    deal = example.with_value("merger.surviving_net_assets_per_share", D("100000"))  # 104 x 100,000 = 10,400,000
    at = compute(deal.with_value("merger.surviving_net_assets", D("52000000")))  # exactly one fifth
    assert at.value("merger.consideration_for_test") == D("10400000") and at.value("merger.simplified_merger") is True
    beside = compute(deal.with_value("merger.surviving_net_assets", D("51999999")))
    assert beside.value("merger.simplified_merger") is False


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
    assert any("29 closes for the 30 business days of the window from 2013-09-18 to 2013-10-31" in m
               for m in messages(ws, "merger.average_close"))
    assert ws.value("merger.average_close") is None
    assert ws.value("merger.simplified_merger") is True  # the legal test needs no market price
    assert ws.value("merger.shares_delivered") == 104


def test_holders_must_add_up(example):
    ws = compute(example.with_value("merger.holders", (Holder("A", 3),)))
    assert any("hold 3 shares" in m and "are 4" in m for m in messages(ws, "merger.holders"))


def test_duplicate_close(example):
    history = example.merger.price_history + (PricePoint(dt.date(2013, 10, 31), D("1")),)
    ws = compute(example.with_value("merger.price_history", history))
    assert any(m.startswith("2 closes of the price history share their date") for m in messages(ws, "merger.price_history"))
    assert ws.value("merger.average_close") is None  # the table is barred: which close is right?


def test_no_holders_listed_is_one_holder_of_every_share(example, ws):
    alone = compute(example.with_value("merger.holders", ()))
    for name in ("shares_delivered", "fraction_total", "fraction_shares_sold", "odd_lot_holders", "treasury_delivered"):
        assert alone.value(f"merger.{name}") == ws.value(f"merger.{name}")
    assert alone.value("merger.shares_delivered") == (4000 - 3996) * 26
    assert not any(name.startswith("merger.holders.") for name in alone.results)
