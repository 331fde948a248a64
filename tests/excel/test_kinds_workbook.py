"""The workbook of each new kind, on the published deals, recalculated by
LibreOffice: every formula cell shows the core's figure to the yen, and the
figures the releases print are there (a capital per share of 643.275 with
its three decimals, stated capital rounded up on an odd total above ten
billion yen)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from tests.excel.conftest import expected_cells, mismatch
from tests.excel.spreadsheet import Values, recalculate, soffice
from tests.kinds import allotment, book_built, deal_with, offering, secondary, treasury, with_preset
from worksheet import dealfile
from worksheet.deal import compute
from worksheet.excel import export
from worksheet.resources import resource_path

EXAMPLES = ("ipo-book-building-e39018", "global-offering-smfg-2010", "third-party-allotment-smbc-2009",
            "secondary-offering-filer-14734-2024", "treasury-disposal-filer-11080-2024")


def _built() -> dict[str, Any]:
    e38148 = with_preset(book_built(shares=100, low="1270", high="1350", offer="1350", underwriting="1286.55",
                                    floor="1079.50").with_value("schedule.pricing_date", dt.date(2022, 12, 5)),
                         "ipo_payment_6")
    smfg_2006 = treasury(shares=400_000, price="1130500", offer="1166200", book=462_200_000_000,
                         deal=offering(shares=80_000, offer="1166200", paid="1130500",
                                       deal=deal_with(issued=7_000_000, treasury=500_000)))
    e40130 = allotment(allottees={"E40130 allottee": 154_900}, paid="1000", resolved=dt.date(2025, 10, 30),
                       voting_rights=42_697, deal=deal_with(issued=4_316_483))
    ishigaki = allotment(allottees={"辛澤": 4_369_000}, paid="103", resolved=dt.date(2021, 3, 11), voting_rights=70_684)
    e39661 = secondary(price="850", underwriting="793.47", sellers={"A": 1_000_001, "B": 3})
    return {"e38148": e38148, "smfg-2006-with-a-loss": smfg_2006, "e40130": e40130, "ishigaki-2021": ishigaki,
            "e39661": e39661}


@pytest.fixture(scope="module")
def recalculated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Any, Path, Values]]:
    soffice()
    folder = tmp_path_factory.mktemp("kinds")
    deals = {name: dealfile.load(resource_path("examples", f"{name}.deal.json")) for name in EXAMPLES}
    deals.update(_built())
    sources = {}
    for name, deal in deals.items():
        ws = compute(deal)
        path = folder / f"{name}.xlsx"
        export(ws, path)
        sources[name] = (ws, path)
    done = recalculate([p for _, p in sources.values()], folder / "engine")
    return {name: (ws, path, Values(done[path])) for name, (ws, path) in sources.items()}


def test_every_formula_cell_recalculates_to_the_core(recalculated):
    problems = []
    for name, (ws, source, values) in recalculated.items():
        cached = openpyxl.load_workbook(source, data_only=True)
        again = openpyxl.load_workbook(values.path, data_only=True)
        formulas = openpyxl.load_workbook(source)
        for sheet in formulas.worksheets:
            for row in sheet.iter_rows():
                for cell in row:
                    if isinstance(cell.value, str) and cell.value.startswith("="):
                        before = cached[sheet.title][cell.coordinate].value
                        after = again[sheet.title][cell.coordinate].value
                        if before != after and not (isinstance(before, (int, float)) and
                                                    isinstance(after, (int, float)) and
                                                    abs(before - after) <= 1e-9 * max(1, abs(before))):
                            problems.append(f"{name} {sheet.title}!{cell.coordinate}: {before!r} != {after!r}")
        for dotted, (unit, expected) in expected_cells(ws).items():
            found = mismatch(unit, expected, values[dotted])
            if found:
                problems.append(f"{name} {dotted}: {found}")
    assert problems == []


@pytest.mark.parametrize("case, name, printed", [
    ("global-offering-smfg-2010", "global_offering.total_amount_paid", 918_955_400_000),
    ("global-offering-smfg-2010", "global_offering.stated_capital_increase", 459_477_700_000),
    ("global-offering-smfg-2010", "global_offering.total_issue_price", 953_360_000_000),
    ("global-offering-smfg-2010", "schedule.payment_date", dt.date(2010, 1, 27)),
    ("third-party-allotment-smbc-2009", "third_party_allotment.stated_capital_increase", 23_999_994_673),
    ("third-party-allotment-smbc-2009", "third_party_allotment.additional_paid_in_capital", 23_999_994_672),
    ("ipo-book-building-e39018", "book_building.additional_paid_in_capital", 703_579_200),
    ("ipo-book-building-e39018", "schedule.delivery_date", dt.date(2023, 10, 25)),
    ("secondary-offering-filer-14734-2024", "secondary_offering.total_selling_price", 5_481_991_000),
    ("treasury-disposal-filer-11080-2024", "treasury_disposal.stated_capital_increase", 0),
    ("e38148", "book_building.capital_per_share", 643.275),
    ("e38148", "book_building.stated_capital_increase", 64_328),
    ("e38148", "schedule.payment_date", dt.date(2022, 12, 13)),
    ("e40130", "third_party_allotment.dilution_as_stated", 0.0363),
    ("e40130", "third_party_allotment.ratio_to_shares_issued_as_stated", 0.0359),
    ("ishigaki-2021", "third_party_allotment.dilution_as_stated", 0.6181),
    ("smfg-2006-with-a-loss", "treasury_disposal.stated_capital_increase", 40_220_000_000),
    ("e39661", "secondary_offering.spread_per_share", 56.53),
])
def test_the_printed_figures_in_the_recalculated_workbook(recalculated, case, name, printed):
    values = recalculated[case][2]
    found = values[name]
    if isinstance(printed, float):
        assert found == pytest.approx(printed, abs=1e-12)
    else:
        assert found == printed


def test_the_thresholds_are_live_checks(recalculated):
    values = recalculated["ishigaki-2021"][2]
    assert "Art. 432" in values["check.third_party_allotment.independent_opinion"]
    assert values["check.third_party_allotment.delisting_criterion"] == "OK"
    assert recalculated["e40130"][2]["check.third_party_allotment.independent_opinion"] == "OK"
    loss = recalculated["smfg-2006-with-a-loss"][2]["check.treasury_disposal.loss_reduces_limit"]
    assert "40,220,000,000" in loss and "45,220,000,000" in loss


def test_capital_per_share_shows_its_three_decimals(recalculated):
    _, source, _ = recalculated["e38148"]
    values = Values(source)
    cell = values.cell("book_building.capital_per_share")
    assert cell.number_format == "#,##0.000"
    assert D(str(cell.value)) == D("643.275")
