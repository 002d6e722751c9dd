"""Render the application icon from its SVG source into every size and format a platform wants.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py

Writes src/boardprep/resources/icons/boardprep-<N>.png (the hicolor sizes, shipped in the
package: the window icon and the Linux icon theme), packaging/icons/boardprep.ico (Windows,
PNG-compressed entries 16-256) and packaging/icons/boardprep.icns (macOS, PNG entries
16-1024). Only PySide6 (QtSvg is in PySide6-Essentials) and the standard library are used.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "src" / "boardprep" / "resources" / "icons" / "boardprep.svg"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, by pixel size (the @2x types repeat a size).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def render(renderer: QSvgRenderer, size: int) -> bytes:
    """The icon as PNG bytes, SIZE x SIZE, transparent outside the tile."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    buf.close()
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico whose entries are PNG images (supported since Windows Vista)."""
    sizes = [s for s in ICO_SIZES if s in pngs]
    head = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(head) + 16 * len(sizes)
    entries, blobs = b"", b""
    for s in sizes:
        blob = pngs[s]
        dim = 0 if s >= 256 else s  # 0 means 256
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
        blobs += blob
    return head + entries + blobs


def icns(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns made of PNG elements."""
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[s])) + pngs[s] for kind, s in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    pngs = {s: render(renderer, s) for s in {*PNG_SIZES, *ICO_SIZES, 1024}}
    for s in PNG_SIZES:
        (SVG.parent / f"boardprep-{s}.png").write_bytes(pngs[s])
    out = ROOT / "packaging" / "icons"
    out.mkdir(exist_ok=True)
    (out / "boardprep.ico").write_bytes(ico(pngs))
    (out / "boardprep.icns").write_bytes(icns(pngs))
    print(f"icons: {len(PNG_SIZES)} PNGs in {SVG.parent}; .ico and .icns in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
