"""Numbers as Japanese releases and spreadsheets write them.

- Full-width digits and signs (４，７００，０００) read as their ASCII forms.
- A negative is marked by one of -, △ or ▲ before the figure, or by
  parentheses around it (the accounting form): △6, ▲5, (6), -6. One mark
  only: -△6 is refused.
- Digits may be grouped by the multipliers 兆 (10^12), 億 (10^8), 万 (10^4),
  千 and 百, as in 1億2,345万, 3万5千, 470万, 1.5億, 18,773百万 and
  10,451,000千. Each multiplier follows digits and applies to everything
  written since the previous larger one (1億5千万 = 150,000,000), and what
  follows a multiplier is smaller than it: 1億12,345万 and 5千3,000 do not
  read (either could be a slip of the keyboard).

This module reads the figure only; what a figure means in a field (yen,
thousands of yen, shares) is the field's kind's rule (:mod:`worksheet.kinds`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from worksheet.money import money, multiply

LARGE = {"兆": 10**12, "億": 10**8, "万": 10**4}
SMALL = {"千": 1000, "百": 100}
MULTIPLIERS = {**LARGE, **SMALL}
NEGATIVE_MARKS = ("-", "△", "▲")

#: one run of digits: 1,234,567 or 1234567, with any decimals
RUN = re.compile(r"(\d{1,3}(,\d{3})+|\d+)(\.\d+)?")
_TOKEN = re.compile(r"[0-9.,]+|.")

# Full-width ASCII (！ to ～) to ASCII; the yen sign, the ideographic space and
# the minus sign (U+2212) to what a keyboard types.
_ASCII = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_ASCII.update({ord("￥"): "¥", ord("\u3000"): " ", ord("\u2212"): "-"})


def to_ascii(text: str) -> str:
    """Full-width digits, letters and signs as their ASCII forms."""
    return text.translate(_ASCII)


class NumeralError(ValueError):
    """A figure that does not read; ``key`` is the catalogue message naming why."""

    def __init__(self, key: str):
        super().__init__(key)
        self.key = key


NOT_A_NUMBER = "kinds.not_a_number"
OUT_OF_ORDER = "kinds.numeral_order"
TWO_SIGNS = "kinds.two_signs"


@dataclass(frozen=True)
class Signed:
    """A figure's text with its sign taken off."""

    body: str
    mark: str  # "-", "△", "▲", "()" or "" when positive


def split_sign(text: str) -> Signed:
    """Take the sign off ``text`` (already ASCII, without spaces)."""
    mark, body = "", text
    if body.startswith("(") and body.endswith(")"):
        mark, body = "()", body[1:-1]
    elif body[:1] in NEGATIVE_MARKS:
        mark, body = body[0], body[1:]
    elif body[:1] == "+":
        body = body[1:]
    if body[:1] in NEGATIVE_MARKS + ("+", "(") or body[-1:] == ")":
        raise NumeralError(TWO_SIGNS)
    return Signed(body, mark)


@dataclass(frozen=True)
class Numeral:
    value: Decimal  # unsigned, every multiplier applied
    multiplied: bool  # written with a multiplier (万, 億, 千 ...)


def read_numeral(text: str) -> Numeral:
    """The value of an unsigned figure, digits grouped by multipliers or not."""
    tokens = _TOKEN.findall(text)
    if not tokens:
        raise NumeralError(NOT_A_NUMBER)
    if len(tokens) == 1:
        return Numeral(_run(tokens[0]), False)
    total = section = Decimal(0)
    run: Decimal | None = None
    large_cap: int | None = None  # the last large multiplier: what follows it is below it
    small_cap: int | None = None  # the same within a section of a large one
    digits_in_section = False
    for token in tokens:
        if token in LARGE:
            step = LARGE[token]
            if run is not None:
                section += run
                run = None
            if not digits_in_section:
                raise NumeralError(NOT_A_NUMBER)
            if large_cap is not None and multiply(section, step) >= large_cap:
                raise NumeralError(OUT_OF_ORDER)
            total += multiply(section, step)
            section, run, large_cap, small_cap, digits_in_section = Decimal(0), None, step, None, False
        elif token in SMALL:
            step = SMALL[token]
            if run is None:
                raise NumeralError(NOT_A_NUMBER)
            if small_cap is not None and multiply(run, step) >= small_cap:
                raise NumeralError(OUT_OF_ORDER)
            section += multiply(run, step)
            run, small_cap = None, step
        else:
            if run is not None:
                raise NumeralError(NOT_A_NUMBER)
            run = _run(token)
            if small_cap is not None and run >= small_cap:
                raise NumeralError(OUT_OF_ORDER)
            digits_in_section = True
    if run is not None:
        section += run
    if large_cap is not None and section >= large_cap:
        raise NumeralError(OUT_OF_ORDER)
    return Numeral(total + section, True)


def _run(token: str) -> Decimal:
    if not RUN.fullmatch(token):
        raise NumeralError(NOT_A_NUMBER)
    return money(token)


def split_unit_word(text: str, word: str) -> str | None:
    """The digits before ``word`` when ``text`` is just digits and ``word``
    (18,773 of 18,773百万), else ``None``."""
    if word and text.endswith(word) and RUN.fullmatch(text[: -len(word)]):
        return text[: -len(word)]
    return None
