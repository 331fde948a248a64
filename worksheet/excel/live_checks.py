"""The checks the workbook recalculates: a cell that says OK, or what fails.

Most are the rules that leave a result blank when their condition fails
(the offer price outside its range, a payment date outside its window, a
facility plan that does not reconcile); each sits beside the result it
guards, and the result reads ``=IF(check.x<>"OK","—",...)``. Two restate
the core's checks of a whole table (holders adding up to the shares allotted
on, one close per day), which blank every result that reads the table.

Each check also says, in Python, what its cell shows for the deal as
exported, so that the cell carries that text as its cached value.
"""

from __future__ import annotations

import datetime as dt
import string
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Callable, Mapping

from worksheet.deal import Worksheet
from worksheet.money import round_down_to_million, round_half_up, THOUSAND

YEN, DATE, COUNT = "yen", "date", "count"
_TEXT_FORMAT = {YEN: '"#,##0"', COUNT: '"#,##0"', DATE: '"yyyy-mm-dd"'}


@dataclass(frozen=True)
class LiveCheck:
    name: str
    condition: str  # placeholders, as in formulas.py
    figures: Mapping[str, tuple[str, str]]  # message field -> (expression, style)
    state: Callable[[Worksheet], bool | None]  # passes, fails, or cannot be checked
    values: Callable[[Worksheet], Mapping[str, Any]]  # the message's figures when it fails
    result: str | None = None  # the result whose row carries the check
    table: str | None = None  # or the table it checks
    requires: str = ""
    after: tuple[str, ...] = ()

    def expanded(self) -> str:
        """The condition with ``{@figure}`` replaced by that figure's expression."""
        out = self.condition
        for field, (expr, _) in self.figures.items():
            out = out.replace("{@" + field + "}", expr)
        return out

    def message_parts(self, template: str) -> list[str]:
        """The message as alternating text and Excel expressions."""
        parts: list[str] = []
        for text, field, _, _ in string.Formatter().parse(template):
            parts.append(text)
            if field is not None:
                expr, style = self.figures[field]
                parts.append(f"TEXT({expr},{_TEXT_FORMAT[style]})")
        return parts

    def message(self, template: str, ws: Worksheet) -> str:
        shown = {field: show(value, self.figures[field][1]) for field, value in self.values(ws).items()}
        return template.format(**shown)


def show(value: Any, style: str) -> str:
    """A figure as Excel's TEXT shows it with the style's format."""
    if style == DATE:
        return value.isoformat() if isinstance(value, dt.date) else str(value)
    return f"{round_half_up(Decimal(value), 0):,}"


def _guarding(result: str) -> Callable[[Worksheet], bool | None]:
    """A rule's check: passes when the result is stated, fails when the rule
    itself left it blank, cannot be checked when it waits for something else."""

    def state(ws: Worksheet) -> bool | None:
        found = ws.results.get(result)
        if found is None:
            return None
        if found.value is not None:
            return True
        return False if found.blocked_by == result else None

    return state


def _value(ws: Worksheet, name: str) -> Any:
    found = ws.results.get(name)
    return None if found is None else found.value


def _payment_day(ws: Worksheet) -> dict[str, Any]:
    s = ws.deal.schedule
    return {"day": ws.deal.calendar().add_business_days(s.pricing_date, s.payment_offset)}


def _uses(ws: Worksheet) -> dict[str, Any]:
    lines = ws.deal.proceeds.lines
    return {"total": sum((line.amount for line in lines), Decimal(0)), "net": _value(ws, "proceeds.net_proceeds")}


def _has_capex_line(ws: Worksheet) -> bool:
    return any(line.kind == "capital_investment" for line in ws.deal.proceeds.lines)


def _window(ws: Worksheet) -> set[dt.date]:
    m = ws.deal.merger
    return set(ws.deal.calendar().last_business_days(m.average_end, m.average_days))


def _closes(ws: Worksheet) -> dict[str, Any]:
    window = _window(ws)
    found = sum(1 for p in ws.deal.merger.price_history if p.day in window)
    return {"found": found, "days": ws.deal.merger.average_days}


def _one_close_per_day(ws: Worksheet) -> bool:
    days = [p.day for p in ws.deal.merger.price_history if isinstance(p.day, dt.date)]
    return len(days) == len(set(days))


def _holders_add_up(ws: Worksheet) -> bool | None:
    expected = _value(ws, "merger.shares_allotted_on")
    counts = [h.shares for h in ws.deal.merger.holders]
    if expected is None or not all(isinstance(n, int) and not isinstance(n, bool) for n in counts):
        return None
    return sum(counts) == expected


def _enough_treasury(ws: Worksheet) -> bool | None:
    delivered, sold = _value(ws, "merger.shares_delivered"), _value(ws, "merger.fraction_shares_sold")
    held = ws.deal.issuer.treasury_shares
    if delivered is None or sold is None or not isinstance(held, int):
        return None
    return ws.deal.merger.delivery != "treasury" or delivered + sold <= held


CHECKS: dict[str, LiveCheck] = {c.name: c for c in (
    LiveCheck(
        "offer_price_in_range",
        "AND({offering.offer_price}>={offering.range_low},{offering.offer_price}<={offering.range_high})",
        {"low": ("{offering.range_low}", YEN), "high": ("{offering.range_high}", YEN)},
        _guarding("offering.offer_price_checked"),
        lambda ws: {"low": _value(ws, "offering.range_low"), "high": _value(ws, "offering.range_high")},
        result="offering.offer_price_checked"),
    LiveCheck(
        "payment_in_window",
        "AND(OR(ISBLANK({?schedule.payment_window_start}),{@day}>={?schedule.payment_window_start}),"
        "OR(ISBLANK({?schedule.payment_window_end}),{@day}<={?schedule.payment_window_end}))",
        {"day": ("WORKDAY({schedule.pricing_date},{schedule.payment_offset},{holidays})", DATE)},
        _guarding("schedule.payment_date"), _payment_day, result="schedule.payment_date"),
    LiveCheck(
        "cover_in_order", "{schedule.cover_end}>={schedule.cover_start}",
        {"end": ("{schedule.cover_end}", DATE), "start": ("{schedule.cover_start}", DATE)},
        _guarding("schedule.cover_business_days"),
        lambda ws: {"end": ws.deal.schedule.cover_end, "start": _value(ws, "schedule.cover_start")},
        result="schedule.cover_business_days"),
    LiveCheck(
        "uses_add_up", "SUM({col:proceeds.lines.amount})={proceeds.net_proceeds}",
        {"total": ("SUM({col:proceeds.lines.amount})", YEN), "net": ("{proceeds.net_proceeds}", YEN)},
        _guarding("proceeds.lines_total"), _uses, result="proceeds.lines_total"),
    LiveCheck(
        "capital_investment_line",
        "COUNTIF({?col:proceeds.lines.kind},{label:proceeds.lines.kind=capital_investment})>0",
        {}, _has_capex_line, lambda ws: {}, result="proceeds.capital_investment"),
    LiveCheck(
        "facility_reconciles",
        "INT({proceeds.facility_remaining}/1000)*1000000={proceeds.capital_investment}",
        {"remaining": ("INT({proceeds.facility_remaining}/1000)*1000000", YEN),
         "capex": ("{proceeds.capital_investment}", YEN)},
        _guarding("proceeds.facility_reconciled"),
        lambda ws: {"remaining": round_down_to_million(_value(ws, "proceeds.facility_remaining") * THOUSAND),
                    "capex": _value(ws, "proceeds.capital_investment")},
        result="proceeds.facility_reconciled"),
    LiveCheck(
        "closes_complete", "COUNTIF({?col:merger.price_history.in_window},TRUE)={merger.average_days}",
        {"found": ("COUNTIF({?col:merger.price_history.in_window},TRUE)", COUNT),
         "days": ("{merger.average_days}", COUNT)},
        _guarding("merger.average_close"), _closes, result="merger.average_close",
        requires="{merger.average_window_start}{merger.average_end}"
                 "{col:merger.price_history.day}{col:merger.price_history.close}",
        after=("one_close_per_day",)),
    LiveCheck(
        "enough_treasury",
        "OR({?merger.delivery}<>{label:merger.delivery=treasury},"
        "{merger.shares_delivered}+{merger.fraction_shares_sold}<={issuer.treasury_shares})",
        {"delivered": ("{merger.shares_delivered}+{merger.fraction_shares_sold}", COUNT),
         "held": ("{issuer.treasury_shares}", COUNT)},
        _enough_treasury,
        lambda ws: {"delivered": _value(ws, "merger.shares_delivered") + _value(ws, "merger.fraction_shares_sold"),
                    "held": ws.deal.issuer.treasury_shares},
        result="merger.treasury_delivered"),
    LiveCheck(
        "one_close_per_day",
        'SUMPRODUCT(({?col:merger.price_history.day}<>"")'
        '*(COUNTIF({?col:merger.price_history.day},{?col:merger.price_history.day})>1))=0',
        {}, _one_close_per_day, lambda ws: {}, table="merger.price_history"),
    LiveCheck(
        "holders_add_up", "SUM({col:merger.holders.shares})={merger.shares_allotted_on}",
        {"listed": ("SUM({col:merger.holders.shares})", COUNT), "expected": ("{merger.shares_allotted_on}", COUNT)},
        _holders_add_up,
        lambda ws: {"listed": sum(h.shares for h in ws.deal.merger.holders),
                    "expected": _value(ws, "merger.shares_allotted_on")},
        table="merger.holders"),
)}


def present(check: LiveCheck, ws: Worksheet) -> bool:
    """Whether the workbook of ``ws`` has this check: its result is there, or
    its table has rows."""
    if check.result is not None:
        return check.result in ws.results
    section, _, rows = check.table.partition(".")
    part = getattr(ws.deal, section)
    return part is not None and bool(getattr(part, rows))
