"""Public offering of new shares (primary offering).

Rules from the release of 2 July 2013 (seed 000, section 1):
- Provisional range: the close on the pricing date (or the last close
  before it) x 0.90 .. 1.00, any fraction below one yen rounded down
  (JSDA Regulations Concerning Underwriting, Art. 25).
- No underwriting fee: the underwriters keep (offer price - amount to be
  paid) x shares.
- Stated capital increase: half of the maximum increase in stated capital
  (amount to be paid x shares), any fraction below one yen rounded up
  (Rules of Account Settlement of Corporations, Art. 14(1)); additional
  paid-in capital is the rest.
- Shares are offered in units of 100.

The arithmetic on the offer price does not wait for the range check: a
pricing notice often states no close, and the check is a finding of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from worksheet import capital, input_checks
from worksheet.expressions import all_of, round_down_to_yen, round_percent
from worksheet.findings import Severity
from worksheet.kinds import BOOL, FACTOR, PRICE, SHARES, UNIT
from worksheet.rules import JPY, PERCENT, Banner, Check, Group, Results, Rule, Section, Tab, inputs
from worksheet.schema import value


@dataclass(frozen=True)
class Offering:
    shares_offered: int | None = value(
        SHARES, ("Shares offered", "募集株式数"), required=True,
        help=("New shares offered in the public offering.", "公募により発行する新株式の数。"))
    subscription_unit: int | None = value(UNIT, ("Subscription unit", "申込株数単位"), 100)
    close_price: Decimal | None = value(
        PRICE, ("Closing price on the pricing date", "発行価格等決定日の終値"),
        help=("Regular-trading close on the TSE on the pricing date, or the last close before it when none is "
              "quoted.", "発行価格等決定日の東京証券取引所における普通取引の終値（当日に終値のない場合は、その日に先立つ直近日の終値）。"))
    range_low_factor: Decimal | None = value(FACTOR, ("Range factor, low", "仮条件の下限倍率"), Decimal("0.90"))
    range_high_factor: Decimal | None = value(FACTOR, ("Range factor, high", "仮条件の上限倍率"), Decimal("1.00"))
    offer_price: Decimal | None = value(
        PRICE, ("Offer price", "発行価格"),
        help=("Also called the issue price; the price investors pay.", "投資家が払い込む1株当たりの価格。"))
    amount_paid: Decimal | None = value(
        PRICE, ("Amount to be paid", "払込金額"),
        help=("Per share, paid to the company by the underwriters (price to underwriters); may carry sen.",
              "引受人が会社に払い込む1株当たりの金額（銭単位を含むことがある）。"))
    pricing_illustrative: bool = value(
        BOOL, ("Pricing figures are illustrative", "価格は例示"), False,
        help=("The close, offer price and amount to be paid are examples, not the deal's pricing.",
              "終値、発行価格及び払込金額は例示であり、本件の条件ではない。"))


o = inputs(Offering, "offering")


class OfferingResults(Results, prefix="offering"):
    range_low = Rule(
        JPY, round_down_to_yen(o.close_price * o.range_low_factor),
        "Provisional range, low", "仮条件（下限）",
        rule=("JSDA Regulations Concerning Underwriting, Art. 25: the range is set on the close of the pricing date.",
              "日本証券業協会「有価証券の引受け等に関する規則」第25条：発行価格等決定日の終値を基準とする。"))
    range_high = Rule(
        JPY, round_down_to_yen(o.close_price * o.range_high_factor),
        "Provisional range, high", "仮条件（上限）",
        rule=("JSDA Regulations Concerning Underwriting, Art. 25.", "日本証券業協会「有価証券の引受け等に関する規則」第25条。"))
    discount_to_close = Rule(PERCENT, 1 - o.offer_price / o.close_price,
                             "Discount of the offer price to the close", "ディスカウント率")
    discount_as_stated = Rule(
        PERCENT, round_percent(discount_to_close, 2), "Discount as a release states it", "ディスカウント率（表示）",
        rule=("Releases print the discount in percent to two decimals, rounded half up (\"2.01%\").",
              "開示資料は百分率の小数点以下第2位まで（第3位四捨五入）で表示する。"))
    gross_proceeds = Rule(JPY, o.offer_price * o.shares_offered,
                          "Total issue price (offer price x shares)", "発行価格の総額",
                          rule=("What investors pay.", "投資家が払い込む総額。"))
    total_amount_paid = Rule(
        JPY, o.amount_paid * o.shares_offered,
        "Total amount to be paid (maximum increase in stated capital)", "払込金額の総額（資本金等増加限度額）",
        rule=("What the company receives: the limit of the increase in stated capital and reserve "
              "(Rules of Account Settlement of Corporations, Art. 14(1)).",
              "会社が受け取る額：会社計算規則第14条第1項の資本金等増加限度額。"))
    spread_per_share = Rule(JPY, o.offer_price - o.amount_paid, "Underwriters' spread per share",
                            "1株当たりの引受人の手取金",
                            rule=("No underwriting fee is paid: the underwriters keep the spread.",
                                  "引受手数料は支払われず、発行価格と払込金額の差額が引受人の手取金となる。"))
    underwriters_spread = Rule(JPY, spread_per_share * o.shares_offered, "Underwriters' spread (total)",
                               "引受人の手取金（総額）",
                               rule=("Retained by the underwriters.", "引受人の手取金となる。"))
    spread_ratio = Rule(PERCENT, spread_per_share / o.offer_price, "Spread as a share of the offer price",
                        "手取金の発行価格に対する比率")
    stated_capital_increase = capital.stated_capital_increase(total_amount_paid)
    additional_paid_in_capital = capital.capital_reserve_increase(total_amount_paid, stated_capital_increase)

    whole_units = input_checks.in_whole_units(o.shares_offered, o.subscription_unit, input_checks.OFFERED_IN_UNITS)
    some_shares = Check(
        about=o.shares_offered, holds=o.shares_offered > 0, label=("Shares offered", "募集株式数"),
        message=("No shares are offered: enter the number of new shares.", "募集株式数が0です。発行する新株式の数を入力してください。"))
    close_above_zero = input_checks.price_above_zero(o.close_price, ("A closing price", "終値"))
    offer_above_zero = input_checks.price_above_zero(o.offer_price, ("An offer price", "発行価格"))
    factors_in_order = Check(
        about=o.range_low_factor, holds=o.range_low_factor <= o.range_high_factor,
        label=("Range factors in order", "仮条件の倍率の大小"),
        message=("The low factor {low} is above the high factor {high}.", "下限倍率{low}が上限倍率{high}を上回っています。"),
        figures=dict(low=o.range_low_factor, high=o.range_high_factor))
    paid_not_above_offer = Check(
        about=o.amount_paid, holds=o.amount_paid <= o.offer_price,
        label=("Amount to be paid not above the offer price", "払込金額は発行価格以下"),
        message=("The amount to be paid ({paid:yen} yen) is above the offer price ({offer:yen} yen): the "
                 "underwriters' spread would be negative.",
                 "払込金額（{paid:yen}円）が発行価格（{offer:yen}円）を上回っており、引受人の手取金が負になります。"),
        figures=dict(paid=o.amount_paid, offer=o.offer_price))
    offer_in_range = Check(
        about=o.offer_price, holds=all_of(o.offer_price >= range_low, o.offer_price <= range_high), bars=False,
        label=("Offer price within the provisional range", "発行価格は仮条件の範囲内"),
        message=("The offer price {price:yen} yen is outside the provisional range {low:yen} to {high:yen} yen.",
                 "発行価格{price:yen}円が仮条件{low:yen}円～{high:yen}円の範囲外です。"),
        figures=dict(price=o.offer_price, low=range_low, high=range_high), severity=Severity.ERROR)


R = OfferingResults
OFFERING_TAB = Tab("offering", ("&Offering", "募集(&O)"))

SECTION = Section(
    key="offering", document=Offering,
    label=("Public offering", "公募増資"),
    declarations=(OfferingResults,),
    tab=OFFERING_TAB,
    screen=(
        Banner(o.pricing_illustrative, (
            "Illustrative pricing: the closing price, offer price and amount to be paid on this tab are examples, "
            "not the deal's pricing. Every figure computed from them is illustrative too.",
            "例示の価格：このタブの終値、発行価格及び払込金額は例示であり、本件の条件ではありません。これらから計算した数値もすべて例示です。")),
        Group("offering", ("Public offering of new shares", "募集による新株式発行"),
              inputs=(o.shares_offered, o.subscription_unit, o.close_price, o.range_low_factor, o.range_high_factor,
                      o.offer_price, o.amount_paid, o.pricing_illustrative),
              results=(R.range_low, R.range_high, R.discount_to_close, R.discount_as_stated, R.gross_proceeds,
                       R.total_amount_paid, R.spread_per_share, R.underwriters_spread, R.spread_ratio,
                       R.stated_capital_increase, R.additional_paid_in_capital),
              toggle=True),
    ),
    sheet=("Offering", "募集"),
)
