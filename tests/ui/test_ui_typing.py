"""Typing the example's inputs into a new deal, tab by tab, shows the
figures of the releases (DOMAIN.md) in the result widgets, and the deal
holds what was typed."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication
from tests.ui.uihelpers import D, shown, type_into

from worksheet.kinds import Invalid


def go(window, key: str) -> None:
    window.tabs.setCurrentWidget(window.pages[key])


def type_issuer(qtbot, window) -> None:
    go(window, "issuer")
    type_into(qtbot, window, "issuer.shares_issued", "41297800")
    type_into(qtbot, window, "issuer.treasury_shares", "760,800")


def type_offering(qtbot, window) -> None:
    go(window, "offering")
    type_into(qtbot, window, "offering.shares_offered", "4,700,000")
    type_into(qtbot, window, "offering.close_price", "3520")
    type_into(qtbot, window, "offering.offer_price", "3,395")
    type_into(qtbot, window, "offering.amount_paid", "3279.44")
    type_into(qtbot, window, "schedule.pricing_date", "2013-07-10")


def test_offering_tab_from_a_new_deal(qtbot, make_window):
    window = make_window()
    type_issuer(qtbot, window)
    type_offering(qtbot, window)
    assert shown(window, "offering.range_low") == "3,168"
    assert shown(window, "offering.range_high") == "3,520"
    assert shown(window, "offering.gross_proceeds") == "15,956,500,000"  # 3,395 x 4,700,000
    assert shown(window, "offering.discount_as_stated") == "3.55%"  # 1 - 3,395 / 3,520
    assert shown(window, "offering.total_amount_paid") == "15,413,368,000"
    assert shown(window, "offering.stated_capital_increase") == "7,706,684,000"
    assert shown(window, "offering.additional_paid_in_capital") == "7,706,684,000"
    assert shown(window, "offering.underwriters_spread") == "543,132,000"
    assert shown(window, "schedule.subscription_start") == "2013-07-11"
    assert shown(window, "schedule.subscription_end") == "2013-07-12"
    assert shown(window, "schedule.payment_date") == "2013-07-18"
    assert shown(window, "schedule.delivery_date") == "2013-07-19"
    assert shown(window, "schedule.lockup_end") == "2013-10-17"
    # widget -> deal: the deal holds the values, sen kept
    offering = window.document.deal.offering
    assert offering.shares_offered == 4_700_000
    assert offering.close_price == D("3520")
    assert offering.amount_paid == D("3279.44")
    assert window.document.deal.schedule.pricing_date == dt.date(2013, 7, 10)
    # defaults of the new section are shown, and typed numbers get separators
    assert window.binder.fields["offering.subscription_unit"][0].editor.text() == "100"
    assert window.binder.fields["offering.close_price"][0].editor.text() == "3,520"
    assert window.binder.fields["issuer.shares_issued"][0].editor.text() == "41,297,800"


def test_over_allotment_tab_and_the_share_count_bridge(qtbot, make_window):
    window = make_window()
    type_issuer(qtbot, window)
    type_offering(qtbot, window)
    go(window, "over_allotment")
    type_into(qtbot, window, "over_allotment.shares", "700000")
    type_into(qtbot, window, "over_allotment.allotment_shares", "700,000")
    type_into(qtbot, window, "schedule.cover_end", "2013-07-29")
    assert shown(window, "over_allotment.ratio_to_offering") == "14.89%"
    assert shown(window, "allotment.shares_taken_up") == "700,000"
    assert shown(window, "allotment.stated_capital_increase") == "1,147,804,000"
    assert shown(window, "schedule.cover_start") == "2013-07-13"
    assert shown(window, "shares.issued_after_offering") == "45,997,800"
    assert shown(window, "shares.issued_after_allotment") == "46,697,800"
    assert shown(window, "shares.new_shares_maximum") == "5,400,000"
    assert shown(window, "shares.dilution") == "11.76%"
    # the summary shows the same figures
    summary = [v for v in window.binder.results["shares.dilution"] if window.summary.isAncestorOf(v)]
    assert summary[0].text() == "11.76%"
    type_into(qtbot, window, "over_allotment.syndicate_cover_shares", "200,000")
    assert shown(window, "allotment.shares_taken_up") == "500,000"
    assert shown(window, "allotment.shares_forfeited") == "200,000"
    assert shown(window, "shares.issued_after_allotment") == "46,497,800"
    assert window.document.deal.over_allotment.syndicate_cover_shares == 200_000


def test_merger_tab(qtbot, make_window):
    window = make_window()
    type_issuer(qtbot, window)
    go(window, "merger")
    type_into(qtbot, window, "merger.dissolving_shares_issued", "4,000")
    type_into(qtbot, window, "merger.held_by_surviving", "3996")
    type_into(qtbot, window, "merger.ratio", "26")
    assert shown(window, "merger.held_ratio") == "99.9%"
    assert shown(window, "merger.shares_allotted_on") == "4"
    assert shown(window, "merger.shares_delivered") == "104"
    assert shown(window, "merger.treasury_delivered") == "104"
    assert shown(window, "merger.new_shares_issued") == "0"
    assert shown(window, "merger.short_form_merger") == "Yes"
    # one holder of the 4 shares allotted on: its allotment fills the row's computed columns
    holders = window.binder.tables["merger.holders"]
    holders.paste("Shareholders other than IIJ\t4\n")
    window.document.flush()
    model = holders.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    row = {h: model.index(0, c).data() for c, h in enumerate(headers)}
    assert (row["Shares received"], row["Units"], row["Odd lot (shares)"], row["Shares to top up to a unit"]) == (
        "104", "1", "4", "96")
    assert shown(window, "merger.odd_lot_holders") == "1"
    combo = window.binder.fields["merger.delivery"][0].editor
    assert combo.currentData() == "treasury_first"
    combo.setCurrentIndex(combo.findData("new"))
    combo.activated.emit(combo.currentIndex())  # what a user's choice emits
    assert window.document.deal.merger.delivery == "new"
    assert shown(window, "merger.new_shares_issued") == "104"
    assert shown(window, "merger.treasury_delivered") == "0"


FACILITY_ROWS = "\n".join("\t".join(row) for row in [
    ["IIJ Data Centers", "NW/SI", "Leasehold improvement", "1,745,000", "47,144"],
    ["IIJ Data Centers", "NW/SI", "Data communications equipment", "1,872,000", "55,611"],
    ["IIJ Matsue Data Center", "NW/SI", "Buildings", "1,200,000", "6,734"],
    ["IIJ Data Centers", "NW/SI", "IT modules", "1,586,000", "5,004"],
    ["IIJ Headquarters", "NW/SI", "Software", "2,415,000", "196,537"],
    ["IIJ Headquarters", "NW/SI", "Back-office systems", "1,633,000", "17,708"],
]) + "\n"


def test_proceeds_tab_with_a_facility_plan_pasted_from_excel(qtbot, make_window):
    window = make_window()
    type_issuer(qtbot, window)
    type_offering(qtbot, window)
    go(window, "proceeds")
    type_into(qtbot, window, "proceeds.stated_net_proceeds", "18,773,000,000")
    lines = window.binder.tables["proceeds.lines"]
    lines.paste("Capital investment\tCapital investment\t10,122,000,000\tBy March 2015\n"
                "Repayment of lease debt\tDebt repayment\t6,661,000,000\tBy March 2015\n"
                "Repayment of debt\tDebt repayment\t1,990,000,000\tBy August 2014\n")
    plan = window.binder.tables["proceeds.facility_plan"]
    plan.paste(FACILITY_ROWS)
    assert len(window.document.deal.proceeds.facility_plan) == 6
    assert shown(window, "proceeds.facility_total") == "10,451,000"
    assert shown(window, "proceeds.facility_paid") == "328,738"
    assert shown(window, "proceeds.facility_remaining") == "10,122,262"
    assert shown(window, "proceeds.lines_total") == "18,773,000,000"
    assert shown(window, "proceeds.facility_reconciled") == "10,122,000,000"
    # totals row of the table
    model = plan.model
    total_row = len(model.rows)
    assert model.index(total_row, model.column_of("total")).data() == "10,451,000"
    assert model.index(total_row, model.column_of("paid")).data() == "328,738"
    assert window.document.deal.proceeds.lines[0].kind == "capital_investment"


@pytest.mark.parametrize("typed, stored, text", [
    ("4700000", 4_700_000, "4,700,000"),
    ("４，７００，０００", 4_700_000, "4,700,000"),
    ("4,700,000 shares", 4_700_000, "4,700,000"),
    ("", None, ""),
])
def test_share_counts_are_read_by_their_kind(qtbot, make_window, typed, stored, text):
    window = make_window()
    widget = window.binder.fields["offering.shares_offered"][0].editor
    widget.setText(typed)
    widget.textEdited.emit(typed)  # full-width digits cannot be typed key by key
    widget.editingFinished.emit()
    assert window.document.deal.get("offering.shares_offered") == stored
    assert widget.text() == text


def test_share_counts_in_billions(qtbot, make_window):
    window = make_window()
    type_into(qtbot, window, "issuer.shares_issued", "12345678901")
    assert window.document.deal.issuer.shares_issued == 12_345_678_901
    assert shown(window, "shares.issued_before") == "12,345,678,901"


def test_percentages_are_typed_as_percent(qtbot, make_window):
    window = make_window()
    type_into(qtbot, window, "over_allotment.cap_ratio", "12.5")
    assert window.document.deal.over_allotment.cap_ratio == D("0.125")
    assert window.binder.fields["over_allotment.cap_ratio"][0].editor.text() == "12.5%"


def test_japanese_text_is_kept(qtbot, make_window):
    window = make_window()
    widget = window.binder.fields["issuer.name_ja"][0].editor
    name = "株式会社インターネットイニシアティブ"
    event = QInputMethodEvent("", [])
    event.setCommitString(name)  # what an input method sends; keyClicks aborts on non-ASCII
    QApplication.sendEvent(widget, event)
    assert widget.text() == name
    assert window.document.deal.issuer.name_ja == name
    assert not isinstance(window.document.deal.issuer.name_ja, Invalid)
