"""From a formula written over dotted names to the Excel text of a cell.

Formulas are written with placeholders, so that the names a formula reads
are known and every name goes through :func:`names.excel_name`:

- ``{offering.amount_paid}``: a name that must hold a number (or a date);
- ``{?schedule.payment_window_start}``: a name read as it is (text, or an
  optional input);
- ``{col:proceeds.facility_plan.total}``: a column of an Excel table that
  must be complete; ``{?col:...}`` reads the column as it is;
- ``{label:merger.delivery=new}``: the label of a choice, as a text literal;
- ``{holidays}``: the Calendar sheet's dates, for WORKDAY and NETWORKDAYS;
- ``{!blank}`` and ``{!ok}``: the catalogue's blank mark and its OK.

A result is blank ("—") in the workbook when the core would leave it blank:
when a name it needs does not hold a number (a missing or unreadable input,
or another result that is blank), when a table column it sums has a gap,
when its live check fails, and while an input the core rejected keeps the
value it was exported with (the *pin*: ``offering.shares_offered=4700050``).
The core's validation runs in Python; the pin is how its verdict on an
input travels into the workbook, and it lifts as soon as the input changes.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Mapping

from worksheet.excel.names import excel_name
from worksheet.kinds import Invalid

PLACEHOLDER = re.compile(r"\{([?!])?(?:(col|label|check):)?([A-Za-z0-9_.=]+)\}")
HOLIDAYS = "holidays"


@dataclass(frozen=True)
class Formula:
    """An Excel expression over placeholders; ``check`` names the live check
    that must say OK for the result to be stated; ``requires`` adds
    placeholders the result needs without printing them (a table column
    that must be complete, say)."""

    expr: str
    check: str | None = None
    requires: str = ""


@dataclass(frozen=True)
class Table:
    """An Excel table: its name, the heading of each field's column, its rows."""

    name: str
    headings: Mapping[str, str]
    rows: int

    def column(self, field: str) -> str:
        heading = self.headings[field]
        escaped = re.sub(r"(['\[\]#])", r"'\1", heading)
        return f"{self.name}[{escaped}]"


def text_literal(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def literal(value: Any) -> str:
    """A value as an Excel literal, for a pin."""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (int, Decimal)):
        return format(value, "f") if isinstance(value, Decimal) else str(value)
    if isinstance(value, dt.date):
        return f"DATE({value.year},{value.month},{value.day})"
    if isinstance(value, Invalid):
        return text_literal(value.text)
    return text_literal(str(value))


class Refs:
    """What a formula may refer to in one workbook."""

    def __init__(self, *, names: set[str], inputs: Mapping[str, Any], tables: Mapping[str, Table],
                 choices: Mapping[str, Mapping[str, str]], rejected: set[str], blank: str, ok: str,
                 holidays: str):
        self.names = names  # every defined name the workbook will have
        self.inputs = inputs  # input path -> value as exported
        self.tables = tables  # rows path -> table
        self.choices = choices  # field path without row indexes -> stored value -> label
        self.rejected = rejected  # input paths the core's validation rejected (errors)
        self.blank = blank
        self.ok = ok
        self.holidays = holidays

    def has(self, name: str) -> bool:
        return name in self.names

    def table(self, path: str) -> Table:
        return self.tables[path]

    def pins(self, reads: list[str]) -> list[str]:
        """Conditions that keep a result blank while a rejected input it reads
        keeps its exported value."""
        out = []
        for path in sorted(self.rejected):
            if path not in self.inputs or self.inputs[path] is None:
                continue  # a table as a whole, or a missing input: the guards see those
            if any(path == r or path.startswith(r + ".") for r in reads):
                out.append(f"{excel_name(path)}={literal(self.inputs[path])}")
        return out


@dataclass
class _Reading:
    needs: list[str]
    columns: list[str]
    reads: list[str]


def _substitute(expr: str, refs: Refs) -> tuple[str, _Reading]:
    reading = _Reading([], [], [])

    def replace(m: re.Match[str]) -> str:
        optional, kind, ref = m[1] == "?", m[2], m[3]
        if m[1] == "!":
            return text_literal(refs.blank if ref == "blank" else refs.ok)
        if kind is None and ref == HOLIDAYS:
            return refs.holidays
        if kind == "label":
            path, _, stored = ref.partition("=")
            generic = ".".join(part for part in path.split(".") if not part.isdigit())
            return text_literal(refs.choices[generic][stored])
        if kind == "col":
            table_path, _, field = ref.rpartition(".")
            table = refs.table(table_path)
            column = table.column(field)
            if not optional and table.rows:
                reading.columns.append(column)
            reading.reads.append(table_path)
            return column
        name = ("check." + ref) if kind == "check" else ref
        if not refs.has(name):
            raise KeyError(f"a formula refers to {name}, which this workbook does not have")
        excel = excel_name(name)
        if not optional and excel not in reading.needs:
            reading.needs.append(excel)
        reading.reads.append(name)
        return excel

    return PLACEHOLDER.sub(replace, expr), reading


def _merge(reading: _Reading, more: _Reading) -> None:
    reading.needs += [n for n in more.needs if n not in reading.needs]
    reading.columns += more.columns
    reading.reads += more.reads


def blank_condition(reading: _Reading, refs: Refs, extra: tuple[str, ...] = ()) -> str | None:
    """When a result is blank: a name it needs is not a number, a column it
    sums has a gap, a rejected input it reads keeps its value, or ``extra``."""
    conditions = []
    if len(reading.needs) == 1:
        conditions.append(f"NOT(ISNUMBER({reading.needs[0]}))")
    elif reading.needs:
        conditions.append(f"COUNT({','.join(reading.needs)})<{len(reading.needs)}")
    conditions += [f"COUNT({c})<ROWS({c})" for c in dict.fromkeys(reading.columns)]
    conditions += refs.pins(reading.reads)
    conditions += list(extra)
    if not conditions:
        return None
    return conditions[0] if len(conditions) == 1 else "OR(" + ",".join(conditions) + ")"


def _divides(expr: str) -> bool:
    """Whether the expression divides by something other than a constant."""
    return bool(re.search(r"/[^0-9]", expr)) or "AVERAGEIFS(" in expr


def render(formula: Formula, refs: Refs) -> str:
    """The cell text of a result: ``=IF(<blank>,"—",<expr>)``."""
    body, reading = _substitute(formula.expr, refs)
    if formula.requires:
        _merge(reading, _substitute(formula.requires, refs)[1])
    blank = text_literal(refs.blank)
    if _divides(body):
        body = f"IFERROR({body},{blank})"
    extra = (_not_ok(formula.check, refs),) if formula.check else ()
    condition = blank_condition(reading, refs, extra)
    return f"={body}" if condition is None else f"=IF({condition},{blank},{body})"


def _not_ok(check: str, refs: Refs) -> str:
    return f"{excel_name('check.' + check)}<>{text_literal(refs.ok)}"


def render_check(condition: str, message: list[str], refs: Refs, why_blank: str, *,
                 after: tuple[str, ...] = (), requires: str = "") -> str:
    """The cell text of a live check: OK, the message with its figures, or
    why it cannot be checked yet (a name it needs is blank, or a check it
    comes ``after`` does not pass). ``message`` alternates text and
    expressions; ``requires`` as for :class:`Formula`."""
    cond, reading = _substitute(condition, refs)
    if requires:
        _merge(reading, _substitute(requires, refs)[1])
    parts = []
    for i, piece in enumerate(message):
        if i % 2 == 0:
            if piece:
                parts.append(text_literal(piece))
        else:
            expr, more = _substitute(piece, refs)
            _merge(reading, more)
            parts.append(expr)
    verdict = f"IF({cond},{text_literal(refs.ok)},{'&'.join(parts) or text_literal('')})"
    guard = blank_condition(reading, refs, tuple(_not_ok(c, refs) for c in after))
    return f"={verdict}" if guard is None else f"=IF({guard},{text_literal(why_blank)},{verdict})"


def render_reference(name: str) -> str:
    """A cell that shows another named cell: ``=offering.gross_proceeds``."""
    return "=" + excel_name(name)
