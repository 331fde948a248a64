"""The workbook prints: landscape pages, one page wide, the Summary on one
page, the deal's name in the header. LibreOffice prints it to PDF."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.excel.spreadsheet import soffice, to_pdf
from worksheet.deal import Worksheet


def _poppler(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"{tool} (poppler-utils) is needed on CI: scripts/bootstrap.sh --tests installs it")
        pytest.skip(f"{tool} (poppler-utils) is not installed")
    return found


def test_the_summary_prints_on_one_landscape_page(ws: Worksheet, exported: Path, tmp_path: Path) -> None:
    soffice()
    pdftotext, pdfinfo = _poppler("pdftotext"), _poppler("pdfinfo")
    pdf = to_pdf(exported, tmp_path)
    info = subprocess.run([pdfinfo, "-f", "1", "-l", "1", str(pdf)], capture_output=True, text=True, check=True).stdout
    size = next(line for line in info.splitlines() if line.startswith("Page    1 size"))
    width, height = (float(x) for x in size.split(":")[1].split("pts")[0].split(" x "))
    assert width > height  # landscape
    first = subprocess.run([pdftotext, "-layout", "-f", "1", "-l", "1", str(pdf), "-"],
                           capture_output=True, text=True, check=True).stdout
    for text in (ws.deal.title, "Key figures", "15,413,368,000", "7,706,684,000", "2013-07-18", "46,697,800",
                 "11.8%", "Findings of the checks when exported"):
        assert text in first, text


def test_the_japanese_summary_prints_on_one_page_in_japanese(ws: Worksheet, tmp_path: Path) -> None:
    from worksheet.excel import export

    soffice()
    pdftotext = _poppler("pdftotext")
    workbook = tmp_path / "ja.xlsx"
    export(ws, workbook, language="ja")
    pdf = to_pdf(workbook, tmp_path)
    first = subprocess.run([pdftotext, "-layout", "-f", "1", "-l", "1", str(pdf), "-"],
                           capture_output=True, text=True, check=True).stdout
    for text in ("主要な数値", "15,413,368,000", "2013年7月18日", "46,697,800", "11.8%", "はい", "出力時のチェック結果"):
        assert text in first, text
    assert "\ufffd" not in first and "2013-07-18" not in first
