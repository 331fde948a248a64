"""The use of proceeds and the facility plan.

Seed 000, section 3: net proceeds of up to JPY 18,773,000,000 split into
uses, and a facility plan in thousands of yen whose total less the amount
already paid is what the capital-investment line funds.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.binding import Binder
from ui.tabs.base import TabPage


class ProceedsTab(TabPage):
    def __init__(self, binder: Binder, parent: QWidget | None = None):
        super().__init__(binder, parent)
        self.setObjectName("tab:proceeds")
        self.section(
            self.tr("Net proceeds"),
            ["proceeds.stated_net_proceeds", "proceeds.reference_amount_paid", "proceeds.estimated_expenses"],
            ["proceeds.estimated_net_proceeds", "proceeds.net_proceeds", "proceeds.lines_total",
             "proceeds.capital_investment", "proceeds.facility_reconciled"],
            toggle="proceeds",
        )
        self.table("proceeds.lines", totals=("amount",), widths={"purpose": 420, "kind": 150, "amount": 150})
        self.table("proceeds.facility_plan", totals=("total", "paid"),
                   widths={"company": 230, "segment": 170, "facility": 250, "funding": 200})
        self.section(self.tr("Facility plan: what remains to be paid"), [],
                     ["proceeds.facility_total", "proceeds.facility_paid", "proceeds.facility_remaining"])
        self.section(self.tr("Equity increase reported afterwards"), ["proceeds.reported_equity_increase"],
                     ["proceeds.equity_increase_per_share", "proceeds.paid_in_less_equity_increase"])
        self.finish()
