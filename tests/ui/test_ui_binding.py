"""The binders: one adapter per kind of field, every field and result of the
deal on some tab, both directions, and tooltips that give the rule."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit

from tests.ui.uihelpers import D, shown, type_into
from ui.binding import (ADAPTERS, BoolAdapter, ChoiceAdapter, DateAdapter, NumberAdapter, SectionToggle, TextAdapter,
                        adapter_for)
from ui.widgets.date_edit import DateEdit
from worksheet import schema
from worksheet.deal import REGISTRY, Deal
from worksheet.kinds import BOOL, DATE, PERCENT, PRICE, SHARES, TEXT, YEN, ChoiceKind
from worksheet.merger import DELIVERY


def declared(cls: type = Deal, prefix: str = ""):
    """Every scalar input and every table of the schema, as paths."""
    for name, info in schema.fields_of(cls).items():
        if info.kind is not None:
            yield "field", prefix + name
        elif info.section is not None:
            yield from declared(info.section, f"{prefix}{name}.")
        else:
            yield "table", prefix + name


def test_one_adapter_per_kind():
    assert adapter_for(SHARES) is NumberAdapter
    assert adapter_for(YEN) is NumberAdapter and adapter_for(PRICE) is NumberAdapter
    assert adapter_for(PERCENT) is NumberAdapter
    assert adapter_for(DATE) is DateAdapter
    assert adapter_for(TEXT) is TextAdapter
    assert adapter_for(DELIVERY) is ChoiceAdapter and adapter_for(ChoiceKind("x")) is ChoiceAdapter
    assert adapter_for(BOOL) is BoolAdapter
    assert len(ADAPTERS) == 6


def test_every_field_table_and_result_has_a_home(make_window):
    window = make_window()
    for what, path in declared():
        if path == "excluded":  # each optional section's "Include in this deal" box edits it
            toggles = {other.path for other in window.binder._others if isinstance(other, SectionToggle)}
            assert toggles == {s.key for s in REGISTRY.sections.values() if s.document is not None and not s.always}
        elif what == "field":
            assert path in window.binder.fields, f"{path} is on no tab"
        else:
            assert path in window.binder.tables, f"table {path} is on no tab"
    row_rules = {rule.name for rules in REGISTRY.row_rules.values() for rule in rules}
    missing = set(REGISTRY.rules) - row_rules - set(window.binder.results)
    assert not missing, sorted(missing)
    for table, rules in REGISTRY.row_rules.items():  # a per-row result is a column of its table
        headers = [column.header for column in window.binder.tables[table].model.extra]
        assert [rule.label for rule in rules] == [h for h in headers if h in {r.label for r in rules}], table


def test_widgets_fit_their_kind(make_window):
    window = make_window()
    widget = lambda path: window.binder.fields[path][0].editor  # noqa: E731
    assert isinstance(widget("offering.shares_offered"), QLineEdit)
    assert isinstance(widget("schedule.pricing_date"), DateEdit)
    assert isinstance(widget("merger.delivery"), QComboBox)
    assert isinstance(widget("offering.pricing_illustrative"), QCheckBox)
    assert widget("offering.amount_paid").alignment() & widget("offering.amount_paid").alignment().AlignRight


def test_deal_to_widget_without_echo(make_window, example_deal):
    window = make_window()
    window.document.replace(example_deal, label="load")
    steps = window.document.history._undo.copy()
    assert window.binder.fields["offering.amount_paid"][0].editor.text() == "3,279.44"
    assert window.binder.fields["issuer.name_ja"][0].editor.text() == "株式会社インターネットイニシアティブ"
    assert window.binder.fields["merger.delivery"][0].editor.currentData() == "treasury_first"
    assert window.binder.fields["offering.pricing_illustrative"][0].editor.isChecked()
    assert shown(window, "offering.stated_capital_increase") == "7,706,684,000"
    # showing the deal did not edit it (signals were blocked)
    assert list(window.document.history._undo) == list(steps)
    assert window.document.deal == example_deal


def test_widget_to_deal_for_each_kind(qtbot, make_window):
    window = make_window()
    type_into(qtbot, window, "offering.amount_paid", "3,279.44")
    type_into(qtbot, window, "schedule.lockup_days", "180")
    type_into(qtbot, window, "issuer.securities_code", "3774")
    box = window.binder.fields["offering.pricing_illustrative"][0].editor
    box.click()
    deal = window.document.deal
    assert deal.offering.amount_paid == D("3279.44")
    assert deal.schedule.lockup_days == 180
    assert deal.issuer.securities_code == "3774"
    assert deal.offering.pricing_illustrative is True


def test_result_tooltips_give_the_rule(make_window, example_deal):
    window = make_window(example_deal)
    view = window.binder.results["offering.stated_capital_increase"][0]
    tip = view.value_label.toolTip()
    assert "Stated capital increase = Total amount to be paid (maximum increase in stated capital) \u00f7 2" in tip
    assert "Half of the limit of the increase in stated capital" in tip
    assert "資本金" in tip  # the other names a release uses
    offer = window.binder.fields["offering.offer_price"][0].editor.toolTip()
    assert "issue price" in offer


def test_blank_result_says_what_it_waits_for(qtbot, make_window):
    window = make_window()
    type_into(qtbot, window, "offering.shares_offered", "4700000")
    view = window.binder.results["offering.stated_capital_increase"][0]
    assert view.text() == "\u2014"
    assert "Amount to be paid" in view.value_label.toolTip()


def test_illustrative_banners(make_window, example_deal):
    window = make_window(example_deal)
    banner = window.findChild(object, "banner:offering.pricing_illustrative")
    assert banner.isVisibleTo(window) and "Illustrative" in banner.text()
    merger_banner = window.findChild(object, "banner:merger.prices_illustrative")
    assert not merger_banner.isHidden()  # on a tab not shown yet
    window.binder.fields["offering.pricing_illustrative"][0].editor.click()
    assert not banner.isVisibleTo(window)
    assert window.document.deal.offering.pricing_illustrative is False


def test_section_toggle_removes_and_restores_a_section(make_window, example_deal):
    window = make_window(example_deal)
    toggle = window.pages["merger"].findChildren(QCheckBox)[0]
    assert toggle.isChecked()
    toggle.click()
    deal = window.document.deal
    assert deal.excluded == ("merger",) and "merger" not in deal.present()
    assert deal.merger == example_deal.merger  # left out, its figures kept
    assert shown(window, "merger.shares_delivered") == "\u2014"
    toggle.click()  # taken back in: the same figures compute again
    assert window.document.deal == example_deal and shown(window, "merger.shares_delivered") == "104"
    toggle.click()
    window.document.undo()
    assert toggle.isChecked() and shown(window, "merger.shares_delivered") == "104"


def test_calendar_marks_days_the_exchange_is_closed(make_window, example_deal):
    window = make_window(example_deal)
    date_edit = window.binder.fields["schedule.pricing_date"][0].editor
    date_edit.open_calendar()
    calendar = date_edit.popup_calendar
    assert calendar.yearShown() == 2013 and calendar.monthShown() == 7
    from PySide6.QtCore import QDate

    marine_day = calendar.dateTextFormat(QDate(2013, 7, 15))
    assert "Marine Day" in marine_day.toolTip()
    assert calendar.dateTextFormat(QDate(2013, 7, 16)).toolTip() == ""
    calendar.clicked.emit(QDate(2013, 7, 17))  # choosing a day in the popup
    assert window.document.deal.schedule.pricing_date.isoformat() == "2013-07-17"
    assert shown(window, "schedule.payment_date") == "2013-07-24"
    assert date_edit.text() == "2013-07-17"


def test_closed_day_is_named_beside_a_date(qtbot, make_window):
    window = make_window()
    type_into(qtbot, window, "schedule.pricing_date", "2013-07-15")
    note = window.binder.fields["schedule.pricing_date"][0].editor.note
    assert "Marine Day" in note.full_text() and "Marine Day" in note.toolTip()
