"""Autosave and recovery after a crash.

While the deal has unsaved changes, it is written every few seconds to the
user's data folder (``QStandardPaths.AppDataLocation``, or
``DEAL_WORKSHEET_DATA_DIR``), invalid entries as typed. Each running window
holds a lock file beside its autosave; a clean exit removes both. At the
next start, an autosave whose lock is stale (its process is gone) is the
work of a run that did not exit cleanly, and the user is offered it back.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QStandardPaths, QTimer

from ui.document import DealDocument
from worksheet import dealfile
from worksheet.deal import Deal

DATA_DIR_ENV = "DEAL_WORKSHEET_DATA_DIR"
INTERVAL_MS = 5000


def data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def autosave_dir() -> Path:
    return data_dir() / "autosave"


def _lock(path: Path) -> QLockFile:
    lock = QLockFile(str(path))
    lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
    return lock


@dataclass
class Leftover:
    """An autosave left by a run that did not exit cleanly."""

    session: str
    folder: Path
    original: Path | None
    saved_at: float
    lock: QLockFile

    @property
    def deal_file(self) -> Path:
        return self.folder / f"{self.session}.deal.json"

    def load(self) -> Deal:
        return dealfile.load(self.deal_file)

    def remove(self) -> None:
        for suffix in (".deal.json", ".json"):
            try:
                (self.folder / f"{self.session}{suffix}").unlink()
            except FileNotFoundError:
                pass
        self.lock.unlock()


def find_leftovers(folder: Path | None = None) -> list[Leftover]:
    """Autosaves of runs that are not running any more, newest first. Their
    locks are taken, so no other window offers them at the same time."""
    folder = folder or autosave_dir()
    found = []
    for meta in folder.glob("*.json"):
        if meta.name.endswith(".deal.json"):
            continue
        session = meta.stem
        if not (folder / f"{session}.deal.json").exists():
            continue
        lock = _lock(folder / f"{session}.lock")
        if not lock.tryLock(0):
            continue  # a window that is still running
        try:
            info = json.loads(meta.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            info = {}
        original = info.get("file") if isinstance(info, dict) else None
        saved_at = info.get("saved_at", meta.stat().st_mtime) if isinstance(info, dict) else meta.stat().st_mtime
        found.append(Leftover(session, folder, Path(original) if original else None, float(saved_at), lock))
    return sorted(found, key=lambda f: f.saved_at, reverse=True)


class Autosaver(QObject):
    """Writes the document's deal while it has unsaved changes."""

    def __init__(self, document: DealDocument, parent: QObject | None = None, *,
                 interval_ms: int = INTERVAL_MS, folder: Path | None = None):
        super().__init__(parent)
        self.document = document
        self.folder = folder or autosave_dir()
        self.session = f"{os.getpid()}-{os.urandom(4).hex()}"
        self.lock = _lock(self.folder / f"{self.session}.lock")
        self._written: Deal | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.save_now)

    @property
    def deal_file(self) -> Path:
        return self.folder / f"{self.session}.deal.json"

    @property
    def meta_file(self) -> Path:
        return self.folder / f"{self.session}.json"

    def start(self) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            return  # no data folder: the window works, without autosave
        self.lock.tryLock(0)
        self.timer.start()

    def save_now(self) -> bool:
        """Write the deal if it changed since the last autosave; with nothing
        unsaved, remove the autosave (the file on disk is the truth)."""
        doc = self.document
        if not doc.dirty:
            self._remove_files()
            return False
        if doc.deal is self._written:
            return False
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            dealfile.write_atomic(self.deal_file, dealfile.dumps(doc.deal).encode("utf-8"))
            meta = {"file": str(doc.path) if doc.path else None, "saved_at": time.time(), "pid": os.getpid()}
            dealfile.write_atomic(self.meta_file, json.dumps(meta).encode("utf-8"))
        except OSError:
            return False
        self._written = doc.deal
        return True

    def _remove_files(self) -> None:
        for path in (self.deal_file, self.meta_file):
            try:
                path.unlink()
            except FileNotFoundError:
                pass
        self._written = None

    def stop(self) -> None:
        """A clean exit: nothing is left to recover."""
        self.timer.stop()
        self._remove_files()
        self.lock.unlock()
