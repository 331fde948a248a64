"""Results and message figures printed in English and in Japanese; every
value the schema accepts prints, the largest included.

The largest share count (10^13) times a price just below the largest amount
(10^16 yen) is a 31-digit amount; Python's default decimal context holds 28
digits, and rounding or printing such an amount with it fails.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from decimal import Decimal as D

import pytest

from ui.cli import print_tables
from worksheet import dealfile, kinds, schema
from worksheet.deal import compute, flatten
from worksheet.display import format_figure, format_input, format_value, unit_suffix
from worksheet.kinds import MAX_DATE, MAX_SHARES, MAX_YEN, MIN_DATE, DateKind, DecimalKind, IntegerKind
from worksheet.money import multiply, round_down_to_yen, round_half_up_to_sen, round_up_to_yen
from worksheet.resources import example_deal_path
from worksheet.words import Catalogue, Words

VALUES = [
    # unit, value, English, Japanese
    ("JPY", D("7706684000"), "7,706,684,000", "7,706,684,000"),
    ("JPY", D("3279.40"), "3,279.40", "3,279.40"),
    ("JPY", D("-1485.46"), "-1,485.46", "△1,485.46"),
    ("JPY million", D("-5.9"), "-5.9", "△5.9"),
    ("JPY million", D("37607"), "37,607", "37,607"),
    ("JPY thousand", D("10122262"), "10,122,262", "10,122,262"),
    ("%", D("0.117560"), "11.76%", "11.76%"),
    ("%", D("0.118"), "11.8%", "11.8%"),
    ("%", D("-0.059"), "-5.9%", "△5.9%"),
    ("shares", 5_400_000, "5,400,000", "5,400,000"),
    ("shares per share", D("26"), "26", "26"),
    ("date", dt.date(2013, 7, 18), "2013-07-18", "2013年7月18日(木)"),
    ("date", dt.date(2019, 5, 1), "2019-05-01", "2019年5月1日(水)"),
    ("yes/no", True, "Yes", "はい"),
    ("yes/no", False, "No", "いいえ"),
    ("table", ({}, {}, {}), "3 rows", "3行"),
    ("JPY", None, "—", "—"),
    ("text", "IIJ", "IIJ", "IIJ"),
]


@pytest.mark.parametrize(("unit", "value", "english", "japanese"), VALUES, ids=[f"{v[0]}:{v[2]}" for v in VALUES])
def test_values_in_both_languages(unit, value, english, japanese):
    assert format_value(unit, value) == english
    assert format_value(unit, value, "en") == english
    assert format_value(unit, value, "ja") == japanese


FIGURES = [
    # value, spec, English, Japanese
    (dt.date(2013, 7, 18), "date", "2013-07-18", "2013年7月18日"),  # no weekday inside a sentence
    (dt.date(2013, 7, 18), "", "2013-07-18", "2013年7月18日"),
    (dt.date(2013, 7, 18), "era", "H25.7.18", "平成25年7月18日"),
    (dt.date(2019, 5, 1), "era", "R1.5.1", "令和元年5月1日"),
    (D("7706684000"), "yen", "7,706,684,000", "7,706,684,000"),  # the template says 円
    (D("-5941840"), "yen", "-5,941,840", "△5,941,840"),
    (D("18773000000"), "in_million_yen", "JPY 18,773 million", "18,773百万円"),
    (D("10451000000"), "in_thousand_yen", "JPY 10,451,000 thousand", "10,451,000千円"),
    (D("7706684000"), "in_yen", "JPY 7,706,684,000", "7,706,684,000円"),
    (D("-5941840"), "in_million_yen", "JPY -5 million", "△5百万円"),  # truncated, as releases state
    (5_400_000, "shares", "5,400,000", "5,400,000"),
    (-3, "", "-3", "△3"),
    (D("0.1176"), "%", "11.76%", "11.76%"),
]


@pytest.mark.parametrize(("value", "spec", "english", "japanese"), FIGURES, ids=[f"{f[1]}:{f[2]}" for f in FIGURES])
def test_figures_in_messages(value, spec, english, japanese):
    assert format_figure(value, spec) == english
    assert format_figure(value, spec, "ja") == japanese


def test_a_template_says_the_unit_once():
    cat = Catalogue()
    cat.add("paid", Words("JPY {amount:yen} paid on {day:date}", "{day:date}に{amount:yen}円を払込"))
    cat.add("proceeds", Words("net proceeds of up to {net:in_million_yen}", "手取概算額{net:in_million_yen}"))
    figures = {"amount": D("7706684000"), "day": dt.date(2013, 7, 18)}
    assert cat.text("paid", **figures) == "JPY 7,706,684,000 paid on 2013-07-18"
    assert cat.text("paid", "ja", **figures) == "2013年7月18日に7,706,684,000円を払込"
    assert cat.text("proceeds", "ja", net=D("18773000000")) == "手取概算額18,773百万円"
    assert cat.text("proceeds", net=D("18773000000")) == "net proceeds of up to JPY 18,773 million"


@pytest.mark.parametrize(("unit", "english", "japanese"), [
    ("JPY", "yen", "円"), ("JPY thousand", "thousand yen", "千円"), ("JPY million", "million yen", "百万円"),
    ("shares", "shares", "株"), ("business days", "business days", "営業日"), ("%", "", ""), ("date", "", "")])
def test_unit_suffixes(unit, english, japanese):
    assert unit_suffix(unit) == english
    assert unit_suffix(unit, "ja") == japanese


INPUTS = [
    # kind, value, English, Japanese: a field shows it so, and reads it back
    (kinds.DATE, dt.date(2013, 7, 18), "2013-07-18", "2013年7月18日(木)"),
    (kinds.MILLION_YEN, D("-6"), "-6", "△6"),
    (kinds.MILLION_YEN, D("18773"), "18,773", "18,773"),
    (kinds.PER_SHARE, D("-12.50"), "-12.50", "△12.50"),
    (kinds.PRICE, D("3279.40"), "3,279.40", "3,279.40"),
    (kinds.SHARES, 4_700_000, "4,700,000", "4,700,000"),
    (kinds.PERCENT, D("0.5"), "50.0%", "50.0%"),
    (kinds.FACTOR, D("0.9"), "0.90", "0.90"),
    (kinds.BOOL, True, "Yes", "はい"),
    (kinds.BOOL, False, "No", "いいえ"),
    (kinds.ChoiceKind("delivery", choices=(("treasury", "Treasury shares"), ("new", "New shares")),
                      labels_ja=("自己株式", "新株式")), "new", "New shares", "新株式"),
    (kinds.TEXT, "IIJ", "IIJ", "IIJ"),
]


@pytest.mark.parametrize(("kind", "value", "english", "japanese"), INPUTS, ids=[f"{i[0].name}:{i[2]}" for i in INPUTS])
def test_inputs_in_both_languages_read_back(kind, value, english, japanese):
    assert format_input(kind, value) == english
    assert format_input(kind, value, "ja") == japanese
    assert kind.parse(japanese) == value


def test_an_input_that_could_not_be_read_shows_as_typed():
    typed = kinds.DATE.parse("2013年7月32日")
    assert format_input(kinds.DATE, typed, "ja") == "2013年7月32日"
    assert format_input(kinds.DATE, None, "ja") == ""


# -- the largest amounts ----------------------------------------------------

LARGEST_PRICE = MAX_YEN - D("0.01")
EXAMPLE = dealfile.load(example_deal_path())
SCALARS = [(path, fi) for path, fi, _ in schema.walk(EXAMPLE)]
NUMBERS = [(path, fi) for path, fi in SCALARS if isinstance(fi.kind, (IntegerKind, DecimalKind))]


def test_rounding_a_31_digit_amount_is_exact():
    total = multiply(LARGEST_PRICE, MAX_SHARES - 1)  # 31 digits: beyond the default context's 28
    assert len(total.as_tuple().digits) == 31 and total != total.to_integral_value()
    whole_yen = D(format(total, "f").split(".")[0])
    assert round_down_to_yen(total) == whole_yen
    assert round_up_to_yen(total) - whole_yen == 1
    assert round_half_up_to_sen(total) == total


@pytest.mark.parametrize("unit", ["JPY", "JPY thousand", "JPY million", "shares", "x", "%", "shares per share"])
@pytest.mark.parametrize("value", [multiply(LARGEST_PRICE, MAX_SHARES - 1), multiply(MAX_YEN, MAX_SHARES),
                                   -multiply(MAX_YEN, MAX_SHARES), D("1e-40")])
def test_the_largest_amounts_print_in_full(unit, value):
    shown = format_value(unit, value)
    assert "E" not in shown
    if unit in ("JPY", "shares", "JPY thousand") and value == value.to_integral_value():
        assert D(shown.replace(",", "")) == value  # every digit, none rounded away
    in_japanese = format_value(unit, value, "ja")
    assert "E" not in in_japanese and in_japanese.removeprefix("\u25b3") == format_value(unit, value.copy_abs())


@pytest.mark.parametrize("spec", ["", "yen", "%", "in_yen", "in_thousand_yen", "in_million_yen"])
@pytest.mark.parametrize("value", [multiply(LARGEST_PRICE, MAX_SHARES - 1), -multiply(MAX_YEN, MAX_SHARES)])
@pytest.mark.parametrize("language", ["en", "ja"])
def test_the_largest_amounts_print_inside_a_message(spec, value, language):
    shown = format_figure(value, spec, language)
    assert "E" not in shown and len(shown) < 60


def _extreme(kind, largest: bool, odd: bool = False):
    if isinstance(kind, IntegerKind):
        return kind.maximum if largest else kind.minimum
    if isinstance(kind, DecimalKind):
        if largest:
            step = D(1).scaleb(-kind.places) if (odd and kind.places) else D(0)
            return kind.maximum - step
        return kind.minimum if kind.minimum is not None else -kind.maximum
    if isinstance(kind, DateKind):
        return MAX_DATE if largest else MIN_DATE
    return None


@pytest.mark.parametrize(("largest", "odd"), [(True, False), (True, True), (False, False)],
                         ids=["maxima", "maxima-less-a-sen", "minima"])
def test_a_deal_at_the_limits_computes_and_prints(example, largest, odd):
    deal = example
    for path, fi in SCALARS:
        limit = _extreme(fi.kind, largest, odd)
        if limit is not None:
            deal = deal.with_value(path, limit)
    ws = compute(deal)
    assert not [f for f in ws.findings if f.rule.startswith("Internal") or not f.path]
    out = io.StringIO()
    print_tables(ws, out, rules=True)
    assert "Stated capital increase" in out.getvalue()
    json.dumps(flatten(ws))
    for path, fi, _ in schema.walk(deal):
        fi.kind.format(schema.get(deal, path))  # the window shows every input through its kind


def test_the_largest_offering_is_computed_exactly(example):
    deal = example.with_value("offering.shares_offered", MAX_SHARES)
    for price in ("close_price", "offer_price", "amount_paid"):
        deal = deal.with_value(f"offering.{price}", LARGEST_PRICE)
    ws = compute(deal)
    total = multiply(LARGEST_PRICE, MAX_SHARES)
    assert ws.value("offering.total_amount_paid") == total
    assert ws.value("offering.stated_capital_increase") is not None
    out = io.StringIO()
    print_tables(ws, out)
    assert f"{total:,.2f}".removesuffix(".00") in out.getvalue()


EXACT = [(p, fi) for p, fi in NUMBERS if getattr(fi.kind, "display_places", None) is None
         and not getattr(fi.kind, "percent", False)]  # those printed to fewer decimals than they hold


@pytest.mark.parametrize(("path", "fi"), EXACT, ids=[p for p, _ in EXACT])
def test_each_limit_prints_and_reads_back(path, fi):
    kind = fi.kind
    for value in (_extreme(kind, True), _extreme(kind, True, odd=True), _extreme(kind, False)):
        shown = kind.format(value)
        assert kind.parse(shown) == value, (path, value, shown)
