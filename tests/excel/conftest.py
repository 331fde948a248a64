"""Fixtures of the Excel tests: the example deal exported, and ways to read
a workbook back."""

from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from worksheet.deal import REGISTRY, Worksheet
from worksheet.excel import export
from worksheet.naming import generic
from worksheet.words import Words

# Text typed where a spreadsheet would see a formula, in every kind of text field.
_HOSTILE = ('=HYPERLINK("http://example.com/x","Click")', "+1", "-1", "@SUM(A1)", "=1+1", "-2+3")
_TEXT_FIELDS = (
    "title", "notes", "issuer.name", "issuer.name_ja", "issuer.securities_code", "merger.dissolving_name",
    "merger.holders.0.name", "proceeds.lines.0.purpose", "proceeds.lines.0.timing",
    "proceeds.facility_plan.0.company", "issuer.fiscal_years.0.source", "stated.0.source", "stated.0.stated",
)
HOSTILE_TEXT = tuple((path, _HOSTILE[i % len(_HOSTILE)]) for i, path in enumerate(_TEXT_FIELDS))
RATIO_UNITS = ("%",)


@pytest.fixture(scope="session")
def exported(ws: Worksheet, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example deal's workbook, written once for all the tests."""
    path = tmp_path_factory.mktemp("export") / "example.xlsx"
    export(ws, path)
    return path


#: inputs of the deal that have no cell: the sections it leaves out are simply not in the workbook
NOT_IN_THE_WORKBOOK = ("excluded",)


def placed(ws: Worksheet, name: str) -> bool:
    """Whether a result or input has a place in the workbook: not when it
    belongs to a section the deal lacks or leaves out."""
    if name in NOT_IN_THE_WORKBOOK:
        return False
    section = REGISTRY.section_of.get(generic(name), name.split(".")[0])
    return section not in REGISTRY.sections or section in ws.deal.present()


def expected_cells(ws: Worksheet, language: str = "en") -> dict[str, tuple[str, Any]]:
    """Every result cell the workbook must show: name -> (unit, core value),
    each row of a table's per-row results one cell; words in the workbook's
    language. A result of a section the deal lacks has no sheet to go on and
    is left out."""
    out: dict[str, tuple[str, Any]] = {}
    for name, found in ws.results.items():
        if not placed(ws, name):
            continue
        value = found.value.text(language) if isinstance(found.value, Words) else found.value
        out[name] = (found.unit, value)
    return out


def mismatch(unit: str, expected: Any, got: Any, blank: str = "—", language: str = "en") -> str | None:
    """Why ``got`` (as a spreadsheet shows it) is not the core's ``expected``,
    or None: to the yen and the sen for money, to the day for dates, within
    1e-9 (relative) for ratios."""
    if expected is None:
        return None if got == blank else f"expected blank ({blank}), got {got!r}"
    if hasattr(expected, "text") and not isinstance(expected, str):  # words: an article cited
        expected = expected.text(language)
    if isinstance(expected, bool):
        # LibreOffice keeps a yes/no cell formatted "Yes";"Yes";"No" as 1 or 0 when it saves
        same = got is expected or (type(got) is int and got == int(expected))
        return None if same else f"expected {expected}, got {got!r}"
    if isinstance(expected, dt.date):
        got = got.date() if isinstance(got, dt.datetime) else got
        return None if got == expected else f"expected {expected}, got {got!r}"
    if isinstance(expected, str):
        return None if got == expected else f"expected {expected!r}, got {got!r}"
    if not isinstance(got, (int, float)) or isinstance(got, bool):
        return f"expected {expected}, got {got!r}"
    if isinstance(expected, int):
        return None if got == expected else f"expected {expected}, got {got!r}"
    if unit in RATIO_UNITS:
        ok = math.isclose(got, float(expected), rel_tol=1e-9, abs_tol=1e-15)
        return None if ok else f"expected {expected}, got {got!r}"
    places = 2 if unit.startswith("JPY") else 6  # shares per share: a ratio (two places) or a fraction (four)
    shown = Decimal(repr(round(got, places)))
    return None if shown == expected else f"expected {expected}, got {got!r} ({shown})"
