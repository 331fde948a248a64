"""Defined names: the core's dotted names, mapped to Excel names and back."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, strategies as st

from tests.excel.conftest import placed
from worksheet.deal import Worksheet, flatten
from worksheet.excel.names import InvalidName, dotted_name, excel_name, is_plain, reads_as_reference


@pytest.mark.parametrize("dotted", [
    "offering.stated_capital_increase", "schedule.payment_date", "shares.x", "title", "notes",
    "proceeds.facility_plan.0.total", "merger.price_history.44.close", "merger.holders.0.odd_lot",
    "check.offering.offer_in_range", "check.proceeds.facility_plan.2.paid_within_total", "x.a1", "abcd1.x", "xfe1.x",
])
def test_plain_names_are_kept(dotted: str) -> None:
    assert excel_name(dotted) == dotted
    assert dotted_name(excel_name(dotted)) == dotted


@pytest.mark.parametrize("dotted, why", [
    ("a1", "a cell"), ("xfd1048576", "the last cell"), ("q1.sales", "starts with a cell"), ("r", "R1C1 row"),
    ("c", "R1C1 column"), ("rc", "R1C1 cell"), ("r1c1.x", "R1C1 cell"), ("r2.x", "R1C1 row"),
    ("c3", "R1C1 column"), ("1st.x", "a digit first"), ("tax2019", "a cell since Excel 2007"),
])
def test_names_that_read_as_references_are_escaped(dotted: str, why: str) -> None:
    name = excel_name(dotted)
    assert name == "_" + dotted, why
    assert is_plain(name)
    assert dotted_name(name) == dotted


def test_names_beyond_the_last_row_or_column_are_plain() -> None:
    assert not reads_as_reference("a1048577")
    assert not reads_as_reference("xfe1")


def test_names_excel_cannot_take_are_refused() -> None:
    for bad in ("a name", "x" * 300, "_private", "a-b"):
        with pytest.raises(InvalidName):
            excel_name(bad)


@given(st.from_regex(r"[a-z][a-z0-9_]{0,12}(\.[a-z0-9_]{1,12}){0,3}", fullmatch=True))
def test_the_mapping_is_reversible(dotted: str) -> None:
    name = excel_name(dotted)
    assert is_plain(name)
    assert dotted_name(name) == dotted


def test_every_input_and_result_has_its_name(ws: Worksheet, exported: Path) -> None:
    book = openpyxl.load_workbook(exported)
    names = set(book.defined_names)
    assert {excel_name(n) for n in flatten(ws) if placed(ws, n)} <= names
    for name in names:
        destinations = list(book.defined_names[name].destinations)
        assert len(destinations) == 1, name
