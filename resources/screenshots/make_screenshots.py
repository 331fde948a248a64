"""Screenshots of each tab of the window on the example deal, on the two
laptop screens the window must fit (1280x720 and 1366x768), the date popup,
and the worksheet printed to PDF with its first pages as pictures; with
``--lang ja``, the tabs and the date popup in Japanese (``tab-offering-ja.png``...).
A tab whose sections the example deal does not have is shown instead on
the example deal of its kind (``kind-book-building.png``...), at 1280x720.

    for size in 1280x720 1366x768; do
        xvfb-run -a -s "-screen 0 ${size}x24" env QT_QPA_PLATFORM=xcb \\
            .venv/bin/python resources/screenshots/make_screenshots.py $size
    done
    xvfb-run -a -s "-screen 0 1280x720x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python resources/screenshots/make_screenshots.py 1280x720 --lang ja

Under Xvfb the window takes the size it opens at on that screen (what a
user of that laptop sees, title bar and frame aside). Without a display it
falls back to Qt's offscreen platform and resizes the window to the size
given. Settings and autosaves go to a temporary folder, so the pictures
never depend on the machine's saved window layout. The 1280x720 run also
writes calendar-popup.png and the printed worksheet (needs pdftoppm).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))
if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
TEMP = tempfile.mkdtemp(prefix="deal-worksheet-shots-")
os.environ["DEAL_WORKSHEET_DATA_DIR"] = TEMP

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

MAIN_SIZE = "1280x720"  # the README's pictures


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--lang")]
    language = sys.argv[sys.argv.index("--lang") + 1] if "--lang" in sys.argv else "en"
    args = [a for a in args if a != language]
    size = args[0] if args else MAIN_SIZE
    width, height = (int(n) for n in size.split("x"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, TEMP)
    app = QApplication(sys.argv[:1])
    from ui.app import build_window, setup_application

    setup_application(app, language)
    window = build_window(None, interactive=False)
    if app.platformName() == "offscreen":
        window.resize(width, height)
    window.show()
    window.build_tabs()
    settle(app)
    written = []
    suffix = ("" if size == MAIN_SIZE else f"-{size}") + ("" if language == "en" else f"-{language}")
    from ui.tabs import TAB_KEYS

    from worksheet.sections import SECTIONS

    present = window.document.deal.present()
    for i, key in enumerate(TAB_KEYS):  # named by key, whatever order the tabs come in
        on_tab = [s.key for s in SECTIONS if s.tab is not None and s.tab.key == key]
        if on_tab and not present.intersection(on_tab):
            continue  # a kind the example deal does not have: kinds() shows it on its own example
        window.tabs.setCurrentIndex(i)
        settle(app)
        target = HERE / f"tab-{key.replace('_', '-')}{suffix}.png"
        window.grab().save(str(target))
        written.append(target)
    print(f"window {window.width()}x{window.height()} on a {size} screen ({app.platformName()})", file=sys.stderr)
    if size == MAIN_SIZE:
        written += popup(app, window, suffix)
        if language == "en":
            written += printed(app, window)
        written += kinds(app, suffix)
    window.autosaver.stop()
    window.document.new()  # nothing unsaved: closing asks nothing
    window.close()
    for path in written:
        print(path.relative_to(ROOT))
    return 0


def popup(app: QApplication, window, suffix: str = "") -> list[Path]:
    """The date popup with the exchange's closures marked (Marine Day, 2013-07-15)."""
    from PySide6.QtGui import QPainter

    window.tabs.setCurrentIndex(0)
    editor = window.binder.fields["schedule.pricing_date"][0].editor
    page = window.pages["offering"]
    settle(app)
    # the field near the top of the page, so the popup below it is whole in the picture
    page.verticalScrollBar().setValue(editor.mapTo(page.widget(), editor.rect().topLeft()).y() - 60)
    settle(app)
    editor.open_calendar()
    settle(app)
    frame = editor.popup_calendar.parentWidget()
    shot = window.grab()
    painter = QPainter(shot)
    painter.drawPixmap(window.mapFromGlobal(frame.mapToGlobal(frame.rect().topLeft())), frame.grab())
    painter.end()
    target = HERE / f"calendar-popup{suffix}.png"
    shot.save(str(target))
    frame.hide()
    return [target]


#: each example deal beyond the first, and the section it shows
KIND_EXAMPLES = (
    ("global-offering-smfg-2010.deal.json", "global_offering"),
    ("ipo-book-building-e39018.deal.json", "book_building"),
    ("third-party-allotment-smbc-2009.deal.json", "third_party_allotment"),
    ("secondary-offering-filer-14734-2024.deal.json", "secondary_offering"),
    ("treasury-disposal-filer-11080-2024.deal.json", "treasury_disposal"),
    ("tokyu-recreation-2022.deal.json", "share_exchange"),
)


def kinds(app: QApplication, suffix: str = "") -> list[Path]:
    """Each kind of deal on its example: its tab, scrolled to its section
    (``kind-book-building.png``...)."""
    from ui.app import build_window
    from ui.tabs import TAB_KEYS
    from worksheet.resources import resource_path
    from worksheet.rules import Group
    from worksheet.sections import SECTIONS

    written = []
    for name, key in KIND_EXAMPLES:
        section = next(s for s in SECTIONS if s.key == key)
        first = next(item.inputs[0].path for item in section.screen if isinstance(item, Group) and item.inputs)
        window = build_window(str(resource_path("examples", name)), interactive=False)
        window.show()
        window.build_tabs()
        window.tabs.setCurrentIndex(TAB_KEYS.index(section.tab.key))
        settle(app)
        editor = window.binder.fields[first][0].editor
        page = window.pages[section.tab.key]
        page.verticalScrollBar().setValue(editor.mapTo(page.widget(), editor.rect().topLeft()).y() - 80)
        settle(app)
        target = HERE / f"kind-{key.replace('_', '-')}{suffix}.png"
        window.grab().save(str(target))
        written.append(target)
        window.autosaver.stop()
        window.document.new()
        window.close()
    return written


def printed(app: QApplication, window) -> list[Path]:
    """File > Export to PDF, and its first two pages as pictures."""
    target = window.printing.export_pdf(HERE / "worksheet-print.pdf")
    written = [target]
    if shutil.which("pdftoppm"):
        for page in (1, 2):  # one file each, named whatever the document's page count
            stem = HERE / f"worksheet-print-{page}"
            subprocess.run(["pdftoppm", "-r", "80", "-png", "-f", str(page), "-l", str(page), "-singlefile",
                            str(target), str(stem)], check=True)
            written.append(stem.with_suffix(".png"))
    return written


if __name__ == "__main__":
    sys.exit(main())
