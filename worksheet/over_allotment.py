"""Over-allotment, syndicate cover and the third-party allotment that covers
it (the Japanese greenshoe).

Rules from the release of 2 July 2013 (seed 000, sections 2, 3 and "For
Reference"): an underwriter borrows up to the over-allotment shares from
existing shareholders and sells them at the offer price; shares it buys in
stabilizing and syndicate cover transactions (up to the over-allotment size)
go back to the lenders; it takes up, in the third-party allotment, the
over-allotment shares less those bought back, and the rest of the allotment
is forfeited and never issued. The allotment's amount to be paid per share
equals the public offering's. Market practice caps the over-allotment at
15% of the offered shares.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from worksheet import capital, input_checks
from worksheet.expressions import whole_units
from worksheet.findings import Severity
from worksheet.kinds import PERCENT as PERCENT_KIND
from worksheet.kinds import SHARES as SHARE_COUNT
from worksheet.offering import o
from worksheet.rules import JPY, PERCENT, SHARES, Check, Group, Results, Rule, Section, Tab, inputs
from worksheet.schedule import R as schedule
from worksheet.schedule import s
from worksheet.schema import value


@dataclass(frozen=True)
class OverAllotment:
    shares: int | None = value(
        SHARE_COUNT, ("Over-allotment shares", "オーバーアロットメントによる売出株式数"), required=True,
        help=("Shares borrowed and sold at the offer price; may be reduced or cancelled on the pricing date.",
              "貸株人から借り入れて発行価格で売り出す株式。発行価格等決定日に減少し、又は中止されることがある。"))
    cap_ratio: Decimal | None = value(
        PERCENT_KIND, ("Over-allotment cap (share of offered shares)", "オーバーアロットメントの上限（募集株式数に対する比率）"),
        Decimal("0.15"), help=("Market practice: at most 15% of the shares offered.", "市場慣行：募集株式数の15%が上限。"))
    stabilization_shares: int | None = value(
        SHARE_COUNT, ("Shares bought in stabilizing transactions (returned)", "安定操作取引により買い付けた株式数"), 0)
    syndicate_cover_shares: int | None = value(
        SHARE_COUNT, ("Shares bought in syndicate cover transactions", "シンジケートカバー取引により買い付けた株式数"), 0)
    allotment_shares: int | None = value(
        SHARE_COUNT, ("Third-party allotment, shares resolved", "第三者割当の発行決議株式数"), required=True,
        help=("The most the underwriter may take up; normally the over-allotment's maximum.",
              "引受人が割当てを受けうる上限。通常はオーバーアロットメントの上限株数。"))


a = inputs(OverAllotment, "over_allotment")
bought_back = a.stabilization_shares + a.syndicate_cover_shares


class AllotmentResults(Results, prefix="allotment", section="over_allotment"):
    shares_taken_up = Rule(SHARES, a.shares - bought_back, "Third-party allotment, shares taken up",
                           "第三者割当により取得される株式数")
    shares_forfeited = Rule(SHARES, a.allotment_shares - shares_taken_up,
                            "Third-party allotment, shares forfeited (not issued)", "失権株式数（発行されない）")
    total_amount_paid = Rule(JPY, shares_taken_up * o.amount_paid, "Third-party allotment, total amount to be paid",
                             "第三者割当の払込金額の総額",
                             rule=("The amount to be paid per share equals the public offering's.",
                                   "1株当たりの払込金額は公募と同一。"))
    # the allotment is an issue of its own: its capital is computed on its own total
    stated_capital_increase = capital.stated_capital_increase(
        total_amount_paid, ("Third-party allotment, stated capital increase", "第三者割当による増加する資本金の額"))
    additional_paid_in_capital = capital.capital_reserve_increase(
        total_amount_paid, stated_capital_increase,
        ("Third-party allotment, additional paid-in capital", "第三者割当による増加する資本準備金の額"))


class OverAllotmentResults(Results, prefix="over_allotment"):
    ratio_to_offering = Rule(PERCENT, a.shares / o.shares_offered, "Over-allotment as a share of the offering",
                             "募集株式数に対する比率")
    cap_shares = Rule(SHARES, whole_units(o.shares_offered * a.cap_ratio, o.subscription_unit),
                      "Over-allotment cap", "オーバーアロットメントの上限株数",
                      rule=("Market practice: 15% of the shares offered, in whole units.",
                            "市場慣行：募集株式数の15%（申込株数単位未満切捨て）。"))
    proceeds = Rule(JPY, a.shares * o.offer_price, "Over-allotment sale proceeds (to the underwriter)",
                    "オーバーアロットメントによる売出しの売出価額の総額",
                    rule=("The selling price equals the offer price.", "売出価格は発行価格と同一。"))
    shares_bought_back = Rule(SHARES, bought_back, "Shares bought back and returned to the lenders",
                              "買い付けて貸株人に返還する株式数")
    shares_returned = Rule(SHARES, shares_bought_back + AllotmentResults.shares_taken_up, "Borrowed shares returned",
                           "返還される借入株式数",
                           rule=("Every borrowed share goes back: bought back, or taken up in the allotment.",
                                 "借入株式は、買付け又は第三者割当による取得によりすべて返還される。"))

    within_cap = Check(
        about=a.shares, holds=a.shares <= o.shares_offered * a.cap_ratio, severity=Severity.WARNING,
        label=("Over-allotment within 15% of the offering", "オーバーアロットメントは募集株式数の15%以内"),
        message=("The over-allotment ({shares:shares}) is {ratio:%} of the offering, above the {cap:%} of market "
                 "practice.", "オーバーアロットメント（{shares:shares}株）は募集株式数の{ratio:%}で、市場慣行の{cap:%}を超えています。"),
        figures=dict(shares=a.shares, ratio=a.shares / o.shares_offered, cap=a.cap_ratio))
    bought_within = Check(
        about=a.syndicate_cover_shares, holds=bought_back <= a.shares,
        label=("Shares bought back up to the over-allotment", "買付株式数はオーバーアロットメント以内"),
        message=("Shares bought back ({bought:shares}) exceed the over-allotment ({shares:shares}): syndicate cover "
                 "and stabilization may only return the borrowed shares.",
                 "買い付けた株式数（{bought:shares}株）がオーバーアロットメント（{shares:shares}株）を超えています。"),
        figures=dict(bought=bought_back, shares=a.shares))
    covered = Check(
        about=a.shares, holds=a.shares <= a.allotment_shares,
        label=("Over-allotment covered by the allotment", "オーバーアロットメントは第三者割当で賄える"),
        message=("The over-allotment ({shares:shares}) exceeds the third-party allotment resolved ({resolved:shares}): "
                 "the underwriter could not return every borrowed share.",
                 "オーバーアロットメント（{shares:shares}株）が第三者割当の発行決議株式数（{resolved:shares}株）を超えています。"),
        figures=dict(shares=a.shares, resolved=a.allotment_shares))
    over_allotment_in_units = input_checks.in_whole_units(a.shares, o.subscription_unit)
    allotment_in_units = input_checks.in_whole_units(a.allotment_shares, o.subscription_unit)


R = OverAllotmentResults
A = AllotmentResults

SECTION = Section(
    key="over_allotment", document=OverAllotment,
    label=("Over-allotment and third-party allotment", "オーバーアロットメント及び第三者割当"),
    declarations=(OverAllotmentResults, AllotmentResults),
    tab=Tab("over_allotment", ("O&ver-allotment", "オーバーアロットメント(&V)")),
    screen=(
        Group("over_allotment", ("Secondary offering by way of over-allotment", "オーバーアロットメントによる売出し"),
              inputs=(a.shares, a.cap_ratio, a.stabilization_shares, a.syndicate_cover_shares),
              results=(R.ratio_to_offering, R.cap_shares, R.proceeds, R.shares_bought_back, R.shares_returned),
              toggle=True),
        Group("cover", ("Syndicate cover transaction period", "シンジケートカバー取引期間"),
              inputs=(s.cover_end,), results=(schedule.cover_start, schedule.cover_business_days)),
        Group("allotment", ("Third-party allotment", "第三者割当"),
              inputs=(a.allotment_shares, s.allotment_subscription_date, s.allotment_payment_date),
              results=(A.shares_taken_up, A.shares_forfeited, A.total_amount_paid, A.stated_capital_increase,
                       A.additional_paid_in_capital)),
    ),
    sheet=("Over-allotment", "オーバーアロットメント"),
    requires=("offering",),
)
