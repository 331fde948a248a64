"""The set-up scripts: what the Qt wheel loads is known, and a second run
installs nothing."""

from __future__ import annotations

import hashlib
import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("system_libraries", ROOT / "scripts" / "system_libraries.py")
system_libraries = importlib.util.module_from_spec(spec)
spec.loader.exec_module(system_libraries)

linux_with_ldd = pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("ldd") is None,
                                    reason="ldd and Debian packages are Linux things")


@linux_with_ldd
def test_every_system_library_the_qt_wheel_loads_has_its_package():
    binaries = system_libraries.qt_binaries(tests=True)
    names = {b.name for b in binaries}
    assert {"QtCore.abi3.so", "QtWidgets.abi3.so", "libqxcb.so", "libqoffscreen.so"} <= names
    needed = system_libraries.system_libraries(binaries)
    assert "libglib-2.0.so.0" in needed  # what a minimal Debian lacked, and the import failed on
    unlisted = sorted(set(needed) - set(system_libraries.read_table()))
    assert not unlisted, ("the Qt wheel loads libraries scripts/system-libraries.txt does not list; "
                          f"run python scripts/system_libraries.py --write-table: {unlisted}")


@linux_with_ldd
def test_a_missing_library_is_named_with_its_package(monkeypatch, capsys):
    found = system_libraries.linked

    def without_glib(binaries):
        return {name: (None if name.startswith("libglib") else where) for name, where in found(binaries).items()}

    monkeypatch.setattr(system_libraries, "linked", without_glib)
    assert system_libraries.main([]) == 0
    assert capsys.readouterr().out.split() == ["libglib2.0-0"]
    monkeypatch.setattr(system_libraries, "read_table", lambda: {})
    assert system_libraries.main([]) == 1
    assert "libglib-2.0.so.0" in capsys.readouterr().err


def test_the_scripts_parse():
    for script in ("bootstrap.sh", "app.sh", "test.sh"):
        done = subprocess.run(["bash", "-n", str(ROOT / "scripts" / script)], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr


def _set_up_here() -> bool:
    venv = ROOT / ".venv"
    if Path(sys.prefix).resolve() != venv.resolve():
        return False
    version = subprocess.run([str(venv / "bin" / "python"), "-V"], capture_output=True, text=True).stdout
    recipe = hashlib.sha1((ROOT / "pyproject.toml").read_bytes() + version.encode()).hexdigest()[:12]
    return all((venv / f".setup-{part}-{recipe}").exists() for part in ("app", "tests"))


@linux_with_ldd
@pytest.mark.skipif(not _set_up_here(), reason="runs only in a .venv that scripts/bootstrap.sh --tests set up")
def test_switching_between_the_two_commands_installs_nothing():
    for args in ([], ["--tests"], []):
        done = subprocess.run(["bash", str(ROOT / "scripts" / "bootstrap.sh"), *args], capture_output=True,
                              text=True, timeout=120)
        assert done.returncode == 0, done.stdout + done.stderr
        assert done.stdout == "" and done.stderr == "", done.stdout + done.stderr
