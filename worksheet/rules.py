"""How a transaction module declares its results, checks and section.

A result is declared once, as an attribute of a :class:`Results` class in
the module named after its transaction::

    o = inputs(Offering, "offering")

    class OfferingResults(Results, prefix="offering"):
        total_amount_paid = Rule(YEN, o.amount_paid * o.shares_offered,
                                 "Total amount to be paid", "払込金額の総額")
        stated_capital_increase = Rule(
            YEN, round_up_to_yen(total_amount_paid / 2), "Stated capital increase", "増加する資本金の額",
            rule=("Rules of Account Settlement of Corporations, Art. 14(1) ...", "会社計算規則第14条第1項 ..."))

Its dotted name (``offering.stated_capital_increase``) comes from the class
and the attribute, so a reference to another result is a Python name
(``total_amount_paid``) that a typo breaks at import, not a string. The
arithmetic is an expression of :mod:`worksheet.expressions`; the label and
the rule text (its basis: the article, the release) go to the catalogue in
English and Japanese. A :class:`Check` is declared the same way: the
condition that must hold, the field or result it is about, and its message
with named figures.

A section (:class:`Section`) gathers a transaction's inputs, its results
and checks, and where it shows: on which tab of the window and in which
groups, and on which sheet of the workbook. :mod:`worksheet.sections` lists
the sections once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Iterator

from worksheet import schema
from worksheet.expressions import BOOL, DATE, NUMBER, TEXT, Blocked, Expr, Field, RowField, lift
from worksheet.findings import Severity
from worksheet.words import CATALOGUE, Words

if TYPE_CHECKING:
    from worksheet.expressions.node import Frame
    from worksheet.expressions import ExcelPrinter, Guard, WordsPrinter

#: units of results, as the display and the workbook know them
JPY, JPY_THOUSAND, SHARES, PERCENT, DAY = "JPY", "JPY thousand", "shares", "%", "date"
BUSINESS_DAYS, YES_NO, WORDS, HOLDERS, RATIO = "business days", "yes/no", "text", "holders", "shares per share"
VOTES, PER_SHARE = "voting rights", "yen per share"  # a per-share amount kept with its fraction (643.275)
UNITS = (JPY, JPY_THOUSAND, SHARES, PERCENT, DAY, BUSINESS_DAYS, YES_NO, WORDS, HOLDERS, RATIO, VOTES, PER_SHARE)

Bilingual = "tuple[str, str | None] | str"


def _words(text: Any) -> Words:
    if isinstance(text, Words):
        return text
    if isinstance(text, tuple):
        return Words(*text)
    return Words(text)


# -- inputs -----------------------------------------------------------------------


class Inputs:
    """The fields of a section as expressions: ``o.shares_offered`` is the
    input ``offering.shares_offered``; a field that does not exist is an
    AttributeError when the module is imported."""

    def __init__(self, cls: type, prefix: str):
        self._prefix = prefix
        for name, info in schema.fields_of(cls).items():
            path = f"{prefix}.{name}" if prefix else name
            if info.kind is not None:
                setattr(self, name, Field(path, info))
            elif info.row is not None:
                setattr(self, name, TableInputs(path, info.row))
            else:
                setattr(self, name, Inputs(info.section, path))

    @property
    def path(self) -> str:
        return self._prefix


class TableInputs:
    """A table of the deal: ``m.holders.shares`` is its column, read on the
    row being computed."""

    def __init__(self, path: str, row: type):
        self.path = path
        self.row = row
        for name, info in schema.fields_of(row).items():
            setattr(self, name, RowField(path, name, info))


def inputs(cls: type, prefix: str) -> Any:
    return Inputs(cls, prefix)


# -- results -------------------------------------------------------------------------


class Rule(Expr):
    """A result: its unit, its arithmetic, its label and the text of its rule."""

    table: str | None = None

    def __init__(self, unit: str, expr: Any, en: str, ja: str | None = None, *, rule: Any = None):
        if unit not in UNITS:
            raise ValueError(f"unknown unit {unit!r}")
        self.unit = unit
        self.expr = lift(expr)
        self.label_words = Words(en, ja)
        self.rule_words = _words(rule) if rule is not None else None
        self.value_type = {DAY: DATE, YES_NO: BOOL, WORDS: TEXT}.get(unit, NUMBER)
        self.name = ""
        self.section = ""

    def bind(self, owner: type, attr: str) -> None:
        self.name = f"{owner.prefix}.{attr}"  # type: ignore[attr-defined]
        self.section = owner.section  # type: ignore[attr-defined]
        CATALOGUE.add(self.name, self.label_words)
        if self.rule_words is not None:
            CATALOGUE.add(self.name + ".rule", self.rule_words)

    def __repr__(self) -> str:
        return f"<Rule {self.name}>"

    @property
    def places(self) -> int | None:
        return self.expr.places

    @property
    def label(self) -> str:
        return self.label_words.en

    # A reference to a rule reads its value: the engine evaluates ``expr``.
    def evaluate(self, frame: "Frame") -> Any:
        return frame.result(self)

    def compile(self) -> Any:
        name = self.name

        def value(frame: "Frame") -> Any:
            found = frame.ev.results.get(name) or frame.ev.result(self)
            if found.value is None:
                raise Blocked(found.blocked_by or name)
            return found.value

        return value

    def excel(self, px: "ExcelPrinter") -> str:
        return px.name(self.name)

    def guard(self, px: "ExcelPrinter", g: "Guard") -> None:
        g.result(self, px.name(self.name))

    def words(self, wp: "WordsPrinter") -> str:
        return wp.label(self.name)


class RowRule(Rule):
    """A result computed on every row of a table (an allotment per holder,
    whether a close falls in the averaging window): a column of its own."""

    def bind(self, owner: type, attr: str) -> None:
        self.table = owner.table  # type: ignore[attr-defined]
        super().bind(owner, attr)
        self.column = attr

    def evaluate(self, frame: "Frame") -> Any:
        return frame.row_result(self)

    def compile(self) -> Any:
        key = id(self)

        def value(frame: "Frame") -> Any:
            row = frame.row
            if row is None:
                raise Blocked(self.table or "")
            found = frame.ev._rows.get((key, row)) or frame.ev.result(self, row)
            if found.value is None:
                raise Blocked(found.blocked_by or found.name)
            return found.value

        return value

    def excel(self, px: "ExcelPrinter") -> str:
        return px.name(px.row_path(self.table, self.column))

    def guard(self, px: "ExcelPrinter", g: "Guard") -> None:
        g.result(self, px.name(px.row_path(self.table, self.column)))


# -- checks -----------------------------------------------------------------------------


class Check:
    """A condition that must hold, the field or result it is about, and what
    it says when it does not.

    A failing error check about an input bars that input: every result that
    reads it is left blank, naming the check. ``blanks`` makes a failing
    check about a result leave that result blank too (a payment date outside
    its window is not printed). A check whose figures are blank cannot be
    checked yet and says nothing.
    """

    table: str | None = None

    def __init__(self, *, about: Any, holds: Expr, label: Any, message: Any,
                 figures: dict[str, Any] | None = None, severity: Severity = Severity.ERROR,
                 blanks: bool = False, bars: bool = True):
        self.about = about
        self.bars = bars
        self.holds = holds
        self.label_words = _words(label)
        self.message_words = _words(message)
        self.figures = {name: lift(f) for name, f in (figures or {}).items()}
        self.severity = severity
        self.blanks = blanks
        self.name = ""
        self.section = ""
        if blanks and not isinstance(about, Rule):
            raise ValueError("only a check about a result can leave it blank")

    def bind(self, owner: type, attr: str) -> None:
        self.name = f"{owner.prefix}.{attr}"  # type: ignore[attr-defined]
        self.section = owner.section  # type: ignore[attr-defined]
        CATALOGUE.add(self.name, self.label_words)
        CATALOGUE.add(self.name + ".message", self.message_words)

    def __repr__(self) -> str:
        return f"<Check {self.name}>"

    @property
    def about_path(self) -> str:
        """The dotted path the finding names (a row's cell with its index filled in later)."""
        about = self.about
        if isinstance(about, Rule):
            return about.name
        return about.path

    def bars_input(self) -> bool:
        """Whether failing bars its input (or table): every result reading it is blank."""
        return self.bars and self.severity is Severity.ERROR and isinstance(self.about, (Field, TableInputs))

    @property
    def label(self) -> str:
        return self.label_words.en

    def expressions(self) -> Iterator[Expr]:
        yield self.holds
        yield from self.figures.values()


class RowCheck(Check):
    """A check made on every row of a table, about one of its cells."""

    def bind(self, owner: type, attr: str) -> None:
        self.table = owner.table  # type: ignore[attr-defined]
        super().bind(owner, attr)


class Results:
    """Base of a module's declarations: the class's ``prefix`` names its
    results (``prefix.attribute``); ``section`` is the deal's section they
    belong to (the prefix, unless said otherwise)."""

    prefix: ClassVar[str] = ""
    section: ClassVar[str] = ""
    table: ClassVar[str | None] = None

    def __init_subclass__(cls, *, prefix: str = "", section: str = "", table: str | None = None, **kw: Any):
        super().__init_subclass__(**kw)
        if table is not None:
            cls.table = table
            prefix = prefix or table
        cls.prefix = prefix
        cls.section = section or prefix.split(".")[0]
        # Name the declarations now that the prefix is known (Python calls
        # __set_name__ before __init_subclass__, too early for that).
        for attr, item in list(vars(cls).items()):
            if isinstance(item, (Rule, Check)):
                item.bind(cls, attr)

    @classmethod
    def rules(cls) -> list[Rule]:
        return [v for v in vars(cls).values() if isinstance(v, Rule)]

    @classmethod
    def checks(cls) -> list[Check]:
        return [v for v in vars(cls).values() if isinstance(v, Check)]


class RowResults(Results):
    """Base of the per-row results and checks of one table: declare with
    ``table="merger.holders"``."""


def _words_field(item: Any, name: str) -> None:
    """Let a frozen declaration take its words as (English, Japanese)."""
    found = getattr(item, name)
    if found is not None and not isinstance(found, Words):
        object.__setattr__(item, name, _words(found))


# -- where a section shows --------------------------------------------------------------


@dataclass(frozen=True)
class Tab:
    """A tab of the window; its title comes from the catalogue."""

    key: str
    title: Words
    last: bool = False  # after the tabs of the deal's transactions (the issuer and its checks)

    def __post_init__(self) -> None:
        _words_field(self, "title")
        CATALOGUE.add(f"tab.{self.key}", self.title)


@dataclass(frozen=True)
class Group:
    """A box on a tab: inputs on the left, the results they give on the right."""

    key: str
    title: Words
    inputs: tuple[Field, ...] = ()
    results: tuple[Rule, ...] = ()
    toggle: bool = False  # the box carries the section's "Include in this deal"
    long_text: tuple[Field, ...] = ()  # inputs of several lines (notes)

    def __post_init__(self) -> None:
        _words_field(self, "title")
        CATALOGUE.add(f"group.{self.key}", self.title)


@dataclass(frozen=True)
class TableBox:
    """A table of the deal on a tab, with its per-row results as columns."""

    table: TableInputs
    totals: tuple[str, ...] = ()
    special: str = ""  # what the window adds: "price_history" (an import), "stated" (the computed figure)


@dataclass(frozen=True)
class Banner:
    """A warning shown while a yes/no input is ticked ("illustrative")."""

    flag: Field
    text: Words

    def __post_init__(self) -> None:
        _words_field(self, "text")
        CATALOGUE.add(f"banner.{self.flag.path}", self.text)


@dataclass(frozen=True)
class Preset:
    """A pattern an analyst starts from: a name, the period it is typical of,
    where it was seen (or that it was not confirmed), and the value it puts
    in each input. The inputs stay editable: a preset only fills them."""

    key: str
    name: Words
    period: Words
    description: Words
    values: tuple[tuple[Field, Any], ...]

    def __post_init__(self) -> None:
        for attr in ("name", "period", "description"):
            _words_field(self, attr)

    def edits(self) -> tuple[tuple[str, Any], ...]:
        """(input path, value) for each input the preset fills."""
        return tuple((f.path, v) for f, v in self.values)


@dataclass(frozen=True)
class Presets:
    """A choice of presets shown above a group of inputs; choosing one fills
    the inputs through the document's one edit path (one undo step)."""

    key: str
    title: Words
    presets: tuple[Preset, ...]

    def __post_init__(self) -> None:
        _words_field(self, "title")
        CATALOGUE.add(f"presets.{self.key}", self.title)
        for preset in self.presets:
            base = f"presets.{self.key}.{preset.key}"
            CATALOGUE.add(base, preset.name)
            CATALOGUE.add(base + ".period", preset.period)
            CATALOGUE.add(base + ".description", preset.description)

    def find(self, key: str) -> Preset:
        return next(p for p in self.presets if p.key == key)


ScreenItem = "Group | TableBox | Banner | Presets"


@dataclass(frozen=True)
class Section:
    """A transaction of a deal: its inputs (a dataclass), its declarations,
    where it shows, and the sheet it has in the workbook."""

    key: str
    document: type | None  # None: a section of results only (the share count)
    label: Words
    declarations: tuple[type[Results], ...] = ()
    tab: Tab | None = None
    screen: tuple[Any, ...] = ()
    sheet: Words | None = None  # its own sheet in the workbook; None: on the Summary
    always: bool = False  # present in every deal (the issuer)
    requires: tuple[str, ...] = ()  # sections it cannot go without

    def __post_init__(self) -> None:
        _words_field(self, "label")
        _words_field(self, "sheet")
        CATALOGUE.add(self.key, self.label)
        if self.sheet is not None:
            CATALOGUE.add(f"sheet.{self.key}", self.sheet)

    def rules(self) -> list[Rule]:
        return [r for d in self.declarations for r in d.rules()]

    def checks(self) -> list[Check]:
        return [c for d in self.declarations for c in d.checks()]

    def field(self) -> Any:
        """This section as a field of the deal."""
        return schema.section(self.document, self.label, present=self.always)


def field_words(cls: type, prefix: str) -> None:
    """Put the labels and help of a document's fields in the catalogue, by path."""
    for name, info in schema.fields_of(cls).items():
        path = f"{prefix}.{name}" if prefix else name
        CATALOGUE.add(path, info.words)
        if info.help_words is not None:
            CATALOGUE.add(path + ".help", info.help_words)
        if info.section is not None:
            field_words(info.section, path)
        elif info.row is not None:
            field_words(info.row, path)
        elif info.kind is not None and hasattr(info.kind, "choices"):
            for stored, label in getattr(info.kind, "choice_words", lambda: ())():
                CATALOGUE.add(f"{path}.{stored}", label)


__all__ = ["Banner", "Check", "Group", "Preset", "Presets", "Results", "RowCheck", "RowResults", "RowRule", "Rule",
           "Section", "Tab", "TableBox", "inputs"]
