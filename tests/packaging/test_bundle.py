"""The desktop application as built: ``packaging/build.py`` runs once for
the module, into a temporary folder; the Linux archive it writes is unpacked
somewhere else, the build output is deleted, and the unpacked copy is run
headless the way a user's machine would run it: another folder, another
working directory, a bare environment.

Checked: the command line gives the source's results (``compute``) and
writes the same workbook (``export``), without loading Qt; the window opens
offscreen and quits cleanly, with Qt and its plugins loaded from the bundle,
and builds every tab; the archive carries the desktop entry and icon;
nothing in the bundle names the build machine; the bundle holds only the Qt
the application uses, and every module that reading a price history (CSV
or Excel) takes, so that leaving modules out cannot break it unseen.
"""

from __future__ import annotations

import dataclasses
import json
import marshal
import os
import shutil
import subprocess
import sys
import tarfile
import types
import zipfile
from pathlib import Path

import pytest

pytest.importorskip(
    "PyInstaller",
    reason="PyInstaller is not installed: the bundle tests need the build extra (pip install -e '.[build]')",
)

pytestmark = pytest.mark.bundle

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import versioning  # noqa: E402  (packaging/versioning.py)

NAME = versioning.EXE_NAME
VERSION = versioning.project_version()
BUILD_TIMEOUT = 1200
RUN_TIMEOUT = 120
# The window's test hook: quit as soon as the main window is first shown.
QUIT_AFTER_SHOWN = "DEAL_WORKSHEET_QUIT_AFTER_SHOWN"
# The window's other hook: build every tab, save a picture of the window to
# this path, quit.
SCREENSHOT = "DEAL_WORKSHEET_SCREENSHOT"
# Libraries whose loading means Qt is loaded.
QT_LIBRARY_MARKS = ("libQt6", "/PySide6/", "/shiboken6/", "libpyside6", "libshiboken6")

QT_MODULES_ALLOWED = {"QtCore", "QtGui", "QtWidgets", "QtPrintSupport"}
PLATFORM_PLUGINS_ALLOWED = {"libqxcb.so", "libqoffscreen.so", "libqminimal.so"}
# Pieces of Qt and Python the application does not use; none may be bundled.
FORBIDDEN = (
    "libQt6Network", "libQt6Qml", "libQt6Quick", "libQt6WebEngine", "libQt6Pdf",
    "libQt6Multimedia", "libQt63D", "libQt6OpenGL", "libQt6Designer", "libQt6Wayland",
    "scipy", "matplotlib", "tkinter", "_tkinter", "IPython", "pytest", "hypothesis",
)  # fmt: skip


@dataclasses.dataclass(frozen=True)
class Bundle:
    archive: Path
    folder: Path  # the unpacked copy, away from where it was built
    executable: Path
    build_dirs: tuple[Path, ...]  # where it was built (deleted before the runs)


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Bundle:
    base = tmp_path_factory.mktemp("bundle-build")
    dist, work = base / "dist", base / "work"
    env = dict(os.environ, PYINSTALLER_CONFIG_DIR=str(base / "pyinstaller-config"))
    env.pop("PYTHONPATH", None)
    try:
        done = subprocess.run(
            [sys.executable, str(ROOT / "packaging" / "build.py"), "--dist", str(dist), "--work", str(work)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=BUILD_TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"packaging/build.py took more than {BUILD_TIMEOUT} s")
    log = done.stdout + done.stderr
    if done.returncode != 0:
        pytest.fail(f"packaging/build.py failed ({done.returncode}):\n{log[-6000:]}")

    archive = dist / f"{NAME}-{VERSION}-linux-{_machine()}.tar.gz"
    assert archive.is_file(), f"no {archive.name} in {sorted(p.name for p in dist.iterdir())}"
    # Unpack somewhere else, under a name with a space and Japanese in it,
    # and delete what the build left, so nothing can lean on either.
    elsewhere = tmp_path_factory.mktemp("elsewhere") / "別の場所 copy"
    elsewhere.mkdir()
    kept = tmp_path_factory.mktemp("archive") / archive.name
    shutil.copy2(archive, kept)
    with tarfile.open(kept) as tar:
        # The "tar" filter (Python 3.11.4+) refuses members that would land
        # outside the folder.
        tar.extractall(elsewhere, **({"filter": "tar"} if hasattr(tarfile, "tar_filter") else {}))
    shutil.rmtree(dist)
    shutil.rmtree(work)
    folder = elsewhere / f"{NAME}-{VERSION}"
    return Bundle(
        archive=kept,
        folder=folder,
        executable=folder / NAME,
        build_dirs=(dist, work),
    )


def _machine() -> str:
    import platform

    arch = platform.machine().lower()
    return {"amd64": "x86_64", "aarch64": "arm64"}.get(arch, arch)


def _bare_env(home: Path, **extra: str) -> dict[str, str]:
    """What a desktop session gives a program, and nothing from this
    checkout or its virtual environment."""
    env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
    env.update(extra)
    return env


def _run_built(bundle: Bundle, args: list[str], tmp_path: Path, **env: str) -> subprocess.CompletedProcess:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    try:
        return subprocess.run(
            [str(bundle.executable), *args],
            cwd=tmp_path,
            env=_bare_env(home, **env),
            capture_output=True,
            text=True,
            timeout=RUN_TIMEOUT,
        )
    except subprocess.TimeoutExpired as e:
        pytest.fail(f"the built application did not finish within {RUN_TIMEOUT} s: {args}\n{e.stderr or ''}")


def _run_source(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    return subprocess.run(
        [sys.executable, "-m", "ui.main", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT,
    )


def _source_must_work(source: subprocess.CompletedProcess) -> None:
    if "Traceback" in source.stderr:
        pytest.fail(f"the source application fails too, so the fault is not the build's:\n{_explain(source)}")


def _explain(done: subprocess.CompletedProcess) -> str:
    return f"exit {done.returncode}\n--- stdout\n{done.stdout[-3000:]}\n--- stderr\n{done.stderr[-3000:]}"


# The archive -----------------------------------------------------------------


def test_archive_has_the_application_desktop_entry_and_icon(bundle):
    top = f"{NAME}-{VERSION}"
    with tarfile.open(bundle.archive) as tar:
        members = {m.name: m for m in tar.getmembers()}
    for name in (NAME, "_internal", f"{NAME}.desktop", f"{NAME}.png", f"{NAME}.svg", "install-desktop-entry.sh"):
        assert f"{top}/{name}" in members, name
    assert all(name == top or name.startswith(f"{top}/") for name in members)
    assert all(m.uid == 0 and m.gid == 0 for m in members.values())
    assert members[f"{top}/{NAME}"].mode & 0o111
    assert members[f"{top}/install-desktop-entry.sh"].mode & 0o111

    entry = (bundle.folder / f"{NAME}.desktop").read_text(encoding="utf-8")
    lines = dict(line.split("=", 1) for line in entry.splitlines() if "=" in line)
    assert entry.startswith("[Desktop Entry]\n")
    assert lines["Type"] == "Application"
    assert lines["Exec"].split()[0] == NAME
    assert lines["Icon"] == NAME
    assert (bundle.folder / f"{NAME}.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_desktop_entry_installs_with_the_unpacked_path(bundle, tmp_path):
    done = subprocess.run(
        [str(bundle.folder / "install-desktop-entry.sh")],
        env=_bare_env(tmp_path / "home"),
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT,
    )
    assert done.returncode == 0, _explain(done)
    data = tmp_path / "home" / ".local" / "share"
    entry = (data / "applications" / f"{NAME}.desktop").read_text(encoding="utf-8")
    assert f'Exec="{bundle.executable}" %f' in entry
    assert (data / "icons" / "hicolor" / "256x256" / "apps" / f"{NAME}.png").is_file()
    assert (tmp_path / "home" / ".local" / "bin" / NAME).resolve() == bundle.executable.resolve()


# The command line ----------------------------------------------------------------


def test_compute_gives_the_source_results(bundle, tmp_path):
    source = _run_source(["compute", "--example"], tmp_path)
    _source_must_work(source)
    built = _run_built(bundle, ["compute", "--example"], tmp_path)
    assert "Traceback" not in built.stderr, _explain(built)
    assert built.stdout.strip(), _explain(built)
    assert (built.returncode, built.stdout) == (source.returncode, source.stdout), (
        f"built:\n{_explain(built)}\nsource:\n{_explain(source)}"
    )


def test_export_writes_the_workbook(bundle, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    source_out = tmp_path / "source.xlsx"
    source = _run_source(["export", "--example", "-o", str(source_out)], tmp_path)
    _source_must_work(source)
    out = tmp_path / "deal.xlsx"
    done = _run_built(bundle, ["export", "--example", "-o", str(out)], tmp_path)
    # The exit code says whether the deal has errors (the example has some on
    # purpose): the built application must say what the source says.
    assert "Traceback" not in done.stderr, _explain(done)
    assert done.returncode == source.returncode, f"built:\n{_explain(done)}\nsource:\n{_explain(source)}"
    assert out.is_file(), _explain(done)

    book = openpyxl.load_workbook(out)
    assert book.sheetnames
    assert "offering.stated_capital_increase" in book.defined_names
    assert any(cell.value is not None for row in book.worksheets[0].iter_rows() for cell in row)

    # The same workbook as the source writes: a module the bundle missed
    # would show as a missing sheet or name, or as a failure.
    assert source_out.is_file(), _explain(source)
    source_book = openpyxl.load_workbook(source_out)
    assert book.sheetnames == source_book.sheetnames
    assert sorted(book.defined_names) == sorted(source_book.defined_names)


@pytest.mark.parametrize("command", ["compute", "export"])
def test_headless_commands_do_not_load_qt(bundle, tmp_path, command):
    """``compute`` and ``export`` never touch Qt, so the bundle must not
    load it for them (PyInstaller's run-time hook for PySide6 would, at
    every start). The dynamic loader lists every library it initialises."""
    args = [command, "--example"] + (["-o", str(tmp_path / "deal.xlsx")] if command == "export" else [])
    done, loaded = _loaded_libraries(bundle, args, tmp_path)
    assert "Traceback" not in done.stderr, _explain(done)
    assert any("libpython3" in path for path in loaded), f"the loader's list misses Python itself: {loaded}"
    assert [path for path in loaded if _is_qt_library(path)] == []


# The window --------------------------------------------------------------------


def test_window_loads_qt_and_its_plugins_from_the_bundle(bundle, tmp_path):
    """The window finds Qt's libraries and its platform plugin inside the
    bundle (not in a Python environment that happens to be on the machine),
    although the bundle sets Qt up itself rather than through PyInstaller's
    run-time hook. Also shows that the check above does see Qt when it is
    loaded."""
    done, loaded = _loaded_libraries(bundle, [], tmp_path, QT_QPA_PLATFORM="offscreen", **{QUIT_AFTER_SHOWN: "1"})
    assert done.returncode == 0, _explain(done)
    qt = [path for path in loaded if _is_qt_library(path)]
    assert any(Path(path).name.startswith("libQt6Core.so") for path in qt), loaded
    assert any(Path(path).name == "libqoffscreen.so" for path in qt), loaded
    folder = bundle.folder.resolve()
    assert [path for path in qt if folder not in Path(path).resolve().parents] == []


def test_window_builds_every_tab(bundle, tmp_path):
    """With every tab built (the picture hook builds them all before taking
    the picture), every module the tabs import is in the bundle."""
    picture = tmp_path / "window.png"
    done = _run_built(bundle, [], tmp_path, QT_QPA_PLATFORM="offscreen", **{SCREENSHOT: str(picture)})
    assert done.returncode == 0, _explain(done)
    assert "Traceback" not in done.stderr, _explain(done)
    assert picture.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_window_speaks_japanese_from_the_bundle(bundle, tmp_path):
    """On a Japanese system the window starts in Japanese: the compiled
    catalogue is found inside the bundle (the example deal is 例の案件)."""
    picture = tmp_path / "window.png"
    done = _run_built(bundle, [], tmp_path, QT_QPA_PLATFORM="offscreen", LANG="ja_JP.UTF-8", LC_ALL="ja_JP.UTF-8",
                      **{SCREENSHOT: str(picture)})
    assert done.returncode == 0, _explain(done)
    assert "例の案件" in done.stderr, _explain(done)


def test_window_opens_offscreen_and_quits(bundle, tmp_path):
    done = _run_built(bundle, [], tmp_path, QT_QPA_PLATFORM="offscreen", **{QUIT_AFTER_SHOWN: "1"})
    assert done.returncode == 0, _explain(done)
    assert "Traceback" not in done.stderr, _explain(done)


def test_window_opens_on_an_x_server(bundle, tmp_path):
    """The xcb platform plugin and the X libraries the bundle carries, on a
    virtual X server."""
    xvfb_run = shutil.which("xvfb-run")
    if xvfb_run is None:
        pytest.skip("xvfb-run is not installed (apt-get install xvfb xauth)")
    home = tmp_path / "home"
    home.mkdir()
    env = _bare_env(home, QT_QPA_PLATFORM="xcb", **{QUIT_AFTER_SHOWN: "1"})
    done = subprocess.run(
        [xvfb_run, "-a", "-s", "-screen 0 1280x800x24", str(bundle.executable)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT,
    )
    assert done.returncode == 0, _explain(done)
    assert "Traceback" not in done.stderr, _explain(done)


# What is in the bundle --------------------------------------------------------


def test_no_file_names_the_build_machine(bundle):
    """No file, nor any module inside the executable's archive, holds the
    checkout's path, the virtual environment's or the build folders'."""
    needles = {str(ROOT), sys.prefix, *(str(d) for d in bundle.build_dirs)}
    needles = {n.encode() for n in needles if len(n) > 4}
    found = []
    for path in _files(bundle.folder):
        data = path.read_bytes()
        found += [f"{path.relative_to(bundle.folder)}: {n.decode()}" for n in needles if n in data]
        if path.suffix == ".zip":
            with zipfile.ZipFile(path) as z:
                for name in z.namelist():
                    found += [f"{path.name}/{name}: {n.decode()}" for n in needles if n in z.read(name)]
    found += _paths_in_executable(bundle.executable, needles)
    assert found == []

    internal = bundle.folder / "_internal"
    assert not [p for p in internal.rglob("__pycache__")]
    assert not [p for p in internal.rglob("*.pyc")]
    assert not [p for p in internal.rglob("direct_url.json")]
    # The application's own code is compiled into the executable's archive,
    # not left as source files.
    assert not (internal / "worksheet").exists()
    assert not (internal / "ui").exists()


def test_bundle_holds_only_the_qt_the_application_uses(bundle):
    internal = bundle.folder / "_internal"
    modules = {p.name.split(".")[0] for p in (internal / "PySide6").glob("Qt*.so")}
    assert modules == QT_MODULES_ALLOWED
    platforms = {p.name for p in (internal / "PySide6" / "Qt" / "plugins" / "platforms").iterdir()}
    assert platforms <= PLATFORM_PLUGINS_ALLOWED and "libqxcb.so" in platforms
    names = [str(p.relative_to(internal)) for p in internal.rglob("*")]
    assert [n for n in names if any(Path(n).name.startswith(f) or n.startswith(f"{f}/") for f in FORBIDDEN)] == []
    assert [p for p in internal.rglob("*") if p.is_symlink() and not p.exists()] == []


def test_resources_are_shipped(bundle):
    """What worksheet.resources reads at run time: the examples, the icons
    the window uses, the compiled translations."""
    resources = ROOT / "resources"
    shipped_from = {"examples": ("*",), "icons": ("*.png", "*.svg"), "translations": ("*.qm",)}
    internal = bundle.folder / "_internal"
    for folder, patterns in shipped_from.items():
        for source in (s for pattern in patterns for s in (resources / folder).rglob(pattern)):
            if source.is_file() and not source.name.startswith("."):
                shipped = internal / "resources" / source.relative_to(resources)
                assert shipped.is_file(), f"{source.relative_to(ROOT)} is not in the bundle"
                assert shipped.read_bytes() == source.read_bytes()
    assert (internal / "resources" / "examples" / "iij-2013.deal.json").is_file()
    assert (internal / "resources" / "icons" / f"{NAME}.png").is_file()
    # the window's Japanese, compiled by the build; Qt's own, for the standard buttons and dialogs
    assert (internal / "resources" / "translations" / "deal_worksheet_ja.qm").is_file()
    assert (internal / "PySide6" / "Qt" / "translations" / "qtbase_ja.qm").is_file()


# What reading a price history takes: worksheet.tables.read_price_history on
# a CSV file and on an .xlsx file, and rows pasted as text, run from source;
# prints each module it imported with the file it came from.
TABLES_PROBE = """
import json, sys
before = set(sys.modules)
from worksheet import tables
csv_points = tables.read_price_history(sys.argv[1])
xlsx_points = tables.read_price_history(sys.argv[2])
text_points = tables.price_history_from_text("Date\\tClose\\n2013-07-01\\t3000\\n")
assert len(csv_points) == 2 and csv_points == xlsx_points and len(text_points) == 1, (csv_points, xlsx_points)
new = {name: getattr(sys.modules[name], "__file__", None) for name in set(sys.modules) - before}
print(json.dumps(new))
"""


def test_bundle_holds_what_reading_a_price_history_takes(bundle, tmp_path):
    """The window reads price histories (CSV, or Excel through openpyxl)
    with pandas, and the bundle cannot be asked to read one without a
    window: so every module that reading one imports from source must be in
    the bundle, Python modules in the executable's archive and extension
    modules beside it. This is what proves that the modules the build
    leaves out (bundle_rules.PYTHON_EXCLUDES) are not needed for it."""
    openpyxl = pytest.importorskip("openpyxl")
    csv_file = tmp_path / "prices.csv"
    csv_file.write_text("Date,Close\n2013-07-01,3000\n2013-07-02,\"3,010.5\"\n", encoding="utf-8")
    xlsx_file = tmp_path / "prices.xlsx"
    book = openpyxl.Workbook()
    for row in (["Date", "Close"], ["2013-07-01", 3000], ["2013-07-02", 3010.5]):
        book.active.append(row)
    book.save(xlsx_file)
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    done = subprocess.run(
        [sys.executable, "-c", TABLES_PROBE, str(csv_file), str(xlsx_file)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=RUN_TIMEOUT,
    )  # fmt: skip
    assert done.returncode == 0, _explain(done)
    imported: dict[str, str | None] = json.loads(done.stdout)
    # The probe did go through pandas' CSV reader and its openpyxl reader.
    for name in ("pandas.io.parsers.readers", "pandas.io.excel._openpyxl", "openpyxl.reader.excel"):
        assert name in imported, f"{name} not imported: the probe did not read what it should"

    python_modules = _archived_modules(bundle)
    extensions = {p.name for p in (bundle.folder / "_internal").rglob("*") if p.suffix in (".so", ".pyd")}
    missing = []
    for name, path in sorted(imported.items()):
        if path is None:  # built into Python, or a namespace package
            continue
        if path.endswith(".py"):
            if name not in python_modules:
                missing.append(f"{name} ({path})")
        elif Path(path).name not in extensions:
            missing.append(f"{name} ({path}, an extension module)")
    assert missing == [], "modules reading a price history imports that the bundle lacks"


def _archived_modules(bundle: Bundle) -> set[str]:
    """Modules in the executable: its archive of modules (the PYZ) and the
    few it carries beside it for the bootloader; and in base_library.zip
    (the standard library modules Python needs to start)."""
    from PyInstaller.archive.readers import CArchiveReader

    archive = CArchiveReader(str(bundle.executable))
    names: set[str] = set()
    for name, entry in archive.toc.items():
        if entry[-1] == "z":
            names.update(archive.open_embedded_archive(name).toc)
        elif entry[-1] in ("m", "M"):
            names.add(name)
    with zipfile.ZipFile(bundle.folder / "_internal" / "base_library.zip") as z:
        for member in z.namelist():
            parts = member.removesuffix(".pyc").split("/")
            names.add(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def _loaded_libraries(bundle: Bundle, args: list[str], tmp_path: Path, **env: str):
    """Runs the built application with the dynamic loader's ``LD_DEBUG=libs``
    and returns the run and the libraries the loader initialised (glibc)."""
    if not sys.platform.startswith("linux"):
        pytest.skip("LD_DEBUG is glibc's")
    logs = tmp_path / "ld-debug"
    logs.mkdir()
    done = _run_built(bundle, args, tmp_path, LD_DEBUG="libs", LD_DEBUG_OUTPUT=str(logs / "log"), **env)
    text = "".join(p.read_text(encoding="utf-8", errors="replace") for p in sorted(logs.iterdir()))
    if not text:
        pytest.skip("the dynamic loader wrote nothing for LD_DEBUG (not glibc?)")
    loaded = [line.split("calling init:", 1)[1].strip() for line in text.splitlines() if "calling init:" in line]
    return done, loaded


def _is_qt_library(path: str) -> bool:
    return any(mark in path for mark in QT_LIBRARY_MARKS)


def _files(folder: Path):
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            yield path


def _paths_in_executable(executable: Path, needles: set[bytes]) -> list[str]:
    """Looks inside the executable's compressed archive: every entry's bytes,
    and the file name each compiled module records (it must be relative)."""
    from PyInstaller.archive.readers import CArchiveReader

    found = []
    archive = CArchiveReader(str(executable))
    for name, entry in archive.toc.items():
        if entry[-1] == "z":  # the PYZ: the modules, one by one
            pyz = archive.open_embedded_archive(name)
            for module in pyz.toc:
                raw = pyz.extract(module, raw=True)
                if raw is None:  # a namespace package
                    continue
                found += [f"{module}: {n.decode()}" for n in needles if n in raw]
                code = marshal.loads(raw)
                if isinstance(code, types.CodeType):
                    found += [f"{module}: {f}" for f in _code_filenames(code) if os.path.isabs(f)]
        else:
            data = archive.extract(name)
            found += [f"{name}: {n.decode()}" for n in needles if n in data]
    return found


def _code_filenames(code: types.CodeType):
    yield code.co_filename
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            yield from _code_filenames(const)
