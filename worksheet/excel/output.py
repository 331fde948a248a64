"""Putting the finished workbook on disk: in one step, or not at all.

The bytes go to a temporary file beside the target, which then replaces it
(:func:`worksheet.atomic.write_atomic`); on any failure the old file is
left as it was. Failures become :class:`ExportError` naming the file and
the reason in words a user can act on.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from worksheet.atomic import write_atomic


class ExportError(Exception):
    """The workbook could not be written to ``path``; ``reason`` says why."""

    def __init__(self, path: str | os.PathLike, reason: str):
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"Cannot export to {self.path}: {reason}")


def reason_for(exc: OSError, target: Path) -> str:
    folder = target.parent if str(target.parent) else Path(".")
    if exc.errno == errno.ENOSPC or exc.errno == getattr(errno, "EDQUOT", None):
        return "the disk is full"
    if isinstance(exc, IsADirectoryError) or target.is_dir():
        return "there is a folder of that name"
    if isinstance(exc, NotADirectoryError) or (folder.exists() and not folder.is_dir()):
        return f"{folder} is a file, not a folder"
    if isinstance(exc, FileNotFoundError) or not folder.exists():
        return f"the folder {folder} does not exist"
    if isinstance(exc, PermissionError):
        return ("permission denied: the file may be open in another program (close it in Excel), "
                "or you may not be allowed to write to that folder")
    if exc.errno == errno.EROFS:
        return "the disk is read-only"
    return exc.strerror or str(exc)


def write(path: str | os.PathLike, data: bytes) -> None:
    target = Path(path)
    if target.is_dir():
        raise ExportError(target, "there is a folder of that name")
    try:
        write_atomic(target, data)
    except OSError as exc:
        raise ExportError(target, reason_for(exc, target)) from exc
