"""The Calendar sheet: the weekdays the exchange is closed over the years the
deal's business-day dates fall in, and the closures the deal adds. Every
WORKDAY and NETWORKDAYS formula skips the dates of its table."""

from __future__ import annotations

import datetime as dt

from worksheet import schema
from worksheet.calendar import TseCalendar
from worksheet.deal import Closure, Worksheet
from worksheet.excel import styles
from worksheet.excel.book import Book
from worksheet.excel.plan import HOLIDAYS_TABLE
from worksheet.excel.sheet import Sheet

BUSINESS_DAY_SECTIONS = ("schedule",)
MERGER_WINDOW = ("merger.average_end", "merger.average_window_start")


def business_day_dates(ws: Worksheet) -> list[dt.date]:
    """The dates a business-day rule starts from, ends on or looks at: the
    schedule's, and the merger's price window and price history."""
    found = []
    for path, _, current in schema.walk(ws.deal):
        top = path.split(".")[0]
        if isinstance(current, dt.date) and (top in BUSINESS_DAY_SECTIONS or path in MERGER_WINDOW
                                             or path.startswith("merger.price_history.")):
            found.append(current)
    for name, result in ws.results.items():
        if isinstance(result.value, dt.date) and (name.split(".")[0] in BUSINESS_DAY_SECTIONS or name in MERGER_WINDOW):
            found.append(result.value)
    return found


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
    s = Sheet(book, "calendar")
    years = span(ws)
    note = cat("calendar_note", start=years[0].isoformat(), end=years[1].isoformat()) if years else cat("calendar_empty")
    s.title(cat.heading("calendar"), ws.deal.title, ((note, styles.NOTE),))
    s.ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=4)
    s.ws.row_dimensions[3].height = 40
    s.cell(3, 1).alignment = styles.WRAP
    table = book.plan.tables[HOLIDAYS_TABLE]
    first = s.table_header(table, cat.heading("holidays"))
    s.header_row = first - 1
    s.ws.freeze_panes = s.cell(first, 1).coordinate
    if years:
        for day, name in TseCalendar().non_business_days(*years):
            cell = s.cell(s.row, 1)
            cell.style = styles.RESULT
            cell.value, cell.number_format = day, styles.DATE
            s.measure(cell, day.isoformat())
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
    date_cell = s.cell(s.row, 1).coordinate
    cached = s.cat.weekdays[day.weekday()] if isinstance(day, dt.date) else ""
    s.formula(s.row, 2, f'=IF(ISNUMBER({date_cell}),TEXT({date_cell},"ddd"),"")', cached, style=styles.UNIT)
