"""The File menu: save and open give the same deal, the title shows the file
and the unsaved mark, closing with unsaved changes asks, recent files."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QMessageBox

from tests.ui.uihelpers import shown, type_into
from ui import settings
from ui.app import build_window
from worksheet import dealfile
from worksheet.kinds import Invalid

Save, Discard, Cancel = (QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Discard,
                         QMessageBox.StandardButton.Cancel)


def test_save_then_open_gives_the_same_deal(qtbot, make_window, example_deal, tmp_path, dialogs):
    window = make_window(example_deal, example=True)
    type_into(qtbot, window, "offering.offer_price", "3,400")
    type_into(qtbot, window, "issuer.treasury_shares", "7 6O,800")  # kept as typed
    saved_deal = window.document.deal
    target = tmp_path / "iij.deal.json"
    dialogs.files.append(str(target))  # Save asks where: the example is never overwritten
    window.files.save_action.trigger()
    assert target.exists() and not window.isWindowModified()
    assert window.windowTitle() == "iij.deal.json[*] \u2014 Deal Worksheet"
    window.files.new_action.trigger()
    assert window.document.deal.offering is None
    dialogs.files.append(str(target))
    window.files.open_action.trigger()
    assert window.document.deal == saved_deal
    assert isinstance(window.document.deal.issuer.treasury_shares, Invalid)
    assert window.binder.fields["offering.offer_price"][0].editor.text() == "3,400"
    assert shown(window, "offering.gross_proceeds") == "15,980,000,000"  # 3,400 x 4,700,000
    assert settings.recent_files()[0] == str(target.resolve())


def test_title_shows_the_file_and_the_unsaved_mark(qtbot, make_window, example_deal, tmp_path):
    path = tmp_path / "deal.deal.json"
    dealfile.save(example_deal, path)
    window = make_window(dealfile.load(path), path=path)
    assert window.windowTitle().startswith("deal.deal.json[*]")
    assert not window.isWindowModified()
    type_into(qtbot, window, "offering.shares_offered", "4,600,000")
    assert window.isWindowModified()
    window.files.save_action.trigger()  # saves to the file it came from
    assert not window.isWindowModified()
    assert dealfile.load(path).offering.shares_offered == 4_600_000


def test_closing_with_unsaved_changes_asks(qtbot, make_window, example_deal, dialogs, tmp_path):
    window = make_window(example_deal)
    type_into(qtbot, window, "offering.shares_offered", "4,600,000")
    dialogs.answers.append(Cancel)
    assert not window.close()
    assert window.isVisible()
    assert "unsaved changes" in dialogs.texts("question")[-1]
    dialogs.answers.append(Save)
    dialogs.files.append(str(tmp_path / "kept.deal.json"))
    assert window.close()
    assert dealfile.load(tmp_path / "kept.deal.json").offering.shares_offered == 4_600_000


def test_closing_a_saved_deal_asks_nothing(make_window, example_deal, dialogs):
    window = make_window(example_deal)
    assert window.close()
    assert dialogs.calls == []


def test_discarding_on_open(qtbot, make_window, example_deal, dialogs, tmp_path):
    window = make_window(example_deal)
    type_into(qtbot, window, "offering.shares_offered", "1,000")
    other = tmp_path / "other.deal.json"
    dealfile.save(example_deal.with_value("title", "Other"), other)
    dialogs.answers.append(Discard)
    assert window.files.open(other)
    assert window.document.deal.title == "Other"


def test_a_bad_file_names_the_field(qtbot, make_window, example_deal, dialogs, tmp_path):
    window = make_window(example_deal)
    bad = tmp_path / "bad.deal.json"
    raw = json.loads(dealfile.dumps(example_deal))
    raw["deal"]["offering"]["shares_offered"] = -5
    bad.write_text(json.dumps(raw), encoding="utf-8")
    assert not window.files.open(bad)
    text = dialogs.texts("warning")[-1]
    assert "offering.shares_offered" in text and "Shares offered" in text
    assert window.document.deal == example_deal  # left as it was


def test_started_on_a_bad_file_opens_the_example(qtbot, app_setup, dialogs, tmp_path):
    bad = tmp_path / "broken.deal.json"
    bad.write_text('{"format": "deal-worksheet", "schema_version": 1, "deal": {"offering": {"nope": 1}}}')
    window = build_window(str(bad))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(dialogs.texts("warning")))
    assert "offering.nope" in dialogs.texts("warning")[0]
    assert window.document.is_example and window.document.deal.offering is not None


def test_started_without_a_file_opens_the_example(qtbot, app_setup):
    window = build_window(None)
    qtbot.addWidget(window)
    assert window.document.is_example
    assert shown(window, "shares.issued_after_allotment") == "46,697,800"
    assert window.windowTitle().startswith("Example deal[*]")


def test_recent_files_menu(qtbot, make_window, example_deal, tmp_path):
    path = tmp_path / "recent.deal.json"
    dealfile.save(example_deal, path)
    window = make_window()
    window.files.open(path)
    window.files.fill_recent_menu()
    actions = [a for a in window.files.recent_menu.actions() if a.data()]
    assert actions[0].data() == str(path.resolve())
    window.files.new()
    actions[0].trigger()
    assert window.document.path == path.resolve()


def test_window_layout_is_kept(qtbot, make_window):
    window = make_window()
    window.resize(700, 500)  # within the offscreen screen (800 x 600)
    window.findings_dock.hide()
    window.close()
    again = make_window()
    assert (again.size().width(), again.size().height()) == (700, 500)
    assert again.findings_dock.isHidden()
