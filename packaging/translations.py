"""Compiles the window's translations: each ``resources/translations/*.ts``
(the sources, kept in git) to the ``.qm`` file Qt loads (a build output,
never committed), when the ``.qm`` is missing or older than its source.

    .venv/bin/python packaging/translations.py            compile what is stale
    .venv/bin/python packaging/translations.py --update   also take new strings of ui/ into the .ts first

``scripts/bootstrap.sh`` and ``packaging/build.py`` run it; so do the tests
before they load the Japanese catalogue. The tools are PySide6's own
``pyside6-lrelease`` and ``pyside6-lupdate``, installed beside the Python
that runs this script.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
#: the sources of the window's strings, which pyside6-lupdate reads
SOURCES = ROOT / "ui"


def tool(name: str) -> str:
    """``pyside6-lrelease`` or ``pyside6-lupdate``: the one beside this
    Python (a virtual environment's bin/ or Scripts/), else on the PATH."""
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: it comes with PySide6 (pip install PySide6-Essentials)")
    return found


def stale(folder: Path = FOLDER) -> list[Path]:
    """The .ts files whose .qm is missing or older."""
    out = []
    for source in sorted(folder.glob("*.ts")):
        compiled = source.with_suffix(".qm")
        if not compiled.exists() or compiled.stat().st_mtime < source.stat().st_mtime:
            out.append(source)
    return out


def compile_all(folder: Path = FOLDER, *, force: bool = False) -> list[Path]:
    """Compile the stale .ts files of ``folder`` (all with ``force``); the .qm files written."""
    written = []
    for source in sorted(folder.glob("*.ts")) if force else stale(folder):
        compiled = source.with_suffix(".qm")
        subprocess.run([tool("lrelease"), "-silent", str(source), "-qm", str(compiled)], check=True)
        written.append(compiled)
    return written


def extract(target: Path, *, language: str = "ja") -> None:
    """The window's strings (``tr()`` and ``QCoreApplication.translate``) as
    ``target``, a .ts file: new strings added unfinished, strings gone dropped."""
    subprocess.run([tool("lupdate"), "-silent", "-extensions", "py", str(SOURCES), "-ts", str(target),
                    "-locations", "none", "-source-language", "en", "-target-language", language,
                    "-no-obsolete"], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Compile the window's translations (.ts to .qm).")
    parser.add_argument("--update", action="store_true", help="first add the new strings of ui/ to each .ts")
    parser.add_argument("--force", action="store_true", help="compile every .ts, stale or not")
    args = parser.parse_args(argv)
    if args.update:
        for source in sorted(FOLDER.glob("*.ts")):
            extract(source, language=source.stem.rsplit("_", 1)[-1])
    for compiled in compile_all(force=args.force):
        print(f"compiled {compiled.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
