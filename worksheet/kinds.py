"""Kinds of input field: how each reads text, prints a value and is stored.

A kind is the single place that knows what a share count, an amount in yen
or a date looks like. The window, the deal file and the command line all go
through it, so "4,700,000" means the same thing everywhere. Reading text that
does not fit never raises: it gives an :class:`Invalid` holding the text the
user typed and why it was refused, so nothing typed is lost.

Every refusal is a catalogue message (:mod:`worksheet.words`): a key under
``kinds.`` and its figures, shown in the reader's language when shown. The
figures are the text as typed, and numbers already printed as the kind
prints them (digits read the same in English and Japanese); dates stay
dates, so each language prints them its own way.

Nothing is converted before its text is looked at (:mod:`worksheet.literals`):
a figure of more digits than any real one is refused unread, a refusal
quotes at most the first 40 characters typed, and a deal file's value is
described in words (:func:`worksheet.literals.description`), never as Python
writes it. From a deal file a date is exactly yyyy-mm-dd, a choice is text,
text is real text (no half of a UTF-16 pair) of at most :data:`MAX_TEXT`
characters, as is an entry kept as typed, and a blank text field reads as
empty text.

How a number may be written (the forms are read by :mod:`worksheet.numerals`):

- Full-width digits, separators and signs read as their ASCII forms; spaces
  are ignored.
- Negatives: -6, △6, ▲6 or (6), in a kind that allows negatives (amounts in
  millions of yen, per-share figures). Anywhere else a negative is refused
  and the refusal names △ when △ or ▲ was typed. Two signs (-△6) are refused.
- Multipliers 兆, 億, 万, 千 and 百 group digits (1億2,345万 = 123,450,000;
  3万5千 = 35,000) in share counts and amounts of money. A per-share figure
  (a price, a net asset per share) is written in yen, 3,279.44 or 3,279.44円:
  a multiplier there is refused, since a total typed into a per-share field
  is the likelier slip. Factors, ratios and percentages take digits only.
- Units. A bare figure is in the field's own unit (10,451,000 in a field of
  thousands of yen is 10,451,000 thousand yen). A figure ending in the
  field's own unit word is the same figure: 18,773百万円 in a field of
  millions, 10,451,000千円 in a field of thousands, 3,279.44円 in yen. Any
  other written unit, 円 or a multiplier, states yen, and the field takes
  the yen in its unit: 18,773百万円 in a yen field is 18,773,000,000;
  10,451,000千円 there is 10,451,000,000; 1億 in a field of thousands is
  100,000; 5,000円 there is 5. Such a conversion must come out a whole
  number of the field's unit: 1億2,345万 in a field of millions is 123.45
  millions, which the release would have truncated or rounded, so it is
  refused and the refusal asks for the figure in millions as stated.
- 約 (approximately) is refused: the worksheet computes from stated figures.
- Share counts may end in 株 or "shares", days in 日 or "days", business
  days in 営業日; ¥, JPY, 円 and "yen" mark amounts of money only.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from worksheet import numerals
from worksheet.date_forms import DateFormError, read_date
from worksheet.kind_messages import (ABOVE_MAXIMUM, APPROXIMATE, BELOW_MINIMUM, DATE_OUT_OF_RANGE, ERA_NOT_BEGUN,
                                     ERA_OUT_OF_RANGE, ERA_YEAR_ZERO, EXPECTED,
                                     EXPECTED_BOOL, EXPECTED_CHOICE,
                                     EXPECTED_STRING, EXPECTED_TEXT,
                                     HAS_FRACTION, KEPT_AS_TYPED, KEPT_TOO_LONG,
                                     LONE_SURROGATE, NEGATIVE, NEGATIVE_MARK,
                                     NOT_A_CHOICE, NOT_A_NUMBER, NOT_WHOLE_UNIT,
                                     NOT_YES_OR_NO, NO_MULTIPLIER, NO_SUCH_DAY,
                                     NO_SUCH_MONTH, PER_SHARE_IN_YEN,
                                     TEXT_TOO_LONG, TOO_LARGE, TOO_MANY_DECIMALS,
                                     TOO_MANY_DIGITS, TO_THE_SEN,
                                     UNIT_MILLION_YEN, UNIT_THOUSAND_YEN,
                                     WHAT_BUSINESS_DAYS, WHAT_DATE, WHAT_DAYS,
                                     WHAT_FACTOR, WHAT_MILLION_YEN, WHAT_PERCENT,
                                     WHAT_PER_SHARE, WHAT_PRICE, WHAT_RATIO,
                                     WHAT_SHARES, WHAT_THOUSAND_YEN, WHAT_UNIT,
                                     WHAT_VOTES, WHAT_YEN, WHOLE_YEN,
                                     WRONG_WEEKDAY, YEAR_OUT_OF_RANGE)
from worksheet.literals import MAX_DIGITS, QUOTED, OversizedNumber, decimal_from_text, description, has_lone_surrogate
from worksheet.money import divide, exact, money
from worksheet.numerals import NumeralError
from worksheet.wareki import WEEKDAYS, Era, weekday_mark
from worksheet.words import Message, message

MAX_SHARES = 10**13  # above any share count a listed company has issued
MAX_YEN = Decimal(10) ** 16  # ten thousand trillion yen
MAX_DAYS = 3660
MIN_DATE = dt.date(1950, 1, 1)
MAX_DATE = dt.date(2199, 12, 31)
MAX_TEXT = 2000


@dataclass(frozen=True)
class Invalid:
    """What the user typed into a field, kept although it cannot be read.

    ``message`` says why, as a catalogue :class:`~worksheet.words.Message`
    (a plain string in values built by hand, as tests do); ``reason`` is that
    message in English, for the places that join it into English text."""

    text: str
    message: Message | str = field(default="", compare=False)  # derived from the text by the field's kind

    @property
    def reason(self) -> str:
        return str(self.message)

    def __str__(self) -> str:  # shown back in the field untouched
        return self.text


class KindError(ValueError):
    """Raised by ``from_json`` when a deal file holds a value of the wrong kind;
    ``message`` is the catalogue message, ``str()`` its English."""

    def __init__(self, message: Message):
        self.message = message
        super().__init__(str(message))


def refused(text: str, key: str, **figures: Any) -> Invalid:
    """The text kept, with the catalogue message ``key`` saying why."""
    return Invalid(text, message(key, **figures))


def _expected(key: str, found: Any, **figures: Any) -> KindError:
    """A deal file's value refused: ``found`` described in words, never as
    Python writes it, never the whole of a huge value."""
    return KindError(message(key, found=description(found), **figures))


def _short(text: str) -> str:
    """Typed text quoted back in a message, cut short when long."""
    return text if len(text) <= QUOTED else text[:QUOTED] + "\u2026"


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
                raise KindError(message(KEPT_TOO_LONG, length=f"{len(typed):,}", limit=f"{MAX_TEXT:,}"))
            parsed = self.parse(typed)
            return parsed if isinstance(parsed, Invalid) else refused(typed, KEPT_AS_TYPED)
        return self._from_json(raw)

    def _from_json(self, raw: Any) -> Any:
        raise NotImplementedError


_YEN_PREFIXES = ("JPY", "¥")
_YEN_WORDS = ("円", "yen")
#: a field in thousands or millions of yen, and the word that names its unit after a figure
_UNIT_WORDS = {1000: ("千", UNIT_THOUSAND_YEN), 1_000_000: ("百万", UNIT_MILLION_YEN)}


@dataclass(frozen=True)
class Figure:
    """A number read from text, before the field's range and decimals are checked."""

    value: Decimal  # signed, in the field's unit
    mark: str  # the negative mark typed: "-", "△", "▲", "()", or ""
    percent: bool  # typed with %


@dataclass(frozen=True)
class NumberKind(Kind):
    """What share counts, days and amounts share: how a figure may be written
    (the rules are in this module's docstring)."""

    what: str = ""  # a key of the catalogue: what the field holds, as a refusal names it
    words: tuple[str, ...] = ()  # unit words a figure may end with: 株, shares
    multipliers: bool = True  # whether 兆, 億, 万, 千 and 百 may group its digits
    yen_per_unit: int | None = None  # an amount of money: the yen one unit of the field holds
    per_share: bool = False  # a price or a figure per share: written in yen, no multiplier

    @property
    def allows_negative(self) -> bool:
        raise NotImplementedError

    def read(self, text: str) -> Figure | Message | None:
        """The figure ``text`` writes, ``None`` when blank, or why it does not read."""
        what = self.what
        s = "".join(numerals.to_ascii(text).split())
        if not s:
            return None
        digits = sum(c.isdigit() for c in s)
        if digits > MAX_DIGITS:  # looked at before any conversion: a million digits would take seconds
            return message(TOO_MANY_DIGITS, typed=_short(text), digits=f"{digits:,}")
        if s.startswith("約"):
            return message(APPROXIMATE, typed=_short(text))
        try:
            s = self._strip_prefix(s)
            signed = numerals.split_sign(s)
        except NumeralError as exc:
            return message(exc.key, typed=_short(text), what=what)
        body = self._strip_prefix(signed.body)
        percent = body.endswith("%")
        body = body.removesuffix("%")
        body, yen_written = self._strip_word(body)
        if not body:
            return message(NOT_A_NUMBER, typed=_short(text), what=what)
        value = self._in_own_unit(body)
        if value is None:
            try:
                numeral = numerals.read_numeral(body)
            except NumeralError as exc:
                return message(exc.key, typed=_short(text), what=what)
            if numeral.multiplied and (self.per_share or not self.multipliers):
                return message(PER_SHARE_IN_YEN if self.per_share else NO_MULTIPLIER, typed=_short(text), what=what)
            value = numeral.value
            if self.yen_per_unit and self.yen_per_unit > 1 and (numeral.multiplied or yen_written):
                stated = divide(value, self.yen_per_unit)
                if stated != stated.to_integral_value():
                    yen = -value if signed.mark else value
                    return message(NOT_WHOLE_UNIT, typed=_short(text), yen=yen, unit=_UNIT_WORDS[self.yen_per_unit][1])
                value = stated
            if numeral.multiplied or value != numeral.value:
                value = value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()
        return Figure(-value if signed.mark and value else value, signed.mark, percent)

    def _strip_prefix(self, s: str) -> str:
        if self.yen_per_unit:
            for prefix in _YEN_PREFIXES:
                if s.upper().startswith(prefix):
                    return s[len(prefix):]
        return s

    def _strip_word(self, body: str) -> tuple[str, bool]:
        """``body`` without its unit word; whether the word was 円 (or yen)."""
        words = self.words + (_YEN_WORDS if self.yen_per_unit else ())
        for word in sorted(words, key=len, reverse=True):
            if body.lower().endswith(word.lower()):
                return body[: -len(word)], word in _YEN_WORDS
        return body, False

    def _in_own_unit(self, body: str) -> Decimal | None:
        """18,773 of 18,773百万 in a field of millions: the figure in the field's own unit."""
        word = _UNIT_WORDS.get(self.yen_per_unit or 0, ("", ""))[0]
        digits = numerals.split_unit_word(body, word)
        return None if digits is None else money(digits)

    def refusal(self, text: str, figure: Figure) -> Invalid | None:
        """A negative figure where the kind allows none."""
        if figure.value < 0 and not self.allows_negative:
            if figure.mark in ("△", "▲"):
                return refused(text, NEGATIVE_MARK, typed=_short(text), mark=figure.mark, what=self.what)
            return refused(text, NEGATIVE, typed=_short(text), what=self.what)
        return None


@dataclass(frozen=True)
class IntegerKind(NumberKind):
    """Whole numbers: share counts, units, day offsets."""

    minimum: int = 0
    maximum: int = MAX_SHARES
    what: str = WHAT_SHARES

    @property
    def allows_negative(self) -> bool:
        return self.minimum < 0

    def parse(self, text: str) -> int | Invalid | None:
        figure = self.read(text)
        if figure is None or isinstance(figure, Message):
            return figure if figure is None else Invalid(text, figure)
        if figure.percent:
            return refused(text, NOT_A_NUMBER, typed=_short(text), what=self.what)
        if figure.value != figure.value.to_integral_value():
            return refused(text, HAS_FRACTION, typed=_short(text), what=self.what)
        negative = self.refusal(text, figure)
        if negative:
            return negative
        value = int(figure.value)
        problem = self.out_of_range(value)
        return Invalid(text, problem) if problem else value

    def out_of_range(self, value: int) -> Message | None:
        if value < self.minimum:
            return message(BELOW_MINIMUM, value=self._format(value), minimum=self._format(self.minimum))
        if value > self.maximum:
            return message(ABOVE_MAXIMUM, value=self._format(value), maximum=self._format(self.maximum))
        return None

    def _format(self, value: int) -> str:
        return f"{value:,}"

    def _from_json(self, raw: Any) -> int:
        if isinstance(raw, OversizedNumber):
            raise KindError(message(ABOVE_MAXIMUM, value=description(raw), maximum=self._format(self.maximum)))
        if isinstance(raw, bool) or not isinstance(raw, int):
            raise _expected(EXPECTED, raw, what=self.what)
        problem = self.out_of_range(raw)
        if problem:
            raise KindError(problem)
        return raw


@dataclass(frozen=True)
class DecimalKind(NumberKind):
    """Amounts and factors held as Decimal: yen, sen prices, ratios."""

    minimum: Decimal | None = Decimal(0)
    maximum: Decimal = MAX_YEN
    places: int | None = 0  # decimals allowed; None: any
    display_places: int | None = None  # decimals printed; None: as entered
    what: str = WHAT_YEN
    percent: bool = False  # typed and printed as a percentage, held as a ratio

    @property
    def allows_negative(self) -> bool:
        return self.minimum is None or self.minimum < 0

    def parse(self, text: str) -> Decimal | Invalid | None:
        figure = self.read(text)
        if figure is None or isinstance(figure, Message):
            return figure if figure is None else Invalid(text, figure)
        negative = self.refusal(text, figure)
        if negative:
            return negative
        value = figure.value
        if self.percent or figure.percent:
            value = value / 100
        problem = self.problem(value)
        return Invalid(text, problem) if problem else value

    def problem(self, value: Decimal) -> Message | None:
        if not value.is_finite():
            return message(NOT_A_NUMBER, typed=str(value), what=self.what)
        if abs(value) > self.maximum:
            return message(TOO_LARGE, value=f"{value:,f}", maximum=self._format(self.maximum))
        if self.minimum is not None and value < self.minimum:
            return message(BELOW_MINIMUM, value=f"{value:,f}", minimum=self._format(self.minimum))
        if self.places is not None and value != value.quantize(Decimal(1).scaleb(-self.places)):
            typed = f"{value:,f}"
            if self.places == 0:
                return message(WHOLE_YEN, value=typed, what=self.what)
            if self.places == 2:
                return message(TO_THE_SEN, value=typed, what=self.what)
            return message(TOO_MANY_DECIMALS, value=typed, what=self.what, places=str(self.places))
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
            raise _expected(EXPECTED, raw, what=self.what)
        if isinstance(raw, bool) or not isinstance(raw, (str, int, Decimal)):
            raise _expected(EXPECTED_STRING, raw, what=self.what)
        value = decimal_from_text(raw) if isinstance(raw, str) else money(raw)
        if isinstance(value, OversizedNumber):
            raise _expected(EXPECTED, value, what=self.what)
        if value is None or not value.is_finite():
            raise _expected(EXPECTED, raw, what=self.what)
        problem = self.problem(value)
        if problem:
            raise KindError(problem)
        return value


@dataclass(frozen=True)
class DateKind(Kind):
    """A day, typed in any form :mod:`worksheet.date_forms` reads. A date
    written by era must fall in that era (H31.5.1 does not exist: Heisei
    ended on 2019-04-30); a weekday written must be the day's."""

    what: str = WHAT_DATE

    def parse(self, text: str) -> dt.date | Invalid | None:
        if not text.strip():
            return None
        try:
            written = read_date(text)
        except DateFormError as exc:
            return refused(text, exc.key, typed=_short(text))
        if written.era_year == 0:
            return refused(text, ERA_YEAR_ZERO, typed=_short(text))
        if not MIN_DATE.year <= written.year <= MAX_DATE.year:
            return refused(text, YEAR_OUT_OF_RANGE, typed=_short(text), first=str(MIN_DATE.year), last=str(MAX_DATE.year))
        if not 1 <= written.month <= 12:
            return refused(text, NO_SUCH_MONTH, typed=_short(text), month=str(written.month))
        last = calendar.monthrange(written.year, written.month)[1]
        if not 1 <= written.day <= last:
            return refused(text, NO_SUCH_DAY, typed=_short(text), year=str(written.year), month=str(written.month),
                           days=str(last))
        value = dt.date(written.year, written.month, written.day)
        problem = self.problem(value) or self._era_problem(text, written.era, value)
        if problem:
            return Invalid(text, problem)
        if written.weekday and written.weekday != weekday_mark(value):
            return refused(text, WRONG_WEEKDAY, day=value, weekday=WEEKDAYS[value.weekday()], written=written.weekday)
        return value

    @staticmethod
    def _era_problem(text: str, era: Era | None, value: dt.date) -> Message | None:
        if era is None or era.contains(value):
            return None
        if value < era.first:
            return message(ERA_NOT_BEGUN, typed=_short(text), era=era.key, first=era.first, day=value)
        return message(ERA_OUT_OF_RANGE, typed=_short(text), era=era.key, first=era.first, last=era.last, day=value)

    def problem(self, value: dt.date) -> Message | None:
        if not MIN_DATE <= value <= MAX_DATE:
            return message(DATE_OUT_OF_RANGE, day=value, first=str(MIN_DATE.year), last=str(MAX_DATE.year))
        return None

    def _format(self, value: dt.date) -> str:
        return value.isoformat()

    def _to_json(self, value: dt.date) -> str:
        return value.isoformat()

    def _from_json(self, raw: Any) -> dt.date:
        if not isinstance(raw, str) or len(raw) != 10:
            raise _expected(EXPECTED, raw, what=self.what)
        try:
            value = dt.date.fromisoformat(raw)
        except ValueError:
            raise _expected(EXPECTED, raw, what=self.what) from None
        problem = self.problem(value)
        if problem:
            raise KindError(problem)
        return value


@dataclass(frozen=True)
class TextKind(Kind):
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
            raise _expected(EXPECTED_TEXT, raw)
        if len(raw) > MAX_TEXT:
            raise KindError(message(TEXT_TOO_LONG, length=f"{len(raw):,}", limit=f"{MAX_TEXT:,}"))
        if has_lone_surrogate(raw):
            raise KindError(message(LONE_SURROGATE))
        return raw


@dataclass(frozen=True)
class ChoiceKind(Kind):
    choices: tuple[tuple[str, str], ...] = ()  # (stored value, label)
    labels_ja: tuple[str, ...] = ()  # the Japanese labels, in the order of ``choices``

    def choice_words(self) -> tuple[tuple[str, Any], ...]:
        from worksheet.words import Words

        ja = self.labels_ja or (None,) * len(self.choices)
        return tuple((stored, Words(label, other)) for (stored, label), other in zip(self.choices, ja))

    def parse(self, text: str) -> str | Invalid:
        for (value, label), other in zip(self.choices, self.labels_ja or ("",) * len(self.choices)):
            if text in (value, label) or (other and text == other):
                return value
        return refused(text, NOT_A_CHOICE, typed=_short(text), choices=", ".join(label for _, label in self.choices))

    def _format(self, value: str) -> str:
        return dict(self.choices).get(value, value)

    def _from_json(self, raw: Any) -> str:
        if not isinstance(raw, str) or raw not in dict(self.choices):
            raise _expected(EXPECTED_CHOICE, raw, choices=", ".join(repr(v) for v, _ in self.choices))
        return raw


@dataclass(frozen=True)
class BoolKind(Kind):
    def parse(self, text: str) -> bool | Invalid:
        s = text.strip().lower()
        if s in ("yes", "true", "1", "on", "はい"):
            return True
        if s in ("no", "false", "0", "off", "", "いいえ"):
            return False
        return refused(text, NOT_YES_OR_NO, typed=_short(text))

    def _format(self, value: bool) -> str:
        return "Yes" if value else "No"

    def _from_json(self, raw: Any) -> bool:
        if not isinstance(raw, bool):
            raise _expected(EXPECTED_BOOL, raw)
        return raw


SHARE_WORDS = ("株", "shares", "share")
SHARES = IntegerKind("shares", unit="shares", words=SHARE_WORDS)
VOTING_RIGHTS = IntegerKind("voting_rights", unit="voting rights", what=WHAT_VOTES,
                              words=("個", "voting rights", "votes", "vote"))
UNIT = IntegerKind("unit", unit="shares", minimum=1, maximum=100_000, what=WHAT_UNIT, words=SHARE_WORDS)
DAYS = IntegerKind("days", unit="days", minimum=0, maximum=MAX_DAYS, what=WHAT_DAYS, words=("日間", "日", "days", "day"))
BUSINESS_DAYS = IntegerKind("business_days", unit="business days", minimum=0, maximum=MAX_DAYS, what=WHAT_BUSINESS_DAYS,
                            words=("営業日", "business days", "business day"))
YEN = DecimalKind("yen", unit="JPY", places=0, what=WHAT_YEN, yen_per_unit=1)
PRICE = DecimalKind("price", unit="JPY", places=2, what=WHAT_PRICE, yen_per_unit=1, per_share=True)
THOUSAND_YEN = DecimalKind("thousand_yen", unit="JPY thousand", places=0, what=WHAT_THOUSAND_YEN, yen_per_unit=1000)
MILLION_YEN = DecimalKind("million_yen", unit="JPY million", minimum=None, places=None, what=WHAT_MILLION_YEN,
                          yen_per_unit=1_000_000)
PER_SHARE = DecimalKind("per_share", unit="JPY", minimum=None, places=2, what=WHAT_PER_SHARE, yen_per_unit=1,
                        per_share=True)
FACTOR = DecimalKind("factor", unit="x", minimum=Decimal(0), maximum=Decimal(10), places=4, display_places=2,
                     what=WHAT_FACTOR, multipliers=False)
RATIO = DecimalKind("ratio", unit="shares per share", minimum=Decimal(0), maximum=Decimal(10**9), places=6,
                    what=WHAT_RATIO, multipliers=False)
PERCENT = DecimalKind("percent", unit="%", minimum=Decimal(0), maximum=Decimal(100), places=6, what=WHAT_PERCENT,
                      percent=True, multipliers=False)
DATE = DateKind("date", unit="date")
TEXT = TextKind("text")
BOOL = BoolKind("bool")
