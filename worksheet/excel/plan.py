"""What the workbook of one deal holds, decided before a cell is written:
its sheets, the sheet of each result, its Excel tables and every defined
name, so that a formula on the Summary can name a cell of the Merger sheet.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from worksheet import schema
from worksheet.deal import Deal, Worksheet, validate
from worksheet.excel.expressions import Refs, Table
from worksheet.excel.labels import Catalogue
from worksheet.excel.live_checks import CHECKS, present
from worksheet.kinds import ChoiceKind

# Sheet keys in workbook order; the sections a deal may lack are left out.
SHEET_ORDER = ("summary", "fiscal", "offering", "over_allotment", "schedule", "proceeds", "merger",
               "calendar", "checks")
SHEET_OF_PREFIX = {"shares": "summary", "offering": "offering", "schedule": "schedule",
                   "over_allotment": "over_allotment", "allotment": "over_allotment",
                   "proceeds": "proceeds", "merger": "merger"}
# Input tables on the section sheets, in the order they are written.
TABLES_OF_SHEET = {"fiscal": ("issuer.fiscal_years",), "proceeds": ("proceeds.lines", "proceeds.facility_plan"),
                   "merger": ("merger.holders", "merger.price_history")}
ALLOCATIONS = "merger.holder_allocations"
ALLOCATION_KEYS = ("holder", "shares_held", "shares_received", "fraction", "units", "odd_lot", "top_up")
EXTRA_COLUMNS = {"merger.price_history": ("in_window",), "stated": ("computed",)}
KEY_FIGURES = (
    "offering.offer_price_checked", "offering.gross_proceeds", "offering.total_amount_paid",
    "offering.stated_capital_increase", "allotment.shares_taken_up", "allotment.stated_capital_increase",
    "proceeds.net_proceeds", "schedule.pricing_date", "schedule.payment_date", "schedule.delivery_date",
    "merger.shares_delivered", "merger.average_close", "merger.simplified_merger", "merger.short_form_merger",
)
HOLIDAYS_TABLE = "holidays"
HOLIDAY_COLUMNS = ("date", "day", "closure", "source")
FINDINGS_TABLE = "findings"
FINDING_COLUMNS = ("severity", "field", "rule", "message", "name")


@dataclass(frozen=True)
class Plan:
    sheets: tuple[str, ...]
    results_of_sheet: dict[str, tuple[str, ...]]
    tables: dict[str, Table]
    checks: tuple[str, ...]
    refs: Refs


def sheet_of(result: str) -> str:
    return SHEET_OF_PREFIX.get(result.split(".")[0], "summary")


def _rows_info(path: str) -> schema.FieldInfo:
    return schema.field_info_at(Deal, path)


def _input_table(path: str, rows: int, cat: Catalogue) -> Table:
    fields = schema.fields_of(_rows_info(path).row)
    headings = {name: cat.input_label(f"{path}.*.{name}", fi.label) for name, fi in fields.items()}
    for extra in EXTRA_COLUMNS.get(path, ()):
        headings[extra] = cat.columns.get(extra) or cat(extra)
    return Table(cat.tables[path], headings, rows)


def _choices(cls: type, cat: Catalogue, prefix: str = "") -> dict[str, dict[str, str]]:
    """Each choice field (row indexes left out of its path): stored value -> label."""
    out: dict[str, dict[str, str]] = {}
    for name, fi in schema.fields_of(cls).items():
        if fi.section is not None:
            out.update(_choices(fi.section, cat, f"{prefix}{name}."))
        elif fi.row is not None:
            out.update(_choices(fi.row, cat, f"{prefix}{name}."))
        elif isinstance(fi.kind, ChoiceKind):
            out[f"{prefix}{name}"] = {stored: cat.choice_label(fi.kind, stored) for stored, _ in fi.kind.choices}
    return out


def allocation_rows(ws: Worksheet) -> int:
    found = ws.results.get(ALLOCATIONS)
    if found is None:
        return 0
    if found.value is not None:
        return len(found.value)
    return max(1, len(ws.deal.merger.holders))


def make_plan(ws: Worksheet, cat: Catalogue) -> Plan:
    deal = ws.deal
    sheets = tuple(key for key in SHEET_ORDER
                   if key in ("summary", "calendar", "checks")
                   or (key == "fiscal" and deal.issuer.fiscal_years)
                   or (key not in ("fiscal",) and getattr(deal, key, None) is not None))
    # A result is placed on its section's sheet; one of a section the deal
    # lacks (the core may state one that reads only optional inputs) is not.
    results_of_sheet: dict[str, list[str]] = {key: [] for key in sheets}
    for name in ws.results:
        if sheet_of(name) in results_of_sheet:
            results_of_sheet[sheet_of(name)].append(name)
    placed = {name for names in results_of_sheet.values() for name in names}

    tables: dict[str, Table] = {}
    for key in sheets:
        for path in TABLES_OF_SHEET.get(key, ()):
            tables[path] = _input_table(path, len(deal.get(path) or ()), cat)
    tables["stated"] = _input_table("stated", len(deal.stated), cat)
    if ALLOCATIONS in ws.results:
        tables[ALLOCATIONS] = Table(cat.tables[ALLOCATIONS], {k: cat.columns[k] for k in ALLOCATION_KEYS},
                                    allocation_rows(ws))
    tables[HOLIDAYS_TABLE] = Table(cat.tables["holidays"], {k: cat(k) for k in HOLIDAY_COLUMNS}, 1)
    tables[FINDINGS_TABLE] = Table(cat.tables["findings"], {k: cat(k) for k in FINDING_COLUMNS}, len(ws.findings))

    checks = tuple(name for name, check in CHECKS.items()
                   if present(check, ws) and (check.result is None or check.result in placed))
    inputs: dict[str, Any] = {path: current for path, _, current in schema.walk(deal)}
    names = set(inputs) | (placed - {ALLOCATIONS}) | {f"check.{c}" for c in checks}
    for row in range(allocation_rows(ws)):
        names |= {f"{ALLOCATIONS}.{row}.{key}" for key in ALLOCATION_KEYS}
    refs = Refs(
        names=names, inputs=inputs, tables=tables, choices=_choices(Deal, cat),
        rejected={f.path for f in validate(deal) if f.is_error},
        blank=cat("blank"), ok=cat("ok"), holidays=tables[HOLIDAYS_TABLE].column("date"))
    return Plan(sheets, {k: tuple(v) for k, v in results_of_sheet.items()}, tables, checks, refs)


def rows_path_fields(path: str) -> dict[str, schema.FieldInfo]:
    return schema.fields_of(_rows_info(path).row)
