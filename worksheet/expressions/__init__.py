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

The vocabulary, a module for each idea:

- ``node``: the node every word is, constants, arithmetic and comparisons;
- ``inputs``: the deal's fields and table columns;
- ``logic``: and, or, not, one branch or the other, the smaller or larger;
- ``roundings``: the roundings a release names;
- ``days``: the exchange's business days;
- ``columns``: sums, counts and averages over a table;
- ``shape``: what a deal has (a section, rows in a table);
- ``in_words``: printing an expression in English or Japanese.

Rules import the words from this package: ``from worksheet.expressions
import round_up_to_yen``.
"""

from worksheet.expressions.columns import Aggregate, average_where, column_sum, count_where, duplicates, sum_where
from worksheet.expressions.days import (
                                           DayFunction,
                                           add_business_days,
                                           add_calendar_days,
                                           business_days_between,
                                           first_of_business_days,
                                           is_business_day,
)
from worksheet.expressions.in_words import WordsPrinter
from worksheet.expressions.inputs import ChoiceIs, Field, IsBlank, Optional, RowField, is_blank
from worksheet.expressions.logic import Extreme, Logic, Not, When, all_of, any_of, larger, not_, smaller, when
from worksheet.expressions.node import (
                                           BOOL,
                                           CHOICE,
                                           DATE,
                                           NUMBER,
                                           TEXT,
                                           Arithmetic,
                                           Blocked,
                                           Compare,
                                           Const,
                                           ExcelPrinter,
                                           Expr,
                                           Guard,
                                           Precedence,
                                           Text,
                                           differ,
                                           equal,
                                           lift,
)
from worksheet.expressions.roundings import (
                                           Remainder,
                                           Rounding,
                                           WholeUnits,
                                           remainder,
                                           round_down_to_million,
                                           round_down_to_sen,
                                           round_down_to_yen,
                                           round_half_up,
                                           round_half_up_to_sen,
                                           round_percent,
                                           round_up_to_yen,
                                           whole_shares,
                                           whole_units,
)
from worksheet.expressions.shape import AnyPresent, Shaped, if_any_present, if_present, if_rows

__all__ = [
    # the node, its protocols and its kinds of value
    "BOOL", "CHOICE", "DATE", "NUMBER", "TEXT", "Arithmetic", "Blocked", "Compare", "Const", "ExcelPrinter", "Expr",
    "Guard", "Precedence", "Text", "WordsPrinter", "lift",
    # the words rules are written in
    "Aggregate", "AnyPresent", "ChoiceIs", "DayFunction", "Extreme", "Field", "IsBlank", "Logic", "Not", "Optional",
    "Remainder", "Rounding", "RowField", "Shaped", "When", "WholeUnits",
    "add_business_days", "add_calendar_days", "all_of", "any_of", "average_where", "business_days_between",
    "column_sum", "count_where", "differ", "duplicates", "equal", "first_of_business_days", "if_any_present",
    "if_present", "if_rows", "is_blank", "is_business_day", "larger", "not_", "remainder", "round_down_to_million",
    "round_down_to_sen", "round_down_to_yen", "round_half_up", "round_half_up_to_sen", "round_percent",
    "round_up_to_yen", "smaller", "sum_where", "when", "whole_shares", "whole_units",
]
