"""Use of proceeds and the facility plan.

The release of 2 July 2013 (seed 000, section 3) states net proceeds of up
to JPY 18,773,000,000, split into capital investment, repayment of lease
debt and repayment of other debt, and a facility plan in thousands of yen
whose total less the amount already paid is what the capital-investment
line funds (10,451,000 - 328,738 = 10,122,262 thousand yen, stated as
JPY 10,122 million). Before pricing, net proceeds are an estimate: the
amount to be paid on a reference price x the maximum shares, less the
estimated issue expenses.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from worksheet.expressions import (all_of, any_of, column_sum, count_where, equal, if_present, is_blank, not_,
                                   round_down_to_million, round_half_up_to_sen, sum_where, when)
from worksheet.findings import Severity
from worksheet.kinds import PRICE, TEXT, THOUSAND_YEN, YEN, ChoiceKind
from worksheet.offering import R as offering
from worksheet.offering import o
from worksheet.over_allotment import A as allotment
from worksheet.rules import (JPY, JPY_THOUSAND, YES_NO, Check, Group, Results, RowCheck, RowResults, RowRule, Rule,
                             Section, Tab, TableBox, inputs)
from worksheet.schema import rows, value
from worksheet.shares import ShareCount

PURPOSE = ChoiceKind("purpose", choices=(
    ("capital_investment", "Capital investment"),
    ("debt_repayment", "Debt repayment"),
    ("other", "Other"),
), labels_ja=("設備投資", "借入金返済", "その他"))


@dataclass(frozen=True)
class UseLine:
    purpose: str = value(TEXT, ("Use", "資金使途"), "")
    kind: str = value(PURPOSE, ("Kind", "区分"), "other")
    amount: Decimal | None = value(YEN, ("Amount (JPY)", "金額（円）"), required=True)
    timing: str = value(TEXT, ("By when", "支出予定時期"), "")


@dataclass(frozen=True)
class FacilityRow:
    company: str = value(TEXT, ("Company (location)", "会社名（所在地）"), "")
    segment: str = value(TEXT, ("Segment", "セグメントの名称"), "")
    facility: str = value(TEXT, ("Facility", "設備の内容"), "")
    total: Decimal | None = value(THOUSAND_YEN, ("Total (JPY thousand)", "投資予定金額 総額（千円）"), required=True)
    paid: Decimal | None = value(THOUSAND_YEN, ("Paid (JPY thousand)", "既支払額（千円）"), required=True)
    funding: str = value(TEXT, ("Funding", "資金調達方法"), "")
    start: str = value(TEXT, ("Commencement", "着手年月"), "")
    completion: str = value(TEXT, ("Completion", "完了予定年月"), "")


@dataclass(frozen=True)
class Proceeds:
    stated_net_proceeds: Decimal | None = value(
        YEN, ("Net proceeds as stated (estimate)", "差引手取概算額（記載額）"),
        help=("The \"up to\" figure the release states.", "開示資料に記載された上限の金額。"))
    reference_amount_paid: Decimal | None = value(
        PRICE, ("Reference amount to be paid per share", "払込金額の見込額（1株当たり）"),
        help=("Amount to be paid on a reference price, for the estimate before pricing.",
              "条件決定前の概算に用いる、基準となる価格に基づく1株当たり払込金額。"))
    estimated_expenses: Decimal | None = value(YEN, ("Estimated issue expenses (JPY)", "発行諸費用の概算額（円）"))
    reported_equity_increase: Decimal | None = value(
        YEN, ("Equity increase as reported afterwards (JPY)", "事後に報告された純資産の増加額（円）"),
        help=("What a later release reports the offering and the allotment added to shareholders' equity.",
              "公募増資及び第三者割当により増加した純資産として後日の開示資料が報告した額。"))
    lines: tuple[UseLine, ...] = rows(UseLine, ("Use of proceeds", "資金の使途"))
    facility_plan: tuple[FacilityRow, ...] = rows(FacilityRow, ("Facility plan", "設備投資計画"))


p = inputs(Proceeds, "proceeds")
line = p.lines
plan = p.facility_plan
estimate_given = all_of(not_(is_blank(p.reference_amount_paid.or_blank())), not_(is_blank(p.estimated_expenses.or_blank())))


class UseLineResults(RowResults, table="proceeds.lines", section="proceeds"):
    is_capital_investment = RowRule(YES_NO, line.kind.is_("capital_investment"), "Capital investment", "設備投資")


class FacilityRowChecks(RowResults, table="proceeds.facility_plan", section="proceeds"):
    paid_within_total = RowCheck(
        about=plan.paid, holds=plan.paid <= plan.total, label=("Paid not above the total", "既支払額は総額以下"),
        message=("Paid {paid} thousand yen is more than the total {total} thousand yen.",
                 "既支払額{paid}千円が総額{total}千円を超えています。"),
        figures=dict(paid=plan.paid, total=plan.total))


class ProceedsResults(Results, prefix="proceeds"):
    estimated_net_proceeds = Rule(
        JPY, p.reference_amount_paid * ShareCount.new_shares_maximum - p.estimated_expenses,
        "Net proceeds, estimated", "差引手取概算額（試算）",
        rule=("Before pricing: on a reference price, for the maximum new shares, less the estimated expenses.",
              "条件決定前の概算：基準となる価格に基づき、新株式の最大発行数について算出し、発行諸費用の概算額を控除。"))
    net_proceeds = Rule(
        JPY, when(estimate_given, estimated_net_proceeds, p.stated_net_proceeds), "Net proceeds", "差引手取概算額",
        rule=("The estimate when its inputs are given, otherwise the stated figure.", "概算の入力があれば試算額、なければ記載額。"))
    equity_increase_per_share = Rule(
        JPY, round_half_up_to_sen(
            p.reported_equity_increase / (o.shares_offered + if_present("over_allotment", allotment.shares_taken_up, 0))),
        "Reported equity increase per new share", "新株式1株当たりの純資産増加額")
    paid_in_less_equity_increase = Rule(
        JPY, offering.total_amount_paid + if_present("over_allotment", allotment.total_amount_paid, 0)
        - p.reported_equity_increase,
        "Amount paid in less the reported equity increase", "払込金額の総額と報告された純資産増加額の差",
        rule=("Issue costs and anything else between the cash paid in and the equity booked.",
              "発行費用その他、払込額と計上された純資産の差。"))
    lines_total = Rule(JPY, column_sum(line.amount), "Use of proceeds, total", "資金使途の合計")
    capital_investment = Rule(JPY, sum_where(line.amount, UseLineResults.is_capital_investment),
                              "Capital investment line", "設備投資資金")
    facility_total = Rule(JPY_THOUSAND, column_sum(plan.total), "Facility plan, total investment",
                          "設備投資計画 投資予定金額の総額")
    facility_paid = Rule(JPY_THOUSAND, column_sum(plan.paid), "Facility plan, already paid", "設備投資計画 既支払額")
    facility_remaining = Rule(JPY_THOUSAND, facility_total - facility_paid, "Facility plan, remaining to be paid",
                              "設備投資計画 今後の所要額",
                              rule=("What the capital-investment line funds.", "設備投資資金で充当する額。"))
    facility_reconciled = Rule(
        JPY, round_down_to_million(facility_remaining * 1000), "Facility plan remaining, in millions",
        "今後の所要額（百万円単位）", rule=("It must equal the capital investment line.", "設備投資資金の額と一致しなければならない。"))

    uses_add_up = Check(
        about=p.lines, holds=equal(lines_total, net_proceeds), bars=False,
        label=("Uses add up to the net proceeds", "資金使途の合計は差引手取概算額と一致"),
        message=("The uses add up to {total:yen} yen, the net proceeds are {net:yen} yen (difference {difference:yen} yen).",
                 "資金使途の合計{total:yen}円が差引手取概算額{net:yen}円と一致しません（差額{difference:yen}円）。"),
        figures=dict(total=lines_total, net=net_proceeds, difference=lines_total - net_proceeds))
    capital_investment_line = Check(
        about=capital_investment, blanks=True, severity=Severity.WARNING,
        holds=count_where(UseLineResults.is_capital_investment) > 0,
        label=("A capital investment line", "設備投資資金の行"),
        message=("No use-of-proceeds line is of kind capital investment; the facility plan is not reconciled.",
                 "区分が設備投資の資金使途がないため、設備投資計画と照合できません。"))
    facility_reconciles = Check(
        about=facility_reconciled, holds=equal(facility_reconciled, capital_investment),
        label=("Facility plan reconciles to the capital investment line", "設備投資計画と設備投資資金の一致"),
        message=("The facility plan leaves {remaining:yen} yen to be paid (in millions), the capital investment line "
                 "is {capex:yen} yen.",
                 "設備投資計画の今後の所要額は{remaining:yen}円（百万円単位）、設備投資資金は{capex:yen}円です。"),
        figures=dict(remaining=facility_reconciled, capex=capital_investment))
    stated_agrees = Check(
        about=p.stated_net_proceeds, bars=False,
        holds=any_of(is_blank(p.stated_net_proceeds.or_blank()),
                     equal(p.stated_net_proceeds.or_blank(), estimated_net_proceeds)),
        label=("Two figures for one fact", "同一事項の2つの数値"),
        message=("Net proceeds are stated as {stated:yen} yen; the reference amount and expenses give {estimate:yen} yen.",
                 "差引手取概算額の記載額は{stated:yen}円ですが、見込額と諸費用からは{estimate:yen}円となります。"),
        figures=dict(stated=p.stated_net_proceeds, estimate=estimated_net_proceeds))


R = ProceedsResults

SECTION = Section(
    key="proceeds", document=Proceeds,
    label=("Use of proceeds", "資金の使途"),
    declarations=(ProceedsResults, UseLineResults, FacilityRowChecks),
    tab=Tab("proceeds", ("&Use of proceeds", "資金使途(&U)")),
    screen=(
        Group("net_proceeds", ("Net proceeds", "差引手取概算額"),
              inputs=(p.stated_net_proceeds, p.reference_amount_paid, p.estimated_expenses),
              results=(R.estimated_net_proceeds, R.net_proceeds, R.lines_total, R.capital_investment,
                       R.facility_reconciled),
              toggle=True),
        TableBox(line, totals=("amount",)),
        TableBox(plan, totals=("total", "paid")),
        Group("facility_remaining", ("Facility plan: what remains to be paid", "設備投資計画：今後の所要額"),
              results=(R.facility_total, R.facility_paid, R.facility_remaining)),
        Group("equity_increase", ("Equity increase reported afterwards", "事後に報告された純資産の増加"),
              inputs=(p.reported_equity_increase,),
              results=(R.equity_increase_per_share, R.paid_in_less_equity_increase)),
    ),
    sheet=("Use of proceeds", "資金使途"),
)
