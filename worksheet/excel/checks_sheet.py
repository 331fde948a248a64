"""The Checks sheet: every finding of the core's checks when the deal was
exported, the checks the workbook recalculates, and the figures as the
releases state them beside the computed ones."""

from __future__ import annotations

from openpyxl.worksheet.hyperlink import Hyperlink

from worksheet import schema
from worksheet.engine import RULES
from worksheet.excel import styles
from worksheet.excel.book import Book
from worksheet.excel.expressions import render_reference
from worksheet.excel.names import excel_name
from worksheet.excel.plan import FINDINGS_TABLE
from worksheet.excel.reasons import field_label
from worksheet.excel.sheet import Sheet
from worksheet.findings import Severity


def checks_sheet(book: Book) -> None:
    cat, ws = book.cat, book.worksheet
    s = Sheet(book, "checks")
    s.title(cat.heading("checks"), ws.deal.title)
    _findings(s)
    if book.plan.checks:
        s.block(cat.heading("live_checks"))
        for name in book.plan.checks:
            s.text(s.row, 1, cat.check_label(name), styles.LABEL)
            title, coord = book.defined[f"check.{name}"]  # written on its section's sheet
            value = book.cached[title][coord]
            cell = s.formula(s.row, 2, render_reference(f"check.{name}"), value, style=styles.CHECK)
            s.check_cells.append(cell.coordinate)
            s.text(s.row, 5, excel_name(f"check.{name}"), styles.NAME)
            s.row += 1
    _stated(s)
    s.finish(ws.deal)


def _findings(s: Sheet) -> None:
    cat, book = s.cat, s.book
    table = book.plan.tables[FINDINGS_TABLE]
    first = s.table_header(table, cat.heading("findings"))
    s.header_row = first - 1
    s.ws.freeze_panes = s.cell(first, 1).coordinate
    for finding in book.worksheet.findings:
        severity = s.text(s.row, 1, cat(finding.severity.value), styles.CHECK)
        severity.font = styles.ERROR_FONT if finding.severity is Severity.ERROR else styles.WARNING_FONT
        s.text(s.row, 2, _field(finding.path, s), styles.CHECK)
        s.text(s.row, 3, finding.rule, styles.CHECK)
        s.text(s.row, 4, finding.message, styles.CHECK)
        name = s.text(s.row, 5, excel_name(finding.path) if finding.path else "", styles.NAME)
        if finding.path in book.defined:
            name.hyperlink = Hyperlink(ref=name.coordinate, location=excel_name(finding.path), display=name.value)
        s.row += 1
    s.table_end(table, first, inputs=False)
    if not book.worksheet.findings:
        s.text(first, 4, cat("no_findings"), styles.NOTE)


def _field(path: str, s: Sheet) -> str:
    if path in RULES:
        return s.cat.result_label(path, RULES[path].label)
    try:
        return field_label(path, s.cat)
    except (KeyError, AttributeError, ValueError):
        return path


def _stated(s: Sheet) -> None:
    """Each stated figure, and beside it the figure the workbook computes."""
    book = s.book
    deal, results = book.worksheet.deal, book.worksheet.results
    table = book.plan.tables["stated"]
    fields = schema.fields_of(type(deal.stated[0])) if deal.stated else None
    if fields is None:
        return
    first = s.table_header(table, s.cat.input_label("stated", schema.fields_of(type(deal))["stated"].label))
    for i, figure in enumerate(deal.stated):
        for col, (name, info) in enumerate(fields.items(), start=1):
            s.input_cell(s.row, col, f"stated.{i}.{name}", info.kind, getattr(figure, name))
        found = results.get(figure.result)
        col = len(fields) + 1
        if found is not None and not isinstance(found.value, tuple):
            cached = s.cat("blank") if found.value is None else found.value
            s.formula(s.row, col, render_reference(figure.result), cached,
                      number_format=styles.result_format(figure.result, found.unit, found.value), unit=found.unit)
        else:
            s.text(s.row, col, s.cat("blank"), styles.RESULT)
        s.row += 1
    s.table_end(table, first)
