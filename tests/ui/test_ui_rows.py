"""Adding rows with the keyboard alone, and the table edits that must never
lose or change work behind the user's back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QPushButton

from tests.ui.uihelpers import D, settle
from ui.tabs import TAB_KEYS
from worksheet.kinds import Invalid


def press(qtbot, keys: str | Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Keys sent where the keyboard focus is, as a person types them: the
    event loop turns between two keys (a cell editor commits on the next turn)."""
    for key in ([keys] if isinstance(keys, Qt.Key) else keys):
        target = QApplication.focusWidget()
        assert target is not None, "nothing has the keyboard focus"
        qtbot.keyClick(target, key, modifier)
        QApplication.processEvents()


def button(table, text: str) -> QPushButton:
    return next(b for b in table.findChildren(QPushButton) if b.text() == text)


def proceeds_tab(qtbot, make_window, example_deal):
    window = make_window(example_deal)
    window.activateWindow()
    qtbot.waitActive(window)
    window.tabs.setCurrentIndex(TAB_KEYS.index("proceeds"))
    window.build_tabs()
    page = window.pages["proceeds"]
    toggle = next(c for c in page.findChildren(QCheckBox) if c.text() == "Include in this deal")
    return window, page, toggle


def test_add_row_then_type_tab_type_keeps_every_entry(qtbot, make_window, example_deal):
    window, page, toggle = proceeds_tab(qtbot, make_window, example_deal)
    toggle.setFocus()  # where the keyboard was when the report was made
    qtbot.waitUntil(toggle.hasFocus)
    plan = window.binder.tables["proceeds.facility_plan"]
    before = window.document.deal.proceeds.facility_plan
    qtbot.mouseClick(button(plan, "Add row"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(plan.view.hasFocus)
    press(qtbot, "New data centre")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, "NW/SI")
    press(qtbot, Qt.Key.Key_Tab)
    settle(window)
    deal = window.document.deal
    assert deal.proceeds is not None and toggle.isChecked()
    plan_rows = deal.proceeds.facility_plan
    assert plan_rows[:len(before)] == before
    assert (plan_rows[-1].company, plan_rows[-1].segment) == ("New data centre", "NW/SI")
    assert window.findings.list.count() >= 1  # the half-filled row is the user's to finish, not lost


def test_rows_can_be_added_moved_and_removed_from_the_keyboard(qtbot, make_window, example_deal):
    window, page, _ = proceeds_tab(qtbot, make_window, example_deal)
    lines = window.binder.tables["proceeds.lines"]
    lines.view.setFocus()
    lines.view.setCurrentIndex(lines.model.index(0, 0))
    qtbot.waitUntil(lines.view.hasFocus)
    press(qtbot, Qt.Key.Key_Insert)
    assert len(window.document.deal.proceeds.lines) == 4
    assert lines.view.currentIndex().row() == 1 and lines.view.hasFocus()
    press(qtbot, "Working capital")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.document.deal.proceeds.lines[0].purpose == "Working capital"
    press(qtbot, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert len(window.document.deal.proceeds.lines) == 3
    assert window.document.deal.proceeds.lines == example_deal.proceeds.lines
    # the row buttons are in the Tab order, and a click does not take the focus
    assert all(b.focusPolicy() == Qt.FocusPolicy.TabFocus for b in lines.findChildren(QPushButton))


def test_an_unknown_choice_stays_until_one_is_picked(qtbot, make_window, example_deal):
    window, page, _ = proceeds_tab(qtbot, make_window, example_deal)
    lines = window.binder.tables["proceeds.lines"]
    model = lines.model
    lines.view.setCurrentIndex(model.index(0, 0))
    lines.paste("Buy a building\tReal estate\t5\tSoon\n")
    kind = window.document.deal.proceeds.lines[0].kind
    assert isinstance(kind, Invalid) and kind.text == "Real estate"
    index = model.index(0, model.column_of("kind"))
    lines.view.setFocus()
    lines.view.setCurrentIndex(index)
    qtbot.waitUntil(lines.view.hasFocus)
    press(qtbot, Qt.Key.Key_F2)  # the cell's editor opens on the bad entry...
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    assert combo.currentIndex() == -1 and "Real estate" in combo.placeholderText()
    press(qtbot, Qt.Key.Key_Tab)  # ...and leaving it changes nothing
    assert window.document.deal.proceeds.lines[0].kind == kind
    lines.view.setCurrentIndex(index)
    press(qtbot, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    combo.setCurrentIndex(combo.findData("other"))
    press(qtbot, Qt.Key.Key_Return)
    assert window.document.deal.proceeds.lines[0].kind == "other"


def test_a_table_never_grows_past_what_a_deal_file_holds(qtbot, make_window, example_deal, dialogs, tmp_path):
    from ui.tables import MAX_TABLE_ROWS

    window = make_window(example_deal)
    window.build_tabs()
    history = window.document.deal.merger.price_history
    big = tmp_path / "closes.csv"
    big.write_text("Date,Close\n" + "".join(f"{2000 + i // 366}-01-01,{100 + i % 7}\n"
                                            for i in range(MAX_TABLE_ROWS + 1)), encoding="utf-8")
    assert not window.pages["merger"].import_prices(str(big))
    assert window.document.deal.merger.price_history == history
    assert any(f"{MAX_TABLE_ROWS:,}" in text for text in dialogs.texts("warning"))
    plan = window.binder.tables["proceeds.facility_plan"]
    plan.paste("x\tNW/SI\tBuilding\t1\t0\n" * (MAX_TABLE_ROWS + 1))
    assert window.document.deal.proceeds.facility_plan == example_deal.proceeds.facility_plan
    assert len(dialogs.texts("warning")) == 2


def test_leaving_a_section_out_says_how_to_bring_it_back(qtbot, make_window, example_deal):
    window, page, toggle = proceeds_tab(qtbot, make_window, example_deal)
    toggle.setFocus()
    qtbot.waitUntil(toggle.hasFocus)
    press(qtbot, Qt.Key.Key_Space)
    deal = window.document.deal
    assert "proceeds" not in deal.present() and not toggle.isChecked()
    assert deal.proceeds == example_deal.proceeds  # left out, every figure kept
    assert "Use of proceeds" in window.statusBar().currentMessage()
    assert "Undo" in window.statusBar().currentMessage()
    press(qtbot, Qt.Key.Key_Space)  # ticked again: back in, as it was
    assert window.document.deal.present() == example_deal.present() and toggle.isChecked()
    press(qtbot, Qt.Key.Key_Space)
    window.undo_action.trigger()
    assert window.document.deal.proceeds == example_deal.proceeds and toggle.isChecked()
    assert "proceeds" in window.document.deal.present()
    assert window.document.deal.proceeds.facility_plan[0].total == D("1745000")
