"""Export to Excel: in a worker thread, with the exporter's errors shown and
a clear message when the export module is not there."""

from __future__ import annotations

import sys
import threading
import types

import pytest


class ExportError(Exception):
    pass


@pytest.fixture
def fake_excel(monkeypatch):
    module = types.ModuleType("worksheet.excel")
    module.ExportError = ExportError
    module.calls = []

    def export(worksheet, path):
        module.calls.append((worksheet, path, threading.current_thread().name))
        if module.fail:
            raise ExportError(module.fail)
        path.write_bytes(b"xlsx")

    module.export = export
    module.fail = ""
    monkeypatch.setitem(sys.modules, "worksheet.excel", module)
    return module


def test_export_runs_in_a_worker_thread(qtbot, make_window, example_deal, dialogs, fake_excel, tmp_path):
    window = make_window(example_deal)
    dialogs.files.append(str(tmp_path / "out"))
    window.files.export_action.trigger()
    # The window hears of the end through a connection made before the
    # thread starts; a waitSignal entered afterwards can miss a fast export:
    # wait for what it shows.
    qtbot.waitUntil(lambda: "Exported" in window.statusBar().currentMessage(), timeout=5000)
    worksheet, path, thread = fake_excel.calls[0]
    assert worksheet is window.document.worksheet
    assert path == tmp_path / "out.xlsx" and path.exists()
    assert thread != threading.main_thread().name


def test_export_error_is_shown(qtbot, make_window, example_deal, dialogs, fake_excel, tmp_path):
    fake_excel.fail = "the file is open in Excel"
    window = make_window(example_deal)
    dialogs.files.append(str(tmp_path / "out.xlsx"))
    job = window.files.export()
    qtbot.waitUntil(lambda: bool(dialogs.texts("warning")), timeout=5000)
    assert "the file is open in Excel" in dialogs.texts("warning")[0]
    assert job is not None


def test_without_the_export_module(qtbot, make_window, example_deal, dialogs, monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "worksheet.excel", None)  # import fails
    window = make_window(example_deal)
    dialogs.files.append(str(tmp_path / "out.xlsx"))
    window.files.export()
    qtbot.waitUntil(lambda: bool(dialogs.texts("information")), timeout=5000)
    assert "not available" in dialogs.texts("information")[0]


def test_cancelled_file_dialog_exports_nothing(make_window, example_deal, fake_excel):
    window = make_window(example_deal)
    assert window.files.export() is None
    assert fake_excel.calls == []


def test_real_export_writes_a_workbook(qtbot, make_window, example_deal, dialogs, tmp_path):
    pytest.importorskip("openpyxl")
    try:
        import worksheet.excel  # noqa: F401
    except ImportError:
        pytest.skip("the Excel export is not in this tree yet")
    window = make_window(example_deal)
    dialogs.files.append(str(tmp_path / "iij.xlsx"))
    assert window.files.export() is not None
    qtbot.waitUntil(lambda: "Exported" in window.statusBar().currentMessage(), timeout=60000)
    assert (tmp_path / "iij.xlsx").stat().st_size > 1000
    assert dialogs.calls == []


def test_cancelling_stops_the_export(qtbot, make_window, example_deal, dialogs, fake_excel, tmp_path):
    def slow_export(worksheet, path, progress=None):
        progress(0.1)
        job.cancelled.set()  # the user pressed Cancel
        progress(0.5)
        path.write_bytes(b"never")

    fake_excel.export = slow_export
    window = make_window(example_deal)
    dialogs.files.append(str(tmp_path / "out.xlsx"))
    from ui.export import ExcelExport

    job = ExcelExport(window.document.worksheet, tmp_path / "out.xlsx")
    with qtbot.waitSignal(job.failed, timeout=5000) as blocker:
        job.start()
    assert blocker.args == ["cancelled", ""]
    assert not (tmp_path / "out.xlsx").exists()
