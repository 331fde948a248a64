"""How the workbook looks: cell styles, number formats, widths.

Bankers' conventions: inputs in blue on a pale fill, formulas in black,
thousands separators, yen in whole yen (prices and per-share figures to
the sen), percentages to two decimals (the dilution "as stated" to one, as
the release prints it), dates as yyyy-mm-dd. A Japanese workbook prints
as a Japanese release does: dates as 2013年7月18日, negative figures with
△ (△6, △1,485.46). Only the formats differ: the values, and every formula,
are the same in both languages.
"""

from __future__ import annotations

import unicodedata
from copy import copy
from functools import lru_cache
from decimal import Decimal
from typing import Any

from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.workbook import Workbook

from worksheet.kinds import DateKind, DecimalKind, IntegerKind, Kind, TextKind, ChoiceKind
from worksheet.release_format import NEGATIVE

NAVY = "1F3864"
GREY = "808080"
THIN = Side(style="thin", color="BFBFBF")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(vertical="top", wrap_text=True)
ONE_LINE = Alignment(vertical="top", wrap_text=False)

TITLE, SUBTITLE, BLOCK, HEADER, LABEL, INPUT, RESULT, UNIT, NOTE, NAME, CHECK = (
    "Deal title", "Deal subtitle", "Deal block", "Deal header", "Deal label", "Deal input",
    "Deal result", "Deal unit", "Deal note", "Deal name", "Deal check")

_STYLES = (
    NamedStyle(TITLE, font=Font(bold=True, size=15, color=NAVY)),
    NamedStyle(SUBTITLE, font=Font(italic=True, size=10, color="595959")),
    NamedStyle(BLOCK, font=Font(bold=True, size=11, color="FFFFFF"),
               fill=PatternFill("solid", fgColor="1F4E78"), alignment=Alignment(vertical="center")),
    NamedStyle(HEADER, font=Font(bold=True, size=10, color=NAVY), fill=PatternFill("solid", fgColor="D9E1F2"),
               border=Border(bottom=Side(style="thin", color=NAVY)), alignment=Alignment(vertical="center", wrap_text=True)),
    NamedStyle(LABEL, font=Font(size=10), alignment=Alignment(vertical="top", wrap_text=True)),
    NamedStyle(INPUT, font=Font(size=10, color="0000FF"), fill=PatternFill("solid", fgColor="FFF2CC"), border=BOX,
               alignment=Alignment(vertical="top")),
    NamedStyle(RESULT, font=Font(size=10, color="000000"), border=BOX, alignment=Alignment(vertical="top")),
    NamedStyle(UNIT, font=Font(size=9, color="595959"), alignment=Alignment(vertical="top")),
    NamedStyle(NOTE, font=Font(italic=True, size=9, color="595959"), alignment=Alignment(vertical="top", wrap_text=True)),
    NamedStyle(NAME, font=Font(size=8, color=GREY), alignment=Alignment(vertical="top")),
    NamedStyle(CHECK, font=Font(size=9), alignment=Alignment(vertical="top", wrap_text=True)),
)

ERROR_FONT = Font(size=9, color="C00000")
WARNING_FONT = Font(size=9, color="9C5700")
ILLUSTRATIVE_FONT = Font(size=10, bold=True, color="C00000")
OK_FILL = PatternFill("solid", fgColor="C6EFCE", bgColor="C6EFCE")
BAD_FILL = PatternFill("solid", fgColor="FFC7CE", bgColor="FFC7CE")
OK_FONT = Font(color="006100")
BAD_FONT = Font(color="9C0006")
BLANK_FONT = Font(color=GREY, italic=True)
TABLE_STYLE = "TableStyleLight9"


def register(wb: Workbook) -> None:
    for style in _STYLES:
        wb.add_named_style(style)


# -- number formats -----------------------------------------------------------

WHOLE = "#,##0"
SEN = "#,##0.00"
PERCENT = "0.00%"
DATE = "yyyy-mm-dd"
#: the Japanese workbook's dates: 2013年7月18日, the form TEXT() gives in its checks (display.DATE_TEXT)
DATE_JA = 'yyyy"年"m"月"d"日"'
TEXT = "@"
GENERAL = "General"

FORMAT_OF_UNIT = {
    "JPY": WHOLE, "JPY thousand": WHOLE, "JPY million": WHOLE, "shares": WHOLE, "holders": WHOLE,
    "business days": WHOLE, "days": WHOLE, "voting rights": WHOLE, "%": PERCENT, "date": DATE, "shares per share": GENERAL,
    "yes/no": GENERAL, "text": GENERAL,
}


def in_language(number_format: str, language: str) -> str:
    """``number_format`` in the workbook's language: in a Japanese workbook a
    date as 2013年7月18日 and a negative figure with △ before it."""
    if language != "ja":
        return number_format
    if number_format == DATE:
        return DATE_JA
    if number_format in (GENERAL, TEXT) or ";" in number_format or '"' in number_format:
        return number_format  # text, or sections of its own (yes and no)
    return f'{number_format};"{NEGATIVE}"{number_format}'


def _places(value: Any) -> int:
    if isinstance(value, Decimal) and value.is_finite():
        return max(0, -value.normalize().as_tuple().exponent)
    return 0


def result_format(unit: str, value: Any, places: int | None = None) -> str:
    """A result's format, from its unit and the places its rule states it to
    (a percentage "as stated" to one decimal, a ratio to two): yen and shares
    whole, or to the sen when the figure has sen."""
    if unit == "%":
        shown = 2 if places is None else max(0, places - 2)
        return "0%" if shown == 0 else "0." + "0" * shown + "%"
    if unit == "shares per share" and places is not None:
        return "0." + "0" * places if places else WHOLE
    if unit in ("JPY", "JPY thousand", "shares") and _places(value):
        return SEN if _places(value) <= 2 else "#,##0." + "0" * _places(value)
    if unit == "yen per share":  # half a price in sen keeps its fraction: 745.20, 643.275
        return "#,##0." + "0" * max(2, _places(value))
    return FORMAT_OF_UNIT.get(unit, GENERAL)


def yes_no_format(yes: str, no: str) -> str:
    """A yes/no figure printed in words (LibreOffice keeps TRUE as 1)."""
    return f'"{yes}";"{yes}";"{no}"'


def input_format(kind: Kind | None, value: Any) -> str:
    """The format of an input cell: the kind's, with room for the decimals typed."""
    if isinstance(kind, DateKind):
        return DATE
    if isinstance(kind, (TextKind, ChoiceKind)):
        return TEXT
    if isinstance(kind, IntegerKind):
        return WHOLE
    if isinstance(kind, DecimalKind):
        places = _places(value)
        if kind.percent:
            shown = max(1, places - 2)
            return "0." + "0" * shown + "%"
        if kind.unit == "x":  # a factor such as 0.90
            return "0." + "0" * max(2, places)
        if kind.unit == "shares per share":
            return GENERAL
        if kind.places == 2:  # prices and per-share figures: to the sen when they have sen
            return SEN if places else WHOLE
        return WHOLE if places == 0 else "#,##0." + "0" * places
    return GENERAL


def apply(cell: Any, name: str) -> None:
    """Give ``cell`` the named style. openpyxl looks a named style up by name
    on every assignment; a workbook of thousands of cells copies the
    looked-up style of the first cell instead."""
    book = cell.parent.parent
    cache = book.__dict__.setdefault("_named_style_arrays", {})
    found = cache.get(name)
    if found is None:
        cell.style = name
        cache[name] = copy(cell._style)
    else:
        cell._style = copy(found)


# -- widths -------------------------------------------------------------------

# A 10-point character, in widths of the 11-point "0" a column is measured in.
DIGIT, NARROW, WIDE = 0.95, 0.8, 1.6


@lru_cache(maxsize=8192)
def text_width(text: str) -> float:
    """The column width ``text`` needs in a 10-point font: digits are wider
    than the average letter, an East Asian wide character about twice it."""
    return sum(DIGIT if ch.isdigit() else WIDE if unicodedata.east_asian_width(ch) in "WF" else NARROW
               for ch in text)
