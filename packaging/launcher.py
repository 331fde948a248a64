"""The bundled program's entry point: the same ``main`` as the installed
``deal-worksheet`` command (``ui.main:main`` in ``pyproject.toml``).

The spec leaves out PyInstaller's run-time hook for PySide6, which would
import Qt at every start, before the program has even read its command
line: ``compute`` and ``export`` never use Qt and would pay for loading it.
What that hook sets up for Qt is set up here instead (``prepare_qt``), only
when the command opens the window.
"""

import os
import sys

from ui.main import HEADLESS_COMMANDS, main


def opens_window(args: list[str]) -> bool:
    """Whether ``ui.main.main`` opens the window for these arguments (any
    command but the headless ones)."""
    return not (args and args[0] in HEADLESS_COMMANDS)


def prepare_qt() -> None:
    """What PyInstaller's ``pyi_rth_pyside6`` run-time hook does, for a
    bundle with no QML and no QtNetwork:

    - ``QT_PLUGIN_PATH`` names the bundle's plugin folder;
    - the bundle's folder goes first on ``PATH`` on Windows, and on
      ``DYLD_LIBRARY_PATH`` on macOS when the program runs outside an
      ``.app``: where Qt looks for the libraries it loads at run time;
    - Qt's prefix (where it finds its plugins and translations) is the
      bundle's: the PySide6 wheels register a ``qt.conf`` resource saying so
      when QtCore is imported, which the hook only does itself for builds of
      PySide6 that do not (conda's). The application is built from the
      wheels (``pyproject.toml``), so there is nothing to add here.

    Does nothing when not running from a bundle."""
    base = getattr(sys, "_MEIPASS", None)
    if not getattr(sys, "frozen", False) or base is None:
        return
    qt_folder = os.path.join(base, "PySide6") if sys.platform == "win32" else os.path.join(base, "PySide6", "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt_folder, "plugins")
    if sys.platform == "win32":
        _prepend_to_path_variable("PATH", base)
    elif sys.platform == "darwin" and not base.endswith("Contents/Frameworks"):
        _prepend_to_path_variable("DYLD_LIBRARY_PATH", base)


def _prepend_to_path_variable(name: str, folder: str) -> None:
    paths = [p for p in os.environ.get(name, "").split(os.pathsep) if p]
    if folder not in paths:
        os.environ[name] = os.pathsep.join([folder, *paths])


if __name__ == "__main__":
    if opens_window(sys.argv[1:]):
        prepare_qt()
    sys.exit(main())
