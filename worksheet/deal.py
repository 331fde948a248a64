"""The deal document and its computation.

A deal is an immutable tree of dataclasses: the issuer and any of the
sections (an offering alone, a merger alone, or both). A change makes a new
deal. :func:`compute` is pure: it never raises on any input and returns
every result with its label, unit and rule, and the findings of validation
and the cross-checks.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

# The section modules declare their rules and validators on import, in the
# order a worksheet is read: issuer, offering, schedule, over-allotment,
# share count, proceeds, merger.
from worksheet import issuer, offering, schedule  # noqa: F401  isort: skip
from worksheet import over_allotment, shares, proceeds, merger  # noqa: F401  isort: skip
from worksheet import checks, schema
from worksheet.calendar import TseCalendar
from worksheet.checks import StatedFigure
from worksheet.engine import RULES, VALIDATORS, Context, Result
from worksheet.findings import Finding, error
from worksheet.issuer import Issuer
from worksheet.kinds import DATE, TEXT, Invalid
from worksheet.merger import Merger
from worksheet.offering import Offering
from worksheet.over_allotment import OverAllotment
from worksheet.proceeds import Proceeds
from worksheet.schedule import Schedule
from worksheet.schema import rows, section, value

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Closure:
    day: dt.date | None = value(DATE, "Date")
    name: str = value(TEXT, "Reason", "")


@dataclass(frozen=True)
class Deal:
    title: str = value(TEXT, "Deal", "")
    notes: str = value(TEXT, "Notes", "")
    issuer: Issuer = section(Issuer, "Issuer", present=True)
    offering: Offering | None = section(Offering, "Public offering")
    schedule: Schedule | None = section(Schedule, "Schedule")
    over_allotment: OverAllotment | None = section(OverAllotment, "Over-allotment and third-party allotment")
    proceeds: Proceeds | None = section(Proceeds, "Use of proceeds")
    merger: Merger | None = section(Merger, "Merger")
    closures: tuple[Closure, ...] = rows(Closure, "Closures the holiday calendar lacks")
    stated: tuple[StatedFigure, ...] = rows(StatedFigure, "Figures as the releases state them")

    def get(self, path: str) -> Any:
        return schema.get(self, path)

    def with_value(self, path: str, new: Any) -> "Deal":
        return schema.replace(self, path, new)

    def calendar(self) -> TseCalendar:
        return TseCalendar(tuple(c.day for c in self.closures if isinstance(c.day, dt.date)))


SECTIONS = ("offering", "schedule", "over_allotment", "proceeds", "merger")
# The order results are listed in: a worksheet read top to bottom.
RESULT_ORDER = ("shares", "offering", "over_allotment", "allotment", "schedule", "proceeds", "merger")
_ORDERED_RULES = sorted(RULES, key=lambda name: RESULT_ORDER.index(name.split(".")[0]))


@dataclass(frozen=True)
class Worksheet:
    """Everything computed from one deal."""

    deal: Deal
    results: dict[str, Result]
    findings: tuple[Finding, ...] = field(default=())

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.is_error)

    def value(self, name: str) -> Any:
        return self.results[name].value


def validate(deal: Deal) -> list[Finding]:
    """Findings about the inputs alone: unreadable entries, missing required
    fields, and each section's rules."""
    found = []
    for path, fi, current in schema.walk(deal):
        if isinstance(current, Invalid):
            found.append(error(path, "Readable entry", current.reason))
        elif fi.required and current is None:
            found.append(error(path, "Required", f"{fi.label} is needed for this section."))
    for check in VALIDATORS:
        try:
            found.extend(check(deal))
        except Exception as exc:  # a check must never take the worksheet down
            found.append(error("", "Internal check", f"A check failed on these inputs: {exc!r}"))
    return found


#: the deal section each group of results belongs to ("shares" belongs to the issuer, always present)
RESULT_SECTION = {"offering": "offering", "schedule": "schedule", "over_allotment": "over_allotment",
                  "allotment": "over_allotment", "proceeds": "proceeds", "merger": "merger"}


def compute(deal: Deal) -> Worksheet:
    findings = validate(deal)
    error_paths = {f.path for f in findings if f.is_error}
    ctx = Context(deal, error_paths, deal.calendar())
    absent = {name for name in SECTIONS if getattr(deal, name) is None}
    results: dict[str, Result] = {}
    for name in _ORDERED_RULES:
        if RESULT_SECTION.get(name.split(".")[0]) in absent:
            continue  # a section this deal does not have
        try:
            found = ctx.result(name)
        except Exception as exc:  # noqa: BLE001 - compute never raises
            found = Result(name, RULES[name].label, RULES[name].unit, RULES[name].text, None, name)
            findings.append(error(name, "Internal rule", f"{RULES[name].label} could not be computed: {exc!r}"))
        if found.value is None and found.blocked_by and found.blocked_by.split(".")[0] in absent:
            continue  # waits for a section this deal does not have
        results[name] = found
    findings.extend(ctx.broken)
    try:
        findings.extend(checks.cross_check(deal, ctx))
    except Exception as exc:  # noqa: BLE001
        findings.append(error("", "Internal check", f"A cross-check failed on these inputs: {exc!r}"))
    findings = _dedupe(findings)
    return Worksheet(deal, _with_reasons(deal, results, findings), tuple(findings))


def _with_reasons(deal: Deal, results: dict[str, Result], findings: list[Finding]) -> dict[str, Result]:
    """Say in words why each blank result is blank."""
    first_error = {}
    for f in findings:
        if f.is_error:
            first_error.setdefault(f.path, f.message)

    def reason(found: Result, depth: int = 0) -> str:
        if found.reason:
            return found.reason
        path = found.blocked_by or ""
        other = results.get(path)
        if other is not None and other is not found and depth < 20:
            return f"Waits for {other.label.lower()}: {reason(other, depth + 1)}"
        try:
            label = schema.field_info_at(Deal, path).label
        except (KeyError, AttributeError, IndexError, ValueError):
            label = path
        if path in first_error:
            return f"{label}: {first_error[path]}"
        if deal.get(path) is None:
            return f"{label} is blank."
        return f"{label} must be corrected first."

    return {name: found if found.value is not None else dataclasses.replace(found, reason=reason(found))
            for name, found in results.items()}


def _dedupe(findings: list[Finding]) -> list[Finding]:
    seen: set[Finding] = set()
    out = []
    for f in findings:
        if f not in seen:
            seen.add(f)
            out.append(f)
    return out


def flat_value(found: Any) -> Any:
    """A value as JSON: Decimal and dates as strings, tables expanded by the caller."""
    if isinstance(found, Decimal):
        return format(found, "f")
    if isinstance(found, (dt.date,)):
        return found.isoformat()
    return found


def flatten(ws: Worksheet) -> dict[str, Any]:
    """Every input and result as one flat mapping keyed by stable dotted names."""
    out: dict[str, Any] = {}
    for path, fi, current in schema.walk(ws.deal):
        out[path] = fi.kind.to_json(current) if fi.kind else current
    for name, res in ws.results.items():
        if isinstance(res.value, tuple) or RULES[name].unit == "table":
            out[name] = None if res.value is None else len(res.value)  # the row count, or blank
            for i, row in enumerate(res.value or ()):
                for key, item in row.items():
                    out[f"{name}.{i}.{key}"] = flat_value(item)
        else:
            out[name] = flat_value(res.value)
    return out
