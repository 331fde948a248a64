"""Printing expressions in words, in English or Japanese: the rule behind a
figure in a tooltip, a cell comment and ``compute --rules``."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from worksheet.expressions.inputs import Field


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
