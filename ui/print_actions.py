"""File > Print... and File > Export to PDF...: the actions are made with the
window; the printing itself (:mod:`ui.printing`, QtPrintSupport) is loaded
when the user first prints."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog

from ui.errors import show_error

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from ui.main_window import MainWindow


class PrintActions(QObject):
    """File > Print... and File > Export to PDF..."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.print_action = QAction(window)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(lambda checked=False: self.print_())
        self.pdf_action = QAction(window)
        self.pdf_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.pdf_action.triggered.connect(lambda checked=False: self.export_pdf())
        self.retranslate()

    def retranslate(self) -> None:
        self.print_action.setText(self.tr("&Print\u2026"))
        self.pdf_action.setText(self.tr("Export to P&DF\u2026"))

    def _printer(self) -> QPrinter:
        from PySide6.QtCore import QMarginsF
        from PySide6.QtGui import QPageLayout, QPageSize
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                          QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
        printer.setDocName(self.window.document.display_name)
        return printer

    def print_(self) -> bool:
        from PySide6.QtPrintSupport import QPrintDialog

        printer = self._printer()
        dialog = QPrintDialog(printer, self.window)
        dialog.setWindowTitle(self.tr("Print the worksheet"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        from ui.printing import WorksheetPrinter

        WorksheetPrinter(self.window).print_to(printer)
        return True

    def export_pdf(self, path: str | Path | None = None) -> Path | None:
        """Write the printed worksheet to a PDF file (asked for when not given)."""
        from PySide6.QtPrintSupport import QPrinter

        if path is None:
            document = self.window.document
            base = document.path.name.removesuffix(".json").removesuffix(".deal") if document.path else "worksheet"
            chosen, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export to PDF"),
                                                    str(Path(self.window.files._dir) / f"{base}.pdf"),
                                                    self.tr("PDF files (*.pdf)"))
            if not chosen:
                return None
            path = chosen
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        printer = self._printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        from ui.printing import WorksheetPrinter

        WorksheetPrinter(self.window).print_to(printer)
        if not target.exists():
            show_error(self.window, self.tr("Export to PDF"),
                       self.tr("The PDF could not be written to {file}.").format(file=target))
            return None
        self.window.statusBar().showMessage(self.tr("Printed to {file}").format(file=target), 6000)
        return target
