"""Line edits for inputs.

Undo and redo belong to the deal, not to each field: a field lets the
window's Undo and Redo shortcuts through instead of undoing its own text,
and every other shortcut of the window's menus too (on Linux a line edit
takes Ctrl+E, Ctrl+K and others as editing keys). Numbers are
right-aligned, as in a release's tables.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from ui.shortcuts import is_window_key

_DEAL_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


class FieldLineEdit(QLineEdit):
    """A line edit whose Undo/Redo keys reach the deal's history."""

    def __init__(self, parent: QWidget | None = None, *, numeric: bool = False):
        super().__init__(parent)
        if numeric:
            self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if any(event.matches(key) for key in _DEAL_KEYS) or is_window_key(event):
                event.ignore()
                return False
        return super().event(event)


class NotesEdit(QPlainTextEdit):
    """A multi-line field that lets the window's shortcuts through too."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if any(event.matches(key) for key in _DEAL_KEYS) or is_window_key(event):
                event.ignore()
                return False
        return super().event(event)
