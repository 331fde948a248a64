"""Print and PDF of the worksheet: a summary page, then the sections, with
the issuer's Japanese name in a Japanese font."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtPrintSupport import QPrintDialog

from tests.ui.uihelpers import shown


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) not installed")


@needs_poppler
def test_the_example_prints_to_pdf_with_its_japanese_name(make_window, example_deal, dialogs, tmp_path):
    window = make_window(example_deal)
    dialogs.files.append(str(tmp_path / "worksheet"))
    target = window.printing.export_pdf()
    assert target == tmp_path / "worksheet.pdf" and target.read_bytes().startswith(b"%PDF")
    text = pdf_text(target)
    summary, _, sections = text.partition("\f")
    assert example_deal.issuer.name_ja in summary  # 株式会社インターネットイニシアティブ
    for figure in ("46,697,800", "11.76%", "2013-07-18"):
        assert figure in summary
    assert "Income before income tax" in summary  # the findings
    for figure in (shown(window, "offering.stated_capital_increase"), "10,122,262", "Absorption-type merger",
                   "Matsue"):
        assert figure in sections
    fonts = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True, check=True).stdout
    assert any(name in fonts for name in ("IPA", "Noto Sans CJK", "Gothic")), fonts


@needs_poppler
def test_print_goes_through_the_print_dialog(make_window, example_deal, monkeypatch, tmp_path):
    window = make_window(example_deal)
    target = tmp_path / "printed.pdf"

    def accept(dialog):
        dialog.printer().setOutputFormat(dialog.printer().OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(target))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    assert window.printing.print_()
    assert "Share-count bridge" in pdf_text(target)
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: QPrintDialog.DialogCode.Rejected)
    target.unlink()
    assert not window.printing.print_() and not target.exists()
