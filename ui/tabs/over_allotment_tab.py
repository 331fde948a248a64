"""The over-allotment, syndicate cover and the third-party allotment.

Seed 000, sections 2 and 3 and "For Reference": shares borrowed and sold at
the offer price, bought back in stabilizing and syndicate cover
transactions, and the rest taken up by the underwriter in the third-party
allotment at the offering's amount to be paid.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.binding import Binder
from ui.tabs.base import TabPage


class OverAllotmentTab(TabPage):
    def __init__(self, binder: Binder, parent: QWidget | None = None):
        super().__init__(binder, parent)
        self.setObjectName("tab:over_allotment")
        self.section(
            self.tr("Secondary offering by way of over-allotment"),
            ["over_allotment.shares", "over_allotment.cap_ratio", "over_allotment.stabilization_shares",
             "over_allotment.syndicate_cover_shares"],
            ["over_allotment.ratio_to_offering", "over_allotment.cap_shares", "over_allotment.proceeds",
             "over_allotment.shares_bought_back", "over_allotment.shares_returned"],
            toggle="over_allotment",
        )
        self.section(
            self.tr("Syndicate cover transaction period"),
            ["schedule.cover_end"],
            ["schedule.cover_start", "schedule.cover_business_days"],
        )
        self.section(
            self.tr("Third-party allotment"),
            ["over_allotment.allotment_shares", "schedule.allotment_subscription_date",
             "schedule.allotment_payment_date"],
            ["allotment.shares_taken_up", "allotment.shares_forfeited", "allotment.total_amount_paid",
             "allotment.stated_capital_increase", "allotment.additional_paid_in_capital"],
        )
        self.finish()
