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

from worksheet.engine import Broken, Context, rule, validator
from worksheet.findings import Finding, error, warning
from worksheet.kinds import PRICE, TEXT, THOUSAND_YEN, YEN, ChoiceKind
from worksheet.money import THOUSAND, divide, multiply, round_down_to_million, round_half_up_to_sen
from worksheet.schema import rows, value

PURPOSE = ChoiceKind("purpose", choices=(
    ("capital_investment", "Capital investment"),
    ("debt_repayment", "Debt repayment"),
    ("other", "Other"),
))


@dataclass(frozen=True)
class UseLine:
    purpose: str = value(TEXT, "Use", "")
    kind: str = value(PURPOSE, "Kind", "other")
    amount: Decimal | None = value(YEN, "Amount (JPY)")
    timing: str = value(TEXT, "By when", "")


@dataclass(frozen=True)
class FacilityRow:
    company: str = value(TEXT, "Company (location)", "")
    segment: str = value(TEXT, "Segment", "")
    facility: str = value(TEXT, "Facility", "")
    total: Decimal | None = value(THOUSAND_YEN, "Total (JPY thousand)")
    paid: Decimal | None = value(THOUSAND_YEN, "Paid (JPY thousand)")
    funding: str = value(TEXT, "Funding", "")
    start: str = value(TEXT, "Commencement", "")
    completion: str = value(TEXT, "Completion", "")


@dataclass(frozen=True)
class Proceeds:
    stated_net_proceeds: Decimal | None = value(YEN, "Net proceeds as stated (estimate)", help="The \"up to\" figure the release states.")
    reference_amount_paid: Decimal | None = value(PRICE, "Reference amount to be paid per share", help="Amount to be paid on a reference price, for the estimate before pricing.")
    estimated_expenses: Decimal | None = value(YEN, "Estimated issue expenses (JPY)")
    reported_equity_increase: Decimal | None = value(YEN, "Equity increase as reported afterwards (JPY)", help="What a later release reports the offering and the allotment added to shareholders' equity.")
    lines: tuple[UseLine, ...] = rows(UseLine, "Use of proceeds")
    facility_plan: tuple[FacilityRow, ...] = rows(FacilityRow, "Facility plan")


@rule("proceeds.estimated_net_proceeds", "Net proceeds, estimated", "JPY",
      "Reference amount to be paid x maximum new shares - estimated issue expenses.")
def _estimated(c: Context) -> Decimal:
    gross = multiply(c.input("proceeds.reference_amount_paid"), c["shares.new_shares_maximum"])
    return gross - c.input("proceeds.estimated_expenses")


@rule("proceeds.net_proceeds", "Net proceeds", "JPY",
      "The estimate computed from the reference amount and expenses when given, otherwise the stated figure.")
def _net(c: Context) -> Decimal:
    if c.optional("proceeds.reference_amount_paid") is not None and c.optional("proceeds.estimated_expenses") is not None:
        return c["proceeds.estimated_net_proceeds"]
    return c.input("proceeds.stated_net_proceeds")


@rule("proceeds.equity_increase_per_share", "Reported equity increase per new share", "JPY",
      "Equity increase as reported / (shares offered + shares taken up in the allotment), rounded half up to the sen.")
def _equity_per_share(c: Context) -> Decimal:
    shares = c.input("offering.shares_offered") + (c["allotment.shares_taken_up"] if c.has("over_allotment") else 0)
    return round_half_up_to_sen(divide(c.input("proceeds.reported_equity_increase"), shares))


@rule("proceeds.paid_in_less_equity_increase", "Amount paid in less the reported equity increase", "JPY",
      "Total amount to be paid in the offering and the allotment - the equity increase reported: issue costs "
      "and anything else between the cash paid in and the equity booked.")
def _paid_less_equity(c: Context) -> Decimal:
    paid = c["offering.total_amount_paid"] + (c["allotment.total_amount_paid"] if c.has("over_allotment") else 0)
    return paid - c.input("proceeds.reported_equity_increase")


@rule("proceeds.lines_total", "Use of proceeds, total", "JPY",
      "Sum of the use-of-proceeds lines; it must equal the net proceeds.")
def _lines_total(c: Context) -> Decimal:
    total = sum((amount for (amount,) in c.rows("proceeds.lines", "amount")), Decimal(0))
    net = c["proceeds.net_proceeds"]
    if total != net:
        raise Broken(error("proceeds.lines", "Uses add up to the net proceeds",
                           f"The uses add up to {total:,} yen, the net proceeds are {net:,} yen "
                           f"(difference {total - net:,} yen)."))
    return total


def _plan_sum(c: Context, column: str) -> Decimal:
    return sum((cell for (cell,) in c.rows("proceeds.facility_plan", column)), Decimal(0))


@rule("proceeds.facility_total", "Facility plan, total investment", "JPY thousand",
      "Sum of the facility plan's total investment column.")
def _plan_total(c: Context) -> Decimal:
    return _plan_sum(c, "total")


@rule("proceeds.facility_paid", "Facility plan, already paid", "JPY thousand",
      "Sum of the facility plan's paid column.")
def _plan_paid(c: Context) -> Decimal:
    return _plan_sum(c, "paid")


@rule("proceeds.facility_remaining", "Facility plan, remaining to be paid", "JPY thousand",
      "Total investment - already paid: what the capital-investment line funds.")
def _plan_remaining(c: Context) -> Decimal:
    return c["proceeds.facility_total"] - c["proceeds.facility_paid"]


@rule("proceeds.capital_investment", "Capital investment line", "JPY",
      "The use-of-proceeds line of kind capital investment.")
def _capex(c: Context) -> Decimal:
    lines = c.input("proceeds.lines")
    found = [i for i, line in enumerate(lines) if line.kind == "capital_investment"]
    if not found:
        raise Broken(warning("proceeds.lines", "A capital investment line",
                             "No use-of-proceeds line is of kind capital investment; the facility plan is not reconciled."))
    return sum((c.input(f"proceeds.lines.{i}.amount") for i in found), Decimal(0))


@rule("proceeds.facility_reconciled", "Facility plan remaining, in millions", "JPY",
      "Remaining to be paid (thousand yen x 1,000) truncated to whole millions: it must equal the capital investment line.")
def _reconciled(c: Context) -> Decimal:
    remaining = round_down_to_million(c["proceeds.facility_remaining"] * THOUSAND)
    capex = c["proceeds.capital_investment"]
    if remaining != capex:
        raise Broken(error("proceeds.facility_plan", "Facility plan reconciles to the capital investment line",
                           f"The facility plan leaves {remaining:,} yen to be paid (in millions), the capital "
                           f"investment line is {capex:,} yen."))
    return remaining


@validator
def _check_proceeds(deal) -> list[Finding]:
    p = deal.proceeds
    if p is None:
        return []
    found = []
    for i, row in enumerate(p.facility_plan):
        if isinstance(row.total, Decimal) and isinstance(row.paid, Decimal) and row.paid > row.total:
            found.append(error(f"proceeds.facility_plan.{i}.paid", "Paid not above the total",
                               f"Row {i + 1} ({row.facility or row.company or 'unnamed'}): paid {row.paid:,} thousand yen "
                               f"is more than its total {row.total:,}."))
    return found
