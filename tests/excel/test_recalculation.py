"""A real spreadsheet engine recalculates the exported workbooks and finds
the core's figures, to the yen and to the day.

Every workbook of this module goes through one LibreOffice run (see
``spreadsheet.py``), which recalculates every formula on load. Two kinds of
workbook:

- exported from the core for a deal (the example, and deals with bad or
  unusual inputs): the recalculated results equal the core's, and every
  formula cell recalculates to the value the export cached in it;
- the example's workbook with inputs changed in the workbook, as a user
  would change them in Excel: the recalculated results equal the core's
  on the same inputs (``Deal.with_value``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from tests.excel.conftest import HOSTILE_TEXT, expected_cells, mismatch, placed
from tests.excel.spreadsheet import Values, recalculate, set_inputs, soffice
from worksheet.deal import Closure, Deal, compute, flatten
from worksheet.excel import export
from worksheet.kinds import PRICE

D = dt.date


def _without(*sections: str) -> list[tuple[str, Any]]:
    return [(name, None) for name in sections]


# Deals exported as they are, each the example with these inputs changed
# (several changes to a workbook where they do not meet: a LibreOffice run
# costs about a second a workbook).
EXPORTED: dict[str, list[tuple[str, Any]]] = {
    "example": [],
    "rejected_inputs": [
        ("offering.shares_offered", 4_700_050),  # not whole units: an error of validation
        ("merger.holders.0.shares", 5),  # the holders do not add up to the shares allotted on
        ("proceeds.facility_plan.2.total", None),
        ("merger.average_end", None),
    ],
    "missing_and_unreadable": [
        ("offering.close_price", None),
        ("schedule.pricing_date", None),  # a key figure of the Summary left blank
        ("offering.offer_price", PRICE.parse("3,39O")),
        ("merger.price_history.1.day", D(2013, 8, 27)),  # two closes for one day
        ("proceeds.lines", ()),
    ],
    "merger_only": _without("offering", "schedule", "over_allotment", "proceeds") + [
        ("merger.resolution_date", D(2016, 3, 1)),  # after the 2014 amendment: Art. 796(2)
        ("merger.holders", ()),
        ("merger.ratio", Decimal("0.3333")),
        ("merger.dissolving_shares_issued", 4010),
        ("merger.average_days", 50),  # more business days than the price history has closes for
    ],
    "offering_only": [("excluded", ("merger", "over_allotment", "proceeds", "schedule"))] + [  # left out, kept
        ("offering.offer_price", Decimal("3600")),  # above the provisional range
    ],
    "closure_tie_and_treasury": [
        ("closures", (Closure(D(2013, 7, 16), "Exchange outage"),)),
        ("merger.average_days", 2),
        ("merger.price_history.43.close", Decimal("2428.01")),  # (2,428.01 + 2,411) / 2 = 2,419.505
        ("issuer.treasury_shares", 50),  # fewer than the merger delivers
    ],
    "text_like_formulas": list(HOSTILE_TEXT),
}

# Inputs changed in the example's workbook, as a user would in Excel:
# id -> [(name, as typed in the workbook, as the core holds it)].
EDITED: dict[str, list[tuple[str, Any, Any]]] = {
    "edited_prices_and_dates": [
        ("schedule.pricing_date", D(2013, 7, 12), D(2013, 7, 12)),  # payment crosses Marine Day
        ("offering.offer_price", 3300, Decimal("3300")),
        ("merger.average_days", 20, 20),
        ("merger.ratio", 26.3, Decimal("26.3")),
    ],
    "edited_sen_and_holidays": [
        ("offering.amount_paid", 3279.45, Decimal("3279.45")),
        ("over_allotment.stabilization_shares", 20_000, 20_000),
        ("over_allotment.syndicate_cover_shares", 29_900, 29_900),  # 650,100 taken up
        ("offering.close_price", 3400.5, Decimal("3400.5")),
        ("schedule.pricing_date", D(2013, 7, 17), D(2013, 7, 17)),  # payment on the window's last day
        ("merger.average_end", D(2013, 10, 15), D(2013, 10, 15)),  # the day after Health and Sports Day
        ("merger.delivery", "New shares", "new"),
    ],
    "edited_checks_fail": [
        ("schedule.payment_offset", 4, 4),  # payment before its window
        ("offering.offer_price", 3600, Decimal("3600")),  # above the range
        ("proceeds.facility_plan.0.paid", 50_000, Decimal("50000")),  # no longer reconciles
    ],
}


def _deal(example: Deal, changes: list[tuple[str, Any]]) -> Deal:
    deal = example
    for name, value in changes:
        deal = dataclasses.replace(deal, **{name: None}) if value is None and "." not in name \
            else deal.with_value(name, value)
    return deal


@pytest.fixture(scope="module")
def recalculated(example: Deal, exported: Path, tmp_path_factory: pytest.TempPathFactory):
    """id -> (the core's worksheet, values recalculated, values as exported)."""
    soffice()
    folder = tmp_path_factory.mktemp("recalc")
    cases: dict[str, tuple[Any, Path, Path | None]] = {}
    for case, changes in EXPORTED.items():
        ws = compute(_deal(example, changes))
        path = folder / f"{case}.xlsx"
        export(ws, path)
        cases[case] = (ws, path, path)
    for case, changes in EDITED.items():
        path = folder / f"{case}.xlsx"
        set_inputs(exported, {name: typed for name, typed, _ in changes}, path)
        deal = _deal(example, [(name, core) for name, _, core in changes])
        cases[case] = (compute(deal), path, None)
    done = recalculate([path for _, path, _ in cases.values()], folder / "engine")
    return {case: (ws, Values(done[path]), Values(original) if original else None)
            for case, (ws, path, original) in cases.items()}


def _problems(ws, values: Values) -> list[str]:
    out = []
    for name, (unit, expected) in expected_cells(ws).items():
        if name not in values:
            out.append(f"{name}: no such name in the workbook")
            continue
        problem = mismatch(unit, expected, values[name])
        if problem:
            out.append(f"{name}: {problem}")
    return out


@pytest.mark.parametrize("case", list(EXPORTED) + list(EDITED))
def test_recalculated_results_equal_the_core(recalculated, case: str) -> None:
    ws, values, _ = recalculated[case]
    assert _problems(ws, values) == []


@pytest.mark.parametrize("case", list(EXPORTED))
def test_every_formula_recalculates_to_its_cached_value(recalculated, case: str) -> None:
    """The cached values (what a reader that does not calculate shows) are
    what the spreadsheet computes: results, checks, reasons, references."""
    _, values, cached = recalculated[case]
    differ = []
    for sheet in cached.book:
        formulas = values.book[sheet.title]
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value is None:
                    continue
                after = formulas[cell.coordinate].value
                problem = None
                if isinstance(cell.value, (int, float)) and not isinstance(cell.value, bool):
                    problem = mismatch("%", Decimal(repr(cell.value)), after)
                elif isinstance(after, dt.datetime) and not isinstance(cell.value, dt.datetime):
                    problem = None  # a date cached as its serial number; compared by name above
                elif cell.value != after:
                    problem = f"cached {cell.value!r}, recalculated {after!r}"
                if problem:
                    differ.append(f"{sheet.title}!{cell.coordinate}: {problem}")
    assert differ == []


@pytest.mark.parametrize("case", list(EXPORTED))
def test_every_input_and_result_keeps_its_name(recalculated, case: str) -> None:
    """The defined names are the dotted names of flatten(), and survive a
    spreadsheet program's save."""
    ws, values, _ = recalculated[case]
    missing = [name for name in flatten(ws) if placed(ws, name) and name not in values]
    assert missing == []


def test_payment_crosses_marine_day(recalculated) -> None:
    _, values, _ = recalculated["edited_prices_and_dates"]
    assert values["schedule.payment_date"] == D(2013, 7, 22)  # Monday 15 July, Marine Day, is skipped
    assert values["check.schedule.payment_in_window"] == "OK"


def test_half_yen_is_rounded_up(recalculated) -> None:
    ws, values, _ = recalculated["edited_sen_and_holidays"]
    assert values["allotment.shares_taken_up"] == 650_100
    assert values["allotment.total_amount_paid"] == 2_131_970_445  # 650,100 x 3,279.45
    assert values["allotment.stated_capital_increase"] == 1_065_985_223  # 1,065,985,222.5 rounded up
    assert ws.value("allotment.stated_capital_increase") == Decimal("1065985223")


def test_a_failed_check_blanks_what_depends_on_it(recalculated) -> None:
    ws, values, _ = recalculated["edited_checks_fail"]
    assert values["check.schedule.payment_in_window"] == (
        "The payment date would be 2013-07-17, outside its window 2013-07-18 to 2013-07-24.")
    assert values["schedule.payment_date"] == values["schedule.delivery_date"] == "—"
    why = values.cell("schedule.payment_date").offset(column=2).value
    assert why == values["check.schedule.payment_in_window"]
    assert values["offering.stated_capital_increase"] == 7_706_684_000  # does not read the offer price


def test_figures_that_disagree_are_shown_with_their_check(recalculated) -> None:
    # Issue 13: an offer price outside its range, a plan that no longer reconciles: shown, and said
    ws, values, _ = recalculated["edited_checks_fail"]
    assert values["check.offering.offer_in_range"] == (
        "The offer price 3,600 yen is outside the provisional range 3,168 to 3,520 yen.")
    assert values["offering.gross_proceeds"] == 3600 * ws.deal.offering.shares_offered == 16_920_000_000
    assert values["over_allotment.proceeds"] == 3600 * ws.deal.over_allotment.shares
    plan = ws.deal.proceeds.facility_plan
    remaining = sum(row.total for row in plan) - sum(row.paid for row in plan)  # 10,119,406 thousand yen
    assert values["proceeds.facility_reconciled"] == int(remaining) // 1000 * 1_000_000 == 10_119_000_000
    assert values["check.proceeds.facility_reconciles"] == (
        "The facility plan leaves 10,119,000,000 yen to be paid (in millions), the capital investment line is "
        "10,122,000,000 yen.")
    assert [f.message for f in ws.findings if f.check == "proceeds.facility_reconciles"] == [
        values["check.proceeds.facility_reconciles"]]


def test_a_rejected_input_keeps_its_results_blank(recalculated) -> None:
    _, values, _ = recalculated["rejected_inputs"]
    assert values["offering.total_amount_paid"] == "—"
    reason = values.cell("offering.total_amount_paid").offset(column=2).value
    assert "4,700,050 shares is not a whole number of units of 100" in reason


def test_a_missing_input_says_what_it_needs(recalculated) -> None:
    _, values, _ = recalculated["missing_and_unreadable"]
    assert values["offering.range_low"] == "—"
    assert values.cell("offering.range_low").offset(column=2).value == "Closing price on the pricing date is blank."
    assert values["schedule.payment_date"] == "—"
    assert values.cell("schedule.payment_date").offset(column=2).value == "Pricing date is blank."


def test_a_deal_closure_moves_the_payment(recalculated) -> None:
    _, values, _ = recalculated["closure_tie_and_treasury"]
    assert values["schedule.payment_date"] == D(2013, 7, 19)


def test_average_rounds_half_a_sen_up(recalculated) -> None:
    ws, values, _ = recalculated["closure_tie_and_treasury"]
    assert ws.value("merger.average_close") == Decimal("2419.51")
    assert round(values["merger.average_close"], 2) == 2419.51


def test_the_article_follows_the_resolution_date(recalculated) -> None:
    ws, values, _ = recalculated["merger_only"]
    assert values["merger.simplified_merger_article"] == ws.value("merger.simplified_merger_article").text() \
        == "Companies Act Art. 796(2)"


def test_text_like_formulas_stay_text_in_a_spreadsheet(recalculated) -> None:
    _, values, _ = recalculated["text_like_formulas"]
    for name, text in HOSTILE_TEXT:
        assert values[name] == text, name
    assert values["merger.holders.0.shares_received"] == 104  # computed beside the holder's name


def test_a_window_without_closes_says_so(recalculated) -> None:
    ws, values, _ = recalculated["merger_only"]
    assert values["merger.average_close"] == "—"
    start = ws.value("merger.average_window_start")
    assert values["check.merger.closes_complete"] == (
        f"{sum(start <= p.day <= D(2013, 10, 31) for p in ws.deal.merger.price_history)} closes for the 50 business days of the window from "
        f"{start.isoformat()} to 2013-10-31.")
    assert values["merger.average_window_start"] == start
