"""A date field with a calendar popup that marks the days the Tokyo Stock
Exchange is closed.

The field is text, so a date can be blank or typed wrong and kept as typed
(the deal stores what cannot be read). The popup
(:mod:`ui.widgets.business_calendar`) marks weekends, national holidays, the
exchange's year-end closure and the deal's own closures, each with its name
as a tooltip; beside the field, the weekday and, on a closed day, why.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QDate, QLocale, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from ui.i18n import language
from ui.widgets.decoration import CLOSED_COLOR, MUTED_COLOR, ElidedLabel, set_text_color
from ui.widgets.line_edit import FieldLineEdit
from worksheet.calendar import TseCalendar
from worksheet.kinds import DATE, MAX_DATE, MIN_DATE

if TYPE_CHECKING:
    from ui.widgets.business_calendar import BusinessDayCalendar

#: room beside the field for "Wed · Bank Holiday"; a longer name ends in an
#: ellipsis, and where a long label leaves the field less room the note gives
#: it up first, down to the weekday
NOTE_WIDTH = 120
NOTE_MIN_WIDTH = 40
#: the field's width in English, where dates print as 2013-07-18
DATE_WIDTH = 112
#: the longest date a field shows or takes in Japanese (an era, two-digit month and day, the weekday)
LONGEST_JAPANESE_DATE = "平成30年12月28日(金)"


def date_width(line: QWidget) -> int:
    """Wide enough for the dates of the window's language: 2013-07-18 in
    English, 平成25年7月18日(木) in Japanese (typed by era, or printed)."""
    if language() != "ja":
        return DATE_WIDTH
    return max(DATE_WIDTH, line.fontMetrics().horizontalAdvance(LONGEST_JAPANESE_DATE) + 16)


class DateEdit(QWidget):
    """Text field + calendar button + weekday note. ``textEdited`` fires on
    typing, ``picked`` when a day is chosen in the calendar."""

    textEdited = Signal(str)
    editingFinished = Signal()
    picked = Signal(str)

    def __init__(self, calendar: Callable[[], TseCalendar], parent: QWidget | None = None):
        super().__init__(parent)
        self._calendar = calendar
        self.line = FieldLineEdit(self)
        #: what an empty field shows: the form a date is written in, in the window's language
        self.form_hint = self.tr("yyyy-mm-dd")
        self.line.setPlaceholderText(self.form_hint)
        self.line.setFixedWidth(date_width(self.line))
        self.button = QToolButton(self)
        self.button.setText("\u25be")
        self.button.setToolTip(self.tr("Choose a day; days the exchange is closed are marked ({keys})").format(
            keys=QKeySequence("Alt+Down").toString(QKeySequence.SequenceFormat.NativeText) + ", F4"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # a fixed room for the weekday and a holiday's name, so a date typed never moves the fields
        self.note = ElidedLabel(self)
        self.note.setMinimumWidth(NOTE_MIN_WIDTH)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.line)
        layout.addWidget(self.button)
        layout.addWidget(self.note, 1)
        self.setFocusProxy(self.line)
        self.line.textEdited.connect(self.textEdited)
        self.line.editingFinished.connect(self.editingFinished)
        self.button.clicked.connect(self.open_calendar)
        # the calendar from the keyboard, as a combo box opens its list
        self.open_action = QAction(self.tr("Choose a day"), self.line)
        self.open_action.setShortcuts([QKeySequence("Alt+Down"), QKeySequence("F4")])
        self.open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.open_action.triggered.connect(self.open_calendar)
        self.line.addAction(self.open_action)
        self._popup: QFrame | None = None
        self.popup_calendar: BusinessDayCalendar | None = None

    def sizeHint(self) -> QSize:
        """Room for the note at its full width where the page has it."""
        hint = super().sizeHint()
        return QSize(hint.width() - self.note.sizeHint().width() + NOTE_WIDTH, hint.height())

    def text(self) -> str:
        return self.line.text()

    def setText(self, text: str) -> None:
        self.line.setText(text)

    def show_day(self, day: object) -> None:
        """The weekday beside the field; on a closed day, its name in red."""
        if not isinstance(day, dt.date):
            self.note.set_full_text("")
            return
        weekday = QLocale().toString(QDate(day.year, day.month, day.day), "ddd")  # the window's language: Thu, 木
        name = self._calendar().closure_name(day, language())
        if name and day.weekday() < 5:
            set_text_color(self.note, CLOSED_COLOR)
            self.note.set_full_text(f"{weekday} \u00b7 {name.split(';')[0]}",
                                    self.tr("Not a TSE business day: {name}").format(name=name))
        else:
            set_text_color(self.note, CLOSED_COLOR if name else MUTED_COLOR)
            self.note.set_full_text(weekday, self.tr("Not a TSE business day") if name
                                    else self.tr("TSE business day"))

    def open_calendar(self) -> None:
        from ui.widgets.business_calendar import BusinessDayCalendar, to_qdate

        if self._popup is None:
            self._popup = QFrame(self, Qt.WindowType.Popup)
            self._popup.setFrameShape(QFrame.Shape.StyledPanel)
            self.popup_calendar = BusinessDayCalendar(self._calendar, self._popup)
            self.popup_calendar.clicked.connect(self._choose)
            self.popup_calendar.activated.connect(self._choose)
            box = QVBoxLayout(self._popup)
            box.setContentsMargins(2, 2, 2, 2)
            box.addWidget(self.popup_calendar)
        assert self.popup_calendar is not None
        current = DATE.parse(self.line.text())  # any form a date field reads: 2013年7月18日(木) too
        if isinstance(current, dt.date) and MIN_DATE <= current <= MAX_DATE:
            self.popup_calendar.setSelectedDate(to_qdate(current))
        self.popup_calendar.mark_closures()
        self._popup.adjustSize()
        self._popup.move(self.line.mapToGlobal(QPoint(0, self.line.height())))
        self._popup.show()
        self.popup_calendar.setFocus()

    def _choose(self, day: QDate) -> None:
        if self._popup is not None:
            self._popup.hide()
        self.line.setFocus(Qt.FocusReason.PopupFocusReason)
        text = dt.date(day.year(), day.month(), day.day()).isoformat()
        self.line.setText(text)
        self.picked.emit(text)
