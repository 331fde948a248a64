"""The node every word of the vocabulary is (:class:`Expr`), the constants,
and the arithmetic and comparisons its operators write: ``a + b``,
``a * b``, ``a >= b``. What a node needs from the workbook printing it and
from the guard of its formula are the two protocols here."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Callable, Iterator, Protocol

from worksheet import money
from worksheet.words import term

if TYPE_CHECKING:
    from worksheet.expressions.columns import Aggregate
    from worksheet.expressions.in_words import WordsPrinter
    from worksheet.expressions.inputs import Field
    from worksheet.rules import Rule


class Frame(Protocol):
    """Where an expression is evaluated (the engine provides it:
    ``worksheet/engine.py``): the evaluation ``ev`` behind it, whether
    inputs are read as they are (by a check), and the table row being
    computed. The compiled closures read ``ev`` directly, on every
    keystroke."""

    ev: Any
    raw: bool
    row: int | None

    @property
    def calendar(self) -> Any: ...
    def field(self, field: Any) -> Any: ...
    def optional(self, field: Any) -> Any: ...
    def cell(self, field: Any) -> Any: ...
    def result(self, rule: Any) -> Any: ...
    def row_result(self, rule: Any) -> Any: ...
    def aggregate(self, agg: Any) -> Any: ...
    def shape(self, kind: str, subject: str) -> bool: ...
    def text(self, key: str) -> str: ...


class ExcelPrinter(Protocol):
    """What an expression needs to print itself as a formula of one workbook
    (the export provides it: ``worksheet/excel/printer.py``)."""

    def name(self, dotted: str) -> str: ...
    def row_path(self, table: str, column: str) -> str: ...
    def column(self, expr: "Expr") -> str: ...
    def rows(self, table: str) -> int: ...
    def holidays(self) -> str: ...
    def shape(self, kind: str, subject: str) -> bool: ...
    def literal(self, value: Any) -> str: ...
    def text_literal(self, text: str) -> str: ...
    def term(self, key: str) -> str: ...
    def choice_label(self, field: "Field", stored: str) -> str: ...


class Guard(Protocol):
    """What an expression adds to the condition under which its formula can
    be evaluated."""

    def holds(self, field: "Field", name: str) -> None: ...
    def holds_or_blank(self, field: "Field", name: str) -> None: ...
    def result(self, rule: "Rule", name: str) -> None: ...
    def divides(self) -> None: ...
    def branch(self, px: ExcelPrinter, condition: "Expr", then: "Expr", otherwise: "Expr") -> None: ...
    def lazy(self, px: ExcelPrinter, op: str, items: tuple["Expr", ...]) -> None: ...
    def column(self, px: ExcelPrinter, agg: "Aggregate") -> None: ...
    def never(self) -> None: ...

NUMBER, DATE, BOOL, TEXT, CHOICE = "number", "date", "bool", "text", "choice"



class Precedence:
    """How tightly a node binds when printed (higher binds tighter)."""

    COMPARE, ADD, MUL, UNARY, ATOM = 1, 2, 3, 4, 9


class Blocked(Exception):
    """An expression cannot be evaluated: ``path`` (an input or a result) is
    blank or wrong. ``missing`` says it is blank rather than wrong."""

    def __init__(self, path: str, missing: bool = False):
        super().__init__(path)
        self.path = path
        self.missing = missing


def lift(value: Any) -> "Expr":
    """A Python value in an expression becomes a constant."""
    if isinstance(value, Expr):
        return value
    return Const(value)


class Expr:
    """A node of a rule's arithmetic."""

    precedence = Precedence.ATOM
    value_type = NUMBER

    # -- what it is ---------------------------------------------------------

    @property
    def places(self) -> int | None:
        """Decimal places of its exact value; ``None`` when not exact (a quotient)."""
        return None

    def children(self) -> tuple["Expr", ...]:
        return ()

    def walk(self) -> Iterator["Expr"]:
        yield self
        for child in self.children():
            yield from child.walk()

    # -- three renderings ---------------------------------------------------

    def evaluate(self, frame: "Frame") -> Any:
        raise NotImplementedError

    @property
    def run(self) -> Callable[["Frame"], Any]:
        """The evaluation as one closure over the children's closures: the
        engine calls this, once per result, on every keystroke."""
        found = self.__dict__.get("_run")
        if found is None:
            found = self.__dict__["_run"] = self.compile()
        return found

    def compile(self) -> Callable[["Frame"], Any]:
        return self.evaluate

    def excel(self, px: "ExcelPrinter") -> str:
        raise NotImplementedError

    def guard(self, px: "ExcelPrinter", g: "Guard") -> None:
        """Add to ``g`` what must hold for the formula of this node to evaluate."""
        for child in self.children():
            child.guard(px, g)

    def words(self, wp: "WordsPrinter") -> str:
        raise NotImplementedError

    def excel_in(self, px: "ExcelPrinter", precedence: int) -> str:
        text = self.excel(px)
        return f"({text})" if self.precedence < precedence else text

    def words_in(self, wp: "WordsPrinter", precedence: int) -> str:
        text = self.words(wp)
        return f"({text})" if self.precedence < precedence else text

    # -- writing rules ------------------------------------------------------

    def __add__(self, other: Any) -> "Expr":
        return Arithmetic("+", self, lift(other))

    def __radd__(self, other: Any) -> "Expr":
        return Arithmetic("+", lift(other), self)

    def __sub__(self, other: Any) -> "Expr":
        return Arithmetic("-", self, lift(other))

    def __rsub__(self, other: Any) -> "Expr":
        return Arithmetic("-", lift(other), self)

    def __mul__(self, other: Any) -> "Expr":
        return Arithmetic("*", self, lift(other))

    def __rmul__(self, other: Any) -> "Expr":
        return Arithmetic("*", lift(other), self)

    def __truediv__(self, other: Any) -> "Expr":
        return Arithmetic("/", self, lift(other))

    def __rtruediv__(self, other: Any) -> "Expr":
        return Arithmetic("/", lift(other), self)

    def __lt__(self, other: Any) -> "Expr":
        return Compare("<", self, lift(other))

    def __le__(self, other: Any) -> "Expr":
        return Compare("<=", self, lift(other))

    def __gt__(self, other: Any) -> "Expr":
        return Compare(">", self, lift(other))

    def __ge__(self, other: Any) -> "Expr":
        return Compare(">=", self, lift(other))

    __hash__ = object.__hash__


# -- constants ------------------------------------------------------------------


class Const(Expr):
    def __init__(self, value: Any):
        if isinstance(value, float):
            raise TypeError(f"a rule must not hold a float: {value!r}")
        self.value = value
        self.value_type = (BOOL if isinstance(value, bool) else DATE if isinstance(value, dt.date)
                           else TEXT if isinstance(value, str) else NUMBER)

    @property
    def places(self) -> int | None:
        if isinstance(self.value, Decimal):
            return max(0, -self.value.normalize().as_tuple().exponent)
        return 0

    def evaluate(self, frame: "Frame") -> Any:
        return self.value

    def compile(self) -> Callable[["Frame"], Any]:
        value = self.value
        return lambda frame: value

    def excel(self, px: "ExcelPrinter") -> str:
        return px.literal(self.value)

    def words(self, wp: "WordsPrinter") -> str:
        return wp.figure(self.value)


class Text(Expr):
    """A sentence of the catalogue as a value: an article cited, a verdict."""

    value_type = TEXT

    def __init__(self, key: str, en: str, ja: str | None = None):
        self.key = term(key, en, ja)

    def evaluate(self, frame: "Frame") -> Any:
        return frame.text(self.key)

    def excel(self, px: "ExcelPrinter") -> str:
        return px.text_literal(px.term(self.key))

    def words(self, wp: "WordsPrinter") -> str:
        return "\u201c" + wp.term(self.key) + "\u201d"


# -- arithmetic ---------------------------------------------------------------------

_ADD_SUB = ("+", "-")


def _plus(a: Any, b: Any) -> Any:
    if isinstance(a, Decimal) or isinstance(b, Decimal):
        return money.add(a, b)
    return a + b


def _minus(a: Any, b: Any) -> Any:
    if isinstance(a, Decimal) or isinstance(b, Decimal):
        return money.add(a, -b)
    return a - b


def _times(a: Any, b: Any) -> Any:
    if isinstance(a, int) and isinstance(b, int):
        return a * b
    return money.multiply(a, b)


_PYTHON: dict[str, Callable[[Any, Any], Any]] = {"+": _plus, "-": _minus, "*": _times, "/": money.divide}
_SYMBOL = {"+": "+", "-": "\u2212", "*": "\u00d7", "/": "\u00f7"}


class Arithmetic(Expr):
    def __init__(self, op: str, left: Expr, right: Expr):
        self.op, self.left, self.right = op, left, right
        self.precedence = Precedence.ADD if op in _ADD_SUB else Precedence.MUL
        self.value_type = NUMBER

    @property
    def places(self) -> int | None:
        a, b = self.left.places, self.right.places
        if a is None or b is None or self.op == "/":
            return None
        return a + b if self.op == "*" else max(a, b)

    def children(self) -> tuple[Expr, ...]:
        return (self.left, self.right)

    def evaluate(self, frame: "Frame") -> Any:
        return _PYTHON[self.op](self.left.evaluate(frame), self.right.evaluate(frame))

    def compile(self) -> Callable[["Frame"], Any]:
        op, left, right = _PYTHON[self.op], self.left.run, self.right.run
        return lambda frame: op(left(frame), right(frame))

    def excel(self, px: "ExcelPrinter") -> str:
        # The right operand of - and / binds tighter: a-(b-c), a/(b*c).
        right_needs = self.precedence + (1 if self.op in ("-", "/") else 0)
        text = f"{self.left.excel_in(px, self.precedence)}{self.op}{self.right.excel_in(px, right_needs)}"
        places = self.places
        if places:  # exact in sen (or finer): keep it there in binary floating point
            return f"ROUND({text},{places})"
        return text

    def excel_in(self, px: "ExcelPrinter", precedence: int) -> str:
        text = self.excel(px)
        if text.startswith("ROUND("):
            return text
        return f"({text})" if self.precedence < precedence else text

    def guard(self, px: "ExcelPrinter", g: "Guard") -> None:
        super().guard(px, g)
        if self.op == "/" and not isinstance(self.right, Const):
            g.divides()

    def words(self, wp: "WordsPrinter") -> str:
        right_needs = self.precedence + (1 if self.op in ("-", "/") else 0)
        return (f"{self.left.words_in(wp, self.precedence)} {_SYMBOL[self.op]} "
                f"{self.right.words_in(wp, right_needs)}")


_COMPARISONS: dict[str, Callable[[Any, Any], bool]] = {
    "<": lambda a, b: a < b, "<=": lambda a, b: a <= b, ">": lambda a, b: a > b,
    ">=": lambda a, b: a >= b, "=": lambda a, b: a == b, "<>": lambda a, b: a != b,
}
_EXCEL_COMPARISONS = {"<": "<", "<=": "<=", ">": ">", ">=": ">=", "=": "=", "<>": "<>"}
_COMPARISON_WORDS = {"<": "<", "<=": "\u2264", ">": ">", ">=": "\u2265", "=": "=", "<>": "\u2260"}


class Compare(Expr):
    precedence = Precedence.COMPARE
    value_type = BOOL

    def __init__(self, op: str, left: Expr, right: Expr):
        self.op, self.left, self.right = op, left, right

    def children(self) -> tuple[Expr, ...]:
        return (self.left, self.right)

    def evaluate(self, frame: "Frame") -> Any:
        return _COMPARISONS[self.op](self.left.evaluate(frame), self.right.evaluate(frame))

    def compile(self) -> Callable[["Frame"], Any]:
        op, left, right = _COMPARISONS[self.op], self.left.run, self.right.run
        return lambda frame: op(left(frame), right(frame))

    def excel(self, px: "ExcelPrinter") -> str:
        left, right = self.left.excel_in(px, Precedence.ADD), self.right.excel_in(px, Precedence.ADD)
        return f"{left}{_EXCEL_COMPARISONS[self.op]}{right}"

    def words(self, wp: "WordsPrinter") -> str:
        left, right = self.left.words_in(wp, Precedence.ADD), self.right.words_in(wp, Precedence.ADD)
        return f"{left} {_COMPARISON_WORDS[self.op]} {right}"


def equal(a: Any, b: Any) -> Expr:
    return Compare("=", lift(a), lift(b))


def differ(a: Any, b: Any) -> Expr:
    return Compare("<>", lift(a), lift(b))
