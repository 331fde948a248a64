"""Formulas over placeholders: the blank guard, the pins of rejected inputs,
table columns and text literals."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from worksheet.excel.expressions import Formula, Refs, Table, literal, render, render_check, text_literal
from worksheet.kinds import Invalid


@pytest.fixture
def refs() -> Refs:
    return Refs(
        names={"a.x", "a.y", "a.t", "b.r", "check.c", "p.rows.0.v"},
        inputs={"a.x": 4_700_050, "a.y": None, "a.t": "treasury", "p.rows.0.v": Decimal("5")},
        tables={"p.rows": Table("Plan", {"v": "Total (JPY thousand)", "q": "Don't [#] care"}, 1),
                "p.none": Table("Empty", {"v": "V"}, 0)},
        choices={"a.t": {"treasury": "Treasury shares"}},
        rejected={"a.x", "p.rows.0.v", "p.rows"},
        blank="—", ok="OK", holidays="Holidays[Date]")


def test_a_plain_formula(refs: Refs) -> None:
    assert render(Formula("{?a.t}&\"\""), refs) == '=a.t&""'


def test_names_that_must_be_numbers_guard_the_result(refs: Refs) -> None:
    assert render(Formula("{a.y}*2"), refs) == '=IF(NOT(ISNUMBER(a.y)),"—",a.y*2)'
    assert render(Formula("{a.y}+{b.r}+{a.y}"), refs) == '=IF(COUNT(a.y,b.r)<2,"—",a.y+b.r+a.y)'


def test_a_rejected_input_pins_the_result_blank(refs: Refs) -> None:
    assert render(Formula("{a.x}/2"), refs) == '=IF(OR(NOT(ISNUMBER(a.x)),a.x=4700050),"—",a.x/2)'


def test_a_column_must_be_complete_and_its_rejected_cells_pin(refs: Refs) -> None:
    assert render(Formula("SUM({col:p.rows.v})"), refs) == (
        '=IF(OR(COUNT(Plan[Total (JPY thousand)])<ROWS(Plan[Total (JPY thousand)]),p.rows.0.v=5),"—",'
        'SUM(Plan[Total (JPY thousand)]))')
    assert render(Formula("SUM({col:p.none.v})"), refs) == "=SUM(Empty[V])"  # no rows: nothing to be complete


def test_special_characters_in_a_column_are_escaped(refs: Refs) -> None:
    assert refs.table("p.rows").column("q") == "Plan[Don''t '['#'] care]"


def test_a_check_and_division(refs: Refs) -> None:
    assert render(Formula("{b.r}/{a.y}", check="c"), refs) == (
        '=IF(OR(COUNT(b.r,a.y)<2,check.c<>"OK"),"—",IFERROR(b.r/a.y,"—"))')


def test_labels_holidays_and_marks(refs: Refs) -> None:
    assert render(Formula('IF({?a.t}={label:a.t=treasury},{!ok},{!blank})'), refs) == (
        '=IF(a.t="Treasury shares","OK","—")')
    assert render(Formula("WORKDAY({b.r},1,{holidays})"), refs) == (
        '=IF(NOT(ISNUMBER(b.r)),"—",WORKDAY(b.r,1,Holidays[Date]))')


def test_an_unknown_name_is_a_mistake(refs: Refs) -> None:
    with pytest.raises(KeyError):
        render(Formula("{no.such}"), refs)


def test_a_check_cell(refs: Refs) -> None:
    text = render_check("{b.r}<=10", ["Too big: ", 'TEXT({b.r},"#,##0")', " shares"], refs, "Needs b.")
    assert text == '=IF(NOT(ISNUMBER(b.r)),"Needs b.",IF(b.r<=10,"OK","Too big: "&TEXT(b.r,"#,##0")&" shares"))'


@pytest.mark.parametrize("value, expected", [
    (True, "TRUE"), (4_700_050, "4700050"), (Decimal("3279.45"), "3279.45"), (dt.date(2013, 7, 18), "DATE(2013,7,18)"),
    ('say "hi"', '"say ""hi"""'), (Invalid("3,39O", "not a price"), '"3,39O"'),
])
def test_literals(value, expected) -> None:
    assert literal(value) == expected


def test_text_literal() -> None:
    assert text_literal('=HYPERLINK("x")') == '"=HYPERLINK(""x"")"'
