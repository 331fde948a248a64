"""The deal document and its computation.

A deal is an immutable tree of dataclasses: a title and notes, one field
per section of :data:`worksheet.sections.SECTIONS` (the issuer always; any
mix of the offerings, the allotment, the merger and the use of proceeds),
and the deal's own tables. A section a deal file does not mention is
absent: files of earlier schema versions open unchanged. A
change makes a new deal. A section can be left out of a deal without
losing its figures (``excluded``): it is then computed as if absent and
restored by taking it back in.

:func:`compute` is pure: it never raises on any input and returns every
result of the sections present, with why each blank one is blank, and the
findings of every check.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from worksheet import schema
from worksheet.calendar import TseCalendar
from worksheet.checks import StatedFigure, fiscal_findings, stated_figure_findings
from worksheet.engine import DeclarationError, Evaluation, Registry, Result
from worksheet.findings import Finding, error
from worksheet.kinds import DATE, TEXT, Invalid, Kind, KindError
from worksheet.naming import field_name, generic
from worksheet import issuer
from worksheet.rules import Group, RowRule, TableBox, field_words, inputs
from worksheet.schema import rows, value
from worksheet.sections import SECTIONS
from worksheet.words import CATALOGUE, Message, Words, message, term

SCHEMA_VERSION = 3  # 2: sections can be left out ("excluded"); 3: treasury disposal, global offering,
#                   book-building, secondary offering and third-party allotment, each absent by default


@dataclass(frozen=True)
class Closure:
    day: dt.date | None = value(DATE, ("Date", "日付"), required=True)
    name: str = value(TEXT, ("Reason", "理由"), "")


@dataclass(frozen=True)
class SectionSetKind(Kind):
    """The keys of the sections a deal leaves out, as a JSON list."""

    def parse(self, text: str) -> Any:
        return tuple(sorted({k.strip() for k in text.split(",") if k.strip()}))

    def _format(self, value: Any) -> str:
        return ", ".join(value)

    def to_json(self, value: Any) -> Any:
        return list(value or ())

    def from_json(self, raw: Any) -> Any:
        keys = {s.key for s in SECTIONS if s.document is not None and not s.always}
        if not isinstance(raw, list) or not all(isinstance(k, str) and k in keys for k in raw):
            raise KindError(f"expected a list of sections out of {', '.join(sorted(keys))}")
        return tuple(sorted(set(raw)))


EXCLUDED = SectionSetKind("sections")


def _fields() -> list[tuple[str, Any, Any]]:
    out: list[tuple[str, Any, Any]] = [
        ("title", str, value(TEXT, ("Deal", "案件名"), "")),
        ("notes", str, value(TEXT, ("Notes", "メモ"), "")),
    ]
    out += [(s.key, Any, s.field()) for s in SECTIONS if s.document is not None]
    out += [
        ("excluded", tuple, value(EXCLUDED, ("Sections left out of the deal", "本件から除外したセクション"), ())),
        ("closures", tuple, rows(Closure, ("Closures the holiday calendar lacks", "休日カレンダーにない休業日"))),
        ("stated", tuple, rows(StatedFigure, ("Figures as the releases state them", "開示資料の記載値"))),
    ]
    return out


class _DealMethods:
    def get(self, path: str) -> Any:
        return schema.get(self, path)

    def with_value(self, path: str, new: Any) -> Any:
        return schema.replace(self, path, new)

    def calendar(self) -> TseCalendar:
        return TseCalendar(tuple(c.day for c in self.closures if isinstance(c.day, dt.date)))  # type: ignore[attr-defined]

    def present(self) -> frozenset[str]:
        """The sections this deal has and does not leave out."""
        return frozenset(s.key for s in SECTIONS if s.always or (
            s.document is not None and getattr(self, s.key) is not None and s.key not in self.excluded))  # type: ignore[attr-defined]

    def with_section(self, key: str, included: bool) -> Any:
        """Take a section in (a default one when it has none) or leave it out,
        keeping its figures."""
        excluded = set(self.excluded)  # type: ignore[attr-defined]
        deal: Any = self
        if included:
            excluded.discard(key)
            if getattr(self, key) is None:
                deal = dataclasses.replace(deal, **{key: schema.fields_of(type(self))[key].section()})
        else:
            excluded.add(key)
        return dataclasses.replace(deal, excluded=tuple(sorted(excluded)))


Deal = dataclasses.make_dataclass("Deal", _fields(), bases=(_DealMethods,), frozen=True)
Deal.__doc__ = "A deal: the issuer, the sections it has, and its own tables."
Deal.__module__ = __name__
field_words(Deal, "")

_d = inputs(Deal, "")
#: the deal's own inputs and tables, shown first on the issuer's tab
SCREEN = (
    Group("deal", ("Deal", "案件"), inputs=(_d.title, _d.notes), long_text=(_d.notes,)),
    *issuer.SECTION.screen,
    TableBox(_d.stated, special="stated"),
    TableBox(_d.closures),
)
TAB = issuer.ISSUER_TAB

try:
    REGISTRY = Registry(SECTIONS, Deal)
except DeclarationError:
    raise


@dataclass(frozen=True)
class Worksheet:
    """Everything computed from one deal."""

    deal: Any
    results: dict[str, Result]
    findings: tuple[Finding, ...] = field(default=())
    #: each check's verdict (by name and row): holds, fails, or None when it cannot be checked
    check_states: dict[tuple[str, int | None], bool | None] = field(default_factory=dict, compare=False)

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.is_error)

    def value(self, name: str) -> Any:
        return self.results[name].value


def row_results(table: str) -> list[RowRule]:
    """The results computed on every row of the table at ``table``."""
    return list(REGISTRY.row_rules.get(table, ()))


def section_of(name: str) -> str:
    """The section a result or check belongs to (row numbers allowed)."""
    return REGISTRY.section_of.get(generic(name), "")


term("field.readable", "Readable entry", "読み取れる入力")
term("field.unreadable", "{reason}", "{reason}")
term("field.required", "Required", "必須項目")
term("field.required.message", "{field} is needed for this section.", "このセクションには{field}が必要です。")
term("section.requires", "A section it goes with", "前提となるセクション")
term("section.requires.message", "{section:term} needs {other:term}: add it to the deal.",
     "{section:term}には{other:term}が必要です。本件に追加してください。")
term("engine.internal", "Internal rule", "内部の計算")
term("engine.internal.message", "{result} could not be computed: {problem}", "{result}を計算できませんでした：{problem}")


def validate(deal: Any) -> list[Finding]:
    """Findings about the inputs alone: unreadable entries, missing required
    fields, and sections without a section they need."""
    present = deal.present()
    found = []
    for path, fi, current in schema.walk(deal):
        top = path.split(".")[0]
        if top in REGISTRY.sections and top not in present:
            continue
        if isinstance(current, Invalid):
            found.append(error(path, "field.readable", message("field.unreadable", reason=current.reason)))
        elif fi.required and current is None:
            found.append(error(path, "field.required", message("field.required.message", field=field_name(path))))
    for section in SECTIONS:
        for other in section.requires:
            if section.key in present and other not in present:
                found.append(error(f"{section.key}", "section.requires",
                                   message("section.requires.message", section=section.key, other=other)))
    return found


def compute(deal: Any) -> Worksheet:
    present = deal.present()
    findings = validate(deal)
    ev = Evaluation(REGISTRY, deal, present, deal.calendar())
    results: dict[str, Result] = {}
    for name, rule in REGISTRY.rules.items():
        if rule.section not in present:
            continue
        try:
            if isinstance(rule, RowRule):
                for i in range(len(ev.rows(rule.table))):
                    found = ev.result(rule, i)
                    results[found.name] = found
                continue
            found = ev.result(rule)
        except Exception as exc:  # noqa: BLE001 - compute never raises
            found = Result(name, rule.unit, None, name)
            findings.append(error(name, "engine.internal", message("engine.internal.message", result=rule.label,
                                                                   problem=repr(exc))))
        if found.value is None and found.blocked_by and _absent(found.blocked_by, present):
            continue  # waits for a section this deal does not have
        results[name] = found
    for check in REGISTRY.checks.values():
        try:
            findings.extend(ev.check_findings(check))
        except Exception as exc:  # noqa: BLE001
            findings.append(error(check.about_path, "engine.internal", message(
                "engine.internal.message", result=check.label, problem=repr(exc))))
    findings.extend(ev.findings)
    findings.extend(_hand_checks(deal, ev))
    findings = list(dict.fromkeys(findings))
    return Worksheet(deal, _with_reasons(deal, results, findings), tuple(findings), ev.check_states())


def _absent(path: str, present: frozenset[str]) -> bool:
    top = path.split(".")[0]
    return top in REGISTRY.sections and top not in present


def _hand_checks(deal: Any, ev: Evaluation) -> list[Finding]:
    def result_of(name: str) -> Any:
        rule = REGISTRY.rules.get(name)
        if rule is None or rule.section not in ev.present:
            return None
        return ev.result(rule).value

    try:
        return (stated_figure_findings(deal, result_of, set(REGISTRY.rules))
                + fiscal_findings(deal, result_of("shares.outstanding_before")))
    except Exception as exc:  # noqa: BLE001 - a check must never take the worksheet down
        return [error("", "engine.internal", message("engine.internal.message", result="cross-checks",
                                                     problem=repr(exc)))]


term("reason.waits_for", "Waits for {result:term}: {reason}", "{result:term}の計算待ち：{reason}")
term("reason.field_error", "{field}: {problem}", "{field}：{problem}")
term("reason.blank", "{field} is blank.", "{field}が空欄です。")
term("reason.corrected", "{field} must be corrected first.", "先に{field}を修正してください。")


def _with_reasons(deal: Any, results: dict[str, Result], findings: list[Finding]) -> dict[str, Result]:
    """Say in words why each blank result is blank."""
    first_error: dict[str, Message] = {}
    for f in findings:
        if f.is_error:
            first_error.setdefault(f.path, f.said)

    def reason(found: Result, depth: int = 0) -> Message:
        if found.reason:
            return found.reason
        path = found.blocked_by or ""
        other = results.get(path)
        if other is not None and other is not found and depth < 20:
            return message("reason.waits_for", result=generic(path), reason=reason(other, depth + 1))
        name = field_name(path)
        if path in first_error:
            return message("reason.field_error", field=name, problem=first_error[path])
        current = deal.get(path) if _is_path(path) else None
        if isinstance(current, Invalid):
            return message("reason.field_error", field=name, problem=current.reason)
        if current is None or current == "":
            return message("reason.blank", field=name)
        return message("reason.corrected", field=name)

    return {name: found if found.value is not None else dataclasses.replace(found, reason=reason(found))
            for name, found in results.items()}


def _is_path(path: str) -> bool:
    try:
        schema.field_info_at(Deal, path)
        return True
    except (KeyError, AttributeError, IndexError, ValueError):
        return False


def flat_value(found: Any) -> Any:
    """A value as JSON: Decimal and dates as strings, words in English."""
    if isinstance(found, Decimal):
        return format(found, "f")
    if isinstance(found, dt.date):
        return found.isoformat()
    if isinstance(found, (Words, Message)):
        return found.text("en") if isinstance(found, Words) else found.text()
    return found


def flatten(ws: Worksheet) -> dict[str, Any]:
    """Every input and result as one flat mapping keyed by stable dotted names."""
    out: dict[str, Any] = {}
    for path, fi, current in schema.walk(ws.deal):
        out[path] = fi.kind.to_json(current) if fi.kind else current
    for name, res in ws.results.items():
        out[name] = flat_value(res.value)
    return out


__all__ = ["CATALOGUE", "Closure", "Deal", "REGISTRY", "SCHEMA_VERSION", "Worksheet", "compute", "flatten",
           "validate"]
