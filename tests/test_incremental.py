"""Computing again after an edit reuses what the edit did not touch, and
gives exactly what computing from scratch gives: the same figures, the
same findings, the same verdicts of every check."""

from __future__ import annotations

import dataclasses
import random
from decimal import Decimal

import pytest

from tests.excel.random_deals import edge_deal, random_deal
from worksheet.deal import REGISTRY, changed_roots, compute
from worksheet.proceeds import FacilityRow

SECTIONS = ("offering", "schedule", "over_allotment", "proceeds", "merger", "issuer", "excluded", "closures")
ROW_EDITS = (("proceeds.facility_plan", "paid", Decimal(5)), ("proceeds.facility_plan", "total", None),
             ("merger.holders", "shares", 7), ("merger.price_history", "close", Decimal("2000.5")),
             ("merger.price_history", "day", None), ("proceeds.lines", "amount", None),
             ("proceeds.lines", "kind", "other"))


def _same(full, again) -> None:
    assert again.results == full.results
    assert set(again.findings) == set(full.findings)
    assert again.check_states == full.check_states


@pytest.mark.parametrize("seed", range(40))
def test_an_edit_computes_as_from_scratch(example, seed):
    rng = random.Random(seed)
    deal = (edge_deal if seed % 2 else random_deal)(example, seed)
    other = (edge_deal if seed % 2 == 0 else random_deal)(example, seed + 1000)
    before = compute(deal)
    key = rng.choice(SECTIONS)
    edited = dataclasses.replace(deal, **{key: getattr(other, key)})
    _same(compute(edited), compute(edited, previous=before))
    for table, column, value in ROW_EDITS:
        rows = deal.get(table)
        if deal.get(table.split(".")[0]) is None or not rows:
            continue
        row_edit = deal.with_value(f"{table}.{rng.randrange(len(rows))}.{column}", value)
        _same(compute(row_edit), compute(row_edit, previous=before))


def test_an_edit_of_one_field_touches_only_what_reads_it(example, ws):
    edited = example.with_value("offering.offer_price", Decimal("3400"))
    assert changed_roots(ws, edited) == {"offering.offer_price"}
    again = compute(edited, previous=ws)
    kept = [name for name in ws.results if again.results[name] is ws.results[name]]
    assert "merger.average_close" in kept and "proceeds.facility_remaining" in kept
    assert "offering.gross_proceeds" not in kept
    assert again.value("offering.gross_proceeds") == Decimal("3400") * 4_700_000


def test_a_table_row_edit_keeps_the_other_rows_checks(example):
    rows = tuple(FacilityRow(company=f"site {i}", total=Decimal(1000 + i), paid=Decimal(i)) for i in range(2000))
    deal = dataclasses.replace(example, proceeds=dataclasses.replace(example.proceeds, facility_plan=rows))
    before = compute(deal)
    edited = deal.with_value("proceeds.facility_plan.5.paid", Decimal(5000))  # above its total
    again = compute(edited, previous=before)
    assert REGISTRY.row_local["proceeds.facility_plan.paid_within_total"] == "proceeds.facility_plan"
    assert again.verdicts["proceeds.facility_plan.paid_within_total"][5] is False
    assert again.value("proceeds.facility_paid") is None  # the barred cell blanks the sum
    _same(compute(edited), again)
