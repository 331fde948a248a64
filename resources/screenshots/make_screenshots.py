"""Screenshots of each tab of the window on the example deal, on the two
laptop screens the window must fit (1280x720 and 1366x768), the date popup,
and the worksheet printed to PDF with its first pages as pictures.

    for size in 1280x720 1366x768; do
        xvfb-run -a -s "-screen 0 ${size}x24" env QT_QPA_PLATFORM=xcb \\
            .venv/bin/python resources/screenshots/make_screenshots.py $size
    done

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

TABS = ("offering", "over_allotment", "merger", "proceeds", "issuer")
MAIN_SIZE = "1280x720"  # the README's pictures


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def main() -> int:
    size = sys.argv[1] if len(sys.argv) > 1 else MAIN_SIZE
    width, height = (int(n) for n in size.split("x"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, TEMP)
    app = QApplication(sys.argv[:1])
    from ui.app import build_window, setup_application

    setup_application(app)
    window = build_window(None, interactive=False)
    if app.platformName() == "offscreen":
        window.resize(width, height)
    window.show()
    window.build_tabs()
    settle(app)
    written = []
    suffix = "" if size == MAIN_SIZE else f"-{size}"
    for i, key in enumerate(TABS):
        window.tabs.setCurrentIndex(i)
        settle(app)
        target = HERE / f"tab-{key.replace('_', '-')}{suffix}.png"
        window.grab().save(str(target))
        written.append(target)
    print(f"window {window.width()}x{window.height()} on a {size} screen ({app.platformName()})", file=sys.stderr)
    if size == MAIN_SIZE:
        written += popup(app, window)
        written += printed(app, window)
    window.autosaver.stop()
    window.document.new()  # nothing unsaved: closing asks nothing
    window.close()
    for path in written:
        print(path.relative_to(ROOT))
    return 0


def popup(app: QApplication, window) -> list[Path]:
    """The date popup with the exchange's closures marked (Marine Day, 2013-07-15)."""
    from PySide6.QtGui import QPainter

    window.tabs.setCurrentIndex(0)
    editor = window.binder.fields["schedule.pricing_date"][0].editor
    window.pages["offering"].ensureWidgetVisible(editor)
    settle(app)
    editor.open_calendar()
    settle(app)
    frame = editor.popup_calendar.parentWidget()
    shot = window.grab()
    painter = QPainter(shot)
    painter.drawPixmap(window.mapFromGlobal(frame.mapToGlobal(frame.rect().topLeft())), frame.grab())
    painter.end()
    target = HERE / "calendar-popup.png"
    shot.save(str(target))
    frame.hide()
    return [target]


def printed(app: QApplication, window) -> list[Path]:
    """File > Export to PDF, and its first two pages as pictures."""
    target = window.printing.export_pdf(HERE / "worksheet-print.pdf")
    written = [target]
    if shutil.which("pdftoppm"):
        stem = HERE / "worksheet-print"
        subprocess.run(["pdftoppm", "-r", "80", "-png", "-f", "1", "-l", "2", str(target), str(stem)], check=True)
        for page in sorted(HERE.glob("worksheet-print-*.png")):
            written.append(page)
    return written


if __name__ == "__main__":
    sys.exit(main())
