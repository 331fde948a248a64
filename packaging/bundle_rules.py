"""What a Deal Worksheet bundle leaves out, shared by every spec we build.

The application spec and the benchmark's bare-window spec both apply these
rules, so the size of one against the other measures what the application
itself adds, not a difference in trimming.

The application uses QtCore, QtGui and QtWidgets only. PyInstaller's Qt hooks
collect every plugin type a module might load and the libraries those plugins
link; ``trim`` keeps the plugins a desktop widget application loads and then
drops the Qt libraries nothing left in the bundle links.
"""

from __future__ import annotations

import fnmatch
import os
import sys
from pathlib import PurePosixPath

QT_MODULES = ("QtCore", "QtGui", "QtWidgets")

# Python packages the application does not import but that optional code
# paths of pandas, numpy and openpyxl reach for, or that a development
# environment may hold. Excluding one that is not installed is harmless.
PYTHON_EXCLUDES = (
    # GUI toolkits and other Qt bindings
    "tkinter", "_tkinter", "turtle", "turtledemo", "idlelib",
    "PyQt5", "PyQt6", "PySide2", "shiboken2",
    # pandas' optional backends (plotting, styling, other file formats)
    "scipy", "matplotlib", "IPython", "jedi", "jinja2", "pyarrow", "numba",
    "numexpr", "bottleneck", "tables", "sqlalchemy", "xlrd", "odf", "pyxlsb",
    "python_calamine", "xlsxwriter", "lxml", "bs4", "html5lib", "fsspec",
    "gcsfs", "s3fs", "botocore", "PIL", "zmq", "tornado", "psutil",
    # test and packaging tools that live in the build environment
    "pytest", "_pytest", "pytestqt", "hypothesis", "pip", "setuptools",
    "pkg_resources", "wheel", "PyInstaller", "pydoc_data", "lib2to3",
    # test suites shipped inside packages
    "numpy.tests", "pandas.tests", "openpyxl.tests", "holidays.tests",
    "numpy.f2py", "numpy.distutils",
)

# Qt plugins kept, as "type/file" patterns; every other plugin is dropped.
QT_PLUGINS_KEPT = (
    # xcb is the desktop (also under Wayland, through XWayland); offscreen
    # and minimal run without a screen (tests, smoke tests).
    "platforms/libqxcb.so", "platforms/libqoffscreen.so", "platforms/libqminimal.so",
    "platforms/qwindows.dll", "platforms/qoffscreen.dll", "platforms/qminimal.dll",
    "platforms/libqcocoa.dylib", "platforms/libqoffscreen.dylib", "platforms/libqminimal.dylib",
    "xcbglintegrations/*",
    # dead keys and input methods (IBus carries Japanese input on Linux)
    "platforminputcontexts/libcomposeplatforminputcontextplugin.so",
    "platforminputcontexts/libibusplatforminputcontextplugin.so",
    # native file dialogs through the desktop portal; Windows and macOS styles
    "platformthemes/libqxdgdesktopportal.so",
    "styles/*",
    # the application's icons: SVG and ICO
    "iconengines/*qsvgicon*",
    "imageformats/*qsvg*", "imageformats/*qico*",
)

# Qt's own translations kept: Japanese for the standard dialogs and buttons.
QT_TRANSLATIONS_KEPT = ("qt_ja.qm", "qtbase_ja.qm")

# Files that record the build machine rather than the application.
BUILD_MACHINE_FILES = (
    "*.dist-info/direct_url.json",  # the local path of an editable install
    "*.dist-info/RECORD",
    "*.dist-info/INSTALLER",
    "*.dist-info/REQUESTED",
    "*/__pycache__/*",
    "*.pyc",
)


def qt_excludes() -> list[str]:
    """Every PySide6 module but the ones the application uses, taken from
    the installed PySide6 so a newer release's modules are excluded too."""
    try:
        import PySide6
    except ImportError:
        return []
    folder = os.path.dirname(PySide6.__file__)
    names = set()
    for entry in os.listdir(folder):
        stem = entry.split(".", 1)[0]
        if stem.startswith("Qt") and entry.endswith((".so", ".pyd")) and stem not in QT_MODULES:
            names.add(f"PySide6.{stem}")
    return sorted(names)


def excludes() -> list[str]:
    return sorted(set(PYTHON_EXCLUDES) | set(qt_excludes()))


def _qt_parts(dest: str) -> tuple[str, ...] | None:
    """The path of ``dest`` below PySide6's ``Qt`` folder, if it is there."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    for i in range(len(parts) - 1):
        if parts[i] == "PySide6" and parts[i + 1] == "Qt":
            return parts[i + 2 :]
    return None


def keep_qt_file(dest: str) -> bool:
    parts = _qt_parts(dest)
    if not parts:
        return True
    if parts[0] == "plugins" and len(parts) >= 3:
        name = "/".join(parts[1:])
        return any(fnmatch.fnmatch(name, pattern) for pattern in QT_PLUGINS_KEPT)
    if parts[0] == "translations":
        return parts[-1] in QT_TRANSLATIONS_KEPT
    return True


def is_build_machine_file(dest: str) -> bool:
    dest = dest.replace("\\", "/")
    return any(fnmatch.fnmatch(dest, pattern) for pattern in BUILD_MACHINE_FILES)


def _is_linked_library(dest: str) -> bool:
    """Whether ``dest`` is a shared library that is in the bundle only
    because something links it: the Qt libraries and ICU in
    ``PySide6/Qt/lib``, and the system libraries at the top of the bundle.
    (The Python library is loaded by the bootloader, not linked.)"""
    path = PurePosixPath(dest.replace("\\", "/"))
    if not path.name.startswith("lib") or ".so" not in path.name or path.name.startswith("libpython"):
        return False
    parts = _qt_parts(dest)
    return len(path.parts) == 1 or (parts is not None and parts[:1] == ("lib",))


def _linked_libraries(entries) -> set[str]:
    """Names of the linked libraries (see ``_is_linked_library``) reachable,
    through what each binary links, from the binaries that are in the bundle
    for their own sake: extension modules, plugins, vendored libraries."""
    from PyInstaller.depend import bindepend

    libraries = {PurePosixPath(dest).name: src for dest, src, kind in entries if _is_linked_library(dest)}
    todo = [src for dest, src, kind in entries if kind in ("BINARY", "EXTENSION") and not _is_linked_library(dest)]
    seen: set[str] = set()
    while todo:
        for name in _imports(bindepend, todo.pop()):
            if name in libraries and name not in seen:
                seen.add(name)
                todo.append(libraries[name])
    return seen


def _imports(bindepend, src: str) -> list[str]:
    try:
        return [os.path.basename(name) for name, _path in bindepend.get_imports(src)]
    except Exception:  # a file bindepend cannot read links nothing we track
        return []


def trim(analysis, *, log=print) -> None:
    """Drops, in place, the Qt plugins and translations the application does
    not use, the libraries only they linked, and the files that describe the
    build machine."""
    dropped = []

    def keep(entry) -> bool:
        ok = keep_qt_file(entry[0]) and not is_build_machine_file(entry[0])
        if not ok:
            dropped.append(entry[0])
        return ok

    binaries = [e for e in analysis.binaries if keep(e)]
    datas = [e for e in analysis.datas if keep(e)]
    if sys.platform.startswith("linux"):
        linked = _linked_libraries(binaries)
        unlinked = [e for e in binaries if _is_linked_library(e[0]) and PurePosixPath(e[0]).name not in linked]
        dropped += [e[0] for e in unlinked]
        binaries = [e for e in binaries if e not in unlinked]
    analysis.binaries[:] = binaries
    analysis.datas[:] = datas
    log(f"bundle_rules.trim: left out {len(dropped)} files:")
    for dest in sorted(dropped):
        log(f"  {dest}")
