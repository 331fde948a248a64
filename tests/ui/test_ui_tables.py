"""Editable tables: add, remove, reorder, paste from Excel, totals, cells
read by their column's kind, findings on the cell."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from tests.ui.uihelpers import D, settle, shown
from ui.tables import split_clipboard
from worksheet.kinds import Invalid


def test_cell_edit_goes_to_the_deal(make_window, example_deal):
    window = make_window(example_deal)
    table = window.binder.tables["proceeds.facility_plan"]
    model = table.model
    index = model.index(0, model.column_of("paid"))
    assert index.data() == "47,144"
    assert model.setData(index, "47,145")
    assert window.document.deal.proceeds.facility_plan[0].paid == D("47145")
    assert shown(window, "proceeds.facility_remaining") == "10,122,261"
    assert model.index(len(model.rows), model.column_of("paid")).data() == "328,739"
    window.document.undo()
    assert index.data() == "47,144"


def test_bad_cell_is_kept_and_marked(make_window, example_deal):
    window = make_window(example_deal)
    model = window.binder.tables["proceeds.facility_plan"].model
    index = model.index(2, model.column_of("total"))
    model.setData(index, "1.2m")
    assert isinstance(window.document.deal.proceeds.facility_plan[2].total, Invalid)
    assert index.data() == "1.2m"  # at once, before the worksheet is computed
    settle(window)
    assert "1.2m" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert shown(window, "proceeds.facility_total") == "\u2014"


def test_add_remove_and_move_rows(make_window, example_deal):
    window = make_window(example_deal)
    table = window.binder.tables["merger.holders"]
    table.view.setCurrentIndex(table.model.index(0, 0))
    table.add_row()
    assert len(window.document.deal.merger.holders) == 2
    table.model.setData(table.model.index(1, 0), "Another holder")
    table.move_row(-1)
    assert [h.name for h in window.document.deal.merger.holders] == ["Another holder", "Shareholders other than IIJ"]
    table.view.setCurrentIndex(table.model.index(0, 0))
    table.remove_rows()
    assert [h.name for h in window.document.deal.merger.holders] == ["Shareholders other than IIJ"]
    window.document.undo()
    window.document.undo()
    assert [h.name for h in window.document.deal.merger.holders][0] == "Shareholders other than IIJ"


def test_paste_rows_from_the_clipboard(qtbot, make_window, example_deal):
    window = make_window(example_deal)
    table = window.binder.tables["merger.price_history"]
    QGuiApplication.clipboard().setText("Date\tClosing price (JPY)\n2013-11-01\t2,420\n2013-11-05\t2,431.5\n")
    table.view.clearSelection()
    table.view.setCurrentIndex(table.model.index(-1, -1))
    before = len(window.document.deal.merger.price_history)
    qtbot.keyClick(table.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    history = window.document.deal.merger.price_history
    assert len(history) == before + 2  # the heading row was recognised and skipped
    assert history[-1].close == D("2431.5") and history[-1].day.isoformat() == "2013-11-05"
    window.document.undo()
    assert len(window.document.deal.merger.price_history) == before


def test_paste_overwrites_from_the_current_cell(make_window, example_deal):
    window = make_window(example_deal)
    table = window.binder.tables["proceeds.facility_plan"]
    model = table.model
    table.view.setCurrentIndex(model.index(4, model.column_of("total")))
    table.paste("2,416,000\t196,538\n1,634,000\t17,709\n100\t0\n")
    plan = window.document.deal.proceeds.facility_plan
    assert (plan[4].total, plan[4].paid, plan[5].total) == (D("2416000"), D("196538"), D("1634000"))
    assert len(plan) == 7 and plan[6].total == D("100") and plan[6].company == ""


def test_clipboard_split_like_excel():
    assert split_clipboard('a\t"two\nlines"\t3\r\nb\t\t4\r\n') == [["a", "two\nlines", "3"], ["b", "", "4"]]
    assert split_clipboard("") == []


def test_choice_cells_use_the_choice(make_window, example_deal):
    window = make_window(example_deal)
    model = window.binder.tables["proceeds.lines"].model
    index = model.index(2, model.column_of("kind"))
    assert index.data() == "Debt repayment"
    model.setData(index, "other")
    assert window.document.deal.proceeds.lines[2].kind == "other"


def test_import_closes_from_a_csv_file(make_window, example_deal, tmp_path):
    window = make_window(example_deal)
    csv = tmp_path / "closes.csv"
    csv.write_text("Date,Close\n2013-10-30,2428\n2013-10-31,2411\n", encoding="utf-8")
    assert window.pages["merger"].import_prices(str(csv))
    history = window.document.deal.merger.price_history
    assert [p.close for p in history] == [D("2428"), D("2411")]


def test_stated_figures_show_the_computed_one(make_window, example_deal):
    window = make_window(example_deal)
    model = window.binder.tables["stated"].model
    assert model.index(4, len(model.columns)).data() == "11.76%"
