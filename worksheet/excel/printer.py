"""Printing the rules' expressions as Excel formulas over the defined names.

The expressions of :mod:`worksheet.expressions` print themselves; this
module gives them what they need to know about one workbook
(:class:`ExcelPrinter`: the defined name of an input or result, the column
of a table, the cell of the row being written, the Calendar's dates, the
words of the workbook's language) and collects, for each formula, when it
can be evaluated at all (:class:`Guard`).

A result's cell reads ``=IF(<guard>,<formula>,"—")``: blank, as the core
leaves it blank, while an input it needs is not a number (missing, or kept
as typed), while a check that bars one of those inputs fails, or while a
table column it sums has a gap. A check's cell reads
``=IF(<guard>,IF(<condition>,"OK",<message>),"—")``: "—" while it cannot be
checked yet, as the core says nothing then.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Mapping

from worksheet.excel.names import excel_name
from worksheet.expressions import BOOL, CHOICE, DATE, NUMBER, TEXT, Aggregate, Expr, Field, Optional, RowField
from worksheet.kinds import Invalid
from worksheet.rules import Check, RowCheck, RowRule, Rule
from worksheet.words import CATALOGUE, Words, placeholders

if TYPE_CHECKING:
    from worksheet.excel.plan import Plan

MAX_LITERAL = 255  # the longest text literal a formula may hold


def text_literal(text: str) -> str:
    """A text as Excel literals: quotes doubled, long text in pieces joined with &."""
    if len(text) <= MAX_LITERAL:
        return '"' + text.replace('"', '""') + '"'
    pieces = [text[i:i + MAX_LITERAL] for i in range(0, len(text), MAX_LITERAL)] or [""]
    return "&".join('"' + piece.replace('"', '""') + '"' for piece in pieces)


def literal(value: Any) -> str:
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dt.date):
        return f"DATE({value.year},{value.month},{value.day})"
    if isinstance(value, Invalid):
        return text_literal(value.text)
    return text_literal(str(value))


@dataclass(frozen=True)
class Table:
    """An Excel table: its name, the heading of each column by field, its rows."""

    name: str
    headings: Mapping[str, str]
    rows: int

    def column(self, field: str) -> str:
        heading = self.headings[field]
        escaped = re.sub(r"(['\[\]#])", r"'\1", heading)
        return f"{self.name}[{escaped}]"


def check_name(check: Check, row: int | None = None) -> str:
    """The defined name of a check's cell: ``check.offering.whole_units``, a
    row's ``check.proceeds.facility_plan.2.paid_within_total``."""
    if row is None:
        return "check." + check.name
    attr = check.name.rsplit(".", 1)[1]
    return f"check.{check.table}.{row}.{attr}"


class ExcelPrinter:
    """What a formula of one workbook may refer to, in the workbook's language."""

    def __init__(self, plan: "Plan", *, raw: bool = False, row: int | None = None):
        self.plan = plan
        self.raw = raw
        self.row = row

    def at_row(self, row: int | None, *, raw: bool | None = None) -> "ExcelPrinter":
        return ExcelPrinter(self.plan, raw=self.raw if raw is None else raw, row=row)

    # -- names ------------------------------------------------------------

    def has(self, dotted: str) -> bool:
        """Whether the workbook has a cell of that name (a section the deal
        lacks has none: what reads it cannot be evaluated, as in the core)."""
        return dotted in self.plan.names

    def name(self, dotted: str) -> str:
        if dotted not in self.plan.names:
            return "NA()"  # never evaluated: the guard of what reads it is FALSE
        return excel_name(dotted)

    def row_path(self, table: str, column: str) -> str:
        if self.row is None:
            raise KeyError(f"{table}.{column} is read outside a row of {table}")
        return f"{table}.{self.row}.{column}"

    def column(self, expr: Expr) -> str:
        table = self.plan.tables[expr.table]  # type: ignore[attr-defined]
        return table.column(expr.column)  # type: ignore[attr-defined]

    def rows(self, table: str) -> int:
        return self.plan.row_counts.get(table, 0)

    def holidays(self) -> str:
        return self.plan.holidays

    def shape(self, kind: str, subject: str) -> bool:
        if kind == "present":
            return subject in self.plan.present
        return self.rows(subject) > 0

    # -- words --------------------------------------------------------------

    def literal(self, value: Any) -> str:
        return literal(value)

    def text_literal(self, text: str) -> str:
        return text_literal(text)

    def term(self, key: str) -> str:
        return CATALOGUE.text(key, self.plan.language)

    def choice_label(self, field: Field, stored: str) -> str:
        return self.plan.choice_label(field.generic, stored)

    # -- checks that bar an input ---------------------------------------------

    def barring(self, field: Field) -> list[str]:
        """The cells of the checks that bar ``field`` (none when read by a check)."""
        if self.raw:
            return []
        found = []
        for check in self.plan.barring.get(field.path, ()):
            if isinstance(check, RowCheck):
                found.append(excel_name(check_name(check, self.row)))
            else:
                found.append(excel_name(check_name(check)))
        if isinstance(field, RowField):
            found += [excel_name(check_name(c)) for c in self.plan.barring.get(field.table, ())]
        return found


def passes(cell: str, blank: str) -> str:
    """A check's cell does not fail: OK, or cannot be checked yet."""
    return f'OR({cell}="OK",{cell}={text_literal(blank)})'


class Guard:
    """What must hold for a formula to evaluate: the names that must hold a
    number, other conditions, and whether it divides (an error then blanks it)."""

    def __init__(self, px: ExcelPrinter):
        self.px = px
        self.numbers: list[str] = []
        self.terms: list[str] = []
        self.divides_ = False

    def _term(self, text: str) -> None:
        if text not in self.terms:
            self.terms.append(text)

    def _typed(self, value_type: str, name: str, choices: tuple[str, ...] = ()) -> None:
        if value_type in (NUMBER, DATE):
            if name not in self.numbers:
                self.numbers.append(name)
        elif value_type == BOOL:
            # LibreOffice keeps TRUE and FALSE as the numbers 1 and 0 (ISLOGICAL
            # sees only their format); a blank result is the text "—" in both.
            self._term(f"NOT(ISTEXT({name}))")
        elif value_type == CHOICE:
            self._term(f"OR({','.join(f'{name}={text_literal(c)}' for c in choices)})")
        elif value_type == TEXT:
            self._term(f"{name}<>{text_literal(self.px.plan.blank)}")

    def never(self) -> None:
        """The formula reads a cell the workbook does not have."""
        self._term("FALSE")

    def holds(self, field: Field, name: str) -> None:
        if name == "NA()":
            self.never()
            return
        choices = ()
        if field.value_type == CHOICE:
            choices = tuple(self.px.plan.choice_label(field.generic, s) for s, _ in field.info.kind.choices)  # type: ignore[union-attr]
        if field.value_type != TEXT:
            self._typed(field.value_type, name, choices)
        for cell in self.px.barring(field):
            self._term(passes(cell, self.px.plan.blank))

    def holds_or_blank(self, field: Field, name: str) -> None:
        if name == "NA()":
            self.never()
            return
        if field.value_type in (NUMBER, DATE):
            self._term(f"OR(ISBLANK({name}),ISNUMBER({name}))")
        for cell in self.px.barring(field):
            self._term(passes(cell, self.px.plan.blank))

    def result(self, rule: Rule, name: str) -> None:
        if name == "NA()":
            self.never()
            return
        self._typed(rule.value_type, name)

    def divides(self) -> None:
        self.divides_ = True

    def branch(self, px: ExcelPrinter, condition: Expr, then: Expr, otherwise: Expr) -> None:
        inner = [Guard(px) for _ in range(3)]
        for guard, expr in zip(inner, (condition, then, otherwise)):
            expr.guard(px, guard)
        self.divides_ = self.divides_ or any(g.divides_ for g in inner)
        c, a, b = (g.condition() for g in inner)
        if a is None and b is None:
            if c is not None:
                self._term(c)
            return
        chosen = f"IF({condition.excel(px)},{a or 'TRUE'},{b or 'TRUE'})"
        self._term(chosen if c is None else f"IF({c},{chosen},FALSE)")

    def lazy(self, px: ExcelPrinter, op: str, items: tuple[Expr, ...]) -> None:
        """The guard of AND/OR evaluated as the core does, left to right,
        stopping at the operand that decides: the first operand is always
        evaluated; a later one only when those before it did not decide,
        and only what it needs beyond them is tested then."""
        first = Guard(px)
        items[0].guard(px, first)
        self._merge(first)
        known = set(first.numbers) | set(first.terms)
        later: list[str | None] = []
        for item in items[1:]:
            inner = Guard(px)
            item.guard(px, inner)
            self.divides_ = self.divides_ or inner.divides_
            inner.numbers = [n for n in inner.numbers if n not in known]
            inner.terms = [t for t in inner.terms if t not in known]
            known |= set(inner.numbers) | set(inner.terms)
            later.append(inner.condition())
        text = "TRUE"
        for item, guard in zip(reversed(items[:-1]), reversed(later)):
            need = text if guard is None else guard if text == "TRUE" else f"AND({guard},{text})"
            if need == "TRUE":
                continue
            text = f"IF({item.excel(px)},{need},TRUE)" if op == "AND" else f"IF({item.excel(px)},TRUE,{need})"
        if text != "TRUE":
            # This term evaluates the first operand, which only its own guard
            # makes safe; the guard's terms are joined by AND(), which Excel
            # evaluates whole, so the term must test that guard itself (a
            # date kept as typed would otherwise give #VALUE!, not a blank).
            before = first.condition()
            self._term(text if before is None else f"IF({before},{text},FALSE)")

    def _merge(self, other: "Guard") -> None:
        for name in other.numbers:
            if name not in self.numbers:
                self.numbers.append(name)
        for term in other.terms:
            self._term(term)
        self.divides_ = self.divides_ or other.divides_

    def column(self, px: ExcelPrinter, agg: Aggregate) -> None:
        if not px.rows(agg.table) or agg.key == "expr.duplicates":
            return
        column = px.column(agg.column)
        if agg.where is not None:
            where = px.column(agg.where)
            self._term(f"SUMPRODUCT(--ISTEXT({where}))=0")
            if agg.column.value_type in (NUMBER, DATE):
                self._term(f"SUMPRODUCT(({where}=TRUE)*NOT(ISNUMBER({column})))=0")
        elif agg.column.value_type == BOOL:
            self._term(f"SUMPRODUCT(--ISTEXT({column}))=0")
        else:
            self._term(f"COUNT({column})=ROWS({column})")
        if not px.raw:
            blank = text_literal(px.plan.blank)
            for check in px.plan.barring.get(agg.table, ()):
                self._term(passes(excel_name(check_name(check)), px.plan.blank))
            for part in (agg.column, agg.where):
                if isinstance(part, RowField):
                    for check in px.plan.barring.get(part.path, ()):
                        cells = px.plan.tables[agg.table].column(check.name.rsplit(".", 1)[1])
                        self._term(f'COUNTIF({cells},"OK")+COUNTIF({cells},{blank})=ROWS({cells})')

    def condition(self) -> str | None:
        if "FALSE" in self.terms:
            return "FALSE"
        parts = []
        if len(self.numbers) == 1:
            parts.append(f"ISNUMBER({self.numbers[0]})")
        elif self.numbers:
            parts.append(f"COUNT({','.join(self.numbers)})={len(self.numbers)}")
        parts += self.terms
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else f"AND({','.join(parts)})"


def guarded(expr: Expr, px: ExcelPrinter) -> tuple[str, str | None, bool]:
    """The formula of ``expr``, its guard, and whether it divides."""
    guard = Guard(px)
    expr.guard(px, guard)
    return expr.excel(px), guard.condition(), guard.divides_


def result_formula(expr: Expr, px: ExcelPrinter, *, extra: tuple[str, ...] = ()) -> str:
    """The cell text of a result: blank ("—") when it cannot be evaluated."""
    body, condition, divides = guarded(expr, px)
    blank = text_literal(px.plan.blank)
    if divides:
        body = f"IFERROR({body},{blank})"
    conditions = ([condition] if condition else []) + list(extra)
    if len(conditions) > 1 and conditions[0].startswith("AND("):
        conditions = [conditions[0][4:-1]] + conditions[1:]
    if not conditions:
        return "=" + body
    test = conditions[0] if len(conditions) == 1 else f"AND({','.join(conditions)})"
    return f"=IF({test},{body},{blank})"


# -- messages ---------------------------------------------------------------------------

#: a figure's spec -> the number format TEXT() prints it with (see display.format_figure)
def _text_format(spec: str, expr: Expr, x: str) -> str:
    if expr.value_type == DATE or spec == "date":
        return f'TEXT({x},"yyyy-mm-dd")'
    if spec == "%":
        return f'TEXT({x},"0.00%")'
    if expr.value_type == TEXT:
        return x
    if expr.places == 0:
        return f'TEXT({x},"#,##0")'
    return f'TEXT({x},IF({x}=INT({x}),"#,##0","#,##0.00"))'


def message_formula(check: Check, px: ExcelPrinter) -> tuple[str, str | None]:
    """The message of a failing check as one Excel text expression, figures
    printed as :func:`worksheet.display.format_figure` prints them; and the
    guard under which every figure can be evaluated."""
    template = CATALOGUE.words(check.name + ".message").text(px.plan.language)
    parts: list[str] = []
    blank = text_literal(px.plan.blank)
    for text, field, spec, _ in _parse(template):
        if text:
            parts.append(text_literal(text))
        if field is None:
            continue
        expr = check.figures[field]
        body, condition, divides = guarded(expr, px)
        shown = _text_format(spec or "", expr, body)
        if isinstance(expr, Optional):  # an open bound prints as the blank mark, as in the core
            shown = f"IF(ISBLANK({body}),{blank},{shown})"
        if isinstance(expr, Expr) and expr.value_type == TEXT and not isinstance(expr, Rule):
            shown = body
        if divides:
            shown = f"IFERROR({shown},{blank})"
        parts.append(shown if condition is None else f"IF({condition},{shown},{blank})")
    return "&".join(parts) or '""', None


def _parse(template: str) -> list[tuple[str, str | None, str | None, str | None]]:
    import string

    return list(string.Formatter().parse(template))


def check_formula(check: Check, px: ExcelPrinter) -> str:
    """``=IF(<guard>,IF(<holds>,"OK",<message>),"—")``."""
    body, condition, divides = guarded(check.holds, px)
    said, _ = message_formula(check, px)
    blank = text_literal(px.plan.blank)
    verdict = f'IF({body},"OK",{said})'
    if divides:
        verdict = f"IFERROR({verdict},{blank})"
    return f"=IF({condition},{verdict},{blank})" if condition else "=" + verdict


def reference(dotted: str) -> str:
    """A cell that shows another named cell: ``=offering.gross_proceeds``."""
    return "=" + excel_name(dotted)


def cached(value: Any, language: str, blank: str) -> Any:
    """A result's value as its cell shows it before recalculation."""
    if value is None:
        return blank
    if isinstance(value, Words):
        return value.text(language)
    if isinstance(value, Invalid):  # an input kept as typed, shown elsewhere
        return value.text
    return value


__all__ = ["ExcelPrinter", "Guard", "Table", "check_formula", "check_name", "literal", "placeholders",
           "reference", "result_formula", "text_literal", "RowRule"]
