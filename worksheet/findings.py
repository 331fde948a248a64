"""Findings: what validation and the cross-checks report, as data.

A finding names the field or result it is about (its dotted path), the rule
it applies and a message a banker can read. Errors blank the results that
depend on the field; warnings do not.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class Finding:
    severity: Severity
    path: str
    rule: str
    message: str

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


def error(path: str, rule: str, message: str) -> Finding:
    return Finding(Severity.ERROR, path, rule, message)


def warning(path: str, rule: str, message: str) -> Finding:
    return Finding(Severity.WARNING, path, rule, message)
