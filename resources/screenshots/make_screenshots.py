"""Screenshots of each tab of the window on the example deal.

    xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python resources/screenshots/make_screenshots.py

Without a display it falls back to Qt's offscreen platform (``grab()``
works on both). Settings and autosaves go to a temporary folder, so the
pictures never depend on the machine's saved window layout.
"""

from __future__ import annotations

import os
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

SIZE = (1440, 900)
TABS = ("offering", "over_allotment", "merger", "proceeds", "issuer")


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def main() -> int:
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, TEMP)
    app = QApplication(sys.argv[:1])
    from ui.app import build_window, setup_application

    setup_application(app)
    window = build_window(None, interactive=False)
    window.resize(*SIZE)
    window.show()
    settle(app)
    written = []
    for i, key in enumerate(TABS):
        window.tabs.setCurrentIndex(i)
        settle(app)
        target = HERE / f"tab-{key.replace('_', '-')}.png"
        window.grab().save(str(target))
        written.append(target)
    # the date popup with the exchange's closures marked (Marine Day, 2013-07-15)
    window.tabs.setCurrentIndex(0)
    adapter = window.binder.fields["schedule.pricing_date"][0]
    editor = adapter.editor
    window.pages["offering"].ensureWidgetVisible(editor)
    settle(app)
    editor.open_calendar()
    settle(app)
    popup = editor.popup_calendar.parentWidget()
    shot = window.grab()
    from PySide6.QtGui import QPainter

    painter = QPainter(shot)
    painter.drawPixmap(window.mapFromGlobal(popup.mapToGlobal(popup.rect().topLeft())), popup.grab())
    painter.end()
    target = HERE / "calendar-popup.png"
    shot.save(str(target))
    written.append(target)
    popup.hide()
    window.autosaver.stop()
    window.document.new()  # nothing unsaved: closing asks nothing
    window.close()
    for path in written:
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
