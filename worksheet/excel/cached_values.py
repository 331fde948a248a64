"""Cached values: what a formula cell shows before anything recalculates.

openpyxl writes a formula cell as ``<c r="B7"><f>...</f><v /></c>``: no
value, so a reader that does not calculate (a mail previewer, pandas,
openpyxl with ``data_only=True``) sees nothing. After openpyxl has saved
the workbook, this module rewrites each worksheet's XML inside the zip and
fills each formula cell's ``<v>`` with the core's figure, typed the way
Excel types a formula's result:

- numbers: no ``t`` attribute, the number as text (dates as serial numbers);
- text: ``t="str"``, the text XML-escaped;
- booleans: ``t="b"``, 1 or 0.

The workbook also asks Excel to recalculate everything on open
(``fullCalcOnLoad``), so the cached values are only ever a preview of what
Excel computes itself.

A formula cell without a cached value, or a cached value without its
formula cell, is a mistake in the writer and raises ``ValueError``.
"""

from __future__ import annotations

import datetime as dt
import io
import posixpath
import re
import zipfile
from decimal import Decimal
from typing import Any, Mapping
from xml.etree import ElementTree
from xml.sax.saxutils import escape

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
EPOCH = dt.date(1899, 12, 30)

# openpyxl's own output: a formula cell has no t attribute and an empty <v>
# (``<v />``, or ``<v></v>`` when openpyxl writes through lxml).
_FORMULA_CELL = re.compile(r'<c r="([A-Z]+[0-9]+)"((?: s="[0-9]+")?)><f>(.*?)</f>(?:<v\s*/>|<v></v>)</c>', re.S)
_ANY_FORMULA = re.compile(r"<f[ >]")


def serial(day: dt.date) -> int:
    """A date as Excel's serial day number (1900 date system)."""
    return (day - EPOCH).days


def typed(value: Any) -> tuple[str | None, str]:
    """The ``t`` attribute and the ``<v>`` text of a cached value."""
    if isinstance(value, bool):
        return "b", "1" if value else "0"
    if isinstance(value, dt.datetime):
        raise TypeError("cached values are dates, not datetimes")
    if isinstance(value, dt.date):
        return None, str(serial(value))
    if isinstance(value, int):
        return None, str(value)
    if isinstance(value, (Decimal, float)):
        whole = value == value.to_integral_value() if isinstance(value, Decimal) else value.is_integer()
        if whole and abs(value) < 10**15:
            return None, str(int(value))
        return None, "%.16g" % value  # as openpyxl writes numbers
    if isinstance(value, str):
        return "str", escape(value)
    raise TypeError(f"cannot cache {type(value).__name__} {value!r}")


def sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Worksheet title -> the part that holds it, read from the workbook's
    own relationships rather than guessed from openpyxl's file names."""
    book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target") for r in rels.iter(f"{_PKG_REL}Relationship")}
    out = {}
    for sheet in book.iter(f"{_MAIN}sheet"):
        target = targets[sheet.get(f"{_REL}id")]
        out[sheet.get("name")] = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
    return out


def fill_sheet(xml: str, values: Mapping[str, Any], title: str) -> str:
    seen: set[str] = set()

    def fill(m: re.Match[str]) -> str:
        coord, style, formula = m[1], m[2], m[3]
        if coord not in values:
            raise ValueError(f"{title}!{coord} is a formula with no cached value")
        seen.add(coord)
        kind, text = typed(values[coord])
        t = f' t="{kind}"' if kind else ""
        return f'<c r="{coord}"{style}{t}><f>{formula}</f><v>{text}</v></c>'

    out, count = _FORMULA_CELL.subn(fill, xml)
    if count != len(_ANY_FORMULA.findall(xml)):
        raise ValueError(f"{title}: a formula cell is not in the form openpyxl writes")
    missing = set(values) - seen
    if missing:
        raise ValueError(f"{title}: cached values for cells that hold no formula: {sorted(missing)[:5]}")
    return out


def add_cached_values(xlsx: bytes, values: Mapping[str, Mapping[str, Any]]) -> bytes:
    """``xlsx`` with every formula cell's cached value filled in; ``values``
    maps a sheet's title to its cells' values by coordinate."""
    source = zipfile.ZipFile(io.BytesIO(xlsx))
    parts = sheet_parts(source)
    unknown = set(values) - set(parts)
    if unknown:
        raise ValueError(f"cached values for sheets the workbook lacks: {sorted(unknown)}")
    by_part = {parts[title]: title for title in parts}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            title = by_part.get(item.filename)
            if title is not None:
                data = fill_sheet(data.decode("utf-8"), values.get(title, {}), title).encode("utf-8")
            target.writestr(item, data)
    return out.getvalue()
