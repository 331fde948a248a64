"""The section sheets (Offering, Over-allotment, Schedule, Use of proceeds,
Merger) and the Fiscal figures sheet: the section's inputs, its results,
then its tables."""

from __future__ import annotations

import datetime as dt

from worksheet import schema
from worksheet.excel import styles
from worksheet.excel.book import Book
from worksheet.excel.expressions import render
from worksheet.excel.formulas import allocation_row, in_window
from worksheet.excel.live_checks import CHECKS
from worksheet.excel.plan import ALLOCATION_KEYS, ALLOCATIONS, TABLES_OF_SHEET, rows_path_fields
from worksheet.excel.sheet import Sheet
from worksheet.kinds import TextKind

ALLOCATION_FORMATS = {"fraction": styles.GENERAL}


def section_sheet(book: Book, key: str) -> None:
    cat, deal = book.cat, book.worksheet.deal
    s = Sheet(book, key)
    s.title(cat.heading(key), deal.title, ((cat("inputs_note"), styles.NOTE),))
    s.header()
    part = getattr(deal, key)
    s.block(cat.heading("inputs"))
    for name, info in schema.fields_of(type(part)).items():
        if info.kind is not None:
            s.input_row(f"{key}.{name}", info, getattr(part, name))
    results = [r for r in book.plan.results_of_sheet.get(key, ()) if r != ALLOCATIONS]
    if results:
        s.block(cat.heading("results"))
        for name in results:
            s.result_row(name)
    for name in book.plan.checks:
        if CHECKS[name].table and CHECKS[name].table.startswith(key + "."):
            s.check_row(name)
    for path in TABLES_OF_SHEET.get(key, ()):
        input_table(s, path)
    if key == "merger" and ALLOCATIONS in book.worksheet.results:
        allocations_table(s)
    s.finish(deal)


def fiscal_sheet(book: Book) -> None:
    s = Sheet(book, "fiscal")
    s.title(book.cat.heading("fiscal"), book.worksheet.deal.title)
    input_table(s, "issuer.fiscal_years", freeze=True)
    s.finish(book.worksheet.deal)


def input_table(s: Sheet, path: str, *, freeze: bool = False) -> None:
    """An input table: one named input cell per field of each row, and its
    computed columns."""
    book, deal = s.book, s.book.worksheet.deal
    table = book.plan.tables[path]
    heading = s.cat.input_label(path, schema.field_info_at(type(deal), path).label)
    first = s.table_header(table, heading)
    if freeze:
        s.header_row = first - 1
        s.ws.freeze_panes = s.cell(first, 1).coordinate
    fields = rows_path_fields(path)
    for i, row in enumerate(deal.get(path) or ()):
        for col, (name, info) in enumerate(fields.items(), start=1):
            s.input_cell(s.row, col, f"{path}.{i}.{name}", info.kind, getattr(row, name),
                         wrap=isinstance(info.kind, TextKind))
        if path == "merger.price_history":
            _in_window_cell(s, i, row.day, len(fields) + 1)
        s.row += 1
    s.table_end(table, first)


def _in_window_cell(s: Sheet, i: int, day: object, col: int) -> None:
    ws = s.book.worksheet
    start = ws.results.get("merger.average_window_start")
    if start is None or start.value is None or not isinstance(day, dt.date) or ws.deal.merger.average_end is None:
        cached: object = s.cat("blank")
    else:
        cached = start.value <= day <= ws.deal.merger.average_end and ws.deal.calendar().is_business_day(day)
    s.formula(s.row, col, render(in_window(i), s.book.refs), cached)


def allocations_table(s: Sheet) -> None:
    """The allotment by shareholder, every figure a formula over the holder's
    shares, the ratio and the share unit."""
    book = s.book
    found = book.worksheet.results[ALLOCATIONS]
    listed = bool(book.worksheet.deal.merger.holders)
    table = book.plan.tables[ALLOCATIONS]
    first = s.table_header(table, s.cat.result_label(ALLOCATIONS, found.label))
    for i in range(table.rows):
        formulas = allocation_row(book.refs, i, listed)
        for col, key in enumerate(ALLOCATION_KEYS, start=1):
            if found.value is not None:
                cached = found.value[i][key]
            else:  # the table is blank, but the holder and the shares held are the inputs'
                cached = _held(book, i, listed).get(key, s.cat("blank"))
            if formulas[key] is None:
                cell = s.text(s.row, col, cached, styles.RESULT)
            else:
                cell = s.formula(s.row, col, render(formulas[key], book.refs), cached,
                                 number_format=ALLOCATION_FORMATS.get(key, styles.WHOLE), unit="shares")
            book.define(f"{ALLOCATIONS}.{i}.{key}", cell)
        s.comment(s.cell(s.row, 3), found.rule)
        s.row += 1
    s.table_end(table, first)
    # The table result's own name stands for the whole table.
    book.define(ALLOCATIONS, s.ws[f"A{first}:{s.cell(s.row - 1, len(ALLOCATION_KEYS)).coordinate}"])


def _held(book: Book, row: int, listed: bool) -> dict[str, object]:
    """The holder and the shares held of an allocation row, from the inputs."""
    blank = book.cat("blank")
    if listed:
        holder = book.worksheet.deal.merger.holders[row]
        shares = holder.shares if isinstance(holder.shares, int) else blank
        return {"holder": holder.name, "shares_held": shares}
    allotted = book.worksheet.results.get("merger.shares_allotted_on")
    return {"shares_held": blank if allotted is None or allotted.value is None else allotted.value}
