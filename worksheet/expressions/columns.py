"""Sums, counts and averages over a column of a table, and the count of
rows that repeat another's value."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from worksheet.expressions.node import ExcelPrinter, Expr, Guard
from worksheet.words import term

if TYPE_CHECKING:
    from worksheet.expressions.node import Frame
    from worksheet.expressions.in_words import WordsPrinter


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


term("expr.column_sum", "the sum of {column}", "{column}の合計")
term("expr.count_where", "the rows where {column}", "{column}に該当する行数")
term("expr.sum_where", "the sum of {column} where {where}", "{where}の{column}の合計")
term("expr.average_where", "the average of {column} where {where}", "{where}の{column}の平均")
term("expr.duplicates", "the rows whose {column} another row also has", "{column}が他の行と重複する行数")
