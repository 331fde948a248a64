"""Autosave while there are unsaved changes, and recovery after a crash."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.ui.uihelpers import shown, type_into
from ui.autosave import autosave_dir, find_leftovers
from worksheet import dealfile

ROOT = Path(__file__).resolve().parents[2]
Yes, No = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


def test_autosave_only_while_unsaved(qtbot, make_window, example_deal, tmp_path):
    window = make_window(example_deal)
    saver = window.autosaver
    assert not saver.save_now() and not saver.deal_file.exists()
    type_into(qtbot, window, "offering.offer_price", "3,300")
    assert saver.save_now()
    assert dealfile.load(saver.deal_file).offering.offer_price == 3300
    assert not saver.save_now()  # nothing new since
    window.document.save(tmp_path / "saved.deal.json")
    saver.save_now()
    assert not saver.deal_file.exists()


def test_autosave_on_a_timer(qtbot, make_window, example_deal):
    window = make_window(example_deal)
    window.autosaver.timer.setInterval(20)
    type_into(qtbot, window, "offering.offer_price", "3,300")
    qtbot.waitUntil(window.autosaver.deal_file.exists, timeout=3000)


def test_clean_exit_leaves_nothing_to_recover(qtbot, make_window, example_deal, dialogs):
    window = make_window(example_deal)
    type_into(qtbot, window, "offering.offer_price", "3,300")
    window.autosaver.save_now()
    dialogs.answers.append(QMessageBox.StandardButton.Discard)
    assert window.close()
    assert find_leftovers() == []


def test_a_running_window_is_not_offered(qtbot, make_window, example_deal):
    window = make_window(example_deal)
    type_into(qtbot, window, "offering.offer_price", "3,300")
    window.autosaver.save_now()
    assert find_leftovers() == []


CRASH = textwrap.dedent("""
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from ui.app import build_window, setup_application
    setup_application(app)
    window = build_window(sys.argv[1], interactive=False)
    window.show()
    line = window.binder.fields["offering.offer_price"][0].editor
    line.setText("3,300")
    line.textEdited.emit("3,300")
    line = window.binder.fields["offering.shares_offered"][0].editor
    line.setText("4,7OO,000")
    line.textEdited.emit("4,7OO,000")
    assert window.autosaver.save_now()
    os._exit(3)  # a crash: no clean exit, the autosave and its lock stay behind
""")


def test_recovery_after_a_crash(qtbot, make_window, example_deal, dialogs, tmp_path):
    path = tmp_path / "deal.deal.json"
    dealfile.save(example_deal, path)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", CRASH, str(path)], env=env, cwd=ROOT, timeout=120)
    assert done.returncode == 3
    assert len(list(autosave_dir().glob("*.deal.json"))) == 1
    window = make_window(dealfile.load(path), path=path)
    dialogs.answers.append(Yes)
    assert window.files.offer_recovery()
    assert "did not close normally" in dialogs.texts("question")[0]
    assert "deal.deal.json" in dialogs.texts("question")[0]
    deal = window.document.deal
    assert str(deal.offering.offer_price) == "3300"
    assert deal.offering.shares_offered.text == "4,7OO,000"  # the typed text, recovered
    assert window.binder.fields["offering.shares_offered"][0].editor.text() == "4,7OO,000"
    assert shown(window, "offering.gross_proceeds") == "\u2014"
    assert window.document.path == path.resolve() and window.isWindowModified()
    assert find_leftovers() == []  # offered once


def test_declining_recovery_discards_it(qtbot, make_window, example_deal, dialogs):
    folder = autosave_dir()
    folder.mkdir(parents=True)
    dealfile.save(example_deal.with_value("title", "lost"), folder / "123-abc.deal.json")
    (folder / "123-abc.json").write_text('{"file": null, "saved_at": 0}')
    window = make_window(example_deal)
    dialogs.answers.append(No)
    assert not window.files.offer_recovery()
    assert window.document.deal.title != "lost"
    assert not (folder / "123-abc.deal.json").exists()


# -- one file, written off the window's thread, killed at any step --------------

def test_an_autosave_is_one_deal_file_that_names_its_file(qtbot, make_window, example_deal, tmp_path):
    path = tmp_path / "deal.deal.json"
    dealfile.save(example_deal, path)
    window = make_window(dealfile.load(path), path=path)
    type_into(qtbot, window, "offering.offer_price", "3,300")
    assert window.autosaver.save_now()
    assert [p.name for p in autosave_dir().glob("*.json")] == [window.autosaver.deal_file.name]
    raw = json.loads(window.autosaver.deal_file.read_text(encoding="utf-8"))
    assert raw["file"] == str(path.resolve()) and raw["saved_at"] > 0
    assert dealfile.load(window.autosaver.deal_file).offering.offer_price == 3300  # opens as a deal


def test_autosave_writes_off_the_window_thread(qtbot, make_window, example_deal, monkeypatch):
    import ui.autosave

    threads = []
    real = ui.autosave.write_atomic

    def recording(path, data):
        threads.append(threading.current_thread())
        real(path, data)

    monkeypatch.setattr(ui.autosave, "write_atomic", recording)
    window = make_window(example_deal)
    window.autosaver.timer.setInterval(20)
    with qtbot.waitSignal(window.autosaver.saved, timeout=3000):
        type_into(qtbot, window, "offering.offer_price", "3,300")
    assert threads and all(t is not threading.main_thread() for t in threads)


def test_autosave_says_when_it_cannot_write_and_when_it_works_again(qtbot, make_window, example_deal, monkeypatch):
    import ui.autosave

    real = ui.autosave.write_atomic

    def full_disk(path, data):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(ui.autosave, "write_atomic", full_disk)
    window = make_window(example_deal)
    saver = window.autosaver
    type_into(qtbot, window, "offering.offer_price", "3,300")
    with qtbot.waitSignal(saver.failed, timeout=3000) as failure:
        assert not saver.save_now()
    assert "No space left on device" in failure.args[0] and str(saver.folder) in failure.args[0]
    assert "No space left on device" in window.statusBar().currentMessage()
    assert not saver.deal_file.exists()
    monkeypatch.setattr(ui.autosave, "write_atomic", real)
    with qtbot.waitSignal(saver.saved, timeout=3000):
        assert saver.save_now()  # the same deal again: a failed write is retried
    assert window.statusBar().currentMessage() == "Autosave works again."
    assert saver.problem is None


def test_a_data_folder_that_cannot_be_made_is_reported(qtbot, make_window, example_deal, tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("DEAL_WORKSHEET_DATA_DIR", str(blocker))
    window = make_window(example_deal)
    assert window.autosaver.problem and "cannot write" in window.autosaver.problem
    assert not window.autosaver.timer.isActive()


def test_temporary_files_of_killed_runs_are_removed_at_start(qtbot, make_window, example_deal):
    folder = autosave_dir()
    folder.mkdir(parents=True)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    leftover = folder / f".{dead.stdout.strip()}-ab12.deal.json.{dead.stdout.strip()}-0badc0de.tmp"
    leftover.write_text("half")
    make_window(example_deal)
    assert not leftover.exists()


KILLED_AUTOSAVE = textwrap.dedent("""
    import os, sys
    from decimal import Decimal
    from pathlib import Path
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from ui.autosave import Autosaver
    from ui.document import DealDocument
    from worksheet import dealfile

    path, folder, which, step = sys.argv[1], Path(sys.argv[2]), sys.argv[3], sys.argv[4]
    doc = DealDocument(dealfile.load(path), path=Path(path))
    saver = Autosaver(doc, folder=folder)
    saver.start()
    if which == "second":
        doc.edit("offering.offer_price", Decimal("3300"))
        assert saver.save_now()
    doc.edit("title", "the last edit")

    name, when = step.split(":")
    real = getattr(os, name)
    calls = []

    def killing(*args, **kwargs):
        if name == "open" and not str(args[0]).endswith(".tmp"):
            return real(*args, **kwargs)
        calls.append(1)
        if when == "before":
            os._exit(17)
        result = real(*args, **kwargs)
        if when == "after" or (when == "after2" and len(calls) == 2):
            os._exit(17)
        return result

    setattr(os, name, killing)
    saver.save_now()
    os._exit(3)  # the step never came
""")
#: each step of writing an autosave, in order: where the kill comes, and
#: whether the new autosave is on disk by then
STEPS = [("open:after", False), ("fsync:before", False), ("fsync:after", False),
         ("replace:before", False), ("replace:after", True), ("fsync:after2", True)]


@pytest.mark.parametrize("which", ["first", "second"])
@pytest.mark.parametrize(("step", "written"), STEPS, ids=[s for s, _ in STEPS])
def test_killed_at_each_step_of_an_autosave_recovery_offers_the_last_edit_on_disk(
        qtbot, make_window, example_deal, dialogs, tmp_path, which, step, written):
    path = tmp_path / "deal.deal.json"
    dealfile.save(example_deal, path)
    folder = autosave_dir()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", KILLED_AUTOSAVE, str(path), str(folder), which, step],
                          env=env, cwd=ROOT, timeout=120)
    assert done.returncode == 17, "the kill did not come at that step"
    window = make_window(dealfile.load(path), path=path)  # the next start
    assert not list(folder.glob(".*.tmp"))  # what the killed save left is gone
    dialogs.answers.append(Yes)
    offered = window.files.offer_recovery()
    if written:  # the new autosave was in place: the last edit comes back
        assert offered and window.document.deal.title == "the last edit"
    elif which == "second":  # the previous autosave, whole: the edit before the last
        assert offered and window.document.deal.offering.offer_price == 3300
        assert window.document.deal.title == example_deal.title
    else:  # the first autosave never reached the disk: the file itself is all there is
        assert not offered and window.document.deal == example_deal
    if offered:
        assert window.document.path == path.resolve() and window.isWindowModified()
    assert find_leftovers() == []
