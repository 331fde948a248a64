"""The month calendar behind a date field's button, on which every day the
Tokyo Stock Exchange is closed is marked: weekends, national holidays, the
year-end closure and the deal's own closures, each named in a tooltip.
Built the first time a calendar is opened."""

from __future__ import annotations

import datetime as dt
from typing import Callable

from PySide6.QtCore import QDate
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QWidget

from ui.i18n import language
from ui.widgets.decoration import CLOSED_COLOR
from worksheet.calendar import TseCalendar
from worksheet.kinds import MAX_DATE, MIN_DATE

CLOSED_BACKGROUND = "#fbe3e1"


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class BusinessDayCalendar(QCalendarWidget):
    """A month calendar on which every day the exchange is closed is marked."""

    def __init__(self, calendar: Callable[[], TseCalendar], parent: QWidget | None = None):
        super().__init__(parent)
        self._calendar = calendar
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setMinimumDate(to_qdate(MIN_DATE))
        self.setMaximumDate(to_qdate(MAX_DATE))
        self.currentPageChanged.connect(self.mark_closures)

    def mark_closures(self, year: int | None = None, month: int | None = None) -> None:
        """Mark the closed days of the shown month and the days around it."""
        year = year or self.yearShown()
        month = month or self.monthShown()
        self.setDateTextFormat(QDate(), QTextCharFormat())  # clears every mark
        calendar = self._calendar()
        first = dt.date(year, month, 1)
        for offset in range(-7, 45):
            day = first + dt.timedelta(days=offset)
            if not MIN_DATE <= day <= MAX_DATE:
                continue
            name = calendar.closure_name(day, language())
            if name is None:
                continue
            fmt = QTextCharFormat()
            fmt.setForeground(QColor(CLOSED_COLOR))
            if day.weekday() < 5:  # a holiday on a weekday: the one a reader misses
                fmt.setBackground(QColor(CLOSED_BACKGROUND))
                fmt.setFontWeight(700)
            fmt.setToolTip(self.tr("Exchange closed: {name}").format(name=name))
            self.setDateTextFormat(to_qdate(day), fmt)
