"""Undo and redo of every edit: one bounded history of deals."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from tests.ui.uihelpers import D, shown, type_into
from ui.document import DealDocument, UndoHistory
from worksheet.deal import Deal


def test_undo_redo_restores_values_both_ways(qtbot, make_window, example_deal):
    window = make_window(example_deal)
    widget = type_into(qtbot, window, "offering.amount_paid", "3,300")
    assert shown(window, "offering.stated_capital_increase") == "7,755,000,000"
    assert window.document.deal.offering.amount_paid == D("3300")
    window.undo_action.trigger()
    assert widget.text() == "3,279.44"
    assert window.document.deal.offering.amount_paid == D("3279.44")
    assert shown(window, "offering.stated_capital_increase") == "7,706,684,000"
    assert not window.isWindowModified()
    window.redo_action.trigger()
    assert widget.text() == "3,300"
    assert shown(window, "offering.stated_capital_increase") == "7,755,000,000"
    assert window.isWindowModified()


def test_keystrokes_in_one_field_are_one_step(qtbot, make_window):
    window = make_window()
    type_into(qtbot, window, "offering.shares_offered", "4700000")
    type_into(qtbot, window, "offering.offer_price", "3395")
    assert window.document.deal.offering.offer_price == D("3395")
    window.document.undo()
    assert window.document.deal.offering.offer_price is None
    assert window.document.deal.offering.shares_offered == 4_700_000
    window.document.undo()
    assert window.document.deal.offering is None
    assert not window.document.history.undo_label


def test_undo_shortcut_reaches_the_deal_from_a_field(qtbot, make_window, example_deal):
    window = make_window(example_deal)
    window.activateWindow()
    widget = type_into(qtbot, window, "offering.close_price", "3600")
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    sequence = QKeySequence(QKeySequence.StandardKey.Undo)[0]
    qtbot.keyClick(widget, sequence.key(), sequence.keyboardModifiers())
    assert window.document.deal.offering.close_price == D("3520")
    assert widget.text() == "3,520"


def test_menu_names_the_step(qtbot, make_window):
    window = make_window()
    type_into(qtbot, window, "offering.shares_offered", "100")
    assert window.undo_action.text().replace("&", "") == "Undo Shares offered"
    assert window.undo_action.isEnabled() and not window.redo_action.isEnabled()


def test_history_is_bounded():
    history = UndoHistory(limit=3)
    deals = [Deal(title=str(i)) for i in range(6)]
    for deal in deals[:-1]:
        history.record(deal, deal.title, None)
    current = deals[-1]
    undone = []
    while (step := history.undo(current)) is not None:
        undone.append(step.deal.title)
        current = step.deal
    assert undone == ["4", "3", "2"]


def test_edit_that_changes_nothing_is_not_a_step():
    doc = DealDocument(Deal())
    assert not doc.edit("title", "")
    assert doc.history.undo_label is None and not doc.dirty
    assert doc.edit("title", "IIJ")
    assert doc.dirty
    doc.undo()
    assert not doc.dirty


def test_typing_then_leaving_makes_a_new_step(qtbot, make_window):
    window = make_window()
    type_into(qtbot, window, "offering.shares_offered", "100")
    type_into(qtbot, window, "offering.shares_offered", "200")  # Enter ended the first
    window.document.undo()
    assert window.document.deal.offering.shares_offered == 100
    assert Qt  # keep the import for the key constants used above
