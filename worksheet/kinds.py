"""Kinds of input field: how each reads text, prints a value and is stored.

A kind is the single place that knows what a share count, an amount in yen
or a date looks like. The window, the deal file and the command line all go
through it, so "4,700,000" means the same thing everywhere. Reading text that
does not fit never raises: it gives an :class:`Invalid` holding the text the
user typed and the reason, so nothing typed is lost.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from worksheet.literals import MAX_DIGITS, OversizedNumber, decimal_from_text, describe, has_lone_surrogate
from worksheet.money import exact, money

MAX_SHARES = 10**13  # above any share count a listed company has issued
MAX_YEN = Decimal(10) ** 16  # ten thousand trillion yen
MAX_DAYS = 3660
MIN_DATE = dt.date(1950, 1, 1)
MAX_DATE = dt.date(2199, 12, 31)
MAX_TEXT = 2000


@dataclass(frozen=True)
class Invalid:
    """What the user typed into a field, kept although it cannot be read."""

    text: str
    reason: str = field(compare=False)  # derived from the text by the field's kind

    def __str__(self) -> str:  # shown back in the field untouched
        return self.text


class KindError(ValueError):
    """Raised by ``from_json`` when a deal file holds a value of the wrong kind."""


_NUMBER = re.compile(r"^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$")
_FULLWIDTH = str.maketrans("０１２３４５６７８９，．－＋％", "0123456789,.-+%")


def _short(text: str) -> str:
    """Typed text quoted back in a message, cut short when long."""
    return text if len(text) <= 40 else text[:40] + "\u2026"


def _clean_number(text: str) -> str:
    s = text.translate(_FULLWIDTH).strip().replace("\u2212", "-")
    for prefix in ("JPY", "¥", "￥"):
        if s.upper().startswith(prefix):
            s = s[len(prefix):].strip()
    for suffix in ("shares", "yen", "円", "株"):
        if s.lower().endswith(suffix):
            s = s[: -len(suffix)].strip()
    if s.startswith("(") and s.endswith(")"):  # accounting negative
        s = "-" + s[1:-1].strip()
    return s.replace(" ", "")


@dataclass(frozen=True)
class Kind:
    """Base of all kinds. Subclasses say how to read, print and store."""

    name: str
    unit: str = ""

    def parse(self, text: str) -> Any:
        """Text typed by a user -> value, ``None`` when blank, or :class:`Invalid`."""
        raise NotImplementedError

    def format(self, value: Any) -> str:
        """Value -> text as a release prints it."""
        if value is None:
            return ""
        if isinstance(value, Invalid):
            return value.text
        return self._format(value)

    def _format(self, value: Any) -> str:
        return str(value)

    def to_json(self, value: Any) -> Any:
        if value is None:
            return None
        if isinstance(value, Invalid):
            return {"invalid": value.text}
        return self._to_json(value)

    def _to_json(self, value: Any) -> Any:
        return value

    def from_json(self, raw: Any) -> Any:
        """A deal file's value -> value; raises :class:`KindError` naming the rule."""
        if raw is None:
            return None
        if isinstance(raw, dict) and set(raw) == {"invalid"} and isinstance(raw["invalid"], str):
            typed = raw["invalid"]
            if len(typed) > MAX_TEXT:
                raise KindError(f"the entry kept as typed is {len(typed):,} characters long; "
                                f"an entry holds {MAX_TEXT:,} at most")
            parsed = self.parse(typed)
            return parsed if isinstance(parsed, Invalid) else Invalid(typed, "kept as typed")
        return self._from_json(raw)

    def _from_json(self, raw: Any) -> Any:
        raise NotImplementedError


@dataclass(frozen=True)
class IntegerKind(Kind):
    """Whole numbers: share counts, units, day offsets."""

    minimum: int = 0
    maximum: int = MAX_SHARES
    what: str = "a whole number of shares"

    def parse(self, text: str) -> int | Invalid | None:
        s = _clean_number(text)
        if not s:
            return None
        if not _NUMBER.match(s):
            return Invalid(text, f"'{_short(text)}' is not {self.what}")
        if "." in s and s.split(".")[1].strip("0"):
            return Invalid(text, f"'{_short(text)}' is not {self.what}: it has a fraction")
        whole = s.split(".")[0].replace(",", "").lstrip("+-")
        if len(whole.lstrip("0")) > MAX_DIGITS:
            return Invalid(text, f"a number of {len(whole):,} digits is above the largest allowed, "
                                 f"{self._format(self.maximum)}")
        value = int(s.split(".")[0].replace(",", ""))
        problem = self.out_of_range(value)
        return Invalid(text, problem) if problem else value

    def out_of_range(self, value: int) -> str | None:
        if value < self.minimum:
            return f"{self._format(value)} is below the smallest allowed, {self._format(self.minimum)}"
        if value > self.maximum:
            return f"{self._format(value)} is above the largest allowed, {self._format(self.maximum)}"
        return None

    def _format(self, value: int) -> str:
        return f"{value:,}"

    def _from_json(self, raw: Any) -> int:
        if isinstance(raw, OversizedNumber):
            raise KindError(f"{describe(raw)} is above the largest allowed, {self._format(self.maximum)}")
        if isinstance(raw, bool) or not isinstance(raw, int):
            raise KindError(f"expected {self.what}, found {describe(raw)}")
        problem = self.out_of_range(raw)
        if problem:
            raise KindError(problem)
        return raw


@dataclass(frozen=True)
class DecimalKind(Kind):
    """Amounts and factors held as Decimal: yen, sen prices, ratios."""

    minimum: Decimal | None = Decimal(0)
    maximum: Decimal = MAX_YEN
    places: int | None = 0  # decimals allowed; None: any
    display_places: int | None = None  # decimals printed; None: as entered
    what: str = "an amount in yen"
    percent: bool = False  # typed and printed as a percentage, held as a ratio

    def parse(self, text: str) -> Decimal | Invalid | None:
        s = _clean_number(text)
        is_percent = s.endswith("%")
        s = s.rstrip("%").strip()
        if not s:
            return None
        if not _NUMBER.match(s):
            return Invalid(text, f"'{_short(text)}' is not {self.what}")
        if sum(c.isdigit() for c in s) > MAX_DIGITS:
            return Invalid(text, f"'{_short(text)}' has more digits than any real figure")
        try:
            value = money(s)
        except InvalidOperation:
            return Invalid(text, f"'{_short(text)}' is not {self.what}")
        if self.percent or is_percent:
            value = value / 100
        problem = self.problem(value)
        return Invalid(text, problem) if problem else value

    def problem(self, value: Decimal) -> str | None:
        if not value.is_finite():
            return f"'{value}' is not {self.what}"
        if abs(value) > self.maximum:
            return f"{value:,f} is larger than any real figure ({self._format(self.maximum)})"
        if self.minimum is not None and value < self.minimum:
            return f"{value:,f} is below the smallest allowed, {self._format(self.minimum)}"
        if self.places is not None and value != value.quantize(Decimal(1).scaleb(-self.places)):
            typed = f"{value:,f}"
            if self.places == 0:
                return f"{typed}: {self.what} is stated in whole yen"
            if self.places == 2:
                return f"{typed}: {self.what} is stated to the sen (two decimals) at most"
            return f"{typed}: {self.what} allows {self.places} decimals at most"
        return None

    def _format(self, value: Decimal) -> str:
        with exact():
            return self._format_exactly(value)

    def _format_exactly(self, value: Decimal) -> str:
        if self.percent:
            pct = value * 100
            places = 1 if self.display_places is None else self.display_places
            return f"{pct:,.{places}f}%"
        if self.display_places is not None:
            return f"{value:,.{self.display_places}f}"
        if value == value.to_integral_value():
            return f"{value.quantize(Decimal(1)):,f}"
        if self.places == 2:  # sen prices print both decimals: 3,279.40
            return f"{value:,.2f}"
        return f"{value.normalize():,f}"

    def _to_json(self, value: Decimal) -> str:
        return format(value, "f")

    def _from_json(self, raw: Any) -> Decimal:
        if isinstance(raw, OversizedNumber):
            raise KindError(f"expected {self.what}, found {describe(raw)}")
        if isinstance(raw, bool) or not isinstance(raw, (str, int, Decimal)):
            raise KindError(f"expected {self.what} written as text such as \"3279.44\", found {describe(raw)}")
        value = decimal_from_text(raw) if isinstance(raw, str) else money(raw)
        if isinstance(value, OversizedNumber):
            raise KindError(f"expected {self.what}, found {describe(value)}")
        if value is None or not value.is_finite():
            raise KindError(f"expected {self.what}, found {describe(raw)}")
        problem = self.problem(value)
        if problem:
            raise KindError(problem)
        return value


_DATE_FORMS = (re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$"), re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$"))


@dataclass(frozen=True)
class DateKind(Kind):
    what: str = "a date (yyyy-mm-dd)"

    def parse(self, text: str) -> dt.date | Invalid | None:
        s = text.translate(_FULLWIDTH).strip()
        if not s:
            return None
        for form in _DATE_FORMS:
            m = form.match(s)
            if m:
                try:
                    value = dt.date(int(m[1]), int(m[2]), int(m[3]))
                except ValueError:
                    return Invalid(text, f"'{text}' is not a day of the calendar")
                problem = self.problem(value)
                return Invalid(text, problem) if problem else value
        return Invalid(text, f"'{text}' is not {self.what}")

    def problem(self, value: dt.date) -> str | None:
        if not MIN_DATE <= value <= MAX_DATE:
            return f"{value.isoformat()} is outside the years {MIN_DATE.year} to {MAX_DATE.year}"
        return None

    def _format(self, value: dt.date) -> str:
        return value.isoformat()

    def _to_json(self, value: dt.date) -> str:
        return value.isoformat()

    def _from_json(self, raw: Any) -> dt.date:
        if not isinstance(raw, str) or len(raw) != 10:
            raise KindError(f"expected {self.what}, found {describe(raw)}")
        try:
            value = dt.date.fromisoformat(raw)
        except ValueError:
            raise KindError(f"expected {self.what}, found {describe(raw)}") from None
        problem = self.problem(value)
        if problem:
            raise KindError(problem)
        return value


@dataclass(frozen=True)
class TextKind(Kind):
    what: str = "text"

    def parse(self, text: str) -> str:
        return text[:MAX_TEXT]

    def from_json(self, raw: Any) -> str:
        """Text, never ``None``: a blank (null) text field reads as empty
        text, and text kept as typed is simply the text."""
        if raw is None:
            return ""
        if isinstance(raw, dict) and set(raw) == {"invalid"} and isinstance(raw["invalid"], str):
            raw = raw["invalid"]
        return self._from_json(raw)

    def _from_json(self, raw: Any) -> str:
        if not isinstance(raw, str):
            raise KindError(f"expected text, found {describe(raw)}")
        if len(raw) > MAX_TEXT:
            raise KindError(f"the text is {len(raw):,} characters long; a field holds {MAX_TEXT:,} at most")
        if has_lone_surrogate(raw):
            raise KindError("the text holds half of a character (a lone UTF-16 surrogate), which no file can store")
        return raw


@dataclass(frozen=True)
class ChoiceKind(Kind):
    choices: tuple[tuple[str, str], ...] = ()  # (stored value, label)

    def parse(self, text: str) -> str | Invalid:
        for value, label in self.choices:
            if text in (value, label):
                return value
        return Invalid(text, f"'{text}' is not one of: {', '.join(label for _, label in self.choices)}")

    def _format(self, value: str) -> str:
        return dict(self.choices).get(value, value)

    def _from_json(self, raw: Any) -> str:
        if not isinstance(raw, str) or raw not in dict(self.choices):
            raise KindError(f"expected one of {', '.join(repr(v) for v, _ in self.choices)}, found {describe(raw)}")
        return raw


@dataclass(frozen=True)
class BoolKind(Kind):
    def parse(self, text: str) -> bool | Invalid:
        s = text.strip().lower()
        if s in ("yes", "true", "1", "on"):
            return True
        if s in ("no", "false", "0", "off", ""):
            return False
        return Invalid(text, f"'{text}' is not yes or no")

    def _format(self, value: bool) -> str:
        return "Yes" if value else "No"

    def _from_json(self, raw: Any) -> bool:
        if not isinstance(raw, bool):
            raise KindError(f"expected true or false (yes or no), found {describe(raw)}")
        return raw


SHARES = IntegerKind("shares", unit="shares")
UNIT = IntegerKind("unit", unit="shares", minimum=1, maximum=100_000, what="a share unit")
DAYS = IntegerKind("days", unit="days", minimum=0, maximum=MAX_DAYS, what="a number of days")
BUSINESS_DAYS = IntegerKind("business_days", unit="business days", minimum=0, maximum=MAX_DAYS, what="a number of business days")
YEN = DecimalKind("yen", unit="JPY", places=0, what="an amount in whole yen")
PRICE = DecimalKind("price", unit="JPY", places=2, what="a price per share in yen")
THOUSAND_YEN = DecimalKind("thousand_yen", unit="JPY thousand", places=0, what="an amount in thousands of yen")
MILLION_YEN = DecimalKind("million_yen", unit="JPY million", minimum=None, places=None, what="an amount in millions of yen")
PER_SHARE = DecimalKind("per_share", unit="JPY", minimum=None, places=2, what="a per-share figure in yen")
FACTOR = DecimalKind("factor", unit="x", minimum=Decimal(0), maximum=Decimal(10), places=4, display_places=2, what="a factor such as 0.90")
RATIO = DecimalKind("ratio", unit="shares per share", minimum=Decimal(0), maximum=Decimal(10**9), places=6, what="an allotment ratio")
PERCENT = DecimalKind("percent", unit="%", minimum=Decimal(0), maximum=Decimal(100), places=6, what="a percentage", percent=True)
DATE = DateKind("date", unit="date")
TEXT = TextKind("text")
BOOL = BoolKind("bool")
