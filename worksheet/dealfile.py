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

Reading is bounded: only a regular file (never a pipe, a device or a link
to one) of at most :data:`MAX_FILE_BYTES`, UTF-8 text, numbers looked at as
text before they are converted (:mod:`worksheet.literals`), every string
checked to be real text. Whatever is wrong, the message names the field.

Writing is atomic (:mod:`worksheet.atomic`): the new content goes to a
temporary file in the same folder, is flushed to disk, then replaces the old
file in one step.
"""

from __future__ import annotations

import json
import os
import stat
from decimal import Decimal
from pathlib import Path
from typing import Any

from worksheet import schema
from worksheet.atomic import write_atomic
from worksheet.deal import SCHEMA_VERSION, Deal
from worksheet.literals import decimal_literal, has_lone_surrogate, int_literal, quoted

FORMAT = "deal-worksheet"
#: an autosave: a deal document with the file it belongs to and the time,
#: in one file so that it is written in one step (``ui/autosave.py``)
AUTOSAVE_FORMAT = "deal-worksheet-autosave"
MAX_FILE_BYTES = 20 * 1024 * 1024


class DealFileError(Exception):
    """A deal file cannot be read; ``path`` names the field when there is one."""

    def __init__(self, message: str, path: str = "", file: str | os.PathLike | None = None):
        self.field = path
        self.message = message
        self.file = file
        super().__init__(f"{_field_words(path)}: {message}" if path else message)


def _field_words(path: str) -> str:
    """A field as the message names it: its dotted path and its label
    (``offering.amount_paid (Amount to be paid)``); an item of a field that
    holds a list (``excluded.0``) is named by that field."""
    info = _field_info(path)
    if info is None:
        parent, _, last = path.rpartition(".")
        info = _field_info(parent) if last.isdigit() else None
        if info is None or info.kind is None:
            return path
        path = parent
    return f"{path} ({info.label})"


def _field_info(path: str) -> schema.FieldInfo | None:
    try:
        return schema.field_info_at(Deal, path)
    except (KeyError, ValueError, IndexError):
        return None


def to_document(deal: Deal) -> dict[str, Any]:
    return {"format": FORMAT, "schema_version": SCHEMA_VERSION, "deal": schema.to_json(deal)}


def dumps(deal: Deal) -> str:
    return json.dumps(to_document(deal), ensure_ascii=False, indent=2) + "\n"


def dumps_autosave(deal: Deal, *, original: str | os.PathLike | None, saved_at: float) -> str:
    """An autosave: readable as a deal file, and saying which file the deal
    belongs to and when it was saved."""
    envelope = {"format": AUTOSAVE_FORMAT, "file": str(original) if original else None,
                "saved_at": saved_at, "pid": os.getpid(), "document": to_document(deal)}
    return json.dumps(envelope, ensure_ascii=False, indent=1) + "\n"


def autosave_info(raw: Any) -> tuple[str | None, int | None] | None:
    """The file and the time (whole seconds since 1970) an autosave document
    names, or None when ``raw`` is not an autosave."""
    if not isinstance(raw, dict) or raw.get("format") != AUTOSAVE_FORMAT:
        return None
    original = raw.get("file") if isinstance(raw.get("file"), str) and raw.get("file") else None
    saved_at = raw.get("saved_at")
    if isinstance(saved_at, bool) or not isinstance(saved_at, (int, Decimal)) or not 0 <= saved_at < 10**11:
        saved_at = None
    return original, None if saved_at is None else int(saved_at)


def _reject_constant(name: str) -> Any:
    raise DealFileError(f"{name} is not a number a deal can hold")


def loads(text: str) -> Deal:
    return from_document(parse(text))


def parse(text: str) -> Any:
    """JSON text read within bounds: numbers looked at before conversion,
    every string checked to be text. Raises :class:`DealFileError`."""
    try:
        raw = json.loads(text, parse_constant=_reject_constant, parse_float=decimal_literal, parse_int=int_literal)
    except json.JSONDecodeError as exc:
        raise DealFileError(f"not a deal file: the JSON is broken at line {exc.lineno}, column {exc.colno} ({exc.msg})") from None
    except RecursionError:
        raise DealFileError("not a deal file: nested too deeply") from None
    _check_text(raw, "")
    return raw


def _check_text(node: Any, path: str) -> None:
    """Every string and field name must be text a file can hold: a JSON
    escape such as ``\\ud800`` gives half a character, which cannot be
    written back (a workbook holding one does not open)."""
    todo = [(node, path)]
    while todo:
        node, path = todo.pop()
        if isinstance(node, str):
            if has_lone_surrogate(node):
                raise DealFileError("the text holds half of a character (a lone UTF-16 surrogate), "
                                    "which no file can store", path.removeprefix("deal.") or path)
        elif isinstance(node, dict):
            for key, item in node.items():
                if has_lone_surrogate(key):
                    raise DealFileError(f"the field name {quoted(key)} holds half of a character",
                                        path.removeprefix("deal.") or path)
                todo.append((item, f"{path}.{key}" if path else key))
        elif isinstance(node, list):
            todo.extend((item, f"{path}.{i}") for i, item in enumerate(node))


def from_document(raw: Any) -> Deal:
    """A deal from a parsed deal document (see :func:`to_document`) or an
    autosave (:func:`dumps_autosave`)."""
    if autosave_info(raw) is not None:
        raw = raw.get("document")
        if isinstance(raw, dict) and raw.get("format") == AUTOSAVE_FORMAT:
            raise DealFileError("not a deal file: an autosave inside an autosave", "document")
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
    if not isinstance(raw["deal"], dict):
        raise DealFileError("expected the deal's sections, found something else", "deal")
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


def read_bounded(path: str | os.PathLike, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of ``path`` if it is a regular file of at most ``limit``
    bytes. A pipe, a device (``/dev/zero``), a socket or a folder is refused
    without reading from it, whatever link leads there."""
    p = Path(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(p, flags)
    except FileNotFoundError:
        raise DealFileError(f"there is no file {p}", file=p) from None
    except IsADirectoryError:
        raise DealFileError(f"{p} is a folder, not a deal file", file=p) from None
    except PermissionError:
        raise DealFileError(f"you do not have permission to read {p}", file=p) from None
    except OSError as exc:
        raise DealFileError(f"{p} cannot be read: {exc.strerror}", file=p) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise DealFileError(f"{p} is a folder, not a deal file", file=p)
        if not stat.S_ISREG(info.st_mode):
            raise DealFileError(f"{p} is not a file but a device, a pipe or a socket", file=p)
        if info.st_size > limit:
            raise DealFileError(f"the file is {info.st_size:,} bytes, larger than any deal file "
                                f"({limit:,} bytes at most)", file=p)
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:  # it grew while being read
            raise DealFileError(f"the file is larger than any deal file ({limit:,} bytes at most)", file=p)
        return b"".join(chunks)
    except OSError as exc:
        raise DealFileError(f"{p} cannot be read: {exc.strerror}", file=p) from None
    finally:
        os.close(fd)


def load(path: str | os.PathLike) -> Deal:
    p = Path(path)
    data = read_bounded(p)
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
