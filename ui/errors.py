"""The one way the window reports a problem or asks before losing work.

Message boxes are Qt's static ones, so tests patch ``QMessageBox`` and never
click through a dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.i18n import label_of, say
from worksheet.dealfile import DealFileError


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, message)


def file_error_text(exc: DealFileError, path: str | Path | None = None) -> str:
    """A deal file's problem, naming the field when there is one."""
    where = str(exc.file or path or "")
    text = QCoreApplication.translate("Errors", "The deal file {file} cannot be opened.").format(file=where)
    if exc.field:
        field = QCoreApplication.translate("Errors", "Field: {field} ({label})").format(
            field=exc.field, label=label_of(exc.field))
        text += "\n\n" + field
    return text + "\n" + say(exc.message)


def ask_save_changes(parent: QWidget | None, name: str) -> QMessageBox.StandardButton:
    """Save, Discard or Cancel, before the unsaved deal ``name`` is closed."""
    return QMessageBox.question(
        parent,
        QCoreApplication.translate("Errors", "Unsaved changes"),
        QCoreApplication.translate("Errors", "The deal {name} has unsaved changes. Save them first?").format(name=name),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
