"""The vocabulary of the rules: expressions that evaluate, print and explain
themselves.

A rule's arithmetic is written once, as an expression over the deal's
inputs and other results, in a small vocabulary named for the domain: the
named roundings (:func:`round_up_to_yen` ...), business-day arithmetic
(:func:`add_business_days` ...), sums and counts over a table's column,
comparisons and conditionals. Every word of the vocabulary knows how to

- evaluate itself in ``Decimal`` (money) and ``int`` (shares) on a deal
  (:meth:`Expr.evaluate`);
- print itself as an Excel formula over the workbook's defined names
  (:meth:`Expr.excel`), and say when that formula can be evaluated at all
  (:meth:`Expr.guard`: the inputs it needs hold numbers, the checks that
  bar a wrong input pass);
- print itself in words, in English or Japanese (:meth:`Expr.words`), for
  tooltips, cell comments and ``compute --rules``;
- name what it reads (:meth:`Expr.children`), from which the engine knows
  what each result depends on.

So the window, the workbook and the words can never disagree about a rule:
there is one statement of it, printed three ways (as SQLAlchemy compiles
one expression tree to each SQL dialect).

A value whose places are known (a price in sen times a share count) is
exact; in Excel, where numbers are binary floats, an operation on such
values is rounded back to its places (``ROUND(a*b,2)``), which takes the
float noise off before any rounding rule sees it.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Callable, Iterator, Protocol

from worksheet import money
from worksheet.words import term

if TYPE_CHECKING:
    from worksheet.engine import Frame
    from worksheet.rules import Rule
    from worksheet.schema import FieldInfo


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

# Precedence when printed (higher binds tighter).
_COMPARE, _ADD, _MUL, _UNARY, _ATOM = 1, 2, 3, 4, 9


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

    precedence = _ATOM
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


# -- the deal's inputs -------------------------------------------------------------


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
        self.precedence = _ADD if op in _ADD_SUB else _MUL
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
    precedence = _COMPARE
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
        return f"{self.left.excel_in(px, _ADD)}{_EXCEL_COMPARISONS[self.op]}{self.right.excel_in(px, _ADD)}"

    def words(self, wp: "WordsPrinter") -> str:
        return f"{self.left.words_in(wp, _ADD)} {_COMPARISON_WORDS[self.op]} {self.right.words_in(wp, _ADD)}"


def equal(a: Any, b: Any) -> Expr:
    return Compare("=", lift(a), lift(b))


def differ(a: Any, b: Any) -> Expr:
    return Compare("<>", lift(a), lift(b))


class Logic(Expr):
    value_type = BOOL
    precedence = _COMPARE - 1  # "a and (b or c)": an operand that is itself and/or is bracketed in words

    def __init__(self, op: str, items: tuple[Expr, ...]):
        self.op, self.items = op, items

    def children(self) -> tuple[Expr, ...]:
        return self.items

    def evaluate(self, frame: "Frame") -> Any:
        # Short-circuit: an open bound is tested first (is_blank(start) or
        # day >= start), which Excel decides the same way (a blank cell
        # compares as zero there and raises no error).
        if self.op == "AND":
            return all(item.evaluate(frame) for item in self.items)
        return any(item.evaluate(frame) for item in self.items)

    def compile(self) -> Callable[["Frame"], Any]:
        items = tuple(item.run for item in self.items)
        if self.op == "AND":
            return lambda frame: all(item(frame) for item in items)
        return lambda frame: any(item(frame) for item in items)

    def excel(self, px: "ExcelPrinter") -> str:
        # Nested IFs, which Excel evaluates lazily as the core does: an
        # operand after the one that decides is never evaluated (AND() and
        # OR() would evaluate it, and fail on a blank).
        text = self.items[-1].excel(px)
        for item in reversed(self.items[:-1]):
            first = item.excel(px)
            text = f"IF({first},{text},FALSE)" if self.op == "AND" else f"IF({first},TRUE,{text})"
        return text

    def guard(self, px: "ExcelPrinter", g: "Guard") -> None:
        g.lazy(px, self.op, self.items)

    def words(self, wp: "WordsPrinter") -> str:
        joiner = wp.term("expr.and" if self.op == "AND" else "expr.or")
        return f" {joiner} ".join(item.words_in(wp, _ADD) for item in self.items)


def all_of(*items: Any) -> Expr:
    return Logic("AND", tuple(lift(i) for i in items))


def any_of(*items: Any) -> Expr:
    return Logic("OR", tuple(lift(i) for i in items))


class Not(Expr):
    value_type = BOOL

    def __init__(self, item: Expr):
        self.item = item

    def children(self) -> tuple[Expr, ...]:
        return (self.item,)

    def evaluate(self, frame: "Frame") -> Any:
        return not self.item.evaluate(frame)

    def excel(self, px: "ExcelPrinter") -> str:
        return f"NOT({self.item.excel(px)})"

    def words(self, wp: "WordsPrinter") -> str:
        return wp.say("expr.not", x=self.item.words(wp))


def not_(item: Any) -> Expr:
    return Not(lift(item))


class When(Expr):
    """``then`` when ``condition`` holds, otherwise ``otherwise``: only the
    branch taken is evaluated (and only its inputs are needed)."""

    def __init__(self, condition: Expr, then: Expr, otherwise: Expr):
        self.condition, self.then, self.otherwise = condition, then, otherwise
        self.value_type = then.value_type if not isinstance(then, Const) else otherwise.value_type

    @property
    def places(self) -> int | None:
        a, b = self.then.places, self.otherwise.places
        return None if a is None or b is None else max(a, b)

    def children(self) -> tuple[Expr, ...]:
        return (self.condition, self.then, self.otherwise)

    def evaluate(self, frame: "Frame") -> Any:
        if self.condition.evaluate(frame):
            return self.then.evaluate(frame)
        return self.otherwise.evaluate(frame)

    def compile(self) -> Callable[["Frame"], Any]:
        condition, then, otherwise = self.condition.run, self.then.run, self.otherwise.run
        return lambda frame: then(frame) if condition(frame) else otherwise(frame)

    def excel(self, px: "ExcelPrinter") -> str:
        return f"IF({self.condition.excel(px)},{self.then.excel(px)},{self.otherwise.excel(px)})"

    def guard(self, px: "ExcelPrinter", g: "Guard") -> None:
        g.branch(px, self.condition, self.then, self.otherwise)

    def words(self, wp: "WordsPrinter") -> str:
        return wp.say("expr.when", condition=self.condition.words(wp), then=self.then.words(wp),
                      otherwise=self.otherwise.words(wp))


def when(condition: Any, then: Any, otherwise: Any) -> Expr:
    return When(lift(condition), lift(then), lift(otherwise))


class Extreme(Expr):
    def __init__(self, op: str, items: tuple[Expr, ...]):
        self.op, self.items = op, items

    @property
    def places(self) -> int | None:
        found = [i.places for i in self.items]
        return None if None in found else max(found)  # type: ignore[type-var]

    def children(self) -> tuple[Expr, ...]:
        return self.items

    def evaluate(self, frame: "Frame") -> Any:
        values = [i.evaluate(frame) for i in self.items]
        return min(values) if self.op == "MIN" else max(values)

    def excel(self, px: "ExcelPrinter") -> str:
        return f"{self.op}({','.join(i.excel(px) for i in self.items)})"

    def words(self, wp: "WordsPrinter") -> str:
        return wp.say("expr.smaller" if self.op == "MIN" else "expr.larger",
                      items=", ".join(i.words(wp) for i in self.items))


def smaller(*items: Any) -> Expr:
    return Extreme("MIN", tuple(lift(i) for i in items))


def larger(*items: Any) -> Expr:
    return Extreme("MAX", tuple(lift(i) for i in items))


# -- the named roundings ----------------------------------------------------------------


class Rounding(Expr):
    """A rounding a release states: its name says the direction. The Decimal
    function comes from :mod:`worksheet.money`; the Excel function rounds in
    the same direction for every sign (up away from zero, down toward it,
    ``ROUND`` half away from zero).

    Whole-yen roundings are printed with ``TRUNC`` and ``INT``, not
    ``ROUNDDOWN``/``ROUNDUP``: LibreOffice (7.4) rounds the argument of
    those two to about twelve significant digits first, so that
    ``ROUNDUP(121273344221.04,0)`` gives 121,273,344,221 and
    ``ROUNDDOWN(121273344221.96,0)`` 121,273,344,222, a yen off on any
    amount above ten billion yen; ``TRUNC`` and ``INT`` are exact there, in
    LibreOffice and in Excel."""

    def __init__(self, key: str, arg: Expr, python: Callable[[Any], Any], excel: str, places: int, *,
                 to_int: bool = False):
        self.key, self.arg, self.python, self.excel_template = key, arg, python, excel
        self._places = places
        self.to_int = to_int

    @property
    def places(self) -> int | None:
        return max(0, self._places)

    def children(self) -> tuple[Expr, ...]:
        return (self.arg,)

    def evaluate(self, frame: "Frame") -> Any:
        found = self.python(self.arg.evaluate(frame))
        return int(found) if self.to_int else found

    def compile(self) -> Callable[["Frame"], Any]:
        python, arg = self.python, self.arg.run
        if self.to_int:
            return lambda frame: int(python(arg(frame)))
        return lambda frame: python(arg(frame))

    def excel(self, px: "ExcelPrinter") -> str:
        return self.excel_template.format(x=self.arg.excel(px))

    def words(self, wp: "WordsPrinter") -> str:
        return wp.say(self.key, x=self.arg.words_in(wp, _MUL))


def round_up_to_yen(x: Any) -> Expr:
    """Any fraction below one yen rounded up: the stated capital (Rules of
    Account Settlement of Corporations, Art. 14(1), as releases apply it)."""
    return Rounding("expr.round_up_to_yen", lift(x), money.round_up_to_yen, "(SIGN({x})*-INT(-ABS({x})))", 0)


def round_down_to_yen(x: Any) -> Expr:
    """Any fraction below one yen rounded down: the provisional range."""
    return Rounding("expr.round_down_to_yen", lift(x), money.round_down_to_yen, "TRUNC({x})", 0)


def round_down_to_sen(x: Any) -> Expr:
    """Any fraction below one sen rounded down: a limit that amounts in sen
    are compared with (the simplified test's fraction of net assets).

    In the workbook it is rounded to the sen and stepped back a sen where
    that went up: LibreOffice's ROUNDDOWN and TRUNC take a value above about
    10^11 to twelve significant digits first (ROUNDDOWN(150592248179.8,2)
    gives 150592248180), where net assets of a listed company are. ROUND
    keeps every digit, and the step back is exact for an argument held to
    its places (a product is)."""
    return Rounding("expr.round_down_to_sen", lift(x), money.round_down_to_sen,
                    "ROUND(ROUND({x},2)-IF(ROUND({x},2)>{x},0.01,0),2)", 2)


def round_down_to_million(x: Any) -> Expr:
    """Truncated to whole millions of yen, as a release states a use of proceeds."""
    return Rounding("expr.round_down_to_million", lift(x), money.round_down_to_million, "TRUNC({x},-6)", 0)


def round_half_up_to_sen(x: Any) -> Expr:
    """Rounded half up to the sen: how an average price is stated."""
    return Rounding("expr.round_half_up_to_sen", lift(x), money.round_half_up_to_sen, "ROUND({x},2)", 2)


def round_half_up(x: Any, places: int) -> Expr:
    """Rounded half up to ``places`` decimals: an implied ratio."""
    return Rounding(f"expr.round_half_up_{places}", lift(x), lambda v: money.round_half_up(v, places),
                    f"ROUND({{x}},{places})", places)


def round_percent(x: Any, places: int) -> Expr:
    """A ratio rounded half up to ``places`` decimals of a percent, as a
    release states it ("approximately 11.8%", "2.01%")."""
    return Rounding(f"expr.round_percent_{places}", lift(x), lambda v: money.round_percent(v, places),
                    f"ROUND({{x}}*100,{places})/100", places + 2)


def whole_shares(x: Any) -> Expr:
    """Any fraction of a share dropped (the holder's entitlement; the
    fractions are aggregated and sold, Companies Act Art. 234)."""
    return Rounding("expr.whole_shares", lift(x), money.round_down_to_whole, "TRUNC({x})", 0, to_int=True)


class WholeUnits(Expr):
    """``x`` rounded down to a whole number of units of ``unit`` shares."""

    def __init__(self, x: Expr, unit: Expr):
        self.x, self.unit = x, unit

    @property
    def places(self) -> int | None:
        return 0

    def children(self) -> tuple[Expr, ...]:
        return (self.x, self.unit)

    def evaluate(self, frame: "Frame") -> Any:
        unit = self.unit.evaluate(frame)
        return int(money.round_down_to_whole(money.divide(self.x.evaluate(frame), unit))) * unit

    def excel(self, px: "ExcelPrinter") -> str:
        unit = self.unit.excel_in(px, _MUL + 1)
        return f"TRUNC({self.x.excel(px)}/{unit})*{unit}"

    def guard(self, px: "ExcelPrinter", g: "Guard") -> None:
        super().guard(px, g)
        g.divides()

    def words(self, wp: "WordsPrinter") -> str:
        return wp.say("expr.whole_units", x=self.x.words_in(wp, _MUL), unit=self.unit.words(wp))


def whole_units(x: Any, unit: Any) -> Expr:
    return WholeUnits(lift(x), lift(unit))


class Remainder(Expr):
    """What is left of ``x`` over whole multiples of ``unit``: an odd lot."""

    def __init__(self, x: Expr, unit: Expr):
        self.x, self.unit = x, unit

    @property
    def places(self) -> int | None:
        return 0

    def children(self) -> tuple[Expr, ...]:
        return (self.x, self.unit)

    def evaluate(self, frame: "Frame") -> Any:
        return self.x.evaluate(frame) % self.unit.evaluate(frame)

    def excel(self, px: "ExcelPrinter") -> str:
        return f"MOD({self.x.excel(px)},{self.unit.excel(px)})"

    def guard(self, px: "ExcelPrinter", g: "Guard") -> None:
        super().guard(px, g)
        g.divides()

    def words(self, wp: "WordsPrinter") -> str:
        return wp.say("expr.remainder", x=self.x.words_in(wp, _MUL), unit=self.unit.words(wp))


def remainder(x: Any, unit: Any) -> Expr:
    return Remainder(lift(x), lift(unit))


# -- days -------------------------------------------------------------------------------


class DayFunction(Expr):
    """A business-day or calendar-day function of the TSE calendar."""

    def __init__(self, key: str, args: tuple[Expr, ...], python: Callable[..., Any], excel: str,
                 value_type: str = DATE):
        self.key, self.args, self.python, self.excel_template = key, args, python, excel
        self.value_type = value_type

    @property
    def places(self) -> int | None:
        return 0

    def children(self) -> tuple[Expr, ...]:
        return self.args

    def evaluate(self, frame: "Frame") -> Any:
        return self.python(frame.calendar, *(a.evaluate(frame) for a in self.args))

    def compile(self) -> Callable[["Frame"], Any]:
        python, args = self.python, tuple(a.run for a in self.args)
        if len(args) == 1:
            (one,) = args
            return lambda frame: python(frame.ev.calendar, one(frame))
        first, second = args
        return lambda frame: python(frame.ev.calendar, first(frame), second(frame))

    def excel(self, px: "ExcelPrinter") -> str:
        return self.excel_template.format(*(a.excel(px) for a in self.args), holidays=px.holidays())

    def words(self, wp: "WordsPrinter") -> str:
        return wp.say(self.key, **{name: a.words(wp) for name, a in zip("abc", self.args)})


def add_business_days(day: Any, n: Any) -> Expr:
    """The ``n``-th TSE business day after ``day``."""
    return DayFunction("expr.add_business_days", (lift(day), lift(n)),
                       lambda cal, d, k: cal.add_business_days(d, k), "WORKDAY({0},{1},{holidays})")


def business_days_between(start: Any, end: Any) -> Expr:
    """TSE business days from ``start`` to ``end``, both included."""
    return DayFunction("expr.business_days_between", (lift(start), lift(end)),
                       lambda cal, a, b: cal.business_days_between(a, b), "NETWORKDAYS({0},{1},{holidays})",
                       NUMBER)


def add_calendar_days(day: Any, n: Any) -> Expr:
    """``n`` calendar days after ``day`` (a lock-up of 90 days)."""
    return DayFunction("expr.add_calendar_days", (lift(day), lift(n)),
                       lambda cal, d, k: d + dt.timedelta(days=k), "{0}+{1}")


def is_business_day(day: Any) -> Expr:
    return DayFunction("expr.is_business_day", (lift(day),), lambda cal, d: cal.is_business_day(d),
                       "AND(WEEKDAY({0},2)<6,COUNTIF({holidays},{0})=0)", BOOL)


def first_of_business_days(end: Any, n: Any) -> Expr:
    """The first of the ``n`` consecutive business days up to and including
    ``end``: where an average over n days starts."""
    return DayFunction("expr.first_of_business_days", (lift(end), lift(n)),
                       lambda cal, d, k: cal.add_business_days(d + dt.timedelta(days=1), -k),
                       "WORKDAY({0}+1,-{1},{holidays})")


# -- tables ----------------------------------------------------------------------------


class Aggregate(Expr):
    """A sum, count or average over a column of a table (an input column or a
    per-row result); ``where`` limits it to the rows where a yes/no column
    holds."""

    def __init__(self, key: str, column: Expr, where: Expr | None = None):
        self.key, self.column, self.where = key, column, where
        self.table = _table_of(column)
        if where is not None and _table_of(where) != self.table:
            raise ValueError("a column and its condition come from one table")

    @property
    def places(self) -> int | None:
        if self.key in ("expr.count_where", "expr.duplicates"):
            return 0
        return None if self.key == "expr.average_where" else self.column.places

    def children(self) -> tuple[Expr, ...]:
        return (self.column,) if self.where is None else (self.column, self.where)

    def evaluate(self, frame: "Frame") -> Any:
        return frame.aggregate(self)

    def excel(self, px: "ExcelPrinter") -> str:
        rows = px.rows(self.table)
        if self.key == "expr.column_sum":
            return f"SUM({px.column(self.column)})" if rows else "0"
        if self.key == "expr.count_where":
            return f"COUNTIF({px.column(self.column)},TRUE)" if rows else "0"
        if self.key == "expr.duplicates":
            col = px.column(self.column)
            return f'SUMPRODUCT(({col}<>"")*(COUNTIF({col},{col})>1))' if rows else "0"
        cond = f"{px.column(self.where)},TRUE"
        if self.key == "expr.sum_where":
            return f"SUMIFS({px.column(self.column)},{cond})" if rows else "0"
        return f"AVERAGEIFS({px.column(self.column)},{cond})"

    def guard(self, px: "ExcelPrinter", g: "Guard") -> None:
        g.column(px, self)
        if self.key == "expr.average_where":
            g.divides()

    def words(self, wp: "WordsPrinter") -> str:
        return wp.say(self.key, column=self.column.words(wp), where=self.where.words(wp) if self.where else "")


def _table_of(column: Expr) -> str:
    table = getattr(column, "table", None)
    if table is None:
        raise TypeError("an aggregate reads a column of a table (a row field or a per-row result)")
    return table


def column_sum(column: Expr) -> Expr:
    return Aggregate("expr.column_sum", column)


def count_where(column: Expr) -> Expr:
    """The rows where the yes/no ``column`` holds."""
    return Aggregate("expr.count_where", column)


def sum_where(column: Expr, where: Expr) -> Expr:
    return Aggregate("expr.sum_where", column, where)


def average_where(column: Expr, where: Expr) -> Expr:
    return Aggregate("expr.average_where", column, where)


def duplicates(column: Expr) -> Expr:
    """How many rows share their value in ``column`` with another row (blank
    cells left out): one close per day."""
    return Aggregate("expr.duplicates", column)


# -- the deal's shape ----------------------------------------------------------------------


class Shaped(Expr):
    """An expression chosen by the deal's shape: whether a section is in the
    deal, or a table has rows. The workbook of a deal has the cells of its
    sections only, so the choice is made when the formula is printed."""

    def __init__(self, kind: str, subject: str, then: Expr, otherwise: Expr):
        self.kind, self.subject, self.then, self.otherwise = kind, subject, then, otherwise
        self.value_type = then.value_type if not isinstance(then, Const) else otherwise.value_type

    @property
    def places(self) -> int | None:
        a, b = self.then.places, self.otherwise.places
        return None if a is None or b is None else max(a, b)

    def children(self) -> tuple[Expr, ...]:
        return (self.then, self.otherwise)

    def chosen(self, holds: bool) -> Expr:
        return self.then if holds else self.otherwise

    def evaluate(self, frame: "Frame") -> Any:
        return self.chosen(frame.shape(self.kind, self.subject)).evaluate(frame)

    def compile(self) -> Callable[["Frame"], Any]:
        kind, subject, then, otherwise = self.kind, self.subject, self.then.run, self.otherwise.run
        return lambda frame: then(frame) if frame.ev.shape(kind, subject) else otherwise(frame)

    def excel(self, px: "ExcelPrinter") -> str:
        return self.chosen(px.shape(self.kind, self.subject)).excel(px)

    def excel_in(self, px: "ExcelPrinter", precedence: int) -> str:
        return self.chosen(px.shape(self.kind, self.subject)).excel_in(px, precedence)

    def guard(self, px: "ExcelPrinter", g: "Guard") -> None:
        self.chosen(px.shape(self.kind, self.subject)).guard(px, g)

    def words(self, wp: "WordsPrinter") -> str:
        return wp.say(f"expr.if_{self.kind}", subject=wp.label(self.subject), then=self.then.words_in(wp, _MUL),
                      otherwise=self.otherwise.words(wp))


def if_present(section: str, then: Any, otherwise: Any) -> Expr:
    return Shaped("present", section, lift(then), lift(otherwise))


def if_rows(table: str, then: Any, otherwise: Any) -> Expr:
    return Shaped("rows", table, lift(then), lift(otherwise))


class AnyPresent(Expr):
    """``then`` when the deal has at least one of ``sections``; without any
    of them it is blank, as a result of an absent section is (left out of
    the worksheet and the workbook, not shown as zero)."""

    def __init__(self, sections: tuple[str, ...], then: Expr):
        if not sections:
            raise ValueError("if_any_present() needs at least one section")
        self.sections, self.then = sections, then
        self.value_type = then.value_type

    @property
    def places(self) -> int | None:
        return self.then.places

    def children(self) -> tuple[Expr, ...]:
        return (self.then,)

    def evaluate(self, frame: "Frame") -> Any:
        if any(frame.shape("present", s) for s in self.sections):
            return self.then.evaluate(frame)
        raise Blocked(self.sections[0], missing=True)

    def _any(self, px: "ExcelPrinter") -> bool:
        return any(px.shape("present", s) for s in self.sections)

    def excel(self, px: "ExcelPrinter") -> str:
        return self.then.excel(px) if self._any(px) else "NA()"

    def excel_in(self, px: "ExcelPrinter", precedence: int) -> str:
        return self.then.excel_in(px, precedence) if self._any(px) else "NA()"

    def guard(self, px: "ExcelPrinter", g: "Guard") -> None:
        if self._any(px):
            self.then.guard(px, g)
        else:
            g.never()

    def words(self, wp: "WordsPrinter") -> str:
        return wp.say("expr.if_any_present", then=self.then.words_in(wp, _MUL),
                      subjects=("、" if wp.language == "ja" else ", ").join(wp.label(s) for s in self.sections))


def if_any_present(sections: tuple[str, ...], then: Any) -> Expr:
    return AnyPresent(tuple(sections), lift(then))


# -- words -------------------------------------------------------------------------------


class WordsPrinter:
    """Prints expressions in words in one language."""

    def __init__(self, language: str = "en"):
        self.language = language

    def say(self, key: str, **parts: str) -> str:
        from worksheet.words import CATALOGUE

        return CATALOGUE.words(key).text(self.language).format(**parts)

    def term(self, key: str) -> str:
        from worksheet.words import CATALOGUE

        return CATALOGUE.words(key).text(self.language)

    def label(self, key: str) -> str:
        return self.term(key)

    def choice_label(self, field: Field, stored: str) -> str:
        from worksheet.words import CATALOGUE

        key = f"{field.generic}.{stored}"
        if key in CATALOGUE:
            return self.term(key)
        return dict(field.info.kind.choices)[stored]  # type: ignore[union-attr]

    def figure(self, value: Any) -> str:
        from worksheet.words import show

        if isinstance(value, Decimal) and value != value.to_integral_value():
            return format(value.normalize(), "f")
        return show(value, "", self.language)


term("expr.round_up_to_yen", "{x}, any fraction below one yen rounded up", "{x}（1円未満の端数切上げ）")
term("expr.round_down_to_yen", "{x}, any fraction below one yen rounded down", "{x}（1円未満の端数切捨て）")
term("expr.round_down_to_sen", "{x}, any fraction below one sen rounded down", "{x}（1銭未満の端数切捨て）")
term("expr.round_down_to_million", "{x}, truncated to whole millions of yen", "{x}（百万円未満切捨て）")
term("expr.round_half_up_to_sen", "{x}, rounded half up to the sen", "{x}（銭未満四捨五入）")
term("expr.round_half_up_2", "{x}, rounded half up to two decimals", "{x}（小数点以下第3位四捨五入）")
term("expr.round_percent_1", "{x}, as a percentage rounded half up to one decimal",
     "{x}（百分率で小数点以下第2位四捨五入）")
term("expr.round_percent_2", "{x}, as a percentage rounded half up to two decimals",
     "{x}（百分率で小数点以下第3位四捨五入）")
term("expr.whole_shares", "{x}, any fraction of a share dropped", "{x}（1株未満の端数切捨て）")
term("expr.whole_units", "{x}, rounded down to whole units of {unit}", "{x}（{unit}単位未満切捨て）")
term("expr.remainder", "what {x} leaves over whole multiples of {unit}", "{x}を{unit}で除した余り")
term("expr.add_business_days", "the {b}-th TSE business day after {a}", "{a}の{b}営業日後")
term("expr.business_days_between", "TSE business days from {a} to {b}, both included",
     "{a}から{b}までの営業日数（両端を含む）")
term("expr.add_calendar_days", "{b} calendar days after {a}", "{a}から{b}日後")
term("expr.is_business_day", "{a} is a TSE business day", "{a}が営業日であること")
term("expr.first_of_business_days", "the first of the {b} consecutive business days up to and including {a}",
     "{a}以前{b}営業日の初日")
term("expr.column_sum", "the sum of {column}", "{column}の合計")
term("expr.count_where", "the rows where {column}", "{column}に該当する行数")
term("expr.sum_where", "the sum of {column} where {where}", "{where}の{column}の合計")
term("expr.average_where", "the average of {column} where {where}", "{where}の{column}の平均")
term("expr.duplicates", "the rows whose {column} another row also has", "{column}が他の行と重複する行数")
term("expr.if_present", "{then} (or {otherwise} without {subject})", "{then}（{subject}がない場合は{otherwise}）")
term("expr.if_any_present", "{then} (blank without any of: {subjects})", "{then}（{subjects}のいずれもない場合は空欄）")
term("expr.if_rows", "{then} (or, with no rows in {subject}, {otherwise})",
     "{subject}に行がある場合は{then}、ない場合は{otherwise}")
term("expr.when", "{then} when {condition}, otherwise {otherwise}", "{condition}の場合は{then}、それ以外は{otherwise}")
term("expr.is", "{x} is {choice}", "{x}が{choice}")
term("expr.is_blank", "{x} is left blank", "{x}が空欄")
term("expr.not", "not ({x})", "（{x}）でない")
term("expr.and", "and", "かつ")
term("expr.or", "or", "または")
term("expr.smaller", "the smaller of {items}", "{items}のうち小さい方")
term("expr.larger", "the larger of {items}", "{items}のうち大きい方")


__all__ = [
    "Blocked", "Expr", "Const", "Text", "Field", "RowField", "Optional", "add_business_days", "add_calendar_days",
    "all_of", "any_of", "average_where", "business_days_between", "column_sum", "count_where", "differ", "equal",
    "first_of_business_days", "if_any_present", "if_present", "if_rows", "is_blank", "is_business_day", "larger",
    "not_", "remainder", "round_down_to_million", "round_down_to_sen", "round_down_to_yen", "round_half_up",
    "round_half_up_to_sen",
    "round_percent", "round_up_to_yen", "smaller", "sum_where", "when", "whole_shares", "whole_units",
]
