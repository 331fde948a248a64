"""The application's version, read from ``pyproject.toml``, and the Windows
version resource made from it.

``pyproject.toml`` is the one place the version is written. The spec reads it
for the bundle (and, on Windows, the executable's version resource); the
build script reads it for the archive name and the installer.

    python packaging/versioning.py                 print the version
    python packaging/versioning.py --windows FILE  write the version resource
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

APP_NAME = "Deal Worksheet"
EXE_NAME = "deal-worksheet"
PUBLISHER = "Deal Worksheet contributors"


def project_metadata(root: Path = ROOT) -> dict:
    with open(root / "pyproject.toml", "rb") as f:
        return tomllib.load(f)["project"]


def project_version(root: Path = ROOT) -> str:
    return project_metadata(root)["version"]


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """The four 16-bit numbers of a Windows file version: the release
    numbers of ``version`` (PEP 440), padded with zeros; pre-release and
    local parts have no place there and are dropped."""
    match = re.match(r"^\s*v?(\d+(?:\.\d+)*)", version)
    if not match:
        raise ValueError(f"not a release version: {version!r}")
    numbers = [int(part) for part in match.group(1).split(".")][:4]
    numbers += [0] * (4 - len(numbers))
    if any(n > 0xFFFF for n in numbers):
        raise ValueError(f"a Windows version number is at most 65535: {version!r}")
    return tuple(numbers)  # type: ignore[return-value]


def windows_version_resource(version: str, *, description: str) -> str:
    """The text PyInstaller's ``EXE(version=...)`` reads: a ``VSVersionInfo``
    literal (see PyInstaller's ``utils/win32/versioninfo.py``). Language
    0x0409 (US English), code page 1200 (Unicode)."""
    numbers = version_tuple(version)

    def strings(**pairs: str) -> str:
        return ",\n".join(f"          StringStruct({k!r}, {v!r})" for k, v in pairs.items())

    return f"""# UTF-8
# Generated from pyproject.toml by packaging/versioning.py; do not edit.
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '040904B0',
        [
{strings(
    CompanyName=PUBLISHER,
    FileDescription=APP_NAME,
    FileVersion=version,
    InternalName=EXE_NAME,
    LegalCopyright=f"(c) {PUBLISHER}. MIT License.",
    OriginalFilename=f"{EXE_NAME}.exe",
    ProductName=APP_NAME,
    ProductVersion=version,
    Comments=description,
)}
        ])
    ]),
    VarFileInfo([VarStruct('Translation', [0x0409, 1200])])
  ]
)
"""


def write_windows_version_resource(path: Path, root: Path = ROOT) -> Path:
    meta = project_metadata(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        windows_version_resource(meta["version"], description=meta.get("description", APP_NAME)),
        encoding="utf-8",
    )
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--windows", metavar="FILE", type=Path, help="write the Windows version resource")
    args = parser.parse_args(argv)
    if args.windows:
        print(write_windows_version_resource(args.windows))
    else:
        print(project_version())
    return 0


if __name__ == "__main__":
    sys.exit(main())
