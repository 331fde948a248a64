"""Helpers that drive the real widgets of the main window in tests."""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
#: lines the translation test reports, printed at the end of the run
TRANSLATION_COUNTS: list[str] = []


def compile_translations() -> None:
    """The .qm files, from their .ts sources when those are newer (as the
    set-up does): a test never runs on a stale catalogue."""
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import translations
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    translations.compile_all()


def editor(window: MainWindow, path: str) -> QWidget:
    return window.binder.fields[path][0].focus_widget()


def type_into(qtbot, window: MainWindow, path: str, text: str) -> QWidget:
    """Select the field's text, type ``text`` key by key, press Enter, and
    let the window compute what was typed."""
    widget = editor(window, path)
    widget.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    window.document.flush()  # what the next turn of the event loop does
    return widget


def shown(window: MainWindow, name: str) -> str:
    """The text the result ``name`` shows on its tab, once the edits made so
    far are computed (the window computes once per turn of the event loop)."""
    window.document.flush()
    return window.binder.results[name][0].text()


def settle(window: MainWindow) -> None:
    """Compute what was edited, as the next turn of the event loop would."""
    window.document.flush()


def message(window: MainWindow, path: str) -> str:
    window.document.flush()
    return window.binder.fields[path][0].findings_text()


D = Decimal
