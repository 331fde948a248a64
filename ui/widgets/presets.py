"""A choice of presets declared by a section (the schedule's offsets seen
in published notices): choosing one fills its inputs in one edit of the
document, which one Undo takes back. The inputs stay editable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from ui.document import DealDocument
from ui.i18n import words
from worksheet.rules import Preset, Presets


class PresetPicker(QWidget):
    def __init__(self, presets: Presets, document: DealDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"presets:{presets.key}")
        self.presets = presets
        self.document = document
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(words(f"presets.{presets.key}"))
        self.combo = QComboBox()
        self.combo.addItem(self.tr("Choose a pattern\u2026"), None)
        for preset in presets.presets:
            key = f"presets.{presets.key}.{preset.key}"
            self.combo.addItem(words(key), preset.key)
            index = self.combo.count() - 1
            self.combo.setItemData(index, f"<b>{words(key + '.period')}</b><br>{words(key + '.description')}",
                                   Qt.ItemDataRole.ToolTipRole)
        label.setBuddy(self.combo)
        self.combo.activated.connect(self._chosen)
        row.addWidget(label)
        row.addWidget(self.combo, 1)

    def _chosen(self, index: int) -> None:
        key = self.combo.itemData(index)
        self.combo.setCurrentIndex(0)
        if key is not None:
            self.apply(self.presets.find(key))

    def apply(self, preset: Preset) -> bool:
        """Fill the preset's inputs: one change of the deal, one undo step."""
        deal = self.document.deal
        for path, value in preset.edits():
            deal = deal.with_value(path, value)
        return self.document.replace(deal, label=words(f"presets.{self.presets.key}.{preset.key}"))
