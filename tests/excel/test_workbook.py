"""What an auditor sees: the sheets, the formulas, the styles, the comments,
the print setup and where every word comes from."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from tests.excel.conftest import placed
from worksheet.deal import REGISTRY, Deal, Worksheet, compute
from worksheet.excel import export
from worksheet.excel.names import excel_name
from worksheet.excel.wording import Wording
from worksheet.explain import explain
from worksheet.rules import RowCheck

ENGLISH = Wording("en")


@pytest.fixture(scope="module")
def book(exported: Path) -> openpyxl.Workbook:
    return openpyxl.load_workbook(exported)


def cell(book: openpyxl.Workbook, dotted: str):
    (sheet, coord), = book.defined_names[excel_name(dotted)].destinations
    return book[sheet][coord.replace("$", "")]


def test_sheets_of_the_example(book) -> None:
    # the sections' sheets in the order of the section list
    assert book.sheetnames == ["Summary", "Fiscal figures", "Offering", "Schedule", "Over-allotment",
                               "Use of proceeds", "Merger", "Calendar", "Checks"]


def test_only_the_sections_a_deal_has(example: Deal, tmp_path: Path) -> None:
    merger_only = dataclasses.replace(example, offering=None, schedule=None, over_allotment=None, proceeds=None)
    export(compute(merger_only), tmp_path / "merger.xlsx")
    assert openpyxl.load_workbook(tmp_path / "merger.xlsx").sheetnames == [
        "Summary", "Fiscal figures", "Merger", "Calendar", "Checks"]


def test_a_section_left_out_has_no_sheet(example: Deal, tmp_path: Path) -> None:
    export(compute(example.with_section("merger", False)), tmp_path / "no-merger.xlsx")
    book = openpyxl.load_workbook(tmp_path / "no-merger.xlsx")
    assert "Merger" not in book.sheetnames
    assert not [name for name in book.defined_names if name.startswith(("merger.", "check.merger."))]


def test_every_result_and_check_has_a_formula(ws: Worksheet, book) -> None:
    for name in ws.results:
        assert placed(ws, name) and cell(book, name).value.startswith("="), name
    for check in REGISTRY.checks.values():
        if check.section not in ws.deal.present():
            continue
        if isinstance(check, RowCheck):
            rows = len(ws.deal.get(check.table))
            names = [f"check.{check.table}.{i}.{check.name.rsplit('.', 1)[1]}" for i in range(rows)]
        else:
            names = [f"check.{check.name}"]
        for name in names:
            assert cell(book, name).value.startswith("=IF("), name


@pytest.mark.parametrize("name, pieces", [
    ("offering.stated_capital_increase", ["-INT(-ABS(offering.total_amount_paid/2))"]),
    ("allotment.stated_capital_increase", ["-INT(-ABS(allotment.total_amount_paid/2))"]),
    ("offering.range_low", ["TRUNC(", "offering.close_price*offering.range_low_factor"]),
    ("schedule.payment_date", ["WORKDAY(schedule.pricing_date,schedule.payment_offset,Holidays[Date])",
                               'OR(check.schedule.payment_in_window="OK",check.schedule.payment_in_window="—")']),
    ("schedule.cover_business_days", ["NETWORKDAYS(schedule.cover_start,schedule.cover_end,Holidays[Date])"]),
    ("proceeds.facility_total", ["SUM(ProceedsFacilityPlan[Total (JPY thousand)])"]),
    ("merger.average_close", ["ROUND(AVERAGEIFS(MergerPriceHistory[Closing price (JPY)],"
                              "MergerPriceHistory[In the averaging window],TRUE),2)",
                              'OR(check.merger.closes_complete="OK",check.merger.closes_complete="—")']),
    ("merger.average_window_start", ["WORKDAY(merger.average_end+1,-merger.average_days,Holidays[Date])"]),
    ("merger.shares_delivered", ["SUM(MergerHolders[Shares received])"]),
    ("merger.holders.0.top_up", ["IF(merger.holders.0.odd_lot>0,issuer.share_unit-merger.holders.0.odd_lot,0)"]),
    ("merger.price_history.0.in_window", ["merger.price_history.0.day>=merger.average_window_start",
                                          "merger.price_history.0.day<=merger.average_end"]),
    ("check.offering.whole_units", ["MOD(offering.shares_offered,offering.subscription_unit)=0", '"OK"',
                                    '" shares is not a whole number of units of "']),
])
def test_formulas_state_the_rule(book, name: str, pieces: list[str]) -> None:
    formula = cell(book, name).value
    assert formula.startswith("=")
    for piece in pieces:
        assert piece in formula, formula


def test_every_result_has_its_rule_as_a_comment(ws: Worksheet, book) -> None:
    for name in ws.results:
        if name not in REGISTRY.rules:  # a row's result: its table's column heading says what it is
            continue
        comment = cell(book, name).comment
        assert comment is not None and comment.text.startswith(explain(name)), name


def test_inputs_and_results_are_styled(ws: Worksheet, book) -> None:
    assert cell(book, "offering.amount_paid").style == "Deal input"
    assert cell(book, "proceeds.facility_plan.0.total").style == "Deal input"
    assert cell(book, "offering.stated_capital_increase").style == "Deal result"
    assert cell(book, "offering.stated_capital_increase").font.color.rgb.endswith("000000")
    assert cell(book, "offering.amount_paid").font.color.rgb.endswith("0000FF")


@pytest.mark.parametrize("name, number_format", [
    ("offering.stated_capital_increase", "#,##0"), ("offering.amount_paid", "#,##0.00"),
    ("offering.offer_price", "#,##0"), ("offering.amount_paid", "#,##0.00"), ("offering.discount_as_stated", "0.00%"),
    ("shares.issued_after_allotment", "#,##0"),
    ("shares.dilution", "0.00%"), ("shares.dilution_as_stated", "0.0%"), ("schedule.payment_date", "yyyy-mm-dd"),
    ("schedule.pricing_date", "yyyy-mm-dd"), ("over_allotment.cap_ratio", "0.0%"), ("offering.range_low_factor", "0.00"),
    ("proceeds.facility_total", "#,##0"),
])
def test_bankers_formats(book, name: str, number_format: str) -> None:
    assert cell(book, name).number_format == number_format


@pytest.fixture(scope="module")
def japanese_book(ws: Worksheet, tmp_path_factory: pytest.TempPathFactory) -> openpyxl.Workbook:
    path = tmp_path_factory.mktemp("japanese") / "ja.xlsx"
    export(ws, path, language="ja")
    return openpyxl.load_workbook(path)


@pytest.mark.parametrize("name, number_format", [
    ("schedule.payment_date", 'yyyy"年"m"月"d"日"'), ("schedule.pricing_date", 'yyyy"年"m"月"d"日"'),
    ("offering.stated_capital_increase", '#,##0;"△"#,##0'), ("offering.amount_paid", '#,##0.00;"△"#,##0.00'),
    ("shares.dilution", '0.00%;"△"0.00%'), ("issuer.fiscal_years.2.net_income", '#,##0;"△"#,##0'),
])
def test_a_japanese_workbook_prints_dates_and_negatives_as_releases_do(japanese_book, book, name: str,
                                                                       number_format: str) -> None:
    """2013年7月18日 and △6 by their formats alone: an input holds the same
    value as in the English workbook (a formula differs only by the table
    headings it names, which are Japanese)."""
    assert cell(japanese_book, name).number_format == number_format
    if not str(cell(book, name).value).startswith("="):
        assert cell(japanese_book, name).value == cell(book, name).value


def test_frozen_headers_and_print_setup(book, ws: Worksheet) -> None:
    for sheet in book.worksheets:
        assert sheet.freeze_panes, sheet.title
        assert sheet.page_setup.orientation == "landscape", sheet.title
        assert sheet.page_setup.fitToWidth == 1 and sheet.sheet_properties.pageSetUpPr.fitToPage, sheet.title
        assert sheet.oddHeader.center.text == ws.deal.title, sheet.title
        assert sheet.column_dimensions["A"].width >= 11, sheet.title


@pytest.mark.parametrize("language", ["en", "ja"])
def test_a_sheet_a_little_taller_than_a_page_prints_on_one(ws: Worksheet, tmp_path, language: str) -> None:
    """The Schedule (41 rows) left three of its checks alone on a second
    page; the Merger (over 150 rows) still prints on as many pages as it needs."""
    from worksheet.excel.page import PAGE_HEIGHT, SHRINK_ONTO_ONE_PAGE, height

    export(ws, tmp_path / "deal.xlsx", language=language)
    sheets = openpyxl.load_workbook(tmp_path / "deal.xlsx").worksheets
    schedule, merger = sheets[3], sheets[6]
    assert PAGE_HEIGHT < height(schedule) <= SHRINK_ONTO_ONE_PAGE * PAGE_HEIGHT
    assert schedule.page_setup.fitToHeight == 1
    assert height(merger) > 2 * PAGE_HEIGHT and merger.page_setup.fitToHeight == 0


def test_tables(book) -> None:
    tables = {name: sheet.title for sheet in book.worksheets for name in sheet.tables}
    assert tables == {"IssuerFiscalYears": "Fiscal figures", "ProceedsLines": "Use of proceeds",
                      "ProceedsFacilityPlan": "Use of proceeds", "MergerHolders": "Merger",
                      "MergerPriceHistory": "Merger", "Holidays": "Calendar", "Findings": "Checks", "Stated": "Checks"}
    last = cell(book, "proceeds.facility_plan.5.paid").row
    assert book["Use of proceeds"].tables["ProceedsFacilityPlan"].ref.endswith(str(last))
    # a table's per-row results and checks are columns of it
    verdict = cell(book, "check.proceeds.facility_plan.5.paid_within_total")
    assert verdict.row == last and verdict.parent.title == "Use of proceeds"
    assert cell(book, "merger.holders.0.shares_received").row == cell(book, "merger.holders.0.shares").row


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
        assert (ENGLISH.text(f"severity.{finding.severity.value}"), finding.rule, finding.message, finding.path) in rows


def test_labels_come_from_the_catalogue_and_the_core(ws: Worksheet, book) -> None:
    keys = ("summary", "fiscal", "calendar", "checks") + tuple(k for k, s in REGISTRY.sections.items() if s.sheet)
    assert set(book.sheetnames) <= {ENGLISH.sheet(key) for key in keys}
    for name in ("offering.stated_capital_increase", "schedule.payment_date", "merger.average_close"):
        label_cell = cell(book, name).offset(column=-1)
        assert label_cell.value == REGISTRY.rules[name].label == ws.results[name].label
    assert cell(book, "offering.amount_paid").offset(column=-1).value == "Amount to be paid"
