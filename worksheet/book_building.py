"""Book-building (ブックビルディング方式): the offer price of an IPO, and of
some follow-ons, comes from a provisional range (仮条件) set on investors'
demand, not from a close.

Three prices, as the amended registration statements print them (EDINET
E38156, 22 November 2022; E38148, 5 December 2022; E39018, 17 October
2023; E34633, 18 February 2019):
- the offer price (発行価格), paid by investors, chosen in the provisional
  range;
- the underwriting price (引受価額), paid to the company by the underwriters,
  who keep the difference ("発行価格と引受価額との差額の総額は、引受人の手取金
  となります");
- the amount to be paid under the Companies Act (会社法上の払込金額, printed
  as 発行価額 in some filings), resolved earlier; the underwriting price is
  "the amount to be paid or more" ("引受価額は…会社法上の払込金額以上の価額
  となります").
Stated capital is computed on what is paid in, the underwriting price:
half of the total underwriting price, any fraction below one yen rounded up
(Rules of Account Settlement of Corporations Art. 14(1)). The capital per
share (資本組入額) is printed as half the underwriting price with its
fraction (1,490.40 -> 745.20; 1,286.55 -> 643.275); the round-up applies
to the total only. The capital reserve per share is the other half.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from worksheet import capital, input_checks
from worksheet.expressions import all_of
from worksheet.kinds import PRICE, SHARES, UNIT
from worksheet.rules import JPY, PER_SHARE, PERCENT, Check, Group, Results, Rule, Section, Tab, inputs
from worksheet.schema import value


@dataclass(frozen=True)
class BookBuilding:
    shares_offered: int | None = value(
        SHARES, ("Shares offered (new shares)", "募集株式数"), required=True,
        help=("New shares offered by book-building.", "ブックビルディング方式により募集する新株式の数。"))
    subscription_unit: int | None = value(UNIT, ("Subscription unit", "申込株数単位"), 100)
    range_low: Decimal | None = value(PRICE, ("Provisional range, low", "仮条件（下限）"))
    range_high: Decimal | None = value(PRICE, ("Provisional range, high", "仮条件（上限）"))
    offer_price: Decimal | None = value(
        PRICE, ("Offer price", "発行価格"), required=True,
        help=("The price investors pay, chosen in the provisional range.", "投資家が払い込む1株当たりの価格。仮条件の範囲内で決定する。"))
    underwriting_price: Decimal | None = value(
        PRICE, ("Underwriting price", "引受価額"), required=True,
        help=("Per share, paid to the company by the underwriters; may carry sen (1,490.40).",
              "引受人が会社に払い込む1株当たりの金額（銭単位を含むことがある）。"))
    companies_act_amount: Decimal | None = value(
        PRICE, ("Amount to be paid under the Companies Act", "払込金額（会社法上の払込金額）"),
        help=("Resolved by the board before pricing; printed as 払込金額 or 発行価額. The underwriting price may not "
              "be below it.", "条件決定前に取締役会で決定（払込金額又は発行価額と記載）。引受価額はこれを下回ることができない。"))


b = inputs(BookBuilding, "book_building")


class BookBuildingResults(Results, prefix="book_building"):
    capital_per_share = capital.capital_per_share(b.underwriting_price)
    reserve_per_share = Rule(PER_SHARE, b.underwriting_price - capital_per_share,
                             "Capital reserve increase per share", "1株当たりの増加する資本準備金の額")
    total_issue_price = Rule(JPY, b.offer_price * b.shares_offered, "Total issue price (offer price x shares)",
                             "発行価格の総額", rule=("What investors pay.", "投資家が払い込む総額。"))
    total_underwriting_price = Rule(
        JPY, b.underwriting_price * b.shares_offered, "Total underwriting price (paid in)", "引受価額の総額",
        rule=("What the company receives: the limit of the increase in stated capital and reserve (Rules of "
              "Account Settlement of Corporations, Art. 14(1)).", "会社が受け取る額：会社計算規則第14条第1項の資本金等増加限度額。"))
    total_companies_act_amount = Rule(
        JPY, b.companies_act_amount * b.shares_offered, "Total amount to be paid under the Companies Act",
        "会社法上の払込金額の総額", rule=("Printed as 発行価額の総額 in the method-of-offering table.",
                                  "「募集の方法」の表に発行価額の総額として記載される額。"))
    # the limit is what the company receives: the underwriting price, not the offer price
    stated_capital_increase = capital.stated_capital_increase(total_underwriting_price)
    additional_paid_in_capital = capital.capital_reserve_increase(total_underwriting_price, stated_capital_increase)
    spread_per_share = Rule(
        JPY, b.offer_price - b.underwriting_price, "Underwriters' spread per share", "1株当たりの引受人の手取金",
        rule=("No underwriting fee is paid: the underwriters keep the difference.", "引受手数料は支払われず、発行価格と引受価額の差額が引受人の手取金となる。"))
    underwriters_spread = Rule(JPY, spread_per_share * b.shares_offered, "Underwriters' spread (total)",
                               "引受人の手取金（総額）")
    spread_ratio = Rule(PERCENT, spread_per_share / b.offer_price, "Spread as a share of the offer price",
                        "手取金の発行価格に対する比率")

    whole_units = input_checks.in_whole_units(b.shares_offered, b.subscription_unit, input_checks.OFFERED_IN_UNITS)
    some_shares = Check(
        about=b.shares_offered, holds=b.shares_offered > 0, label=("Shares offered", "募集株式数"),
        message=("No shares are offered: enter the number of new shares.", "募集株式数が0です。発行する新株式の数を入力してください。"))
    offer_above_zero = input_checks.price_above_zero(b.offer_price, ("An offer price", "発行価格"))
    range_in_order = Check(
        about=b.range_high, holds=b.range_low <= b.range_high, label=("Provisional range in order", "仮条件の大小"),
        message=("The provisional range's low {low:yen} yen is above its high {high:yen} yen.",
                 "仮条件の下限{low:yen}円が上限{high:yen}円を上回っています。"),
        figures=dict(low=b.range_low, high=b.range_high))
    offer_in_range = Check(
        about=b.offer_price, bars=False, holds=all_of(b.offer_price >= b.range_low, b.offer_price <= b.range_high),
        label=("Offer price within the provisional range", "発行価格は仮条件の範囲内"),
        message=("The offer price {price:yen} yen is outside the provisional range {low:yen} to {high:yen} yen.",
                 "発行価格{price:yen}円が仮条件{low:yen}円～{high:yen}円の範囲外です。"),
        figures=dict(price=b.offer_price, low=b.range_low, high=b.range_high))
    underwriting_not_above_offer = Check(
        about=b.underwriting_price, bars=False, holds=b.underwriting_price <= b.offer_price,
        label=("Underwriting price not above the offer price", "引受価額は発行価格以下"),
        message=("The underwriting price ({paid:yen} yen) is above the offer price ({offer:yen} yen): the "
                 "underwriters' spread would be negative.",
                 "引受価額（{paid:yen}円）が発行価格（{offer:yen}円）を上回っており、引受人の手取金が負になります。"),
        figures=dict(paid=b.underwriting_price, offer=b.offer_price))
    underwriting_not_below_amount = Check(
        about=b.underwriting_price, bars=False, holds=b.underwriting_price >= b.companies_act_amount,
        label=("Underwriting price not below the amount to be paid under the Companies Act",
               "引受価額は会社法上の払込金額以上"),
        message=("The underwriting price ({paid:yen} yen) is below the amount to be paid under the Companies Act "
                 "({floor:yen} yen), which the underwriting agreement does not allow.",
                 "引受価額（{paid:yen}円）が会社法上の払込金額（{floor:yen}円）を下回っています。"),
        figures=dict(paid=b.underwriting_price, floor=b.companies_act_amount))


R = BookBuildingResults
BOOK_BUILDING_TAB = Tab("book_building", ("&Book-building", "ブックビルディング(&B)"))

SECTION = Section(
    key="book_building", document=BookBuilding,
    label=("Book-building", "ブックビルディング方式による募集"),
    declarations=(BookBuildingResults,),
    tab=BOOK_BUILDING_TAB,
    screen=(
        Group("book_building", ("Public offering of new shares by book-building", "ブックビルディング方式による募集"),
              inputs=(b.shares_offered, b.subscription_unit, b.range_low, b.range_high, b.offer_price,
                      b.underwriting_price, b.companies_act_amount),
              results=(R.capital_per_share, R.reserve_per_share, R.total_issue_price, R.total_underwriting_price,
                       R.total_companies_act_amount, R.stated_capital_increase, R.additional_paid_in_capital,
                       R.spread_per_share, R.underwriters_spread, R.spread_ratio),
              toggle=True),
    ),
    sheet=("Book-building", "ブックビルディング"),
)
