"""How a result is printed: as the releases print it, in English or Japanese.

English: yen with thousands separators (sen only when there are sen),
shares as whole numbers, percentages to the decimals a release uses, dates
as yyyy-mm-dd. Japanese (``language="ja"``) prints the same digits as a
Japanese release does (:mod:`worksheet.release_format`): △ before a
negative figure, dates as 2013年7月18日(木), yes and no as はい and いいえ.
The window, the command line and the Checks sheet all print through here.

A figure inside a message (:func:`format_figure`) is printed by its spec.
A spec that names a unit (``yen``, ``shares``, ``JPY million``...) prints
the bare figure and the template says the unit, in each language as that
language says it ("{amount:yen} yen", "{amount:yen}円"): no figure ever
carries a unit word its sentence repeats. The specs ``in_yen``,
``in_thousand_yen`` and ``in_million_yen`` are for a template that does not
say the unit: they print an amount held in yen with its unit words, stated
in that unit and truncated as releases state it (JPY 18,773 million,
18,773百万円). ``%`` always prints its sign. ``date`` prints 2013-07-18 or
2013年7月18日 (no weekday inside a sentence); ``era`` prints H25.7.18 or
平成25年7月18日.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from worksheet import release_format
from worksheet.money import divide, exact, round_half_up
from worksheet.release_format import Unit
from worksheet.wareki import era_date, era_short
from worksheet.words import Words

PERCENT_PLACES = 2


def format_value(unit: str, found: Any, language: str = "en") -> str:
    """``found`` as the releases print it, in ``language``; any amount a deal
    can hold prints, however many digits it has."""
    with exact():
        if language == "ja":
            return _format_value_ja(unit, found)
        return _format(unit, found)


def _format(unit: str, found: Any) -> str:
    if found is None:
        return "—"
    if isinstance(found, bool):
        return "Yes" if found else "No"
    if isinstance(found, dt.date):
        return found.isoformat()
    if unit == "%":
        # Two decimals at most, one at least, as releases print: 11.76%, 11.8%, 99.9%, 15.0%.
        shown = round_half_up(Decimal(found) * 100, PERCENT_PLACES)
        if shown == shown.quantize(Decimal("0.1")):
            shown = shown.quantize(Decimal("0.1"))
        return f"{shown:,}%"
    if isinstance(found, Decimal):
        if unit == "shares per share":
            return f"{found.normalize():,f}"
        if found == found.to_integral_value():
            return f"{found.quantize(Decimal(1)):,}"
        if unit in ("JPY", "JPY thousand"):
            return f"{found:,.2f}"
        if unit == "yen per share":  # half a price in sen keeps its fraction: 745.20, 643.275
            places = max(2, -found.normalize().as_tuple().exponent)
            return f"{found:,.{places}f}"
        return f"{found.normalize():,f}"
    if isinstance(found, int):
        return f"{found:,}"
    if isinstance(found, tuple):
        return f"{len(found)} rows"
    if isinstance(found, Words):  # an article cited
        return found.text()
    return str(found)


def format_input(kind: Any, value: Any, language: str = "en") -> str:
    """An input as its field shows it: as the kind prints it, and in Japanese
    as a Japanese release writes it (2013年7月18日(木), △6, はい, a choice's
    Japanese label). Every Japanese form printed here is one the kind reads
    back, so a field accepts what it shows; text that could not be read is
    shown as typed."""
    text = kind.format(value)
    if language != "ja" or value is None or not text or text == getattr(value, "text", None):
        return text
    if isinstance(value, bool):
        return "はい" if value else "いいえ"
    if isinstance(value, dt.date):
        return release_format.release_date(value)
    if hasattr(kind, "choice_words"):
        return dict(kind.choice_words()).get(value, Words(text)).text(language)
    if isinstance(value, (int, Decimal)) and value < 0:
        return release_format.NEGATIVE + kind.format(-value)
    return text


def _format_value_ja(unit: str, found: Any) -> str:
    """The English digits with △ for a negative figure; dates, yes and no and
    row counts in Japanese."""
    if isinstance(found, bool):
        return "はい" if found else "いいえ"
    if isinstance(found, dt.date):
        return release_format.release_date(found)
    if isinstance(found, tuple):
        return f"{len(found)}行"
    if isinstance(found, Words):
        return found.text("ja")
    if isinstance(found, (int, Decimal)) and found < 0:
        return release_format.NEGATIVE + _format(unit, -found)
    return _format(unit, found)


_SUFFIXES = {
    "en": {"JPY": "yen", "JPY thousand": "thousand yen"},
    "ja": {"JPY": "円", "JPY thousand": "千円", "JPY million": "百万円", "shares": "株", "days": "日",
           "business days": "営業日", "x": "倍", "shares per share": "株／株"},
}


_UNIT_WORDS = {
    "JPY": ("yen", "円"), "JPY thousand": ("thousand yen", "千円"), "JPY million": ("million yen", "百万円"),
    "shares": ("shares", "株"), "business days": ("business days", "営業日"), "days": ("days", "日"),
    "holders": ("holders", "名"), "voting rights": ("voting rights", "個"),
    "yen per share": ("yen", "円"), "shares per share": ("shares per share", "株"), "x": ("x", "倍"),
}


def unit_words(unit: str, language: str = "en") -> str:
    """A unit as a column of figures is headed: yen, thousand yen, shares."""
    found = _UNIT_WORDS.get(unit)
    if found is None:
        return ""
    return found[1] if language == "ja" else found[0]


def unit_suffix(unit: str, language: str = "en") -> str:
    """The unit as a column heading prints it."""
    return unit_words(unit, language)


#: specs that print an amount held in yen with its unit words
AMOUNT_SPECS = {"in_yen": Unit.YEN, "in_thousand_yen": Unit.THOUSAND_YEN, "in_million_yen": Unit.MILLION_YEN}
_ENGLISH_AMOUNT = {Unit.YEN: "JPY {}", Unit.THOUSAND_YEN: "JPY {} thousand", Unit.MILLION_YEN: "JPY {} million"}
#: what TEXT() prints a date with in the workbook, by language (the figures below match it)
DATE_TEXT = {"en": "yyyy-mm-dd", "ja": "yyyy年m月d日"}
NEGATIVE_TEXT = {"en": "-", "ja": release_format.NEGATIVE}


def format_figure(found: Any, spec: str = "", language: str = "en") -> str:
    """A figure inside a sentence (the message of a finding), printed exactly
    as the workbook's live check prints it with TEXT(): dates as
    :data:`DATE_TEXT`; percentages to two decimals, half up; other numbers
    with thousands separators, whole or to two decimals (half up), a
    negative one with the language's sign (△ in Japanese). The specs
    ``in_yen``, ``in_thousand_yen`` and ``in_million_yen`` (used by checks the
    workbook does not recalculate) print an amount with its unit words,
    truncated as releases state it; ``era`` prints a Japanese era date. Any
    amount a deal can hold prints, however many digits it has."""
    with exact():
        return _format_figure(found, spec, language)


def _format_figure(found: Any, spec: str, language: str) -> str:
    if found is None:
        return "\u2014"
    if isinstance(found, bool):
        return ("はい" if found else "いいえ") if language == "ja" else ("Yes" if found else "No")
    if isinstance(found, Words):
        return found.text(language)
    if isinstance(found, dt.date):
        if spec == "era":
            return era_date(found) if language == "ja" else era_short(found)
        return release_format.release_date(found, weekday=False) if language == "ja" else found.isoformat()
    if spec in AMOUNT_SPECS and isinstance(found, (int, Decimal)):
        unit = AMOUNT_SPECS[spec]
        if language == "ja":
            return release_format.amount(found, unit)
        stated = release_format.Rounding.TRUNCATE.apply(divide(found, unit.yen), 0)
        return _ENGLISH_AMOUNT[unit].format(f"{stated:,}")
    if isinstance(found, (int, Decimal)):
        sign = NEGATIVE_TEXT.get(language, "-") if found < 0 else ""
        magnitude = abs(Decimal(found))
        if spec == "%":
            return f"{sign}{round_half_up(magnitude * 100, 2)}%"
        if magnitude == magnitude.to_integral_value():
            return f"{sign}{magnitude.quantize(Decimal(1)):,f}"
        return f"{sign}{round_half_up(magnitude, 2):,f}"
    return str(found)
