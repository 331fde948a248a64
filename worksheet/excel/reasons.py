"""What a check's cell and a blank result's reason show in the deal as
exported: the core's verdicts, in the workbook's language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from worksheet.rules import Check

if TYPE_CHECKING:
    from worksheet.excel.book import Book


def why_blank(book: "Book", name: str) -> str:
    """Why the result ``name`` is blank, in words."""
    found = book.worksheet.results[name]
    if found.reason is None:
        return book.plan.blank
    return found.reason.text(book.cat.language)


def check_text(book: "Book", check: Check, row: int | None = None) -> str:
    """OK, the message of the failing check, or the blank mark when it
    cannot be checked: what the check's cell shows."""
    ws = book.worksheet
    state = ws.check_states.get((check.name, row))
    if state is None:
        return book.plan.blank
    if state:
        return "OK"
    path = check.about_path
    if row is not None:
        path = path.replace("*", str(row)) if "*" in path else f"{check.table}.{row}"
    for finding in ws.findings:
        if finding.check == check.name and finding.path == path:
            return finding.text(book.cat.language)
    return book.plan.blank
