"""Cross-checks over whole tables: two figures for one fact must agree.

A release states many figures twice: in two tables, as a per-share figure
and a total, as a computed count and a printed one. The seed of 7 November
2013 prints the issuer's income before income tax and net income for the
year ended 31 March 2013 as JPY 7,757 and 5,301 million in one table and
JPY 5,976 and 3,641 million in its reference table; a worksheet that
catches what a tired reader misses flags both, whichever is right.

These checks compare rows with each other and text as printed with
computed figures, which a single expression cannot state; they are the
checks written by hand (:data:`HAND_CHECKS`), so the workbook lists their
findings as exported rather than recalculating them. Their words are in
the catalogue like every other check's.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, Callable

from worksheet.findings import Finding, error, warning
from worksheet.issuer import FISCAL_FACTS, FiscalFigures
from worksheet.kinds import TEXT
from worksheet.money import MILLION, divide, multiply, stated_tolerance
from worksheet.schema import fields_of, value
from worksheet.words import message, term


@dataclass(frozen=True)
class StatedFigure:
    """A figure as a release prints it, to be checked against the computed one."""

    result: str = value(TEXT, ("Result (dotted name)", "結果（ドット区切りの名前）"), "")
    stated: str = value(TEXT, ("As stated", "記載値"), "",
                        help=("As printed: 45,997,800 or 11.8% or 2013-07-18.", "開示資料の表記のまま：45,997,800、11.8%、2013-07-18など。"))
    source: str = value(TEXT, ("Stated in", "記載箇所"), "")


STATED_AGREES = term("stated.agrees", "Stated figure agrees with the computed one", "記載値と計算値の一致")
term("stated.agrees.message", "{result}: stated {stated}{where}, computed {computed}.", "{result}：記載値{stated}{where}、計算値{computed}。")
STATED_NUMBER = term("stated.is_a_number", "Stated figure is a number", "記載値は数値")
term("stated.is_a_number.message", "'{stated}' is not a figure that can be checked.", "「{stated}」は照合できる数値ではありません。")
STATED_NAMES = term("stated.names_a_result", "Stated figure names a result", "記載値は計算結果を指定")
term("stated.names_a_result.message", "'{result}' is not a computed figure of the worksheet.",
     "「{result}」はワークシートの計算結果の名前ではありません。")
TWO_FIGURES = term("fiscal.two_figures", "Two figures for one fact", "同一事項の2つの数値")
term("fiscal.two_figures.message", "{fact:term} for the year ended {period:date} is stated as {first} in {first_source} "
     "and {second} in {second_source}.", "{period:date}期の{fact:term}は、{first_source}では{first}、{second_source}では{second}と記載されています。")
PER_SHARE = term("fiscal.per_share", "Per-share figure x shares agrees with the total", "1株当たり数値×株式数と総額の一致")
term("fiscal.per_share.message", "{per_share:term} {unit_value} x {shares:shares} shares = JPY {implied} million, but "
     "{total:term} is stated as JPY {stated} million ({source}).",
     "{per_share:term}{unit_value}×{shares:shares}株＝{implied}百万円ですが、{total:term}は{stated}百万円と記載されています（{source}）。")
term("stated.where", " ({source})", "（{source}）")
term("fiscal.row", "row {row}", "{row}行目")


def _number(text: str) -> Decimal:
    try:
        return Decimal(text.replace(",", "").rstrip("%"))
    except (InvalidOperation, ValueError):
        return Decimal("NaN")


def compare_stated(figure: StatedFigure, index: int, computed: Any) -> Finding | None:
    """A stated figure against the computed one: equal within half a unit of
    the last digit printed (11.8% is anything from 11.75% to 11.85%)."""
    path = f"stated.{index}.stated"
    text = (figure.stated or "").strip()
    where = message("stated.where", source=figure.source) if figure.source else ""
    if computed is None:
        return None
    if isinstance(computed, dt.date):
        if text != computed.isoformat():
            return error(path, STATED_AGREES, message("stated.agrees.message", result=figure.result, stated=text,
                                                       where=where, computed=computed))
        return None
    number = _number(text)
    if not number.is_finite():
        return error(path, STATED_NUMBER, message("stated.is_a_number.message", stated=text))
    if text.endswith("%"):
        number, tolerance = divide(number, 100), divide(stated_tolerance(text), 100)
        shown = f"{Decimal(computed) * 100:.2f}%"
    else:
        tolerance, shown = stated_tolerance(text), f"{computed:,}"
    if abs(Decimal(computed) - number) > tolerance:
        return error(path, STATED_AGREES, message("stated.agrees.message", result=figure.result, stated=text,
                                                   where=where, computed=shown))
    return None


def stated_figure_findings(deal: Any, result_of: Callable[[str], Any], names: set[str]) -> list[Finding]:
    found = []
    for i, figure in enumerate(deal.stated):
        if figure.result not in names:
            found.append(error(f"stated.{i}.result", STATED_NAMES,
                               message("stated.names_a_result.message", result=figure.result)))
            continue
        finding = compare_stated(figure, i, result_of(figure.result))
        if finding:
            found.append(finding)
    return found


def _source(year: FiscalFigures, row: int) -> Any:
    return year.source or message("fiscal.row", row=row + 1)


def fiscal_findings(deal: Any, shares_outstanding: int | None) -> list[Finding]:
    """Fiscal figures stated twice, and per-share figures against totals."""
    found: list[Finding] = []
    seen: dict[tuple[str, Any, str], tuple[int, Decimal, FiscalFigures]] = {}
    for i, year in enumerate(deal.issuer.fiscal_years):
        if not isinstance(year.period_end, dt.date):
            continue
        for fact in FISCAL_FACTS:
            figure = getattr(year, fact)
            if not isinstance(figure, Decimal):
                continue
            key = (year.company, year.period_end, fact)
            if key in seen and seen[key][1] != figure:
                j, other, first = seen[key]
                found.append(error(f"issuer.fiscal_years.{i}.{fact}", TWO_FIGURES, message(
                    "fiscal.two_figures.message", fact=f"issuer.fiscal_years.{fact}", period=year.period_end,
                    first=f"{other:,}", first_source=_source(first, j), second=f"{figure:,}",
                    second_source=_source(year, i))))
            else:
                seen.setdefault(key, (i, figure, year))
        found.extend(_per_share(deal, shares_outstanding, i, year))
    return found


def _shares_for(deal: Any, shares_outstanding: int | None, year: FiscalFigures) -> int | None:
    if isinstance(year.shares, int):
        return year.shares
    if year.company == "issuer":
        return shares_outstanding
    merger = getattr(deal, "merger", None)
    if merger is not None and isinstance(merger.dissolving_shares_issued, int):
        own = merger.dissolving_treasury if isinstance(merger.dissolving_treasury, int) else 0
        return merger.dissolving_shares_issued - own
    return None


def _per_share(deal: Any, shares_outstanding: int | None, i: int, year: FiscalFigures) -> list[Finding]:
    shares = _shares_for(deal, shares_outstanding, year)
    if not shares:
        return []
    found = []
    for per_share, total in (("equity_per_share", "equity"), ("net_income_per_share", "net_income")):
        unit_value, stated_total = getattr(year, per_share), getattr(year, total)
        if not isinstance(unit_value, Decimal) or not isinstance(stated_total, Decimal):
            continue
        implied = divide(multiply(unit_value, shares), MILLION)
        if abs(implied - stated_total) > stated_tolerance(format(stated_total, "f")):
            found.append(warning(f"issuer.fiscal_years.{i}.{per_share}", PER_SHARE, message(
                "fiscal.per_share.message", per_share=f"issuer.fiscal_years.{per_share}", unit_value=f"{unit_value:,}",
                shares=shares, implied=f"{implied:,.1f}", total=f"issuer.fiscal_years.{total}",
                stated=f"{stated_total:,}", source=_source(year, i))))
    return found


#: the checks written by hand, by the catalogue key of their label
HAND_CHECKS = (STATED_AGREES, STATED_NUMBER, STATED_NAMES, TWO_FIGURES, PER_SHARE)

__all__ = ["StatedFigure", "compare_stated", "fiscal_findings", "stated_figure_findings", "fields_of"]
