"""The list of findings. Each is also shown beside its field; choosing one
here takes the user to that field."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QListView, QListWidget, QListWidgetItem, QStyle, QVBoxLayout, QWidget

from ui.i18n import label_of, language
from worksheet.deal import Worksheet
from worksheet.findings import Finding

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class FindingsPanel(QWidget):
    """Errors first, then warnings; activating one emits ``go_to(path)``."""

    go_to = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("findings")
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("findingsList")
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setUniformItemSizes(False)
        self.list.setSpacing(2)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summary)
        layout.addWidget(self.list)
        self._shown: tuple[Finding, ...] | None = None
        style = self.style()
        self._icons = {True: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
                       False: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)}

    def retranslate(self, ws: Worksheet) -> None:
        """The findings again, in the window's language."""
        self._shown = None
        self.refresh(ws)

    def refresh(self, ws: Worksheet) -> None:
        if ws.findings == self._shown:
            return
        self._shown = ws.findings
        ordered = sorted(ws.findings, key=lambda f: not f.is_error)
        errors = sum(1 for f in ordered if f.is_error)
        if not ordered:
            self.summary.setText(self.tr("No findings: every check passes."))
        else:
            self.summary.setText(self.tr("{errors} error(s), {warnings} warning(s). Choose one to go to its field.")
                                 .format(errors=errors, warnings=len(ordered) - errors))
        self.list.clear()
        red, amber = QBrush(QColor("#b3261e")), QBrush(QColor("#8a5a00"))
        for f in ordered:
            where = label_of(f.path) if f.path else self.tr("Deal")
            item = QListWidgetItem(self._icons[f.is_error], f"{where}\n{f.text(language())}")
            item.setForeground(red if f.is_error else amber)
            item.setToolTip(f"<b>{f.rule_text(language())}</b><br>{f.text(language())}<br><i>{f.path}</i>")
            item.setData(PATH_ROLE, f.path)
            self.list.addItem(item)

    def _activated(self, item: QListWidgetItem) -> None:
        path = item.data(PATH_ROLE)
        if path:
            self.go_to.emit(path)
