"""The open deal: the single source of truth of the window.

A :class:`DealDocument` holds the current deal, its computed worksheet, the
file it came from, whether it has unsaved changes, and a bounded history of
earlier deals for undo and redo. Every change to the deal goes through
:meth:`DealDocument.edit` or :meth:`DealDocument.replace`: a new deal is made,
the old one is kept for undo, and it is announced at once
(:attr:`DealDocument.deal_changed`: the fields show what was typed).

Computing the worksheet is coalesced: however many edits one turn of the
event loop brings (a paste, a key repeat, a macro), the worksheet is
computed once, at the end of that turn, and announced once
(:attr:`DealDocument.changed`). Reading :attr:`DealDocument.worksheet`
computes a pending one first, so whoever reads it never sees a worksheet
older than the deal. Widgets never hold values of their own.
"""

from __future__ import annotations

import os
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from worksheet import dealfile
from worksheet.deal import Deal, Worksheet, compute
from worksheet.resources import example_deal_path

UNDO_LIMIT = 200


@dataclass(frozen=True)
class Step:
    """One entry of the history: the deal as it was, and what changed it."""

    deal: Deal
    label: str


class UndoHistory:
    """A bounded stack of earlier deals and a stack of undone ones.

    Successive edits of one field while the user types in it merge into one
    step, as a text editor merges keystrokes; ``key`` names that field.
    """

    def __init__(self, limit: int = UNDO_LIMIT):
        self._undo: deque[Step] = deque(maxlen=limit)
        self._redo: list[Step] = []
        self._merge_key: str | None = None

    def record(self, before: Deal, label: str, key: str | None) -> None:
        if key is None or key != self._merge_key or not self._undo:
            self._undo.append(Step(before, label))
        self._merge_key = key
        self._redo.clear()

    def end_merge(self) -> None:
        self._merge_key = None

    def undo(self, current: Deal) -> Step | None:
        if not self._undo:
            return None
        step = self._undo.pop()
        self._redo.append(Step(current, step.label))
        self._merge_key = None
        return step

    def redo(self, current: Deal) -> Step | None:
        if not self._redo:
            return None
        step = self._redo.pop()
        self._undo.append(Step(current, step.label))
        self._merge_key = None
        return step

    def clear(self) -> None:
        self._undo.clear()
        self._redo.clear()
        self._merge_key = None

    @property
    def undo_label(self) -> str | None:
        return self._undo[-1].label if self._undo else None

    @property
    def redo_label(self) -> str | None:
        return self._redo[-1].label if self._redo else None


class DealDocument(QObject):
    """The deal being worked on, its file, its unsaved state and its history."""

    #: the new deal, at once, after every change of it
    deal_changed = Signal(object)
    #: the new worksheet: at most once per turn of the event loop
    changed = Signal(object)
    #: the file, the unsaved mark or the undo/redo state changed
    state_changed = Signal()

    def __init__(self, deal: Deal | None = None, parent: QObject | None = None, *, path: Path | None = None,
                 example: bool = False, undo_limit: int = UNDO_LIMIT):
        super().__init__(parent)
        self.history = UndoHistory(undo_limit)
        self.path = Path(path).resolve() if path is not None else None
        self.is_example = example
        self.deal = deal if deal is not None else Deal()
        self._saved: Deal | None = self.deal
        self._worksheet: Worksheet = compute(self.deal)
        self._pending = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.flush)

    # -- the computed worksheet --------------------------------------------

    @property
    def worksheet(self) -> Worksheet:
        """The worksheet of the current deal (computed now if it is pending)."""
        return self.flush()

    @property
    def pending(self) -> bool:
        """Whether the deal changed since the worksheet was last computed."""
        return self._pending

    def flush(self) -> Worksheet:
        """Compute and announce a pending worksheet now; the one shown otherwise."""
        if self._pending:
            self._pending = False
            self._timer.stop()
            # only what the edits touched is computed again
            self._worksheet = compute(self.deal, previous=self._worksheet)
            self.changed.emit(self._worksheet)
        return self._worksheet

    # -- state ------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        return self._saved is None or self.deal != self._saved

    @property
    def display_name(self) -> str:
        if self.path is not None:
            return self.path.name
        return self.tr("Example deal") if self.is_example else self.tr("Untitled")

    # -- the one edit path -------------------------------------------------

    def edit(self, path: str, value: Any, *, label: str = "", merge: bool = True) -> bool:
        """Set the input at ``path`` (an :class:`~worksheet.kinds.Invalid` is
        kept as typed). With ``merge``, successive edits of one field make one
        undo step until :meth:`end_typing`. Returns whether the deal changed."""
        current = self.deal.get(path)
        if type(current) is type(value) and current == value:
            return False
        return self.replace(self.deal.with_value(path, value), label=label or path, key=path if merge else None)

    def replace(self, deal: Deal, *, label: str, key: str | None = None) -> bool:
        """Make ``deal`` the current deal, recording the old one for undo."""
        if deal == self.deal:
            return False
        self.history.record(self.deal, label, key)
        self._show(deal)
        return True

    def end_typing(self) -> None:
        """The user left a field: the next edit of it is a new undo step."""
        self.history.end_merge()

    def undo(self) -> bool:
        step = self.history.undo(self.deal)
        if step is None:
            return False
        self._show(step.deal)
        return True

    def redo(self) -> bool:
        step = self.history.redo(self.deal)
        if step is None:
            return False
        self._show(step.deal)
        return True

    def _show(self, deal: Deal) -> None:
        self.deal = deal
        self._pending = True
        if not self._timer.isActive():
            self._timer.start()
        self.deal_changed.emit(deal)
        self.state_changed.emit()

    # -- files ------------------------------------------------------------

    def _start(self, deal: Deal, path: Path | None, *, saved: bool = True, example: bool = False) -> None:
        self.history.clear()
        self.path = path
        self.is_example = example
        self._saved = deal if saved else None
        self._show(deal)
        self.flush()  # a file opened: everything at once

    def new(self) -> None:
        self._start(Deal(), None)

    def open(self, path: str | os.PathLike) -> None:
        """Read a deal file; raises :class:`~worksheet.dealfile.DealFileError`
        and leaves the document as it was when the file cannot be read."""
        deal = dealfile.load(path)
        self._start(deal, Path(path).resolve())

    def open_example(self) -> None:
        """The built-in example; saving it asks for a new file."""
        self._start(dealfile.load(example_deal_path()), None, example=True)

    def recover(self, deal: Deal, path: Path | None) -> None:
        """Edits recovered after a crash: unsaved until the user saves them."""
        self._start(deal, path, saved=False)

    def save(self, path: str | os.PathLike | None = None) -> Path:
        """Write the deal (invalid entries as typed) atomically."""
        target = Path(path).resolve() if path is not None else self.path
        if target is None:
            raise ValueError("no file to save to")
        dealfile.save(self.deal, target)
        self.path = target
        self.is_example = False
        self._saved = self.deal
        self.state_changed.emit()
        return target
