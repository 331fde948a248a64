"""The public offering and its schedule.

Seed 000, section 1: the provisional range from the close, the offer price
in that range, the amount to be paid, the underwriters' spread and the
split of the amount paid into stated capital and capital reserve; and the
schedule in TSE business days from the pricing date.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.binding import Binder
from ui.tabs.base import TabPage


class OfferingTab(TabPage):
    def __init__(self, binder: Binder, parent: QWidget | None = None):
        super().__init__(binder, parent)
        self.setObjectName("tab:offering")
        self.add(binder.banner("offering.pricing_illustrative", self.tr(
            "Illustrative pricing: the closing price, offer price and amount to be paid on this tab are examples, "
            "not the deal's pricing. Every figure computed from them is illustrative too.")))
        self.section(
            self.tr("Public offering of new shares"),
            ["offering.shares_offered", "offering.subscription_unit", "offering.close_price",
             "offering.range_low_factor", "offering.range_high_factor", "offering.offer_price",
             "offering.amount_paid", "offering.pricing_illustrative"],
            ["offering.range_low", "offering.range_high", "offering.offer_price_checked",
             "offering.discount_to_close", "offering.gross_proceeds", "offering.total_amount_paid",
             "offering.spread_per_share", "offering.underwriters_spread", "offering.spread_ratio",
             "offering.stated_capital_increase", "offering.additional_paid_in_capital"],
            toggle="offering",
        )
        self.section(
            self.tr("Schedule (TSE business days)"),
            ["schedule.pricing_date", "schedule.pricing_window_start", "schedule.pricing_window_end",
             "schedule.subscription_start_offset", "schedule.subscription_end_offset", "schedule.payment_offset",
             "schedule.payment_window_start", "schedule.payment_window_end", "schedule.delivery_offset",
             "schedule.lockup_days"],
            ["schedule.subscription_start", "schedule.subscription_end", "schedule.payment_date",
             "schedule.delivery_date", "schedule.lockup_end"],
            toggle="schedule",
        )
        self.finish()
