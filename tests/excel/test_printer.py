"""The rules printed as Excel formulas (worksheet/excel/printer.py): the guard
that blanks a formula as the core blanks its result, the checks that bar an
input, table columns, check cells, and text and other literals."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from worksheet.deal import REGISTRY, compute
from worksheet.excel.plan import make_plan
from worksheet.excel.printer import (MAX_LITERAL, ExcelPrinter, Guard, Table, check_formula, check_name, literal,
                                     result_formula, text_literal)
from worksheet.expressions import Field, column_sum, round_up_to_yen, when
from worksheet.kinds import Invalid
from worksheet.merger import m
from worksheet.offering import o
from worksheet.proceeds import plan as facility

BARS_CLOSE = 'OR(check.offering.close_above_zero="OK",check.offering.close_above_zero="—")'


@pytest.fixture(scope="module")
def px(ws) -> ExcelPrinter:
    return ExcelPrinter(make_plan(ws))


def checked(px: ExcelPrinter) -> ExcelPrinter:
    """The printer a check cell uses: it reads its inputs as they are."""
    return px.at_row(None, raw=True)


def rule(name: str):
    return REGISTRY.rules[name].expr


def test_one_input_that_must_be_a_number(px) -> None:
    # a factor has four places: the product is kept there, off binary noise
    assert result_formula(o.range_high_factor * 2, px) == (
        '=IF(ISNUMBER(offering.range_high_factor),ROUND(offering.range_high_factor*2,4),"—")')


def test_several_inputs_are_counted(px) -> None:
    assert result_formula(o.range_high_factor + o.subscription_unit, px) == (
        "=IF(COUNT(offering.range_high_factor,offering.subscription_unit)=2,"
        'ROUND(offering.range_high_factor+offering.subscription_unit,4),"—")')


def test_a_result_read_by_another_must_be_a_number(px) -> None:
    assert result_formula(rule("offering.stated_capital_increase"), px) == (
        '=IF(ISNUMBER(offering.total_amount_paid),(SIGN(offering.total_amount_paid/2)*-INT(-ABS(offering.total_amount_paid/2))),"—")')


def test_an_input_barred_by_a_check_waits_for_that_check(px) -> None:
    # a close of zero is not a price: what reads the close is blank until the check passes or cannot be made
    assert result_formula(o.close_price * 1, px) == (
        f'=IF(AND(ISNUMBER(offering.close_price),{BARS_CLOSE}),ROUND(offering.close_price*1,2),"—")')
    assert result_formula(rule("offering.range_low"), px) == (
        "=IF(AND(COUNT(offering.close_price,offering.range_low_factor)=2," + BARS_CLOSE + ","
        'OR(check.offering.factors_in_order="OK",check.offering.factors_in_order="—")),'
        'TRUNC(ROUND(offering.close_price*offering.range_low_factor,6)),"—")')


def test_a_check_reads_its_inputs_as_they_are(px) -> None:
    text = check_formula(REGISTRY.checks["offering.close_above_zero"], checked(px))
    assert text.startswith('=IF(ISNUMBER(offering.close_price),IF(offering.close_price>0,"OK",')
    assert "check.offering.close_above_zero" not in text


def test_a_division_is_blank_on_an_error(px) -> None:
    assert result_formula(o.range_high_factor / o.subscription_unit, px) == (
        "=IF(COUNT(offering.range_high_factor,offering.subscription_unit)=2,"
        'IFERROR(offering.range_high_factor/offering.subscription_unit,"—"),"—")')
    # a division by a constant cannot fail
    assert result_formula(round_up_to_yen(o.amount_paid / 3), px) == (
        '=IF(AND(ISNUMBER(offering.amount_paid),OR(check.offering.paid_not_above_offer="OK",'
        'check.offering.paid_not_above_offer="—")),(SIGN(offering.amount_paid/3)*-INT(-ABS(offering.amount_paid/3))),"—")')


def test_choices_yes_no_and_open_bounds(px) -> None:
    assert result_formula(m.delivery.is_("new"), px) == (
        '=IF(OR(merger.delivery="Treasury shares first, new shares for the rest",merger.delivery="New shares",'
        'merger.delivery="Treasury shares as entered, new shares for the rest"),merger.delivery="New shares","—")')
    assert result_formula(when(o.pricing_illustrative, 1, 2), px) == (
        '=IF(NOT(ISTEXT(offering.pricing_illustrative)),IF(offering.pricing_illustrative,1,2),"—")')
    assert result_formula(m.resolution_date.or_blank(), px) == (
        '=IF(OR(ISBLANK(merger.resolution_date),ISNUMBER(merger.resolution_date)),merger.resolution_date,"—")')


def test_a_column_must_be_complete_and_its_cells_pass_their_checks(px) -> None:
    total = "ProceedsFacilityPlan[Total (JPY thousand)]"
    assert result_formula(column_sum(facility.total), px) == (
        f'=IF(COUNT({total})=ROWS({total}),SUM({total}),"—")')
    paid, verdicts = "ProceedsFacilityPlan[Paid (JPY thousand)]", "ProceedsFacilityPlan[Paid not above the total]"
    assert result_formula(column_sum(facility.paid), px) == (
        f'=IF(AND(COUNT({paid})=ROWS({paid}),COUNTIF({verdicts},"OK")+COUNTIF({verdicts},"—")=ROWS({verdicts})),'
        f'SUM({paid}),"—")')


def test_a_table_without_rows_sums_to_zero(example) -> None:
    px = ExcelPrinter(make_plan(compute(example.with_value("proceeds.facility_plan", ()))))
    assert result_formula(rule("proceeds.facility_total"), px) == "=0"


def test_a_section_the_deal_lacks_is_printed_as_its_alternative(example, px) -> None:
    assert result_formula(rule("shares.issued_after_allotment"), px) == (
        "=IF(COUNT(shares.issued_after_offering,allotment.shares_taken_up)=2,"
        'shares.issued_after_offering+allotment.shares_taken_up,"—")')
    alone = ExcelPrinter(make_plan(compute(example.with_section("over_allotment", False))))
    assert result_formula(rule("shares.issued_after_allotment"), alone) == (
        '=IF(ISNUMBER(shares.issued_after_offering),shares.issued_after_offering+0,"—")')


def test_a_row_result_reads_its_own_row(px) -> None:
    assert result_formula(REGISTRY.rules["merger.holders.shares_received"].expr, px.at_row(0)) == (
        "=IF(AND(COUNT(merger.holders.0.shares,merger.ratio)=2,"
        'OR(check.merger.holders_add_up="OK",check.merger.holders_add_up="—"),'
        'OR(check.merger.ratio_above_zero="OK",check.merger.ratio_above_zero="—")),'
        'TRUNC(ROUND(merger.holders.0.shares*merger.ratio,6)),"—")')


def test_special_characters_in_a_column_are_escaped() -> None:
    table = Table("Plan", {"v": "Total (JPY thousand)", "q": "Don't [#] care"}, 1)
    assert table.column("v") == "Plan[Total (JPY thousand)]"
    assert table.column("q") == "Plan[Don''t '['#'] care]"


def test_a_name_the_workbook_lacks_is_never_evaluated(px) -> None:
    """A cell of a section the deal lacks: the formula reading it is blank,
    as the core leaves a result blank that waits for an absent section."""
    assert px.name("no.such") == "NA()"
    guard = Guard(px)
    Field("no.such", REGISTRY.deal_cls.__dataclass_fields__["title"].metadata["info"]).guard(px, guard)
    assert guard.condition() == "FALSE"
    with pytest.raises(KeyError):  # a column read outside a row of its table is a mistake in a rule
        result_formula(REGISTRY.rules["merger.holders.shares_received"].expr, px)


def test_a_check_cell(px) -> None:
    text = check_formula(REGISTRY.checks["offering.factors_in_order"], checked(px))
    low, high = "offering.range_low_factor", "offering.range_high_factor"
    shown = {x: f'IF(ISNUMBER({x}),TEXT({x},IF({x}=INT({x}),"#,##0;-#,##0","#,##0.00;-#,##0.00")),"—")'
             for x in (low, high)}
    assert text == (f'=IF(COUNT({low},{high})=2,IF({low}<={high},"OK","The low factor "&{shown[low]}'
                    f'&" is above the high factor "&{shown[high]}&"."),"—")')


def test_a_check_cell_prints_percentages_and_divides_safely(px) -> None:
    text = check_formula(REGISTRY.checks["over_allotment.within_cap"], checked(px))
    assert text.startswith("=IF(COUNT(over_allotment.shares,offering.shares_offered,over_allotment.cap_ratio)=3,"
                           'IF(over_allotment.shares<=ROUND(offering.shares_offered*over_allotment.cap_ratio,6),"OK",')
    assert ('IFERROR(TEXT(over_allotment.shares/offering.shares_offered,"0.00%;-0.00%"),"—")' in text
            and 'TEXT(over_allotment.cap_ratio,"0.00%;-0.00%")' in text)


def test_a_row_check_cell_and_its_name(px) -> None:
    check = REGISTRY.checks["proceeds.facility_plan.paid_within_total"]
    assert check_name(check, 2) == "check.proceeds.facility_plan.2.paid_within_total"
    assert check_name(REGISTRY.checks["offering.whole_units"]) == "check.offering.whole_units"
    paid, total = "proceeds.facility_plan.2.paid", "proceeds.facility_plan.2.total"
    assert check_formula(check, px.at_row(2, raw=True)) == (
        f'=IF(COUNT({paid},{total})=2,IF({paid}<={total},"OK","Paid "&IF(ISNUMBER({paid}),TEXT({paid},"#,##0;-#,##0"),"—")'
        f'&" thousand yen is more than the total "&IF(ISNUMBER({total}),TEXT({total},"#,##0;-#,##0"),"—")'
        '&" thousand yen."),"—")')


@pytest.mark.parametrize("value, expected", [
    (True, "TRUE"), (4_700_050, "4700050"), (Decimal("3279.45"), "3279.45"), (Decimal("0.90"), "0.9"),
    (dt.date(2013, 7, 18), "DATE(2013,7,18)"), ('say "hi"', '"say ""hi"""'), (Invalid("3,39O", "not a price"), '"3,39O"'),
])
def test_literals(value, expected) -> None:
    assert literal(value) == expected


def test_text_literal() -> None:
    assert text_literal('=HYPERLINK("x")') == '"=HYPERLINK(""x"")"'
    assert text_literal("") == '""'


def test_long_text_is_split_into_literals_excel_accepts() -> None:
    text = ('He said "yes". ' * 40)[:600]
    printed = text_literal(text)
    assert printed.startswith('"') and printed.endswith('"')
    pieces = printed[1:-1].split('"&"')  # the text has no ampersand: every '"&"' joins two literals
    assert len(pieces) == 3  # 600 characters: 255 + 255 + 90
    values = [p.replace('""', '"') for p in pieces]
    assert [len(v) for v in values] == [MAX_LITERAL, MAX_LITERAL, 600 - 2 * MAX_LITERAL]
    assert "".join(values) == text
    assert text_literal("x" * MAX_LITERAL) == '"' + "x" * MAX_LITERAL + '"'  # exactly 255: one piece
