"""Disposal of treasury shares (tests/sources/offerings/04-treasury-disposal.md),
alone and in one offering with new shares, and the reading of Rules of
Account Settlement of Corporations Art. 14(1) in worksheet/treasury.py.

NOT CONFIRMED: the research has no Companies-Act era offering that mixes
new and treasury shares. SMFG 2006 (below) mixes them but is a Commercial
Code deal, and no book value of the shares disposed is known for any deal:
the book values here are hypothetical, chosen to show the common case and
the loss case."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from tests.kinds import checks_failing, deal_with, offering, treasury
from worksheet.deal import compute


def test_filer_11080_2024_public_disposal_has_no_stated_capital():
    """有価証券届出書の訂正届出書, 2024-06-25 (filer 11080): 海外販売 2,039,000 shares, 発行価格 3,220, 発行価額
    (会社法上の払込金額) 3,087.2, 発行価額の総額 6,294,800,800, 資本組入額 「該当事項なし」."""
    ws = compute(treasury(shares=2_039_000, price="3087.2", offer="3220"))
    assert ws.value("treasury_disposal.total_disposal_amount") == D("6294800800")
    assert ws.value("treasury_disposal.stated_capital_increase") == 0
    assert ws.value("treasury_disposal.capital_limit") == 0
    assert ws.value("treasury_disposal.spread_per_share") == D("132.8")
    assert ws.value("treasury_disposal.issue_ratio") == 0


def test_kainos_2019_third_party_disposal():
    """株式会社カイノス, 「第三者割当による自己株式の処分…に関するお知らせ」, 2019-05-13: 490,000 shares at 888 yen
    to 旭化成ファーマ, 調達資金の額 435,120,000; no stated capital (treasury)."""
    ws = compute(treasury(shares=490_000, price="888", book=300_000_000))
    assert ws.value("treasury_disposal.total_disposal_amount") == D("435120000")
    assert ws.value("treasury_disposal.stated_capital_increase") == 0
    assert ws.value("treasury_disposal.other_capital_surplus") == D("135120000")  # hypothetical book value


def test_e33603_2017_book_built_ipo_by_treasury_disposal():
    """EDINET E33603, 訂正有価証券届出書(新規公開時), 2017-12-11: 発行価格 2,700, 引受価額 2,538, 払込金額 2,218.50,
    資本組入額 「-」 (本募集は、自己株式の処分により行われる). The shares disposed were not captured: 100 here."""
    ws = compute(treasury(shares=100, price="2538", offer="2700"))
    assert ws.value("treasury_disposal.spread_per_share") == D("162")
    assert ws.value("treasury_disposal.stated_capital_increase") == 0


def _smfg_2006(book: int | None):
    """三井住友フィナンシャルグループ, 「発行価格及び売出価格等決定に関するお知らせ」, 平成18年1月23日: 80,000 new shares
    and 400,000 treasury shares, both at 発行価格/売出価格 1,166,200 and 発行価額/処分価額 1,130,500."""
    deal = deal_with(issued=7_000_000, treasury=500_000)  # hypothetical share counts
    deal = offering(shares=80_000, offer="1166200", paid="1130500", deal=deal)
    return compute(treasury(shares=400_000, price="1130500", offer="1166200", book=book, deal=deal))


def test_smfg_2006_new_and_treasury_shares_in_one_offering():
    ws = _smfg_2006(book=400_000_000_000)  # hypothetical: below the disposal amount (the common case)
    assert ws.value("offering.gross_proceeds") == D("93296000000")  # printed 発行価格の総額
    assert ws.value("offering.total_amount_paid") == D("90440000000")  # printed 発行価額の総額
    assert ws.value("treasury_disposal.total_offer_price") == D("466480000000")  # printed 売出価格の総額
    assert ws.value("treasury_disposal.total_disposal_amount") == D("452200000000")  # printed 処分価額の総額
    assert ws.value("treasury_disposal.spread_per_share") == D("35700")
    assert ws.value("treasury_disposal.issue_ratio") * 6 == 1  # 80,000 / 480,000
    # Art. 14(1): 542,640,000,000 x 1/6 = 90,440,000,000, the new shares' amount paid; no disposal loss.
    assert ws.value("treasury_disposal.disposal_loss") == 0
    assert ws.value("treasury_disposal.capital_limit") == D("90440000000")
    assert ws.value("treasury_disposal.stated_capital_increase") == D("45220000000")
    assert ws.value("offering.stated_capital_increase") == D("45220000000")  # 565,250 x 80,000, as printed
    assert ws.value("treasury_disposal.other_capital_surplus") == D("52200000000")  # the disposal gain
    assert checks_failing(ws, "treasury_disposal") == []


def test_a_disposal_loss_reduces_the_new_shares_limit_and_is_said():
    ws = _smfg_2006(book=462_200_000_000)  # hypothetical: 10,000,000,000 above the disposal amount
    assert ws.value("treasury_disposal.disposal_loss") == D("10000000000")
    assert ws.value("treasury_disposal.capital_limit") == D("80440000000")
    assert ws.value("treasury_disposal.stated_capital_increase") == D("40220000000")
    assert ws.value("treasury_disposal.other_capital_surplus") == 0
    assert checks_failing(ws, "treasury_disposal") == ["treasury_disposal.loss_reduces_limit"]
    said = next(f for f in ws.findings if f.check == "treasury_disposal.loss_reduces_limit")
    assert not said.is_error and "40,220,000,000" in said.message and "45,220,000,000" in said.message


def test_a_loss_larger_than_the_limit_leaves_it_at_zero():
    ws = _smfg_2006(book=600_000_000_000)
    assert ws.value("treasury_disposal.capital_limit") == 0
    assert ws.value("treasury_disposal.other_capital_surplus") == D("-57360000000")  # 542.64bn - 600bn


def test_without_a_book_value_the_joint_limit_waits_but_a_lone_disposal_does_not():
    ws = _smfg_2006(book=None)
    assert ws.value("treasury_disposal.capital_limit") is None
    assert ws.value("offering.stated_capital_increase") == D("45220000000")
    ws = compute(treasury(shares=490_000, price="888"))
    assert ws.value("treasury_disposal.stated_capital_increase") == 0


def test_one_offering_has_one_amount_to_be_paid():
    deal = offering(shares=80_000, offer="1166200", paid="1130500", deal=deal_with(treasury=500_000))
    ws = compute(treasury(shares=400_000, price="1130500.01", book=1, deal=deal))
    assert checks_failing(ws, "treasury_disposal") == ["treasury_disposal.one_amount"]
    assert ws.value("treasury_disposal.capital_limit") is None


def test_treasury_falls_by_exactly_the_shares_disposed():
    deal = deal_with(issued=46_697_800, treasury=760_800)
    ws = compute(treasury(shares=700_000, price="3279.44", deal=deal))
    assert ws.value("treasury_disposal.treasury_after") == 60_800
    assert ws.value("shares.treasury_after") == 60_800
    assert ws.value("shares.issued_after") == 46_697_800  # nothing issued
    assert ws.value("shares.outstanding_after") == 46_637_000
    assert ws.value("shares.delivered_maximum") == 700_000
    assert round(ws.value("shares.dilution"), 12) == round(D(700_000) / D(45_937_000 + 700_000), 12)


def test_disposing_more_than_is_held_is_an_error():
    deal = deal_with(issued=1_000_000, treasury=99_999)
    ws = compute(treasury(shares=100_000, price="100", deal=deal))
    assert checks_failing(ws, "treasury_disposal") == ["treasury_disposal.enough_treasury"]
    assert ws.value("shares.treasury_after") is None  # never a negative treasury


def test_mixed_offering_bridge_with_the_over_allotment():
    """The seed's offering with 400,000 treasury shares disposed beside it (hypothetical)."""
    deal = offering(shares=4_700_000, offer="3395", paid="3279.44", deal=deal_with(issued=41_297_800, treasury=760_800))
    deal = (deal.with_value("over_allotment.shares", 700_000).with_value("over_allotment.allotment_shares", 700_000)
            .with_value("schedule.pricing_date", dt.date(2013, 7, 10)))
    ws = compute(treasury(shares=400_000, price="3279.44", book=1_000_000_000, deal=deal))
    assert ws.value("shares.issued_after") == 46_697_800
    assert ws.value("shares.treasury_after") == 360_800
    assert ws.value("shares.outstanding_after") == 46_337_000
    assert ws.value("shares.delivered_maximum") == 5_800_000
