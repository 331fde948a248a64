"""Global offering: the public offering in Japan (国内募集, the deal's public
offering section) with an offering outside Japan (海外募集) in the same
issue of new shares, and the international managers' option to have
additional new shares issued (追加発行), exercised in full, in part or not
at all. The domestic over-allotment and its third-party allotment stay as
they are, on the domestic tranche.

Rules from Sumitomo Mitsui Financial Group's "発行価格及び売出価格等の決定に
関するお知らせ" of 20 January 2010 (English: "Notice Regarding Determination of
Issue Price, Selling Price, etc."), resolved 6 January 2010:
- The shares offered are the total of (i) the domestic offering
  (160,000,000), (ii) the shares bought by the international managers
  (154,000,000) and (iii) the shares subject to their option (26,000,000):
  340,000,000; totals are printed "on the assumption that the option is
  exercised in full", and a later notice fixes (iii) (SMFG, 18 June 2009:
  15,300,000 on the option).
- One amount to be paid for every tranche (2,702.81 yen; Companies Act Art.
  199(5)); the issue price is 2,804 yen in both, though a tranche may be
  priced apart.
- Stated capital is half of the amount paid in on all tranches together,
  any fraction below one yen rounded up ON THE TOTAL (Rules of Account
  Settlement of Corporations Art. 14(1)): 340,000,000 x 2,702.81 =
  918,955,400,000; capital and reserve 459,477,700,000 each. The public
  offering's own figures are its tranche's alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from worksheet import capital
from worksheet.expressions import any_of, is_blank, not_, when
from worksheet.kinds import PRICE, SHARES, ChoiceKind
from worksheet.offering import OFFERING_TAB, o
from worksheet.rules import JPY, PERCENT
from worksheet.rules import SHARES as SHARE_COUNT
from worksheet.rules import Check, Group, Results, Rule, Section, inputs
from worksheet.schema import value

EXERCISE = ChoiceKind("exercise", choices=(
    ("full", "Exercised in full"), ("part", "Exercised in part"), ("none", "Not exercised"),
), labels_ja=("全部行使", "一部行使", "不行使"))


@dataclass(frozen=True)
class GlobalOffering:
    international_shares: int | None = value(
        SHARES, ("International offering, shares bought by the international managers",
                 "海外募集における海外引受会社の買取引受けの対象株数"), required=True)
    option_shares: int | None = value(
        SHARES, ("International managers' option, shares at most", "海外引受会社に付与する追加発行の権利の対象株数（上限）"), 0,
        help=("The option to have additional new shares issued, distinct from the domestic over-allotment.",
              "新たに追加的に発行する株式を買い取る権利。国内のオーバーアロットメントとは別のもの。"))
    option_exercise: str = value(EXERCISE, ("Option exercised", "権利の行使"), "full",
                                 help=("Releases print totals as if exercised in full; a later notice fixes it.",
                                       "開示資料は全部行使を前提に総額を記載し、後日の開示で確定する。"))
    option_shares_exercised: int | None = value(
        SHARES, ("Shares issued on the option, when exercised in part", "一部行使により発行する株式数"))
    international_offer_price: Decimal | None = value(
        PRICE, ("International offer price", "海外募集の発行価格"),
        help=("Blank: the domestic offer price.", "空欄の場合は国内の発行価格と同一。"))


g = inputs(GlobalOffering, "global_offering")
international_price = when(is_blank(g.international_offer_price.or_blank()), o.offer_price,
                           g.international_offer_price.or_blank())


class GlobalOfferingResults(Results, prefix="global_offering"):
    option_shares_issued = Rule(
        SHARE_COUNT, when(g.option_exercise.is_("full"), g.option_shares,
                          when(g.option_exercise.is_("none"), 0, g.option_shares_exercised)),
        "Shares issued on the international managers' option", "追加発行により発行する株式数")
    international_shares_issued = Rule(SHARE_COUNT, g.international_shares + option_shares_issued,
                                       "International offering, new shares issued", "海外募集による発行株式数")
    total_shares_offered = Rule(
        SHARE_COUNT, o.shares_offered + g.international_shares + g.option_shares,
        "Shares offered, all tranches (option exercised in full)", "募集株数（国内・海外・追加発行の合計）",
        rule=("As the release prints it: the option counted in full.", "開示資料の記載どおり、追加発行の権利が全部行使された場合の数。"))
    total_shares_issued = Rule(SHARE_COUNT, o.shares_offered + international_shares_issued,
                               "New shares issued, all tranches", "発行する新株式数（全トランシェ）")
    international_price = Rule(JPY, international_price, "International offer price", "海外募集の発行価格",
                                     rule=("The domestic offer price unless stated apart.", "別に定めない限り国内の発行価格と同一。"))
    total_issue_price = Rule(
        JPY, o.offer_price * o.shares_offered + international_price * international_shares_issued,
        "Total issue price, all tranches", "発行価格の総額（全トランシェ）")
    total_amount_paid = Rule(
        JPY, o.amount_paid * total_shares_issued, "Total amount to be paid, all tranches", "払込金額の総額（全トランシェ）",
        rule=("One amount to be paid for every share of the issue (Companies Act Art. 199(5)).",
              "同一の募集の株式の払込金額は均等（会社法第199条第5項）。"))
    # one issue in several tranches: one rounding, on the total of all of them
    stated_capital_increase = capital.stated_capital_increase(
        total_amount_paid, ("Stated capital increase, all tranches", "増加する資本金の額（全トランシェ）"))
    additional_paid_in_capital = capital.capital_reserve_increase(
        total_amount_paid, stated_capital_increase,
        ("Additional paid-in capital increase, all tranches", "増加する資本準備金の額（全トランシェ）"))
    underwriters_spread = Rule(JPY, total_issue_price - total_amount_paid, "Underwriters' spread, all tranches",
                               "引受人の手取金（全トランシェ）")
    option_ratio = Rule(PERCENT, g.option_shares / g.international_shares,
                        "Option as a share of the international tranche", "海外募集に対する追加発行の比率")

    international_shares_above_zero = Check(
        about=g.international_shares, holds=g.international_shares > 0,
        label=("International offering", "海外募集"),
        message=("No shares are offered outside Japan: a global offering has an international tranche.",
                 "海外募集の株式数が0です。グローバル・オファリングには海外募集が必要です。"))
    exercised_within_option = Check(
        about=g.option_shares_exercised,
        holds=any_of(not_(g.option_exercise.is_("part")), g.option_shares_exercised <= g.option_shares),
        label=("Shares issued on the option within it", "追加発行は権利の対象株数以内"),
        message=("{issued:shares} shares issued on the option exceed the {option:shares} shares it covers.",
                 "追加発行により発行する株式数{issued:shares}株が権利の対象株数{option:shares}株を超えています。"),
        figures=dict(issued=g.option_shares_exercised, option=g.option_shares))
    international_price_not_below_paid = Check(
        about=g.international_offer_price, bars=False,
        holds=any_of(is_blank(g.international_offer_price.or_blank()),
                     g.international_offer_price.or_blank() >= o.amount_paid),
        label=("International offer price not below the amount to be paid", "海外募集の発行価格は払込金額以上"),
        message=("The international offer price ({price:yen} yen) is below the amount to be paid ({paid:yen} yen).",
                 "海外募集の発行価格（{price:yen}円）が払込金額（{paid:yen}円）を下回っています。"),
        figures=dict(price=g.international_offer_price, paid=o.amount_paid))


R = GlobalOfferingResults

SECTION = Section(
    key="global_offering", document=GlobalOffering,
    label=("Global offering", "グローバル・オファリング"),
    declarations=(GlobalOfferingResults,),
    tab=OFFERING_TAB,
    screen=(
        Group("global_offering", ("International offering (global offering)", "海外募集（グローバル・オファリング）"),
              inputs=(g.international_shares, g.option_shares, g.option_exercise, g.option_shares_exercised,
                      g.international_offer_price),
              results=(R.option_shares_issued, R.international_shares_issued, R.total_shares_offered,
                       R.total_shares_issued, R.international_price, R.total_issue_price, R.total_amount_paid,
                       R.stated_capital_increase, R.additional_paid_in_capital, R.underwriters_spread, R.option_ratio),
              toggle=True),
    ),
    sheet=("Global offering", "グローバル・オファリング"),
    requires=("offering",),
)
