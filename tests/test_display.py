"""Every value the schema accepts prints, the largest included.

The largest share count (10^13) times a price just below the largest amount
(10^16 yen) is a 31-digit amount; Python's default decimal context holds 28
digits, and rounding or printing such an amount with it fails.
"""

from __future__ import annotations

import io
import json
from decimal import Decimal as D

import pytest

from worksheet import dealfile, schema
from worksheet.cli import print_tables
from worksheet.deal import compute, flatten
from worksheet.display import format_value
from worksheet.kinds import MAX_DATE, MAX_SHARES, MAX_YEN, MIN_DATE, DateKind, DecimalKind, IntegerKind
from worksheet.money import multiply, round_down_to_yen, round_half_up_to_sen, round_up_to_yen
from worksheet.resources import example_deal_path

LARGEST_PRICE = MAX_YEN - D("0.01")
EXAMPLE = dealfile.load(example_deal_path())
SCALARS = [(path, fi) for path, fi, _ in schema.walk(EXAMPLE)]
NUMBERS = [(path, fi) for path, fi in SCALARS if isinstance(fi.kind, (IntegerKind, DecimalKind))]


def test_rounding_a_31_digit_amount_is_exact():
    total = multiply(LARGEST_PRICE, MAX_SHARES - 1)  # 31 digits: beyond the default context's 28
    assert len(total.as_tuple().digits) == 31 and total != total.to_integral_value()
    whole_yen = D(format(total, "f").split(".")[0])
    assert round_down_to_yen(total) == whole_yen
    assert round_up_to_yen(total) - whole_yen == 1
    assert round_half_up_to_sen(total) == total


@pytest.mark.parametrize("unit", ["JPY", "JPY thousand", "JPY million", "shares", "x", "%", "shares per share"])
@pytest.mark.parametrize("value", [multiply(LARGEST_PRICE, MAX_SHARES - 1), multiply(MAX_YEN, MAX_SHARES),
                                   -multiply(MAX_YEN, MAX_SHARES), D("1e-40")])
def test_the_largest_amounts_print_in_full(unit, value):
    shown = format_value(unit, value)
    assert "E" not in shown
    if unit in ("JPY", "shares", "JPY thousand") and value == value.to_integral_value():
        assert D(shown.replace(",", "")) == value  # every digit, none rounded away


def _extreme(kind, largest: bool, odd: bool = False):
    if isinstance(kind, IntegerKind):
        return kind.maximum if largest else kind.minimum
    if isinstance(kind, DecimalKind):
        if largest:
            step = D(1).scaleb(-kind.places) if (odd and kind.places) else D(0)
            return kind.maximum - step
        return kind.minimum if kind.minimum is not None else -kind.maximum
    if isinstance(kind, DateKind):
        return MAX_DATE if largest else MIN_DATE
    return None


@pytest.mark.parametrize(("largest", "odd"), [(True, False), (True, True), (False, False)],
                         ids=["maxima", "maxima-less-a-sen", "minima"])
def test_a_deal_at_the_limits_computes_and_prints(example, largest, odd):
    deal = example
    for path, fi in SCALARS:
        limit = _extreme(fi.kind, largest, odd)
        if limit is not None:
            deal = deal.with_value(path, limit)
    ws = compute(deal)
    assert not [f for f in ws.findings if f.rule.startswith("Internal") or not f.path]
    out = io.StringIO()
    print_tables(ws, out, rules=True)
    assert "Stated capital increase" in out.getvalue()
    json.dumps(flatten(ws))
    for path, fi, _ in schema.walk(deal):
        fi.kind.format(schema.get(deal, path))  # the window shows every input through its kind


def test_the_largest_offering_is_computed_exactly(example):
    deal = example.with_value("offering.shares_offered", MAX_SHARES)
    for price in ("close_price", "offer_price", "amount_paid"):
        deal = deal.with_value(f"offering.{price}", LARGEST_PRICE)
    ws = compute(deal)
    total = multiply(LARGEST_PRICE, MAX_SHARES)
    assert ws.value("offering.total_amount_paid") == total
    assert ws.value("offering.stated_capital_increase") is not None
    out = io.StringIO()
    print_tables(ws, out)
    assert f"{total:,.2f}".removesuffix(".00") in out.getvalue()


EXACT = [(p, fi) for p, fi in NUMBERS if getattr(fi.kind, "display_places", None) is None
         and not getattr(fi.kind, "percent", False)]  # those printed to fewer decimals than they hold


@pytest.mark.parametrize(("path", "fi"), EXACT, ids=[p for p, _ in EXACT])
def test_each_limit_prints_and_reads_back(path, fi):
    kind = fi.kind
    for value in (_extreme(kind, True), _extreme(kind, True, odd=True), _extreme(kind, False)):
        shown = kind.format(value)
        assert kind.parse(shown) == value, (path, value, shown)
