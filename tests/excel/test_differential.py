"""The workbook and the core cannot disagree: 200 random deals exported,
recalculated by a real spreadsheet engine, every formula cell compared.

Every result and check of a workbook is a formula printed from the same
declaration the core evaluates (``worksheet/expressions/``). Here
LibreOffice recalculates the workbooks of :func:`random_deal` (sen prices,
odd totals, zero to full take-up, dates across holidays and the year-end
closure, decimal merger ratios, values at and beside every cap and
threshold, sections left out, entries kept as typed) in two batches, and
every formula cell must show what the core computed (a third of the
workbooks are Japanese, whose checks speak Japanese): to the yen and the sen,
to the day, the same yes or no, the same words of a failing check, the same
blank where the core leaves one.
"""

from __future__ import annotations

import concurrent.futures
import datetime as dt
import math
import os
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from tests.excel.conftest import expected_cells, mismatch
from tests.excel.random_deals import EDGES, edge_deal, random_deal
from tests.excel.spreadsheet import Values, recalculate, soffice
from worksheet.deal import compute
from worksheet.excel import export

DEALS = int(os.environ.get("DIFFERENTIAL_DEALS", "200"))
BATCHES = 2  # one LibreOffice process per core


def _recalculate_in_batches(paths: list[Path], folder: Path) -> dict[Path, Path]:
    chunks = [paths[i::BATCHES] for i in range(BATCHES)]
    with concurrent.futures.ThreadPoolExecutor(BATCHES) as pool:
        done = pool.map(lambda job: recalculate(job[1], folder / f"engine-{job[0]}"), enumerate(chunks))
        out: dict[Path, Path] = {}
        for part in done:
            out.update(part)
    return out


@pytest.fixture(scope="module")
def deals(example, tmp_path_factory: pytest.TempPathFactory) -> list[tuple[Any, Path, Path]]:
    """(worksheet, workbook as exported, workbook recalculated) for each random deal."""
    soffice()
    folder = tmp_path_factory.mktemp("differential")
    cases = []
    for seed in range(DEALS):
        ws = compute((edge_deal if seed % 2 else random_deal)(example, seed))
        path = folder / f"deal-{seed:03d}.xlsx"
        export(ws, path, language="ja" if seed % 3 == 2 else "en")  # a third in Japanese
        cases.append((ws, path))
    recalculated = _recalculate_in_batches([path for _, path in cases], folder)
    return [(ws, path, recalculated[path]) for ws, path in cases]


def _same(cached: Any, recalculated: Any) -> bool:
    if isinstance(cached, dt.datetime):
        cached = cached.date()
    if isinstance(recalculated, dt.datetime):
        recalculated = recalculated.date()
    if isinstance(cached, bool) or isinstance(recalculated, bool):
        return bool(cached) == bool(recalculated) and type(cached) in (bool, int) and type(recalculated) in (bool, int)
    if isinstance(cached, (int, float)) and isinstance(recalculated, (int, float)):
        return math.isclose(cached, recalculated, rel_tol=1e-12, abs_tol=1e-9)
    return (cached or "") == (recalculated or "")


def test_every_formula_cell_recalculates_to_the_cores_figure(deals) -> None:
    problems = []
    cells = 0
    for ws, source, recalculated in deals:
        formulas = openpyxl.load_workbook(source)
        cached = openpyxl.load_workbook(source, data_only=True)
        again = openpyxl.load_workbook(recalculated, data_only=True)
        for sheet in formulas.worksheets:
            for row in sheet.iter_rows():
                for cell in row:
                    if not (isinstance(cell.value, str) and cell.value.startswith("=")):
                        continue
                    cells += 1
                    before = cached[sheet.title][cell.coordinate].value
                    after = again[sheet.title][cell.coordinate].value
                    if not _same(before, after):
                        problems.append(f"{source.name} {sheet.title}!{cell.coordinate}: core {before!r}, "
                                        f"spreadsheet {after!r}: {cell.value[:160]}")
    assert cells > DEALS * 100  # every deal has its formulas
    assert problems == [], f"{len(problems)} of {cells} formula cells differ:\n" + "\n".join(problems[:25])


def test_every_result_equals_the_core_to_the_yen_and_the_day(deals) -> None:
    problems = []
    for ws, source, recalculated in deals:
        values = Values(recalculated)
        language = "ja" if int(source.stem.split("-")[1]) % 3 == 2 else "en"
        for name, (unit, expected) in expected_cells(ws, language).items():
            found = mismatch(unit, expected, values[name], language=language)
            if found:
                problems.append(f"{source.name} {name}: {found}")
    assert problems == [], "\n".join(problems[:25])


def test_the_random_deals_reach_the_edges(deals) -> None:
    """The deals do exercise what they are for: failing and passing checks,
    blanks, every section present and absent, both deliveries."""
    if DEALS < 4 * len(EDGES):
        pytest.skip(f"{DEALS} deals are too few to reach each of the {len(EDGES)} edges twice")
    states = {}
    for ws, _, _ in deals:
        for (name, _), state in ws.check_states.items():
            states.setdefault(name, set()).add(state)
    never_failed = sorted(name for name, seen in states.items() if False not in seen)
    assert len(never_failed) <= len(states) // 3, never_failed
    blank = sum(1 for ws, _, _ in deals for r in ws.results.values() if r.value is None)
    assert blank > DEALS
    present = [ws.deal.present() for ws, _, _ in deals]
    for key in ("offering", "schedule", "over_allotment", "proceeds", "merger"):
        assert 0 < sum(key in p for p in present) < DEALS, key
