"""The checks of the deal kinds beyond the seed's, at their edges: a value
exactly on a limit is on the side the rule says, one step beside it on the
other (one share, one sen, one day).

Each case builds a deal of the kind from its inputs (``tests/kinds.py``),
moves one input to the edge or beside it, and reads whether the one check
it concerns fails.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Callable

import pytest

from tests.kinds import allotment, book_built, checks_failing, deal_with, secondary, treasury
from worksheet.deal import compute


def _fails(deal: Any, check: str) -> bool:
    section = check.split(".")[0]
    return check in checks_failing(compute(deal), section)


def _book(**change: Any) -> Any:
    values = dict(shares=2_549_200, offer="1620", underwriting="1490.40", low="1500", high="1620", floor="1249.50")
    values.update(change)
    return book_built(**values)


def _treasury(**change: Any) -> Any:
    values = dict(shares=2_039_000, price="3087.2", offer="3200")
    values.update(change)
    held = values.pop("held", values["shares"])
    return treasury(**values, deal=deal_with(treasury=held))


def _allotment(**dates: Any) -> Any:
    deal = allotment(allottees={"Allottee": 950_000}, paid="404")
    for name, day in dates.items():
        deal = deal.with_value(f"third_party_allotment.{name}", day)
    return deal


CASES: list[tuple[str, str, Callable[[], Any], bool]] = [
    # (what, check, deal, fails)
    ("one share offered", "book_building.some_shares", lambda: _book(shares=1), False),
    ("no share offered", "book_building.some_shares", lambda: _book(shares=0), True),
    ("a range of one price", "book_building.range_in_order", lambda: _book(low="1620", high="1620"), False),
    ("a range upside down by a sen", "book_building.range_in_order", lambda: _book(low="1620.01", high="1620"), True),
    ("the offer price at the top of the range", "book_building.offer_in_range", lambda: _book(offer="1620"), False),
    ("a sen above the range", "book_building.offer_in_range", lambda: _book(offer="1620.01"), True),
    ("the offer price at the bottom of the range", "book_building.offer_in_range",
     lambda: _book(offer="1500", underwriting="1380"), False),
    ("a sen below the range", "book_building.offer_in_range", lambda: _book(offer="1499.99", underwriting="1380"),
     True),
    ("underwriting at the offer price", "book_building.underwriting_not_above_offer",
     lambda: _book(underwriting="1620"), False),
    ("underwriting a sen above it", "book_building.underwriting_not_above_offer",
     lambda: _book(underwriting="1620.01"), True),
    ("underwriting at the Companies Act amount", "book_building.underwriting_not_below_amount",
     lambda: _book(underwriting="1249.50"), False),
    ("underwriting a sen below it", "book_building.underwriting_not_below_amount",
     lambda: _book(underwriting="1249.49"), True),
    ("every treasury share disposed", "treasury_disposal.enough_treasury", lambda: _treasury(), False),
    ("one more than is held", "treasury_disposal.enough_treasury", lambda: _treasury(held=2_038_999), True),
    ("one treasury share disposed", "treasury_disposal.some_shares", lambda: _treasury(shares=1), False),
    ("no treasury share disposed", "treasury_disposal.some_shares", lambda: _treasury(shares=0, held=10), True),
    ("disposal price at the offer price", "treasury_disposal.disposal_not_above_offer",
     lambda: _treasury(offer="3087.2"), False),
    ("disposal price a sen above it", "treasury_disposal.disposal_not_above_offer",
     lambda: _treasury(offer="3087.19"), True),
    ("underwriting at the selling price", "secondary_offering.underwriting_not_above_offer",
     lambda: secondary(price="2110", underwriting="2110", sellers={"Seller": 100}), False),
    ("underwriting a sen above it", "secondary_offering.underwriting_not_above_offer",
     lambda: secondary(price="2110", underwriting="2110.01", sellers={"Seller": 100}), True),
    ("an allottee of one share", "third_party_allotment.allottees.some_shares",
     lambda: allotment(allottees={"A": 950_000, "B": 1}, paid="404"), False),
    ("an allottee of no shares", "third_party_allotment.allottees.some_shares",
     lambda: allotment(allottees={"A": 950_000, "B": 0}, paid="404"), True),
    ("one voting right before", "third_party_allotment.voting_rights_above_zero",
     lambda: allotment(allottees={"A": 100}, paid="404", voting_rights=1), False),
    ("no voting rights before", "third_party_allotment.voting_rights_above_zero",
     lambda: allotment(allottees={"A": 100}, paid="404", voting_rights=0), True),
    ("a seller of one share", "secondary_offering.sellers.some_shares",
     lambda: secondary(price="2110", sellers={"A": 100, "B": 1}), False),
    ("a seller of no shares", "secondary_offering.sellers.some_shares",
     lambda: secondary(price="2110", sellers={"A": 100, "B": 0}), True),
    ("paid on the day it is subscribed", "third_party_allotment.paid_after_subscribed",
     lambda: _allotment(subscription_date=dt.date(2014, 3, 3), payment_date=dt.date(2014, 3, 3)), False),
    ("paid the day before", "third_party_allotment.paid_after_subscribed",
     lambda: _allotment(subscription_date=dt.date(2014, 3, 3), payment_date=dt.date(2014, 3, 2)), True),
]


@pytest.mark.parametrize(("what", "check", "make", "fails"), CASES, ids=[c[0] for c in CASES])
def test_a_check_at_its_edge(what: str, check: str, make: Callable[[], Any], fails: bool) -> None:
    assert _fails(make(), check) is fails, what
