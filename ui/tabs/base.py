"""What every tab is made of: sections that show inputs with the results
they produce beside them, and tables. A tab lists paths; the binder builds
and binds the widgets."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout,
                               QWidget)

from ui.binding import Binder
from ui.i18n import words
from ui.widgets.decoration import MUTED_COLOR, set_text_color
from worksheet.explain import explain
from worksheet.rules import Rule

if TYPE_CHECKING:
    from ui.table_editor import TableEditor

LABEL_WIDTH = 210


def _grid() -> QGridLayout:
    grid = QGridLayout()
    grid.setHorizontalSpacing(10)
    grid.setVerticalSpacing(6)
    grid.setColumnMinimumWidth(0, LABEL_WIDTH)
    grid.setColumnStretch(0, 0)
    grid.setColumnStretch(1, 1)
    return grid


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    set_text_color(label, MUTED_COLOR)
    return label


class TabPage(QScrollArea):
    """A scrolling page of sections and tables."""

    def __init__(self, binder: Binder, parent: QWidget | None = None):
        super().__init__(parent)
        self.binder = binder
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget()
        self.column = QVBoxLayout(content)
        self.column.setContentsMargins(12, 12, 12, 12)
        self.column.setSpacing(12)
        self.setWidget(content)

    def finish(self) -> None:
        self.column.addStretch(1)

    def add(self, widget: QWidget) -> QWidget:
        self.column.addWidget(widget)
        return widget

    def section(self, title: str, inputs: list[str], results: list[Rule], *, toggle: str | None = None,
                inputs_title: str | None = None, results_title: str | None = None,
                long_text: tuple[str, ...] = ()) -> QGroupBox:
        """A group with its inputs on the left and the results beside them."""
        box = QGroupBox(title)
        outer = QVBoxLayout(box)
        if toggle:
            outer.addWidget(self.binder.section_toggle(toggle))
        row = QHBoxLayout()
        row.setSpacing(24)
        outer.addLayout(row)
        if inputs:
            left = _grid()
            left.addWidget(_heading(inputs_title or self.tr("Inputs")), 0, 0, 1, 2)
            for i, path in enumerate(inputs, start=1):
                label = self.binder.label(path)
                left.addWidget(label, i, 0, Qt.AlignmentFlag.AlignTop)
                adapter = self.binder.field(path, multiline=path in long_text)
                label.setBuddy(adapter.focus_widget())
                left.addWidget(adapter.widget, i, 1, Qt.AlignmentFlag.AlignTop)
            left.setRowStretch(len(inputs) + 1, 1)
            row.addLayout(left, 1)
        if inputs and results:
            line = QFrame()
            line.setFrameShape(QFrame.Shape.VLine)
            line.setFrameShadow(QFrame.Shadow.Sunken)
            row.addWidget(line)
        if results:
            right = _grid()
            right.addWidget(_heading(results_title or self.tr("Results")), 0, 0, 1, 2)
            for i, rule in enumerate(results, start=1):
                label = QLabel(words(rule.name))
                label.setWordWrap(True)
                label.setToolTip(explain(rule.name))
                right.addWidget(label, i, 0, Qt.AlignmentFlag.AlignTop)
                right.addWidget(self.binder.result(rule), i, 1, Qt.AlignmentFlag.AlignTop)
            right.setRowStretch(len(results) + 1, 1)
            row.addLayout(right, 1)
        self.column.addWidget(box)
        return box

    def table(self, path: str, *, title: str | None = None, **options) -> TableEditor:
        editor = self.binder.table(path, **options)
        box = QGroupBox(title or editor.title)
        layout = QVBoxLayout(box)
        layout.addWidget(editor)
        self.column.addWidget(box)
        return editor
