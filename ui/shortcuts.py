"""The window's keys in one place: the menus' shortcuts, which text fields
must let through (Linux line edits take Ctrl+E, Ctrl+K... for themselves),
and the Help > Keyboard shortcuts page that lists them all."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMenuBar, QTextBrowser, QVBoxLayout, QWidget

from ui.i18n import without_mnemonic

#: a table's row actions (ui/table_editor.py), listed with the other keys
ROW_KEYS = {"add": "Ins", "remove": "Ctrl+Del", "up": "Alt+Shift+Up", "down": "Alt+Shift+Down"}

#: key combinations (as ints) of the window's menu actions; a text field lets these through
_WINDOW_KEYS: set[int] = set()


def register(*actions: QAction) -> None:
    """The shortcuts of ``actions`` reach the window from any text field."""
    for action in actions:
        for sequence in action.shortcuts():
            if sequence.count() == 1:
                _WINDOW_KEYS.add(sequence[0].toCombined())


def is_window_key(event: QEvent) -> bool:
    """Whether a ShortcutOverride ``event`` is one of the window's shortcuts."""
    if not isinstance(event, QKeyEvent):
        return False
    return event.keyCombination().toCombined() in _WINDOW_KEYS


translate = QCoreApplication.translate


def _native(key: str | QKeySequence) -> str:
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def fixed_keys() -> list[tuple[str, list[tuple[str, str]]]]:
    """Keys that belong to a kind of widget rather than to a menu."""
    copy = _native(QKeySequence(QKeySequence.StandardKey.Copy))
    paste = _native(QKeySequence(QKeySequence.StandardKey.Paste))
    return [
        (translate("Shortcuts", "Fields"), [
            (translate("Shortcuts", "Next field, previous field"), "Tab, Shift+Tab"),
            (translate("Shortcuts", "Open the calendar of a date field"), f"{_native('Alt+Down')}, {_native('F4')}"),
            (translate("Shortcuts", "In the calendar: choose the day, close"), translate("Shortcuts", "Enter, Esc")),
        ]),
        (translate("Shortcuts", "Results"), [
            (translate("Shortcuts", "Reach the results of a tab"), translate("Shortcuts", "Tab, after its inputs")),
            (translate("Shortcuts", "Copy a result as a plain number for Excel"), copy),
            (translate("Shortcuts", "More (Copy value, Copy as shown)"), translate("Shortcuts", "Menu key, or right click")),
        ]),
        (translate("Shortcuts", "Tables"), [
            (translate("Shortcuts", "Edit the current cell"), translate("Shortcuts", "F2, or start typing")),
            (translate("Shortcuts", "Next cell, previous cell"), "Tab, Shift+Tab"),
            (translate("Shortcuts", "Leave the table"), "Ctrl+Tab, Ctrl+Shift+Tab"),
            (translate("Shortcuts", "Add a row below the current one"), _native(ROW_KEYS["add"])),
            (translate("Shortcuts", "Remove the selected rows"), _native(ROW_KEYS["remove"])),
            (translate("Shortcuts", "Move the current row up, down"), f"{_native(ROW_KEYS['up'])}, {_native(ROW_KEYS['down'])}"),
            (translate("Shortcuts", "Copy cells, paste rows from Excel"), f"{copy}, {paste}"),
        ]),
    ]


def menu_keys(bar: QMenuBar) -> list[tuple[str, list[tuple[str, str]]]]:
    """Each menu's actions that have a shortcut, as the menus show them."""
    groups = []
    for menu_action in bar.actions():
        menu = menu_action.menu()
        if menu is None:
            continue
        rows = [(without_mnemonic(a.text()), a.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
                for a in menu.actions() if not a.isSeparator() and not a.shortcut().isEmpty()]
        if rows:
            groups.append((without_mnemonic(menu_action.text()), rows))
    return groups


def shortcuts_html(bar: QMenuBar) -> str:
    parts = []
    for title, rows in menu_keys(bar) + fixed_keys():
        cells = "".join(f"<tr><td>{what}</td><td style='padding-left:16px'><b>{keys}</b></td></tr>"
                        for what, keys in rows)
        parts.append(f"<h3>{title}</h3><table>{cells}</table>")
    return "".join(parts)


class ShortcutsDialog(QDialog):
    """Help > Keyboard shortcuts."""

    def __init__(self, bar: QMenuBar, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.text = QTextBrowser(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(520, 560)
        self.retranslate(bar)

    def retranslate(self, bar: QMenuBar) -> None:
        """The keys of the menus of ``bar``, in the window's language."""
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.text.setHtml(shortcuts_html(bar))
