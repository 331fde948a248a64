"""Why a result is blank, in words, from what the core says it waits for."""

from __future__ import annotations

from worksheet import schema
from worksheet.deal import Deal, Worksheet
from worksheet.engine import RULES
from worksheet.excel.labels import Catalogue
from worksheet.excel.live_checks import CHECKS
from worksheet.kinds import Invalid


def field_label(path: str, cat: Catalogue) -> str:
    """An input's label; a table cell's names its table and row."""
    parts = path.split(".")
    info = schema.field_info_at(Deal, path)
    label = cat.input_label(path, info.label)
    for i, part in enumerate(parts):
        if part.isdigit():
            table = schema.field_info_at(Deal, ".".join(parts[:i]))
            return cat("row_label", table=cat.input_label(".".join(parts[:i]), table.label),
                       row=int(part) + 1, field=label)
    return label


def _check_of(result: str) -> str | None:
    for check in CHECKS.values():
        if check.result == result:
            return check.name
    return None


def broken_message(ws: Worksheet, name: str, cat: Catalogue) -> str:
    """What a rule that left its own result blank says."""
    check = _check_of(name)
    if check is not None and CHECKS[check].state(ws) is False:
        return CHECKS[check].message(cat.check_message(check), ws)
    for finding in ws.findings:
        if finding.path == name:
            return finding.message
    return cat("generic_blank")


def why_blank(ws: Worksheet, name: str, cat: Catalogue) -> str:
    """Why ``name`` is blank in the deal as exported."""
    found = ws.results[name]
    path = found.blocked_by
    if not path:
        return cat("generic_blank")
    if path in RULES:
        if path == name:
            return broken_message(ws, name, cat)
        other = ws.results.get(path)
        label = cat.result_label(path, RULES[path].label)
        if other is not None and other.blocked_by == path:
            return cat("waits_for", label=label, message=broken_message(ws, path, cat))
        return cat("waits_for_blank", label=label)
    try:
        label = field_label(path, cat)
    except (KeyError, AttributeError):
        return cat("generic_blank")
    current = ws.deal.get(path)
    if current is None or current == "":
        return cat("needs", label=label)
    if isinstance(current, Invalid):
        return cat("unreadable", label=label, reason=current.reason)
    for finding in ws.findings:
        if finding.path == path and finding.is_error:
            return cat("input_finding", label=label, message=finding.message)
    return cat("generic_blank")
