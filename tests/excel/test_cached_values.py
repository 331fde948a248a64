"""A reader that does not calculate (pandas, a mail previewer, openpyxl with
data_only=True) finds the core's figures in the exported file."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from tests.excel.conftest import expected_cells, mismatch
from tests.excel.spreadsheet import Values
from worksheet.deal import Worksheet
from worksheet.excel.cached_values import add_cached_values, serial, typed


def test_pandas_reads_the_figures_without_recalculating(exported: Path) -> None:
    offering = pd.read_excel(exported, sheet_name="Offering", header=None)
    rows = {label: value for label, value in zip(offering[0], offering[1]) if isinstance(label, str)}
    assert rows["Stated capital increase"] == 7_706_684_000
    assert rows["Total amount to be paid (maximum increase in stated capital)"] == 15_413_368_000
    assert rows["Offer price"] == 3395
    schedule = pd.read_excel(exported, sheet_name="Schedule", header=None)
    dates = {label: value for label, value in zip(schedule[0], schedule[1]) if isinstance(label, str)}
    assert pd.Timestamp(dates["Payment date"]).date() == dt.date(2013, 7, 18)
    summary = pd.read_excel(exported, sheet_name="Summary", header=None)
    assert 46_697_800 in set(summary[1])  # shares issued after the allotment, in the share count


def test_every_result_has_the_cores_figure_cached(ws: Worksheet, exported: Path) -> None:
    values = Values(exported)  # data_only: the cached values
    problems = [f"{name}: {problem}" for name, (unit, expected) in expected_cells(ws).items()
                if (problem := mismatch(unit, expected, values[name]))]
    assert problems == []


def test_every_formula_cell_has_a_typed_cached_value(exported: Path) -> None:
    with zipfile.ZipFile(exported) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
        formulas = 0
        for name in sheets:
            xml = archive.read(name).decode()
            for cell in re.findall(r"<c [^>]*>(?:(?!</c>).)*<f>.*?</c>", xml):
                formulas += 1
                assert re.search(r"<v>[^<]*</v>", cell), cell
                if re.search(r'<v>(TRUE|FALSE)</v>', cell):
                    pytest.fail(f"a boolean cached as text: {cell}")
        assert formulas > 150
        workbook = archive.read("xl/workbook.xml").decode()
    assert 'fullCalcOnLoad="1"' in workbook


def test_cached_types(exported: Path) -> None:
    formulas = openpyxl.load_workbook(exported)
    values = openpyxl.load_workbook(exported, data_only=True)
    article = formulas.defined_names["merger.simplified_merger_article"]
    (sheet, coord), = article.destinations
    assert values[sheet][coord.replace("$", "")].value == "Companies Act Art. 796(3)"
    (sheet, coord), = formulas.defined_names["merger.short_form_merger"].destinations
    assert values[sheet][coord.replace("$", "")].value is True
    (sheet, coord), = formulas.defined_names["schedule.payment_date"].destinations
    assert values[sheet][coord.replace("$", "")].value.date() == dt.date(2013, 7, 18)


@pytest.mark.parametrize("value, expected", [
    (True, ("b", "1")), (False, ("b", "0")),
    (dt.date(2013, 7, 18), (None, "41473")), (dt.date(1900, 3, 1), (None, "61")),
    (7_706_684_000, (None, "7706684000")), (Decimal("15413368000.00"), (None, "15413368000")),
    (Decimal("115.56"), (None, "115.56")), (Decimal("0.1175522998889783834381870823"), (None, "0.1175522998889784")),
    ("—", ("str", "—")), ("a < b & c", ("str", "a &lt; b &amp; c")),
])
def test_typed(value, expected) -> None:
    assert typed(value) == expected


def test_serial_is_excels() -> None:
    assert serial(dt.date(2013, 7, 15)) == 41470


def test_a_formula_without_a_cached_value_is_refused(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active["A1"] = 2
    book.active["B1"] = "=A1*2"
    path = tmp_path / "plain.xlsx"
    book.save(path)
    with pytest.raises(ValueError, match="no cached value"):
        add_cached_values(path.read_bytes(), {"Sheet": {}})
    with pytest.raises(ValueError, match="hold no formula"):
        add_cached_values(path.read_bytes(), {"Sheet": {"B1": 4, "A1": 2}})
    filled = add_cached_values(path.read_bytes(), {"Sheet": {"B1": 4}})
    (tmp_path / "filled.xlsx").write_bytes(filled)
    assert openpyxl.load_workbook(tmp_path / "filled.xlsx", data_only=True)["Sheet"]["B1"].value == 4
