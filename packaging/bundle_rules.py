"""What a Deal Worksheet bundle leaves out, shared by every spec we build.

The application spec and the benchmark's bare-window spec both apply these
rules, so the size of one against the other measures what the application
itself adds, not a difference in trimming.

The application uses QtCore, QtGui, QtWidgets and QtPrintSupport (File >
Print and Export to PDF) only. PyInstaller's Qt hooks
collect every plugin type a module might load and the libraries those plugins
link; ``trim`` keeps the plugins a desktop widget application loads, then
drops the libraries (Qt's and the system's) that only the dropped plugins
linked. ``strip_binaries`` strips symbols on Linux.
"""

from __future__ import annotations

import fnmatch
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import PurePosixPath

QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtPrintSupport")

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
    # standard-library modules that only optional code paths import: pandas'
    # read_sql (sqlite3), urllib's https (ssl), the interactive debugger
    # (readline); with them go libsqlite3, libssl and libreadline
    "sqlite3", "_sqlite3", "ssl", "_ssl", "readline",
    # test suites and test-only extension modules shipped inside packages
    "numpy.tests", "pandas.tests", "openpyxl.tests", "holidays.tests",
    "numpy.f2py", "numpy.distutils", "numpy._core._multiarray_tests",
    "numpy._core._simd",
    # numpy's submodules that numpy itself imports only on first use
    # (`np.testing`, `np.fft`...) and that neither pandas nor the application
    # uses; numpy.testing alone brings unittest, doctest, pdb and asyncio in,
    # numpy.fft an extension module (0.5 MB)
    "numpy.testing", "numpy.fft", "numpy.polynomial", "numpy.ctypeslib", "numpy.matlib",
    # pandas' code for what the application never asks of it, each imported
    # by pandas only inside the function that needs it: reading SAS files
    # (two extension modules), the Styler and to_latex (they need jinja2,
    # left out above), to_xml, the clipboard, the numba engine (numba is
    # left out above)
    "pandas.io.sas.sas7bdat", "pandas.io.sas.sas_xport", "pandas._libs.sas", "pandas._libs.byteswap",
    "pandas.io.formats.style", "pandas.io.formats.style_render", "pandas.io.formats.xml",
    "pandas.io.clipboard", "pandas.core._numba.kernels", "pandas.core._numba.extensions",
    # standard-library modules nothing in the application reaches: the test
    # and debugging tools (reached only from numpy.testing), asyncio,
    # multiprocessing (pandas and the application use threads; with it goes
    # PyInstaller's multiprocessing hook, run at every start), the help
    # system and its web server, FTP, cookies, XML-RPC and DOM (urllib and
    # pandas import them only for URLs and XML output), the pure-Python
    # decimal (the C `_decimal` is what `decimal` loads)
    "unittest", "doctest", "pdb", "pydoc", "asyncio", "multiprocessing",
    "concurrent.futures.process", "xmlrpc", "http.server", "http.cookiejar",
    "socketserver", "webbrowser", "ftplib", "netrc", "xml.dom", "_pydecimal",
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
    # File > Print to the system's printers (CUPS on Linux; PDF needs no plugin)
    "printsupport/*",
)

# Qt's own translations kept: Japanese for the standard dialogs and buttons.
QT_TRANSLATIONS_KEPT = ("qt_ja.qm", "qtbase_ja.qm")

# Files that describe the build machine's installation rather than the
# application.
BUILD_MACHINE_FILES = (
    "*.dist-info/direct_url.json",  # the checkout's path, for an editable or local install
    "*/__pycache__/*",  # byte code cached beside a source tree
    "*.pyc",
    # the installer's list of a wheel's files (numpy's and holidays' are
    # 125 kB each), most of which the bundle does not hold; the version in
    # METADATA and the licences stay
    "*.dist-info/RECORD",
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
    """The path of ``dest`` below Qt's folder in PySide6 (``PySide6/Qt`` on
    Linux and macOS, ``PySide6`` itself on Windows), if it is there."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if "PySide6" not in parts:
        return None
    start = parts.index("PySide6") + 1
    if parts[start : start + 1] == ("Qt",):
        start += 1
    return parts[start:]


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


def trim(analysis, *, report=None, log=print) -> None:
    """Drops, in place, the Qt plugins and translations the application does
    not use, the libraries only they linked, and the files that describe the
    build machine. ``report``, a file path, receives the list of what was
    left out."""
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
    # Links from the top of the bundle to a library that is no longer there.
    files = {e[0] for e in binaries + datas if e[2] != "SYMLINK"}

    def dangling(entry) -> bool:
        dest, target, kind = entry
        if kind != "SYMLINK" or os.path.normpath(os.path.join(os.path.dirname(dest), target)) in files:
            return False
        dropped.append(dest)
        return True

    analysis.binaries[:] = [e for e in binaries if not dangling(e)]
    analysis.datas[:] = [e for e in datas if not dangling(e)]
    message = f"bundle_rules.trim: left out {len(dropped)} files"
    if report is not None:
        os.makedirs(os.path.dirname(os.path.abspath(report)), exist_ok=True)
        with open(report, "w", encoding="utf-8") as f:
            f.write("".join(f"{dest}\n" for dest in sorted(dropped)))
        message += f" (listed in {report})"
    log(message)


def drop_runtime_hook(analysis, name: str, *, log=print) -> None:
    """Removes PyInstaller's run-time hook ``name`` (``pyi_rth_...``) from
    the scripts run at every start, and PyInstaller's helper modules for
    run-time hooks (``_pyi_rth_utils``) unless another hook imports them.
    Fails the build if the hook is not there: PyInstaller renamed it, and
    what replaces it needs looking at."""
    scripts = [entry for entry in analysis.scripts if entry[0] != name]
    if len(scripts) == len(analysis.scripts):
        found = ", ".join(entry[0] for entry in analysis.scripts)
        raise SystemExit(f"bundle_rules.drop_runtime_hook: no run-time hook {name!r} (scripts: {found})")
    analysis.scripts[:] = scripts
    # PyInstaller's helpers for its run-time hooks: kept while another hook
    # imports them.
    still_used = any(_imports_rth_utils(src) for _name, src, _kind in scripts)
    if not still_used:
        analysis.pure[:] = [e for e in analysis.pure if e[0].split(".")[0] != "_pyi_rth_utils"]
    log(f"bundle_rules.drop_runtime_hook: {name} left out")


def _imports_rth_utils(path: str) -> bool:
    try:
        with open(path, encoding="utf-8") as f:
            return "_pyi_rth_utils" in f.read()
    except (OSError, UnicodeDecodeError):
        return False


def _is_vendored_library(dest: str) -> bool:
    """Libraries a wheel carries in a ``<name>.libs`` folder (numpy's
    OpenBLAS and gfortran): auditwheel rewrote them with patchelf, and
    ``strip`` turns such a file into one the loader refuses ("ELF load
    command address/offset not page-aligned")."""
    return any(part.endswith(".libs") for part in PurePosixPath(dest.replace("\\", "/")).parts[:-1])


def strip_binaries(analysis, workdir, *, log=print) -> None:
    """Strips the symbols from the bundle's ELF binaries, except the
    vendored ones (see ``_is_vendored_library``), into ``workdir``, and points
    the analysis at the stripped copies. Linux only; PyInstaller's own
    ``strip=True`` cannot leave files out, hence this.

    Saves about 30 MB, most of it from the Python library."""
    if not sys.platform.startswith("linux"):
        return
    tool = shutil.which("strip")
    if tool is None:
        log("bundle_rules.strip_binaries: no `strip` on PATH (binutils); binaries left as they are")
        return
    workdir = os.path.abspath(workdir)
    before = after = 0
    stripped = []
    for dest, src, kind in analysis.binaries:
        if kind not in ("BINARY", "EXTENSION") or _is_vendored_library(dest) or not _is_elf(src):
            stripped.append((dest, src, kind))
            continue
        with open(src, "rb") as f:
            digest = hashlib.sha256(f.read()).hexdigest()[:16]
        target = os.path.join(workdir, digest, os.path.basename(dest))
        if not os.path.exists(target):
            os.makedirs(os.path.dirname(target), exist_ok=True)
            shutil.copyfile(src, target + ".tmp")
            subprocess.run([tool, target + ".tmp"], check=True, capture_output=True)
            os.chmod(target + ".tmp", 0o755)
            os.replace(target + ".tmp", target)
        before += os.path.getsize(src)
        after += os.path.getsize(target)
        stripped.append((dest, target, kind))
    analysis.binaries[:] = stripped
    log(f"bundle_rules.strip_binaries: {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB")


def _is_elf(path: str) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(4) == b"\x7fELF"
    except OSError:
        return False
