"""Which Debian/Ubuntu packages the installed Qt wheel needs, found with ldd.

The PySide6 wheels carry Qt itself but load system libraries (glib, EGL,
fontconfig, the xcb family...) that a minimal Debian root lacks. Which ones
is read from the wheel, never typed by hand: ``ldd`` over the Qt modules the
application imports and the Qt plugins the desktop build keeps (both listed
in ``packaging/bundle_rules.py``) gives the libraries not found here, and
``system-libraries.txt`` beside this script says which package holds each.

    python scripts/system_libraries.py [--tests]    packages to install, one a line
    python scripts/system_libraries.py --missing     libraries ldd cannot find
    python scripts/system_libraries.py --python-library
        the package of Python's shared library, if missing (PyInstaller needs it)
    python scripts/system_libraries.py --write-table rebuild system-libraries.txt
        (on a machine where everything is installed: each library found is
        looked up with dpkg -S)

Run it with the interpreter of the virtual environment that holds PySide6.
It never imports PySide6 (which would fail for want of these very libraries).
"""

from __future__ import annotations

import ctypes.util
import fnmatch
import importlib.util
import os
import re
import subprocess
import sys
import sysconfig
from pathlib import Path

HERE = Path(__file__).resolve().parent
TABLE = HERE / "system-libraries.txt"
#: Qt modules only the tests import (pytest-qt drives widgets through QtTest)
TEST_MODULES = ("QtTest",)
#: the dynamic loader's own parts, present on every system
ALWAYS_THERE = ("linux-vdso.so", "ld-linux", "libc.so", "libm.so", "libdl.so", "libpthread.so", "librt.so")


def _bundle_rules():
    spec = importlib.util.spec_from_file_location("bundle_rules", HERE.parent / "packaging" / "bundle_rules.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def pyside_folder() -> Path:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("PySide6 is not installed in this Python: run it with .venv/bin/python")
    return Path(list(spec.submodule_search_locations)[0])


def qt_binaries(tests: bool = False) -> list[Path]:
    """The extension modules the application (and the tests) import, and the
    Linux plugins the desktop build keeps."""
    rules = _bundle_rules()
    folder = pyside_folder()
    modules = rules.QT_MODULES + (TEST_MODULES if tests else ())
    found = [p for m in modules for p in folder.glob(f"{m}.*.so")]
    plugins = folder / "Qt" / "plugins"
    for plugin in sorted(plugins.glob("*/*.so")):
        name = f"{plugin.parent.name}/{plugin.name}"
        if any(fnmatch.fnmatch(name, pattern) for pattern in rules.QT_PLUGINS_KEPT):
            found.append(plugin)
    return found


_LINE = re.compile(r"^\s*(\S+)\s+=>\s+(not found|\S+)")


def linked(binaries: list[Path]) -> dict[str, str | None]:
    """Every library the binaries load, directly or not: name -> where ldd
    finds it, or None when it is not found here."""
    found: dict[str, str | None] = {}
    for binary in binaries:
        done = subprocess.run(["ldd", str(binary)], capture_output=True, text=True)
        for line in done.stdout.splitlines():
            m = _LINE.match(line)
            if m:
                name, where = m[1], m[2]
                found[name] = None if where == "not found" else (found.get(name) or where)
    return found


def system_libraries(binaries: list[Path]) -> dict[str, str | None]:
    """The libraries that are not part of the wheel itself."""
    wheel = str(pyside_folder().parent)
    return {name: where for name, where in linked(binaries).items()
            if not (where and where.startswith(wheel)) and not name.startswith(("libQt6", "libpyside6", "libshiboken6"))
            and not name.startswith(ALWAYS_THERE)}


def read_table(path: Path = TABLE) -> dict[str, str]:
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            library, package = line.split()
            table[library] = package
    return table


def python_library_package() -> str | None:
    """PyInstaller's bootloader loads Python as a shared library; Debian's
    python3 is linked statically and its shared library is a package apart."""
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    if ctypes.util.find_library(f"python{version}"):
        return None
    libdir = sysconfig.get_config_var("LIBDIR") or ""
    soname = sysconfig.get_config_var("INSTSONAME") or f"libpython{version}.so.1.0"
    if libdir and (Path(libdir) / soname).exists():
        return None
    return f"libpython{version}"


def _owner(path: str) -> str | None:
    real = os.path.realpath(path)
    candidates = {path, real}
    for p in list(candidates):
        if p.startswith("/usr/lib/"):
            candidates.add(p[len("/usr"):])
        elif p.startswith("/lib/"):
            candidates.add("/usr" + p)
    for p in sorted(candidates):
        done = subprocess.run(["dpkg", "-S", p], capture_output=True, text=True)
        if done.returncode == 0:
            return done.stdout.split(":", 1)[0].strip()
    return None


def write_table(tests: bool = True) -> None:
    libraries = system_libraries(qt_binaries(tests))
    missing = sorted(name for name, where in libraries.items() if where is None)
    if missing:
        raise SystemExit(f"install these first, so that their packages can be looked up: {' '.join(missing)}")
    rows = []
    for name, where in sorted(libraries.items()):
        package = _owner(where) if where else None
        if package is None:
            raise SystemExit(f"no package owns {where} ({name})")
        rows.append(f"{name} {package}")
    TABLE.write_text(
        "# Libraries the PySide6 wheels load from the system, and the Debian package\n"
        "# of each. Written by `python scripts/system_libraries.py --write-table` (from\n"
        "# ldd over the Qt modules and plugins the application uses, dpkg -S for the\n"
        "# package); tests/test_setup.py fails when a new wheel loads one not listed.\n"
        + "\n".join(rows) + "\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    tests = "--tests" in argv
    if "--python-library" in argv:
        print(python_library_package() or "")
        return 0
    if "--write-table" in argv:
        write_table()
        return 0
    missing = sorted(name for name, where in system_libraries(qt_binaries(tests)).items() if where is None)
    if "--missing" in argv:
        print("\n".join(missing))
        return 0
    table = read_table()
    unknown = [name for name in missing if name not in table]
    if unknown:
        print(f"Qt needs {', '.join(unknown)}, which scripts/system-libraries.txt does not list: install the "
              "package that holds it, then run python scripts/system_libraries.py --write-table", file=sys.stderr)
        return 1
    print("\n".join(sorted({table[name] for name in missing})))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
