"""How a sheet fits and prints: column widths and row heights from what the
cells show, checks in green and red, and the print setup (landscape, one
page wide, the deal's name in the header)."""

from __future__ import annotations

import math
from collections import defaultdict
from typing import TYPE_CHECKING, Any

from openpyxl.formatting.rule import FormulaRule
from openpyxl.utils.cell import coordinate_to_tuple, get_column_letter

from worksheet.excel import styles
from worksheet.excel.book import safe_text
from worksheet.excel.printer import text_literal

if TYPE_CHECKING:
    from worksheet.excel.sheet import Sheet

LINE_HEIGHT = 13.0  # points, a line of 10-point text
ROW_HEIGHT = 15.0  # points, a row of one line as a spreadsheet draws it
MAX_WIDTH = 60
PAGE_HEIGHT = 595.0 - 1.5 * 72  # points: A4 landscape within its top and bottom margins
#: a sheet up to this much taller than a page is shrunk onto one, rather
#: than leave its last few rows alone on a second page
SHRINK_ONTO_ONE_PAGE = 1.4


def fit(sheet: Sheet) -> None:
    """Each column as wide as what it shows (up to its cap, beyond which the
    text wraps), and each wrapped row as tall as its lines."""
    ws = sheet.ws
    for col, width in sheet.widths.items():
        ws.column_dimensions[get_column_letter(col)].width = math.ceil(min(width, MAX_WIDTH)) + 1  # whole characters
    lines: dict[int, int] = defaultdict(lambda: 1)
    for row, col, width in sheet.wrapped:
        shown = ws.column_dimensions[get_column_letter(col)].width
        lines[row] = max(lines[row], math.ceil(width / max(shown - 1, 1)))
    for row, cols, width in sheet.merged:
        shown = sum(ws.column_dimensions[get_column_letter(c)].width or 9 for c in cols)
        lines[row] = max(lines[row], math.ceil(width / max(shown - 2, 1)))
    for row, count in lines.items():
        if count > 1 and ws.row_dimensions[row].height is None:
            ws.row_dimensions[row].height = LINE_HEIGHT * count + 2


def colour_checks(sheet: Sheet) -> None:
    """Checks green when OK and red otherwise; blank results grey."""
    ok, blank = text_literal(sheet.cat("ok")), text_literal(sheet.cat("blank"))
    rules = sheet.ws.conditional_formatting
    for first, area in _runs(sheet.check_cells):
        rules.add(area, FormulaRule(formula=[f"{first}={ok}"], font=styles.OK_FONT, fill=styles.OK_FILL))
        rules.add(area, FormulaRule(formula=[f'AND({first}<>"",{first}<>{ok})'], font=styles.BAD_FONT,
                                    fill=styles.BAD_FILL))
    for first, area in _runs(sheet.value_cells):
        rules.add(area, FormulaRule(formula=[f"{first}={blank}"], font=styles.BLANK_FONT))


def height(ws: Any) -> float:
    """An openpyxl worksheet's rows, in points, as printed before any shrinking."""
    dims = ws.row_dimensions
    return sum((dims[row].height or ROW_HEIGHT) if row in dims else ROW_HEIGHT for row in range(1, ws.max_row + 1))


def print_setup(sheet: Sheet, title: str, one_page: bool) -> None:
    """Landscape A4, one page wide (and one page tall when ``one_page``, or
    when the sheet is only a little taller than a page), the deal's name in
    the header, page numbers in the footer, the column headings repeated on
    every page."""
    ws = sheet.ws
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    one_page = one_page or height(ws) <= SHRINK_ONTO_ONE_PAGE * PAGE_HEIGHT
    ws.page_setup.fitToHeight = 1 if one_page else 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.75
    ws.page_margins.header = ws.page_margins.footer = 0.3  # room for the running header's descenders
    ws.oddHeader.center.text = safe_text(title).replace("&", "&&")[:200]  # & starts a header code
    ws.oddHeader.center.size = 9
    ws.oddFooter.center.text = sheet.cat("footer")
    ws.oddFooter.center.size = 8
    if sheet.header_row and not sheet.tables_below_header:
        ws.print_title_rows = f"{sheet.header_row}:{sheet.header_row}"


def _runs(coords: list[str]) -> list[tuple[str, str]]:
    """Cells grouped into vertical runs: (first cell, range) for each run."""
    cells = sorted((coordinate_to_tuple(c)[1], coordinate_to_tuple(c)[0]) for c in coords)
    out: list[tuple[str, str]] = []
    start = prev = None
    for col, row in cells + [(None, None)]:
        if start is not None and (col != start[0] or row != prev + 1):
            letter = get_column_letter(start[0])
            out.append((f"{letter}{start[1]}", f"{letter}{start[1]}:{letter}{prev}"))
            start = None
        if col is not None and start is None:
            start = (col, row)
        prev = row
    return out
