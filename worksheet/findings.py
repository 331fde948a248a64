"""Findings: what the checks report, as data.

A finding names the field or result it is about (its dotted path), the
check that made it (a catalogue key: its label is the rule a banker reads,
"Shares are offered in whole units") and what it says, as a
:class:`~worksheet.words.Message`: a key and the figures, put into words
only when shown, in the reader's language. Errors blank the results that
depend on the field; warnings do not.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from worksheet.words import CATALOGUE, DEFAULT_LANGUAGE, Message, term


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class Finding:
    severity: Severity
    path: str
    check: str  # the catalogue key of the check's label
    said: Message

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def text(self, language: str = DEFAULT_LANGUAGE) -> str:
        """What the finding says, in ``language``."""
        return self.said.text(language)

    def rule_text(self, language: str = DEFAULT_LANGUAGE) -> str:
        """The label of the check that made it, in ``language``."""
        return CATALOGUE.text(self.check, language)

    @property
    def message(self) -> str:
        return self.text()

    @property
    def rule(self) -> str:
        return self.rule_text()


def error(path: str, check: str, said: Message) -> Finding:
    return Finding(Severity.ERROR, path, check, said)


def warning(path: str, check: str, said: Message) -> Finding:
    return Finding(Severity.WARNING, path, check, said)


term("severity.error", "Error", "エラー")
term("severity.warning", "Warning", "警告")
