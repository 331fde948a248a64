"""How a finding shows beside its widget without moving anything: a red
(error) or amber (warning) border, and an icon in a place kept for it
beside the widget with the messages as its tooltip. The messages are also
in the Findings list, and in the status bar while the field has the focus.
A table keeps one line under it for its own message."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPalette, QResizeEvent
from PySide6.QtWidgets import QApplication, QLabel, QSizePolicy, QStyle, QWidget

from ui.i18n import language
from worksheet.findings import Finding

MUTED_COLOR = "#6b6f76"
ERROR_COLOR = "#b3261e"
CLOSED_COLOR = ERROR_COLOR  # a day the exchange is closed: beside a date field and in its calendar
WARNING_COLOR = "#8a5a00"
_BORDER = {
    "error": f"border: 1px solid {ERROR_COLOR}; background: #fdf0ef;",
    "warning": "border: 1px solid #d39b00; background: #fff8e1;",
}


def set_text_color(label: QWidget, color: str) -> None:
    """Colour a label's text through its palette (cheaper than a style sheet)."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(color))
    label.setPalette(palette)


def severity_of(findings: tuple[Finding, ...]) -> str:
    if not findings:
        return ""
    return "error" if any(f.is_error for f in findings) else "warning"


def message_of(findings: tuple[Finding, ...]) -> str:
    return "\n".join(f.text(language()) for f in findings)


_ICONS: dict[str, QIcon] = {}


def finding_icon(severity: str) -> QIcon:
    if not _ICONS:
        style = QApplication.style()
        _ICONS["error"] = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        _ICONS["warning"] = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    return _ICONS[severity]


class FindingMark(QLabel):
    """The icon beside a field or result; its room is kept while there is no
    finding, so a message appearing never moves the fields around it."""

    SIZE = 16

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("findingMark")
        self.setFixedSize(self.SIZE, self.SIZE)
        self._text = ""

    def show_findings(self, findings: tuple[Finding, ...]) -> None:
        severity = severity_of(findings)
        self._text = message_of(findings)
        if severity:
            self.setPixmap(finding_icon(severity).pixmap(self.SIZE, self.SIZE))
        else:
            self.clear()
        self.setToolTip(self._text)
        self.setAccessibleDescription(self._text)

    def findings_text(self) -> str:
        """The messages of the findings shown (empty when none)."""
        return self._text


class ElidedLabel(QLabel):
    """One line that never changes the layout: text longer than the room
    there is ends in an ellipsis, and the tooltip holds it whole."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._full = ""

    def set_full_text(self, text: str, tooltip: str | None = None) -> None:
        self._full = text
        self.setToolTip(text if tooltip is None else tooltip)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(self.width(), 40)))


class MessageLabel(ElidedLabel):
    """One line kept under a table for its message."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("findingMessage")
        self.setFixedHeight(self.fontMetrics().height() + 2)

    def show_findings(self, findings: tuple[Finding, ...]) -> None:
        severity = severity_of(findings)
        set_text_color(self, ERROR_COLOR if severity == "error" else WARNING_COLOR)
        self.set_full_text(" \u00b7 ".join(f.text(language()) for f in findings), message_of(findings))

    def findings_text(self) -> str:
        return self.full_text()


def mark(widget: QWidget, findings: tuple[Finding, ...], selector: str = "") -> None:
    """A red or amber border on ``widget`` (``selector`` limits it to one class
    of child, e.g. ``QLineEdit`` inside a compound widget)."""
    style = _BORDER.get(severity_of(findings), "")
    if style and selector:
        style = f"{selector} {{ {style} }}"
    widget.setStyleSheet(style)


def keep_height(widget: QWidget) -> None:
    """Fix ``widget``'s height at its natural one, so the border :func:`mark`
    draws (a style sheet, with metrics of its own) never moves what is below."""
    widget.setFixedHeight(widget.sizeHint().height())


def mark_text(label: QLabel, findings: tuple[Finding, ...], plain: str = "") -> None:
    """A figure in red (error) or amber (warning): its size does not change."""
    severity = severity_of(findings)
    set_text_color(label, ERROR_COLOR if severity == "error" else WARNING_COLOR if severity else plain)
