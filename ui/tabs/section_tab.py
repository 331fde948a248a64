"""A tab built from declarations: the banners, boxes and tables the sections
on it declare, in their order. What a table offers beyond its rows (an
import of closing prices, the computed figure beside a stated one) is the
window's own business, named by the table's declaration."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFileDialog, QWidget

from ui.binding import Binder
from ui.errors import show_error
from ui.i18n import show_value, words
from ui.tabs.base import TabPage
from ui.widgets.presets import PresetPicker
from worksheet.deal import Worksheet, row_results
from worksheet.rules import WORDS, YES_NO, Banner, Group, Presets, TableBox


def _computed(index: int, row: Any, ws: Worksheet) -> str:
    found = ws.results.get(row.result)
    if found is None:
        return ""
    return show_value(found.unit, found.value)


def _row_result(table: str, column: str, unit: str) -> Any:
    def text(index: int, row: Any, ws: Worksheet) -> str:
        found = ws.results.get(f"{table}.{index}.{column}")
        if found is None:
            return ""
        return show_value(unit, found.value)

    return text


class SectionTab(TabPage):
    def __init__(self, key: str, items: list[tuple[str | None, Any]], binder: Binder, parent: QWidget | None = None):
        super().__init__(binder, parent)
        self.setObjectName(f"tab:{key}")
        self.tables: dict[str, Any] = {}
        for section, item in items:
            if isinstance(item, Banner):
                self.add(binder.banner(item.flag.path, words(f"banner.{item.flag.path}")))
            elif isinstance(item, Group):
                self.section(words(f"group.{item.key}"), [f.path for f in item.inputs], list(item.results),
                             toggle=section if item.toggle else None,
                             long_text=tuple(f.path for f in item.long_text))
            elif isinstance(item, TableBox):
                self._table(item)
            elif isinstance(item, Presets):
                self.add(PresetPicker(item, binder.document))
        self.finish()

    def _table(self, box: TableBox) -> None:
        from ui.tables import ExtraColumn  # with the table models: the first tab shown has no table

        path = box.table.path
        extra = tuple(ExtraColumn(words(rule.name), _row_result(path, rule.column, rule.unit),
                                  numeric=rule.unit not in (WORDS, YES_NO))
                      for rule in row_results(path))
        actions: tuple = ()
        if box.special == "stated":
            extra += (ExtraColumn(self.tr("Computed"), _computed),)
        if box.special == "price_history":
            actions = ((self.tr("Import closes\u2026"),
                        self.tr("Read closing prices from a CSV or Excel file with a date and a close column"),
                        self.import_prices),)
        self.tables[path] = self.table(path, totals=box.totals, extra=extra, actions=actions)

    @property
    def prices(self) -> Any:
        return self.tables["merger.price_history"]

    def import_prices(self, path: str | None = None) -> bool:
        """Replace the price history with the closes of a vendor's CSV or Excel file."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import closing prices"), "",
                                                  self.tr("Price tables (*.csv *.xlsx *.xlsm);;All files (*)"))
            if not path:
                return False
        from worksheet.tables import TableError, read_price_history  # pandas: only when asked

        try:
            points = read_price_history(path)
        except TableError as exc:
            show_error(self, self.tr("Import closing prices"), str(exc))
            return False
        return self.prices.replace_rows(points, self.tr("Import closing prices"))
