"""Tables of the deal (the facility plan, the use-of-proceeds lines, the
price history, holders, fiscal and stated figures) as editable Qt models.

One model serves every table: it is generic over the row dataclass and
takes its columns from the schema (``fields_of(row_cls)``), each cell read
and printed by its column's kind. A cell edit, an added, removed or moved
row and a paste all go through :meth:`DealDocument.edit` with a new tuple
of rows, so each is one step of undo.
"""

from __future__ import annotations

import csv
import dataclasses
import io
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QWidget

from ui.document import DealDocument
from ui.i18n import choice_label, help_of, label_of, show_input
from ui.widgets.decoration import message_of, severity_of
from ui.widgets.line_edit import FieldLineEdit
from worksheet import schema
from worksheet.deal import Deal, Worksheet
from worksheet.findings import Finding
from worksheet.kinds import ChoiceKind, DecimalKind, IntegerKind, Invalid, Kind

RAW_ROLE = Qt.ItemDataRole.UserRole + 1
#: the most rows a table may have: a deal file with more cannot be opened again
MAX_TABLE_ROWS = 10_000
ERROR_BACKGROUND = QBrush(QColor("#fbe3e1"))
WARNING_BACKGROUND = QBrush(QColor("#fff4ce"))
TOTAL_BACKGROUND = QBrush(QColor("#eef1f5"))
INVALID_FOREGROUND = QBrush(QColor("#b3261e"))
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ExtraColumn:
    """A read-only column computed from the row and the worksheet."""

    header: str
    text: Callable[[int, Any, Worksheet], str]  # (row number, row, worksheet)
    numeric: bool = True  # figures line up on the right, as in an input column of numbers


def is_numeric(kind: Kind | None) -> bool:
    return isinstance(kind, (IntegerKind, DecimalKind))


def split_clipboard(text: str) -> list[list[str]]:
    """Rows of cells from text copied out of Excel: tab-separated, one row
    a line, cells with line breaks or tabs in double quotes."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").rstrip("\n")
    if not text:
        return []
    return [row for row in csv.reader(io.StringIO(text), delimiter="\t")]


class RowTableModel(QAbstractTableModel):
    """The rows at ``path`` in the document's deal."""

    def __init__(self, document: DealDocument, path: str, *, totals: tuple[str, ...] = (),
                 extra: tuple[ExtraColumn, ...] = (), parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.path = path
        self.info = schema.field_info_at(Deal, path)
        self.row_cls: type = self.info.row  # type: ignore[assignment]
        self.columns: list[tuple[str, schema.FieldInfo]] = list(schema.fields_of(self.row_cls).items())
        self.totals = totals
        self.extra = extra
        self.rows: tuple = ()
        self.worksheet: Worksheet = document.worksheet
        self.cell_findings: dict[tuple[int, str], tuple[Finding, ...]] = {}

    # -- shape ------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows) + (1 if self.totals else 0)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns) + len(self.extra)

    def is_total_row(self, row: int) -> bool:
        return bool(self.totals) and row == len(self.rows)

    def column_of(self, name: str) -> int:
        return [n for n, _ in self.columns].index(name)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                if section < len(self.columns):
                    return label_of(f"{self.path}.{self.columns[section][0]}")
                return self.extra[section - len(self.columns)].header
            return self.tr("Total") if self.is_total_row(section) else str(section + 1)
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal and section < len(self.columns):
            column = f"{self.path}.{self.columns[section][0]}"
            return help_of(column) or label_of(column)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.is_total_row(index.row()) or index.column() >= len(self.columns):
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    # -- cells ------------------------------------------------------------

    def total(self, name: str, kind: Kind) -> str:
        values = [getattr(row, name) for row in self.rows]
        if any(isinstance(v, Invalid) for v in values):
            return "\u2014"
        return show_input(kind, sum((v for v in values if v is not None), Decimal(0)))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if col >= len(self.columns):
            extra = self.extra[col - len(self.columns)]
            if role == Qt.ItemDataRole.DisplayRole and not self.is_total_row(row):
                return extra.text(row, self.rows[row], self.worksheet)
            if role == Qt.ItemDataRole.TextAlignmentRole and extra.numeric:
                return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            return None
        name, info = self.columns[col]
        kind = info.kind
        assert kind is not None
        if self.is_total_row(row):
            if role == Qt.ItemDataRole.DisplayRole and name in self.totals:
                return self.total(name, kind)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.BackgroundRole:
                return TOTAL_BACKGROUND
            if role == Qt.ItemDataRole.TextAlignmentRole and is_numeric(kind):
                return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            return None
        value = getattr(self.rows[row], name)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if isinstance(kind, ChoiceKind) and value in dict(kind.choices):
                return choice_label(f"{self.path}.{name}", value)
            return show_input(kind, value)
        if role == RAW_ROLE:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and is_numeric(kind):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        found = self.cell_findings.get((row, name), ())
        if role == Qt.ItemDataRole.BackgroundRole and found:
            return ERROR_BACKGROUND if severity_of(found) == "error" else WARNING_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole and isinstance(value, Invalid):
            return INVALID_FOREGROUND
        if role == Qt.ItemDataRole.ToolTipRole:
            if found:
                return message_of(found)
            if isinstance(value, str) and len(value) > 30:
                return value
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        name, info = self.columns[index.column()]
        assert info.kind is not None
        parsed = info.kind.parse("" if value is None else str(value))
        self.document.edit(f"{self.path}.{index.row()}.{name}", parsed,
                           label=label_of(f"{self.path}.{name}"), merge=False)
        return True

    # -- whole rows -------------------------------------------------------

    def replace_rows(self, rows: tuple, label: str) -> None:
        self.document.edit(self.path, tuple(rows), label=label, merge=False)

    def pasted(self, cells: list[list[str]], row: int, col: int) -> tuple:
        """The rows after pasting ``cells`` with their top-left at (row, col):
        existing rows are overwritten, rows past the end are added."""
        names = [n for n, _ in self.columns]
        if cells and all(c.strip().lower() in (label_of(f"{self.path}.{n}").lower(), i.label.lower())
                         for c, (n, i) in zip(cells[0], self.columns[col:])):
            cells = cells[1:]  # a heading row copied along with the figures
        rows = list(self.rows)
        for offset, line in enumerate(cells):
            target = row + offset
            while target >= len(rows):
                rows.append(self.row_cls())
            current = rows[target]
            for c, text in enumerate(line):
                if col + c >= len(names):
                    break
                name, info = self.columns[col + c]
                assert info.kind is not None
                current = dataclasses.replace(current, **{name: info.kind.parse(text.strip())})
            rows[target] = current
        return tuple(rows)

    # -- deal to model ----------------------------------------------------

    def sync_rows(self, deal: Deal) -> None:
        """The deal changed: show its rows now (a new row has its cells at once)."""
        rows = deal.get(self.path) or ()
        if rows is self.rows:
            return
        if len(rows) != len(self.rows):
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()
            return
        changed = [i for i, (a, b) in enumerate(zip(rows, self.rows)) if a is not b]
        self.rows = rows
        last = self.columnCount() - 1
        for r in changed:
            self.dataChanged.emit(self.index(r, 0), self.index(r, last))
        if changed and self.totals:
            self.dataChanged.emit(self.index(len(rows), 0), self.index(len(rows), last))

    def sync_findings(self, ws: Worksheet, findings: tuple[Finding, ...]) -> None:
        """The worksheet was computed: the cells' findings and computed columns."""
        prefix = self.path + "."
        cells: dict[tuple[int, str], tuple[Finding, ...]] = {}
        for f in findings:
            if f.path.startswith(prefix):
                parts = f.path[len(prefix):].split(".")
                if len(parts) == 2 and parts[0].isdigit():
                    key = (int(parts[0]), parts[1])
                    cells[key] = cells.get(key, ()) + (f,)
        self.worksheet = ws
        keys = set(cells) | set(self.cell_findings)
        changed = sorted({r for r, n in keys if cells.get((r, n)) != self.cell_findings.get((r, n))})
        self.cell_findings = cells
        last = self.columnCount() - 1
        for r in changed:
            if r < len(self.rows):
                self.dataChanged.emit(self.index(r, 0), self.index(r, last))
        if self.extra and self.rows:
            first = len(self.columns)
            self.dataChanged.emit(self.index(0, first), self.index(len(self.rows) - 1, last))


class FieldDelegate(QStyledItemDelegate):
    """Cell editors by kind: a combo box for choices, a line edit otherwise
    (right-aligned for numbers, Undo/Redo left to the deal's history)."""

    def createEditor(self, parent: QWidget, option: Any, index: Index) -> QWidget:
        model = index.model()
        kind = model.columns[index.column()][1].kind if isinstance(model, RowTableModel) else None
        if isinstance(kind, ChoiceKind):
            combo = QComboBox(parent)
            column = f"{model.path}.{model.columns[index.column()][0]}"
            for value, _ in kind.choices:
                combo.addItem(choice_label(column, value), value)
            return combo
        return FieldLineEdit(parent, numeric=is_numeric(kind))

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            # a blank or unknown entry stays so until the user picks a choice
            found = editor.findData(index.data(RAW_ROLE))
            if found < 0:
                typed = index.data(Qt.ItemDataRole.EditRole) or ""
                editor.setPlaceholderText(self.tr("{typed} (choose one)").format(typed=typed) if typed
                                          else self.tr("(choose one)"))
            editor.setCurrentIndex(found)
        elif isinstance(editor, FieldLineEdit):
            # The view hands a cell's new findings to its open editor too: what
            # the user is typing there stays (the first key opened the editor).
            if not editor.isModified():
                editor.setText(index.data(Qt.ItemDataRole.EditRole) or "")

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            if editor.currentIndex() >= 0:
                model.setData(index, editor.currentData())
        elif isinstance(editor, FieldLineEdit):
            model.setData(index, editor.text())
