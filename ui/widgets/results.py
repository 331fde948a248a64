"""Read-only views: a computed result, an input shown elsewhere (the summary
repeats some), and the banner that marks illustrative figures.

A result prints as the releases print it (``worksheet.display``); its
tooltip gives the rule that produced it and, when it is blank, the field it
waits for.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent, QFocusEvent, QGuiApplication, QKeyEvent, QKeySequence, QMouseEvent, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QWidget

from ui.glossary import synonyms
from ui.i18n import label_of, language, show_input, show_value, words
from ui.widgets.decoration import MUTED_COLOR, FindingMark, mark_text, set_text_color
from worksheet.deal import Deal, Worksheet
from worksheet.display import format_value, unit_words
from worksheet.explain import explain
from worksheet.findings import Finding
from worksheet.kinds import Invalid
from worksheet.schema import FieldInfo

BLANK = "\u2014"
_TEXT_UNITS = ("yes/no", "text")
VALUE_WIDTH = 150


def plain_value(unit: str, value: Any) -> str:
    """A result as Excel reads a number: no thousands separators, no
    trailing zeros (2415.7, not "2,415.70"), a percentage as the fraction
    the screen shows (11.76% is 0.1176), a date as yyyy-mm-dd."""
    if value is None or isinstance(value, tuple):
        return ""
    if isinstance(value, bool) or unit in _TEXT_UNITS:
        return format_value(unit, value)
    if isinstance(value, (dt.date,)):
        return value.isoformat()
    if unit == "%":
        shown = Decimal(format_value(unit, value).rstrip("%").replace(",", "")) / 100
        return _plain_decimal(shown)
    if isinstance(value, (int, Decimal)):
        return _plain_decimal(Decimal(value))
    return str(value)


def _plain_decimal(number: Decimal) -> str:
    text = format(number, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


class ValueLabel(QLabel):
    """A figure that copies whole: reached with Tab or a click, double-click
    selects all of it, Copy (Ctrl+C) puts the plain number on the clipboard,
    and its menu also copies it as shown."""

    def __init__(self, plain: Callable[[], str], parent: QWidget | None = None):
        super().__init__(BLANK, parent)
        self._plain = plain
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # after the flags, which set a policy of their own
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)

    def show_text(self, text: str) -> None:
        """Show ``text`` in a label of fixed size, widened when a longer figure
        needs it and never narrowed: a figure changing then moves nothing and
        costs no layout (Qt skips the layout of a widget of fixed size)."""
        self.setText(text)
        needed = self.fontMetrics().horizontalAdvance(text) + 2 * self.margin() + 2
        if needed > self.width():
            self.setFixedWidth(needed)

    def keep_size(self, width: int) -> None:
        self.setFixedSize(max(width, self.fontMetrics().horizontalAdvance(self.text()) + 2), self.sizeHint().height())

    def copy_value(self) -> str:
        text = self._plain()
        QGuiApplication.clipboard().setText(text)
        return text

    def copy_as_shown(self) -> None:
        QGuiApplication.clipboard().setText(self.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_value()
            event.accept()
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.setSelection(0, len(self.text()))
        event.accept()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Copy value"), self.copy_value).setShortcut(QKeySequence.StandardKey.Copy)
        menu.addAction(self.tr("Copy as shown"), self.copy_as_shown)
        menu.exec(event.globalPos())

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._show_focus(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._show_focus(False)

    def _show_focus(self, focused: bool) -> None:
        """A label draws no focus of its own: the figure is highlighted while
        it has the keyboard (a colour, so nothing moves and no paint override)."""
        self.setAutoFillBackground(focused)
        if focused:
            palette = self.palette()
            palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.Highlight).lighter(170))
            self.setPalette(palette)


class ResultView(QWidget):
    """One computed figure, right-aligned, with its unit and the rule as tooltip."""

    def __init__(self, name: str, unit: str, parent: QWidget | None = None, *, compact: bool = False):
        super().__init__(parent)
        self.name = name
        self.unit = unit
        self.setObjectName(name)
        self.value_label = ValueLabel(self.plain)
        self.value_label.setObjectName(f"result:{name}")
        self.value_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        font = self.value_label.font()
        font.setBold(True)
        self.value_label.setFont(font)
        self._plain = self.value_label.palette().color(self.value_label.foregroundRole()).name()
        self.unit_label = QLabel(unit_words(unit, language()))
        set_text_color(self.unit_label, MUTED_COLOR)
        self.mark = FindingMark()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        if compact:  # the summary: figures flush right, no units
            self.value_label.keep_size(self.value_label.fontMetrics().horizontalAdvance("0,000,000,000"))
            row.addStretch(1)
            row.addWidget(self.value_label)
            self.unit_label.hide()
            row.addWidget(self.mark)
        else:  # a tab: figures line up at a fixed right edge, units after them
            self.value_label.keep_size(VALUE_WIDTH)
            row.addWidget(self.value_label)
            row.addWidget(self.unit_label)
            row.addWidget(self.mark)
            row.addStretch(1)
        self._blocked_by: Any = object()
        self._findings: tuple[Finding, ...] = ()
        self._found: Any = None

    def text(self) -> str:
        return self.value_label.text()

    def plain(self) -> str:
        """The figure as Excel reads it (empty while it is blank)."""
        found = self._found
        return "" if found is None else plain_value(found.unit, found.value)

    def tooltip(self, blocked_by: str | None) -> str:
        parts = [f"<b>{words(self.name)}</b>", explain(self.name, language())]
        if synonyms(self.name):
            parts.append(synonyms(self.name))
        if blocked_by:
            parts.append(self.tr("<i>Blank until this is filled in or corrected: {field}</i>").format(
                field=label_of(blocked_by)))
        return "<br>".join(parts)

    def refresh(self, ws: Worksheet, findings: tuple[Finding, ...] | None) -> None:
        found = ws.results.get(self.name)
        self._found = found
        if found is None:
            text, blocked_by = BLANK, ""
        else:
            text = show_value(found.unit, found.value)
            blocked_by = found.blocked_by or ""
        if text != self.value_label.text():
            self.value_label.show_text(text)
        if blocked_by != self._blocked_by:
            self._blocked_by = blocked_by
            self.value_label.setToolTip(self.tooltip(blocked_by))
        if findings is not None:
            self.set_findings(findings)

    def set_findings(self, findings: tuple[Finding, ...]) -> None:
        if findings != self._findings:
            self._findings = findings
            mark_text(self.value_label, findings, self._plain)
            self.mark.show_findings(findings)

    def findings_text(self) -> str:
        return self.mark.findings_text()


class ValueView(QLabel):
    """An input shown read-only elsewhere (e.g. in the summary)."""

    def __init__(self, path: str, info: FieldInfo, parent: QWidget | None = None):
        super().__init__(BLANK, parent)
        self.path = path
        self.kind = info.kind
        self.setObjectName(f"value:{path}")
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setToolTip(label_of(path))
        self._shown: Any = object()

    def refresh_deal(self, deal: Deal) -> None:
        value = deal.get(self.path)
        if value is self._shown:
            return
        self._shown = value
        if value is None or isinstance(value, Invalid) or self.kind is None:
            self.setText(BLANK)
        else:
            self.setText(show_input(self.kind, value))


class BannerView(QLabel):
    """A visible banner while the flag at ``path`` is set: "illustrative"."""

    def __init__(self, path: str, text: str, parent: QWidget | None = None):
        super().__init__(text, parent)
        self.path = path
        self.setObjectName(f"banner:{path}")
        self.setWordWrap(True)
        self.setStyleSheet("QLabel { background: #fff4ce; color: #5c4400; border: 1px solid #e0b000;"
                           " border-radius: 3px; padding: 6px 10px; font-weight: bold; }")
        self.setVisible(False)

    def refresh_deal(self, deal: Deal) -> None:
        wanted = deal.get(self.path) is True
        if self.isHidden() == wanted:
            self.setVisible(wanted)
