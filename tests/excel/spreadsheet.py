"""A real spreadsheet engine for the Excel tests: LibreOffice, headless.

``recalculate`` converts many workbooks in one ``soffice`` run (each run
costs a second or more) with a fresh profile. The profile is told to
recalculate every formula when it loads an .xlsx file: by default
LibreOffice trusts the cached values a file carries (fullCalcOnLoad or
not), which would only read back what the export wrote.

Without ``soffice`` the tests that need it are skipped, except on CI
(``CI=true``), where a missing engine fails them.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any, Iterable

import openpyxl
import pytest

from worksheet.excel.names import excel_name

RECALC_ALWAYS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


def soffice() -> str:
    """The LibreOffice program, or skip (fail on CI) when there is none."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found:
        return found
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail("LibreOffice (soffice) is needed on CI: scripts/bootstrap.sh --tests installs it")
    pytest.skip("LibreOffice (soffice) is not installed")


def _convert(sources: list[Path], target: str, workdir: Path) -> Path:
    profile = workdir / "profile"
    (profile / "user").mkdir(parents=True, exist_ok=True)
    (profile / "user" / "registrymodifications.xcu").write_text(RECALC_ALWAYS, encoding="utf-8")
    out = workdir / "out"
    out.mkdir(exist_ok=True)
    done = subprocess.run(
        [soffice(), "--headless", "--norestore", f"-env:UserInstallation={profile.as_uri()}",
         "--convert-to", target, "--outdir", str(out), *map(str, sources)],
        capture_output=True, text=True, timeout=max(300, 10 * len(sources)))  # about 2 s a workbook, 5x spare
    if done.returncode != 0:
        raise RuntimeError(f"soffice failed ({done.returncode}): {done.stderr or done.stdout}")
    return out


def recalculate(sources: Iterable[Path], workdir: Path) -> dict[Path, Path]:
    """Each workbook recalculated and saved again by LibreOffice: source -> result."""
    sources = list(sources)
    names = [s.name for s in sources]
    if len(set(names)) != len(names):
        raise ValueError("workbooks converted together need different file names")
    out = _convert(sources, "xlsx", workdir)
    found = {s: out / s.name for s in sources}
    missing = [str(p) for p in found.values() if not p.exists()]
    if missing:
        raise RuntimeError(f"soffice wrote no {missing}")
    return found


def to_pdf(source: Path, workdir: Path) -> Path:
    out = _convert([source], "pdf", workdir)
    return out / (source.stem + ".pdf")


class Values:
    """The values a workbook's cells show, reached by defined name."""

    def __init__(self, path: Path):
        self.path = path
        self.book = openpyxl.load_workbook(path, data_only=True)
        self.names = {name: list(dn.destinations) for name, dn in self.book.defined_names.items()}

    def cell(self, dotted: str):
        (sheet, coord), = self.names[excel_name(dotted)]
        return self.book[sheet][coord.replace("$", "")]

    def __getitem__(self, dotted: str) -> Any:
        value = self.cell(dotted).value
        if isinstance(value, dt.datetime):
            return value.date()
        return value

    def __contains__(self, dotted: str) -> bool:
        return excel_name(dotted) in self.names


def set_inputs(path: Path, changes: dict[str, Any], target: Path) -> None:
    """Change input cells of an exported workbook, by name, as a user would."""
    book = openpyxl.load_workbook(path)
    for dotted, value in changes.items():
        (sheet, coord), = book.defined_names[excel_name(dotted)].destinations
        book[sheet][coord.replace("$", "")].value = value
    book.save(target)
