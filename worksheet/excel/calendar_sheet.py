"""The Calendar sheet: the weekdays the exchange is closed over the years the
deal's business-day dates fall in, and the closures the deal adds. Every
WORKDAY and NETWORKDAYS formula skips the dates of its table."""

from __future__ import annotations

import datetime as dt

from worksheet import schema
from worksheet.calendar import TseCalendar
from worksheet.deal import REGISTRY, Closure, Worksheet
from worksheet.expressions import DayFunction, Field
from worksheet.naming import generic
from worksheet.rules import Rule
from worksheet.excel import styles
from worksheet.excel.book import Book
from worksheet.excel.plan import CALENDAR, HOLIDAYS_TABLE
from worksheet.excel.printer import text_literal
from worksheet.excel.sheet import Sheet

def _day_reads() -> tuple[set[str], set[str]]:
    """The inputs (generic paths) and results the business-day functions of
    the rules read: the dates the Calendar must cover."""
    fields: set[str] = set()
    rules: set[str] = set()
    for node in list(REGISTRY.rules.values()) + list(REGISTRY.checks.values()):
        exprs = [node.expr] if isinstance(node, Rule) else list(node.expressions())
        for expr in exprs:
            for found in expr.walk():
                if isinstance(found, DayFunction):
                    for arg in found.args:
                        for read in arg.walk():
                            if isinstance(read, Rule):
                                rules.add(read.name)
                            elif isinstance(read, Field):
                                fields.add(read.path)
    return fields, rules


def business_day_dates(ws: Worksheet) -> list[dt.date]:
    """The dates a business-day rule starts from, ends on or looks at."""
    fields, rules = _day_reads()
    present = ws.deal.present()
    found = [current for path, _, current in schema.walk(ws.deal)
             if isinstance(current, dt.date) and path.split(".")[0] in present
             and (path in fields or _row_generic(path) in fields)]
    found += [r.value for name, r in ws.results.items() if isinstance(r.value, dt.date) and generic(name) in rules]
    return found


def _row_generic(path: str) -> str:
    """``merger.price_history.3.day`` -> ``merger.price_history.*.day``."""
    return ".".join("*" if part.isdigit() else part for part in path.split("."))


def span(ws: Worksheet) -> tuple[dt.date, dt.date] | None:
    """Whole calendar years around those dates; the next year too when one
    falls in December, for the business days that roll over into January."""
    dates = business_day_dates(ws)
    if not dates:
        return None
    first, last = min(dates), max(dates)
    end_year = last.year + (1 if any(d.month == 12 for d in dates) else 0)
    return dt.date(first.year, 1, 1), dt.date(end_year, 12, 31)


def calendar_sheet(book: Book) -> None:
    cat, ws = book.cat, book.worksheet
    s = Sheet(book, CALENDAR)
    years = span(ws)
    note = cat("calendar_note", start=years[0], end=years[1]) if years else cat("calendar_empty")  # dates as the language writes them
    s.title(cat.heading("calendar"), ws.deal.title, ((note, styles.NOTE),))
    s.ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=4)
    s.ws.row_dimensions[3].height = 40
    s.cell(3, 1).alignment = styles.WRAP
    table = book.plan.tables[HOLIDAYS_TABLE]
    first = s.table_header(table, cat.heading("holidays"))
    s.header_row = first - 1
    s.ws.freeze_panes = s.cell(first, 1).coordinate
    if years:
        for day, name in TseCalendar().non_business_days(*years, language=cat.language):
            cell = s.cell(s.row, 1)
            styles.apply(cell, styles.RESULT)
            cell.value, cell.number_format = day, styles.in_language(styles.DATE, cat.language)
            s.measure(cell, s.shown("date", day))
            _weekday(s, day)
            s.text(s.row, 3, name, styles.LABEL)
            s.text(s.row, 4, cat("exchange_calendar"), styles.LABEL)
            s.row += 1
    fields = schema.fields_of(Closure)
    for i, closure in enumerate(ws.deal.closures):
        s.input_cell(s.row, 1, f"closures.{i}.day", fields["day"].kind, closure.day)
        _weekday(s, closure.day)
        s.input_cell(s.row, 3, f"closures.{i}.name", fields["name"].kind, closure.name)
        s.text(s.row, 4, cat("deal_closure"), styles.LABEL)
        s.row += 1
    s.table_end(table, first)
    s.finish(ws.deal)


def _weekday(s: Sheet, day: object) -> None:
    """The day of the week in the workbook's language, whatever the
    spreadsheet program's own language (TEXT(..,"ddd") would follow it)."""
    date_cell = s.cell(s.row, 1).coordinate
    cached = s.cat.weekday(day.weekday()) if isinstance(day, dt.date) else ""
    names = ",".join(text_literal(s.cat.weekday(i)) for i in range(7))
    s.formula(s.row, 2, f'=IF(ISNUMBER({date_cell}),CHOOSE(WEEKDAY({date_cell},2),{names}),"")', cached,
              style=styles.UNIT)
