"""The deal at a glance, always in reach: the groups the core declares in
:mod:`worksheet.summary` (seed 000: 41,297,800 -> 45,997,800 -> 46,697,800
shares; dilution of approximately 11.8%; payment 2013-07-18)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from ui.binding import Binder
from ui.i18n import words
from worksheet.rules import Rule
from worksheet.summary import AT_A_GLANCE, Glance


class SummaryPanel(QScrollArea):
    def __init__(self, binder: Binder, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("summary")
        self.binder = binder
        self.setWidgetResizable(True)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(8, 8, 8, 8)
        #: (group title, [(label, widget)]) as shown: what the printed summary lists
        self.outline: list[tuple[str, list[tuple[str, QWidget]]]] = []
        for glance in AT_A_GLANCE:
            self._group(column, glance)
        column.addStretch(1)
        self.setWidget(content)

    def _group(self, column: QVBoxLayout, glance: Glance) -> None:
        """Labels that wrap when the panel is narrow, figures whole beside them."""
        rows: list[tuple[str, QWidget]] = []
        for item, _ in glance.items:
            widget = self.binder.result(item, compact=True) if isinstance(item, Rule) else self.binder.value(item.path)
            rows.append((words(glance.label_key(item)), widget))
        title = words(f"glance.{glance.key}")
        self.outline.append((title, rows))
        box = QGroupBox(title)
        grid = QGridLayout(box)
        grid.setVerticalSpacing(2)
        grid.setHorizontalSpacing(8)
        grid.setColumnStretch(0, 1)
        for i, (text, widget) in enumerate(rows):
            label = QLabel(text)
            label.setWordWrap(True)
            grid.addWidget(label, i, 0)
            grid.addWidget(widget, i, 1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        column.addWidget(box)
