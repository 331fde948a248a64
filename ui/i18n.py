"""Translation: every string on screen goes through Qt's translator.

The window's own strings use ``self.tr()``. Labels, rules and messages that
come from the core (field labels, result labels, findings) go through
:func:`core_text`, in the ``worksheet`` context, so that a Japanese
interface can be added by shipping ``deal_worksheet_ja.qm`` alone.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from worksheet.resources import resource_path

CORE_CONTEXT = "worksheet"
APP_CATALOG = "deal_worksheet"


def core_text(text: str) -> str:
    """A label or message of the core, translated when a catalogue has it."""
    if not text:
        return text
    return QCoreApplication.translate(CORE_CONTEXT, text)


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


def label_of(path: str) -> str:
    """The label of an input field or a result, translated; for a table row
    or cell, the table's label with the row number and column."""
    from worksheet import schema
    from worksheet.deal import Deal
    from worksheet.engine import RULES

    if path in RULES:
        return core_text(RULES[path].label)
    try:
        info = schema.field_info_at(Deal, path)
    except (KeyError, ValueError, AttributeError):
        return path
    parts = path.split(".")
    rows = [i for i, part in enumerate(parts) if part.isdigit()]
    if rows:
        index = rows[-1]
        table = schema.field_info_at(Deal, ".".join(parts[:index]))
        where = QCoreApplication.translate("Names", "{table}, row {row}").format(
            table=core_text(table.label), row=int(parts[index]) + 1)
        return f"{where}: {core_text(info.label)}" if index < len(parts) - 1 else where
    return core_text(info.label)
