"""Any deal the window can hold exports: sections in any combination, blank
and kept-as-typed entries, sections left out with their figures kept; the
workbook written opens in openpyxl and every formula cell carries a value."""

from __future__ import annotations

import io

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.test_properties import EXAMPLE, OPTIONAL_SECTIONS, scrambled_deals
from worksheet.deal import Deal, compute
from worksheet.excel import workbook_bytes

EXPORTS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def any_deal(draw):
    deal = draw(scrambled_deals())
    if draw(st.booleans()):  # sections in any combination, present, absent or left out
        for key in OPTIONAL_SECTIONS:
            choice = draw(st.sampled_from(("keep", "absent", "left out", "empty")))
            if choice == "absent":
                deal = deal.with_value(key, None)
            elif choice == "left out" and deal.get(key) is not None:
                deal = deal.with_section(key, False)
            elif choice == "empty":
                deal = deal.with_value(key, None).with_section(key, True)
    return deal


def _opens(deal) -> None:
    data = workbook_bytes(compute(deal), language="ja" if len(deal.title) % 2 else "en")
    book = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    formulas = openpyxl.load_workbook(io.BytesIO(data))
    for sheet in formulas.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    shown = book[sheet.title][cell.coordinate]
                    assert shown.value is not None or shown.data_type in ("s", "str"), (sheet.title, cell.coordinate)


@EXPORTS
@given(any_deal())
def test_any_deal_exports_a_workbook_that_opens(deal):
    _opens(deal)


def test_a_new_empty_deal_exports():
    _opens(Deal())


def test_every_section_alone_exports():
    for key in OPTIONAL_SECTIONS:
        deal = EXAMPLE
        for other in OPTIONAL_SECTIONS:
            if other != key:
                deal = deal.with_value(other, None)
        _opens(deal)
