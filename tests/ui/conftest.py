"""Fixtures for the window's tests: headless Qt, settings and autosaves in a
temporary folder, message boxes and file dialogs patched (never clicked)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dataclasses import dataclass, field  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget  # noqa: E402

from ui.app import setup_application  # noqa: E402
from tests.ui.uihelpers import TRANSLATION_COUNTS, compile_translations  # noqa: E402
from ui.document import DealDocument  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from worksheet import dealfile  # noqa: E402
from worksheet.deal import Deal  # noqa: E402
from worksheet.resources import example_deal_path  # noqa: E402


@dataclass
class Dialogs:
    """What the window asked or told the user; ``answers`` are given in order."""

    calls: list[tuple[str, str, str]] = field(default_factory=list)
    answers: list[Any] = field(default_factory=list)
    files: list[str] = field(default_factory=list)

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for k, _, text in self.calls if kind is None or k == kind]


def pytest_terminal_summary(terminalreporter):
    """The Japanese translations counted by tests/ui/test_ui_translations.py."""
    if TRANSLATION_COUNTS:
        terminalreporter.section("Japanese translations")
        for line in TRANSLATION_COUNTS:
            terminalreporter.write_line(line)


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    """Each test: its own settings and data folders, no real dialog."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    monkeypatch.setenv("DEAL_WORKSHEET_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("DEAL_WORKSHEET_QUIT_AFTER_SHOWN", raising=False)
    dialogs = Dialogs()

    def box(kind: str, default: Any):
        def shown(parent: QWidget | None, title: str, text: str, *args: Any, **kwargs: Any) -> Any:
            dialogs.calls.append((kind, title, text))
            return dialogs.answers.pop(0) if dialogs.answers and kind == "question" else default
        return staticmethod(shown)

    monkeypatch.setattr(QMessageBox, "question", box("question", QMessageBox.StandardButton.Discard))
    monkeypatch.setattr(QMessageBox, "warning", box("warning", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "information", box("information", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "critical", box("critical", QMessageBox.StandardButton.Ok))

    def file_dialog(*args: Any, **kwargs: Any) -> tuple[str, str]:
        return (dialogs.files.pop(0) if dialogs.files else "", "")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(file_dialog))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(file_dialog))
    return dialogs


@pytest.fixture
def dialogs(isolated) -> Dialogs:
    return isolated


@pytest.fixture(scope="session")
def app_setup(qapp) -> QApplication:
    """The application as the program sets it up, in English whatever the
    machine's locale; the Japanese catalogue compiled if its source is newer."""
    compile_translations()
    setup_application(qapp, language="en")
    return qapp


@pytest.fixture
def example_deal() -> Deal:
    return dealfile.load(example_deal_path())


@pytest.fixture
def make_window(qtbot, app_setup):
    """A shown main window on a deal (a new, empty one by default)."""

    def make(deal: Deal | None = None, **kwargs: Any) -> MainWindow:
        window = MainWindow(DealDocument(deal, **kwargs))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make
