"""Translation: the window's own strings through Qt's translator, the core's
words through the catalogue.

The window's strings use ``self.tr()``; their Japanese is in
``resources/translations/deal_worksheet_ja.ts``, compiled to a ``.qm`` file
by the set-up and the build (``packaging/translations.py``). Labels, rule
texts and messages of the core come from :mod:`worksheet.words` in the
language chosen for the window (:func:`language`), so the screen, the
command line and the workbook print the same words. Qt's own dialogs and
buttons use Qt's catalogue (``qtbase_ja.qm``, shipped with PySide6).

:func:`use_language` switches all three at once; Qt then sends every widget
a ``LanguageChange`` event, on which the main window rebuilds what it shows.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from worksheet.display import format_input, format_value
from worksheet.naming import label_text
from worksheet.resources import resource_path
from worksheet.words import CATALOGUE, LANGUAGES, Message, Words

APP_CATALOG = "deal_worksheet"
#: the languages the window speaks, each named in itself, as a language menu names them
LANGUAGE_NAMES = {"ja": "日本語", "en": "English"}
_LANGUAGE = ["en"]
_INSTALLED: list[QTranslator] = []


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


def system_language() -> str:
    """The language the window starts in when the user never chose one: the
    system's when the window speaks it, else English."""
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else "en"


def locale_of(code: str) -> QLocale:
    """The locale of the language ``code``: Japan's for Japanese; for English
    the system's own when it is an English one (its first day of the week,
    its date order), else the United States'."""
    if code == "ja":
        return QLocale(QLocale.Language.Japanese, QLocale.Country.Japan)
    system = QLocale.system()
    if system.language() == QLocale.Language.English:
        return system
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def use_language(app: QCoreApplication, code: str) -> None:
    """Make ``code`` the window's language: the core's words, the window's
    and Qt's translators, and the default locale (the calendar's month and
    day names). Every widget then gets a ``LanguageChange`` event."""
    if code not in LANGUAGES:
        raise ValueError(f"no such language: {code}")
    set_language(code)
    QLocale.setDefault(locale_of(code))
    while _INSTALLED:
        old = _INSTALLED.pop()
        app.removeTranslator(old)
        old.deleteLater()
    if code != "en":
        for translator in load_translators(app, locale_of(code)):
            app.installTranslator(translator)
            _INSTALLED.append(translator)
    # also when no translator came or went (a build without the .qm): the core's words changed
    QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))


def load_translators(app: QCoreApplication, locale: QLocale) -> list[QTranslator]:
    """Qt's own catalogue for ``locale`` (standard buttons and dialogs) and
    the application's ``resources/translations/deal_worksheet_<locale>.qm``,
    each when present; loaded, not installed."""
    found = []
    for name, folder in (("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                         (APP_CATALOG, str(resource_path("translations")))):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            found.append(translator)
    return found


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


def without_mnemonic(text: str) -> str:
    """A menu or tab title as plain words, its keyboard letter left out:
    "&File" is "File", and "ファイル(&F)", as Japanese menus mark the letter,
    is "ファイル"."""
    return re.sub(r"\(&\w\)", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&")


def show_value(unit: str, value: Any) -> str:
    """A result as the window prints it, in the window's language."""
    if isinstance(value, (Message, Words)):
        return value.text(language())
    return format_value(unit, value, language())


def show_input(kind: Any, value: Any) -> str:
    """An input as its field prints it, in the window's language: a form the
    field reads back."""
    return format_input(kind, value, language())


__all__ = ["LANGUAGE_NAMES", "QCoreApplication", "load_translators", "label_of", "language", "say",
           "set_language", "show_input", "show_value", "system_language", "use_language", "without_mnemonic", "words"]
