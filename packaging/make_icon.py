"""Draws the application icon and writes it in every format the builds use.

    .venv/bin/python packaging/make_icon.py

The drawing is an SVG written here (a worksheet page with a yen badge); the
PNG, the Windows .ico and the macOS .icns are renderings of it, made with
Qt's SVG renderer. The small sizes (up to 32 px) use a simpler drawing with
fewer grid lines so they stay legible. The files are committed; run this
again only when the drawing changes.

Outputs, in ``resources/icons/``:

- ``deal-worksheet.svg``  the drawing (also the Linux desktop icon source)
- ``deal-worksheet.png``  256 x 256, the window icon and the Linux icon
- ``deal-worksheet.ico``  16-256 px, BMP entries below 256 and a PNG entry
  at 256 (the layout Windows Explorer and Inno Setup expect)
- ``deal-worksheet.icns`` 16-512 px PNG entries, for the macOS bundle
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
NAME = "deal-worksheet"

NAVY = "#1f3a5f"
GRID = "#c5cfdb"
FIGURE = "#5b6b7f"
BADGE = "#c62828"
WHITE = "#ffffff"

ICO_SIZES = (16, 24, 32, 48, 64, 256)
# ICNS element types holding PNG data, by pixel size.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),  # 16 @2x
    (b"icp6", 64),
    (b"ic12", 64),  # 32 @2x
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic13", 256),  # 128 @2x
    (b"ic09", 512),
    (b"ic14", 512),  # 256 @2x
)


def icon_svg(*, small: bool = False) -> str:
    """The icon on a 256 x 256 canvas; ``small`` drops the fine detail."""
    if small:
        rows = (104, 148, 192)
        figures = ""
        line = 10
    else:
        rows = (92, 120, 148, 176, 204)
        figures = "".join(
            f'<rect x="{x}" y="{y - 14}" width="{w}" height="8" rx="2" fill="{FIGURE}"/>'
            for x, y, w in ((140, 92, 56), (156, 120, 40), (104, 148, 26), (104, 176, 14))
        )
        line = 4
    grid = "".join(
        f'<line x1="52" y1="{y}" x2="204" y2="{y}" stroke="{GRID}" stroke-width="{line}"/>'
        for y in rows
    )
    column = (
        "" if small else f'<line x1="92" y1="72" x2="92" y2="220" stroke="{GRID}" stroke-width="{line}"/>'
    )
    return f"""<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <title>Deal Worksheet</title>
  <defs>
    <clipPath id="page"><rect x="36" y="16" width="184" height="224" rx="16"/></clipPath>
  </defs>
  <rect x="36" y="16" width="184" height="224" rx="16" fill="{WHITE}"/>
  <g clip-path="url(#page)">
    <rect x="36" y="16" width="184" height="44" fill="{NAVY}"/>
    {grid}
    {column}
    {figures}
  </g>
  <rect x="37.5" y="17.5" width="181" height="221" rx="14.5" fill="none" stroke="{NAVY}" stroke-width="3"/>
  <circle cx="184" cy="188" r="60" fill="{BADGE}" stroke="{WHITE}" stroke-width="8"/>
  <g fill="none" stroke="{WHITE}" stroke-width="12" stroke-linecap="round" stroke-linejoin="round">
    <polyline points="158,152 184,186 210,152"/>
    <line x1="184" y1="186" x2="184" y2="226"/>
    <line x1="164" y1="192" x2="204" y2="192"/>
    <line x1="164" y1="210" x2="204" y2="210"/>
  </g>
</svg>
"""


def render(svg: str, size: int):
    from PySide6.QtCore import QByteArray, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg.encode()))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image) -> bytes:
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def dib_bytes(image) -> bytes:
    """A 32-bit BGRA device-independent bitmap as ICO entries store it:
    bottom-up rows, doubled height, then a 1-bit AND mask (all zero: the
    alpha channel decides)."""
    from PySide6.QtGui import QImage

    size = image.width()
    argb = image.convertToFormat(QImage.Format.Format_ARGB32)  # BGRA in memory on little-endian
    stride = argb.bytesPerLine()
    data = bytes(argb.constBits())
    rows = [data[y * stride : y * stride + size * 4] for y in range(size)]
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, size * size * 4, 0, 0, 0, 0)
    mask_stride = ((size + 31) // 32) * 4
    return header + b"".join(reversed(rows)) + bytes(mask_stride * size)


def ico_bytes(images: dict[int, object]) -> bytes:
    entries = []
    for size in sorted(images):
        image = images[size]
        entries.append((size, png_bytes(image) if size >= 256 else dib_bytes(image)))
    out = struct.pack("<HHH", 0, 1, len(entries))
    offset = 6 + 16 * len(entries)
    blobs = b""
    for size, blob in entries:
        dim = 0 if size >= 256 else size
        out += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset + len(blobs))
        blobs += blob
    return out + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (keeps Qt alive)
    ICONS.mkdir(parents=True, exist_ok=True)
    full, small = icon_svg(), icon_svg(small=True)

    def image(size: int):
        return render(small if size <= 32 else full, size)

    sizes = sorted(set(ICO_SIZES) | {size for _, size in ICNS_TYPES})
    images = {size: image(size) for size in sizes}
    pngs = {size: png_bytes(img) for size, img in images.items()}

    (ICONS / f"{NAME}.svg").write_text(full, encoding="utf-8")
    (ICONS / f"{NAME}.png").write_bytes(pngs[256])
    (ICONS / f"{NAME}.ico").write_bytes(ico_bytes({size: images[size] for size in ICO_SIZES}))
    (ICONS / f"{NAME}.icns").write_bytes(icns_bytes(pngs))
    for suffix in ("svg", "png", "ico", "icns"):
        path = ICONS / f"{NAME}.{suffix}"
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
