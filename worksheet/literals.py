"""Numbers and text as a deal file writes them, read within bounds.

A deal file is data from anywhere: a number literal of a million digits
costs Python seconds to convert (and past 4,300 digits it refuses), a
decimal exponent of a billion makes printing the value write a billion
zeros, and a JSON escape can hold half of a UTF-16 pair, which no file can
store. Everything here looks at the *text* of a value before converting it,
and says what it found in words a reader of the message understands, never
Python's names for types and never the whole of a huge value: in English
(:func:`describe`) or as a catalogue message that a refusal carries and
prints in the reader's language (:func:`description`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from worksheet.words import Message, message, term

#: digits a number may have: far above the 17 of the largest amount, the
#: 10^16 yen maximum stated to the sen
MAX_DIGITS = 40
#: the largest power of ten a number may be written with, either way ("3e40", "3e-40" in text)
MAX_EXPONENT = 40
#: characters of a value quoted back in a message
QUOTED = 40

_DECIMAL_TEXT = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$", re.ASCII)


@dataclass(frozen=True)
class OversizedNumber:
    """A number literal too long or too far from 1 to be any figure of a
    deal; only its size is kept."""

    text: str

    def __str__(self) -> str:
        return describe(self)


def _within_bounds(text: str) -> bool:
    mantissa, _, exponent = text.lower().partition("e")
    digits = sum(c.isdigit() for c in mantissa)
    if digits > MAX_DIGITS:
        return False
    if exponent:
        if len(exponent.lstrip("+-")) > 6:
            return False
        if abs(int(exponent)) > MAX_EXPONENT:
            return False
    return True


def int_literal(text: str) -> int | OversizedNumber:
    """A JSON integer: converted only when it has a sensible number of digits."""
    return int(text) if len(text) <= MAX_DIGITS else OversizedNumber(text)


def decimal_literal(text: str) -> Decimal | OversizedNumber:
    """A JSON number with a fraction or an exponent: a Decimal (never a
    float), or too big or too small to be a figure."""
    return Decimal(text) if len(text) <= 2 * MAX_DIGITS and _within_bounds(text) else OversizedNumber(text)


def decimal_from_text(text: str) -> Decimal | OversizedNumber | None:
    """A decimal number written as text ("3279.44", "1e6"); an
    :class:`OversizedNumber` when it is one but out of all bounds; None when
    the text is not a number. No thousands separators, no underscores, no
    NaN or Infinity."""
    s = text.strip()
    if len(s) > 100_000 or not _DECIMAL_TEXT.match(s):
        return None
    if len(s) > 2 * MAX_DIGITS or not _within_bounds(s):
        return OversizedNumber(s)
    return Decimal(s)


def has_lone_surrogate(text: str) -> bool:
    """True when ``text`` holds half of a UTF-16 pair (``"\\ud800"`` in JSON),
    which is not a character and cannot be written to any file."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def quoted(text: str) -> str:
    """``text`` in quotes for a message, cut short when long, with anything
    unprintable shown as an escape."""
    suffix = f" ({len(text):,} characters)" if len(text) > QUOTED else ""
    return _quoted_short(text) + suffix


def _quoted_short(text: str) -> str:
    """``text`` in quotes, its first :data:`QUOTED` characters only, anything
    unprintable shown as an escape."""
    short = text if len(text) <= QUOTED else text[:QUOTED] + "\u2026"
    shown = "".join(c if c.isprintable() and not has_lone_surrogate(c) else c.encode("unicode_escape",
                                                                                    "backslashreplace").decode("ascii")
                    for c in short)
    return f"\"{shown}\""


NULL = term("literals.null", "nothing (null)", "値なし（null）")
ANSWER = term("literals.answer", "the answer {answer}", "真偽値{answer}")
LONG_NUMBER = term("literals.long_number", "a number {length} characters long", "{length}文字の数値")
BEYOND_ANY_FIGURE = term("literals.beyond_any_figure", "the number {number}, beyond any figure of a deal",
                         "取引の数値としてありえない数値{number}")
NUMBER = term("literals.number", "the number {number}", "数値{number}")
NO_TEXT = term("literals.no_text", "no text", "空の文字列")
TEXT = term("literals.text", "the text {quoted}", "文字列{quoted}")
LONG_TEXT = term("literals.long_text", "the text {quoted} ({length} characters)", "文字列{quoted}（{length}文字）")
EMPTY_LIST = term("literals.empty_list", "an empty list", "空のリスト")
LIST_OF_ONE = term("literals.list_of_one", "a list of one item", "1項目のリスト")
LIST = term("literals.list", "a list of {count} items", "{count}項目のリスト")
GROUP = term("literals.group", "a group of fields", "項目のまとまり")
EMPTY_GROUP = term("literals.empty_group", "an empty group of fields", "空の項目のまとまり")
UNKNOWN = term("literals.unknown", "a value of an unknown kind", "種類の分からない値")


def description(raw: Any) -> Message:
    """What a deal file holds where a value was expected, as a catalogue
    message (a refusal's figure, printed in the reader's language)."""
    if raw is None:
        return message(NULL)
    if raw is True or raw is False:
        return message(ANSWER, answer="true" if raw else "false")
    if isinstance(raw, OversizedNumber):
        if len(raw.text) > QUOTED:
            return message(LONG_NUMBER, length=f"{len(raw.text):,}")
        return message(BEYOND_ANY_FIGURE, number=raw.text)
    if isinstance(raw, (int, Decimal)):
        return message(NUMBER, number=str(raw))
    if isinstance(raw, str):
        if not raw:
            return message(NO_TEXT)
        if len(raw) > QUOTED:
            return message(LONG_TEXT, quoted=_quoted_short(raw), length=f"{len(raw):,}")
        return message(TEXT, quoted=_quoted_short(raw))
    if isinstance(raw, list):
        if len(raw) <= 1:
            return message(EMPTY_LIST) if not raw else message(LIST_OF_ONE)
        return message(LIST, count=f"{len(raw):,}")
    if isinstance(raw, dict):
        return message(GROUP) if raw else message(EMPTY_GROUP)
    return message(UNKNOWN)


def describe(raw: Any) -> str:
    """What a deal file holds where a value was expected, in words."""
    return description(raw).text()
