"""Secondary offerings by named sellers (tests/sources/offerings/03-secondary-offering.md).

No deal in the research prints, in one place, per-seller shares, the final
selling and underwriting prices and the totals after pricing: the totals
below come from filings before pricing (at the assumed price), the sellers
from OBIC's notice, the spread from E38525 and E39661, each as printed."""

from __future__ import annotations

from decimal import Decimal as D

from tests.kinds import checks_failing, deal_with, errors, secondary
from worksheet.deal import compute

FILER_14734 = {"クルーズ株式会社": 560_000, "グローバル・ブレイン7号投資事業有限責任組合": 321_100,
               "One Capital 1号投資事業有限責任組合": 313_800, "One CapitalDX1号投資事業有限責任組合": 193_000,
               "中嶋 汰朗": 170_000, "ANRI3号投資事業有限責任組合": 145_000}


def test_filer_14734_total_at_the_assumed_price():
    """有価証券届出書の訂正届出書, 2024-09-04 (filer 14734), 売出数 2,598,100, 売出価額の総額 5,481,991,000 (訂正前):
    the assumed price is 2,110 yen exactly (DER)."""
    ws = compute(secondary(price="2110", for_sale=2_598_100))
    assert ws.value("secondary_offering.shares_sold") == 2_598_100
    assert ws.value("secondary_offering.total_selling_price") == D("5481991000")


def test_filer_14734_sellers_not_all_captured_are_flagged():
    """The six sellers captured hold 1,702,900 of the 2,598,100 shares: the check says the sellers do not
    add up to the shares offered for sale; with the remaining 895,200 as one row they do."""
    ws = compute(secondary(price="2110", for_sale=2_598_100, sellers=FILER_14734))
    assert checks_failing(ws, "secondary_offering") == ["secondary_offering.sellers_add_up"]
    assert ws.value("secondary_offering.shares_sold") == 1_702_900
    rest = dict(FILER_14734, others=895_200)
    ws = compute(secondary(price="2110", for_sale=2_598_100, sellers=rest))
    assert checks_failing(ws, "secondary_offering") == []
    assert ws.value("secondary_offering.sellers.0.proceeds") == D("1181600000")  # 560,000 x 2,110


def test_e33622_fund_seller_at_the_assumed_price():
    """EDINET E33622, 訂正有価証券届出書(新規公開時), 2017-11-27: 売出数 13,128,900, 売出価額の総額
    20,612,373,000 (at the assumed price, 1,570 yen: DER)."""
    ws = compute(secondary(price="1570", sellers={"投資事業有限責任組合アドバンテッジパートナーズIV号…": 13_128_900}))
    assert ws.value("secondary_offering.total_selling_price") == D("20612373000")


def test_obic_2021_japanese_tranche_sellers_add_up():
    """OBIC Business Consultants, "Notification Regarding Determination of Offering Price and Other Matters",
    2021-08-30: Japanese offering 4,518,300 shares by four named sellers. Prices were not captured."""
    sellers = {"Shigefumi Wada": 2_708_300, "Hiroko Wada": 1_500_000, "Shigekazu Kurozu": 300_000,
               "Ikuo Takahashi": 10_000}
    ws = compute(secondary(price="5000", for_sale=4_518_300, sellers=sellers))
    assert checks_failing(ws, "secondary_offering") == []
    assert ws.value("secondary_offering.shares_sold") == 4_518_300


def test_e38525_spread_of_102_yen_a_share():
    """EDINET E38525, 2024-03-11: 「売出価格と引受価額との差額(1株につき102円)の総額は引受人の手取金」; the
    underwriters' allocation adds up to 1,653,100 shares (DER). Prices not in that section: any pair 102 apart."""
    ws = compute(secondary(price="1500", underwriting="1398", for_sale=1_653_100))
    assert ws.value("secondary_offering.spread_per_share") == D("102")
    assert ws.value("secondary_offering.underwriters_spread") == D("168616200")
    assert ws.value("secondary_offering.proceeds_to_sellers") == D("1398") * 1_653_100


def test_e39661_underwriting_price_in_sen():
    """EDINET E39661, 有価証券届出書の訂正届出書, 2024-05-27: 引受価額 793.47, 売出価格 850 (spread 56.53, DER)."""
    ws = compute(secondary(price="850", underwriting="793.47", for_sale=100))
    assert ws.value("secondary_offering.spread_per_share") == D("56.53")
    assert ws.value("secondary_offering.proceeds_to_sellers") == D("79347")


def test_e34633_sale_beside_new_shares():
    """E34633, 2019-02-18: 引受人の買取引受による売出し 179,100 shares at 4,000, underwriting 3,680 (DER totals)."""
    ws = compute(secondary(price="4000", underwriting="3680", for_sale=179_100))
    assert ws.value("secondary_offering.total_selling_price") == D("716400000")
    assert ws.value("secondary_offering.proceeds_to_sellers") == D("659088000")
    assert ws.value("secondary_offering.underwriters_spread") == D("57312000")


def test_a_sale_changes_holders_only():
    deal = deal_with(issued=10_000_000, treasury=200_000)
    ws = compute(secondary(price="2110", for_sale=2_598_100, deal=deal))
    assert ws.value("shares.issued_after") == 10_000_000
    assert ws.value("shares.outstanding_after") == 9_800_000
    assert ws.value("shares.shares_sold_by_holders") == 2_598_100
    assert ws.value("shares.new_shares_issued") == 0
    assert "shares.dilution" not in ws.results  # nothing is issued: no dilution is stated


def test_no_underwriting_price_pays_the_sellers_the_selling_price():
    ws = compute(secondary(price="2110", for_sale=100))
    assert ws.value("secondary_offering.price_to_sellers") == D("2110")
    assert ws.value("secondary_offering.underwriters_spread") == D("0")


def test_an_underwriting_price_above_the_selling_price_is_an_error():
    ws = compute(secondary(price="850", underwriting="850.01", for_sale=100))
    assert checks_failing(ws, "secondary_offering") == ["secondary_offering.underwriting_not_above_offer"]
    assert errors(ws)


def test_no_shares_for_sale_is_said():
    ws = compute(secondary(price="850"))
    assert ws.value("secondary_offering.shares_sold") is None  # nothing listed and nothing stated
    ws = compute(secondary(price="850", for_sale=0))
    assert checks_failing(ws, "secondary_offering") == ["secondary_offering.some_shares"]
