"""Defined names: the core's dotted names as Excel names, and back.

Every input and result has a stable dotted name (``offering.amount_paid``,
``proceeds.facility_plan.2.paid``, ``merger.holder_allocations.0.odd_lot``);
the workbook gives its cell the same name, so a formula reads
``=ROUND(offering.amount_paid*offering.shares_offered,2)`` and the Name Box shows where a
figure comes from.

Excel's rules for a name: it starts with a letter or an underscore; the
rest are letters, digits, underscores and periods; at most 255 characters;
and it must not read as a cell reference (``A1``, ``XFD1048576``, ``R1C1``,
``R``, ``C``). Dots are allowed, and Excel and LibreOffice both keep names
such as ``proceeds.facility_plan.0.total`` through a save.

The mapping is the identity for every name the core makes today. A dotted
name that would break a rule (its first part reads as a cell reference,
such as ``q1.sales``, or it starts with a digit) is written with one
leading underscore. Dotted names never start with an underscore (they are
Python field names), so taking one leading underscore off reverses it.
"""

from __future__ import annotations

import re
from functools import lru_cache

MAX_LENGTH = 255
_ALLOWED = re.compile(r"^[A-Za-z_][A-Za-z0-9_.]*$")
_A1 = re.compile(r"^\$?([A-Za-z]{1,3})\$?([0-9]+)$")
_R1C1 = re.compile(r"^(?=.)([Rr]([0-9]+|\[-?[0-9]+\])?)?([Cc]([0-9]+|\[-?[0-9]+\])?)?$")
_LAST_COLUMN = 16384  # XFD
_LAST_ROW = 1048576


class InvalidName(ValueError):
    """A dotted name that cannot be made an Excel name (too long, or a
    character Excel does not allow)."""


def _column_number(letters: str) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n


def reads_as_reference(part: str) -> bool:
    """Whether ``part`` would be read as a cell reference in A1 or R1C1 style."""
    m = _A1.match(part)
    if m and _column_number(m[1]) <= _LAST_COLUMN and 1 <= int(m[2]) <= _LAST_ROW:
        return True
    return bool(_R1C1.match(part))


def is_plain(name: str) -> bool:
    """Whether Excel takes ``name`` as it is."""
    if not name or len(name) > MAX_LENGTH or not _ALLOWED.match(name):
        return False
    first = name.split(".")[0]
    return not (name[0].isdigit() or reads_as_reference(first) or reads_as_reference(name))


@lru_cache(maxsize=65536)
def excel_name(dotted: str) -> str:
    """The defined name for a dotted name."""
    if dotted.startswith("_"):
        raise InvalidName(f"{dotted!r}: dotted names do not start with an underscore")
    if is_plain(dotted):
        return dotted
    escaped = "_" + dotted
    if not (len(escaped) <= MAX_LENGTH and _ALLOWED.match(escaped)):
        raise InvalidName(f"{dotted!r} cannot be an Excel name")
    return escaped


def dotted_name(excel: str) -> str:
    """The dotted name a defined name stands for (the reverse of :func:`excel_name`)."""
    return excel[1:] if excel.startswith("_") else excel
