"""Prints what the desktop build costs: build time, size on disk and start
time, each beside a bare PySide6 window bundled the same way (same excludes,
same trimming of Qt, same stripping) in the same run. Figures only.

    .venv/bin/python tests/perf/bench_bundle.py [--runs 7]

- build: ``packaging/build.py`` (PyInstaller, trimming, stripping), then the
  Linux archive on its own;
- size: the application folder against the bare window's, on disk
  (allocated blocks, as ``du`` counts) and by file sizes (as a download or
  an archive sees them);
- start: from starting the process to the first window shown (the process
  quits there: ``DEAL_WORKSHEET_QUIT_AFTER_SHOWN=1``), offscreen; the built
  application against the source one (``.venv/bin/deal-worksheet``), median
  of several runs after one warm-up run;
- headless: ``compute --example`` from start to exit (no window, no Qt),
  built against source, the same way.

Needs the build extra (PyInstaller) and, for stripping, binutils.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
sys.path.insert(0, str(PACKAGING))

import build  # noqa: E402  (packaging/build.py)
import versioning  # noqa: E402  (packaging/versioning.py)

NAME = versioning.EXE_NAME

BARE_WINDOW = '''\
import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

app = QApplication(sys.argv)
window = QWidget()
window.setWindowTitle("bare")
window.show()
if os.environ.get("DEAL_WORKSHEET_QUIT_AFTER_SHOWN") == "1":
    QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
'''

# The bare window's spec: the application spec's rules, applied the same way.
BARE_SPEC = '''\
import sys
from pathlib import Path

sys.path.insert(0, {packaging!r})
import bundle_rules

a = Analysis([{script!r}], excludes=bundle_rules.excludes(), noarchive=False)
bundle_rules.trim(a, report=Path(workpath) / "left-out.txt")
bundle_rules.strip_binaries(a, Path(workpath) / "stripped")
pyz = PYZ(a.pure)
exe = EXE(pyz, a.scripts, [], exclude_binaries=True, name="bare-window", console=True,
          strip=sys.platform == "darwin", upx=False, contents_directory="_internal")
coll = COLLECT(exe, a.binaries, a.datas, strip=sys.platform == "darwin", upx=False, name="bare-window")
'''


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env.update(extra)
    return env


def timed_run(command: list[str], **kwargs) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, **kwargs)
    if done.returncode != 0:
        raise SystemExit(f"failed ({done.returncode}): {' '.join(command)}\n{(done.stderr or b'').decode()[-4000:]}")
    return time.perf_counter() - start


def sizes(folder: Path) -> tuple[int, int]:
    """(bytes on disk, bytes of the files): every file and folder once,
    symbolic links as links."""
    seen: set[tuple[int, int]] = set()
    on_disk = apparent = 0
    for path in [folder, *folder.rglob("*")]:
        st = path.lstat()
        if (st.st_dev, st.st_ino) in seen:
            continue
        seen.add((st.st_dev, st.st_ino))
        on_disk += st.st_blocks * 512
        if not path.is_dir():
            apparent += st.st_size
    return on_disk, apparent


def app_only_parts(app: Path, bare: Path) -> list[tuple[str, int]]:
    """The application's top-level folders and files (and the executable,
    which holds the compiled Python modules) by the bytes they add over the
    bare window's."""
    parts = []
    for path in [app / NAME, *(app / "_internal").iterdir()]:
        twin = bare / "bare-window" if path.name == NAME else bare / "_internal" / path.name
        extra = sizes(path)[0] - (sizes(twin)[0] if twin.exists() else 0)
        if extra > 0:
            parts.append((path.name if path.name == NAME else f"_internal/{path.name}", extra))
    return sorted(parts, key=lambda p: -p[1])


def start_times(command: list[str], runs: int, cwd: Path) -> list[float]:
    env = clean_env(QT_QPA_PLATFORM="offscreen", DEAL_WORKSHEET_QUIT_AFTER_SHOWN="1")
    return run_times(command, runs, cwd, env)


def headless_times(command: list[str], runs: int, cwd: Path) -> list[float]:
    """``compute --example``: its exit status says whether the deal has
    errors (the example has some on purpose), so any status but a crash's
    is a finished run."""
    return run_times([*command, "compute", "--example"], runs, cwd, clean_env(), ok=(0, 1))


def run_times(command: list[str], runs: int, cwd: Path, env: dict[str, str], ok=(0,)) -> list[float]:
    out = []
    for i in range(runs + 1):
        start = time.perf_counter()
        done = subprocess.run(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=120)
        seconds = time.perf_counter() - start
        if done.returncode not in ok:
            raise SystemExit(f"failed ({done.returncode}): {' '.join(command)}\n{done.stderr.decode()[-4000:]}")
        if i:  # the first run warms the disk cache
            out.append(seconds)
    return out


def source_command() -> list[str]:
    script = Path(sys.executable).parent / NAME
    return [str(script)] if script.is_file() else [sys.executable, "-m", "ui.main"]


def mb(n: float) -> str:
    return f"{n / 1e6:7.1f} MB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="timed start-ups of each program (default 7)")
    parser.add_argument("--keep", type=Path, help="build here and keep the results (default: a temporary folder)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="bench-bundle-") as tmp:
        base = (args.keep or Path(tmp)).resolve()
        base.mkdir(parents=True, exist_ok=True)
        env = clean_env(PYINSTALLER_CONFIG_DIR=str(base / "pyinstaller-config"))
        quiet = dict(stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)

        print(f"Deal Worksheet {versioning.project_version()}, PyInstaller build, {sys.platform}, {os.cpu_count()} cores")
        app_dist, app_work = base / "app" / "dist", base / "app" / "work"
        app_build = timed_run(
            [sys.executable, str(PACKAGING / "build.py"), "--dist", str(app_dist), "--work", str(app_work), "--no-package"],
            cwd=ROOT,
            **quiet,
        )
        app = app_dist / NAME
        archive_started = time.perf_counter()
        archive = build.linux_archive(app, versioning.project_version(), app_dist) if sys.platform.startswith("linux") else None
        archive_time = time.perf_counter() - archive_started

        bare_dir = base / "bare"
        bare_dir.mkdir(exist_ok=True)
        (bare_dir / "bare_window.py").write_text(BARE_WINDOW, encoding="utf-8")
        (bare_dir / "bare_window.spec").write_text(
            BARE_SPEC.format(packaging=str(PACKAGING), script=str(bare_dir / "bare_window.py")), encoding="utf-8"
        )
        bare_build = timed_run(
            [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
             "--distpath", str(bare_dir / "dist"), "--workpath", str(bare_dir / "work"), str(bare_dir / "bare_window.spec")],
            cwd=bare_dir,
            **quiet,
        )  # fmt: skip
        bare = bare_dir / "dist" / "bare-window"

        print()
        print("Build (clean)")
        print(f"  application folder  {app_build:7.1f} s   (packaging/build.py --no-package)")
        if archive is not None:
            print(f"  Linux archive       {archive_time:7.1f} s   ({archive.name}, {mb(archive.stat().st_size).strip()})")
        print(f"  bare window folder  {bare_build:7.1f} s")

        (app_disk, app_files), (bare_disk, bare_files) = sizes(app), sizes(bare)
        print()
        print("Size                        application     bare window   ratio")
        print(f"  on disk                  {mb(app_disk)}      {mb(bare_disk)}   {app_disk / bare_disk:5.2f}")
        print(f"  file sizes               {mb(app_files)}      {mb(bare_files)}   {app_files / bare_files:5.2f}")

        cwd = base
        built = start_times([str(app / NAME)], args.runs, cwd)
        source = start_times(source_command(), args.runs, cwd)
        bare_start = start_times([str(bare / "bare-window")], args.runs, cwd)
        print()
        print(f"Start to first window (offscreen, median of {args.runs}; min-max)")
        for label, samples in (("built application", built), ("source application", source), ("bare window, built", bare_start)):
            print(f"  {label:<20} {statistics.median(samples):6.3f} s   ({min(samples):.3f}-{max(samples):.3f})")
        print(f"  ratio built / source {statistics.median(built) / statistics.median(source):6.2f}")

        built_cli = headless_times([str(app / NAME)], args.runs, cwd)
        source_cli = headless_times(source_command(), args.runs, cwd)
        print()
        print(f"Headless `compute --example`, start to exit (median of {args.runs}; min-max)")
        for label, samples in (("built application", built_cli), ("source application", source_cli)):
            print(f"  {label:<20} {statistics.median(samples):6.3f} s   ({min(samples):.3f}-{max(samples):.3f})")
        print(f"  ratio built / source {statistics.median(built_cli) / statistics.median(source_cli):6.2f}")
        print()
        print("Largest parts the bare window does not have (on disk)")
        for name, size in app_only_parts(app, bare)[:6]:
            print(f"  {name:<28} {mb(size)}")
        if args.keep:
            print(f"\nKept in {base}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
