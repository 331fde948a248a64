"""Text a user typed is written as text: a company name that begins with
"=", "+", "-" or "@" never becomes a formula."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl
import pytest

from tests.excel.conftest import HOSTILE_TEXT
from worksheet.deal import Deal, compute
from worksheet.excel import export
from worksheet.excel.names import excel_name

def hostile_deal(example: Deal) -> tuple[Deal, dict[str, str]]:
    deal = example
    for path, text in HOSTILE_TEXT:
        deal = deal.with_value(path, text)
    return deal, dict(HOSTILE_TEXT)


@pytest.fixture(scope="module")
def hostile(example: Deal, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    deal, typed = hostile_deal(example)
    path = tmp_path_factory.mktemp("hostile") / "hostile.xlsx"
    export(compute(deal), path)
    return path, typed


def _cell(book: openpyxl.Workbook, dotted: str):
    (sheet, coord), = book.defined_names[excel_name(dotted)].destinations
    return book[sheet][coord.replace("$", "")]


def test_text_comes_back_as_text(hostile) -> None:
    path, typed = hostile
    book = openpyxl.load_workbook(path)
    for dotted, text in typed.items():
        cell = _cell(book, dotted)
        assert cell.value == text, dotted
        assert cell.data_type == "s", dotted


def test_the_saved_xml_holds_strings_not_formulas(hostile) -> None:
    path, typed = hostile
    book = openpyxl.load_workbook(path)
    with zipfile.ZipFile(path) as archive:
        xml = {name: archive.read(name).decode() for name in archive.namelist() if name.startswith("xl/worksheets/")}
    parts = {ws.title: f"xl/worksheets/sheet{i}.xml" for i, ws in enumerate(book.worksheets, start=1)}
    for dotted in typed:
        (sheet, coord), = book.defined_names[excel_name(dotted)].destinations
        element = re.search(rf'<c r="{coord.replace("$", "")}"[^>]*>.*?</c>', xml[parts[sheet]], re.S)[0]
        assert 't="inlineStr"' in element, element
        assert "<f>" not in element, element
    every_formula = " ".join(re.findall(r"<f>(.*?)</f>", " ".join(xml.values())))
    assert "HYPERLINK" not in every_formula and "SUM(A1)" not in every_formula


def test_a_holder_named_like_a_formula_is_shown_as_text(hostile) -> None:
    # the holder's row carries its allotment as formulas beside the name: the name stays text
    path, typed = hostile
    values = openpyxl.load_workbook(path, data_only=True)
    name, received = _cell(values, "merger.holders.0.name"), _cell(values, "merger.holders.0.shares_received")
    assert name.value == typed["merger.holders.0.name"]
    assert received.row == name.row and received.value == 104


def test_control_characters_do_not_break_the_export(example: Deal, tmp_path: Path) -> None:
    deal = example.with_value("issuer.name", "IIJ\x07 Inc.\x00").with_value("notes", "line one\nline two\ttab")
    export(compute(deal), tmp_path / "control.xlsx")
    book = openpyxl.load_workbook(tmp_path / "control.xlsx")
    assert _cell(book, "issuer.name").value == "IIJ\ufffd Inc.\ufffd"
    assert _cell(book, "notes").value == "line one\nline two\ttab"
