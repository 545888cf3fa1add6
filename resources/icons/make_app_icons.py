"""Render the app icon (annotator.svg) into the files installers and bundles need.

    uv run python resources/icons/make_app_icons.py

writes, next to this script:
- annotator.png  256×256 (Linux desktop files, the README);
- annotator.ico  16, 24, 32, 48, 64, 128 and 256 px in one file (Windows, build.spec).
  Qt's ICO writer stores one image per file, so each size is written by Qt (as a
  32-bit bitmap) and the entries are gathered into one icon directory here; the
  256 px entry is a PNG, as Windows expects for that size;
- annotator.icns 16 to 1024 px, normal and Retina (macOS, build.spec). Qt's ICNS
  writer also stores a single size, so the container is written here: a header and
  one PNG-bearing element per size.

Commit the generated files: the build does not run this script.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "annotator.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# (element type, pixel size): the modern PNG-bearing ICNS elements.
ICNS_ELEMENTS = (
    (b"icp4", 16), (b"ic11", 32),     # 16 pt, @1x and @2x
    (b"icp5", 32), (b"ic12", 64),     # 32 pt
    (b"ic07", 128), (b"ic13", 256),   # 128 pt
    (b"ic08", 256), (b"ic14", 512),   # 256 pt
    (b"ic09", 512), (b"ic10", 1024),  # 512 pt
)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def encode(image: QImage, fmt: str) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, fmt.encode("ascii"))
    if not writer.write(image):
        raise RuntimeError(f"Qt could not write {fmt}: {writer.errorString()}")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: dict[int, QImage]) -> bytes:
    """One .ico holding every image: Qt-written bitmaps, a PNG for 256 px."""
    entries: list[tuple[bytes, bytes]] = []  # (16-byte directory entry, image data)
    for size, image in sorted(images.items()):
        if size >= 256:
            data = encode(image, "png")
            entry = struct.pack("<BBBBHHII", 0, 0, 0, 0, 1, 32, len(data), 0)
        else:
            single = encode(image, "ico")
            reserved, kind, count = struct.unpack_from("<HHH", single, 0)
            if (reserved, kind, count) != (0, 1, 1):
                raise RuntimeError("Qt's ICO writer wrote an unexpected header")
            entry = single[6:22]
            length, offset = struct.unpack_from("<II", entry, 8)
            data = single[offset:offset + length]
        entries.append((entry, data))
    offset = 6 + 16 * len(entries)
    head = struct.pack("<HHH", 0, 1, len(entries))
    directory = b""
    for entry, data in entries:
        directory += entry[:8] + struct.pack("<II", len(data), offset)
        offset += len(data)
    return head + directory + b"".join(data for _entry, data in entries)


def icns_bytes(renderer: QSvgRenderer) -> bytes:
    body = b""
    for kind, size in ICNS_ELEMENTS:
        png = encode(render(renderer, size), "png")
        body += kind + struct.pack(">I", 8 + len(png)) + png
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"{SOURCE} is not a valid SVG", file=sys.stderr)
        return 1
    images = {size: render(renderer, size) for size in ICO_SIZES}
    (HERE / "annotator.png").write_bytes(encode(images[256], "png"))
    (HERE / "annotator.ico").write_bytes(ico_bytes(images))
    (HERE / "annotator.icns").write_bytes(icns_bytes(renderer))
    for name in ("annotator.png", "annotator.ico", "annotator.icns"):
        print(f"wrote {HERE / name} ({(HERE / name).stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
