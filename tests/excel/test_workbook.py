"""What an auditor sees: the sheets, the formulas, the styles, the comments,
the print setup and where every word comes from."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from worksheet.deal import Deal, Worksheet, compute
from worksheet.engine import RULES
from worksheet.excel import export
from worksheet.excel.formulas import FORMULAS
from worksheet.excel.labels import ENGLISH
from worksheet.excel.names import excel_name


@pytest.fixture(scope="module")
def book(exported: Path) -> openpyxl.Workbook:
    return openpyxl.load_workbook(exported)


def cell(book: openpyxl.Workbook, dotted: str):
    (sheet, coord), = book.defined_names[excel_name(dotted)].destinations
    return book[sheet][coord.replace("$", "")]


def test_sheets_of_the_example(book) -> None:
    assert book.sheetnames == ["Summary", "Fiscal figures", "Offering", "Over-allotment", "Schedule",
                               "Use of proceeds", "Merger", "Calendar", "Checks"]


def test_only_the_sections_a_deal_has(example: Deal, tmp_path: Path) -> None:
    merger_only = dataclasses.replace(example, offering=None, schedule=None, over_allotment=None, proceeds=None)
    export(compute(merger_only), tmp_path / "merger.xlsx")
    assert openpyxl.load_workbook(tmp_path / "merger.xlsx").sheetnames == [
        "Summary", "Fiscal figures", "Merger", "Calendar", "Checks"]


def test_every_rule_has_a_formula() -> None:
    assert set(RULES) - {"merger.holder_allocations"} <= set(FORMULAS)


@pytest.mark.parametrize("name, pieces", [
    ("offering.stated_capital_increase", ["ROUNDUP(offering.total_amount_paid/2,0)"]),
    ("allotment.stated_capital_increase", ["ROUNDUP(allotment.total_amount_paid/2,0)"]),
    ("offering.range_low", ["ROUNDDOWN(", "offering.close_price*offering.range_low_factor"]),
    ("schedule.payment_date", ["WORKDAY(schedule.pricing_date,schedule.payment_offset,Holidays[Date])",
                               'check.payment_in_window<>"OK"']),
    ("schedule.cover_business_days", ["NETWORKDAYS(schedule.cover_start,schedule.cover_end,Holidays[Date])"]),
    ("proceeds.facility_total", ["SUM(FacilityPlan[Total (JPY thousand)])"]),
    ("merger.average_close", ["ROUND(AVERAGEIFS(PriceHistory[Closing price (JPY)],PriceHistory[In the averaging window],TRUE),2)"]),
    ("merger.average_window_start", ["WORKDAY(merger.average_end+1,-merger.average_days,Holidays[Date])"]),
    ("merger.shares_delivered", ["SUM(Allocations[Shares received])"]),
])
def test_formulas_state_the_rule(book, name: str, pieces: list[str]) -> None:
    formula = cell(book, name).value
    assert formula.startswith("=")
    for piece in pieces:
        assert piece in formula, formula


def test_every_result_has_its_rule_as_a_comment(ws: Worksheet, book) -> None:
    for name, found in ws.results.items():
        if name == "merger.holder_allocations":
            continue
        comment = cell(book, name).comment
        assert comment is not None and comment.text.startswith(found.rule), name


def test_inputs_and_results_are_styled(ws: Worksheet, book) -> None:
    assert cell(book, "offering.amount_paid").style == "Deal input"
    assert cell(book, "proceeds.facility_plan.0.total").style == "Deal input"
    assert cell(book, "offering.stated_capital_increase").style == "Deal result"
    assert cell(book, "offering.stated_capital_increase").font.color.rgb.endswith("000000")
    assert cell(book, "offering.amount_paid").font.color.rgb.endswith("0000FF")


@pytest.mark.parametrize("name, number_format", [
    ("offering.stated_capital_increase", "#,##0"), ("offering.amount_paid", "#,##0.00"),
    ("offering.offer_price_checked", "#,##0.00"), ("shares.issued_after_allotment", "#,##0"),
    ("shares.dilution", "0.00%"), ("shares.dilution_as_stated", "0.0%"), ("schedule.payment_date", "yyyy-mm-dd"),
    ("schedule.pricing_date", "yyyy-mm-dd"), ("over_allotment.cap_ratio", "0.0%"), ("offering.range_low_factor", "0.00"),
    ("proceeds.facility_total", "#,##0"),
])
def test_bankers_formats(book, name: str, number_format: str) -> None:
    assert cell(book, name).number_format == number_format


def test_frozen_headers_and_print_setup(book, ws: Worksheet) -> None:
    for sheet in book.worksheets:
        assert sheet.freeze_panes, sheet.title
        assert sheet.page_setup.orientation == "landscape", sheet.title
        assert sheet.page_setup.fitToWidth == 1 and sheet.sheet_properties.pageSetUpPr.fitToPage, sheet.title
        assert sheet.oddHeader.center.text == ws.deal.title, sheet.title
        assert sheet.column_dimensions["A"].width >= 11, sheet.title


def test_tables(book) -> None:
    tables = {name: sheet.title for sheet in book.worksheets for name in sheet.tables}
    assert tables == {"FiscalFigures": "Fiscal figures", "UsesOfProceeds": "Use of proceeds",
                      "FacilityPlan": "Use of proceeds", "Holders": "Merger", "PriceHistory": "Merger",
                      "Allocations": "Merger", "Holidays": "Calendar", "Findings": "Checks",
                      "StatedFigures": "Checks"}
    assert book["Use of proceeds"].tables["FacilityPlan"].ref.endswith(str(cell(book, "proceeds.facility_plan.5.paid").row))


def test_the_calendar_has_the_holidays_the_dates_need(book) -> None:
    rows = [(r[0].value, r[2].value) for r in book["Calendar"].iter_rows(min_row=1) if isinstance(r[0].value, dt.datetime)]
    days = {day.date(): name for day, name in rows}
    assert days[dt.date(2013, 7, 15)] == "Marine Day"
    assert days[dt.date(2013, 9, 23)] == "Autumnal Equinox Day"
    assert dt.date(2013, 12, 31) in days  # the exchange's year-end closure
    assert all(day.weekday() < 5 for day in days)


def test_the_checks_sheet_lists_every_finding(ws: Worksheet, book) -> None:
    sheet = book["Checks"]
    rows = {(r[0].value, r[2].value, r[3].value, r[4].value) for r in sheet.iter_rows()}
    for finding in ws.findings:
        assert (ENGLISH(finding.severity.value), finding.rule, finding.message, finding.path) in rows


def test_labels_come_from_the_catalogue_and_the_core(ws: Worksheet, book) -> None:
    assert set(book.sheetnames) <= set(ENGLISH.sheets.values())
    for name in ("offering.stated_capital_increase", "schedule.payment_date", "merger.average_close"):
        label_cell = cell(book, name).offset(column=-1)
        assert label_cell.value == RULES[name].label
    assert cell(book, "offering.amount_paid").offset(column=-1).value == "Amount to be paid"
