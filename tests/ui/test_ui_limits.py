"""The window starts on a deal at the limits of every field."""

from __future__ import annotations

from decimal import Decimal

from tests.ui.uihelpers import shown
from worksheet import schema
from worksheet.kinds import MAX_SHARES, MAX_YEN, DecimalKind, IntegerKind


def test_the_window_shows_the_largest_offering(qtbot, make_window, example_deal):
    deal = example_deal.with_value("offering.shares_offered", MAX_SHARES)
    for price in ("close_price", "offer_price", "amount_paid"):
        deal = deal.with_value(f"offering.{price}", MAX_YEN - Decimal("0.01"))
    window = make_window(deal)
    window.build_tabs()
    assert shown(window, "offering.total_amount_paid") == "99,999,999,999,999,999,900,000,000,000"


def test_the_window_shows_every_field_at_its_maximum(qtbot, make_window, example_deal):
    deal = example_deal
    for path, fi, _ in schema.walk(example_deal):
        if isinstance(fi.kind, (IntegerKind, DecimalKind)):
            deal = deal.with_value(path, fi.kind.maximum)
    window = make_window(deal)
    window.build_tabs()
    assert window.binder.fields["offering.shares_offered"][0].editor.text() == f"{MAX_SHARES:,}"
