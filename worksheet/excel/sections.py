"""The section sheets (one per section that declares a sheet) and the
Fiscal figures sheet: the section's inputs, its results, its checks, then
its tables with their per-row results and checks as columns."""

from __future__ import annotations

from worksheet import schema
from worksheet.deal import REGISTRY
from worksheet.excel import styles
from worksheet.excel.book import Book
from worksheet.excel.plan import FISCAL
from worksheet.excel.printer import cached, result_formula
from worksheet.excel.sheet import Sheet
from worksheet.kinds import TextKind
from worksheet.naming import generic


def section_sheet(book: Book, key: str) -> None:
    cat, deal = book.cat, book.worksheet.deal
    s = Sheet(book, key)
    s.title(cat.text(key), deal.title, ((cat("inputs_note"), styles.NOTE),))
    s.header()
    part = getattr(deal, key)
    s.block(cat.heading("inputs"))
    for name, info in schema.fields_of(type(part)).items():
        if info.kind is not None:
            s.input_row(f"{key}.{name}", info, getattr(part, name))
    write_results_and_checks(s, key)
    for path in book.plan.tables_of_sheet.get(key, ()):
        input_table(s, path)
    s.finish(deal)


def write_results_and_checks(s: Sheet, key: str) -> None:
    plan = s.book.plan
    if plan.results_of_sheet.get(key):
        s.block(s.cat.heading("results"))
        for rule in plan.results_of_sheet[key]:
            s.result_row(rule)
    if plan.checks_of_sheet.get(key):
        s.block(s.cat.heading("section_checks"))
        for check in plan.checks_of_sheet[key]:
            s.check_row(check)


def fiscal_sheet(book: Book) -> None:
    s = Sheet(book, FISCAL)
    s.title(book.cat.heading("fiscal"), book.worksheet.deal.title)
    for path in book.plan.tables_of_sheet.get(FISCAL, ()):
        input_table(s, path, freeze=True)
    s.finish(book.worksheet.deal)


def input_table(s: Sheet, path: str, *, freeze: bool = False) -> None:
    """A table of the deal: one named input cell per field of each row, then
    a formula cell per per-row result and per-row check."""
    book, deal = s.book, s.book.worksheet.deal
    plan = book.plan
    table = plan.tables[path]
    first = s.table_header(table, s.cat.text(generic(path)))
    if freeze:
        s.header_row = first - 1
        s.ws.freeze_panes = s.cell(first, 1).coordinate
    fields = schema.fields_of(schema.field_info_at(REGISTRY.deal_cls, path).row)
    rules = plan.row_rules(path)
    checks = plan.row_checks(path)
    for i, row in enumerate(deal.get(path) or ()):
        col = 1
        for name, info in fields.items():
            s.input_cell(s.row, col, f"{path}.{i}.{name}", info.kind, getattr(row, name),
                         wrap=isinstance(info.kind, TextKind))
            col += 1
        px = book.px.at_row(i)
        for rule in rules:
            found = book.worksheet.results.get(f"{path}.{i}.{rule.column}")
            value = found.value if found is not None else None
            cell = s.formula(s.row, col, result_formula(rule.expr, px), cached(value, s.cat.language, plan.blank),
                             number_format=s.result_format(rule.name, value), unit=rule.unit)
            book.define(f"{path}.{i}.{rule.column}", cell)
            s.value_cells.append(cell.coordinate)
            col += 1
        for check in checks:
            s.check_cell(s.row, col, check, i)
            col += 1
        s.row += 1
    s.table_end(table, first)
