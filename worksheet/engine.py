"""The rules engine: results as small named functions of the deal.

Each section module declares its results with :func:`rule`: a dotted name,
a label, a unit, the text of the rule (shown as a tooltip on screen and as
a comment in Excel) and a function that reads inputs and other results
through a :class:`Context`. Reading an input that is missing or in error,
or a result that is blank, raises :class:`Blocked`: the result is left
blank, naming the field it waits for, while every result that does not
depend on it is still computed. That is how an error blanks only what
depends on the bad field, with no dependency list kept by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from worksheet import schema
from worksheet.findings import Finding, Severity
from worksheet.kinds import Invalid


class Blocked(Exception):
    """A result cannot be computed because ``path`` is missing or wrong."""

    def __init__(self, path: str, missing: bool = False):
        super().__init__(path)
        self.path = path
        self.missing = missing


class Broken(Exception):
    """A rule's own condition fails: the result is not stated, a finding says why."""

    def __init__(self, finding: Finding):
        super().__init__(finding.message)
        self.finding = finding


@dataclass(frozen=True)
class Rule:
    name: str
    label: str
    unit: str
    text: str
    section: str
    compute: Callable[["Context"], Any]


@dataclass(frozen=True)
class Result:
    """One computed figure: its value, or ``None`` and what it waits for."""

    name: str
    label: str
    unit: str
    rule: str
    value: Any
    blocked_by: str | None = None
    reason: str | None = None  # why a blank result is blank, in words


RULES: dict[str, Rule] = {}


def rule(name: str, label: str, unit: str, text: str) -> Callable[[Callable[["Context"], Any]], Callable[["Context"], Any]]:
    """Declare the result ``name`` computed by the decorated function."""

    def register(fn: Callable[[Context], Any]) -> Callable[[Context], Any]:
        if name in RULES:
            raise ValueError(f"result {name} declared twice")
        RULES[name] = Rule(name, label, unit, " ".join(text.split()), name.split(".")[0], fn)
        return fn

    return register


class Context:
    """What a rule sees: the deal's inputs and the other results."""

    def __init__(self, deal: Any, error_paths: set[str], calendar: Any):
        self.deal = deal
        self.calendar = calendar
        self._errors = error_paths
        self._done: dict[str, Result] = {}
        self._running: set[str] = set()
        self.broken: list[Finding] = []

    def _in_error(self, path: str) -> bool:
        if path in self._errors:
            return True
        prefix = path + "."
        return any(p.startswith(prefix) for p in self._errors)

    def has(self, path: str) -> bool:
        """Whether the section or field at ``path`` is present."""
        return schema.get(self.deal, path) is not None

    def input(self, path: str) -> Any:
        """A required input: blank or wrong blocks the result."""
        found = schema.get(self.deal, path)
        if found is None or found == "":
            raise Blocked(path, missing=True)
        if isinstance(found, Invalid) or self._in_error(path):
            raise Blocked(path)
        return found

    def optional(self, path: str) -> Any:
        """An input that may be blank (``None``); wrong still blocks."""
        found = schema.get(self.deal, path)
        if isinstance(found, Invalid) or (found is not None and self._in_error(path)):
            raise Blocked(path)
        return found

    def rows(self, path: str, *columns: str) -> list[tuple[Any, ...]]:
        """The ``columns`` of every row of the table at ``path``; a blank or
        wrong cell in any of them blocks the result, naming the cell."""
        table = self.input(path)  # blocks on any cell in error
        out = []
        for i, row in enumerate(table):
            cells = tuple(getattr(row, column) for column in columns)
            for column, cell in zip(columns, cells):
                if cell is None or isinstance(cell, Invalid):
                    raise Blocked(f"{path}.{i}.{column}", missing=cell is None)
            out.append(cells)
        return out

    def __getitem__(self, name: str) -> Any:
        """Another result's value; a blank one blocks this one too."""
        found = self.result(name)
        if found.value is None:
            raise Blocked(found.blocked_by or name)
        return found.value

    def result(self, name: str) -> Result:
        done = self._done.get(name)
        if done is not None:
            return done
        spec = RULES[name]
        if name in self._running:
            raise RuntimeError(f"rules depend on each other in a circle at {name}")
        self._running.add(name)
        blocked_by = reason = None
        try:
            value = spec.compute(self)
        except Blocked as exc:
            value, blocked_by = None, exc.path
        except Broken as exc:
            value, blocked_by, reason = None, name, exc.finding.message
            self.broken.append(exc.finding)
        except (ArithmeticError, ValueError):  # e.g. a share of zero shares
            value, blocked_by = None, name
            reason = (f"{spec.label} cannot be computed from these inputs (a division by zero "
                      f"or a number out of range): check the figures it depends on.")
            self.broken.append(Finding(Severity.ERROR, name, "A figure that can be computed", reason))
        finally:
            self._running.discard(name)
        done = Result(name, spec.label, spec.unit, spec.text, value, blocked_by, reason)
        self._done[name] = done
        return done


VALIDATORS: list[Callable[[Any], list[Finding]]] = []


def validator(fn: Callable[[Any], list[Finding]]) -> Callable[[Any], list[Finding]]:
    """Declare a check of the deal's inputs, run before any result. Its errors
    mark their fields as wrong, which blanks the results that read them."""
    VALIDATORS.append(fn)
    return fn
