"""A rule in words: what a result is, from its one declaration.

The text has two parts: the arithmetic, printed from the rule's expression
(so it cannot say other than what is computed), and the rule's basis from
the catalogue (the article, the release). The window shows it as a
tooltip, the workbook as a cell comment, ``compute --rules`` under each
figure.
"""

from __future__ import annotations

from worksheet.expressions import WordsPrinter
from worksheet.words import CATALOGUE, DEFAULT_LANGUAGE


def formula_words(name: str, language: str = DEFAULT_LANGUAGE) -> str:
    """``Stated capital increase = Total amount to be paid ÷ 2, any fraction
    below one yen rounded up``."""
    from worksheet.deal import REGISTRY

    rule = REGISTRY.rules[name]
    printer = WordsPrinter(language)
    return f"{printer.label(name)} = {rule.expr.words(printer)}"


def explain(name: str, language: str = DEFAULT_LANGUAGE) -> str:
    """The formula in words, then the basis of the rule when it has one."""
    text = formula_words(name, language)
    basis = name + ".rule"
    if basis in CATALOGUE:
        text += ("。" if language == "ja" else ". ") + CATALOGUE.text(basis, language)
    return text
