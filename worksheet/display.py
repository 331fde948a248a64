"""How a result is printed: as the releases print it.

Yen with thousands separators (sen only when there are sen), shares as
whole numbers, percentages to the decimals a release uses, dates as
yyyy-mm-dd. The window, the command line and the Checks sheet all print
through here.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from worksheet.money import round_half_up
from worksheet.words import Words

PERCENT_PLACES = 2


def format_value(unit: str, found: Any) -> str:
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


def unit_suffix(unit: str) -> str:
    """The unit as a column heading prints it."""
    return unit_words(unit)


def format_figure(found: Any, spec: str = "", language: str = "en") -> str:
    """A figure inside a sentence (the message of a finding), printed exactly
    as the workbook's live check prints it with TEXT(): dates yyyy-mm-dd;
    percentages to two decimals, half up; other numbers with thousands
    separators, whole or to two decimals (half up)."""
    if found is None:
        return "\u2014"
    if isinstance(found, bool):
        return "Yes" if found else "No"
    if isinstance(found, dt.date):
        return found.isoformat()
    if spec == "%":
        return f"{round_half_up(Decimal(found) * 100, 2)}%"
    if isinstance(found, int):
        return f"{found:,}"
    if isinstance(found, Decimal):
        if found == found.to_integral_value():
            return f"{found.quantize(Decimal(1)):,f}"
        return f"{round_half_up(found, 2):,f}"
    return str(found)


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
