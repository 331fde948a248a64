"""The new kinds in the window: their tabs and groups come from the
declarations, the tabs fit a 1280x720 screen, and the schedule presets fill
the offsets through the document's one edit path (one undo step)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QTabBar

from tests.ui.uihelpers import shown
from ui.widgets.presets import PresetPicker
from worksheet import dealfile
from worksheet.resources import resource_path
from worksheet.schedule import PRESETS


def _picker(window) -> PresetPicker:
    window.build_tabs()
    found = window.findChildren(PresetPicker)
    assert len(found) == 1
    return found[0]


def test_the_tabs_fit_a_small_screen(make_window):
    window = make_window()
    window.resize(1280, 720)
    bar = window.tabs.findChild(QTabBar)
    needed = sum(bar.tabRect(i).width() for i in range(bar.count()))
    assert needed <= window.tabs.width(), [bar.tabText(i) for i in range(bar.count())]
    titles = [bar.tabText(i).replace("&", "") for i in range(bar.count())]
    assert "Book-building" in titles and "Third-party allotment" in titles


def test_a_preset_fills_the_offsets_in_one_undo_step(qtbot, make_window, example_deal):
    window = make_window(example_deal)
    picker = _picker(window)
    document = window.document
    ipo = PRESETS.find("ipo_payment_6")
    picker.combo.setCurrentIndex(picker.combo.findData("ipo_payment_6"))
    picker.combo.activated.emit(picker.combo.currentIndex())
    schedule = document.deal.schedule
    assert (schedule.subscription_start_offset, schedule.subscription_end_offset, schedule.payment_offset,
            schedule.delivery_offset) == (1, 4, 6, 1)
    assert picker.combo.currentIndex() == 0  # ready to choose again
    # Pricing 2013-07-10 (Wed): P+6 skips Marine Day (Mon 15 July) and lands on 2013-07-19.
    assert document.worksheet.value("schedule.payment_date") == dt.date(2013, 7, 19)
    assert shown(window, "schedule.payment_date").startswith("2013-07-19")
    assert ipo.edits()[2] == ("schedule.payment_offset", 6)
    document.undo()
    schedule = document.deal.schedule
    assert (schedule.subscription_start_offset, schedule.subscription_end_offset, schedule.payment_offset,
            schedule.delivery_offset) == (1, 2, 5, 1)


def test_a_preset_stays_editable(qtbot, make_window, example_deal):
    window = make_window(example_deal)
    picker = _picker(window)
    picker.apply(PRESETS.find("follow_on_t2"))
    window.document.edit("schedule.payment_offset", 5)
    assert window.document.deal.schedule.payment_offset == 5
    assert window.document.deal.schedule.subscription_end_offset == 2


def test_every_preset_says_its_period_and_where_it_was_seen(make_window):
    window = make_window()
    picker = _picker(window)
    combo: QComboBox = picker.combo
    assert combo.count() == len(PRESETS.presets) + 1
    from PySide6.QtCore import Qt

    tips = [combo.itemData(i, Qt.ItemDataRole.ToolTipRole) for i in range(1, combo.count())]
    assert all(tip and "<b>" in tip for tip in tips)
    assert any("NOT CONFIRMED" in tip for tip in tips)


def test_the_example_deals_open_on_their_tabs(qtbot, make_window):
    for name in ("ipo-book-building-e39018.deal.json", "global-offering-smfg-2010.deal.json",
                 "third-party-allotment-smbc-2009.deal.json"):
        deal = dealfile.load(resource_path("examples", name))
        window = make_window(deal)
        window.build_tabs()
        assert window.binder.results  # results are bound on the tabs
        window.close()


def test_the_new_kinds_show_their_results(qtbot, make_window):
    deal = dealfile.load(resource_path("examples", "global-offering-smfg-2010.deal.json"))
    window = make_window(deal)
    window.build_tabs()
    assert shown(window, "global_offering.stated_capital_increase").startswith("459,477,700,000")
    deal = dealfile.load(resource_path("examples", "ipo-book-building-e39018.deal.json"))
    window = make_window(deal)
    window.build_tabs()
    assert shown(window, "book_building.capital_per_share").startswith("276")
