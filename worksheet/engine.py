"""The engine: every declared result and check evaluated on a deal, in the
graph :class:`~worksheet.registry.Registry` built when the sections loaded.

:class:`Evaluation` computes a deal lazily: a result reads inputs and other
results; an input that is blank, unreadable or barred by a failing check
blocks it, naming that input (:class:`~worksheet.expressions.Blocked`), so
a bad field blanks only what depends on it. Checks read the inputs as they
are (a check is what bars an input; it cannot be barred by itself).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, localcontext
from typing import TYPE_CHECKING, Any

from worksheet import money, schema
from worksheet.expressions import Aggregate, Blocked, Field, RowField, Text
from worksheet.findings import Finding
from worksheet.kinds import Invalid
from worksheet.rules import Check, RowCheck, RowRule, Rule
from worksheet.words import CATALOGUE, Message, message, term

if TYPE_CHECKING:
    from worksheet.registry import Registry


# -- results ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Result:
    """One computed figure: its value, or ``None`` and what it waits for."""

    name: str
    unit: str
    value: Any
    blocked_by: str | None = None
    reason: Message | None = None  # why a blank result is blank

    @property
    def label(self) -> str:
        return CATALOGUE.text(_generic(self.name))


def _generic(name: str) -> str:
    """``merger.holders.0.shares_received`` -> ``merger.holders.shares_received``."""
    return ".".join(part for part in name.split(".") if not part.isdigit())


# -- evaluation -----------------------------------------------------------------------------


class Frame:
    """Where an expression is evaluated: the evaluation, whether inputs are
    read as they are (by a check), and the table row being computed."""

    __slots__ = ("ev", "raw", "row")

    def __init__(self, ev: "Evaluation", raw: bool = False, row: int | None = None):
        self.ev, self.raw, self.row = ev, raw, row

    @property
    def calendar(self) -> Any:
        return self.ev.calendar

    def field(self, field: Field) -> Any:
        return self.ev.read(field.path, self.raw)

    def optional(self, field: Field) -> Any:
        try:
            return self.ev.read(field.path, self.raw)
        except Blocked as exc:
            if exc.missing:
                return None
            raise

    def cell(self, field: RowField) -> Any:
        if self.row is None:
            raise Blocked(field.table)
        return self.ev.read_cell(field, self.row, self.raw)

    def result(self, rule: Rule) -> Any:
        found = self.ev.results.get(rule.name)
        if found is None:
            found = self.ev.result(rule)
        if found.value is None:
            raise Blocked(found.blocked_by or rule.name)
        return found.value

    def row_result(self, rule: RowRule) -> Any:
        if self.row is None:
            raise Blocked(rule.table or "")
        return self.ev.row_value(rule, self.row)

    def aggregate(self, agg: Aggregate) -> Any:
        return self.ev.aggregate(agg, self.raw)

    def shape(self, kind: str, subject: str) -> bool:
        return self.ev.shape(kind, subject)

    def text(self, key: str) -> Any:
        return CATALOGUE.words(key)


_MISSING = object()


class Evaluation:
    """One deal, computed on demand and remembered."""

    def __init__(self, registry: Registry, deal: Any, present: frozenset[str], calendar: Any, *,
                 reuse: dict[str, Result] | None = None,
                 reuse_checks: dict[str, dict[int | None, bool | None]] | None = None):
        self.registry = registry
        self.deal = deal
        self.present = present
        self.calendar = calendar
        self._inputs: dict[str, Any] = {}
        self.results: dict[str, Result] = {}
        self._running: set[str] = set()
        #: each check's verdicts by row (None: a check of no row); a dict taken over
        #: whole from the last computation is never written to
        self._checks: dict[str, dict[int | None, bool | None]] = dict(reuse_checks or {})
        self._own: set[str] = set()  # the checks whose verdicts are this computation's
        self._frame = Frame(self, False, None)
        self._raw = Frame(self, True, None)
        self._frames: dict[tuple[bool, int], Frame] = {}
        self._rows: dict[tuple[int, int], Result] = {}  # (id of a row rule, row) -> its result
        self._bars: dict[tuple[str, int | None], bool] = {}
        for name, found in (reuse or {}).items():  # what an edit did not touch, from the last computation
            self.results[name] = found
            row = _row_of(name)
            if row is not None:
                rule = registry.rules.get(_generic(name))
                if isinstance(rule, RowRule):
                    self._rows[(id(rule), row)] = found

    def frame(self, raw: bool, row: int | None) -> Frame:
        if row is None:
            return self._raw if raw else self._frame
        found = self._frames.get((raw, row))
        if found is None:
            found = self._frames[(raw, row)] = Frame(self, raw, row)
        return found

    # -- inputs --------------------------------------------------------------

    def input(self, path: str) -> Any:
        found = self._inputs.get(path, _MISSING)
        if found is _MISSING:
            section = path.split(".", 1)[0]
            found = schema.get(self.deal, path) if section in self.present or section not in self.registry.sections \
                else None
            self._inputs[path] = found
        return found

    def read(self, path: str, raw: bool) -> Any:
        found = self.input(path)
        if found is None or found == "":
            raise Blocked(path, missing=True)
        if isinstance(found, Invalid):
            raise Blocked(path)
        if not raw and path in self.registry.barring and self._barred(path, path, None):
            raise Blocked(path)
        return found

    def read_cell(self, field: RowField, row: int, raw: bool) -> Any:
        rows = self.rows(field.table)
        found = getattr(rows[row], field.column) if row < len(rows) else None
        if found is None or found == "" or isinstance(found, Invalid):
            raise Blocked(f"{field.table}.{row}.{field.column}", missing=not isinstance(found, Invalid))
        if not raw:
            barring = self.registry.barring
            if field.table in barring and self._barred(field.table, field.table, None):
                raise Blocked(field.table)
            if field.path in barring and self._barred(field.path, field.path, row):
                raise Blocked(f"{field.table}.{row}.{field.column}")
        return found

    def _barred(self, key: str, path: str, row: int | None) -> bool:
        """Whether a failing check bars the input (a table's cell on ``row``)."""
        memo = (key, row)
        found = self._bars.get(memo)
        if found is None:
            found = any(self.check_state(check, row if isinstance(check, RowCheck) else None) is False
                        for check in self.registry.barring.get(path, ()))
            self._bars[memo] = found
        return found

    def shape(self, kind: str, subject: str) -> bool:
        if kind == "present":
            return subject in self.present
        return bool(self.input(subject))

    # -- results ---------------------------------------------------------------

    def value(self, rule: Rule) -> Any:
        found = self.result(rule)
        if found.value is None:
            raise Blocked(found.blocked_by or rule.name)
        return found.value

    def result(self, rule: Rule, row: int | None = None) -> Result:
        if row is None:
            name = rule.name
            done = self.results.get(name)
        else:
            done = self._rows.get((id(rule), row))
            name = "" if done is not None else f"{rule.table}.{row}.{rule.column}"  # type: ignore[attr-defined]
        if done is not None:
            return done
        frame = self.frame(False, row)
        if name in self._running:
            raise RuntimeError(f"{name} depends on itself")
        self._running.add(name)
        blocked_by: str | None = None
        reason: Message | None = None
        try:
            if rule.section not in self.present:
                raise Blocked(rule.section, missing=True)
            # A failing check that blanks this result says why first, as its
            # cell in the workbook does.
            for check in self.registry.guarding.get(rule.name, ()):
                if self.check_state(check) is False:
                    blocked_by, reason = name, self._finding_of(check).said
                    raise Blocked(name)
            value = rule.expr.run(frame)
            if isinstance(value, Decimal) and not value.is_finite():
                raise ArithmeticError(value)
        except Blocked as exc:
            value, blocked_by = None, blocked_by or exc.path
        except (ArithmeticError, ValueError, TypeError, OverflowError):
            value, blocked_by = None, name
            reason = message("engine.cannot_compute", result=_generic(name))
        finally:
            self._running.discard(name)
        done = Result(name, rule.unit, value, blocked_by, reason)
        self.results[name] = done
        if row is not None:
            self._rows[(id(rule), row)] = done
        return done

    def row_value(self, rule: RowRule, row: int) -> Any:
        found = self._rows.get((id(rule), row)) or self.result(rule, row)
        if found.value is None:
            raise Blocked(found.blocked_by or found.name)
        return found.value

    def rows(self, table: str) -> tuple[Any, ...]:
        return self.input(table) or ()

    def aggregate(self, agg: Aggregate, raw: bool) -> Any:
        key = agg.key
        total: Any = 0
        count = 0
        if key == "expr.duplicates":
            return self._duplicates(agg, raw)
        if key == "expr.column_sum" and isinstance(agg.column, RowField):
            return self._column_sum(agg.column, raw)
        column = agg.column.run
        where = None if agg.where is None else agg.where.run
        for i in range(len(self.rows(agg.table))):
            frame = self.frame(raw, i)
            if where is not None and not where(frame):
                continue
            value = column(frame)
            if key == "expr.count_where":
                total += 1 if value else 0
                continue
            total = total + value
            count += 1
        if key == "expr.average_where":
            from worksheet.money import divide

            if count == 0:  # an average of nothing is missing, not an arithmetic error
                raise Blocked(agg.table, missing=True)
            return divide(total, count)
        return total

    def _column_sum(self, column: RowField, raw: bool) -> Any:
        """The sum of an input column, read straight from the rows: a table of
        10,000 rows is summed on every keystroke that touches it."""
        table, name = column.table, column.column
        barring = self.registry.barring
        if not raw and table in barring and self._barred(table, table, None):
            raise Blocked(table)
        row_checks = () if raw else barring.get(column.path, ())
        rows = self.rows(table)
        with localcontext() as context:
            context.prec = money.PRECISION
            return self._sum_rows([getattr(row, name) for row in rows], rows, row_checks, table, name)

    def _sum_rows(self, values: list[Any], rows: Any, row_checks: Any, table: str, name: str) -> Any:
        total: Any = 0
        decimal = False
        first_barred = None
        for check in row_checks:  # most rows' verdicts are known from the last computation
            states = self._checks.get(check.name) or {}
            for i in range(len(rows)):
                state = states.get(i, _MISSING)
                if state is _MISSING:
                    state = self.check_state(check, i)
                if state is False:
                    first_barred = i if first_barred is None else min(first_barred, i)
                    break
        for i, value in enumerate(values):
            if first_barred is not None and i == first_barred and type(value) in (Decimal, int):
                raise Blocked(f"{table}.{i}.{name}")
            kind = type(value)
            if kind is Decimal:
                decimal = True
            elif kind is not int:
                raise Blocked(f"{table}.{i}.{name}", missing=value is None or value == "")
            total += value
        if decimal:  # the same sum the arithmetic of the rules makes, exact at any size
            return money.add(total, 0)
        return total

    def _duplicates(self, agg: Aggregate, raw: bool) -> int:
        seen: dict[Any, int] = {}
        for i in range(len(self.rows(agg.table))):
            try:
                value = agg.column.evaluate(self.frame(raw, i))
            except Blocked:
                continue
            seen[value] = seen.get(value, 0) + 1
        return sum(n for n in seen.values() if n > 1)

    # -- checks -------------------------------------------------------------------

    def check_state(self, check: Check, row: int | None = None) -> bool | None:
        """Whether ``check`` holds (on ``row``), fails, or cannot be checked."""
        states = self._checks.get(check.name)
        if states is not None and row in states:
            return states[row]
        if check.name not in self._own:
            states = self._checks[check.name] = dict(states or {})
            self._own.add(check.name)
        states[row] = None  # a check that reaches itself cannot be checked
        try:
            holds: bool | None = bool(check.holds.run(self.frame(True, row)))
        except (Blocked, ArithmeticError, ValueError, TypeError, OverflowError):
            holds = None
        states[row] = holds
        return holds

    def _finding_of(self, check: Check, row: int | None = None) -> Finding:
        frame = Frame(self, True, row)
        figures = []
        for name, expr in check.figures.items():
            try:
                figures.append((name, expr.evaluate(frame)))
            except (Blocked, ArithmeticError, ValueError, TypeError):
                figures.append((name, "\u2014"))
        path = check.about_path
        if row is not None:
            path = path.replace("*", str(row)) if "*" in path else f"{check.table}.{row}"
        return Finding(check.severity, path, check.name, Message(check.name + ".message", tuple(figures)))

    def verdicts(self) -> dict[str, dict[int | None, bool | None]]:
        return self._checks

    def check_findings(self, check: Check) -> list[Finding]:
        if check.section not in self.present:
            return []
        if isinstance(check, RowCheck):
            states = self._checks.get(check.name) or {}
            failing = []
            for i in range(len(self.rows(check.table))):  # type: ignore[arg-type]
                state = states.get(i, _MISSING)
                if state is _MISSING:
                    state = self.check_state(check, i)
                    states = self._checks[check.name]
                if state is False:
                    failing.append(self._finding_of(check, i))
            return failing
        return [self._finding_of(check)] if self.check_state(check) is False else []


def _row_of(path: str) -> int | None:
    for part in path.split("."):
        if part.isdigit():
            return int(part)
    return None


term("engine.computable", "A figure that can be computed", "計算できる数値")
term("engine.cannot_compute", "{result:term} cannot be computed from these inputs (a division by zero or a number "
     "out of range): check the figures it depends on.",
     "{result:term}はこの入力では計算できません（ゼロによる除算または範囲外の数値）。元になる数値を確認してください。")

__all__ = ["Blocked", "Evaluation", "Frame", "Result", "Text"]
