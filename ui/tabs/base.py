"""What every tab is made of: sections that show inputs with the results
they produce beside them, and tables. A tab lists paths; the binder builds
and binds the widgets."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (QBoxLayout, QFrame, QGridLayout, QGroupBox, QLabel, QScrollArea, QSizePolicy,
                               QVBoxLayout, QWidget)

from ui.binding import Binder
from ui.i18n import language, words
from ui.widgets.decoration import MUTED_COLOR, set_text_color
from ui.widgets.results import ValueLabel
from worksheet.explain import explain
from worksheet.rules import Rule

if TYPE_CHECKING:
    from ui.table_editor import TableEditor

LABEL_WIDTH = 150
TAB_FOCUS = Qt.FocusPolicy.TabFocus.value


def _grid(parent: QWidget) -> QGridLayout:
    grid = QGridLayout(parent)
    grid.setContentsMargins(0, 0, 0, 0)
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


#: room beyond the two halves' least widths before they stand side by side
SIDE_BY_SIDE_SLACK = 0


class SectionBody(QWidget):
    """A section's inputs and its results: side by side when the width allows
    both without squeezing, else the results under the inputs. Its least
    width is the wider half's, so a page never needs to scroll sideways."""

    def __init__(self, halves: list[QWidget], parent: QWidget | None = None):
        super().__init__(parent)
        self.halves = halves
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(24)
        self.line: QFrame | None = None
        for i, half in enumerate(halves):
            if i:
                self.line = QFrame()
                self.line.setFrameShape(QFrame.Shape.VLine)
                self.line.setFrameShadow(QFrame.Shadow.Sunken)
                self.box.addWidget(self.line)
            # equal shares whatever the figures: a result going blank never shifts the inputs
            half.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            self.box.addWidget(half, 1)

    def side_by_side_width(self) -> int:
        return (sum(h.minimumSizeHint().width() for h in self.halves) + SIDE_BY_SIDE_SLACK
                + self.box.spacing() * 2 * (len(self.halves) - 1))

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(max((h.minimumSizeHint().width() for h in self.halves), default=0), hint.height())

    def stacked(self) -> bool:
        return self.box.direction() == QBoxLayout.Direction.TopToBottom

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wanted = (QBoxLayout.Direction.LeftToRight if event.size().width() >= self.side_by_side_width()
                  else QBoxLayout.Direction.TopToBottom)
        if wanted != self.box.direction():
            self.box.setDirection(wanted)
            if self.line is not None:
                self.line.setFrameShape(QFrame.Shape.VLine if wanted == QBoxLayout.Direction.LeftToRight
                                        else QFrame.Shape.HLine)
            self.updateGeometry()


class TabPage(QScrollArea):
    """A page of sections and tables that scrolls up and down, never sideways:
    sections reflow to the width there is."""

    def __init__(self, binder: Binder, parent: QWidget | None = None):
        super().__init__(parent)
        self.binder = binder
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        #: what the page shows, in order, for printing: ("section", title, inputs, results),
        #: ("table", title, editor), ("result_table", title, view), ("fields", title, paths)
        self.outline: list[tuple] = []
        content = QWidget()
        self.column = QVBoxLayout(content)
        self.column.setContentsMargins(12, 12, 12, 12)
        self.column.setSpacing(12)
        self.setWidget(content)

    def finish(self) -> None:
        self.column.addStretch(1)
        # only Tab needs it: after the page is first shown, never in the way of start-up
        QTimer.singleShot(0, self, self._results_last)  # not once the page is gone (a language switch)

    def _results_last(self) -> None:
        """Tab goes through a page's inputs and tables first, then its results,
        so typing a deal in is not interrupted by the figures beside it."""
        content = self.widget()
        chain: list[QWidget] = []
        widget = content.nextInFocusChain()
        while widget is not content and len(chain) < 5000:
            if content.isAncestorOf(widget) and widget.focusPolicy().value & TAB_FOCUS:
                chain.append(widget)
            widget = widget.nextInFocusChain()
        ordered = ([w for w in chain if not isinstance(w, ValueLabel)]
                   + [w for w in chain if isinstance(w, ValueLabel)])
        for first, second in zip(ordered, ordered[1:]):
            QWidget.setTabOrder(first, second)

    def add(self, widget: QWidget) -> QWidget:
        self.column.addWidget(widget)
        return widget

    def section(self, title: str, inputs: list[str], results: list[Rule], *, toggle: str | None = None,
                inputs_title: str | None = None, results_title: str | None = None,
                long_text: tuple[str, ...] = ()) -> QGroupBox:
        """A group with its inputs on the left and the results beside them."""
        self.outline.append(("section", title, inputs, results))
        box = QGroupBox(title)
        outer = QVBoxLayout(box)
        if toggle:
            outer.addWidget(self.binder.section_toggle(toggle))
        halves: list[QWidget] = []
        if inputs:
            half = QWidget()
            left = _grid(half)
            left.addWidget(_heading(inputs_title or self.tr("Inputs")), 0, 0, 1, 2)
            for i, path in enumerate(inputs, start=1):
                label = self.binder.label(path)
                left.addWidget(label, i, 0, Qt.AlignmentFlag.AlignTop)
                adapter = self.binder.field(path, multiline=path in long_text)
                label.setBuddy(adapter.focus_widget())
                left.addWidget(adapter.widget, i, 1, Qt.AlignmentFlag.AlignTop)
            left.setRowStretch(len(inputs) + 1, 1)
            halves.append(half)
        if results:
            half = QWidget()
            right = _grid(half)
            right.addWidget(_heading(results_title or self.tr("Results")), 0, 0, 1, 2)
            for i, rule in enumerate(results, start=1):
                label = QLabel(words(rule.name))
                label.setWordWrap(True)
                label.setToolTip(explain(rule.name, language()))
                right.addWidget(label, i, 0, Qt.AlignmentFlag.AlignTop)
                right.addWidget(self.binder.result(rule), i, 1, Qt.AlignmentFlag.AlignTop)
            right.setRowStretch(len(results) + 1, 1)
            halves.append(half)
        outer.addWidget(SectionBody(halves))
        self.column.addWidget(box)
        return box

    def table(self, path: str, *, title: str | None = None, **options) -> TableEditor:
        editor = self.binder.table(path, **options)
        self.outline.append(("table", title or editor.title, editor))
        box = QGroupBox(title or editor.title)
        layout = QVBoxLayout(box)
        layout.addWidget(editor)
        self.column.addWidget(box)
        return editor
