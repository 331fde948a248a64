"""The deal, the issuer, and the figures a release states twice.

The issuer's share count is where the share-count bridge starts; its fiscal
figures and the figures as the releases print them are cross-checked
(seed 003 states income before tax as 7,757 and 5,976 million for one year).
"""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QGroupBox, QWidget

from ui.binding import Binder
from ui.tables import ExtraColumn
from ui.tabs.base import TabPage
from worksheet.deal import Worksheet
from worksheet.display import format_value


def _computed(row, ws: Worksheet) -> str:
    found = ws.results.get(row.result)
    return "" if found is None else format_value(found.unit, found.value)


class IssuerTab(TabPage):
    def __init__(self, binder: Binder, parent: QWidget | None = None):
        super().__init__(binder, parent)
        self.setObjectName("tab:issuer")
        deal = QGroupBox(self.tr("Deal"))
        grid = QGridLayout(deal)
        grid.addWidget(binder.label("title"), 0, 0)
        grid.addWidget(binder.field("title").widget, 0, 1)
        grid.addWidget(binder.label("notes"), 1, 0)
        grid.addWidget(binder.field("notes", multiline=True).widget, 1, 1)
        grid.setColumnMinimumWidth(0, 250)
        grid.setColumnStretch(1, 1)
        self.add(deal)
        self.outline.append(("fields", self.tr("Deal"), ["title", "notes"]))
        self.section(
            self.tr("Issuer"),
            ["issuer.name", "issuer.name_ja", "issuer.securities_code", "issuer.shares_issued",
             "issuer.shares_issued_as_of", "issuer.treasury_shares", "issuer.share_unit"],
            ["shares.issued_before", "shares.outstanding_before"],
        )
        self.table("issuer.fiscal_years", widths={"company": 140, "source": 260})
        self.table("stated", extra=(ExtraColumn(self.tr("Computed"), _computed),),
                   widths={"result": 260, "stated": 130, "source": 330})
        self.table("closures", widths={"name": 300})
        self.finish()
