"""Excel export: one workbook per deal that an auditor can follow and a
spreadsheet program recalculates to the core's figures.

Inputs sit in labelled input cells with defined names matching the dotted
names of the core (``offering.amount_paid``); every result is a live
formula over those names, carries the core's figure as its cached value
and its rule as a comment. See ``formulas.py`` for the formulas,
``cached_values.py`` for how cached values are written, ``names.py`` for
the name mapping.

This package is the only place that imports openpyxl.
"""

from __future__ import annotations

import os
from typing import Callable

from worksheet.deal import Worksheet
from worksheet.excel.book import Book
from worksheet.excel.calendar_sheet import calendar_sheet
from worksheet.excel.checks_sheet import checks_sheet
from worksheet.excel.output import ExportError, write
from worksheet.excel.sections import fiscal_sheet, section_sheet
from worksheet.excel.summary import summary_sheet

__all__ = ["export", "workbook_bytes", "ExportError"]

Progress = Callable[[float], None]


SHEETS: dict[str, Callable[[Book], None]] = {
    "summary": summary_sheet, "fiscal": fiscal_sheet, "calendar": calendar_sheet, "checks": checks_sheet,
}  # any other key is a section's sheet


def _write_sheet(book: Book, key: str) -> None:
    if key in SHEETS:
        SHEETS[key](book)
    else:
        section_sheet(book, key)


def workbook_bytes(worksheet: Worksheet, progress: Progress | None = None, *, language: str = "en") -> bytes:
    """The workbook of ``worksheet`` as the bytes of an .xlsx file."""
    report = progress or (lambda fraction: None)
    report(0.0)
    book = Book(worksheet, language)
    for i, key in enumerate(book.plan.sheets, start=1):
        _write_sheet(book, key)
        report(0.8 * i / len(book.plan.sheets))
    data = book.to_bytes()
    report(0.95)
    return data


def export(worksheet: Worksheet, path: str | os.PathLike, progress: Progress | None = None, *,
           language: str = "en") -> None:
    """Write the workbook of ``worksheet`` to ``path`` (an .xlsx file).

    ``progress``, when given, is called with the fraction done (0.0 to 1.0).
    The file is replaced in one step: on any failure the old file is left as
    it was and :class:`ExportError` says which file and why. An exception
    raised by ``progress`` stops the export the same way.
    """
    data = workbook_bytes(worksheet, progress, language=language)
    write(path, data)
    if progress is not None:
        progress(1.0)
