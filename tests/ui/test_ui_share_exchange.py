"""The share exchange's tab, built from its declaration: typed inputs reach
the deal and the results; a deal's figures reach the widgets."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from tests.ui.uihelpers import editor, shown, type_into
from worksheet import dealfile
from worksheet.resources import resource_path


def go(window, key: str) -> None:
    window.tabs.setCurrentWidget(window.pages[key])


def test_the_tab_shows_the_example_share_exchange(make_window):
    window = make_window(dealfile.load(resource_path("examples", "tokyu-recreation-2022.deal.json")))
    go(window, "share_exchange")
    assert shown(window, "share_exchange.shares_delivered") == "11,733,548"
    assert shown(window, "share_exchange.treasury_delivered") == "11,733,548"
    assert shown(window, "share_exchange.new_shares_issued") == "0"
    assert shown(window, "share_exchange.voting_ratio") == "48.94%"
    assert shown(window, "share_exchange.simplified_exchange") == "Yes"
    assert shown(window, "share_exchange.short_form_exchange") == "No"
    assert shown(window, "share_exchange.simplified_exchange_article") == "Companies Act Art. 796(2)"
    assert "share_exchange.holders" in window.binder.tables
    assert editor(window, "share_exchange.ratio").text() == "3.6"


def test_typing_a_share_exchange_into_a_new_deal(qtbot, make_window):
    window = make_window()
    go(window, "issuer")
    type_into(qtbot, window, "issuer.shares_issued", "60,000,000")
    go(window, "share_exchange")
    type_into(qtbot, window, "share_exchange.subsidiary_shares_issued", "44,000")
    type_into(qtbot, window, "share_exchange.held_by_parent", "26224")
    type_into(qtbot, window, "share_exchange.subsidiary_treasury", "6,365")
    type_into(qtbot, window, "share_exchange.ratio", "119")
    exchange = window.document.deal.share_exchange
    assert (exchange.subsidiary_shares_issued, exchange.held_by_parent, exchange.ratio) == (44_000, 26_224, Decimal(119))
    assert shown(window, "share_exchange.shares_allotted_on") == "11,411"
    assert shown(window, "share_exchange.shares_delivered") == "1,357,909"
    assert shown(window, "share_exchange.new_shares_issued") == "1,357,909"
    assert shown(window, "share_exchange.voting_ratio") == "69.68%"
    assert shown(window, "share_exchange.short_form_exchange") == "No"
    combo = window.binder.fields["share_exchange.delivery"][0].editor
    assert combo.currentData() == "treasury_first"
    combo.setCurrentIndex(combo.findData("split"))
    combo.activated.emit(combo.currentIndex())
    assert window.document.deal.share_exchange.delivery == "split"
    go(window, "issuer")
    type_into(qtbot, window, "issuer.treasury_shares", "100,000")
    go(window, "share_exchange")
    type_into(qtbot, window, "share_exchange.treasury_to_deliver", "50,000")
    assert shown(window, "share_exchange.treasury_delivered") == "50,000"
    assert shown(window, "share_exchange.new_shares_issued") == "1,307,909"
    assert shown(window, "share_exchange.treasury_after") == "50,000"


def test_a_deal_replaced_reaches_the_widgets(make_window):
    deal = dealfile.load(resource_path("examples", "tokyu-recreation-2022.deal.json"))
    window = make_window(deal)
    go(window, "share_exchange")
    changed = dataclasses.replace(deal, share_exchange=dataclasses.replace(deal.share_exchange, ratio=Decimal("0.25")))
    window.document.replace(changed, label="ratio")
    assert editor(window, "share_exchange.ratio").text() == "0.25"
    assert shown(window, "share_exchange.shares_delivered") == "814,829"  # 3,259,319 x 0.25, rounded down
