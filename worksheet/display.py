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

from worksheet.money import exact, round_half_up

PERCENT_PLACES = 2


def format_value(unit: str, found: Any) -> str:
    """``found`` as the releases print it; any amount a deal can hold prints,
    however many digits it has."""
    with exact():
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
        return f"{found.normalize():,f}"
    if isinstance(found, int):
        return f"{found:,}"
    if isinstance(found, tuple):
        return f"{len(found)} rows"
    return str(found)


def unit_suffix(unit: str) -> str:
    """The unit as a column heading prints it."""
    return {"JPY": "yen", "JPY thousand": "thousand yen", "%": "", "date": "", "yes/no": "", "text": "",
            "table": ""}.get(unit, unit)
