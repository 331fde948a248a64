"""Every action from the keyboard: no shortcut swallowed by a text field,
the date popup, copying a result whole as a number Excel reads, the list
of keys under Help."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from tests.ui.uihelpers import editor
from ui.widgets.results import ValueLabel


@pytest.fixture
def active(qtbot, make_window, example_deal):
    window = make_window(example_deal)
    window.activateWindow()
    qtbot.waitActive(window)
    return window


def focus(qtbot, widget):
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    return widget


@pytest.mark.parametrize("action, key, modifiers", [
    ("export", Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier),
    ("pdf", Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),
    ("print", Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier),
])
@pytest.mark.parametrize("field", ["offering.close_price", "issuer.name", "schedule.pricing_date", "notes"])
def test_window_shortcuts_reach_the_window_from_any_field(qtbot, active, monkeypatch, action, key, modifiers, field):
    actions = {"export": active.files.export_action, "pdf": active.printing.pdf_action,
               "print": active.printing.print_action}
    active.build_tabs()
    monkeypatch.setattr(active.printing, "print_", lambda: None)
    monkeypatch.setattr(active.files, "export", lambda: None)
    monkeypatch.setattr(active.printing, "export_pdf", lambda: None)
    target = editor(active, field)
    active.go_to(field)
    focus(qtbot, target)
    with qtbot.waitSignal(actions[action].triggered, timeout=1000):
        qtbot.keyClick(target, key, modifiers)


@pytest.mark.parametrize("key, modifiers", [(Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier),
                                            (Qt.Key.Key_F4, Qt.KeyboardModifier.NoModifier)])
def test_the_date_popup_opens_and_picks_from_the_keyboard(qtbot, active, key, modifiers):
    date = active.binder.fields["schedule.pricing_date"][0].editor
    line = focus(qtbot, date.line)
    qtbot.keyClick(line, key, modifiers)
    qtbot.waitUntil(lambda: date.popup_calendar is not None and date.popup_calendar.isVisible())
    calendar = date.popup_calendar
    days = calendar.focusWidget()  # the month grid inside the calendar has the keyboard
    assert days is not None and calendar.isAncestorOf(days)
    qtbot.keyClick(days, Qt.Key.Key_Right)  # 2013-07-10 -> 2013-07-11
    qtbot.keyClick(days, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not calendar.isVisible())
    assert active.document.deal.schedule.pricing_date.isoformat() == "2013-07-11"
    assert line.text() == "2013-07-11"


@pytest.mark.parametrize("name, shown, copied", [
    ("offering.underwriters_spread", "543,132,000", "543132000"),
    ("offering.spread_per_share", "115.56", "115.56"),
    ("shares.dilution", "11.76%", "0.1176"),
    ("schedule.payment_date", "2013-07-18", "2013-07-18"),
    ("merger.short_form_merger", "Yes", "Yes"),
])
def test_a_result_copies_whole_as_a_number_excel_reads(qtbot, active, name, shown, copied):
    active.build_tabs()
    view = active.binder.results[name][0]
    active.go_to(name)
    label = focus(qtbot, view.value_label)
    assert label.text() == shown
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(label, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == copied
    qtbot.mouseDClick(label, Qt.MouseButton.LeftButton)
    assert label.selectedText() == shown


def test_results_come_after_the_inputs_in_the_tab_order(active):
    QApplication.processEvents()  # the order is set once the page is up
    page = active.pages["offering"]
    chain, widget = [], page.widget().nextInFocusChain()
    while widget is not page.widget():
        if widget is not page and page.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    kinds = [isinstance(w, ValueLabel) for w in chain]
    assert any(kinds) and kinds == sorted(kinds), "a result sits between two inputs in the Tab order"


def test_findings_and_the_list_of_keys_from_the_keyboard(qtbot, active):
    qtbot.keyClick(active, Qt.Key.Key_F8)
    qtbot.waitUntil(active.findings.list.hasFocus)
    assert active.findings.list.currentRow() == 0
    with qtbot.waitSignal(active.findings.go_to):
        qtbot.keyClick(active.findings.list, Qt.Key.Key_Return)
    dialog = active.show_shortcuts()
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    for expected in ("Export to Excel", "Ctrl+E", "Print", "Ctrl+P", "F4", "Copy a result", "Add a row"):
        assert expected in text
    assert not active.shortcuts_action.shortcut().isEmpty()
    assert QApplication.activeModalWidget() is None
