"""Words as data: every label, rule text and message the core shows.

Each entry is keyed by a full dotted name and holds its English text with
a slot for its Japanese beside it::

    offering.shares_offered             Shares offered / 募集株式数
    offering.stated_capital_increase    Stated capital increase / 増加する資本金の額
    offering.whole_units                {shares} is not a whole number of units of {unit} / ...

A message is not a finished sentence but a key and its named figures
(:class:`Message`); it becomes words only when shown, in the reader's
language, with each figure printed as that language prints it. The window,
the command line and the workbook all print through :func:`render`, so no
figure is baked into English text anywhere.

A template names its figures as ``{name}`` or ``{name:spec}``; the spec
says how to print the figure (``yen``, ``shares``, ``date``, ``%``,
``term`` for another entry of the catalogue, or any unit of a result).
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from typing import Any, Iterator, Mapping

LANGUAGES = ("en", "ja")
DEFAULT_LANGUAGE = "en"


@dataclass(frozen=True)
class Words:
    """One entry: the English text and the Japanese beside it (``None`` while
    it has no translation; English is shown then)."""

    en: str
    ja: str | None = None

    def text(self, language: str = DEFAULT_LANGUAGE) -> str:
        if language == "ja" and self.ja:
            return self.ja
        return self.en


class Catalogue:
    """Every entry of the core, by dotted key. Keys are added once; adding a
    key twice with other words is a mistake in a declaration."""

    def __init__(self) -> None:
        self._entries: dict[str, Words] = {}

    def add(self, key: str, words: Words) -> str:
        found = self._entries.get(key)
        if found is not None and found != words:
            raise ValueError(f"the words of {key} are declared twice, differently")
        self._entries[key] = words
        return key

    def __contains__(self, key: str) -> bool:
        return key in self._entries

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def words(self, key: str) -> Words:
        try:
            return self._entries[key]
        except KeyError:
            raise KeyError(f"no words for {key}") from None

    def text(self, key: str, language: str = DEFAULT_LANGUAGE, **figures: Any) -> str:
        return render(key, figures, language, catalogue=self)

    def untranslated(self, language: str = "ja") -> list[str]:
        return sorted(k for k, w in self._entries.items() if language != "en" and not getattr(w, language))


CATALOGUE = Catalogue()


def term(key: str, en: str, ja: str | None = None) -> str:
    """Add an entry to the catalogue; returns its key, for declarations that
    keep the key in a constant."""
    return CATALOGUE.add(key, Words(en, ja))


@dataclass(frozen=True)
class Message:
    """A sentence to be shown: a catalogue key and its figures."""

    key: str
    figures: tuple[tuple[str, Any], ...] = ()

    def text(self, language: str = DEFAULT_LANGUAGE) -> str:
        return render(self.key, dict(self.figures), language)

    def figure(self, name: str) -> Any:
        return dict(self.figures)[name]

    def __str__(self) -> str:
        return self.text()


def message(key: str, **figures: Any) -> Message:
    return Message(key, tuple(figures.items()))


class _Printer(string.Formatter):
    def __init__(self, language: str, catalogue: Catalogue):
        self.language = language
        self.catalogue = catalogue

    def format_field(self, value: Any, format_spec: str) -> str:
        return show(value, format_spec, self.language, self.catalogue)


def show(value: Any, spec: str = "", language: str = DEFAULT_LANGUAGE, catalogue: Catalogue | None = None) -> str:
    """One figure of a message as ``language`` prints it."""
    cat = catalogue or CATALOGUE
    if isinstance(value, Message):
        return value.text(language)
    if isinstance(value, Words):
        return value.text(language)
    if spec == "term":
        return cat.words(value).text(language)
    if isinstance(value, str):
        return value
    from worksheet.display import format_figure  # display knows every unit; imported here, as display's own modules declare words

    return format_figure(value, spec, language)


def render(key: str, figures: Mapping[str, Any], language: str = DEFAULT_LANGUAGE, *,
           catalogue: Catalogue | None = None) -> str:
    """The entry ``key`` in ``language`` with its figures filled in."""
    cat = catalogue or CATALOGUE
    template = cat.words(key).text(language)
    return _Printer(language, cat).vformat(template, (), dict(figures))


def placeholders(template: str) -> list[tuple[str, str]]:
    """The figures a template names, as (name, spec), in order."""
    return [(field, spec or "") for _, field, spec, _ in string.Formatter().parse(template) if field is not None]
