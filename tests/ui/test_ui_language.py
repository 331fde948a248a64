"""View > Language: the window switches between English and Japanese while
it runs, every text it shows follows, and the deal, its undo history and
the tab shown stay as they were."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox, QDialogButtonBox,
                               QDockWidget, QGroupBox, QLabel, QLineEdit, QMenu, QTableView, QTabWidget, QWidget)

from tests.ui.uihelpers import settle, shown
from ui import settings
from ui.adapters import DateAdapter
from ui.i18n import LANGUAGE_NAMES, language, use_language
from ui.table_editor import ResultTableModel
from ui.tables import RowTableModel
from ui.tabs import TAB_KEYS
from ui.widgets.decoration import ElidedLabel, FindingMark
from ui.widgets.results import ValueLabel, ValueView
from worksheet.words import CATALOGUE

JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]")
LATIN = re.compile(r"[A-Za-z]{2,}")
#: texts that stay as they are in Japanese: each language's name is written in itself
SAME_IN_BOTH = set(LANGUAGE_NAMES.values())


def menu_texts(menu: QMenu, where: str) -> list[tuple[str, str]]:
    out = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        out.append((f"{where} > action", action.text()))
        if action.toolTip() != action.text().replace("&", ""):
            out.append((f"{where} > action tooltip", action.toolTip()))
        if action.menu() is not None:
            out += menu_texts(action.menu(), f"{where} > {action.text()}")
    return out


def visible_texts(window) -> list[tuple[str, str]]:
    """(where, text) for every text of the window meant for a reader: labels,
    buttons, group and tab titles, menus, tooltips, placeholders, table
    headings, the findings. Figures, the deal's own data and elided notes
    are left out: they are values, not words."""
    found: list[tuple[str, str]] = [("window title", window.windowTitle())]
    found += menu_texts_of_bar(window)
    for widget in window.findChildren(QWidget):
        kind = type(widget).__name__
        if widget.toolTip():
            found.append((f"{kind} tooltip", widget.toolTip()))
        if isinstance(widget, (ValueLabel, ValueView, FindingMark, ElidedLabel)):
            continue
        if isinstance(widget, QLabel):
            found.append((kind, widget.text()))
        elif isinstance(widget, QAbstractButton):
            found.append((kind, widget.text()))
        elif isinstance(widget, QGroupBox):
            found.append((kind, widget.title()))
        elif isinstance(widget, QDockWidget):
            found.append((kind, widget.windowTitle()))
        elif isinstance(widget, QTabWidget):
            found += [("tab", widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, QLineEdit):
            found.append(("placeholder", widget.placeholderText()))
        elif isinstance(widget, QComboBox):
            found += [("choice", widget.itemText(i)) for i in range(widget.count())]
        if isinstance(widget, QTableView) and isinstance(widget.model(), (RowTableModel, ResultTableModel)):
            model = widget.model()
            for column in range(model.columnCount(QModelIndex())):
                found.append(("heading", str(model.headerData(column, Qt.Orientation.Horizontal) or "")))
                tip = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
                found.append(("heading tooltip", str(tip or "")))
            for row in range(model.rowCount(QModelIndex())):
                found.append(("row heading", str(model.headerData(row, Qt.Orientation.Vertical) or "")))
        if isinstance(widget, QAbstractItemView) and widget.objectName() == "findingsList":
            model = widget.model()
            for row in range(model.rowCount(QModelIndex())):
                index = model.index(row, 0)
                found += [("finding", index.data()), ("finding tooltip", index.data(Qt.ItemDataRole.ToolTipRole))]
    return [(where, text) for where, text in found if text]


def menu_texts_of_bar(window) -> list[tuple[str, str]]:
    out = []
    for action in window.menuBar().actions():
        out.append(("menu", action.text()))
        out += menu_texts(action.menu(), action.text())
    return out


def not_in(pattern: re.Pattern, texts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The texts with words (two Latin letters running) and no Japanese."""
    return [(where, text) for where, text in texts
            if LATIN.search(text) and not pattern.search(text) and text not in SAME_IN_BOTH]


def switch(qtbot, window, code: str) -> None:
    """View > Language > the language ``code``, as a user chooses it."""
    view = next(a.menu() for a in window.menuBar().actions() if a.menu().objectName() == "viewMenu")
    languages = next(a.menu() for a in view.actions() if a.menu() is not None and a.menu().objectName() == "languageMenu")
    next(a for a in languages.actions() if a.data() == code).trigger()
    first = CATALOGUE.text(f"tab.{TAB_KEYS[0]}", code)
    # rebuilt on the next turns of the event loop: the tab shown, then the others
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == first and len(window.pages) == len(TAB_KEYS), timeout=10000)
    settle(window)


@pytest.fixture
def window(qtbot, make_window, example_deal):
    made = make_window(example_deal)
    made.build_tabs()
    settle(made)
    yield made
    if language() != "en":
        use_language(QApplication.instance(), "en")
        QApplication.processEvents()


def test_every_text_of_the_window_switches_to_japanese_and_back(qtbot, window):
    english = visible_texts(window)
    assert len(english) > 400
    assert not_in(re.compile("(?!)"), english) != []  # words in English to begin with

    switch(qtbot, window, "ja")
    assert language() == "ja"
    japanese = visible_texts(window)
    left = not_in(JAPANESE, japanese)
    assert left == [], f"{len(left)} texts still in English: {left[:20]}"
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs[0] == "募集(&O)" and all(JAPANESE.search(t) for t in tabs)
    assert [a.text() for a in window.menuBar().actions()] == ["ファイル(&F)", "編集(&E)", "表示(&V)", "ヘルプ(&H)"]
    assert window.summary_dock.windowTitle() == "サマリー"

    switch(qtbot, window, "en")
    assert language() == "en"
    assert Counter(visible_texts(window)) == Counter(english)


def test_values_print_in_the_language_and_a_field_takes_what_it_shows(qtbot, window):
    switch(qtbot, window, "ja")
    pricing = window.binder.fields["schedule.pricing_date"][0]
    assert pricing.focus_widget().text() == "2013年7月10日(水)"
    assert shown(window, "schedule.payment_date") == "2013年7月18日(木)"
    assert shown(window, "offering.gross_proceeds") == "15,956,500,000"
    dates = [a for adapters in window.binder.fields.values() for a in adapters if isinstance(a, DateAdapter)]
    assert {a.focus_widget().placeholderText() for a in dates} == {"yyyy年m月d日", "必須"}
    line = pricing.focus_widget()
    assert line.width() >= line.fontMetrics().horizontalAdvance("平成25年7月18日(木)")

    line.setText("平成25年7月11日(木)")  # Japanese is typed through an input method: set, as it commits
    line.textEdited.emit(line.text())
    line.editingFinished.emit()
    settle(window)
    assert str(window.document.deal.schedule.pricing_date) == "2013-07-11"
    assert line.text() == "2013年7月11日(木)"
    assert pricing.editor.note.full_text() == "木"
    assert window.binder.fields["merger.effective_date"][0].editor.note.full_text() == "水 · 元日"  # 2014-01-01
    assert shown(window, "schedule.payment_date") == "2013年7月19日(金)"

    line.setText(line.text())  # what it shows, typed back, is the same day
    line.textEdited.emit(line.text())
    settle(window)
    assert str(window.document.deal.schedule.pricing_date) == "2013-07-11"


def test_the_deal_its_history_and_the_tab_stay_across_a_switch(qtbot, window):
    window.tabs.setCurrentIndex(2)
    window.document.edit("offering.shares_offered", 4_800_000, label="Shares offered")
    settle(window)
    switch(qtbot, window, "ja")
    assert window.tabs.currentIndex() == 2
    assert window.document.deal.offering.shares_offered == 4_800_000
    assert window.undo_action.text().startswith("元に戻す(&U)：") and window.undo_action.isEnabled()
    window.undo_action.trigger()
    settle(window)
    assert window.document.deal.offering.shares_offered == 4_700_000
    assert window.binder.fields["offering.shares_offered"][0].focus_widget().text() == "4,700,000"


def test_the_choice_is_remembered_and_the_menu_shows_it(qtbot, window):
    switch(qtbot, window, "ja")
    assert settings.saved_language() == "ja"
    view = next(a.menu() for a in window.menuBar().actions() if a.menu().objectName() == "viewMenu")
    languages = next(a.menu() for a in view.actions() if a.menu() is not None and a.menu().objectName() == "languageMenu")
    assert [(a.text(), a.isChecked()) for a in languages.actions()] == [("日本語", True), ("English", False)]
    switch(qtbot, window, "en")
    assert settings.saved_language() == "en"


def test_qts_own_dialogs_follow(qtbot, window):
    def cancel() -> str:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        return box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "")

    assert cancel() == "Cancel"
    switch(qtbot, window, "ja")
    assert cancel() == "キャンセル"
    assert QLocale().language() == QLocale.Language.Japanese  # the calendar's month and day names
    switch(qtbot, window, "en")
    assert cancel() == "Cancel"


def test_the_workbook_is_exported_in_the_windows_language(qtbot, window, dialogs, tmp_path):
    from openpyxl import load_workbook

    switch(qtbot, window, "ja")
    dialogs.files.append(str(tmp_path / "ja.xlsx"))
    window.files.export_action.trigger()
    qtbot.waitUntil(lambda: (tmp_path / "ja.xlsx").exists() and not window.files.export_job.thread.is_alive(),
                    timeout=30000)
    assert "サマリー" in load_workbook(tmp_path / "ja.xlsx").sheetnames
