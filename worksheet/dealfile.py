"""Reading and writing deal files (``.deal.json``).

A deal file is plain JSON: a schema version, then the deal's sections with
money as strings ("3279.44"), share counts as integers and dates as ISO
strings. Reading is strict and never runs anything from the file: a value
of the wrong type, an unknown field, a negative or absurd number or a newer
schema version gives a :class:`DealFileError` naming the field. An entry the
user typed that could not be read is stored as ``{"invalid": "..."}`` so
that nothing typed is lost between sessions.

A file of an older schema is brought up to this one by :func:`migrate`
before it is read, field by field, where a field changed its meaning.

Writing is atomic: the new content goes to a temporary file in the same
folder, is flushed to disk, then replaces the old file in one step.
"""

from __future__ import annotations

import json
import os
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Any

from worksheet import schema
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
        return schema.from_json(Deal, migrate(raw["deal"], version))
    except schema.SchemaError as exc:
        raise DealFileError(exc.message, exc.path) from None


def migrate(deal: Any, version: int) -> Any:
    """The JSON of a deal of schema ``version`` as schema 3 writes it.

    Schema 3 (the merger's statutory tests on their legal basis):
    - ``merger.delivery`` "treasury" meant every share from treasury, an error
      when too few; it is now "treasury_first": treasury shares first, new
      shares for the rest, as companies deliver them. With enough treasury
      shares the figures are the same.
    - ``merger.surviving_net_assets`` was any net assets figure, set against
      the consideration at market; the simplified test now needs the
      company's own net assets as the Ordinance prescribes (Art. 196). An
      older file's figure is kept and marked as on another basis
      (``net_assets_basis`` "other"), which the worksheet flags until it is
      confirmed.
    Anything it does not recognise is left for the strict reading to name.
    """
    if version >= 3 or not isinstance(deal, dict) or not isinstance(deal.get("merger"), dict):
        return deal
    merger = dict(deal["merger"])
    if merger.get("delivery") == "treasury":
        merger["delivery"] = "treasury_first"
    if merger.get("surviving_net_assets") is not None and "net_assets_basis" not in merger:
        merger["net_assets_basis"] = "other"
    return {**deal, "merger": merger}


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


def write_atomic(path: str | os.PathLike, data: bytes) -> None:
    """Replace ``path`` with ``data`` in one step, or leave it as it was."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            try:
                os.chmod(tmp, target.stat().st_mode & 0o777)
            except OSError:
                pass
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def save(deal: Deal, path: str | os.PathLike) -> None:
    write_atomic(path, dumps(deal).encode("utf-8"))
