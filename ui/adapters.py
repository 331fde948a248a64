"""Adapters: one per kind of field, each doing both directions.

An adapter builds the editor that fits its kind (a right-aligned number
field, a date field with the business-day calendar, a combo box of the
kind's choices, a check box, a text field), shows a value in it with the
editor's signals blocked, and hands what the user typed, read by the kind's
``parse``, to the binder's one edit path. It never raises on bad text: the
kind returns an ``Invalid`` that keeps it.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from ui.i18n import choice_label, label_of, language, show_input
from ui.widgets.date_edit import DateEdit
from ui.widgets.decoration import MUTED_COLOR, FindingMark, keep_height, mark, message_of, set_text_color
from ui.widgets.line_edit import FieldLineEdit, NotesEdit
from worksheet import schema
from worksheet.deal import Deal
from worksheet.display import unit_words
from worksheet.findings import Finding
from worksheet.kinds import BoolKind, ChoiceKind, DateKind, DecimalKind, IntegerKind, Kind, TextKind

if TYPE_CHECKING:
    from ui.binding import Binder

_UNSET = object()
NUMBER_WIDTH = 160


def _same(a: Any, b: Any) -> bool:
    return a is b or (type(a) is type(b) and a == b)


def default_of(path: str) -> Any:
    """The default a field takes when its section is created."""
    cls: type = Deal
    parts = [p for p in path.split(".") if not p.isdigit()]
    for part in parts[:-1]:
        info = schema.fields_of(cls)[part]
        cls = info.section or info.row or cls
    for f in dataclasses.fields(cls):
        if f.name == parts[-1]:
            return None if f.default is dataclasses.MISSING else f.default
    return None


class FieldAdapter:
    """One input field: builds its editor and moves values both ways."""

    numeric = False
    fixed_width = False  # numbers and dates line up; text takes the room there is

    def __init__(self, binder: "Binder", path: str, info: schema.FieldInfo):
        self.binder = binder
        self.path = path
        self.info = info
        self.kind: Kind = info.kind  # type: ignore[assignment]
        self.title = label_of(path)
        self.unit_text = unit_words(self.kind.unit, language()) if self.numeric else ""
        self.editor = self.make_editor()
        self.editor.setObjectName(path)
        self.description = binder.describe(path, info)
        self.editor.setToolTip(self.description)
        self.mark = FindingMark()
        if isinstance(self.focus_widget(), (QLineEdit, QComboBox)):
            keep_height(self.focus_widget())
        self.widget = self._box()
        self._shown: Any = _UNSET
        self._findings: tuple[Finding, ...] = ()

    def make_editor(self) -> QWidget:
        raise NotImplementedError

    def show(self, value: Any) -> None:
        """Deal to widget; called with the editor's signals blocked."""
        raise NotImplementedError

    def set_placeholder(self, text: str) -> None:
        pass

    def _box(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self.editor, 0 if self.fixed_width else 1)
        if self.numeric:
            suffix = QLabel(self.unit_text)
            set_text_color(suffix, MUTED_COLOR)
            row.addWidget(suffix)
        row.addWidget(self.mark)
        if self.fixed_width:
            row.addStretch(1)
        return box

    def focus_widget(self) -> QWidget:
        return self.editor

    def refresh(self, value: Any, *, is_source: bool) -> None:
        if self._shown is not _UNSET and _same(value, self._shown):
            return
        self._shown = value
        if not is_source:
            with QSignalBlocker(self.editor):
                self.show(value)

    def set_findings(self, findings: tuple[Finding, ...]) -> None:
        if findings == self._findings:
            return
        self._findings = findings
        mark(self.focus_widget(), findings)
        self.mark.show_findings(findings)
        text = message_of(findings)
        self.focus_widget().setToolTip(f"{self.description}<hr>{text}".replace("\n", "<br>") if text
                                       else self.description)

    def findings_text(self) -> str:
        """The messages of the field's findings, as the Findings list shows them."""
        return self.mark.findings_text()

    def commit(self, value: Any, *, merge: bool = True) -> None:
        self.binder.commit(self, value, merge=merge)


class LineAdapter(FieldAdapter):
    """Text typed in a line edit, read by the kind on every keystroke and
    printed by the kind when the user leaves the field."""

    def make_editor(self) -> QWidget:
        editor = FieldLineEdit(numeric=self.numeric)
        editor.textEdited.connect(self._typed)
        editor.editingFinished.connect(self._finished)
        return editor

    def line(self) -> FieldLineEdit:
        return self.editor  # type: ignore[return-value]

    def _typed(self, text: str) -> None:
        self.commit(self.kind.parse(text))

    def _finished(self) -> None:
        self.binder.document.end_typing()
        text = show_input(self.kind, self.binder.document.deal.get(self.path))
        if text != self.line().text():
            with QSignalBlocker(self.editor):
                self.line().setText(text)
                self._from_the_start()

    def show(self, value: Any) -> None:
        self.line().setText(show_input(self.kind, value))
        self._from_the_start()

    def _from_the_start(self) -> None:
        """A text longer than the field shows its beginning (a company's name,
        not the end of it) unless the user is in the field."""
        if not self.line().hasFocus():
            self.line().setCursorPosition(0)

    def set_placeholder(self, text: str) -> None:
        self.line().setPlaceholderText(text)


class NumberAdapter(LineAdapter):
    """Share counts, yen, sen prices, factors, percentages: right-aligned,
    with thousands separators once the field is left."""

    numeric = True
    fixed_width = True

    def make_editor(self) -> QWidget:
        editor = super().make_editor()
        editor.setFixedWidth(NUMBER_WIDTH)
        return editor


class TextAdapter(LineAdapter):
    """Names, codes and other text."""


class NotesAdapter(FieldAdapter):
    """Long text (the deal's notes) in a multi-line box."""

    def make_editor(self) -> QWidget:
        editor = NotesEdit()
        editor.setMaximumHeight(90)
        editor.textChanged.connect(lambda: self.commit(self.kind.parse(editor.toPlainText())))
        return editor

    def show(self, value: Any) -> None:
        self.editor.setPlainText(show_input(self.kind, value))  # type: ignore[attr-defined]


class DateAdapter(LineAdapter):
    """A date typed or chosen from the business-day calendar."""

    fixed_width = True

    def make_editor(self) -> QWidget:
        editor = DateEdit(lambda: self.binder.document.deal.calendar())
        editor.textEdited.connect(self._typed)
        editor.editingFinished.connect(self._finished)
        editor.picked.connect(self._picked)
        return editor

    def line(self) -> FieldLineEdit:
        return self.editor.line  # type: ignore[attr-defined]

    def focus_widget(self) -> QWidget:
        return self.line()

    def set_placeholder(self, text: str) -> None:
        self.line().setPlaceholderText(text or self.editor.form_hint)  # type: ignore[attr-defined]

    def _picked(self, text: str) -> None:
        self.commit(self.kind.parse(text), merge=False)
        self._finished()  # the day chosen, printed in the window's language

    def show(self, value: Any) -> None:
        super().show(value)
        self.editor.show_day(value)  # type: ignore[attr-defined]

    def refresh(self, value: Any, *, is_source: bool) -> None:
        changed = self._shown is _UNSET or not _same(value, self._shown)
        super().refresh(value, is_source=is_source)
        if changed and is_source:
            self.editor.show_day(value)  # type: ignore[attr-defined]


class ChoiceAdapter(FieldAdapter):
    """One of a kind's choices (treasury or new shares...) in a combo box."""

    fixed_width = True

    def make_editor(self) -> QWidget:
        editor = QComboBox()
        editor.setMinimumWidth(NUMBER_WIDTH)
        assert isinstance(self.kind, ChoiceKind)
        for value, _ in self.kind.choices:
            editor.addItem(choice_label(self.path, value), value)
        editor.activated.connect(lambda index: self.commit(editor.itemData(index), merge=False))
        return editor

    def show(self, value: Any) -> None:
        editor: QComboBox = self.editor  # type: ignore[assignment]
        editor.setCurrentIndex(editor.findData(value) if isinstance(value, str) else -1)

    def set_placeholder(self, text: str) -> None:
        self.editor.setPlaceholderText(text)  # type: ignore[attr-defined]


class BoolAdapter(FieldAdapter):
    """Yes or no, as a check box."""

    fixed_width = True

    def make_editor(self) -> QWidget:
        editor = QCheckBox()
        editor.clicked.connect(lambda checked: self.commit(bool(checked), merge=False))
        return editor

    def show(self, value: Any) -> None:
        self.editor.setChecked(value is True)  # type: ignore[attr-defined]


#: the adapter for each kind of field
ADAPTERS: dict[type[Kind], type[FieldAdapter]] = {
    IntegerKind: NumberAdapter,
    DecimalKind: NumberAdapter,
    DateKind: DateAdapter,
    TextKind: TextAdapter,
    ChoiceKind: ChoiceAdapter,
    BoolKind: BoolAdapter,
}


def adapter_for(kind: Kind) -> type[FieldAdapter]:
    for cls in type(kind).__mro__:
        if cls in ADAPTERS:
            return ADAPTERS[cls]
    raise TypeError(f"no widget for fields of kind {kind.name}")
