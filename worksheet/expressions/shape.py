"""Expressions chosen by the deal's shape: whether a section is in the
deal, or a table has rows. The workbook of a deal has the cells of its
sections only, so the choice is made when a formula is printed."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from worksheet.expressions.node import Blocked, Const, ExcelPrinter, Expr, Guard, Precedence, lift
from worksheet.words import term

if TYPE_CHECKING:
    from worksheet.expressions.node import Frame
    from worksheet.expressions.in_words import WordsPrinter


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
        return wp.say(f"expr.if_{self.kind}", subject=wp.label(self.subject),
                      then=self.then.words_in(wp, Precedence.MUL), otherwise=self.otherwise.words(wp))


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
        return wp.say("expr.if_any_present", then=self.then.words_in(wp, Precedence.MUL),
                      subjects=("、" if wp.language == "ja" else ", ").join(wp.label(s) for s in self.sections))


def if_any_present(sections: tuple[str, ...], then: Any) -> Expr:
    return AnyPresent(tuple(sections), lift(then))


term("expr.if_present", "{then} (or {otherwise} without {subject})", "{then}（{subject}がない場合は{otherwise}）")
term("expr.if_any_present", "{then} (blank without any of: {subjects})", "{then}（{subjects}のいずれもない場合は空欄）")
term("expr.if_rows", "{then} (or, with no rows in {subject}, {otherwise})",
     "{subject}に行がある場合は{then}、ない場合は{otherwise}")
