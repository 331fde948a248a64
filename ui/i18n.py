"""Translation: the window's own strings through Qt's translator, the core's
words through the catalogue.

The window's strings use ``self.tr()``. Labels, rule texts and messages of
the core come from :mod:`worksheet.words` in the language chosen for the
window (:func:`language`), so the screen, the command line and the workbook
print the same words.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from worksheet.display import format_input, format_value
from worksheet.naming import label_text
from worksheet.resources import resource_path
from worksheet.words import CATALOGUE, Message, Words

APP_CATALOG = "deal_worksheet"
_LANGUAGE = ["en"]


def language() -> str:
    """The language of the core's words on screen: "en" or "ja"."""
    return _LANGUAGE[0]


def set_language(code: str) -> None:
    _LANGUAGE[0] = code


def words(key: str, **figures: Any) -> str:
    """An entry of the core's catalogue in the window's language."""
    return CATALOGUE.text(key, language(), **figures)


def say(found: Message | Words | str) -> str:
    """A message, words or plain text of the core, in the window's language."""
    if isinstance(found, (Message, Words)):
        return found.text(language())
    return found


def install_translators(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Load Qt's own catalogue (standard buttons and dialogs) and the
    application's ``resources/translations/deal_worksheet_<locale>.qm`` when
    present. Returns the translators installed (kept alive by the caller)."""
    locale = locale or QLocale()
    installed = []
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    ours = QTranslator(app)
    if ours.load(locale, APP_CATALOG, "_", str(resource_path("translations"))):
        app.installTranslator(ours)
        installed.append(ours)
    return installed


def choice_label(path: str, stored: str) -> str:
    """The label of a choice of the field at ``path`` (row numbers allowed)."""
    from worksheet.naming import generic

    return words(f"{generic(path)}.{stored}")


def help_of(path: str) -> str:
    """The help of an input field, or "" when it has none."""
    from worksheet.naming import generic

    key = generic(path) + ".help"
    return words(key) if key in CATALOGUE else ""


def label_of(path: str) -> str:
    """The label of an input field or a result, in the window's language; for
    a table row or cell, the table's label with the row number and column."""
    return label_text(path, language())


def show_value(unit: str, value: Any) -> str:
    """A result as the window prints it, in the window's language."""
    if isinstance(value, (Message, Words)):
        return value.text(language())
    return format_value(unit, value, language())


def show_input(kind: Any, value: Any) -> str:
    """An input as its field prints it, in the window's language: a form the
    field reads back."""
    return format_input(kind, value, language())


__all__ = ["QCoreApplication", "install_translators", "label_of", "language", "say", "set_language", "show_input",
           "show_value", "words"]
