"""Reading and writing deal files (``.deal.json``).

A deal file is plain JSON: a schema version, then the deal's sections with
money as strings ("3279.44"), share counts as integers and dates as ISO
strings. Reading is strict and never runs anything from the file: a value
of the wrong type, an unknown field, a negative or absurd number or a newer
schema version gives a :class:`DealFileError` naming the field. An entry the
user typed that could not be read is stored as ``{"invalid": "..."}`` so
that nothing typed is lost between sessions.

Writing is atomic (:mod:`worksheet.atomic`): the new content goes to a
temporary file in the same folder, is flushed to disk, then replaces the old
file in one step.
"""

from __future__ import annotations

import json
import os
from decimal import Decimal
from pathlib import Path
from typing import Any

from worksheet import schema
from worksheet.atomic import write_atomic
from worksheet.deal import SCHEMA_VERSION, Deal

FORMAT = "deal-worksheet"
MAX_FILE_BYTES = 20 * 1024 * 1024


class DealFileError(Exception):
    """A deal file cannot be read; ``path`` names the field when there is one."""

    def __init__(self, message: str, path: str = "", file: str | os.PathLike | None = None):
        self.field = path
        self.message = message
        self.file = file
        where = f"{path}: " if path else ""
        super().__init__(f"{where}{message}")


def to_document(deal: Deal) -> dict[str, Any]:
    return {"format": FORMAT, "schema_version": SCHEMA_VERSION, "deal": schema.to_json(deal)}


def dumps(deal: Deal) -> str:
    return json.dumps(to_document(deal), ensure_ascii=False, indent=2) + "\n"


def _reject_constant(name: str) -> Any:
    raise DealFileError(f"{name} is not a number a deal can hold")


def loads(text: str) -> Deal:
    try:
        raw = json.loads(text, parse_constant=_reject_constant, parse_float=_float_text)
    except json.JSONDecodeError as exc:
        raise DealFileError(f"not a deal file: the JSON is broken at line {exc.lineno}, column {exc.colno} ({exc.msg})") from None
    except RecursionError:
        raise DealFileError("not a deal file: nested too deeply") from None
    if not isinstance(raw, dict):
        raise DealFileError("not a deal file: expected a JSON object at the top")
    if raw.get("format") != FORMAT:
        raise DealFileError(f"not a deal file: the 'format' field should be \"{FORMAT}\"", "format")
    version = raw.get("schema_version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise DealFileError("the schema version must be a whole number", "schema_version")
    if version > SCHEMA_VERSION:
        raise DealFileError(f"this file was written by a newer version of Deal Worksheet (schema {version}); "
                            f"this version reads schema {SCHEMA_VERSION} and older", "schema_version")
    if version < 1:
        raise DealFileError(f"schema version {version} does not exist", "schema_version")
    extra = sorted(set(raw) - {"format", "schema_version", "deal"})
    if extra:
        raise DealFileError("is not a field of a deal file", extra[0])
    if "deal" not in raw:
        raise DealFileError("the file has no deal in it", "deal")
    try:
        return schema.from_json(Deal, raw["deal"])
    except schema.SchemaError as exc:
        raise DealFileError(exc.message, exc.path) from None


def _float_text(text: str) -> Decimal:
    """A JSON number with a fraction becomes a Decimal, never a float."""
    return Decimal(text)


def load(path: str | os.PathLike) -> Deal:
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_FILE_BYTES:
            raise DealFileError(f"the file is {size:,} bytes, larger than any deal file")
        data = p.read_bytes()
    except FileNotFoundError:
        raise DealFileError(f"there is no file {p}", file=p) from None
    except IsADirectoryError:
        raise DealFileError(f"{p} is a folder, not a deal file", file=p) from None
    except PermissionError:
        raise DealFileError(f"you do not have permission to read {p}", file=p) from None
    except OSError as exc:
        raise DealFileError(f"{p} cannot be read: {exc.strerror}", file=p) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DealFileError("not a deal file: it is not UTF-8 text", file=p) from None
    try:
        return loads(text)
    except DealFileError as exc:
        exc.file = p
        raise


def save(deal: Deal, path: str | os.PathLike) -> None:
    write_atomic(path, dumps(deal).encode("utf-8"))
