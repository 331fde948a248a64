"""Findings in a list; choosing one goes to its field."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.uihelpers import type_into
from ui.tabs import TAB_KEYS


def items(window):
    return [window.findings.list.item(i) for i in range(window.findings.list.count())]


def test_choosing_a_finding_goes_to_its_field(qtbot, make_window, example_deal):
    window = make_window(example_deal)
    window.tabs.setCurrentWidget(window.pages["issuer"])
    type_into(qtbot, window, "issuer.shares_issued", "41,297,800")
    window.tabs.setCurrentWidget(window.pages["merger"])
    widget = type_into(qtbot, window, "offering.shares_offered", "4,700,050")
    window.tabs.setCurrentWidget(window.pages["merger"])
    item = next(i for i in items(window) if "whole number of units" in i.text())
    window.findings.list.itemClicked.emit(item)
    assert window.tabs.currentWidget() is window.pages["offering"]
    qtbot.waitUntil(widget.hasFocus)


def test_a_finding_in_a_table_selects_its_cell(qtbot, make_window, example_deal):
    window = make_window(example_deal)
    item = next(i for i in items(window) if "Income before income tax" in i.text())
    assert item.text().startswith("Fiscal figures, row 2")
    window.findings.list.itemClicked.emit(item)
    assert window.tabs.currentWidget() is window.pages["issuer"]
    table = window.binder.tables["issuer.fiscal_years"]
    current = table.view.currentIndex()
    assert current.row() == 1 and current.column() == table.model.column_of("income_before_tax")


def test_counts_in_the_status_bar(make_window, example_deal):
    window = make_window(example_deal)
    assert window.counts.text() == "2 error(s) \u00b7 1 warning(s)"
    assert "2 error(s)" in window.findings.summary.text()


def test_tabs_built_after_start_up_are_bound_and_reachable(qtbot, app_setup, example_deal):
    from ui.document import DealDocument
    from ui.main_window import MainWindow

    window = MainWindow(DealDocument(example_deal), defer_tabs=True)
    qtbot.addWidget(window)
    assert set(window.pages) == {"offering"}
    item = next(i for i in items(window) if "Net income" in i.text())
    window.findings.list.itemClicked.emit(item)  # builds the other tabs, then goes there
    assert set(window.pages) == set(TAB_KEYS)
    assert window.tabs.currentWidget() is window.pages["issuer"]
    table = window.binder.tables["issuer.fiscal_years"]
    assert table.view.currentIndex().row() == 1
    assert window.binder.results["merger.shares_delivered"][0].text() == "104"
    cell = table.model.index(1, table.model.column_of("net_income"))
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is not None  # findings shown on a late-built tab
