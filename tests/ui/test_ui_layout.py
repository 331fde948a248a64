"""The window fits a laptop: from 1280x720 up, every result shows whole, no
page scrolls sideways, every table column is in view, and the window opens
no larger than the screen it is on."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from ui.document import DealDocument
from ui.main_window import MainWindow
from ui.tabs.base import SectionBody
from ui.widgets.results import ResultView


@pytest.fixture
def laptop_window(qtbot, app_setup, example_deal):
    def make(width: int, height: int) -> MainWindow:
        window = MainWindow(DealDocument(example_deal, example=True), autosave=False)
        qtbot.addWidget(window)
        window.resize(width, height)
        window.show()
        qtbot.waitExposed(window)
        window.build_tabs()
        return window

    return make


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def clipped(label: QLabel, area: QWidget) -> str | None:
    """Why ``label`` does not show whole inside ``area`` (sideways), or None."""
    text = label.text()
    needed = label.fontMetrics().horizontalAdvance(text)
    room = label.contentsRect().width()
    if needed > room:
        return f"{label.objectName()} '{text}' needs {needed} px, has {room}"
    left = label.mapTo(area, QPoint(0, 0)).x()
    if left < 0 or left + label.width() > area.width():
        return f"{label.objectName()} '{text}' spans x {left}..{left + label.width()} of {area.width()}"
    return None


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768)])
def test_no_result_is_clipped_on_a_laptop(laptop_window, size):
    window = laptop_window(*size)
    problems = []
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        settle()
        page = window.tabs.currentWidget()
        assert page.horizontalScrollBar().maximum() == 0 or not page.horizontalScrollBar().isVisible()
        assert page.widget().width() <= page.viewport().width()
        views = [v for views in window.binder.results.values() for v in views if page.isAncestorOf(v)]
        assert views, f"no results on {page.objectName()}"
        problems += [p for v in views if (p := clipped(v.value_label, page.viewport()))]
        for table in window.binder.tables.values():
            if page.isAncestorOf(table):
                header = table.view.horizontalHeader()
                used = sum(header.sectionSize(c) for c in range(header.count()))
                if used > table.view.viewport().width():
                    problems.append(f"{table.objectName()}: columns need {used} px, "
                                    f"have {table.view.viewport().width()}")
    summary = [v for views in window.binder.results.values() for v in views if window.summary.isAncestorOf(v)]
    problems += [p for v in summary if (p := clipped(v.value_label, window.summary.viewport()))]
    assert not problems, "\n".join(problems)


def test_sections_put_results_under_inputs_when_narrow(laptop_window):
    window = laptop_window(1280, 720)
    window.summary_dock.hide()
    settle()
    body = window.pages["offering"].findChildren(SectionBody)[0]
    assert not body.stacked()
    window.resize(900, 720)
    settle()
    assert body.stacked()
    view = window.binder.results["offering.gross_proceeds"][0]
    assert clipped(view.value_label, window.pages["offering"].viewport()) is None


def test_the_window_opens_no_larger_than_its_screen(make_window):
    window = make_window()
    room = window.screen().availableGeometry()
    assert window.width() <= room.width() and window.height() <= room.height()
    assert window.minimumSizeHint().width() <= 1280 and window.minimumSizeHint().height() <= 720


def test_summary_can_narrow_and_be_hidden(laptop_window):
    window = laptop_window(1280, 720)
    assert window.summary_dock.minimumWidth() <= 260
    assert window.summary_dock.width() <= 0.3 * 1280
    window.summary_dock.toggleViewAction().trigger()
    settle()
    assert not window.summary_dock.isVisible()
    assert isinstance(window.binder.results["shares.dilution"][0], ResultView)
