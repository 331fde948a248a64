"""Every word the window shows has its Japanese: the window's own strings in
``resources/translations/deal_worksheet_ja.ts`` (Qt Linguist's source), the
core's in the catalogue. The counts are printed at the end of the run."""

from __future__ import annotations

import importlib
import pkgutil
import re
import string
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QLocale, QTranslator

import worksheet
from tests.ui.uihelpers import ROOT, TRANSLATION_COUNTS
from worksheet.words import CATALOGUE

TS = ROOT / "resources" / "translations" / "deal_worksheet_ja.ts"


def translations_module():
    import sys

    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import translations
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    return translations


def messages(path: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) -> the finished translation, or None when there is none."""
    found: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            done = (translation is not None and translation.get("type") not in ("unfinished", "vanished", "obsolete")
                    and bool(translation.text))
            found[(name, message.findtext("source") or "")] = translation.text if done else None
    return found


def all_catalogue_entries() -> int:
    """Every module that declares words loaded (the sections, the workbook's
    words, the command line's), then the catalogue's size."""
    for module in pkgutil.walk_packages(worksheet.__path__, "worksheet."):
        importlib.import_module(module.name)
    importlib.import_module("ui.cli")
    return len(CATALOGUE)


def fields(text: str) -> list[str]:
    return sorted(f"{name}:{spec}" for _, name, spec, _ in string.Formatter().parse(text) if name is not None)


def test_every_string_of_the_window_and_every_catalogue_entry_has_its_japanese():
    window = messages(TS)
    translated = [key for key, text in window.items() if text]
    entries = all_catalogue_entries()
    untranslated = CATALOGUE.untranslated("ja")
    TRANSLATION_COUNTS[:] = [
        f"window (deal_worksheet_ja.ts): {len(translated)} of {len(window)} strings translated",
        f"core catalogue (worksheet.words): {entries - len(untranslated)} of {entries} entries translated",
    ]
    assert len(translated) == len(window), (f"{len(translated)} of {len(window)} strings translated; missing: "
                                            f"{[key for key, text in window.items() if not text]}")
    assert not untranslated, f"{entries - len(untranslated)} of {entries} entries translated; missing: {untranslated}"
    assert len(window) > 100 and entries > 400  # both files were read


def test_a_new_visible_string_fails_until_it_is_translated(tmp_path):
    """pyside6-lupdate over ui/ gives the strings the window can show; each
    must be in the committed .ts with its Japanese. To add the new ones:
    ``.venv/bin/python packaging/translations.py --update``, then translate
    them (Qt Linguist, or by hand in the .ts)."""
    fresh = tmp_path / "fresh_ja.ts"
    translations_module().extract(fresh)
    wanted = set(messages(fresh))
    committed = messages(TS)
    missing = sorted(key for key in wanted if not committed.get(key))
    assert wanted and not missing, f"strings of ui/ without Japanese in {TS.name}: {missing}"
    gone = sorted(set(committed) - wanted)
    assert not gone, f"strings in {TS.name} that ui/ no longer has (run packaging/translations.py --update): {gone}"


def test_a_translation_keeps_its_figures_and_its_key():
    """{name} fields filled in by .format() stay as they are, and a menu's
    keyboard letter (&F) stays in the Japanese: ファイル(&F)."""
    for (context, source), text in messages(TS).items():
        assert text is not None
        assert fields(text) == fields(source), f"{context}: {source!r} -> {text!r}"
        letter = re.search(r"&(\w)", source)
        if letter and context in ("MainWindow", "FileActions", "PrintActions"):
            assert f"(&{letter.group(1).upper()})" in text or f"&{letter.group(1)}" in text, (context, source, text)


def test_the_compiled_catalogue_is_the_current_one(app_setup):
    """The tests compile the .qm as the set-up does; Qt reads it."""
    compiled = TS.with_suffix(".qm")
    assert compiled.exists() and compiled.stat().st_mtime >= TS.stat().st_mtime
    translator = QTranslator()
    assert translator.load(QLocale(QLocale.Language.Japanese, QLocale.Country.Japan), "deal_worksheet", "_",
                           str(TS.parent))
    assert translator.translate("MainWindow", "&File") == "ファイル(&F)"
