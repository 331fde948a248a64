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
import functools
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from worksheet import schema
from worksheet.calendar import TseCalendar
from worksheet.checks import StatedFigure, fiscal_findings, stated_figure_findings
from worksheet.engine import Evaluation, Result
from worksheet.findings import Finding, Severity, error
from worksheet.kinds import DATE, TEXT, Invalid, Kind, KindError
from worksheet.literals import description
from worksheet.naming import field_name, generic
from worksheet.registry import DeclarationError, Registry
from worksheet import issuer
from worksheet.rules import Group, RowRule, TableBox, field_words, inputs
from worksheet.schema import rows, value
from worksheet.sections import SECTIONS
from worksheet.words import CATALOGUE, Message, Words, message, term

SCHEMA_VERSION = 3  # 2: sections can be left out without losing their figures ("excluded"); 3: the merger's
#                   tests on their legal basis (see dealfile.migrate), share exchanges, treasury disposal, global
#                   offering, book-building, secondary offering and third-party allotment, absent by default


@dataclass(frozen=True)
class Closure:
    day: dt.date | None = value(DATE, ("Date", "日付"), required=True)
    name: str = value(TEXT, ("Reason", "理由"), "")


EXPECTED_SECTIONS = term("kinds.expected_sections", "expected a list of sections out of {sections}, found {found}",
                         "{sections}から選んだセクションのリストが必要ですが、{found}でした")


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
        if raw is None:  # blank: no section left out
            return ()
        keys = {s.key for s in SECTIONS if s.document is not None and not s.always}
        if not isinstance(raw, list) or not all(isinstance(k, str) and k in keys for k in raw):
            raise KindError(message(EXPECTED_SECTIONS, sections=", ".join(sorted(keys)), found=description(raw)))
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
    #: each check's verdicts by row (None: a check of no row): holds, fails, or None
    #: when it cannot be checked
    verdicts: dict[str, dict[int | None, bool | None]] = field(default_factory=dict, compare=False)
    #: the findings of each declared check
    by_check: dict[str, tuple[Finding, ...]] = field(default_factory=dict, compare=False)

    @functools.cached_property
    def check_states(self) -> dict[tuple[str, int | None], bool | None]:
        """Each check's verdict by (name, row)."""
        return {(name, row): state for name, states in self.verdicts.items() for row, state in states.items()}

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


_INPUT_CHECKS = ("field.readable", "field.required")


def validate(deal: Any, previous: "Worksheet | None" = None) -> list[Finding]:
    """Findings about the inputs alone: unreadable entries, missing required
    fields, and sections without a section they need. A part of the deal the
    same as in ``previous`` (a section, a table, a row) keeps the findings it
    had there."""
    present = deal.present()
    kept: dict[str, list[Finding]] = {}
    if previous is not None:
        for f in previous.findings:
            if f.check in _INPUT_CHECKS:
                kept.setdefault(f.path.split(".")[0], []).append(f)
    found = []
    for name, info in schema.fields_of(Deal).items():
        if name in REGISTRY.sections and name not in present:
            continue
        part = getattr(deal, name)
        before = getattr(previous.deal, name) if previous is not None else _MISSING
        if part is before:
            found.extend(kept.get(name, ()))
        elif info.section is not None and part is not None and before is not _MISSING and before is not None:
            found.extend(_section_findings(part, before, name, kept.get(name, ())))
        else:
            found.extend(_input_findings(deal, name))
    for section in SECTIONS:
        for other in section.requires:
            if section.key in present and other not in present:
                found.append(error(f"{section.key}", "section.requires",
                                   message("section.requires.message", section=section.key, other=other)))
    return found


_MISSING = object()


def _section_findings(part: Any, before: Any, name: str, kept: Any) -> list[Finding]:
    """A section's input findings after an edit: a table or a row that is the
    same object as before keeps its findings."""
    by_field: dict[str, list[Finding]] = {}
    for f in kept:
        by_field.setdefault(f.path.split(".")[1], []).append(f)
    found: list[Finding] = []
    for key, info in schema.fields_of(type(part)).items():
        now, then = getattr(part, key), getattr(before, key)
        prefix = f"{name}.{key}"
        if info.row is None:
            if now is then or now == then and type(now) is type(then):
                found.extend(by_field.get(key, ()))
            else:
                found.extend(_to_findings((p, fi, v) for p, fi, v in [(prefix, info, now)]
                                          if isinstance(v, Invalid) or (v is None and fi.required)))
            continue
        if now is then:
            found.extend(by_field.get(key, ()))
            continue
        same_length = len(now) == len(then)
        old_rows: dict[int, list[Finding]] = {}
        for f in by_field.get(key, ()):
            old_rows.setdefault(int(f.path.split(".")[2]), []).append(f)
        for i, row in enumerate(now):
            if same_length and row is then[i]:
                found.extend(old_rows.get(i, ()))
            else:
                found.extend(_to_findings(schema.needing_attention(row, f"{prefix}.{i}.")))
    return found


def _input_findings(deal: Any, name: str) -> list[Finding]:
    part = getattr(deal, name)
    info = schema.fields_of(Deal)[name]
    if info.kind is not None:
        items = [(name, info, part)] if isinstance(part, Invalid) or (part is None and info.required) else []
    elif info.row is not None:
        items = [item for i, row in enumerate(part) for item in schema.needing_attention(row, f"{name}.{i}.")]
    else:
        items = list(schema.needing_attention(part, f"{name}.")) if part is not None else []
    return _to_findings(items)


def _to_findings(items: Any) -> list[Finding]:
    found = []
    for path, fi, current in items:
        if isinstance(current, Invalid):
            found.append(error(path, "field.readable", message("field.unreadable", reason=current.reason)))
        elif fi.required and current is None:
            found.append(error(path, "field.required", message("field.required.message", field=field_name(path))))
    return found


def changed_roots(before: Worksheet, deal: Any) -> frozenset[str]:
    """What differs between the deal of ``before`` and ``deal``, as the roots
    of :attr:`Registry.roots`: input paths, tables, closures, presence."""
    changed: set[str] = set()
    old = before.deal
    changed |= {"present:" + key for key in old.present() ^ deal.present()}
    for name, info in schema.fields_of(Deal).items():
        a, b = getattr(old, name), getattr(deal, name)
        if a is b:
            continue
        if info.section is None:
            changed.add(name)
            continue
        if a is None or b is None:
            changed |= {f"{name}.{key}" for key in schema.fields_of(info.section)}
            continue
        for key, sub in schema.fields_of(info.section).items():
            x, y = getattr(a, key), getattr(b, key)
            if x is not y and (sub.row is not None or x != y or type(x) is not type(y)):
                changed.add(f"{name}.{key}")
    return frozenset(changed)


def changed_rows(before: Any, deal: Any, tables: Any) -> dict[str, set[int]]:
    """For each of ``tables`` that kept its length, the rows an edit changed."""
    out: dict[str, set[int]] = {}
    for table in tables:
        then, now = schema.get(before, table), schema.get(deal, table)
        if then is not None and now is not None and len(then) == len(now):
            out[table] = {i for i, (a, b) in enumerate(zip(then, now)) if a is not b}
    return out


def compute(deal: Any, previous: Worksheet | None = None) -> Worksheet:
    """Every result and finding of ``deal``. With ``previous`` (the worksheet
    of the deal before an edit), what the edit did not touch is taken from
    it instead of computed again: the same figures, sooner. A table's row
    that is the same object as before keeps its own results and checks."""
    present = deal.present()
    reuse: dict[str, Result] = {}
    reuse_checks: dict[str, dict[int | None, bool | None]] = {}
    reuse_findings: dict[str, tuple[Finding, ...]] = {}
    if previous is not None:
        changed = changed_roots(previous, deal)
        roots, local = REGISTRY.roots, REGISTRY.row_local
        rows = changed_rows(previous.deal, deal, {t for t in changed if t in local.values()})
        for name, found in previous.results.items():
            key = generic(name)
            hit = roots[key] & changed
            if not hit or (local.get(key) in rows and hit == {local[key]}
                           and int(name.split(".")[-2]) not in rows[local[key]]):
                reuse[name] = found
        for name, states in previous.verdicts.items():
            hit = roots[name] & changed
            if not hit:
                reuse_checks[name] = states
                reuse_findings[name] = previous.by_check.get(name, ())
            elif local.get(name) in rows and hit == {local[name]}:
                kept = reuse_checks[name] = dict(states)
                for row in rows[local[name]]:
                    kept.pop(row, None)
    findings = validate(deal, previous)
    ev = Evaluation(REGISTRY, deal, present, deal.calendar(), reuse=reuse, reuse_checks=reuse_checks)
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
    by_check: dict[str, tuple[Finding, ...]] = {}
    for check in REGISTRY.checks.values():
        if check.name in reuse_findings and check.section in present:
            by_check[check.name] = reuse_findings[check.name]
        else:
            try:
                by_check[check.name] = tuple(ev.check_findings(check))
            except Exception as exc:  # noqa: BLE001
                by_check[check.name] = (error(check.about_path, "engine.internal", message(
                    "engine.internal.message", result=check.label, problem=repr(exc))),)
        findings.extend(by_check[check.name])
    findings.extend(Finding(Severity.ERROR, name, "engine.computable", r.reason) for name, r in results.items()
                    if r.reason is not None and r.reason.key == "engine.cannot_compute")
    findings.extend(_hand_checks(deal, ev))
    findings = list(dict.fromkeys(findings))
    return Worksheet(deal, _with_reasons(deal, results, findings), tuple(findings), ev.verdicts(), by_check)


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
        if f.is_error and f.check != "field.required":  # a blank required field is said to be blank below
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
        if current is None or current == "" or current == ():  # a table with no rows is blank too
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
