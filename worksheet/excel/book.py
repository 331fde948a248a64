"""The workbook being written: its defined names, and the value each formula
cell is to show before a spreadsheet program recalculates it."""

from __future__ import annotations

import io
import re
from typing import Any

from openpyxl import Workbook
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.utils.cell import absolute_coordinate, quote_sheetname
from openpyxl.cell.cell import Cell, ILLEGAL_CHARACTERS_RE

from worksheet.deal import Worksheet
from worksheet.excel import styles
from worksheet.excel.cached_values import add_cached_values
from worksheet.excel.names import excel_name
from worksheet.excel.plan import make_plan
from worksheet.excel.printer import ExcelPrinter

MAX_TEXT = 32_767  # the most a cell holds
_NAME_TOKEN = re.compile(r"[A-Za-z_][A-Za-z0-9_.]*")


def safe_text(text: str) -> str:
    """Text as a cell can hold it: control characters (which the file format
    cannot carry) become U+FFFD, and at most 32,767 characters."""
    return ILLEGAL_CHARACTERS_RE.sub("\ufffd", text)[:MAX_TEXT]


def put_text(cell: Cell, text: str) -> Cell:
    """Write ``text`` as text, never as a formula: "=HYPERLINK(...)", "+1",
    "-1" and "@SUM(A1)" stay what the user typed."""
    if not text:
        cell.value = None
        return cell
    cell.value = safe_text(text)
    cell.data_type = "s"
    return cell


class Book:
    def __init__(self, worksheet: Worksheet, language: str = "en"):
        self.worksheet = worksheet
        self.plan = make_plan(worksheet, language)
        self.cat = self.plan.cat
        self.px = ExcelPrinter(self.plan)
        self.wb = Workbook()
        self.wb.remove(self.wb.active)
        self.wb.calculation.fullCalcOnLoad = True
        styles.register(self.wb)
        self.cached: dict[str, dict[str, Any]] = {}
        self.defined: dict[str, tuple[str, str]] = {}

    def define(self, dotted: str, cells: Cell | tuple[tuple[Cell, ...], ...]) -> None:
        """Give ``cells`` (one cell, or a range) the defined name of ``dotted``."""
        name = excel_name(dotted)
        if dotted in self.defined:
            raise ValueError(f"{dotted} is defined twice")
        if isinstance(cells, tuple):
            first, last = cells[0][0], cells[-1][-1]
            sheet, coordinate = first.parent.title, f"{first.coordinate}:{last.coordinate}"
        else:
            sheet, coordinate = cells.parent.title, cells.coordinate
        ref = f"{quote_sheetname(sheet)}!{absolute_coordinate(coordinate)}"
        self.wb.defined_names[name] = DefinedName(name, attr_text=ref)
        self.defined[dotted] = (sheet, coordinate)

    def formula(self, cell: Cell, text: str, cached: Any) -> Cell:
        """A formula cell and the value it shows until recalculated."""
        if not text.startswith("="):
            raise ValueError(f"not a formula: {text!r}")
        cell.value = text
        self.cached.setdefault(cell.parent.title, {})[cell.coordinate] = cached
        return cell

    def undefined_names(self) -> set[str]:
        """Names formulas use that no cell has: a mistake in a formula."""
        known = {excel_name(d) for d in self.defined} | {t.displayName for s in self.wb for t in s.tables.values()}
        used: set[str] = set()
        for title, cells in self.cached.items():
            for coord in cells:
                text = re.sub(r'"[^"]*"', "", str(self.wb[title][coord].value))  # no text literals
                text = re.sub(r"\[[^\]]*\]", "", text)  # no table columns
                used |= {t for t in _NAME_TOKEN.findall(text) if "." in t}
        return used - known

    def to_bytes(self) -> bytes:
        missing = self.undefined_names()
        if missing:
            raise ValueError(f"formulas use names no cell has: {sorted(missing)}")
        buffer = io.BytesIO()
        self.wb.save(buffer)
        return add_cached_values(buffer.getvalue(), self.cached)
