"""The deal's inputs in a rule: a field, a field that may be left blank,
a column of a table read on its row, and whether a choice holds."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from worksheet.expressions.node import BOOL, CHOICE, DATE, NUMBER, TEXT, Blocked, ExcelPrinter, Expr, Guard
from worksheet.words import term

if TYPE_CHECKING:
    from worksheet.expressions.node import Frame
    from worksheet.expressions.in_words import WordsPrinter
    from worksheet.schema import FieldInfo


def _type_of(info: "FieldInfo") -> str:
    from worksheet.kinds import BoolKind, ChoiceKind, DateKind, TextKind

    kind = info.kind
    if isinstance(kind, DateKind):
        return DATE
    if isinstance(kind, BoolKind):
        return BOOL
    if isinstance(kind, ChoiceKind):
        return CHOICE
    if isinstance(kind, TextKind):
        return TEXT
    return NUMBER


class Field(Expr):
    """An input of the deal: blank or wrong, it blocks what reads it."""

    def __init__(self, path: str, info: "FieldInfo"):
        self.path = path
        self.info = info
        self.value_type = _type_of(info)
        self.section = path.split(".")[0]

    @property
    def places(self) -> int | None:
        kind = self.info.kind
        return getattr(kind, "places", 0) if self.value_type == NUMBER else 0

    @property
    def generic(self) -> str:
        return self.path

    def evaluate(self, frame: "Frame") -> Any:
        return frame.field(self)

    def compile(self) -> Callable[["Frame"], Any]:
        path = self.path
        return lambda frame: frame.ev.read(path, frame.raw)

    def excel(self, px: "ExcelPrinter") -> str:
        return px.name(self.path)

    def guard(self, px: "ExcelPrinter", g: "Guard") -> None:
        g.holds(self, px.name(self.path))

    def words(self, wp: "WordsPrinter") -> str:
        return wp.label(self.generic)

    def is_(self, stored: str) -> "Expr":
        """Whether this choice field holds ``stored``."""
        return ChoiceIs(self, stored)

    def or_blank(self) -> "Expr":
        """The input, or blank (``None``) when it is not filled in: for a
        bound that may be left open."""
        return Optional(self)


class Optional(Expr):
    def __init__(self, field: Field):
        self.field = field
        self.value_type = field.value_type

    @property
    def places(self) -> int | None:
        return self.field.places

    def children(self) -> tuple[Expr, ...]:
        return (self.field,)

    def evaluate(self, frame: "Frame") -> Any:
        return frame.optional(self.field)

    def excel(self, px: "ExcelPrinter") -> str:
        return self.field.excel(px)

    def guard(self, px: "ExcelPrinter", g: "Guard") -> None:
        g.holds_or_blank(self.field, px.name(self.field.path))

    def words(self, wp: "WordsPrinter") -> str:
        return self.field.words(wp)


class IsBlank(Expr):
    value_type = BOOL

    def __init__(self, optional: Optional):
        self.optional = optional

    def children(self) -> tuple[Expr, ...]:
        return (self.optional,)

    def evaluate(self, frame: "Frame") -> Any:
        return self.optional.evaluate(frame) is None

    def excel(self, px: "ExcelPrinter") -> str:
        return f"ISBLANK({self.optional.excel(px)})"

    def words(self, wp: "WordsPrinter") -> str:
        return wp.say("expr.is_blank", x=self.optional.words(wp))


def is_blank(optional: Expr) -> Expr:
    if not isinstance(optional, Optional):
        raise TypeError("is_blank() takes field.or_blank()")
    return IsBlank(optional)


class RowField(Field):
    """A column of a table, read on the row being computed."""

    def __init__(self, table: str, column: str, info: "FieldInfo"):
        super().__init__(f"{table}.*.{column}", info)
        self.table = table
        self.column = column

    @property
    def generic(self) -> str:
        return f"{self.table}.{self.column}"

    def evaluate(self, frame: "Frame") -> Any:
        return frame.cell(self)

    def compile(self) -> Callable[["Frame"], Any]:
        def read(frame: "Frame") -> Any:
            if frame.row is None:
                raise Blocked(self.table)
            return frame.ev.read_cell(self, frame.row, frame.raw)

        return read

    def excel(self, px: "ExcelPrinter") -> str:
        return px.name(px.row_path(self.table, self.column))

    def guard(self, px: "ExcelPrinter", g: "Guard") -> None:
        g.holds(self, px.name(px.row_path(self.table, self.column)))


class ChoiceIs(Expr):
    value_type = BOOL

    def __init__(self, field: Field, stored: str):
        choices = dict(field.info.kind.choices)  # type: ignore[union-attr]
        if stored not in choices:
            raise ValueError(f"{field.path} has no choice {stored!r}")
        self.field = field
        self.stored = stored

    def children(self) -> tuple[Expr, ...]:
        return (self.field,)

    def evaluate(self, frame: "Frame") -> Any:
        return self.field.evaluate(frame) == self.stored

    def excel(self, px: "ExcelPrinter") -> str:
        return f"{self.field.excel(px)}={px.text_literal(px.choice_label(self.field, self.stored))}"

    def words(self, wp: "WordsPrinter") -> str:
        return wp.say("expr.is", x=self.field.words(wp), choice=wp.choice_label(self.field, self.stored))


term("expr.is", "{x} is {choice}", "{x}が{choice}")
term("expr.is_blank", "{x} is left blank", "{x}が空欄")
