"""One sheet of the workbook, written top to bottom: a title, then blocks
of rows (Item | Value | Unit | Check / why blank | Name) and Excel tables.

Every input goes in a named, blue input cell; every result in a named
formula cell with its rule as a comment and the core's figure cached; the
Check column holds the live check of a result, or says why it is blank.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.comments import Comment
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.table import Table as ExcelTable, TableStyleInfo

from worksheet import schema
from worksheet.display import format_figure, format_input, format_value
from worksheet.excel import page, styles
from worksheet.excel.book import Book, put_text, safe_text
from worksheet.excel.names import excel_name
from worksheet.excel.printer import Table, cached, check_formula, check_name, reference, result_formula, text_literal
from worksheet.excel.reasons import check_text, why_blank
from worksheet.deal import REGISTRY
from worksheet.explain import explain
from worksheet.kinds import BoolKind, ChoiceKind, DateKind, Invalid, Kind, TextKind
from worksheet.naming import generic, label_text
from worksheet.rules import Check, Rule
from worksheet.words import CATALOGUE

ITEM, VALUE, UNIT, CHECK, NAME = 1, 2, 3, 4, 5
WIDTH_CAP = {ITEM: 50, VALUE: 32, UNIT: 14, CHECK: 46, NAME: 40}
DEFAULT_CAP = 40
TABLE_CAP = 30  # a text column of a table wraps beyond this
HEADING_CAP = 16  # a table's column heading wraps beyond this
COMMENT_WIDTH = 340


class Sheet:
    def __init__(self, book: Book, key: str):
        self.book = book
        self.key = key
        self.cat = book.cat
        self.ws = book.wb.create_sheet(self.cat.sheet(key))
        self.row = 1
        self.widths: dict[int, float] = defaultdict(float)
        self.wrapped: list[tuple[int, int, float]] = []  # row, column, width of text
        self.header_row = 0
        self.tables_below_header = False  # a table's own columns follow the Item | Value header
        self.check_cells: list[str] = []
        self.value_cells: list[str] = []
        self.choice_lists: dict[tuple[str, ...], DataValidation] = {}
        self.in_table = False
        self.merged: list[tuple[int, tuple[int, ...], float]] = []  # row, columns, width of text

    # -- cells ------------------------------------------------------------

    def cell(self, row: int, col: int) -> Cell:
        return self.ws.cell(row=row, column=col)

    def measure(self, cell: Cell, shown: str, wrap: bool = False, cap: float | None = None) -> None:
        width = styles.text_width(shown) + 2
        if cap is not None:
            pass
        elif self.in_table:
            cap = TABLE_CAP
        else:
            cap = WIDTH_CAP.get(cell.column, DEFAULT_CAP) if self.header_row else DEFAULT_CAP
        if wrap and width > cap:
            self.wrapped.append((cell.row, cell.column, width))
            width = cap
        self.widths[cell.column] = max(self.widths[cell.column], width)

    def text(self, row: int, col: int, text: str, style: str | None = None, *, measure: bool = True) -> Cell:
        cell = put_text(self.cell(row, col), text)
        if style:
            styles.apply(cell, style)
        if measure and text:
            self.measure(cell, text, wrap=bool(cell.alignment.wrap_text))
        return cell

    def formula(self, row: int, col: int, text: str, cached: Any, *, number_format: str = styles.GENERAL,
                style: str = styles.RESULT, unit: str = "") -> Cell:
        cell = self.cell(row, col)
        styles.apply(cell, style)
        if isinstance(cached, str):
            cached = safe_text(cached)
        self.book.formula(cell, text, cached)
        cell.number_format = styles.in_language(number_format, self.cat.language)
        shown = cached if isinstance(cached, str) else self.shown(unit, cached)
        self.measure(cell, shown, wrap=bool(cell.alignment.wrap_text))
        return cell

    def shown(self, unit: str, value: Any) -> str:
        """A figure as its cell shows it in the workbook's language, for the
        column's width: 2013年7月18日, △6."""
        if isinstance(value, dt.date):
            return format_figure(value, "", self.cat.language)
        return format_value(unit, value, self.cat.language)

    def static(self, row: int, col: int, value: Any, number_format: str, unit: str) -> Cell:
        """A figure written as a value, not a formula."""
        if isinstance(value, str):
            cell = self.text(row, col, value, styles.RESULT)
        else:
            cell = self.cell(row, col)
            styles.apply(cell, styles.RESULT)
            cell.value = value
            self.measure(cell, self.shown(unit, value))
        cell.number_format = styles.in_language(number_format, self.cat.language)
        return cell

    def comment(self, cell: Cell, text: str) -> None:
        if not text:
            return
        comment = Comment(safe_text(text), self.cat("comment_author"))
        comment.width = COMMENT_WIDTH
        comment.height = max(60, 18 * math.ceil(len(text) / 48) + 24)
        cell.comment = comment

    def input_cell(self, row: int, col: int, path: str, kind: Kind | None, current: Any, *,
                   wrap: bool = False) -> Cell:
        """A named input cell holding what the deal holds, as the user typed it."""
        cell = self.cell(row, col)
        styles.apply(cell, styles.INPUT)
        if wrap:
            cell.alignment = styles.WRAP
        cell.number_format = styles.in_language(styles.input_format(kind, current), self.cat.language)
        if isinstance(current, Invalid):
            self.text(row, col, current.text)
        elif isinstance(kind, ChoiceKind):
            label = self.book.plan.choice_label(generic(path), current) if current is not None else ""
            self.text(row, col, label)
            self.choice_list(generic(path), kind).add(cell)
        elif isinstance(current, str):
            self.text(row, col, current)
        elif current is not None:
            cell.value = current
            if isinstance(kind, DateKind):
                cell.number_format = styles.in_language(styles.DATE, self.cat.language)
            elif isinstance(kind, BoolKind):
                cell.number_format = styles.yes_no_format(self.cat("yes"), self.cat("no"))
            self.measure(cell, self.shown("date", current) if isinstance(kind, DateKind)
                         else format_input(kind, current, self.cat.language) if kind else str(current))
        self.book.define(path, cell)
        return cell

    def choice_list(self, path: str, kind: ChoiceKind) -> DataValidation:
        labels = tuple(self.book.plan.choice_label(path, stored) for stored, _ in kind.choices)
        found = self.choice_lists.get(labels)
        if found is None:
            found = DataValidation(type="list", formula1=text_literal(",".join(labels)), allow_blank=True)
            self.ws.add_data_validation(found)
            self.choice_lists[labels] = found
        return found

    # -- rows ---------------------------------------------------------------

    def title(self, heading: str, subtitle: str = "", notes: tuple[tuple[str, str], ...] = ()) -> None:
        self.text(1, ITEM, heading, styles.TITLE, measure=False)
        self.ws.row_dimensions[1].height = 22
        if subtitle:
            self.text(2, ITEM, subtitle, styles.SUBTITLE, measure=False)
        self.row = 3
        for text, style in notes:
            self.text(self.row, ITEM, text, style, measure=False).alignment = styles.ONE_LINE
            self.row += 1
        self.row += 1

    def header(self, headings: tuple[str, ...] | None = None) -> None:
        headings = headings or (self.cat("item"), self.cat("value"), self.cat("unit"), self.cat("check"),
                                self.cat("name"))
        for col, text in enumerate(headings, start=1):
            self.text(self.row, col, text, styles.HEADER)
        self.header_row = self.row
        self.ws.freeze_panes = self.cell(self.row + 1, 1).coordinate
        self.row += 1

    def block(self, text: str, span: int = NAME) -> None:
        self.row += 1 if self.row > self.header_row + 1 else 0
        for col in range(1, span + 1):
            styles.apply(self.cell(self.row, col), styles.BLOCK)
        self.text(self.row, ITEM, text, styles.BLOCK, measure=False)
        self.ws.row_dimensions[self.row].height = 17
        self.row += 1

    def name_cell(self, row: int, dotted: str) -> None:
        self.text(row, NAME, excel_name(dotted), styles.NAME)

    def input_row(self, path: str, info: schema.FieldInfo, current: Any, *, merge: bool = False) -> Cell:
        row = self.row
        self.text(row, ITEM, label_text(path, self.cat.language), styles.LABEL)
        before = self.widths[VALUE]
        cell = self.input_cell(row, VALUE, path, info.kind, current, wrap=isinstance(info.kind, TextKind) and not merge)
        help_key = generic(path) + ".help"
        if help_key in CATALOGUE:
            self.comment(cell, self.cat.text(help_key))
        if merge:
            self.widths[VALUE] = before
            self.ws.merge_cells(start_row=row, start_column=VALUE, end_row=row, end_column=CHECK)
            cell.alignment = styles.WRAP
            self.merged.append((row, (VALUE, UNIT, CHECK), styles.text_width(str(current or ""))))
        else:
            if info.kind is not None and not isinstance(info.kind, BoolKind):
                self.text(row, UNIT, self.cat.unit(info.kind.unit), styles.UNIT)
            self.input_checks_cell(row, path, current)
        self.name_cell(row, path)
        self.row += 1
        return cell

    def input_checks_cell(self, row: int, path: str, current: Any) -> None:
        """What the checks about an input say, live: the message of each
        failing check, and an entry that could not be read as exported."""
        plan = self.book.plan
        about = [c for c in plan.checks_of_sheet.get(self.key, ()) if c.about_path == path]
        for other in plan.sheets:
            if other != self.key:
                about += [c for c in plan.checks_of_sheet.get(other, ()) if c.about_path == path]
        parts, shown = [], []
        if isinstance(current, Invalid):
            parts.append(f"IF(ISNUMBER({excel_name(path)}),\"\",{text_literal(str(current.reason) + ' ')})")
            shown.append(str(current.reason) + " ")
        for check in about:
            name = excel_name(check_name(check))
            parts.append(f'IF(OR({name}="OK",{name}={text_literal(plan.blank)}),"",{name}&" ")')
            text = check_text(self.book, check)
            if text not in ("OK", plan.blank):
                shown.append(text + " ")
        if not parts:
            return
        cell = self.formula(row, CHECK, "=TRIM(" + "&".join(parts) + ")", "".join(shown).strip(), style=styles.CHECK)
        self.check_cells.append(cell.coordinate)

    def result_row(self, rule: Rule) -> Cell:
        name = rule.name
        found = self.book.worksheet.results[name]
        row = self.row
        self.text(row, ITEM, self.cat.text(name), styles.LABEL)
        value = cached(found.value, self.cat.language, self.book.plan.blank)
        number_format = self.result_format(name, found.value)
        text = result_formula(rule.expr, self.book.px, extra=self._guarding(rule))
        cell = self.formula(row, VALUE, text, value, number_format=number_format, unit=found.unit)
        note = self.cat("excel_note") if "ROUND(" in text and "),2)" in text else ""
        self.book.define(name, cell)
        self.comment(cell, explain(name, self.cat.language) + ("\n\n" + note if note else ""))
        self.text(row, UNIT, self.cat.unit(found.unit), styles.UNIT)
        guarding = [c for c in self.book.plan.checks_of_sheet.get(self.key, ()) if c.blanks and c.about is rule]
        if guarding:
            check = guarding[0]
            why = text_literal(why_blank(self.book, name)) if found.value is None else '""'
            c = excel_name(check_name(check))
            self.formula(row, CHECK, f"=IF(OR({c}=\"OK\",{c}={text_literal(self.book.plan.blank)}),"
                                     f"IF({excel_name(name)}={text_literal(self.book.plan.blank)},{why},\"\"),{c})",
                         why_blank(self.book, name) if found.value is None else "", style=styles.CHECK)
        else:
            reason = why_blank(self.book, name) if found.value is None else ""
            self.formula(row, CHECK, f"=IF({excel_name(name)}={text_literal(self.book.plan.blank)},"
                                     f"{text_literal(reason or self.book.plan.blank)},\"\")", reason, style=styles.CHECK)
        self.check_cells.append(self.cell(row, CHECK).coordinate)
        self.value_cells.append(cell.coordinate)
        self.name_cell(row, name)
        self.row += 1
        return cell

    def _guarding(self, rule: Rule) -> tuple[str, ...]:
        """The checks that leave ``rule`` blank when they fail, as conditions."""
        out = []
        for check in self.book.plan.checks_of_sheet.get(self.key, ()):
            if check.blanks and check.about is rule:
                c = excel_name(check_name(check))
                out.append(f"OR({c}=\"OK\",{c}={text_literal(self.book.plan.blank)})")
        return tuple(out)

    def result_format(self, name: str, value: Any) -> str:
        """The number format of the result ``name`` holding ``value``."""
        rule = REGISTRY.rules[generic(name)]
        if rule.unit == "yes/no":
            return styles.yes_no_format(self.cat("yes"), self.cat("no"))
        return styles.result_format(rule.unit, value, rule.places)

    def check_cell(self, row: int, col: int, check: Check, row_index: int | None = None) -> Cell:
        px = self.book.px.at_row(row_index, raw=True)
        text = check_formula(check, px)
        cell = self.formula(row, col, text, check_text(self.book, check, row_index), style=styles.CHECK)
        self.book.define(check_name(check, row_index), cell)
        self.check_cells.append(cell.coordinate)
        return cell

    def check_row(self, check: Check) -> None:
        """A check on a row of its own: its label, its cell, its name."""
        self.text(self.row, ITEM, self.cat.text(check.name), styles.LABEL)
        cell = self.check_cell(self.row, VALUE, check)
        self.comment(cell, self.cat.text(check.name))
        self.name_cell(self.row, check_name(check))
        self.row += 1

    def reference_row(self, name: str, label: str, unit: str, value: Any, sheet: str, number_format: str, *,
                      is_input: bool = False) -> None:
        """A figure shown again (on the Summary), linked to where it is computed
        or typed. An input left blank shows the blank mark (a bare reference
        to an empty cell would show 0); one kept as typed shows its text."""
        row = self.row
        self.text(row, ITEM, label, styles.LABEL)
        text = reference(name)
        if is_input:
            blank = text_literal(self.book.plan.blank)
            text = f"=IF(ISBLANK({excel_name(name)}),{blank},{excel_name(name)})"
        cell = self.formula(row, VALUE, text, cached(value, self.cat.language, self.book.plan.blank),
                            number_format=number_format, unit=unit)
        self.value_cells.append(cell.coordinate)
        self.text(row, UNIT, self.cat.unit(unit), styles.UNIT)
        link = self.text(row, CHECK, self.cat("see_sheet", sheet=sheet), styles.NOTE)
        link.hyperlink = Hyperlink(ref=link.coordinate, location=excel_name(name), display=link.value)
        self.name_cell(row, name)
        self.row += 1

    # -- tables ---------------------------------------------------------------

    def table_header(self, table: Table, heading: str) -> int:
        if self.header_row:
            self.tables_below_header = True
        self.block(heading, span=max(NAME, len(table.headings)))
        self.in_table = True
        for col, text in enumerate(table.headings.values(), start=1):
            cell = self.text(self.row, col, text, styles.HEADER, measure=False)
            self.measure(cell, text + "  ", wrap=True, cap=HEADING_CAP)  # bold: a little wider
        self.row += 1
        return self.row

    def table_end(self, table: Table, first: int, *, inputs: bool = True) -> None:
        """Close the table opened at ``first`` (its data's first row)."""
        if self.row == first:  # an Excel table needs a row: leave one empty
            for col in range(1, len(table.headings) + 1):
                styles.apply(self.cell(self.row, col), styles.INPUT if inputs else styles.RESULT)
            self.row += 1
        last_col = self.cell(first, len(table.headings)).column_letter
        ref = f"A{first - 1}:{last_col}{self.row - 1}"
        excel = ExcelTable(displayName=table.name, ref=ref)
        excel.tableStyleInfo = TableStyleInfo(name=styles.TABLE_STYLE, showRowStripes=False)
        self.ws.add_table(excel)
        self.in_table = False

    # -- finishing --------------------------------------------------------------

    def finish(self, deal: Any, *, one_page: bool = False) -> None:
        """Fit the columns and rows, colour the checks, set up printing."""
        page.fit(self)
        page.colour_checks(self)
        page.print_setup(self, deal.title or "", one_page)
