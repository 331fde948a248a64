"""A message never moves the fields: it is an icon in a place kept for it,
its text in the tooltip, the Findings list and, while the field has the
focus, the status bar."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from tests.ui.uihelpers import editor, message, type_into


def positions(window, page_key: str) -> dict[str, QPoint]:
    page = window.pages[page_key]
    content = page.widget()
    return {path: adapters[0].widget.mapTo(content, QPoint(0, 0))
            for path, adapters in window.binder.fields.items() if page.isAncestorOf(adapters[0].widget)}


def test_a_message_does_not_move_the_fields(qtbot, make_window, example_deal):
    window = make_window(example_deal)
    window.resize(1280, 720)
    window.activateWindow()
    qtbot.waitActive(window)
    before = positions(window, "offering")
    height = window.pages["offering"].widget().sizeHint().height()
    widget = type_into(qtbot, window, "offering.shares_offered", "4,700,050")
    type_into(qtbot, window, "schedule.pricing_date", "2013-07-1")
    QApplication.processEvents()  # the layout settles
    assert "units of 100" in message(window, "offering.shares_offered")
    assert message(window, "schedule.pricing_date")
    assert positions(window, "offering") == before
    assert window.pages["offering"].widget().sizeHint().height() == height
    # the text is on the icon and the field's tooltips, and in the Findings list
    adapter = window.binder.fields["offering.shares_offered"][0]
    assert "units of 100" in adapter.mark.toolTip() and "units of 100" in widget.toolTip()
    assert any("units of 100" in window.findings.list.item(i).text() for i in range(window.findings.list.count()))
    # and in the status bar while the field has the focus
    widget.setFocus()
    qtbot.waitUntil(lambda: "units of 100" in window.field_message.toolTip())
    editor(window, "offering.close_price").setFocus()
    qtbot.waitUntil(lambda: window.field_message.toolTip() == "")


def test_a_fixed_entry_clears_its_mark(qtbot, make_window, example_deal):
    window = make_window(example_deal)
    type_into(qtbot, window, "offering.shares_offered", "abc")
    adapter = window.binder.fields["offering.shares_offered"][0]
    assert not adapter.mark.pixmap().isNull()
    type_into(qtbot, window, "offering.shares_offered", "4,700,000")
    assert adapter.mark.pixmap().isNull() and adapter.mark.toolTip() == ""
    assert "abc" not in editor(window, "offering.shares_offered").toolTip()
