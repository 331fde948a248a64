"""The Summary sheet: the deal, the issuer, the key figures, the share count
and the dilution, and how many findings the checks made."""

from __future__ import annotations

from openpyxl.formatting.rule import CellIsRule
from openpyxl.worksheet.hyperlink import Hyperlink

from worksheet import schema
from worksheet.deal import Deal
from worksheet.excel import styles
from worksheet.excel.book import Book
from worksheet.excel.expressions import text_literal
from worksheet.excel.plan import FINDINGS_TABLE, KEY_FIGURES, sheet_of
from worksheet.excel.reasons import field_label
from worksheet.excel.sheet import CHECK, ITEM, Sheet, VALUE
from worksheet.findings import Severity
from worksheet.issuer import Issuer

DILUTION = ("shares.dilution", "shares.dilution_as_stated", "shares.dilution_over_issued")


def _subtitle(issuer: Issuer) -> str:
    code = f"({issuer.securities_code})" if issuer.securities_code else ""
    return "  ".join(part for part in (issuer.name, issuer.name_ja, code) if part)


def _illustrative(deal: Deal) -> bool:
    return bool((deal.offering and deal.offering.pricing_illustrative)
                or (deal.merger and deal.merger.prices_illustrative))


def summary_sheet(book: Book) -> None:
    cat, ws = book.cat, book.worksheet
    deal = ws.deal
    s = Sheet(book, "summary")
    notes = ((cat("illustrative"), styles.SUBTITLE),) if _illustrative(deal) else ()
    s.title(deal.title or cat.heading("summary"), _subtitle(deal.issuer), notes + ((cat("inputs_note"), styles.NOTE),))
    if notes:
        s.cell(3, ITEM).font = styles.ILLUSTRATIVE_FONT
    s.header()

    s.block(cat.heading("deal"))
    fields = schema.fields_of(Deal)
    s.input_row("title", fields["title"], deal.title)
    s.input_row("notes", fields["notes"], deal.notes, merge=True)

    s.block(cat.heading("issuer"))
    for name, info in schema.fields_of(Issuer).items():
        if info.kind is not None:
            s.input_row(f"issuer.{name}", info, getattr(deal.issuer, name))

    _key_figures(s)
    bridge = [r for r in book.plan.results_of_sheet["summary"] if r not in DILUTION]
    if bridge:
        s.block(cat.heading("share_bridge"))
        for name in bridge:
            s.result_row(name)
    dilution = [r for r in DILUTION if r in ws.results]
    if dilution:
        s.block(cat.heading("dilution"))
        for name in dilution:
            s.result_row(name)
    _finding_counts(s)
    s.finish(deal, one_page=True)


def _key_figures(s: Sheet) -> None:
    ws, cat = s.book.worksheet, s.cat
    inputs = dict((path, (info, value)) for path, info, value in schema.walk(ws.deal))
    rows = [name for name in KEY_FIGURES if name in ws.results or name in inputs]
    if not rows:
        return
    s.block(cat.heading("key_figures"))
    for name in rows:
        if name in ws.results:
            found = ws.results[name]
            label, unit, value = cat.result_label(name, found.label), found.unit, found.value
            number_format = styles.result_format(name, unit, value)
        else:
            info, value = inputs[name]
            label, unit = field_label(name, cat), info.kind.unit
            number_format = styles.input_format(info.kind, value)
        sheet = cat.sheet(sheet_of(name) if name in ws.results else name.split(".")[0])
        s.reference_row(name, label, unit, value, sheet, number_format)


def _finding_counts(s: Sheet) -> None:
    cat, findings = s.cat, s.book.worksheet.findings
    column = s.book.plan.tables[FINDINGS_TABLE].column("severity")
    s.block(cat.heading("findings"))
    for key, severity in (("errors", Severity.ERROR), ("warnings", Severity.WARNING)):
        s.text(s.row, ITEM, cat(key), styles.LABEL)
        count = sum(1 for f in findings if f.severity is severity)
        cell = s.formula(s.row, VALUE, f"=COUNTIF({column},{text_literal(cat(severity.value))})", count,
                         number_format=styles.WHOLE)
        s.ws.conditional_formatting.add(cell.coordinate, CellIsRule(operator="greaterThan", formula=["0"],
                                                                    font=styles.BAD_FONT, fill=styles.BAD_FILL))
        link = s.text(s.row, CHECK, cat("see_sheet", sheet=cat.sheet("checks")), styles.NOTE)
        link.hyperlink = Hyperlink(ref=link.coordinate, location=f"'{cat.sheet('checks')}'!A1", display=link.value)
        s.row += 1
