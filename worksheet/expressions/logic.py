"""Conditions and choices: and, or, not, one branch or the other, the
smaller or larger of several. Only the operands that decide are evaluated,
in the core and in the workbook's formulas alike."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from worksheet.expressions.node import BOOL, Const, ExcelPrinter, Expr, Guard, Precedence, lift
from worksheet.words import term

if TYPE_CHECKING:
    from worksheet.expressions.node import Frame
    from worksheet.expressions.in_words import WordsPrinter


class Logic(Expr):
    value_type = BOOL
    precedence = Precedence.COMPARE - 1  # "a and (b or c)": an operand that is itself and/or is bracketed in words

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
            def all_hold(frame: "Frame") -> bool:
                for item in items:
                    if not item(frame):
                        return False
                return True

            return all_hold

        def any_holds(frame: "Frame") -> bool:
            for item in items:
                if item(frame):
                    return True
            return False

        return any_holds

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
        return f" {joiner} ".join(item.words_in(wp, Precedence.ADD) for item in self.items)


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


term("expr.when", "{then} when {condition}, otherwise {otherwise}", "{condition}の場合は{then}、それ以外は{otherwise}")
term("expr.not", "not ({x})", "（{x}）でない")
term("expr.and", "and", "かつ")
term("expr.or", "or", "または")
term("expr.smaller", "the smaller of {items}", "{items}のうち小さい方")
term("expr.larger", "the larger of {items}", "{items}のうち大きい方")
