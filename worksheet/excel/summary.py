"""The Summary sheet: the deal, the issuer and the share count (the sections
without a sheet of their own), the key figures linked to where they are
computed, and how many findings the checks made."""

from __future__ import annotations

from openpyxl.formatting.rule import CellIsRule
from openpyxl.worksheet.hyperlink import Hyperlink

from worksheet import schema
from worksheet.deal import REGISTRY
from worksheet.excel import styles
from worksheet.excel.book import Book
from worksheet.excel.plan import FINDINGS_TABLE, SUMMARY, sheet_of
from worksheet.excel.printer import text_literal
from worksheet.excel.sections import write_results_and_checks
from worksheet.excel.sheet import CHECK, ITEM, VALUE, Sheet
from worksheet.findings import Severity
from worksheet.rules import Rule
from worksheet.sections import banners_raised
from worksheet.summary import KEY_FIGURES


def _subtitle(issuer) -> str:  # noqa: ANN001
    code = f"({issuer.securities_code})" if issuer.securities_code else ""
    return "  ".join(part for part in (issuer.name, issuer.name_ja, code) if part)


def _illustrative(deal) -> bool:  # noqa: ANN001
    return bool(banners_raised(deal))


def summary_sheet(book: Book) -> None:
    cat, ws = book.cat, book.worksheet
    deal = ws.deal
    s = Sheet(book, SUMMARY)
    notes = ((cat("illustrative"), styles.SUBTITLE),) if _illustrative(deal) else ()
    s.title(deal.title or cat.heading("summary"), _subtitle(deal.issuer), notes + ((cat("inputs_note"), styles.NOTE),))
    if notes:
        s.cell(3, ITEM).font = styles.ILLUSTRATIVE_FONT
    s.header()

    s.block(cat.heading("deal"))
    fields = schema.fields_of(REGISTRY.deal_cls)
    s.input_row("title", fields["title"], deal.title)
    s.input_row("notes", fields["notes"], deal.notes, merge=True)

    s.block(cat.text("issuer"))
    for name, info in schema.fields_of(type(deal.issuer)).items():
        if info.kind is not None:
            s.input_row(f"issuer.{name}", info, getattr(deal.issuer, name))
    write_results_and_checks(s, SUMMARY)
    _key_figures(s)
    _finding_counts(s)
    s.finish(deal, one_page=True)


def _key_figures(s: Sheet) -> None:
    ws, cat, plan = s.book.worksheet, s.cat, s.book.plan
    inputs = {path: (info, value) for path, info, value in schema.walk(ws.deal)}
    rows = []
    for item, _ in KEY_FIGURES.items:
        if isinstance(item, Rule):
            if item.name in ws.results and sheet_of(item.section) != SUMMARY:
                rows.append(item)
        elif item.section in plan.present and item.path in inputs:
            rows.append(item)
    if not rows:
        return
    s.block(cat.text("glance.key_figures"))
    for item in rows:
        if isinstance(item, Rule):
            found = ws.results[item.name]
            label, unit, value = cat.text(KEY_FIGURES.label_key(item)), found.unit, found.value
            number_format = s.result_format(item.name, value)
            sheet = cat.sheet(sheet_of(item.section))
            name = item.name
        else:
            info, value = inputs[item.path]
            label, unit, name = cat.text(KEY_FIGURES.label_key(item)), info.kind.unit, item.path
            number_format = styles.input_format(info.kind, value)
            sheet = cat.sheet(sheet_of(item.section))
        s.reference_row(name, label, unit, value, sheet, number_format, is_input=not isinstance(item, Rule))


def _finding_counts(s: Sheet) -> None:
    cat, findings = s.cat, s.book.worksheet.findings
    column = s.book.plan.tables[FINDINGS_TABLE].column("severity")
    s.block(cat.heading("findings"))
    for key, severity in (("errors", Severity.ERROR), ("warnings", Severity.WARNING)):
        s.text(s.row, ITEM, cat(key), styles.LABEL)
        count = sum(1 for f in findings if f.severity is severity)
        label = cat.text(f"severity.{severity.value}")
        cell = s.formula(s.row, VALUE, f"=COUNTIF({column},{text_literal(label)})", count, number_format=styles.WHOLE)
        s.ws.conditional_formatting.add(cell.coordinate, CellIsRule(operator="greaterThan", formula=["0"],
                                                                    font=styles.BAD_FONT, fill=styles.BAD_FILL))
        link = s.text(s.row, CHECK, cat("see_sheet", sheet=cat.sheet("checks")), styles.NOTE)
        link.hyperlink = Hyperlink(ref=link.coordinate, location=f"'{cat.sheet('checks')}'!A1", display=link.value)
        s.row += 1
