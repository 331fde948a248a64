"""The shape of a deal: which fields each section has, of what kind, and
how to reach one by its dotted path.

Every input field is declared once, on its dataclass, with :func:`value`
(a scalar of some kind), :func:`section` (an optional sub-document) or
:func:`rows` (a table). The window, the deal file, the command line and the
Excel export all walk these declarations; nothing lists fields by hand.

Paths are dotted: ``offering.shares_offered``, ``proceeds.facility_plan.2.paid``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Callable, Iterator

from worksheet.kinds import Kind, KindError
from worksheet.literals import describe, quoted
from worksheet.words import Words

#: a label or help as declared: English, (English, Japanese), or Words
Text = "str | tuple[str, str | None] | Words"


def words_of(text: Any) -> Words:
    if isinstance(text, Words):
        return text
    if isinstance(text, tuple):
        return Words(*text)
    return Words(text)


@dataclass(frozen=True)
class FieldInfo:
    words: Words
    help_words: Words | None = None
    kind: Kind | None = None
    section: type | None = None
    row: type | None = None
    required: bool = False

    @property
    def label(self) -> str:
        return self.words.en

    @property
    def help(self) -> str:
        return self.help_words.en if self.help_words else ""


def _info(label: Any, help: Any, **more: Any) -> FieldInfo:
    return FieldInfo(words_of(label), words_of(help) if help else None, **more)


def value(kind: Kind, label: Any, default: Any = None, *, help: Any = "", required: bool = False) -> Any:
    """A scalar input field of ``kind``; ``label`` and ``help`` in English, or
    as (English, Japanese)."""
    return dataclasses.field(default=default, metadata={"info": _info(label, help, kind=kind, required=required)})


def section(cls: type, label: Any, *, help: Any = "", present: bool = False) -> Any:
    """An optional sub-document; ``present`` makes a default one."""
    default: Callable[[], Any] = cls if present else (lambda: None)
    return dataclasses.field(default_factory=default, metadata={"info": _info(label, help, section=cls)})


def rows(cls: type, label: Any, *, help: Any = "") -> Any:
    """A table: a tuple of ``cls`` rows."""
    return dataclasses.field(default=(), metadata={"info": _info(label, help, row=cls)})


_INFO_CACHE: dict[type, dict[str, FieldInfo]] = {}


def _infos(cls: type) -> dict[str, FieldInfo]:
    found = _INFO_CACHE.get(cls)
    if found is None:
        found = {f.name: f.metadata["info"] for f in dataclasses.fields(cls) if "info" in f.metadata}
        _INFO_CACHE[cls] = found
    return found


def fields_of(cls: type) -> dict[str, FieldInfo]:
    """The declared fields of a section or row class, in declaration order."""
    return _infos(cls)


# -- paths ------------------------------------------------------------------

def get(doc: Any, path: str) -> Any:
    """The value at ``path``; ``None`` where a section or row is absent."""
    node = doc
    for part in path.split("."):
        if node is None:
            return None
        if isinstance(node, tuple):
            index = int(part)
            node = node[index] if 0 <= index < len(node) else None
        else:
            node = getattr(node, part)
    return node


def replace(doc: Any, path: str, new: Any) -> Any:
    """A new document with ``path`` set to ``new``; absent sections on the way
    are created with their defaults."""
    head, _, rest = path.partition(".")
    if isinstance(doc, tuple):
        index = int(head)
        items = list(doc)
        items[index] = replace(items[index], rest, new) if rest else new
        return tuple(items)
    if not rest:
        return dataclasses.replace(doc, **{head: new})
    child = getattr(doc, head)
    if child is None:
        child = _infos(type(doc))[head].section()
    return dataclasses.replace(doc, **{head: replace(child, rest, new)})


def field_info_at(doc_cls: type, path: str) -> FieldInfo:
    """The declaration of the field at ``path`` (row indexes may be any number or '*')."""
    cls: type = doc_cls
    parts = path.split(".")
    found: FieldInfo | None = None
    i = 0
    while i < len(parts):
        found = _infos(cls)[parts[i]]
        if found.section is not None:
            cls = found.section
        elif found.row is not None:
            cls = found.row
            i += 1  # skip the row index
        i += 1
    if found is None:
        raise KeyError(path)
    return found


def walk(doc: Any, prefix: str = "") -> Iterator[tuple[str, FieldInfo, Any]]:
    """Every scalar input of ``doc`` as (path, declaration, value)."""
    for name, fi in _infos(type(doc)).items():
        path = f"{prefix}{name}"
        current = getattr(doc, name)
        if fi.section is not None:
            if current is not None:
                yield from walk(current, path + ".")
        elif fi.row is not None:
            for index, row in enumerate(current):
                yield from walk(row, f"{path}.{index}.")
        else:
            yield path, fi, current


def needing_attention(doc: Any, prefix: str = "") -> Iterator[tuple[str, FieldInfo, Any]]:
    """The scalar inputs of ``doc`` that are kept as typed (unreadable) or
    required and blank: what validation reports, found without building a
    path for every field."""
    from worksheet.kinds import Invalid

    for name, fi in _infos(type(doc)).items():
        current = getattr(doc, name)
        if fi.section is not None:
            if current is not None:
                yield from needing_attention(current, f"{prefix}{name}.")
        elif fi.row is not None:
            for index, row in enumerate(current):
                yield from needing_attention(row, f"{prefix}{name}.{index}.")
        elif isinstance(current, Invalid) or (current is None and fi.required):
            yield f"{prefix}{name}", fi, current


# -- JSON ------------------------------------------------------------------

class SchemaError(ValueError):
    """A deal file does not fit the schema; ``path`` names the field."""

    def __init__(self, path: str, message: str):
        super().__init__(f"{path}: {message}" if path else message)
        self.path = path
        self.message = message


MAX_ROWS = 10_000


def _always_present(cls: type, name: str) -> bool:
    """Whether the section ``name`` of ``cls`` is there in every document
    (declared with ``present=True``), so that it cannot be blank."""
    declared = next(f for f in dataclasses.fields(cls) if f.name == name)
    return declared.default_factory is not dataclasses.MISSING and declared.default_factory() is not None


def to_json(doc: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, fi in _infos(type(doc)).items():
        current = getattr(doc, name)
        if fi.section is not None:
            out[name] = None if current is None else to_json(current)
        elif fi.row is not None:
            out[name] = [to_json(row) for row in current]
        else:
            assert fi.kind is not None
            out[name] = fi.kind.to_json(current)
    return out


def from_json(cls: type, raw: Any, prefix: str = "") -> Any:
    """Build ``cls`` from parsed JSON, strictly: unknown keys, wrong types and
    out-of-range values raise :class:`SchemaError` naming the field. Missing
    keys take the field's default."""
    where = prefix.rstrip(".")
    if not isinstance(raw, dict):
        raise SchemaError(where, f"expected a group of fields, found {describe(raw)}")
    declared = _infos(cls)
    unknown = sorted(set(raw) - set(declared))
    if unknown:
        name = unknown[0]
        if len(name) > 40 or not name.isprintable():
            raise SchemaError(where, f"the field {quoted(name)} is not a field of this deal file version")
        raise SchemaError(f"{prefix}{name}", "is not a field of this deal file version")
    kwargs: dict[str, Any] = {}
    for name, fi in declared.items():
        if name not in raw:
            continue
        path = f"{prefix}{name}"
        item = raw[name]
        if fi.section is not None:
            if item is None and _always_present(cls, name):
                raise SchemaError(path, f"{fi.label} is part of every deal: give its fields, or leave it out")
            kwargs[name] = None if item is None else from_json(fi.section, item, path + ".")
        elif fi.row is not None:
            if not isinstance(item, list):
                raise SchemaError(path, f"expected a table (a list of rows), found {describe(item)}")
            if len(item) > MAX_ROWS:
                raise SchemaError(path, f"has {len(item):,} rows; a table holds {MAX_ROWS:,} at most")
            kwargs[name] = tuple(from_json(fi.row, r, f"{path}.{i}.") for i, r in enumerate(item))
        else:
            assert fi.kind is not None
            try:
                kwargs[name] = fi.kind.from_json(item)
            except KindError as exc:
                raise SchemaError(path, str(exc)) from None
    return cls(**kwargs)
