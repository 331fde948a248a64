"""Cross-checks: two figures for one fact must agree.

A release states many figures twice: in two tables, as a per-share figure
and a total, as a computed count and a printed one. The seed of 7 November
2013 prints the issuer's income before income tax and net income for the
year ended 31 March 2013 as JPY 7,757 and 5,301 million in one table and
JPY 5,976 and 3,641 million in its reference table; a worksheet that
catches what a tired reader misses flags both, whichever is right.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from worksheet.engine import Context
from worksheet.findings import Finding, error, warning
from worksheet.issuer import FISCAL_FACTS, FiscalFigures
from worksheet.kinds import TEXT
from worksheet.money import MILLION, multiply, stated_tolerance
from worksheet.schema import fields_of, value


@dataclass(frozen=True)
class StatedFigure:
    """A figure as a release prints it, to be checked against the computed one."""

    result: str = value(TEXT, "Result (dotted name)", "")
    stated: str = value(TEXT, "As stated", "", help="As printed: 45,997,800 or 11.8% or 2013-07-18.")
    source: str = value(TEXT, "Stated in", "")


def _label(name: str) -> str:
    return fields_of(FiscalFigures)[name].label


def _compare_stated(figure: StatedFigure, index: int, computed: Any) -> Finding | None:
    path = f"stated.{index}.stated"
    text = figure.stated.strip()
    where = f" ({figure.source})" if figure.source else ""
    if computed is None:
        return None
    if hasattr(computed, "isoformat"):
        if text != computed.isoformat():
            return error(path, "Stated figure agrees with the computed one",
                         f"{figure.result}: stated {text}{where}, computed {computed.isoformat()}.")
        return None
    try:
        number = Decimal(text.replace(",", "").rstrip("%"))
    except ArithmeticError:
        number = Decimal("NaN")
    if not number.is_finite():
        return error(path, "Stated figure is a number", f"'{text}' is not a figure that can be checked.")
    if text.endswith("%"):
        number, computed, shown = number / 100, Decimal(computed), f"{Decimal(computed) * 100:.2f}%"
        tolerance = stated_tolerance(text) / 100
    else:
        shown = f"{computed:,}"
        tolerance = stated_tolerance(text)
    if abs(Decimal(computed) - number) > tolerance:
        return error(path, "Stated figure agrees with the computed one",
                     f"{figure.result}: stated {text}{where}, computed {shown}.")
    return None


def stated_figure_findings(deal: Any, ctx: Context) -> list[Finding]:
    from worksheet.engine import RULES

    found = []
    for i, figure in enumerate(deal.stated):
        if figure.result not in RULES:
            found.append(error(f"stated.{i}.result", "Stated figure names a result",
                               f"'{figure.result}' is not a computed figure of the worksheet."))
            continue
        finding = _compare_stated(figure, i, ctx.result(figure.result).value)
        if finding:
            found.append(finding)
    return found


def fiscal_findings(deal: Any, ctx: Context) -> list[Finding]:
    """Fiscal figures stated twice, and per-share figures against totals."""
    found: list[Finding] = []
    seen: dict[tuple[str, Any, str], tuple[int, Decimal, str]] = {}
    for i, year in enumerate(deal.issuer.fiscal_years):
        if not isinstance(year.period_end, dt.date):
            continue
        for fact in FISCAL_FACTS:
            figure = getattr(year, fact)
            if not isinstance(figure, Decimal):
                continue
            key = (year.company, year.period_end, fact)
            if key in seen and seen[key][1] != figure:
                j, other, source = seen[key]
                found.append(error(
                    f"issuer.fiscal_years.{i}.{fact}", "Two figures for one fact",
                    f"{_label(fact)} for the year ended {year.period_end.isoformat()} is stated as "
                    f"{other:,} in {source or f'row {j + 1}'} and {figure:,} in {year.source or f'row {i + 1}'}."))
            else:
                seen.setdefault(key, (i, figure, year.source))
        found.extend(_per_share_findings(deal, ctx, i, year))
    return found


def _shares_for(deal: Any, ctx: Context, year: FiscalFigures) -> int | None:
    if isinstance(year.shares, int):
        return year.shares
    if year.company == "issuer":
        return ctx.result("shares.outstanding_before").value
    merger = deal.merger
    if merger is not None and isinstance(merger.dissolving_shares_issued, int):
        own = merger.dissolving_treasury if isinstance(merger.dissolving_treasury, int) else 0
        return merger.dissolving_shares_issued - own
    return None


def _per_share_findings(deal: Any, ctx: Context, i: int, year: FiscalFigures) -> list[Finding]:
    shares = _shares_for(deal, ctx, year)
    if not shares:
        return []
    found = []
    for per_share, total in (("equity_per_share", "equity"), ("net_income_per_share", "net_income")):
        unit_value, stated_total = getattr(year, per_share), getattr(year, total)
        if not isinstance(unit_value, Decimal) or not isinstance(stated_total, Decimal):
            continue
        implied = multiply(unit_value, shares) / MILLION
        tolerance = stated_tolerance(format(stated_total, "f"))
        if abs(implied - stated_total) > tolerance:
            found.append(warning(
                f"issuer.fiscal_years.{i}.{per_share}", "Per-share figure x shares agrees with the total",
                f"{_label(per_share)} {unit_value:,} x {shares:,} shares = JPY {implied:,.1f} million, "
                f"but {_label(total).split(' (')[0].lower()} is stated as JPY {stated_total:,} million "
                f"({year.source or f'row {i + 1}'})."))
    return found


def proceeds_findings(deal: Any, ctx: Context) -> list[Finding]:
    """The stated "up to" net proceeds against the estimate from its inputs."""
    if deal.proceeds is None:
        return []
    stated = deal.proceeds.stated_net_proceeds
    estimate = ctx.result("proceeds.estimated_net_proceeds").value
    if isinstance(stated, Decimal) and estimate is not None and estimate != stated:
        return [error("proceeds.stated_net_proceeds", "Two figures for one fact",
                      f"Net proceeds are stated as {stated:,} yen; the reference amount and expenses give {estimate:,} yen.")]
    return []


def cross_check(deal: Any, ctx: Context) -> list[Finding]:
    return stated_figure_findings(deal, ctx) + fiscal_findings(deal, ctx) + proceeds_findings(deal, ctx)
