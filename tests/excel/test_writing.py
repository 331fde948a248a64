"""Writing is atomic: a target that cannot be written gives an ExportError
naming the file and the reason, and leaves any old file as it was.

The tests run as root here, where permissions do not stop a write, so they
make the failures another way: a folder that is a file, a folder at the
target's path, a missing folder, and os.replace or the write itself
failing as a locked file or a full disk makes them fail.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from worksheet.deal import Worksheet
from worksheet.excel import ExportError, export
from worksheet.excel import sections


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    path = tmp_path / "deal.xlsx"
    path.write_bytes(b"the workbook exported yesterday")
    return path


def test_export_writes_a_workbook_and_reports_progress(ws: Worksheet, tmp_path: Path) -> None:
    seen: list[float] = []
    export(ws, tmp_path / "deal.xlsx", progress=seen.append)
    assert (tmp_path / "deal.xlsx").read_bytes()[:2] == b"PK"
    assert seen[0] == 0.0 and seen[-1] == 1.0
    assert seen == sorted(seen) and len(seen) > 5
    assert _leftovers(tmp_path) == []


def test_export_replaces_an_old_file(ws: Worksheet, old_file: Path) -> None:
    export(ws, old_file)
    assert old_file.read_bytes()[:2] == b"PK"


def test_a_folder_that_is_a_file(ws: Worksheet, tmp_path: Path) -> None:
    (tmp_path / "reports").write_text("not a folder")
    with pytest.raises(ExportError) as caught:
        export(ws, tmp_path / "reports" / "deal.xlsx")
    assert "reports is a file, not a folder" in str(caught.value)
    assert str(tmp_path / "reports" / "deal.xlsx") in str(caught.value)


def test_a_folder_at_the_target(ws: Worksheet, tmp_path: Path) -> None:
    (tmp_path / "deal.xlsx").mkdir()
    with pytest.raises(ExportError, match="there is a folder of that name"):
        export(ws, tmp_path / "deal.xlsx")
    assert (tmp_path / "deal.xlsx").is_dir()


def test_a_missing_folder(ws: Worksheet, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist") as caught:
        export(ws, tmp_path / "no such folder" / "deal.xlsx")
    assert caught.value.path == tmp_path / "no such folder" / "deal.xlsx"


def test_a_locked_file(ws: Worksheet, old_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows refuses to replace a file Excel has open: os.replace raises."""
    before = old_file.read_bytes()

    def locked(src, dst):
        raise PermissionError(errno.EACCES, "Permission denied", str(dst))

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(ExportError, match="open in another program") as caught:
        export(ws, old_file)
    assert caught.value.path == old_file
    assert old_file.read_bytes() == before
    assert _leftovers(old_file.parent) == []


def test_a_full_disk_midway(ws: Worksheet, old_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = old_file.read_bytes()

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(ExportError, match="the disk is full"):
        export(ws, old_file)
    assert old_file.read_bytes() == before
    assert _leftovers(old_file.parent) == []


def test_a_failure_while_building_leaves_the_old_file(ws: Worksheet, old_file: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    before = old_file.read_bytes()

    def broken(*args, **kwargs):
        raise RuntimeError("a sheet could not be written")

    monkeypatch.setattr(sections, "input_table", broken)  # a table of a section sheet
    with pytest.raises(RuntimeError):
        export(ws, old_file)
    assert old_file.read_bytes() == before
    assert _leftovers(old_file.parent) == []


def test_a_cancelled_export_leaves_the_old_file(ws: Worksheet, old_file: Path) -> None:
    """The window's progress bar may cancel: an exception from progress stops the export."""
    before = old_file.read_bytes()

    class Cancelled(Exception):
        pass

    def progress(fraction: float) -> None:
        if fraction > 0.5:
            raise Cancelled

    with pytest.raises(Cancelled):
        export(ws, old_file, progress=progress)
    assert old_file.read_bytes() == before


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root writes to read-only folders")
def test_a_read_only_folder(ws: Worksheet, tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportError, match="permission denied"):
            export(ws, folder / "deal.xlsx")
    finally:
        folder.chmod(0o700)
