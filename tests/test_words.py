"""The catalogue: words keyed by dotted name, messages rendered when shown."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from worksheet.words import Catalogue, Message, Words, message, placeholders, render


@pytest.fixture
def cat() -> Catalogue:
    found = Catalogue()
    found.add("offering.whole_units", Words("{shares} shares is not a whole number of units of {unit}",
                                            "{shares}株は{unit}株単位の整数倍ではありません"))
    found.add("offering.shares_offered", Words("Shares offered", "募集株式数"))
    found.add("untranslated", Words("Only English"))
    return found


def test_a_message_is_rendered_in_the_language_asked(cat):
    figures = {"shares": 4_700_050, "unit": 100}
    assert render("offering.whole_units", figures, catalogue=cat) == \
        "4,700,050 shares is not a whole number of units of 100"
    assert render("offering.whole_units", figures, "ja", catalogue=cat) == "4,700,050株は100株単位の整数倍ではありません"


def test_an_entry_without_japanese_falls_back_to_english_and_is_counted(cat):
    assert cat.text("untranslated", "ja") == "Only English"
    assert cat.untranslated("ja") == ["untranslated"]


def test_a_term_figure_is_looked_up_in_the_same_language(cat):
    cat.add("needs", Words("{field:term} is needed", "{field:term}が必要です"))
    assert cat.text("needs", field="offering.shares_offered") == "Shares offered is needed"
    assert cat.text("needs", "ja", field="offering.shares_offered") == "募集株式数が必要です"


def test_declaring_a_key_twice_with_other_words_fails(cat):
    cat.add("offering.shares_offered", Words("Shares offered", "募集株式数"))  # the same words: fine
    with pytest.raises(ValueError, match="declared twice"):
        cat.add("offering.shares_offered", Words("Shares"))


def test_messages_are_values_with_their_figures():
    a = message("x.y", day=dt.date(2013, 7, 17), amount=Decimal("3279.44"))
    assert a == Message("x.y", (("day", dt.date(2013, 7, 17)), ("amount", Decimal("3279.44"))))
    assert hash(a) == hash(message("x.y", day=dt.date(2013, 7, 17), amount=Decimal("3279.44")))
    assert a.figure("amount") == Decimal("3279.44")


def test_figures_print_by_their_spec(cat):
    cat.add("f", Words("{day:date} {amount:yen} {ratio:%} {count}"))
    assert cat.text("f", day=dt.date(2013, 7, 18), amount=Decimal("7706684000"), ratio=Decimal("0.1176"),
                    count=5_400_000) == "2013-07-18 7,706,684,000 11.76% 5,400,000"


def test_placeholders_are_listed_in_order():
    assert placeholders("{a} of {b:yen} and {c:date}") == [("a", ""), ("b", "yen"), ("c", "date")]
