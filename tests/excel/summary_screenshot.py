"""Renders the Summary sheet of the example deal's workbook as a picture:
the workbook printed to PDF by LibreOffice, its first page (the Summary)
turned into a PNG by pdftoppm. The whole printed workbook is kept beside
the picture as a PDF.

    .venv/bin/python -m tests.excel.summary_screenshot [OUT.png] [--lang ja]

Without OUT.png it replaces resources/screenshots/summary-sheet.png and
workbook-print.pdf, or summary-sheet-ja.png and workbook-print-ja.pdf for
the Japanese workbook.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from worksheet import dealfile
from worksheet.deal import compute
from worksheet.excel import export
from worksheet.resources import example_deal_path, resource_path

RESOLUTION = 110  # dots per inch: an A4 landscape page about 1,290 pixels wide


def render_summary(target: Path, workdir: Path, resolution: int = RESOLUTION, language: str = "en") -> Path:
    from tests.excel.spreadsheet import to_pdf

    workbook = workdir / "example.xlsx"
    export(compute(dealfile.load(example_deal_path())), workbook, language=language)
    pdf = to_pdf(workbook, workdir / "pdf")
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        raise RuntimeError("pdftoppm (poppler-utils) is needed to turn the PDF into a picture")
    stem = workdir / "summary"
    subprocess.run([pdftoppm, "-f", "1", "-l", "1", "-r", str(resolution), "-png", "-singlefile", str(pdf), str(stem)],
                   check=True, capture_output=True)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(stem.with_suffix(".png"), target)
    suffix = "" if language == "en" else f"-{language}"
    shutil.copyfile(pdf, target.with_name(f"workbook-print{suffix}.pdf"))
    return target


def main(argv: list[str]) -> None:
    language = argv[argv.index("--lang") + 1] if "--lang" in argv else "en"
    paths = [a for a in argv if not a.startswith("--") and a != language]
    default = "summary-sheet.png" if language == "en" else f"summary-sheet-{language}.png"
    target = Path(paths[0]) if paths else resource_path("screenshots", default)
    with tempfile.TemporaryDirectory() as folder:
        print(render_summary(target, Path(folder), language=language))


if __name__ == "__main__":
    main(sys.argv[1:])
