"""Autosave while there are unsaved changes, and recovery after a crash."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

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
