"""The deal at a glance, always in reach: the groups the core declares in
:mod:`worksheet.summary` (seed 000: 41,297,800 -> 45,997,800 -> 46,697,800
shares; dilution of approximately 11.8%; payment 2013-07-18)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

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
        for glance in AT_A_GLANCE:
            self._group(column, glance)
        column.addStretch(1)
        self.setWidget(content)

    def _group(self, column: QVBoxLayout, glance: Glance) -> None:
        box = QGroupBox(words(f"glance.{glance.key}"))
        form = QFormLayout(box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(2)
        for item, _ in glance.items:
            if isinstance(item, Rule):
                widget = self.binder.result(item, compact=True)
            else:
                widget = self.binder.value(item.path)
            form.addRow(QLabel(words(glance.label_key(item))), widget)
        column.addWidget(box)
