"""The File menu: new, open, the example, recent files, save, save as,
export to Excel, quit; and the offer to recover work after a crash."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from ui import settings
from ui.autosave import find_leftovers
from ui.document import DealDocument
from ui.errors import ask_save_changes, file_error_text, show_error
from ui.i18n import language
from worksheet.dealfile import DealFileError

if TYPE_CHECKING:
    from ui.export import ExcelExport

DEAL_SUFFIX = ".deal.json"


class FileActions(QObject):
    def __init__(self, window: QMainWindow, document: DealDocument):
        super().__init__(window)
        self.window = window
        self.document = document
        self.export_job: ExcelExport | None = None
        self._dir = str(Path.home())

        def action(slot, shortcut: QKeySequence | QKeySequence.StandardKey | None = None) -> QAction:
            made = QAction(window)
            if shortcut is not None:
                made.setShortcut(shortcut)
            made.triggered.connect(lambda checked=False: slot())
            return made

        S = QKeySequence.StandardKey
        self.new_action = action(self.new, S.New)
        self.open_action = action(self.open, S.Open)
        self.example_action = action(self.open_example)
        self.save_action = action(self.save, S.Save)
        self.save_as_action = action(self.save_as, S.SaveAs)
        self.export_action = action(self.export, QKeySequence("Ctrl+E"))
        self.quit_action = action(window.close, S.Quit)
        self.recent_menu = QMenu(window)
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        self.retranslate()

    def retranslate(self) -> None:
        """The actions' words in the window's language."""
        self.new_action.setText(self.tr("&New"))
        self.open_action.setText(self.tr("&Open\u2026"))
        self.example_action.setText(self.tr("Open &Example"))
        self.save_action.setText(self.tr("&Save"))
        self.save_as_action.setText(self.tr("Save &As\u2026"))
        self.export_action.setText(self.tr("&Export to Excel\u2026"))
        self.quit_action.setText(self.tr("&Quit"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.fill_recent_menu()

    def fill_menu(self, menu: QMenu, output: tuple[QAction, ...] = ()) -> None:
        """The File menu; ``output`` (printing) goes beside the export."""
        menu.addActions([self.new_action, self.open_action, self.example_action])
        menu.addMenu(self.recent_menu)
        menu.addSeparator()
        menu.addActions([self.save_action, self.save_as_action])
        menu.addSeparator()
        menu.addAction(self.export_action)
        menu.addActions(list(output))
        menu.addSeparator()
        menu.addAction(self.quit_action)
        self.fill_recent_menu()

    def fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = settings.recent_files()
        for i, name in enumerate(files, start=1):
            item = self.recent_menu.addAction(f"&{i} {Path(name).name}")
            item.setToolTip(name)
            item.setData(name)
            item.triggered.connect(lambda checked=False, name=name: self.open(name))
        if not files:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)
        self.recent_menu.setEnabled(True)

    # -- leaving the current deal ------------------------------------------

    def maybe_save(self) -> bool:
        """True when the current deal may be closed: saved, discarded, or clean."""
        if not self.document.dirty:
            return True
        answer = ask_save_changes(self.window, self.document.display_name)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new(self) -> None:
        if self.maybe_save():
            self.document.new()

    def open_example(self) -> None:
        if not self.maybe_save():
            return
        try:
            self.document.open_example()
        except DealFileError as exc:
            show_error(self.window, self.tr("Open Example"), file_error_text(exc))

    def open(self, path: str | Path | None = None) -> bool:
        if not self.maybe_save():
            return False
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open a deal"), self._dir,
                                                  self.tr("Deal files (*.deal.json *.json);;All files (*)"))
            if not path:
                return False
        try:
            self.document.open(path)
        except DealFileError as exc:
            show_error(self.window, self.tr("Open"), file_error_text(exc, path))
            if exc.file is not None and not Path(path).exists():
                settings.remove_recent_file(path)
            return False
        self._remember(Path(path))
        return True

    def _remember(self, path: Path) -> None:
        self._dir = str(path.resolve().parent)
        settings.add_recent_file(path)
        self.fill_recent_menu()

    # -- saving ------------------------------------------------------------

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self._write(self.document.path)

    def save_as(self) -> bool:
        suggested = self.document.path or Path(self._dir) / (self._slug() + DEAL_SUFFIX)
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save the deal as"), str(suggested),
                                              self.tr("Deal files (*.deal.json)"))
        if not path:
            return False
        target = Path(path)
        if not target.name.endswith(".json"):
            target = target.with_name(target.name + DEAL_SUFFIX)
        return self._write(target)

    def _slug(self) -> str:
        title = self.document.deal.title or self.document.deal.issuer.name or "deal"
        return "".join(c if c.isalnum() else "-" for c in title[:40]).strip("-").lower() or "deal"

    def _write(self, path: Path) -> bool:
        try:
            saved = self.document.save(path)
        except OSError as exc:
            show_error(self.window, self.tr("Save"),
                       self.tr("The deal could not be saved to {file}: {reason}").format(
                           file=path, reason=exc.strerror or exc))
            return False
        self._remember(saved)
        self.window.statusBar().showMessage(self.tr("Saved {file}").format(file=saved), 4000)
        return True

    # -- export ------------------------------------------------------------

    def export(self) -> ExcelExport | None:
        from ui.export import ExcelExport  # loaded when an export is first asked for

        base = self.document.path.name.removesuffix(".json").removesuffix(".deal") if self.document.path else self._slug()
        suggested = Path(self._dir) / f"{base}.xlsx"
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export to Excel"), str(suggested),
                                              self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return None
        target = Path(path) if path.lower().endswith(".xlsx") else Path(path + ".xlsx")
        job = ExcelExport(self.document.worksheet, target, self, language=language())
        job.finished.connect(lambda done: self.window.statusBar().showMessage(
            self.tr("Exported to {file}").format(file=done), 6000))
        job.failed.connect(self._export_failed)
        self.export_job = job
        job.start(self.window)
        return job

    def _export_failed(self, kind: str, message: str) -> None:
        title = self.tr("Export to Excel")
        if kind == "cancelled":
            self.window.statusBar().showMessage(self.tr("Export cancelled"), 4000)
        elif kind == "missing":
            QMessageBox.information(self.window, title, self.tr(
                "The Excel export is not available in this version of Deal Worksheet.\n\n({reason})").format(
                reason=message))
        elif kind == "export":
            show_error(self.window, title, self.tr("The workbook could not be written:\n{reason}").format(reason=message))
        else:
            show_error(self.window, title, self.tr("The export failed unexpectedly:\n{reason}").format(reason=message))

    # -- recovery ----------------------------------------------------------

    def offer_recovery(self, folder: Path | None = None) -> bool:
        """Offer back the newest autosave a crashed run left. True if taken."""
        leftovers = find_leftovers(folder)
        if not leftovers:
            return False
        newest, older = leftovers[0], leftovers[1:]
        for other in older:
            other.lock.unlock()  # offered again at the next start
        when = QDateTime.fromSecsSinceEpoch(int(newest.saved_at)).toString("yyyy-MM-dd HH:mm")
        name = newest.original.name if newest.original else self.tr("an unsaved deal")
        answer = QMessageBox.question(
            self.window, self.tr("Recover unsaved changes?"),
            self.tr("Deal Worksheet did not close normally. Unsaved changes to {name}, autosaved at {when}, "
                    "can be recovered.\n\nRecover them? (No discards them.)").format(name=name, when=when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            newest.remove()
            return False
        try:
            deal = newest.load()
        except DealFileError as exc:
            show_error(self.window, self.tr("Recover"), file_error_text(exc))
            newest.remove()
            return False
        self.document.recover(deal, newest.original)
        newest.remove()
        return True
