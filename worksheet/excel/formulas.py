"""One Excel formula per result of the core, over the defined names.

Each formula restates the rule of the section module that computes the
result (the docstrings of offering.py, schedule.py ... say where each rule
comes from): ROUNDUP and ROUNDDOWN where the rule rounds, WORKDAY and
NETWORKDAYS over the Calendar sheet for business days, SUM over the
facility plan's table, AVERAGEIFS over the price history's window.

A product of a price in sen and a share count is wrapped in ROUND(...,2)
before any rounding rule applies: it takes the binary floating-point noise
off (3,279.44 x 4,700,000 is not exact in binary), so ROUNDUP sees the
exact amount the core sees in Decimal.
"""

from __future__ import annotations

from typing import Callable

from worksheet.excel.expressions import Formula, Refs
from worksheet.merger import AMENDMENT_IN_FORCE

FORMULAS: dict[str, Callable[[Refs], Formula]] = {}


def formula(name: str, expr: str | None = None, *, check: str | None = None, requires: str = ""):
    """Declare the formula of ``name``: a fixed expression, or a function of the refs."""
    if expr is not None:
        FORMULAS[name] = lambda refs: Formula(expr, check, requires)
        return None

    def register(fn: Callable[[Refs], Formula]) -> Callable[[Refs], Formula]:
        FORMULAS[name] = fn
        return fn

    return register


# -- issuer and share count (issuer.py, shares.py) --------------------------

formula("shares.issued_before", "{issuer.shares_issued}")
formula("shares.outstanding_before", "{shares.issued_before}-{issuer.treasury_shares}")
formula("shares.issued_after_offering", "{shares.issued_before}+{offering.shares_offered}")
formula("shares.outstanding_after_allotment", "{shares.issued_after_allotment}-{issuer.treasury_shares}")
formula("shares.dilution", "{shares.new_shares_maximum}/({shares.outstanding_before}+{shares.new_shares_maximum})")
formula("shares.dilution_as_stated", "ROUND({shares.dilution}*100,1)/100")
formula("shares.dilution_over_issued", "{shares.new_shares_maximum}/({shares.issued_before}+{shares.new_shares_maximum})")


@formula("shares.issued_after_allotment")
def _issued_after_allotment(refs: Refs) -> Formula:
    if refs.has("allotment.shares_taken_up"):
        return Formula("{shares.issued_after_offering}+{allotment.shares_taken_up}")
    return Formula("{shares.issued_after_offering}")


@formula("shares.new_shares_maximum")
def _new_shares_maximum(refs: Refs) -> Formula:
    if refs.has("over_allotment.allotment_shares"):
        return Formula("{offering.shares_offered}+{over_allotment.allotment_shares}")
    return Formula("{offering.shares_offered}")


# -- public offering (offering.py) ------------------------------------------

formula("offering.range_low", "ROUNDDOWN(ROUND({offering.close_price}*{offering.range_low_factor},6),0)")
formula("offering.range_high", "ROUNDDOWN(ROUND({offering.close_price}*{offering.range_high_factor},6),0)")
formula("offering.offer_price_checked", "{offering.offer_price}", check="offer_price_in_range")
formula("offering.discount_to_close", "1-{offering.offer_price_checked}/{offering.close_price}")
formula("offering.gross_proceeds", "ROUND({offering.offer_price_checked}*{offering.shares_offered},2)")
formula("offering.total_amount_paid", "ROUND({offering.amount_paid}*{offering.shares_offered},2)")
formula("offering.spread_per_share", "ROUND({offering.offer_price_checked}-{offering.amount_paid},2)")
formula("offering.underwriters_spread", "ROUND({offering.spread_per_share}*{offering.shares_offered},2)")
formula("offering.spread_ratio", "{offering.spread_per_share}/{offering.offer_price_checked}")
formula("offering.stated_capital_increase", "ROUNDUP({offering.total_amount_paid}/2,0)")
formula("offering.additional_paid_in_capital",
        "ROUND({offering.total_amount_paid}-{offering.stated_capital_increase},2)")

# -- schedule (schedule.py) --------------------------------------------------

formula("schedule.subscription_start",
        "WORKDAY({schedule.pricing_date},{schedule.subscription_start_offset},{holidays})")
formula("schedule.subscription_end",
        "WORKDAY({schedule.pricing_date},{schedule.subscription_end_offset},{holidays})")
formula("schedule.payment_date", "WORKDAY({schedule.pricing_date},{schedule.payment_offset},{holidays})",
        check="payment_in_window")
formula("schedule.delivery_date", "WORKDAY({schedule.payment_date},{schedule.delivery_offset},{holidays})")
formula("schedule.cover_start", "{schedule.subscription_end}+1")
formula("schedule.cover_business_days", "NETWORKDAYS({schedule.cover_start},{schedule.cover_end},{holidays})",
        check="cover_in_order")
formula("schedule.lockup_end", "{schedule.delivery_date}+{schedule.lockup_days}")

# -- over-allotment and third-party allotment (over_allotment.py) ------------

formula("over_allotment.ratio_to_offering", "{over_allotment.shares}/{offering.shares_offered}")
formula("over_allotment.cap_shares",
        "ROUNDDOWN(ROUND({offering.shares_offered}*{over_allotment.cap_ratio},6)/{offering.subscription_unit},0)"
        "*{offering.subscription_unit}")
formula("over_allotment.proceeds", "ROUND({over_allotment.shares}*{offering.offer_price_checked},2)")
formula("over_allotment.shares_bought_back",
        "{over_allotment.stabilization_shares}+{over_allotment.syndicate_cover_shares}")
formula("allotment.shares_taken_up", "{over_allotment.shares}-{over_allotment.shares_bought_back}")
formula("allotment.shares_forfeited", "{over_allotment.allotment_shares}-{allotment.shares_taken_up}")
formula("over_allotment.shares_returned", "{over_allotment.shares_bought_back}+{allotment.shares_taken_up}")
formula("allotment.total_amount_paid", "ROUND({allotment.shares_taken_up}*{offering.amount_paid},2)")
formula("allotment.stated_capital_increase", "ROUNDUP({allotment.total_amount_paid}/2,0)")
formula("allotment.additional_paid_in_capital",
        "ROUND({allotment.total_amount_paid}-{allotment.stated_capital_increase},2)")

# -- use of proceeds (proceeds.py) -------------------------------------------

formula("proceeds.estimated_net_proceeds",
        "ROUND({proceeds.reference_amount_paid}*{shares.new_shares_maximum},2)-{proceeds.estimated_expenses}")
formula("proceeds.lines_total", "SUM({col:proceeds.lines.amount})", check="uses_add_up")
formula("proceeds.facility_total", "SUM({col:proceeds.facility_plan.total})")
formula("proceeds.facility_paid", "SUM({col:proceeds.facility_plan.paid})")
formula("proceeds.facility_remaining", "{proceeds.facility_total}-{proceeds.facility_paid}")
formula("proceeds.facility_reconciled", "INT({proceeds.facility_remaining}/1000)*1000000",
        check="facility_reconciles")


@formula("proceeds.net_proceeds")
def _net_proceeds(refs: Refs) -> Formula:
    stated = 'IF(ISNUMBER({?proceeds.stated_net_proceeds}),{?proceeds.stated_net_proceeds},{!blank})'
    if not refs.has("proceeds.estimated_net_proceeds"):
        return Formula(stated)
    return Formula("IF(COUNTA({?proceeds.reference_amount_paid},{?proceeds.estimated_expenses})=2,"
                   "{?proceeds.estimated_net_proceeds}," + stated + ")")


@formula("proceeds.equity_increase_per_share")
def _equity_increase_per_share(refs: Refs) -> Formula:
    shares = "{offering.shares_offered}" + ("+{allotment.shares_taken_up}" if refs.has("allotment.shares_taken_up") else "")
    return Formula(f"ROUND({{proceeds.reported_equity_increase}}/({shares}),2)")


@formula("proceeds.paid_in_less_equity_increase")
def _paid_in_less_equity_increase(refs: Refs) -> Formula:
    paid = "{offering.total_amount_paid}" + ("+{allotment.total_amount_paid}" if refs.has("allotment.total_amount_paid") else "")
    return Formula(f"ROUND({paid}-{{proceeds.reported_equity_increase}},2)")


# The capital-investment line sums only the lines of that kind: a blank
# amount on another line does not blank it.
formula("proceeds.capital_investment",
        'IF(COUNTIFS({?col:proceeds.lines.kind},{label:proceeds.lines.kind=capital_investment},'
        '{?col:proceeds.lines.amount},"<>")<COUNTIF({?col:proceeds.lines.kind},'
        '{label:proceeds.lines.kind=capital_investment}),{!blank},'
        'SUMIFS({?col:proceeds.lines.amount},{?col:proceeds.lines.kind},'
        '{label:proceeds.lines.kind=capital_investment}))',
        check="capital_investment_line")

# -- merger (merger.py) ------------------------------------------------------

formula("merger.held_ratio", "{merger.held_by_surviving}/{merger.dissolving_shares_issued}")
formula("merger.shares_allotted_on",
        "{merger.dissolving_shares_issued}-{merger.held_by_surviving}-{merger.dissolving_treasury}")
formula("merger.shares_delivered", "SUM({col:merger.holder_allocations.shares_received})")
formula("merger.fraction_total", "ROUND(SUM({col:merger.holder_allocations.fraction}),6)")
formula("merger.fraction_shares_sold", "INT({merger.fraction_total})")
# No fractions sold, no cash: the average close is not needed then.
formula("merger.fraction_cash",
        'IF(NOT(ISNUMBER({?merger.fraction_shares_sold})),{!blank},IF({?merger.fraction_shares_sold}=0,0,'
        'IF(NOT(ISNUMBER({?merger.average_close})),{!blank},'
        'ROUNDDOWN(ROUND({?merger.fraction_shares_sold}*{?merger.average_close},2),0))))')
formula("merger.odd_lot_holders", 'COUNTIF({col:merger.holder_allocations.odd_lot},">0")')
formula("merger.treasury_after", "{issuer.treasury_shares}-{merger.treasury_delivered}")
formula("merger.average_window_start",
        'IF({merger.average_days}<1,{!blank},WORKDAY({merger.average_end}+1,-{merger.average_days},{holidays}))')
formula("merger.average_close",
        "ROUND(AVERAGEIFS({col:merger.price_history.close},{?col:merger.price_history.in_window},TRUE),2)",
        check="closes_complete", requires="{col:merger.price_history.day}")
formula("merger.implied_ratio_net_assets",
        "ROUND({merger.dissolving_net_assets_per_share}/{merger.average_close},2)")
formula("merger.implied_ratio_transaction",
        "ROUND({merger.dissolving_transaction_price}/{merger.average_close},2)")
formula("merger.consideration_value",
        "ROUND(({merger.shares_delivered}+{merger.fraction_shares_sold})*{merger.average_close},2)")
formula("merger.consideration_to_net_assets", "{merger.consideration_value}/{merger.surviving_net_assets}")
formula("merger.simplified_merger", "{merger.consideration_to_net_assets}<=1/5")
formula("merger.short_form_merger", "{merger.held_ratio}>=9/10")
formula("merger.treasury_delivered",
        'IF({?merger.delivery}<>{label:merger.delivery=treasury},0,'
        'IF(OR(COUNT({?merger.shares_delivered},{?merger.fraction_shares_sold})<2,'
        '{?check:enough_treasury}<>{!ok}),{!blank},{?merger.shares_delivered}+{?merger.fraction_shares_sold}))')
formula("merger.new_shares_issued",
        'IF({?merger.delivery}<>{label:merger.delivery=new},0,'
        'IF(COUNT({?merger.shares_delivered},{?merger.fraction_shares_sold})<2,{!blank},'
        '{?merger.shares_delivered}+{?merger.fraction_shares_sold}))')

# The article as numbered on the board's resolution date (merger.article).
_AMENDED = f"DATE({AMENDMENT_IN_FORCE.year},{AMENDMENT_IN_FORCE.month},{AMENDMENT_IN_FORCE.day})"
formula("merger.simplified_merger_article",
        'IF(AND(ISNUMBER({?merger.resolution_date}),{?merger.resolution_date}>=' + _AMENDED + '),'
        '"Companies Act Art. 796(2)","Companies Act Art. 796(3)")')


def allocation_row(refs: Refs, row: int, listed: bool) -> dict[str, Formula]:
    """The formulas of one row of ``merger.holder_allocations``: the holder's
    shares x the ratio rounded down to a whole share; the fraction; whole
    units, the odd lot and the shares that would top it up to a unit."""
    me = f"merger.holder_allocations.{row}."
    held = f"{{merger.holders.{row}.shares}}" if listed else "{merger.shares_allotted_on}"
    check = "holders_add_up" if listed else None
    return {
        "holder": Formula(f"{{?merger.holders.{row}.name}}&\"\"") if listed else None,
        "shares_held": Formula(held),
        "shares_received": Formula(f"ROUNDDOWN(ROUND({{{me}shares_held}}*{{merger.ratio}},6),0)", check),
        "fraction": Formula(f"ROUND({{{me}shares_held}}*{{merger.ratio}}-{{{me}shares_received}},6)"),
        "units": Formula(f"INT({{{me}shares_received}}/{{issuer.share_unit}})"),
        "odd_lot": Formula(f"MOD({{{me}shares_received}},{{issuer.share_unit}})"),
        "top_up": Formula(f"IF({{{me}odd_lot}}>0,{{issuer.share_unit}}-{{{me}odd_lot}},0)"),
    }


def in_window(row: int) -> Formula:
    """Whether a close is one of the average's business days: on or after
    the window's first day, on or before its last, and a business day."""
    day = f"{{merger.price_history.{row}.day}}"
    return Formula(f"AND({day}>={{merger.average_window_start}},{day}<={{merger.average_end}},"
                   f"WORKDAY({day}-1,1,{{holidays}})={day})")
