"""Book-building: the three prices of an IPO, reproduced from the amended
securities registration statements filed on the pricing date (tests/sources/offerings/
01-bookbuilding.md; the issuers are named there by EDINET code only)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from tests.kinds import book_built, checks_failing, with_preset
from worksheet.deal import compute


def test_e38156_capital_per_share_keeps_its_sen():
    """E38156, 訂正有価証券届出書(新規公開時), filed 2022-11-22: range 1,470-1,620, offer 1,620,
    underwriting 1,490.40, Companies-Act amount 1,249.50, 資本組入額 printed 745.20."""
    ws = compute(book_built(shares=100, low="1470", high="1620", offer="1620", underwriting="1490.40",
                            floor="1249.50"))
    assert ws.value("book_building.capital_per_share") == D("745.20")
    assert ws.value("book_building.reserve_per_share") == D("745.20")
    assert ws.value("book_building.spread_per_share") == D("129.60")  # DER: 1,620 - 1,490.40
    assert checks_failing(ws, "book_building") == []


def test_e38148_capital_per_share_has_three_decimals_and_the_total_rounds_up():
    """E38148, 訂正有価証券届出書(新規公開時), filed 2022-12-05: range 1,270-1,350, offer 1,350,
    underwriting 1,286.55, Companies-Act amount 1,079.50; 資本組入額 and reserve per share printed
    643.275. The share count was not verified: 100 shares shows the round-up on the total (DER)."""
    ws = compute(book_built(shares=100, low="1270", high="1350", offer="1350", underwriting="1286.55",
                            floor="1079.50"))
    assert ws.value("book_building.capital_per_share") == D("643.275")
    assert ws.value("book_building.reserve_per_share") == D("643.275")
    assert ws.value("book_building.total_underwriting_price") == D("128655")
    assert ws.value("book_building.stated_capital_increase") == D("64328")  # 64,327.5 rounded up once, on the total
    assert ws.value("book_building.additional_paid_in_capital") == D("64327")
    assert ws.value("book_building.spread_per_share") == D("63.45")


def test_e39018_totals_from_the_printed_reserve():
    """E39018, 訂正有価証券届出書(新規公開時), 2023-10-17: offer 600, underwriting 552, Companies-Act
    amount 476, reserve 276 a share and 703,579,200 in total: N = 703,579,200 / 276 = 2,549,200 (DER)."""
    ws = compute(book_built(shares=2_549_200, low="560", high="600", offer="600", underwriting="552", floor="476"))
    assert ws.value("book_building.reserve_per_share") == D("276")
    assert ws.value("book_building.total_underwriting_price") == D("1407158400")
    assert ws.value("book_building.stated_capital_increase") == D("703579200")
    assert ws.value("book_building.additional_paid_in_capital") == D("703579200")  # printed
    assert ws.value("book_building.total_companies_act_amount") == D("1213419200")
    assert ws.value("book_building.underwriters_spread") == D("122361600")
    assert ws.value("book_building.total_issue_price") == D("1529520000")


def test_e34633_new_shares_beside_a_secondary_offering():
    """E34633, 訂正有価証券届出書(新規公開時), filed 2019-02-18: 76,900 new shares, offer 4,000,
    underwriting 3,680, 発行価額 3,264, 資本組入額 1,840; 179,100 shares sold by the underwriters'
    purchase and resale at the same prices (DER totals)."""
    deal = (book_built(shares=76_900, low="3840", high="4000", offer="4000", underwriting="3680", floor="3264")
            .with_value("secondary_offering.shares_for_sale", 179_100)
            .with_value("secondary_offering.offer_price", D("4000"))
            .with_value("secondary_offering.underwriting_price", D("3680")))
    ws = compute(deal)
    assert ws.value("book_building.capital_per_share") == D("1840")
    assert ws.value("book_building.stated_capital_increase") == D("141496000")
    assert ws.value("book_building.additional_paid_in_capital") == D("141496000")
    assert ws.value("book_building.total_companies_act_amount") == D("251001600")
    assert ws.value("book_building.underwriters_spread") == D("24608000")
    assert ws.value("secondary_offering.total_selling_price") == D("716400000")
    assert ws.value("shares.new_shares_issued") == 76_900  # the sale changes holders only
    assert ws.value("shares.shares_sold_by_holders") == 179_100


@pytest.mark.parametrize("pricing, preset, start, end, payment", [
    # E38156: Labour Thanksgiving Day (Wed 2022-11-23) inside the window.
    (dt.date(2022, 11, 22), "ipo_payment_5", dt.date(2022, 11, 24), dt.date(2022, 11, 29), dt.date(2022, 11, 30)),
    (dt.date(2022, 12, 5), "ipo_payment_6", dt.date(2022, 12, 6), dt.date(2022, 12, 9), dt.date(2022, 12, 13)),
    (dt.date(2019, 2, 18), "ipo_payment_5", dt.date(2019, 2, 19), dt.date(2019, 2, 22), dt.date(2019, 2, 25)),
    (dt.date(2017, 12, 11), "ipo_payment_6", dt.date(2017, 12, 12), dt.date(2017, 12, 15), dt.date(2017, 12, 19)),
])
def test_ipo_schedules_as_printed(pricing, preset, start, end, payment):
    """E38156 (2022-11-22), E38148 (2022-12-05), E34633 (2019-02-18), E33603 (2017-12-11):
    申込期間 and 払込期日 as printed, from the pricing date and the preset's offsets."""
    deal = with_preset(book_built(shares=100, offer="1000", underwriting="900"), preset)
    ws = compute(deal.with_value("schedule.pricing_date", pricing))
    assert (ws.value("schedule.subscription_start"), ws.value("schedule.subscription_end"),
            ws.value("schedule.payment_date")) == (start, end, payment)


def test_e39018_delivery_on_the_sixth_business_day():
    """E39018: 株式受渡期日 2023年10月25日(水), P = 2023-10-17 (Tue): P+6."""
    deal = with_preset(book_built(shares=2_549_200, offer="600", underwriting="552"), "ipo_payment_5")
    ws = compute(deal.with_value("schedule.pricing_date", dt.date(2023, 10, 17)))
    assert ws.value("schedule.delivery_date") == dt.date(2023, 10, 25)


def test_the_underwriting_price_may_not_fall_below_the_companies_act_amount():
    ws = compute(book_built(shares=100, low="1270", high="1350", offer="1350", underwriting="1079.49",
                            floor="1079.50"))
    assert checks_failing(ws, "book_building") == ["book_building.underwriting_not_below_amount"]
    assert ws.value("book_building.stated_capital_increase") == D("53975")  # a finding, not a blank


def test_the_offer_price_outside_the_range_is_said():
    ws = compute(book_built(shares=100, low="1270", high="1350", offer="1350.01", underwriting="1286.55"))
    assert checks_failing(ws, "book_building") == ["book_building.offer_in_range"]
    ws = compute(book_built(shares=100, offer="1350", underwriting="1286.55"))  # no range yet: nothing to say
    assert checks_failing(ws, "book_building") == []


def test_shares_in_whole_units_and_prices_in_order():
    ws = compute(book_built(shares=150, offer="1000", underwriting="1000.01"))
    assert checks_failing(ws, "book_building") == ["book_building.underwriting_not_above_offer",
                                                   "book_building.whole_units"]
    assert ws.value("book_building.total_underwriting_price") is None  # the share count is barred
