"""A bad entry shows its message beside the field and keeps the text, in the
deal, through undo, save and autosave."""

from __future__ import annotations

from tests.ui.uihelpers import message, shown, type_into
from worksheet import dealfile
from worksheet.kinds import Invalid


def test_not_a_whole_unit(qtbot, make_window, example_deal):
    window = make_window(example_deal)
    widget = type_into(qtbot, window, "offering.shares_offered", "4,700,050")
    assert widget.text() == "4,700,050"
    assert "not a whole number of units of 100" in message(window, "offering.shares_offered")
    assert "border" in widget.styleSheet()
    assert window.document.deal.offering.shares_offered == 4_700_050
    assert shown(window, "offering.stated_capital_increase") == "\u2014"
    items = [window.findings.list.item(i).text() for i in range(window.findings.list.count())]
    assert any("not a whole number of units" in text for text in items)


def test_unreadable_text_is_kept_everywhere(qtbot, make_window, example_deal, tmp_path):
    window = make_window(example_deal)
    widget = type_into(qtbot, window, "offering.shares_offered", "abc")
    stored = window.document.deal.offering.shares_offered
    assert isinstance(stored, Invalid) and stored.text == "abc"
    assert widget.text() == "abc"
    assert "'abc' is not a whole number of shares" in message(window, "offering.shares_offered")
    assert shown(window, "offering.range_low") == "3,168"  # does not depend on the shares
    assert shown(window, "offering.total_amount_paid") == "\u2014"
    # fixed, then undone: the text comes back
    type_into(qtbot, window, "offering.shares_offered", "4700000")
    assert message(window, "offering.shares_offered") == ""
    assert widget.styleSheet() == ""
    window.document.undo()
    assert widget.text() == "abc" and "'abc'" in message(window, "offering.shares_offered")
    # saved and opened again: still there
    target = tmp_path / "bad.deal.json"
    window.document.save(target)
    assert isinstance(dealfile.load(target).offering.shares_offered, Invalid)
    window.document.new()
    window.document.open(target)
    assert widget.text() == "abc" and "'abc'" in message(window, "offering.shares_offered")
    # autosaved as typed
    type_into(qtbot, window, "offering.close_price", "3,52O")
    assert window.autosaver.save_now()
    recovered = dealfile.load(window.autosaver.deal_file)
    assert recovered.offering.close_price == Invalid("3,52O", "")
    assert isinstance(recovered.offering.shares_offered, Invalid)


def test_bad_date(qtbot, make_window, example_deal):
    window = make_window(example_deal)
    widget = type_into(qtbot, window, "schedule.pricing_date", "2013-02-30")
    assert widget.text() == "2013-02-30"
    assert "not a day of the calendar" in message(window, "schedule.pricing_date")
    assert shown(window, "schedule.payment_date") == "\u2014"


def test_result_finding_shown_beside_the_result(qtbot, make_window, example_deal):
    window = make_window(example_deal)
    type_into(qtbot, window, "schedule.pricing_date", "2013-07-17")
    type_into(qtbot, window, "schedule.payment_offset", "6")
    view = window.binder.results["schedule.payment_date"][0]
    assert "outside its window" in view.findings_text()
    assert view.mark.pixmap() is not None and not view.mark.pixmap().isNull()
