"""Dates, amounts and percentages as Japanese releases print them: tables of
cases from the seed releases (seed 000: the offering, seed 003: the merger)
and from the era boundaries."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from worksheet import wareki
from worksheet.release_format import Rounding, Unit, amount, figure, percent, release_date, rounding_note

DATES = [
    # day, as released, by era
    (dt.date(2013, 7, 10), "2013年7月10日(水)", "平成25年7月10日(水)"),  # seed 000: pricing date
    (dt.date(2013, 7, 18), "2013年7月18日(木)", "平成25年7月18日(木)"),  # seed 000: payment date
    (dt.date(2013, 7, 15), "2013年7月15日(月)", "平成25年7月15日(月)"),  # Marine Day
    (dt.date(2013, 11, 7), "2013年11月7日(木)", "平成25年11月7日(木)"),  # seed 003: the release
    (dt.date(2014, 1, 1), "2014年1月1日(水)", "平成26年1月1日(水)"),  # seed 003: the merger takes effect
    (dt.date(1926, 12, 25), "1926年12月25日(土)", "昭和元年12月25日(土)"),  # Taisho's last day and Showa's first
    (dt.date(1989, 1, 7), "1989年1月7日(土)", "昭和64年1月7日(土)"),  # Showa's last day
    (dt.date(1989, 1, 8), "1989年1月8日(日)", "平成元年1月8日(日)"),  # Heisei's first
    (dt.date(1989, 12, 31), "1989年12月31日(日)", "平成元年12月31日(日)"),
    (dt.date(1990, 1, 1), "1990年1月1日(月)", "平成2年1月1日(月)"),
    (dt.date(2019, 4, 30), "2019年4月30日(火)", "平成31年4月30日(火)"),  # Heisei's last
    (dt.date(2019, 5, 1), "2019年5月1日(水)", "令和元年5月1日(水)"),  # Reiwa's first
    (dt.date(2020, 1, 1), "2020年1月1日(水)", "令和2年1月1日(水)"),
    (dt.date(2025, 3, 31), "2025年3月31日(月)", "令和7年3月31日(月)"),
]


@pytest.mark.parametrize(("day", "released", "by_era"), DATES, ids=[str(d[0]) for d in DATES])
def test_dates_as_released(day, released, by_era):
    assert release_date(day) == released
    assert release_date(day, era=True) == by_era
    assert release_date(day, era=True, weekday=False) == by_era[: by_era.index("(")]


ERA_SHORT = [(dt.date(2013, 7, 12), "H25.7.12"), (dt.date(2019, 5, 1), "R1.5.1"), (dt.date(1989, 1, 7), "S64.1.7"),
             (dt.date(2025, 3, 31), "R7.3.31"), (dt.date(1900, 1, 1), "1900-01-01")]


@pytest.mark.parametrize(("day", "short"), ERA_SHORT)
def test_era_abbreviations(day, short):
    assert wareki.era_short(day) == short


def test_a_day_before_the_eras_listed_keeps_its_gregorian_year():
    assert release_date(dt.date(1900, 1, 1), era=True) == "1900年1月1日(月)"


AMOUNTS = [
    # yen, unit, rounding, places, as stated
    (D("18773000000"), Unit.MILLION_YEN, Rounding.TRUNCATE, 0, "18,773百万円"),  # seed 000: net proceeds
    (D("18773000000"), Unit.YEN, Rounding.TRUNCATE, 0, "18,773,000,000円"),
    (D("10451000000"), Unit.THOUSAND_YEN, Rounding.TRUNCATE, 0, "10,451,000千円"),  # facility plan total
    (D("328738000"), Unit.THOUSAND_YEN, Rounding.TRUNCATE, 0, "328,738千円"),  # facility plan paid
    (D("10122262000"), Unit.MILLION_YEN, Rounding.TRUNCATE, 0, "10,122百万円"),  # remaining, in millions
    (D("37607000000"), Unit.MILLION_YEN, Rounding.TRUNCATE, 0, "37,607百万円"),  # seed 003: equity
    (D("17239000000"), Unit.MILLION_YEN, Rounding.TRUNCATE, 0, "17,239百万円"),  # seed 003, note 3
    (D("83425760"), Unit.MILLION_YEN, Rounding.TRUNCATE, 0, "83百万円"),  # 20,856.44 x 4,000
    (D("83425760"), Unit.MILLION_YEN, Rounding.HALF_UP, 1, "83.4百万円"),
    (D("-5941840"), Unit.MILLION_YEN, Rounding.TRUNCATE, 0, "△5百万円"),  # -1,485.46 x 4,000
    (D("-5941840"), Unit.MILLION_YEN, Rounding.HALF_UP, 0, "△6百万円"),  # "a loss of JPY 6 million"
    (D("-5941840"), Unit.MILLION_YEN, Rounding.HALF_UP, 1, "△5.9百万円"),
    (D("-5941840"), Unit.MILLION_YEN, Rounding.TRUNCATE, 1, "△5.9百万円"),
    (D("5301500000"), Unit.MILLION_YEN, Rounding.TRUNCATE, 0, "5,301百万円"),
    (D("5301500000"), Unit.MILLION_YEN, Rounding.HALF_UP, 0, "5,302百万円"),  # half rounds up
    (D("5301499999"), Unit.MILLION_YEN, Rounding.HALF_UP, 0, "5,301百万円"),
    (D("-5301500000"), Unit.MILLION_YEN, Rounding.HALF_UP, 0, "△5,302百万円"),  # half away from zero
    (D("999999"), Unit.MILLION_YEN, Rounding.TRUNCATE, 0, "0百万円"),
    (D("-400000"), Unit.MILLION_YEN, Rounding.TRUNCATE, 0, "△0百万円"),  # a loss too small for the unit
    (D("0"), Unit.MILLION_YEN, Rounding.TRUNCATE, 0, "0百万円"),
    (D("7706684000"), Unit.YEN, Rounding.TRUNCATE, 0, "7,706,684,000円"),  # 3,279.44 x 2,350,000
    (D("927.72"), Unit.YEN, Rounding.HALF_UP, 2, "927.72円"),  # equity per share
    (D("-1485.46"), Unit.YEN, Rounding.HALF_UP, 2, "△1,485.46円"),  # net loss per share
    (D("745.2"), Unit.YEN, Rounding.HALF_UP, 2, "745.20円"),  # capital per share: half of 1,490.40
    (D("643.275"), Unit.YEN, Rounding.HALF_UP, 3, "643.275円"),  # half of 1,286.55
    (D("927.725"), Unit.YEN, Rounding.HALF_UP, 2, "927.73円"),
    (D("927.725"), Unit.YEN, Rounding.TRUNCATE, 2, "927.72円"),
    (12_345_678, Unit.THOUSAND_YEN, Rounding.TRUNCATE, 0, "12,345千円"),
]


@pytest.mark.parametrize(("yen", "unit", "rounding", "places", "stated"), AMOUNTS,
                         ids=[f"{a[0]}-{a[1].name}-{a[2].name}-{a[3]}" for a in AMOUNTS])
def test_amounts_as_stated(yen, unit, rounding, places, stated):
    assert amount(yen, unit, rounding=rounding, places=places) == stated
    assert amount(yen, unit, rounding=rounding, places=places, with_unit=False) == stated.removesuffix(unit.words)


PERCENTS = [
    # ratio, places, rounding, as stated
    (D(5_400_000) / D(45_937_000), 2, Rounding.HALF_UP, "11.76%"),  # seed 000: dilution over shares outstanding
    (D(5_400_000) / D(45_937_000), 1, Rounding.HALF_UP, "11.8%"),  # "approximately 11.8%"
    (D(700_000) / D(4_700_000), 1, Rounding.HALF_UP, "14.9%"),  # the over-allotment against the offering
    (D(700_000) / D(4_700_000), 2, Rounding.HALF_UP, "14.89%"),
    (D(700_000) / D(4_700_000), 1, Rounding.TRUNCATE, "14.8%"),
    (D(3_996) / D(4_000), 1, Rounding.HALF_UP, "99.9%"),  # seed 003: held by the surviving company
    (D("0.2162"), 2, Rounding.HALF_UP, "21.62%"),  # seed 003: major shareholder
    (D("0.15"), 1, Rounding.HALF_UP, "15.0%"),
    (D("0.00125"), 2, Rounding.HALF_UP, "0.13%"),  # half up, not to even
    (D("-0.059"), 1, Rounding.HALF_UP, "△5.9%"),
]


@pytest.mark.parametrize(("ratio", "places", "rounding", "stated"), PERCENTS, ids=[p[3] for p in PERCENTS])
def test_percentages_as_stated(ratio, places, rounding, stated):
    assert percent(ratio, places=places, rounding=rounding) == stated


FIGURES = [(D("18773"), None, "18,773"), (D("-5.9"), None, "△5.9"), (D("-6"), 0, "△6"), (D("5.90"), None, "5.90"),
           (D("5.9"), 2, "5.90"), (D("-0"), 0, "△0"), (-1_485, None, "△1,485"), (D("1E+3"), None, "1,000")]


@pytest.mark.parametrize(("value", "places", "printed"), FIGURES, ids=[f[2] for f in FIGURES])
def test_figures_as_a_table_prints_them(value, places, printed):
    assert figure(value, places=places) == printed


def test_a_figure_is_never_cut_silently():
    with pytest.raises(ValueError, match="round it first"):
        figure(D("5.94"), places=1)


@pytest.mark.parametrize(("unit", "rounding", "note"), [
    (Unit.MILLION_YEN, Rounding.TRUNCATE, "百万円未満切捨て"), (Unit.THOUSAND_YEN, Rounding.HALF_UP, "千円未満四捨五入"),
    (Unit.YEN, Rounding.TRUNCATE, "円未満切捨て")])
def test_the_rounding_note(unit, rounding, note):
    assert rounding_note(unit, rounding) == note
