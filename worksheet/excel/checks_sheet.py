"""The Checks sheet: every finding of the core's checks when the deal was
exported, every check the workbook recalculates, and the figures as the
releases state them beside the computed ones."""

from __future__ import annotations

from openpyxl.worksheet.hyperlink import Hyperlink

from worksheet import schema
from worksheet.excel import styles
from worksheet.excel.book import Book
from worksheet.excel.names import excel_name
from worksheet.excel.plan import CHECKS, FINDINGS_TABLE
from worksheet.excel.printer import cached, check_name, reference
from worksheet.excel.sheet import Sheet
from worksheet.findings import Severity
from worksheet.naming import label_text


def checks_sheet(book: Book) -> None:
    cat, ws = book.cat, book.worksheet
    s = Sheet(book, CHECKS)
    s.title(cat.heading("checks"), ws.deal.title)
    _findings(s)
    live = [c for key in book.plan.sheets for c in book.plan.checks_of_sheet.get(key, ())]
    if live:
        s.block(cat.heading("live_checks"))
        for check in live:
            name = check_name(check)
            s.text(s.row, 1, cat.text(check.name), styles.LABEL)
            title, coord = book.defined[name]  # written on its section's sheet
            cell = s.formula(s.row, 2, reference(name), book.cached[title][coord], style=styles.CHECK)
            s.check_cells.append(cell.coordinate)
            s.text(s.row, 5, excel_name(name), styles.NAME)
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
        severity = s.text(s.row, 1, cat.text(f"severity.{finding.severity.value}"), styles.CHECK)
        severity.font = styles.ERROR_FONT if finding.severity is Severity.ERROR else styles.WARNING_FONT
        s.text(s.row, 2, label_text(finding.path, cat.language) if finding.path else "", styles.CHECK)
        s.text(s.row, 3, finding.rule_text(cat.language), styles.CHECK)
        s.text(s.row, 4, finding.text(cat.language), styles.CHECK)
        name = s.text(s.row, 5, excel_name(finding.path) if finding.path else "", styles.NAME)
        if finding.path in book.defined:
            name.hyperlink = Hyperlink(ref=name.coordinate, location=excel_name(finding.path), display=name.value)
        s.row += 1
    s.table_end(table, first, inputs=False)
    if not book.worksheet.findings:
        s.text(first, 4, cat("no_findings"), styles.NOTE)


def _stated(s: Sheet) -> None:
    """Each stated figure, and beside it the figure the workbook computes."""
    book = s.book
    deal, results = book.worksheet.deal, book.worksheet.results
    if not deal.stated:
        return
    table = book.plan.tables["stated"]
    fields = schema.fields_of(type(deal.stated[0]))
    first = s.table_header(table, s.cat.text("stated"))
    for i, figure in enumerate(deal.stated):
        for col, (name, info) in enumerate(fields.items(), start=1):
            s.input_cell(s.row, col, f"stated.{i}.{name}", info.kind, getattr(figure, name))
        found = results.get(figure.result)
        col = len(fields) + 1
        if found is not None and figure.result in book.defined:
            s.formula(s.row, col, reference(figure.result), cached(found.value, s.cat.language, book.plan.blank),
                      number_format=s.result_format(figure.result, found.value), unit=found.unit)
        else:
            s.text(s.row, col, book.plan.blank, styles.RESULT)
        s.row += 1
    s.table_end(table, first)
