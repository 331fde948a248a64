"""The build's inputs, checked without building: the version the builds
take from pyproject.toml, the Windows version resource, the icon files, the
desktop entry, the installer script."""

from __future__ import annotations

import configparser
import importlib
import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"
sys.path.insert(0, str(PACKAGING))
import versioning  # noqa: E402  (packaging/versioning.py)


@pytest.mark.parametrize(
    ("version", "numbers"),
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("1.2", (1, 2, 0, 0)),
        ("2.0.1rc1", (2, 0, 1, 0)),
        ("3.1.4.1.5", (3, 1, 4, 1)),
        ("2026.11.21", (2026, 11, 21, 0)),
    ],
)
def test_windows_version_numbers(version, numbers):
    assert versioning.version_tuple(version) == numbers


@pytest.mark.parametrize("version", ["", "dev", "70000.1"])
def test_windows_version_numbers_refuse(version):
    with pytest.raises(ValueError):
        versioning.version_tuple(version)


def test_version_comes_from_pyproject():
    import tomllib

    with open(ROOT / "pyproject.toml", "rb") as f:
        assert versioning.project_version() == tomllib.load(f)["project"]["version"]


def test_windows_version_resource_reads_back(tmp_path):
    """The file is the Python literal PyInstaller evaluates with its
    ``versioninfo`` classes (which need ``pefile``, a Windows-only
    dependency); evaluated here with stand-ins that keep their arguments."""
    path = versioning.write_windows_version_resource(tmp_path / "version_info.txt")

    def recorder(kind):
        return lambda *args, **kwargs: {"kind": kind, "args": args, **kwargs}

    names = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct", "VarFileInfo", "VarStruct")
    info = eval(path.read_text(encoding="utf-8"), {name: recorder(name) for name in names})  # noqa: S307
    numbers = versioning.version_tuple(versioning.project_version())
    assert info["kind"] == "VSVersionInfo"
    assert info["ffi"]["filevers"] == info["ffi"]["prodvers"] == numbers
    table = info["kids"][0]["args"][0][0]
    assert table["args"][0] == "040904B0"
    strings = dict(s["args"] for s in table["args"][1])
    assert strings["ProductVersion"] == strings["FileVersion"] == versioning.project_version()
    assert strings["OriginalFilename"] == "deal-worksheet.exe"
    assert info["kids"][1]["args"][0][0]["args"] == ("Translation", [0x0409, 1200])


def test_packaging_folder_does_not_shadow_the_packaging_library():
    """packaging/ is a folder of scripts, not a package: an __init__.py would
    hide the ``packaging`` library (which PyInstaller and pip import) from
    anything run at the project's root."""
    assert not (PACKAGING / "__init__.py").exists()
    library = importlib.import_module("packaging.version")
    assert PACKAGING not in Path(library.__file__).resolve().parents


def test_png_icon_is_256_square():
    data = (ICONS / "deal-worksheet.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == (256, 256)


def test_ico_has_the_windows_sizes():
    data = (ICONS / "deal-worksheet.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for i in range(count):
        width, height, _, _, _, _, length, offset = struct.unpack("<BBBBHHII", data[6 + 16 * i : 22 + 16 * i])
        assert offset + length <= len(data)
        sizes.add(width or 256)
    assert {16, 24, 32, 48, 256} <= sizes


def test_icns_is_well_formed():
    data = (ICONS / "deal-worksheet.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    kinds, at = set(), 8
    while at < len(data):
        kind, length = data[at : at + 4], struct.unpack(">I", data[at + 4 : at + 8])[0]
        assert data[at + 8 : at + 16] == b"\x89PNG\r\n\x1a\n"
        kinds.add(kind)
        at += length
    assert at == len(data)
    assert {b"ic07", b"ic08", b"ic09"} <= kinds


def test_desktop_entry():
    path = PACKAGING / "deal-worksheet.desktop"
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(path, encoding="utf-8")
    group = entry["Desktop Entry"]
    assert group["Type"] == "Application"
    assert group["Exec"] == "deal-worksheet %f"
    assert group["Icon"] == "deal-worksheet"
    assert group["Terminal"] == "false"
    assert group["Categories"].endswith(";")
    validate = shutil.which("desktop-file-validate")
    if validate:
        done = subprocess.run([validate, str(path)], capture_output=True, text=True)
        assert done.returncode == 0 and not done.stdout.strip(), done.stdout


def test_inno_setup_script_takes_its_version_from_the_build():
    script = (PACKAGING / "windows" / "deal-worksheet.iss").read_text(encoding="utf-8")
    assert "AppVersion={#AppVersion}" in script
    assert "#error" in script  # refuses to build without a version
    assert "\\resources\\icons\\deal-worksheet.ico" in script
    assert "PrivilegesRequired=lowest" in script
    assert versioning.project_version() not in script


# The launcher and the spec's rules, without building ---------------------------


def test_launcher_sets_qt_up_only_for_the_window():
    """launcher.py prepares Qt (what PyInstaller's PySide6 run-time hook
    did at every start) only for the commands that open the window; the
    headless ones are those ``ui.main`` runs without Qt."""
    import launcher  # packaging/launcher.py
    from ui.main import HEADLESS_COMMANDS

    assert HEADLESS_COMMANDS >= {"compute", "export"}
    for command in HEADLESS_COMMANDS:
        assert not launcher.opens_window([command, "--example"])
    assert launcher.opens_window([])
    assert launcher.opens_window(["deal.deal.json"])
    assert launcher.opens_window(["--example"])


def test_launcher_leaves_qt_alone_outside_a_bundle(monkeypatch):
    import launcher  # packaging/launcher.py

    monkeypatch.delenv("QT_PLUGIN_PATH", raising=False)
    monkeypatch.delattr(sys, "frozen", raising=False)
    launcher.prepare_qt()
    assert "QT_PLUGIN_PATH" not in os.environ


def test_launcher_points_qt_at_the_bundle(monkeypatch, tmp_path):
    import launcher  # packaging/launcher.py

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setenv("PATH", os.pathsep.join(["/usr/bin", "/bin"]))
    monkeypatch.setenv("DYLD_LIBRARY_PATH", "/opt/lib")
    launcher.prepare_qt()
    if sys.platform == "win32":
        assert os.environ["QT_PLUGIN_PATH"] == str(tmp_path / "PySide6" / "plugins")
        assert os.environ["PATH"].split(os.pathsep)[0] == str(tmp_path)
    else:
        assert os.environ["QT_PLUGIN_PATH"] == str(tmp_path / "PySide6" / "Qt" / "plugins")
        assert os.environ["PATH"] == os.pathsep.join(["/usr/bin", "/bin"])
    if sys.platform == "darwin":
        assert os.environ["DYLD_LIBRARY_PATH"] == os.pathsep.join([str(tmp_path), "/opt/lib"])
    else:
        assert os.environ["DYLD_LIBRARY_PATH"] == "/opt/lib"


class _Analysis:
    """The parts of PyInstaller's Analysis that bundle_rules changes."""

    def __init__(self, scripts, pure):
        self.scripts, self.pure = scripts, pure


def _rthook(tmp_path, name, text):
    path = tmp_path / f"{name}.py"
    path.write_text(text, encoding="utf-8")
    return (name, str(path), "PYSOURCE")


def test_drop_runtime_hook_takes_its_helpers_along(tmp_path):
    import bundle_rules  # packaging/bundle_rules.py

    qt_hook = _rthook(tmp_path, "pyi_rth_pyside6", "from _pyi_rth_utils import qt\n")
    other = _rthook(tmp_path, "pyi_rth_inspect", "import inspect\n")
    main = ("launcher", str(PACKAGING / "launcher.py"), "PYSOURCE")
    pure = [("_pyi_rth_utils", "x", "PYMODULE"), ("_pyi_rth_utils.qt", "x", "PYMODULE"), ("inspect", "x", "PYMODULE")]
    analysis = _Analysis([qt_hook, other, main], list(pure))
    bundle_rules.drop_runtime_hook(analysis, "pyi_rth_pyside6", log=lambda message: None)
    assert analysis.scripts == [other, main]
    assert analysis.pure == [("inspect", "x", "PYMODULE")]


def test_drop_runtime_hook_keeps_helpers_another_hook_uses(tmp_path):
    import bundle_rules  # packaging/bundle_rules.py

    qt_hook = _rthook(tmp_path, "pyi_rth_pyside6", "from _pyi_rth_utils import qt\n")
    other = _rthook(tmp_path, "pyi_rth_other", "import _pyi_rth_utils\n")
    pure = [("_pyi_rth_utils", "x", "PYMODULE")]
    analysis = _Analysis([qt_hook, other], list(pure))
    bundle_rules.drop_runtime_hook(analysis, "pyi_rth_pyside6", log=lambda message: None)
    assert analysis.scripts == [other]
    assert analysis.pure == pure


def test_drop_runtime_hook_refuses_a_hook_that_is_not_there(tmp_path):
    """A renamed hook must stop the build, not be kept without a word."""
    import bundle_rules  # packaging/bundle_rules.py

    analysis = _Analysis([_rthook(tmp_path, "pyi_rth_inspect", "import inspect\n")], [])
    with pytest.raises(SystemExit, match="pyi_rth_pyside6"):
        bundle_rules.drop_runtime_hook(analysis, "pyi_rth_pyside6", log=lambda message: None)
