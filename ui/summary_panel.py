"""The deal at a glance, always in reach: the share-count bridge, dilution
and the schedule (seed 000: 41,297,800 -> 45,997,800 -> 46,697,800 shares;
dilution of approximately 11.8%; payment 2013-07-18)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from ui.binding import Binder


class SummaryPanel(QScrollArea):
    def __init__(self, binder: Binder, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("summary")
        self.binder = binder
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(8, 8, 8, 8)
        v = binder.value
        #: (group title, [(label, widget)]) as shown: what the printed summary lists
        self.outline: list[tuple[str, list[tuple[str, QWidget]]]] = []

        def r(name: str) -> QWidget:
            return binder.result(name, compact=True)

        self._group(column, self.tr("Share-count bridge"), [
            (self.tr("Shares issued before the deal"), r("shares.issued_before")),
            (self.tr("+ Shares offered"), v("offering.shares_offered")),
            (self.tr("= After the public offering"), r("shares.issued_after_offering")),
            (self.tr("+ Taken up in the allotment"), r("allotment.shares_taken_up")),
            (self.tr("= After the third-party allotment"), r("shares.issued_after_allotment")),
            (self.tr("Treasury shares"), v("issuer.treasury_shares")),
            (self.tr("Outstanding after the allotment"), r("shares.outstanding_after_allotment")),
        ])
        self._group(column, self.tr("Dilution"), [
            (self.tr("Maximum new shares"), r("shares.new_shares_maximum")),
            (self.tr("Dilution (over shares outstanding)"), r("shares.dilution")),
            (self.tr("As a release states it"), r("shares.dilution_as_stated")),
            (self.tr("Over shares issued"), r("shares.dilution_over_issued")),
        ])
        self._group(column, self.tr("Schedule"), [
            (self.tr("Pricing date"), v("schedule.pricing_date")),
            (self.tr("Subscription from"), r("schedule.subscription_start")),
            (self.tr("Subscription to"), r("schedule.subscription_end")),
            (self.tr("Payment date"), r("schedule.payment_date")),
            (self.tr("Delivery date"), r("schedule.delivery_date")),
            (self.tr("Syndicate cover from"), r("schedule.cover_start")),
            (self.tr("Syndicate cover to"), v("schedule.cover_end")),
            (self.tr("Allotment payment date"), v("schedule.allotment_payment_date")),
            (self.tr("Lock-up ends"), r("schedule.lockup_end")),
        ])
        column.addStretch(1)
        self.setWidget(content)

    def _group(self, column: QVBoxLayout, title: str, rows: list[tuple[str, QWidget]]) -> None:
        """Labels that wrap when the panel is narrow, figures whole beside them."""
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
