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

from worksheet import date_forms, numerals
from worksheet.date_forms import DateFormError, read_date
from worksheet.literals import MAX_DIGITS, QUOTED, OversizedNumber, decimal_from_text, description, has_lone_surrogate
from worksheet.money import divide, exact, money
from worksheet.numerals import NumeralError
from worksheet.wareki import WEEKDAYS, Era, weekday_mark
from worksheet.words import Message, message, term

MAX_SHARES = 10**13  # above any share count a listed company has issued
MAX_YEN = Decimal(10) ** 16  # ten thousand trillion yen
MAX_DAYS = 3660
MIN_DATE = dt.date(1950, 1, 1)
MAX_DATE = dt.date(2199, 12, 31)
MAX_TEXT = 2000


# What each kind reads, as a refusal names it.
WHAT_SHARES = term("kinds.what.shares", "a whole number of shares", "株数（整数）")
WHAT_UNIT = term("kinds.what.unit", "a share unit", "単元株式数")
WHAT_DAYS = term("kinds.what.days", "a number of days", "日数")
WHAT_VOTES = term("kinds.what.votes", "a number of votes", "議決権の数")
WHAT_BUSINESS_DAYS = term("kinds.what.business_days", "a number of business days", "営業日数")
WHAT_YEN = term("kinds.what.yen", "an amount in whole yen", "円単位の金額")
WHAT_PRICE = term("kinds.what.price", "a price per share in yen", "1株当たりの価格（円）")
WHAT_THOUSAND_YEN = term("kinds.what.thousand_yen", "an amount in thousands of yen", "千円単位の金額")
WHAT_MILLION_YEN = term("kinds.what.million_yen", "an amount in millions of yen", "百万円単位の金額")
WHAT_PER_SHARE = term("kinds.what.per_share", "a per-share figure in yen", "1株当たりの金額（円）")
WHAT_FACTOR = term("kinds.what.factor", "a factor such as 0.90", "0.90のような係数")
WHAT_RATIO = term("kinds.what.ratio", "an allotment ratio", "割当比率")
WHAT_PERCENT = term("kinds.what.percent", "a percentage", "百分率")
WHAT_DATE = term("kinds.what.date", "a date (yyyy-mm-dd)", "日付（yyyy-mm-dd）")
UNIT_THOUSAND_YEN = term("kinds.unit.thousand_yen", "thousands of yen", "千円")
UNIT_MILLION_YEN = term("kinds.unit.million_yen", "millions of yen", "百万円")

NOT_A_NUMBER = term("kinds.not_a_number", "'{typed}' is not {what:term}", "「{typed}」は{what:term}として読めません")
HAS_FRACTION = term("kinds.has_fraction", "'{typed}' is not {what:term}: it has a fraction",
                    "「{typed}」は{what:term}ではありません（端数があります）")
BELOW_MINIMUM = term("kinds.below_minimum", "{value} is below the smallest allowed, {minimum}",
                     "{value}は下限の{minimum}を下回っています")
ABOVE_MAXIMUM = term("kinds.above_maximum", "{value} is above the largest allowed, {maximum}",
                     "{value}は上限の{maximum}を超えています")
TOO_LARGE = term("kinds.too_large", "{value} is larger than any real figure ({maximum})",
                 "{value}は実在しうる数値を超えています（上限{maximum}）")
WHOLE_YEN = term("kinds.whole_yen", "{value}: {what:term} is stated in whole yen",
                 "{value}: {what:term}は円未満の端数なしで入力します")
TO_THE_SEN = term("kinds.to_the_sen", "{value}: {what:term} is stated to the sen (two decimals) at most",
                  "{value}: {what:term}は銭（小数第2位）までで入力します")
TOO_MANY_DECIMALS = term("kinds.too_many_decimals", "{value}: {what:term} allows {places} decimals at most",
                         "{value}: {what:term}は小数第{places}位までです")
NOT_A_DATE = term(date_forms.NOT_A_DATE, "'{typed}' is not a date: write it as 2013-07-18, 2013年7月18日 or H25.7.18",
                  "「{typed}」は日付として読めません。2013-07-18、2013年7月18日、平成25年7月18日、H25.7.18のように入力してください")
TWO_DIGIT_YEAR = term(date_forms.TWO_DIGIT_YEAR,
                      "'{typed}': a two-digit year could be any century: write the year in full (2013-07-18) "
                      "or with its era (H25.7.18)",
                      "「{typed}」: 2桁の年では世紀が定まりません。2013-07-18のように西暦4桁で、またはH25.7.18のように"
                      "元号を付けて入力してください")
YEAR_LAST = term(date_forms.YEAR_LAST,
                 "'{typed}' puts the year last, which reads day-first or month-first: write the year first, "
                 "as 2013-07-18",
                 "「{typed}」は年が最後にあり、月と日の順序が定まりません。2013-07-18のように年から入力してください")
NO_SUCH_MONTH = term("kinds.no_such_month", "'{typed}' is not a day of the calendar: there is no month {month}",
                     "「{typed}」は存在しない日付です（{month}月はありません）")
NO_SUCH_DAY = term("kinds.no_such_day", "'{typed}' is not a day of the calendar: month {month} of {year} has {days} days",
                   "「{typed}」は存在しない日付です（{year}年{month}月は{days}日までです）")
ERA_YEAR_ZERO = term("kinds.era_year_zero", "'{typed}': an era's first year is 1 (元年); there is no year 0",
                     "「{typed}」: 元号の最初の年は元年（1年）です。0年はありません")
ERA_NOT_BEGUN = term("kinds.era_not_begun",
                     "'{typed}' is not a day of {era:term}, which began on {first:date}: {day:date} is {day:era}",
                     "「{typed}」は{era:term}の日付ではありません（{era:term}は{first:date}から）。{day:date}は{day:era}です")
ERA_OUT_OF_RANGE = term("kinds.era_out_of_range",
                        "'{typed}' is not a day of {era:term}, which ran from {first:date} to {last:date}: "
                        "{day:date} is {day:era}",
                        "「{typed}」は{era:term}の日付ではありません（{era:term}は{first:date}から{last:date}まで）。"
                        "{day:date}は{day:era}です")
WRONG_WEEKDAY = term("kinds.wrong_weekday", "{day:date} is a {weekday:term}, not {written}",
                     "{day:date}は{weekday:term}です（「{written}」ではありません）")
DATE_OUT_OF_RANGE = term("kinds.date_out_of_range", "{day:date} is outside the years {first} to {last}",
                         "{day:date}は{first}年から{last}年の範囲外です")
YEAR_OUT_OF_RANGE = term("kinds.year_out_of_range", "'{typed}' is outside the years {first} to {last}",
                         "「{typed}」は{first}年から{last}年の範囲外です")
NOT_A_CHOICE = term("kinds.not_a_choice", "'{typed}' is not one of: {choices}",
                    "「{typed}」は次のいずれでもありません: {choices}")
NOT_YES_OR_NO = term("kinds.not_yes_or_no", "'{typed}' is not yes or no", "「{typed}」ははい・いいえのどちらでもありません")
NEGATIVE = term("kinds.negative", "'{typed}' is negative, and {what:term} cannot be negative",
                "「{typed}」は負の数です。{what:term}に負の数は入力できません")
NEGATIVE_MARK = term("kinds.negative_mark",
                     "'{typed}' is negative ({mark} marks a negative figure), and {what:term} cannot be negative",
                     "「{typed}」は負の数です（{mark}は負の数の記号です）。{what:term}に負の数は入力できません")
TWO_SIGNS = term(numerals.TWO_SIGNS, "'{typed}' has two signs: write a negative figure as △6 or -6",
                 "「{typed}」には符号が二つあります。負の数は△6または-6と入力してください")
NUMERAL_ORDER = term(numerals.OUT_OF_ORDER,
                     "'{typed}' cannot be read: 兆, 億, 万, 千 and 百 come largest first, each followed by less "
                     "than itself, as in 1億2,345万 or 3万5千",
                     "「{typed}」は読めません。兆・億・万・千・百は大きい順に書き、それぞれの後にはそれより小さい数を続けます"
                     "（1億2,345万、3万5千）")
NO_MULTIPLIER = term("kinds.no_multiplier", "'{typed}': {what:term} is written in digits, without 兆, 億, 万, 千 or 百",
                     "「{typed}」: {what:term}は兆・億・万・千・百を使わず数字で入力してください")
PER_SHARE_IN_YEN = term("kinds.per_share_in_yen",
                        "'{typed}': {what:term} is written in yen, without 万, 億, 千円 or 百万円, as in 3,279.44",
                        "「{typed}」: {what:term}は万・億・千円・百万円を使わず、3,279.44のように円で入力してください")
NOT_WHOLE_UNIT = term("kinds.not_whole_unit",
                      "'{typed}' is {yen:yen} yen, which is not a whole number of {unit:term}: type the figure in "
                      "{unit:term} as the release states it, truncated or rounded as it says",
                      "「{typed}」は{yen:yen}円で、{unit:term}単位で割り切れません。リリースに記載の{unit:term}単位の数値"
                      "（切捨て・四捨五入はリリースのとおり）を入力してください")
TOO_MANY_DIGITS = term("kinds.too_many_digits", "'{typed}' has {digits} digits, more than any real figure",
                       "「{typed}」は{digits}桁あり、実在しうる数値の桁数を超えています")
APPROXIMATE = term("kinds.approximate", "'{typed}' is approximate (約): type the figure as stated, without 約",
                   "「{typed}」は概数です。「約」を付けずに記載どおりの数値を入力してください")
KEPT_AS_TYPED = term("kinds.kept_as_typed", "kept as typed", "入力どおりに保存")

# A deal file holding a value of the wrong kind (``from_json``).
EXPECTED = term("kinds.expected", "expected {what:term}, found {found}", "{what:term}が必要ですが、{found}でした")
EXPECTED_STRING = term("kinds.expected_string", "expected {what:term} written as text such as \"3279.44\", found {found}",
                       "{what:term}は\"3279.44\"のような文字列で書きます（{found}でした）")
EXPECTED_TEXT = term("kinds.expected_text", "expected text, found {found}", "文字列が必要ですが、{found}でした")
TEXT_TOO_LONG = term("kinds.text_too_long", "the text is {length} characters long; a field holds {limit} at most",
                     "文字列が{length}文字あります。入力できるのは{limit}文字までです")
KEPT_TOO_LONG = term("kinds.kept_too_long",
                     "the entry kept as typed is {length} characters long; an entry holds {limit} at most",
                     "入力どおりに保存された値が{length}文字あります。保存できるのは{limit}文字までです")
LONE_SURROGATE = term("kinds.lone_surrogate",
                      "the text holds half of a character (a lone UTF-16 surrogate), which no file can store",
                      "文字列に文字の片割れ（対になっていないUTF-16サロゲート）があり、ファイルに保存できません")
EXPECTED_CHOICE = term("kinds.expected_choice", "expected one of {choices}, found {found}",
                       "{choices}のいずれかが必要ですが、{found}でした")
EXPECTED_BOOL = term("kinds.expected_bool", "expected true or false (yes or no), found {found}",
                     "trueまたはfalse（はい・いいえ）が必要ですが、{found}でした")


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
VOTES = VOTING_RIGHTS
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
