"""The table widgets: an editable table of the deal with its buttons (add,
remove, move, paste rows copied from Excel) and a read-only table of a
computed result (the merger's allotment by shareholder)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QItemSelectionModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton, QTableView, QVBoxLayout,
                               QWidget)

from ui.document import DealDocument
from ui.i18n import label_of, show_value
from ui.errors import show_error
from ui.shortcuts import ROW_KEYS
from ui.tables import MAX_TABLE_ROWS, ExtraColumn, FieldDelegate, RowTableModel, is_numeric, split_clipboard
from ui.widgets.decoration import MessageLabel
from worksheet.deal import Deal, Worksheet
from worksheet.kinds import DateKind
from worksheet.findings import Finding

MAX_VISIBLE_ROWS = 12
TEXT_COLUMN_WIDTH = 240
LEAST_TEXT_WIDTH = 60
SLIVER_WIDTH = 24

#: the keys of a table's row actions, while the table (not a cell's editor) has the focus


def fit_height(view: QTableView, rows: int, *, least: int = 3) -> None:
    """Tall enough for ``rows`` rows (within limits); longer tables scroll."""
    shown = max(least, min(rows, MAX_VISIBLE_ROWS))
    height = (view.horizontalHeader().sizeHint().height() + shown * view.verticalHeader().defaultSectionSize()
              + 2 * view.frameWidth() + view.horizontalScrollBar().sizeHint().height() + 2)
    view.setFixedHeight(height)


class TableEditor(QWidget):
    """The rows at ``path``: a table view with its row buttons."""

    def __init__(self, document: DealDocument, path: str, *, totals: tuple[str, ...] = (),
                 extra: tuple[ExtraColumn, ...] = (), widths: dict[str, int] | None = None,
                 stretch: str | None = None, actions: tuple[tuple[str, str, Any], ...] = (),
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(path)
        self.document = document
        self.model = RowTableModel(document, path, totals=totals, extra=extra, parent=self)
        self.title = label_of(path)
        self.view = QTableView(self)
        self.view.setObjectName(f"table:{path}")
        self.view.setModel(self.model)
        self.view.setItemDelegate(FieldDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.view.installEventFilter(self)
        self.view.viewport().installEventFilter(self)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        self._stretch = self._stretch_column(stretch)
        self._sized = False
        self._widths = widths or {}
        self._natural: list[int] = []
        self._least: list[int] = []
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        self.row_actions: list[QAction] = []
        for text, tip, slot, key in (
            (self.tr("Add row"), self.tr("Add a row below the current one"), self.add_row, ROW_KEYS["add"]),
            (self.tr("Remove"), self.tr("Remove the selected rows"), self.remove_rows, ROW_KEYS["remove"]),
            (self.tr("Move up"), self.tr("Move the current row up"), lambda: self.move_row(-1), ROW_KEYS["up"]),
            (self.tr("Move down"), self.tr("Move the current row down"), lambda: self.move_row(1),
             ROW_KEYS["down"]),
            (self.tr("Paste rows"), self.tr("Paste rows copied from Excel (tab-separated) at the current cell"),
             self.paste, QKeySequence(QKeySequence.StandardKey.Paste).toString()),
            *((text, tip, slot, "") for text, tip, slot in actions),
        ):
            button = QPushButton(text, self)
            shortcut = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) if key else ""
            button.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
            # reached with Tab, but a click leaves the focus where the work is (a new row's cell)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(lambda checked=False, slot=slot: slot())
            buttons.addWidget(button)
            action = QAction(text, self.view)
            action.triggered.connect(lambda checked=False, slot=slot: slot())
            if key:
                action.setShortcut(QKeySequence(key))
                # only while the table itself has the focus: an open cell editor keeps its keys
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.view.addAction(action)
            self.row_actions.append(action)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        buttons.addStretch(1)
        self.message = MessageLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(buttons)
        layout.addWidget(self.view)
        layout.addWidget(self.message)
        self._findings: tuple[Finding, ...] = ()

    def _stretch_column(self, name: str | None) -> int:
        """The column that takes the spare width: the one named, else the last
        if it is text, else the first text column."""
        names = [n for n, _ in self.model.columns]
        if name is not None:
            return names.index(name)
        if self.model.extra:
            return self.model.columnCount() - 1
        text = [i for i, (_, info) in enumerate(self.model.columns) if not is_numeric(info.kind)]
        if not text:
            return len(names) - 1
        return text[-1] if text[-1] == len(names) - 1 else text[0]

    # -- deal to view -------------------------------------------------------

    def refresh_deal(self, deal: Deal) -> None:
        before = self.model.rows
        self.model.sync_rows(deal)
        if not self._sized or len(self.model.rows) != len(before):
            self._size_columns()
        elif self.model.rows is not before and self._sized:
            self._measure()  # a longer figure typed or pasted

    def refresh(self, ws: Worksheet, findings: tuple[Finding, ...]) -> None:
        self.model.sync_findings(ws, findings)
        mine = tuple(f for f in findings if f.path == self.model.path)
        if mine != self._findings:
            self._findings = mine
            self.message.show_findings(mine)

    def _size_columns(self) -> None:
        if not self._sized:  # an empty table's headings must fit too; its first rows measure it again
            self._measure()
            self._sized = bool(self.model.rows)
        fit_height(self.view, self.model.rowCount())

    def _measure(self) -> None:
        """Each column's natural width (heading included) and least width:
        numbers and dates at their widest figure, text up to a cap (the rest
        is in its tooltip)."""
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        self._natural, self._least = [], []
        for col in range(self.model.columnCount()):
            width = header.sectionSize(col)
            if self._is_text(col):
                name = self.model.columns[col][0] if col < len(self.model.columns) else ""
                width = self._widths.get(name) or min(width, TEXT_COLUMN_WIDTH)
                least = min(width, LEAST_TEXT_WIDTH)
            else:
                least = min(width, max(self.view.sizeHintForColumn(col), LEAST_TEXT_WIDTH))
            self._natural.append(width)
            self._least.append(least)
        self._fit_columns()

    def _is_text(self, col: int) -> bool:
        if col >= len(self.model.columns):
            return True
        kind = self.model.columns[col][1].kind
        return not is_numeric(kind) and not isinstance(kind, DateKind)

    def _fit_columns(self) -> None:
        """Every column in the width there is, never a sideways scroll. What
        gives way first: long text (down to ``LEAST_TEXT_WIDTH``, shortened
        with an ellipsis), then the headings of figures; a figure itself is
        always whole. The stretch column takes what is left over."""
        if not self._natural:
            return
        available = self.view.viewport().width()
        count = len(self._natural)
        text = [c for c in range(count) if self._is_text(c)]
        figures = [c for c in range(count) if c not in text]
        widths = list(self._natural)
        text_least = sum(self._least[c] for c in text)
        figures_full = sum(self._natural[c] for c in figures)
        if available - figures_full < text_least:  # headings of figures give way too
            spare = max(0, available - text_least - sum(self._least[c] for c in figures))
            extra = sum(self._natural[c] - self._least[c] for c in figures)
            for c in figures:
                room = self._natural[c] - self._least[c]
                widths[c] = self._least[c] + (int(room * spare / extra) if extra else 0)
        spare = max(0, available - sum(widths[c] for c in figures))
        wanted = sum(self._natural[c] for c in text)
        scale = min(1.0, spare / wanted) if wanted else 1.0
        for c in text:
            widths[c] = max(self._least[c], int(self._natural[c] * scale))
        overflow = sum(widths) - available
        if overflow > 0:  # many figures: text narrower still, a figure stays whole
            give = {c: max(0, widths[c] - SLIVER_WIDTH) for c in text}
            total = sum(give.values())
            for c in text:
                widths[c] -= min(give[c], -(-overflow * give[c] // total)) if total else 0
        widths[self._stretch] += max(0, available - sum(widths))
        header = self.view.horizontalHeader()
        for col, width in enumerate(widths):
            if header.sectionSize(col) != width:
                header.resizeSection(col, width)

    # -- rows -------------------------------------------------------------

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() and index.row() < len(self.model.rows) else -1

    def _go(self, row: int, col: int | None = None) -> None:
        col = self.view.currentIndex().column() if col is None else col
        index = self.model.index(row, max(col, 0))
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def replace_rows(self, rows: tuple, label: str) -> bool:
        """Make ``rows`` the table's rows (one undo step), unless there are
        more than a deal file can hold: then say so and change nothing."""
        if len(rows) > MAX_TABLE_ROWS:
            show_error(self, self.title, self.tr(
                "{table} would have {rows:,} rows; a table holds at most {limit:,}. Nothing was changed.").format(
                table=self.title, rows=len(rows), limit=MAX_TABLE_ROWS))
            return False
        self.model.replace_rows(tuple(rows), label)
        return True

    def add_row(self) -> None:
        """A new row below the current one (at the end when none), with the
        keyboard in its first cell: typing fills it, Tab goes on to the next."""
        rows = list(self.model.rows)
        at = self.current_row() + 1 if self.current_row() >= 0 else len(rows)
        rows.insert(at, self.model.row_cls())
        if not self.replace_rows(tuple(rows), self.tr("Add a row to {table}").format(table=self.title)):
            return
        self._go(at, 0)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_rows(self) -> None:
        chosen = {i.row() for i in self.view.selectionModel().selectedIndexes() if i.row() < len(self.model.rows)}
        if not chosen and self.current_row() >= 0:
            chosen = {self.current_row()}
        if not chosen:
            return
        rows = tuple(r for i, r in enumerate(self.model.rows) if i not in chosen)
        self.replace_rows(rows, self.tr("Remove rows from {table}").format(table=self.title))
        if rows:
            self._go(min(min(chosen), len(rows) - 1))

    def move_row(self, step: int) -> None:
        row = self.current_row()
        target = row + step
        if row < 0 or not 0 <= target < len(self.model.rows):
            return
        rows = list(self.model.rows)
        rows[row], rows[target] = rows[target], rows[row]
        self.replace_rows(tuple(rows), self.tr("Move a row of {table}").format(table=self.title))
        self._go(target)

    def paste(self, text: str | None = None) -> None:
        """Paste tab-separated rows at the current cell (at the end when none)."""
        if text is None:
            text = QGuiApplication.clipboard().text()
        cells = split_clipboard(text)
        if not cells:
            return
        index = self.view.currentIndex()
        valid = index.isValid() and index.row() < len(self.model.rows) and index.column() < len(self.model.columns)
        row, col = (index.row(), index.column()) if valid else (len(self.model.rows), 0)
        rows = self.model.pasted(cells, row, col)
        if self.replace_rows(rows, self.tr("Paste rows into {table}").format(table=self.title)):
            self._go(row, col)

    def copy(self) -> None:
        """The selected cells as tab-separated text, for Excel."""
        indexes = sorted(self.view.selectionModel().selectedIndexes(), key=lambda i: (i.row(), i.column()))
        if not indexes:
            return
        lines: dict[int, list[str]] = {}
        for i in indexes:
            lines.setdefault(i.row(), []).append(str(i.data() or ""))
        QGuiApplication.clipboard().setText("\n".join("\t".join(cells) for cells in lines.values()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
            return False
        if watched is self.view and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.matches(QKeySequence.StandardKey.Paste):
                self.paste()
                return True
            if event.matches(QKeySequence.StandardKey.Copy):
                self.copy()
                return True
        return super().eventFilter(watched, event)

    # -- navigation -------------------------------------------------------

    def select(self, rest: str) -> QWidget:
        """Select the row or cell named by ``rest`` ("2" or "2.paid")."""
        parts = rest.split(".") if rest else []
        if parts and parts[0].isdigit() and int(parts[0]) < len(self.model.rows):
            names = [n for n, _ in self.model.columns]
            col = names.index(parts[1]) if len(parts) > 1 and parts[1] in names else 0
            index = self.model.index(int(parts[0]), col)
            self.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.view.scrollTo(index)
        return self.view


class ResultTableModel(QAbstractTableModel):
    """A computed table (a tuple of dicts) with columns (key, header, unit)."""

    def __init__(self, name: str, columns: tuple[tuple[str, str, str], ...], parent: QObject | None = None):
        super().__init__(parent)
        self.name = name
        self.columns = columns
        self.rows: tuple = ()

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section][1]
        return None

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        key, _, unit = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.rows[index.row()].get(key)
            return value if unit == "text" else show_value(unit, value)
        if role == Qt.ItemDataRole.TextAlignmentRole and unit != "text":
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def refresh(self, ws: Worksheet, findings: tuple[Finding, ...]) -> None:
        found = ws.results.get(self.name)
        rows = found.value if found is not None and isinstance(found.value, tuple) else ()
        if rows != self.rows:
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()


class ResultTable(QTableView):
    """A read-only table of a computed result."""

    def __init__(self, name: str, columns: tuple[tuple[str, str, str], ...], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"result:{name}")
        self.result_model = ResultTableModel(name, columns, self)
        self.setModel(self.result_model)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        text = [i for i, (_, _, unit) in enumerate(columns) if unit == "text"]
        header.setSectionResizeMode(text[0] if text else len(columns) - 1, QHeaderView.ResizeMode.Stretch)

    def refresh(self, ws: Worksheet, findings: tuple[Finding, ...]) -> None:
        self.result_model.refresh(ws, findings)
        fit_height(self, self.result_model.rowCount(), least=1)
