"""What the workbook of one deal holds, decided before a cell is written:
its sheets (from the section list), the sheet of each result and check,
its Excel tables and every defined name, so that a formula on the Summary
can name a cell of the Merger sheet."""

from __future__ import annotations

from dataclasses import dataclass
from worksheet import schema
from worksheet.deal import REGISTRY, Worksheet
from worksheet.excel.printer import Table, check_name
from worksheet.excel.wording import Wording
from worksheet.naming import generic
from worksheet.rules import Check, RowCheck, RowRule, Rule
from worksheet.sections import SECTIONS
from worksheet.words import CATALOGUE

SUMMARY, FISCAL, CALENDAR, CHECKS = "summary", "fiscal", "calendar", "checks"
HOLIDAYS_TABLE = "holidays"
HOLIDAY_COLUMNS = ("date", "day", "closure", "source")
FINDINGS_TABLE = "findings"
FINDING_COLUMNS = ("severity", "field", "rule", "message", "name")
STATED_EXTRA = ("computed",)


def table_name(path: str) -> str:
    """An Excel table's name from its dotted path: ``merger.price_history`` ->
    ``MergerPriceHistory``."""
    return "".join(part.capitalize() for piece in path.split(".") for part in piece.split("_"))


@dataclass
class Plan:
    worksheet: Worksheet
    language: str
    cat: Wording
    present: frozenset[str]
    sheets: tuple[str, ...]
    results_of_sheet: dict[str, tuple[Rule, ...]]
    checks_of_sheet: dict[str, tuple[Check, ...]]
    tables_of_sheet: dict[str, tuple[str, ...]]
    tables: dict[str, Table]
    row_counts: dict[str, int]
    names: set[str]
    barring: dict[str, list[Check]]
    holidays: str
    blank: str
    choices: dict[str, dict[str, str]]

    def choice_label(self, generic_path: str, stored: str) -> str:
        return self.choices[generic_path][stored]

    def row_rules(self, table: str) -> list[RowRule]:
        return [r for r in REGISTRY.row_rules.get(table, ()) if r.section in self.present]

    def row_checks(self, table: str) -> list[RowCheck]:
        return [c for c in REGISTRY.checks.values() if isinstance(c, RowCheck) and c.table == table
                and c.section in self.present]


def sheet_of(section: str) -> str:
    found = REGISTRY.sections[section]
    return section if found.sheet is not None else SUMMARY


def _choices(cls: type, cat: Wording, prefix: str = "") -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for name, fi in schema.fields_of(cls).items():
        path = f"{prefix}{name}"
        if fi.section is not None:
            out.update(_choices(fi.section, cat, path + "."))
        elif fi.row is not None:
            out.update(_choices(fi.row, cat, path + "."))
        elif hasattr(fi.kind, "choices"):
            out[path] = {stored: cat.text(f"{path}.{stored}") if f"{path}.{stored}" in CATALOGUE else label
                         for stored, label in fi.kind.choices}  # type: ignore[union-attr]
    return out


def _input_table(path: str, rows: int, cat: Wording, plan_rules: list[RowRule], plan_checks: list[RowCheck]) -> Table:
    info = schema.field_info_at(REGISTRY.deal_cls, path)
    headings = {name: cat.text(f"{generic(path)}.{name}") for name in schema.fields_of(info.row)}
    for rule in plan_rules:
        headings[rule.column] = cat.text(rule.name)
    for check in plan_checks:
        headings[check.name.rsplit(".", 1)[1]] = cat.text(check.name)
    if path == "stated":
        headings["computed"] = cat("computed")
    return Table(table_name(path), headings, rows)


def make_plan(ws: Worksheet, language: str = "en") -> Plan:
    deal, cat = ws.deal, Wording(language)
    present = deal.present()
    section_sheets = [s.key for s in SECTIONS if s.key in present and s.sheet is not None]
    fiscal = bool(deal.issuer.fiscal_years)
    sheets = (SUMMARY,) + ((FISCAL,) if fiscal else ()) + tuple(section_sheets) + (CALENDAR, CHECKS)

    results: dict[str, list[Rule]] = {key: [] for key in sheets}
    checks: dict[str, list[Check]] = {key: [] for key in sheets}
    for rule in REGISTRY.rules.values():
        if rule.name in ws.results and not isinstance(rule, RowRule):
            results[sheet_of(rule.section)].append(rule)
    for check in REGISTRY.checks.values():
        if check.section in present and not isinstance(check, RowCheck):
            checks[sheet_of(check.section)].append(check)

    tables_of_sheet: dict[str, list[str]] = {key: [] for key in sheets}
    row_counts: dict[str, int] = {}
    for section in SECTIONS:
        if section.key not in present or section.document is None:
            continue
        for name, info in schema.fields_of(section.document).items():
            if info.row is not None:
                path = f"{section.key}.{name}"
                row_counts[path] = len(getattr(getattr(deal, section.key), name))
                target = FISCAL if path == "issuer.fiscal_years" else sheet_of(section.key)
                if target in tables_of_sheet:
                    tables_of_sheet[target].append(path)
    row_counts["closures"] = len(deal.closures)
    row_counts["stated"] = len(deal.stated)

    tables: dict[str, Table] = {}
    for path, rows in row_counts.items():
        rules = [r for r in REGISTRY.row_rules.get(path, ()) if r.section in present]
        row_checks = [c for c in REGISTRY.checks.values() if isinstance(c, RowCheck) and c.table == path
                      and c.section in present]
        tables[path] = _input_table(path, rows, cat, rules, row_checks)
    tables[HOLIDAYS_TABLE] = Table("Holidays", {k: cat(k) for k in HOLIDAY_COLUMNS}, 1)
    tables[FINDINGS_TABLE] = Table("Findings", {k: cat(k) for k in FINDING_COLUMNS}, len(ws.findings))

    names: set[str] = {path for path, _, _ in schema.walk(deal) if path.split(".")[0] in present
                       or path.split(".")[0] not in REGISTRY.sections}
    names |= set(ws.results)
    for sheet_checks in checks.values():
        names |= {check_name(c) for c in sheet_checks}
    for path, rows in row_counts.items():
        for check in REGISTRY.checks.values():
            if isinstance(check, RowCheck) and check.table == path and check.section in present:
                names |= {check_name(check, i) for i in range(rows)}

    return Plan(
        worksheet=ws, language=language, cat=cat, present=present, sheets=sheets,
        results_of_sheet={k: tuple(v) for k, v in results.items()},
        checks_of_sheet={k: tuple(v) for k, v in checks.items()},
        tables_of_sheet={k: tuple(v) for k, v in tables_of_sheet.items()},
        tables=tables, row_counts=row_counts, names=names, barring=REGISTRY.barring,
        holidays=tables[HOLIDAYS_TABLE].column("date"), blank=cat("blank"), choices=_choices(REGISTRY.deal_cls, cat))


__all__ = ["Plan", "make_plan", "sheet_of", "table_name"]
