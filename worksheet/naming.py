"""Names of fields and results as a reader sees them: a label from the
catalogue, and for a table's cell its table, row number and column."""

from __future__ import annotations

from typing import Any

from worksheet.words import CATALOGUE, Message, message, term

term("field.row", "{table:term}, row {row}", "{table:term} {row}行目")
term("field.row_cell", "{table:term}, row {row}: {column:term}", "{table:term} {row}行目：{column:term}")


def generic(path: str) -> str:
    """A dotted path with its row numbers left out: the catalogue's key
    (``proceeds.facility_plan.2.paid`` -> ``proceeds.facility_plan.paid``)."""
    return ".".join(part for part in path.split(".") if not part.isdigit())


def field_name(path: str) -> Any:
    """The name of the input or result at ``path``, to be printed in any
    language: the words of its label, or a message naming a table's row and
    column; the path itself when the catalogue has no words for it."""
    parts = path.split(".")
    rows = [i for i, part in enumerate(parts) if part.isdigit()]
    if rows:
        index = rows[-1]
        table = generic(".".join(parts[:index]))
        column = generic(".".join(parts[:index] + parts[index + 1:]))
        if table in CATALOGUE and index < len(parts) - 1 and column in CATALOGUE:
            return message("field.row_cell", table=table, row=int(parts[index]) + 1, column=column)
        if table in CATALOGUE:
            return message("field.row", table=table, row=int(parts[index]) + 1)
    key = generic(path)
    if key in CATALOGUE:
        return CATALOGUE.words(key)
    return path


def label_text(path: str, language: str = "en") -> str:
    found = field_name(path)
    if isinstance(found, Message):
        return found.text(language)
    if isinstance(found, str):
        return found
    return found.text(language)
