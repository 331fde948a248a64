"""Starting the window: ``deal-worksheet [FILE]``.

With no file the window opens on the built-in example deal. A file that
cannot be read is reported, naming the field, and the example (or, failing
that, an empty deal) is opened instead. With
``DEAL_WORKSHEET_QUIT_AFTER_SHOWN=1`` the program quits with status 0 as
soon as the window is shown (packaging smoke tests, start-up benchmarks).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from ui import settings
from ui.document import DealDocument
from ui.i18n import system_language, use_language
from ui.main import USAGE
from worksheet import dealfile
from worksheet.dealfile import DealFileError
from worksheet.resources import example_deal_path, resource_path
from worksheet.words import LANGUAGES

QUIT_AFTER_SHOWN_ENV = "DEAL_WORKSHEET_QUIT_AFTER_SHOWN"
#: a PNG path: save a picture of the window once shown, then quit (a check
#: that the window opens on a machine with no display)
SCREENSHOT_ENV = "DEAL_WORKSHEET_SCREENSHOT"
#: fonts that draw Japanese well, best first (Windows, macOS, Linux)
CJK_FONTS = ("Yu Gothic UI", "Meiryo UI", "Hiragino Sans", "Noto Sans CJK JP", "Noto Sans JP",
             "IPAPGothic", "IPAGothic", "TakaoPGothic", "VL PGothic")


def choose_font(app: QApplication) -> QFont:
    """Keep the platform's font for Latin text and add a Japanese-capable
    family behind it, so company names such as 株式会社インターネットイニシアティブ
    never render as boxes."""
    font = app.font()
    japanese = QFontDatabase.families(QFontDatabase.WritingSystem.Japanese)
    if not japanese:
        return font
    families = [font.family()] if font.family() in QFontDatabase.families() else []
    if families and families[0] in japanese:
        return font
    preferred = next((f for f in CJK_FONTS if f in japanese), japanese[0])
    font.setFamilies([*families, preferred])
    app.setFont(font)
    return font


def setup_application(app: QApplication, language: str | None = None) -> None:
    """Names, icon and font of the application, and its language: ``language``
    when given, else the one the user last chose, else the system's."""
    app.setOrganizationName(settings.ORGANIZATION)
    app.setApplicationName(settings.APPLICATION)
    app.setApplicationDisplayName(settings.APPLICATION)
    icon = resource_path("icons", "deal-worksheet.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    choose_font(app)
    chosen = language or settings.saved_language()
    use_language(app, chosen if chosen in LANGUAGES else system_language())


def load_start_deal(path: str | None) -> tuple[DealDocument, DealFileError | None]:
    """The document to start on, and the problem with ``path`` if any."""
    problem = None
    if path:
        try:
            return DealDocument(dealfile.load(path), path=Path(path)), None
        except DealFileError as exc:
            problem = exc
    try:
        return DealDocument(dealfile.load(example_deal_path()), example=True), problem
    except DealFileError:
        return DealDocument(), problem


def build_window(path: str | None = None, *, interactive: bool = True, defer_tabs: bool = False):
    """The main window on ``path`` (or the example). A file that cannot be
    read is reported once the window is up (on stderr when not interactive)."""
    from ui.errors import file_error_text, show_error
    from ui.main_window import MainWindow

    document, problem = load_start_deal(path)
    window = MainWindow(document, defer_tabs=defer_tabs)
    if problem is not None:
        text = file_error_text(problem, path)
        if interactive:
            QTimer.singleShot(0, lambda: show_error(window, QCoreApplication.translate("FileActions", "Open"), text))
        else:
            print(text, file=sys.stderr)
    return window


def _save_picture(window, path: str, app: QApplication) -> None:
    window.build_tabs()
    ok = window.grab().save(path)
    print(f"Window shown on {window.document.display_name}; picture saved to {path}" if ok
          else f"Window shown, but the picture could not be saved to {path}", file=sys.stderr)
    app.exit(0 if ok else 1)


def run_app(args: list[str]) -> int:
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "deal-worksheet", *args])
        args = app.arguments()[1:]  # Qt has taken its own options (-platform, -style...)
    assert isinstance(app, QApplication)
    if any(a in ("-h", "--help") for a in args):
        print(USAGE)
        return 0
    unknown = [a for a in args if a.startswith("-") and a != "--example"]
    files = [a for a in args if not a.startswith("-")]
    if unknown or len(files) > 1:
        print(USAGE, file=sys.stderr)
        return 2
    setup_application(app)
    screenshot = os.environ.get(SCREENSHOT_ENV)
    quit_after_shown = os.environ.get(QUIT_AFTER_SHOWN_ENV) == "1"
    window = build_window(files[0] if files else None, interactive=not (quit_after_shown or screenshot),
                          defer_tabs=True)
    if screenshot:
        window.resize(1440, 900)
        window.shown.connect(lambda: QTimer.singleShot(0, lambda: _save_picture(window, screenshot, app)))
    elif quit_after_shown:
        window.shown.connect(lambda: QTimer.singleShot(0, app.quit))
    else:
        window.shown.connect(lambda: QTimer.singleShot(0, window.build_tabs))
        window.shown.connect(lambda: QTimer.singleShot(0, window.files.offer_recovery))
    window.show()
    code = app.exec()
    if quit_after_shown or screenshot:
        window.autosaver.stop()
    return code
