"""Keeping pace: one computation per turn of the event loop, the fields at
once, and only the results that changed are touched."""

from __future__ import annotations

from tests.ui.uihelpers import D, editor, shown
from ui.widgets.results import ResultView


def test_edits_of_one_turn_are_computed_once(qtbot, make_window, example_deal):
    window = make_window(example_deal)
    document = window.document
    computed = []
    document.changed.connect(computed.append)
    for price in ("3,400", "3,410", "3,420"):
        document.edit("offering.offer_price", D(price.replace(",", "")))
    assert document.pending and computed == []
    # the field shows the deal at once, before anything is computed
    assert editor(window, "offering.offer_price").text() == "3,420"
    qtbot.waitUntil(lambda: not document.pending)
    assert len(computed) == 1 and computed[0].deal is document.deal
    assert shown(window, "offering.gross_proceeds") == "16,074,000,000"


def test_reading_the_worksheet_computes_a_pending_one(make_window, example_deal):
    window = make_window(example_deal)
    document = window.document
    document.edit("offering.offer_price", D("3400"))
    assert document.pending
    assert document.worksheet.deal is document.deal
    assert not document.pending


def test_only_changed_results_are_refreshed(qtbot, make_window, example_deal, monkeypatch):
    window = make_window(example_deal)
    window.build_tabs()
    refreshed: list[str] = []
    original = ResultView.refresh

    def counting(self, ws, findings):
        refreshed.append(self.name)
        original(self, ws, findings)

    monkeypatch.setattr(ResultView, "refresh", counting)
    before = window.document.worksheet.results
    window.document.edit("offering.offer_price", D("3400"))
    after = window.document.worksheet.results
    changed = {name for name in after if after[name] != before.get(name)}
    assert "offering.gross_proceeds" in changed and "merger.shares_delivered" not in changed
    assert set(refreshed) == changed & set(window.binder.results)
