"""The real mergers and share exchanges, exported and recalculated by
LibreOffice: every result to the share and the yen, the same verdicts of
both statutory tests; and the tests stay live when an input is changed in
the workbook."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.excel.conftest import expected_cells, mismatch
from tests.excel.spreadsheet import Values, recalculate, set_inputs, soffice
import datetime as dt
from decimal import Decimal

from tests.reorganisations import REAL_DEALS, exchange
from worksheet.issuer import Issuer
from worksheet.deal import compute
from worksheet.excel import export


def _sen_limit() -> object:
    """Net assets of JPY 10,000,007 at a fraction of 0.166667: the limit, 1,666,671.166669, is 1,666,671.16 to
    the sen, and a consideration of exactly that is within it."""
    return exchange(Issuer(name="Acquirer", shares_issued=10_000_000), resolution_date=dt.date(2022, 9, 14),
                    subsidiary_shares_issued=1, ratio=Decimal(1), parent_net_assets=Decimal(10_000_007),
                    simplified_threshold=Decimal("0.166667"), parent_net_assets_per_share=Decimal("1666671.16"))


CASES = {**REAL_DEALS, "limit rounded down to the sen": _sen_limit}


@pytest.fixture(scope="module")
def recalculated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple]:
    soffice()
    folder = tmp_path_factory.mktemp("reorganisations")
    cases = {}
    for i, (name, build) in enumerate(CASES.items()):
        ws = compute(build())
        path = folder / f"real-{i}.xlsx"
        export(ws, path)
        cases[name] = (ws, path)
    out = recalculate([path for _, path in cases.values()], folder / "engine")
    return {name: (ws, Values(out[path]), path) for name, (ws, path) in cases.items()}


@pytest.mark.parametrize("name", list(CASES))
def test_the_workbook_recalculates_the_real_deal(recalculated, name):
    ws, values, _ = recalculated[name]
    problems = [f"{cell}: {found}" for cell, (unit, expected) in expected_cells(ws).items()
                if cell in values and (found := mismatch(unit, expected, values[cell]))]
    assert problems == []
    key = "merger" if ws.deal.merger is not None else "share_exchange"
    noun = "merger" if key == "merger" else "exchange"
    for result in (f"{key}.shares_delivered", f"{key}.treasury_delivered", f"{key}.new_shares_issued",
                   f"{key}.simplified_{noun}", f"{key}.short_form_{noun}", f"{key}.simplified_{noun}_article"):
        assert result in values, result


def test_the_simplified_test_is_live_in_the_workbook(recalculated, tmp_path: Path):
    """Tokyu's net assets per share raised in the workbook: the consideration (11,733,548 shares) crosses the
    limit of JPY 105,706,000,000 between JPY 9,008.86 and 9,008.87 a share."""
    _, values, source = recalculated["SE-2 Tokyu / Tokyu Recreation 2022"]
    assert values["share_exchange.simplified_exchange"] in (True, 1)  # LibreOffice saves a yes/no cell as 1
    results = {}
    for per_share in ("9008.86", "9008.87"):
        changed = tmp_path / f"tokyu-{per_share}.xlsx"
        set_inputs(source, {"share_exchange.parent_net_assets_per_share": float(per_share)}, changed)
        again = Values(recalculate([changed], tmp_path / f"engine-{per_share}")[changed])
        results[per_share] = (again["share_exchange.simplified_exchange"], again["share_exchange.parent_meeting_required"])
    assert results == {"9008.86": (True, False), "9008.87": (False, True)}


def test_the_limit_to_the_sen_in_the_workbook(recalculated):
    _, values, _ = recalculated["limit rounded down to the sen"]
    assert values["share_exchange.simplified_limit"] == 1_666_671.16
    assert values["share_exchange.simplified_exchange"] in (True, 1)  # LibreOffice saves a yes/no cell as 1
