"""How the window performs, beside a bare PySide6 window started the same way.

    .venv/bin/python tests/perf/bench_window.py [--runs 7] [--keys 400] [--compile-each-start]

Prints, with no assertions:
- start-up: wall time from spawning the process to its first window being
  shown (median of several runs), for the application on the example deal
  and for a bare PySide6 window with five empty tabs, and their ratio;
- keystroke to results: time from a key pressed in an input to every
  result widget updated (the window computes once per turn of the event
  loop, so this includes that turn), and the same with the repaint that
  follows (median and 95th percentile over many edits), on the example and
  on the example with a 10,000-row facility plan;
- peak memory (max RSS) of each process, and their ratio;
- autosave: time the GUI thread spends handing an edited deal to the
  autosave (the file is written on its own thread), and the whole write on
  that thread, on the same two deals.

Runs on Qt's offscreen platform unless QT_QPA_PLATFORM says otherwise.

Start-up is measured warm, as a user starts the program a second time: the
first run of each kind is not timed, and it leaves the application's
bytecode in a temporary folder (PYTHONPYCACHEPREFIX) for the timed runs,
as an installed or bundled application has its bytecode; PySide6 and the
other installed packages have theirs already. Without this, a
PYTHONDONTWRITEBYTECODE in the environment would have every timed run
compile the application's sources again, a cost only the application pays
and no user does. ``--compile-each-start`` measures that way all the same.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]

# Each child prints the wall-clock time at which its first window was shown.
BARE = textwrap.dedent("""
    import sys, time
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget

    class Window(QMainWindow):
        def showEvent(self, event):
            super().showEvent(event)
            print(time.time(), flush=True)
            QTimer.singleShot(0, QApplication.instance().quit)

    app = QApplication(sys.argv[:1])
    window = Window()
    tabs = QTabWidget()
    for name in ("Offering", "Over-allotment", "Merger", "Use of proceeds", "Issuer and checks"):
        tabs.addTab(QLabel(name), name)
    window.setCentralWidget(tabs)
    window.resize(1280, 720)
    window.setWindowTitle("bare")
    window.show()
    sys.exit(app.exec())
""")

APP = textwrap.dedent("""
    import sys, time
    import ui.main_window

    shown = ui.main_window.MainWindow.showEvent

    def show_event(self, event):
        shown(self, event)
        if not getattr(self, "_bench_reported", False):
            self._bench_reported = True
            print(time.time(), flush=True)

    ui.main_window.MainWindow.showEvent = show_event
    from ui.main import main
    sys.exit(main([]))
""")


def spawn(code: str, env: dict[str, str]) -> tuple[float, float, int]:
    """(seconds to first shown window, seconds to exit, peak RSS in KiB)."""
    start = time.time()
    child = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    _, status, usage = os.wait4(child.pid, 0)
    ended = time.time()
    output = child.stdout.read() if child.stdout else ""
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0 or not output.strip():
        raise SystemExit(f"child failed with status {child.returncode}")
    shown = float(output.split()[0])
    return shown - start, ended - start, usage.ru_maxrss


def startup(runs: int, *, compile_each_start: bool = False) -> None:
    data = tempfile.mkdtemp(prefix="bench-window-")
    env = dict(os.environ, DEAL_WORKSHEET_QUIT_AFTER_SHOWN="1", DEAL_WORKSHEET_DATA_DIR=data,
               XDG_CONFIG_HOME=data, PYTHONPATH=str(ROOT))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    if compile_each_start:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    else:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = os.path.join(data, "bytecode")
    spawn(BARE, env), spawn(APP, env)  # warm the disk cache (and write the bytecode)
    bare, app = [], []
    for _ in range(runs):  # interleaved, so both see the same machine load
        bare.append(spawn(BARE, env))
        app.append(spawn(APP, env))

    def med(rows: list[tuple[float, float, int]], i: int) -> float:
        return statistics.median(r[i] for r in rows)

    bytecode = "compiled on every start" if compile_each_start else "bytecode cached"
    print(f"start-up, process start to first shown window (median of {runs}, platform {env['QT_QPA_PLATFORM']},"
          f" {bytecode}):")
    print(f"  bare PySide6 window   {med(bare, 0) * 1000:7.0f} ms   (exit after {med(bare, 1) * 1000:.0f} ms)")
    print(f"  Deal Worksheet        {med(app, 0) * 1000:7.0f} ms   (exit after {med(app, 1) * 1000:.0f} ms)")
    print(f"  ratio                 {med(app, 0) / med(bare, 0):7.2f}")
    print("peak memory (max RSS):")
    print(f"  bare PySide6 window   {max(r[2] for r in bare) / 1024:7.1f} MiB")
    print(f"  Deal Worksheet        {max(r[2] for r in app) / 1024:7.1f} MiB")
    print(f"  ratio                 {max(r[2] for r in app) / max(r[2] for r in bare):7.2f}")


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def big_plan_deal(rows: int = 10_000):
    """The example with a facility plan of ``rows`` rows (the most a table holds)."""
    import dataclasses
    from decimal import Decimal

    from worksheet import dealfile
    from worksheet.resources import example_deal_path

    deal = dealfile.load(example_deal_path())
    first = deal.proceeds.facility_plan[0]
    plan = tuple(dataclasses.replace(first, company=f"Site {i}", total=Decimal(1000 + i), paid=Decimal(i % 97))
                 for i in range(rows))
    return dataclasses.replace(deal, proceeds=dataclasses.replace(deal.proceeds, facility_plan=plan))


def keystrokes(count: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["DEAL_WORKSHEET_DATA_DIR"] = tempfile.mkdtemp(prefix="bench-window-")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, os.environ["DEAL_WORKSHEET_DATA_DIR"])
    app = QApplication(sys.argv[:1])
    from ui.app import build_window, setup_application
    from ui.document import DealDocument
    from ui.main_window import MainWindow

    setup_application(app)
    cases = (
        # field, keys that alternate between two readings of it
        ("offering.shares_offered", (Qt.Key.Key_0, Qt.Key.Key_Backspace)),  # 47,000,000 <-> 4,700,000
        ("offering.amount_paid", (Qt.Key.Key_1, Qt.Key.Key_Backspace)),  # 3,279.441 (invalid) <-> 3,279.44
        ("schedule.pricing_date", (Qt.Key.Key_Backspace, Qt.Key.Key_1)),  # 2013-07-1 (invalid) <-> 2013-07-11
    )
    for title, make in (("example deal", lambda: build_window(None, interactive=False)),
                        ("10,000-row facility plan", lambda: MainWindow(DealDocument(big_plan_deal()),
                                                                         autosave=False))):
        window = make()
        window.resize(1280, 720)
        window.show()
        window.build_tabs()
        app.processEvents()
        print(f"keystroke to every result updated ({count} keystrokes per field, {title}, 1280x720):")
        for path, keys in cases:
            page = next(key for key, p in window.pages.items()
                        if p.isAncestorOf(window.binder.fields[path][0].editor))
            window.tabs.setCurrentWidget(window.pages[page])
            widget = window.binder.fields[path][0].focus_widget()
            widget.setFocus()
            widget.end(False)
            app.processEvents()
            updated, painted = [], []
            before = window.document.worksheet
            for i in range(count):
                start = time.perf_counter()
                QTest.keyClick(widget, keys[i % 2])
                app.processEvents()  # the turn that computes once and refreshes what changed
                mid = time.perf_counter()
                assert not window.document.pending
                app.sendPostedEvents()
                app.processEvents()  # the repaint
                end = time.perf_counter()
                updated.append((mid - start) * 1000)
                painted.append((end - start) * 1000)
            assert window.document.worksheet is not before
            print(f"  {path:26} update median {statistics.median(updated):5.2f} ms, "
                  f"p95 {percentile(updated, 0.95):5.2f} ms;  with repaint median {statistics.median(painted):5.2f} ms, "
                  f"p95 {percentile(painted, 0.95):5.2f} ms")
        autosave(window, count=max(count // 10, 5))
        window.autosaver.stop()
        window.document.new()
        window.close()


def autosave(window: Any, count: int) -> None:
    """GUI-thread time of an autosave after an edit, and its write on the worker thread."""
    from ui.autosave import Autosaver

    saver = Autosaver(window.document, folder=Path(tempfile.mkdtemp(prefix="bench-autosave-")))
    saver.start()
    on_gui, written = [], []
    value = window.document.deal.offering.shares_offered
    for i in range(count):
        window.document.edit("offering.shares_offered", value + (i % 2), merge=False)
        window.document.flush()
        start = time.perf_counter()
        job = saver.save_soon()
        handed = time.perf_counter()
        assert job is not None
        job.result()
        done = time.perf_counter()
        on_gui.append((handed - start) * 1000)
        written.append((done - start) * 1000)
    saver.timer.stop()
    size = saver.deal_file.stat().st_size
    print(f"  autosave ({count} edits, file {size:,} bytes): GUI thread median {statistics.median(on_gui):5.2f} ms, "
          f"max {max(on_gui):5.2f} ms;  written on its thread median {statistics.median(written):6.1f} ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--keys", type=int, default=400)
    parser.add_argument("--compile-each-start", action="store_true",
                        help="time start-up with PYTHONDONTWRITEBYTECODE=1: the application's sources are "
                             "compiled again on every start")
    args = parser.parse_args()
    startup(args.runs, compile_each_start=args.compile_each_start)
    keystrokes(args.keys)
    return 0


if __name__ == "__main__":
    sys.exit(main())
