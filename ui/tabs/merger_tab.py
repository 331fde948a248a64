"""The absorption-type merger.

Seed 003: shares delivered on the dissolving company's shares not held by
the surviving company, at the allotment ratio, from treasury stock or as
new shares; odd lots; the simplified and short-form merger tests; and the
basis of the ratio (an average close, net assets, a transaction price).
"""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QGroupBox, QVBoxLayout, QWidget

from ui.binding import Binder
from ui.errors import show_error
from ui.i18n import core_text
from ui.tabs.base import TabPage
from ui.table_editor import ResultTable


class MergerTab(TabPage):
    def __init__(self, binder: Binder, parent: QWidget | None = None):
        super().__init__(binder, parent)
        self.setObjectName("tab:merger")
        self.add(binder.banner("merger.prices_illustrative", self.tr(
            "Illustrative prices: the surviving company's closing prices and the dissolving company's "
            "transaction price on this tab are examples, not figures from the release.")))
        self.section(
            self.tr("Absorption-type merger"),
            ["merger.dissolving_name", "merger.resolution_date", "merger.effective_date", "merger.delivery"],
            ["merger.simplified_merger", "merger.simplified_merger_article", "merger.short_form_merger"],
            toggle="merger",
        )
        self.section(
            self.tr("Shares and allotment"),
            ["merger.dissolving_shares_issued", "merger.held_by_surviving", "merger.dissolving_treasury",
             "merger.ratio"],
            ["merger.held_ratio", "merger.shares_allotted_on", "merger.shares_delivered", "merger.fraction_total",
             "merger.fraction_shares_sold", "merger.fraction_cash", "merger.odd_lot_holders", "merger.treasury_delivered",
             "merger.new_shares_issued", "merger.treasury_after"],
        )
        self.table("merger.holders", totals=("shares",), widths={"name": 320})
        allocations = QGroupBox(self.tr("Allotment by shareholder"))
        layout = QVBoxLayout(allocations)
        allotted = binder.add_view(ResultTable("merger.holder_allocations", (
            ("holder", self.tr("Shareholder"), "text"),
            ("shares_held", self.tr("Shares held"), "shares"),
            ("shares_received", self.tr("Shares received"), "shares"),
            ("units", self.tr("Units"), "units"),
            ("odd_lot", self.tr("Odd lot (shares)"), "shares"),
            ("top_up", self.tr("Shares to top up to a unit"), "shares"),
        )))
        layout.addWidget(allotted)
        self.outline.append(("result_table", allocations.title(), allotted))
        self.add(allocations)
        self.section(
            self.tr("Basis of the ratio"),
            ["merger.average_days", "merger.average_end", "merger.dissolving_net_assets_per_share",
             "merger.dissolving_transaction_price", "merger.surviving_net_assets", "merger.prices_illustrative"],
            ["merger.average_close", "merger.average_window_start", "merger.implied_ratio_net_assets",
             "merger.implied_ratio_transaction", "merger.consideration_value", "merger.consideration_to_net_assets"],
        )
        self.prices = self.table("merger.price_history", actions=(
            (self.tr("Import closes\u2026"),
             self.tr("Read closing prices from a CSV or Excel file with a date and a close column"),
             self.import_prices),))
        self.finish()

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
            show_error(self, self.tr("Import closing prices"), core_text(str(exc)))
            return False
        return self.prices.replace_rows(points, self.tr("Import closing prices"))
