"""How a finding shows beside its widget: a red (error) or amber (warning)
border and a message label under the widget."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from ui.i18n import language
from worksheet.findings import Finding

MUTED_COLOR = "#6b6f76"
ERROR_COLOR = "#b3261e"
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


class MessageLabel(QLabel):
    """The message under a field; hidden while the field has no finding."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setVisible(False)
        self.setObjectName("findingMessage")

    def show_findings(self, findings: tuple[Finding, ...]) -> None:
        severity = severity_of(findings)
        self.setText(message_of(findings))
        set_text_color(self, ERROR_COLOR if severity == "error" else WARNING_COLOR)
        self.setVisible(bool(findings))


def mark(widget: QWidget, findings: tuple[Finding, ...], selector: str = "") -> None:
    """A red or amber border on ``widget`` (``selector`` limits it to one class
    of child, e.g. ``QLineEdit`` inside a compound widget)."""
    style = _BORDER.get(severity_of(findings), "")
    if style and selector:
        style = f"{selector} {{ {style} }}"
    widget.setStyleSheet(style)
