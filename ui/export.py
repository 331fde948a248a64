"""Export to Excel in a worker thread.

The export module (``worksheet.excel``, which imports openpyxl) is imported
only when the user asks for an export, so start-up stays fast. The worker
reads the immutable worksheet it is given; the window stays responsive and
shows a progress dialog when the export takes more than a moment.
"""

from __future__ import annotations

import importlib
import inspect
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from worksheet.deal import Worksheet

PROGRESS_AFTER_MS = 400


class ExportCancelled(Exception):
    """Raised from the progress callback when the user cancels."""


class ExcelExport(QObject):
    """One export. ``finished(path)`` on success; ``failed(kind, message)``
    with kind "missing" (no export module in this build), "export" (the
    exporter's ExportError), "cancelled" or "unexpected"."""

    finished = Signal(str)
    failed = Signal(str, str)
    progressed = Signal(int)

    def __init__(self, worksheet: Worksheet, path: Path, parent: QObject | None = None, *, language: str = "en"):
        super().__init__(parent)
        self.worksheet = worksheet
        self.path = path
        self.language = language  # the workbook's words and formats: the window's
        self.thread: threading.Thread | None = None
        self.progress: QProgressDialog | None = None
        self.cancelled = threading.Event()

    def start(self, window: QWidget | None = None) -> None:
        if window is not None:
            self.progress = QProgressDialog(self.tr("Exporting to Excel\u2026"), self.tr("Cancel"), 0, 100, window)
            self.progress.setWindowTitle(self.tr("Export to Excel"))
            self.progress.setWindowModality(Qt.WindowModality.WindowModal)
            self.progress.setMinimumDuration(PROGRESS_AFTER_MS)
            self.progress.setValue(0)
            self.progress.canceled.connect(self.cancelled.set)
            self.progressed.connect(self._show_progress)
            self.finished.connect(self._close_progress)
            self.failed.connect(self._close_progress)
        self.thread = threading.Thread(target=self.run, name="excel-export", daemon=True)
        self.thread.start()

    def _show_progress(self, percent: int) -> None:
        if self.progress is not None and not self.cancelled.is_set():
            self.progress.setValue(min(percent, 99))

    def _report(self, fraction: float) -> None:
        """Called by the exporter in the worker thread; raising stops it."""
        if self.cancelled.is_set():
            raise ExportCancelled()
        self.progressed.emit(int(fraction * 100))

    def _close_progress(self, *args: object) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None

    def run(self) -> None:
        try:
            module = importlib.import_module("worksheet.excel")
        except ImportError as exc:
            self.failed.emit("missing", str(exc))
            return
        export_error = getattr(module, "ExportError", None)
        accepted = inspect.signature(module.export).parameters
        options = {name: value for name, value in (("progress", self._report), ("language", self.language))
                   if name in accepted}
        try:
            module.export(self.worksheet, self.path, **options)
        except Exception as exc:  # noqa: BLE001 - reported to the user, never lost
            if self.cancelled.is_set():
                self.failed.emit("cancelled", "")
                return
            kind = "export" if export_error is not None and isinstance(exc, export_error) else "unexpected"
            self.failed.emit(kind, str(exc) if kind == "export" else repr(exc))
            return
        self.finished.emit(str(self.path))
