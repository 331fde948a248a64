"""Numbers and text from a deal file, looked at before they are converted."""

from __future__ import annotations

import time
from decimal import Decimal as D

import pytest

from worksheet.literals import (MAX_DIGITS, OversizedNumber, decimal_from_text, decimal_literal, describe,
                                int_literal, quoted)


def test_long_integers_are_never_converted():
    started = time.perf_counter()
    found = int_literal("9" * 1_000_000)  # int() would refuse past 4,300 digits, slowly
    assert isinstance(found, OversizedNumber) and time.perf_counter() - started < 0.1
    assert int_literal("9" * MAX_DIGITS) == int("9" * MAX_DIGITS)


@pytest.mark.parametrize(("text", "value"), [("3279.44", D("3279.44")), ("1e30", D("1e30")), ("-0.5", D("-0.5")),
                                             (" 12 ", D(12)), ("1E-40", D("1e-40"))])
def test_decimal_text_within_bounds(text, value):
    assert decimal_from_text(text) == value


@pytest.mark.parametrize("text", ["1e999999999", "1e-999999999", "1e41", "9" * 41, "1e0000000001"])
def test_decimal_text_out_of_bounds(text):
    assert isinstance(decimal_from_text(text), OversizedNumber)
    assert isinstance(decimal_literal(text), OversizedNumber)


@pytest.mark.parametrize("text", ["NaN", "Infinity", "-inf", "1,000", "1_000", "0x10", "", "1e", ".", "١٢"])
def test_what_is_not_a_decimal_number(text):
    assert decimal_from_text(text) is None


def test_descriptions_never_name_python_types_or_echo_huge_values():
    assert describe(None) == "nothing (null)"
    assert describe(True) == "the answer true"
    assert describe([1]) == "a list of one item" and describe([1, 2]) == "a list of 2 items"
    assert describe({}) == "an empty group of fields"
    assert describe(OversizedNumber("9" * 5000)) == "a number 5,000 characters long"
    assert len(describe("x" * 1_000_000)) < 80
    assert describe("\ud800") == 'the text "\\ud800"'
    assert quoted("a\nb") == '"a\\nb"'
