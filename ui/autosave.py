"""Autosave and recovery after a crash.

While the deal has unsaved changes, it is written every few seconds to the
user's data folder (``QStandardPaths.AppDataLocation``, or
``DEAL_WORKSHEET_DATA_DIR``), invalid entries as typed. Each running window
holds a lock file beside its autosave; a clean exit removes both. At the
next start, an autosave whose lock is stale (its process is gone) is the
work of a run that did not exit cleanly, and the user is offered it back.

An autosave is one file, ``SESSION.deal.json``: the deal with the file it
belongs to and the time (:func:`worksheet.dealfile.dumps_autosave`; the
program opens it like any deal file), written in one step
(:func:`worksheet.atomic.write_atomic`). Killed at any moment, a run leaves
its previous autosave or its new one, whole, never a deal without the file
it belongs to. The writing happens on a worker thread, so a slow or full
disk never holds up typing; when it fails, the window's status bar says so
and the ``failed`` signal carries the reason. Temporary files of killed
saves are removed at the next save and at the next start.

Older versions wrote the deal alone and the file and time beside it in
``SESSION.json``; those autosaves are still offered back.
"""

from __future__ import annotations

import json
import os
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLockFile, QObject, QStandardPaths, QTimer, Signal
from PySide6.QtWidgets import QMainWindow

from ui.document import DealDocument
from worksheet import dealfile
from worksheet.atomic import remove_stale_temps_in, write_atomic
from worksheet.deal import Deal

DATA_DIR_ENV = "DEAL_WORKSHEET_DATA_DIR"
INTERVAL_MS = 5000
SUFFIX = ".deal.json"
LEGACY_META = ".json"  # beside an older version's autosave
_RETRY = object()  # stands for "the last write failed": the next tick writes again


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


_writer: ThreadPoolExecutor | None = None
_writer_lock = threading.Lock()


def _worker() -> ThreadPoolExecutor:
    """One thread writes every autosave of the process, in the order asked."""
    global _writer
    with _writer_lock:
        if _writer is None:
            _writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="autosave")
        return _writer


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
        return self.folder / f"{self.session}{SUFFIX}"

    def load(self) -> Deal:
        return dealfile.load(self.deal_file)

    def remove(self) -> None:
        for suffix in (SUFFIX, LEGACY_META):
            try:
                (self.folder / f"{self.session}{suffix}").unlink()
            except FileNotFoundError:
                pass
        self.lock.unlock()


def _describe(deal_file: Path) -> tuple[Path | None, float]:
    """The file an autosave belongs to and when it was written: from the
    autosave itself, or from the file beside an older version's."""
    info = None
    try:
        info = dealfile.autosave_info(dealfile.parse(dealfile.read_bounded(deal_file).decode("utf-8")))
    except (dealfile.DealFileError, UnicodeDecodeError):
        pass
    if info is None:  # an older version's, or one that cannot be read (its load will say why)
        try:
            meta = json.loads((deal_file.with_name(deal_file.name[: -len(SUFFIX)] + LEGACY_META))
                              .read_text(encoding="utf-8"))
        except (OSError, ValueError):
            meta = {}
        meta = meta if isinstance(meta, dict) else {}
        saved_at = meta.get("saved_at")
        info = (meta.get("file") if isinstance(meta.get("file"), str) else None,
                float(saved_at) if isinstance(saved_at, (int, float)) and not isinstance(saved_at, bool) else None)
    original, saved_at = info
    return (Path(original) if original else None), (saved_at if saved_at is not None else deal_file.stat().st_mtime)


def find_leftovers(folder: Path | None = None) -> list[Leftover]:
    """Autosaves of runs that are not running any more, newest first. Their
    locks are taken, so no other window offers them at the same time."""
    folder = folder or autosave_dir()
    found = []
    for deal_file in folder.glob(f"*{SUFFIX}"):
        session = deal_file.name[: -len(SUFFIX)]
        lock = _lock(folder / f"{session}.lock")
        if not lock.tryLock(0):
            continue  # a window that is still running
        try:
            original, saved_at = _describe(deal_file)
        except OSError:  # removed meanwhile
            lock.unlock()
            continue
        found.append(Leftover(session, folder, original, saved_at, lock))
    return sorted(found, key=lambda f: f.saved_at, reverse=True)


class Autosaver(QObject):
    """Writes the document's deal while it has unsaved changes."""

    #: the autosave could not be written; the reason, in words
    failed = Signal(str)
    #: an autosave was written (after a failure: writing works again)
    saved = Signal()
    _done = Signal(object)  # from the writing thread: None, or the reason it failed

    def __init__(self, document: DealDocument, parent: QObject | None = None, *,
                 interval_ms: int = INTERVAL_MS, folder: Path | None = None):
        super().__init__(parent)
        self.document = document
        self.folder = folder or autosave_dir()
        self.session = f"{os.getpid()}-{os.urandom(4).hex()}"
        self.lock = _lock(self.folder / f"{self.session}.lock")
        self._written: Deal | None = None  # the deal in the autosave file, when there is one
        self._asked: Any = None  # the deal last given to the writing thread, or _RETRY
        self._pending: Future | None = None
        self.problem: str | None = None  # why the last autosave failed, while it does
        self._done.connect(self._report)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.save_soon)

    @property
    def deal_file(self) -> Path:
        return self.folder / f"{self.session}{SUFFIX}"

    def start(self) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self._report(self._words(exc))  # the window works, without autosave
            return
        remove_stale_temps_in(self.folder)
        self.lock.tryLock(0)
        self.timer.start()

    # -- writing -------------------------------------------------------------

    def save_soon(self) -> Future | None:
        """Ask the writing thread to write the deal if it changed since the
        last autosave; with nothing unsaved, to remove the autosave (the file
        on disk is the truth). Returns the job, or None when there is none."""
        doc = self.document
        if not doc.dirty:
            if self._asked is None:
                return None
            self._asked = None
            return self._submit(self._remove_files)
        if doc.deal is self._asked:
            return None
        deal, original = doc.deal, doc.path
        self._asked = deal
        return self._submit(lambda: self._write(deal, original))

    def save_now(self) -> bool:
        """Write now and wait: True when an autosave was written."""
        job = self.save_soon()
        if job is None:
            return False
        return job.result() is None and self._written is self.document.deal

    def wait(self) -> None:
        """Wait for the writing thread to finish what it was asked."""
        if self._pending is not None:
            self._pending.result()

    def _submit(self, work) -> Future:
        self._pending = _worker().submit(work)
        return self._pending

    def _write(self, deal: Deal, original: Path | None) -> str | None:
        """On the writing thread: write, then say how it went."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            text = dealfile.dumps_autosave(deal, original=original, saved_at=time.time())
            write_atomic(self.deal_file, text.encode("utf-8"))
        except OSError as exc:
            problem = self._words(exc)
            if self._asked is deal:
                self._asked = _RETRY
            self._emit_done(problem)
            return problem
        self._written = deal
        self._emit_done(None)
        return None

    def _remove_files(self) -> None:
        for suffix in (SUFFIX, LEGACY_META):
            try:
                (self.folder / f"{self.session}{suffix}").unlink()
            except FileNotFoundError:
                pass
            except OSError:
                pass
        self._written = None

    def _emit_done(self, problem: str | None) -> None:
        try:
            self._done.emit(problem)
        except RuntimeError:  # the window is gone; nothing to tell
            pass

    def _words(self, exc: OSError) -> str:
        reason = exc.strerror or str(exc)
        return self.tr("Autosave cannot write to {folder}: {reason}. Your changes are safe only once you "
                       "save them.").format(folder=self.folder, reason=reason)

    def _report(self, problem: str | None) -> None:
        """On the window's thread: say that autosave fails, or works again."""
        window = self.parent()
        bar = window.statusBar() if isinstance(window, QMainWindow) else None
        if problem is not None:
            self.problem = problem
            if bar is not None:
                bar.showMessage(problem)  # stays until another message replaces it
            self.failed.emit(problem)
            return
        if self.problem is not None:
            self.problem = None
            if bar is not None:
                bar.showMessage(self.tr("Autosave works again."), 4000)
        self.saved.emit()

    def stop(self) -> None:
        """A clean exit: nothing is left to recover."""
        self.timer.stop()
        self._asked = None
        try:
            self._submit(self._remove_files).result()
        except RuntimeError:  # the interpreter is shutting down: no more threads
            self._remove_files()
        self.lock.unlock()
