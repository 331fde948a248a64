"""Builds the desktop application: the one build command.

    .venv/bin/python packaging/build.py

needs the ``build`` extra (``pip install -e ".[build]"``, which
``scripts/bootstrap.sh --tests`` installs) and, on Linux, ``strip`` from
binutils. It runs ``packaging/deal_worksheet.spec`` through PyInstaller into
``dist/deal-worksheet/`` (a one-folder application; PyInstaller's work files
go to ``build/``), then packs it for the platform it runs on:

- Linux: ``dist/deal-worksheet-<version>-linux-<arch>.tar.gz``, the folder
  with a desktop entry, the icon and ``install-desktop-entry.sh``;
- Windows: ``dist/deal-worksheet-<version>-setup.exe`` through Inno Setup
  (``packaging/windows/deal-worksheet.iss``) when ``ISCC.exe`` is found;
- macOS: ``dist/deal-worksheet-<version>-macos-<arch>.dmg`` of
  ``dist/Deal Worksheet.app``, through ``hdiutil``.

The version is the one in ``pyproject.toml``. See ``packaging/README.md``.
"""

from __future__ import annotations

import argparse
import gzip
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
sys.path.insert(0, str(PACKAGING))

import translations  # noqa: E402
import versioning  # noqa: E402

SPEC = PACKAGING / "deal_worksheet.spec"
NAME = versioning.EXE_NAME
# Files added beside the application folder in the Linux archive.
LINUX_EXTRAS = (
    (PACKAGING / f"{NAME}.desktop", 0o644),
    (ROOT / "resources" / "icons" / f"{NAME}.png", 0o644),
    (ROOT / "resources" / "icons" / f"{NAME}.svg", 0o644),
    (PACKAGING / "install-desktop-entry.sh", 0o755),
)


def machine() -> str:
    arch = platform.machine().lower()
    return {"amd64": "x86_64", "x64": "x86_64", "aarch64": "arm64"}.get(arch, arch)


def run_pyinstaller(*, dist: Path, work: Path, quiet: bool) -> Path:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise SystemExit('PyInstaller is not installed: pip install -e ".[build]"') from None
    command = [
        sys.executable, "-m", "PyInstaller",
        "--noconfirm", "--clean",
        "--distpath", str(dist),
        "--workpath", str(work),
        "--log-level", "WARN" if quiet else "INFO",
        str(SPEC),
    ]  # fmt: skip
    # Nothing from the environment may leak into the analysis: a PYTHONPATH
    # entry would let modules from elsewhere into the bundle.
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP")}
    subprocess.run(command, cwd=ROOT, env=env, check=True)
    folder = dist / NAME
    if not folder.is_dir():
        raise SystemExit(f"PyInstaller finished but {folder} is missing")
    return folder


def linux_archive(folder: Path, version: str, dist: Path) -> Path:
    """``deal-worksheet-<version>-linux-<arch>.tar.gz``: one top folder with
    the application and the desktop files. Owners are reset to root and,
    when ``SOURCE_DATE_EPOCH`` is set, every time stamp to it: packing the
    same folder twice then gives the same bytes."""
    top = f"{NAME}-{version}"
    archive = dist / f"{top}-linux-{machine()}.tar.gz"
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    mtime = int(epoch) if epoch else int(time.time())

    def normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        if epoch:
            info.mtime = mtime
        if info.isdir():
            info.mode = 0o755
        elif info.isfile():
            info.mode = 0o755 if info.mode & 0o100 else 0o644
        return info

    tmp = archive.with_suffix(".tmp")
    with open(tmp, "wb") as raw, gzip.GzipFile(
        filename="", mode="wb", fileobj=raw, compresslevel=6, mtime=mtime
    ) as gz, tarfile.open(fileobj=gz, mode="w", format=tarfile.PAX_FORMAT) as tar:
        tar.add(folder, arcname=top, recursive=False, filter=normalise)
        for path in sorted(folder.rglob("*")):
            tar.add(path, arcname=f"{top}/{path.relative_to(folder).as_posix()}", recursive=False, filter=normalise)
        for path, mode in LINUX_EXTRAS:
            info = normalise(tar.gettarinfo(path, arcname=f"{top}/{path.name}"))
            info.mode = mode
            with open(path, "rb") as f:
                tar.addfile(info, f)
    os.replace(tmp, archive)
    return archive


def find_iscc() -> str | None:
    found = shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return found
    for base in (os.environ.get("ProgramFiles(x86)"), os.environ.get("ProgramFiles")):
        if base and (Path(base) / "Inno Setup 6" / "ISCC.exe").is_file():
            return str(Path(base) / "Inno Setup 6" / "ISCC.exe")
    return None


def windows_installer(folder: Path, version: str, dist: Path) -> Path | None:
    script = PACKAGING / "windows" / f"{NAME}.iss"
    file_version = ".".join(str(n) for n in versioning.version_tuple(version))
    defines = [
        f"/DAppVersion={version}",
        f"/DFileVersion={file_version}",
        f"/DSourceDir={folder}",
        f"/DOutputDir={dist}",
        f"/DRootDir={ROOT}",
    ]
    iscc = find_iscc()
    if iscc is None:
        print("Inno Setup (ISCC.exe) not found: install Inno Setup 6, then run")
        print("  iscc " + " ".join(f'"{d}"' for d in defines) + f' "{script}"')
        return None
    subprocess.run([iscc, *defines, str(script)], check=True)
    return dist / f"{NAME}-{version}-setup.exe"


def macos_disk_image(dist: Path, version: str) -> Path:
    app = dist / f"{versioning.APP_NAME}.app"
    image = dist / f"{NAME}-{version}-macos-{machine()}.dmg"
    image.unlink(missing_ok=True)
    subprocess.run(
        ["hdiutil", "create", "-volname", versioning.APP_NAME, "-srcfolder", str(app), "-ov", "-format", "UDZO", str(image)],
        check=True,
    )
    return image


def folder_size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if not p.is_dir())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the Deal Worksheet desktop application.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="work folder (default: build/)")
    parser.add_argument("--no-package", action="store_true", help="build the folder only: no archive or installer")
    parser.add_argument("--verbose", action="store_true", help="show PyInstaller's full log")
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()

    version = versioning.project_version()
    started = time.perf_counter()
    for compiled in translations.compile_all():  # the .qm files the spec ships are build outputs
        print(f"compiled {compiled.relative_to(ROOT)}")
    folder = run_pyinstaller(dist=dist, work=work / "pyinstaller", quiet=not args.verbose)
    built = time.perf_counter()
    print(f"built {folder} ({folder_size(folder) / 1e6:.1f} MB) in {built - started:.1f} s")

    if not args.no_package:
        if sys.platform.startswith("linux"):
            product = linux_archive(folder, version, dist)
        elif sys.platform == "win32":
            product = windows_installer(folder, version, dist)
        elif sys.platform == "darwin":
            product = macos_disk_image(dist, version)
        else:
            product = None
        if product is not None:
            print(f"packed {product} ({product.stat().st_size / 1e6:.1f} MB) in {time.perf_counter() - built:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
