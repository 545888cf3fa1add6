"""Fonts, colours and measures shared by the board's items (one place to tune the look)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QTextLayout

ACCENT = QColor("#1E88E5")
"""Selection and drop-target outlines: one blue that no theme palette colour uses."""
INK = QColor("#263238")
MUTED = QColor("#546E7A")
LINK_INK = QColor("#455A64")
CHIP_BORDER = QColor("#B0BEC5")

CARD_RADIUS = 8.0
HEADER_H = 34.0
PAD = 10.0
CHIP_H = 22.0
CHIP_GAP = 6.0
GRIP = 16.0
MIN_WIDTH = 180.0
MIN_HEIGHT = 110.0


@dataclass(frozen=True)
class Face:
    """A font with its metrics, measured once."""

    font: QFont
    metrics: QFontMetricsF


@dataclass(frozen=True)
class Faces:
    name: Face
    badge: Face
    body: Face
    caption: Face
    chip: Face
    link: Face


def _face(pixels: int, *, bold: bool = False, italic: bool = False) -> Face:
    font = QFont()
    # Pixel sizes, not points: the board is a drawing measured in scene units,
    # so it must look the same on every screen and in every export.
    font.setPixelSize(pixels)
    font.setBold(bold)
    font.setItalic(italic)
    return Face(font, QFontMetricsF(font))


@cache
def faces() -> Faces:
    """The board's fonts (made on first use: QFont wants a running QGuiApplication)."""
    return Faces(name=_face(15, bold=True), badge=_face(11, bold=True), body=_face(12),
                 caption=_face(11, italic=True), chip=_face(12), link=_face(12, italic=True))


def readable_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on `background` (WCAG relative luminance)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    luminance = (0.2126 * channel(background.redF()) + 0.7152 * channel(background.greenF())
                 + 0.0722 * channel(background.blueF()))
    # The crossing point where black and white have equal contrast is L = 0.179.
    return QColor("#1B1B1B") if luminance > 0.179 else QColor("#FFFFFF")


def tint(color: QColor, amount: float) -> QColor:
    """`color` mixed into white: `amount` 0 is white, 1 is the colour itself."""
    return QColor.fromRgbF(1 - (1 - color.redF()) * amount, 1 - (1 - color.greenF()) * amount,
                           1 - (1 - color.blueF()) * amount)


def baseline(rect: QRectF, metrics: QFontMetricsF) -> float:
    """The baseline that centres one line of text vertically in `rect`."""
    return rect.top() + (rect.height() + metrics.ascent() - metrics.descent()) / 2


def wrap(text: str, font: QFont, width: float, max_lines: int) -> list[str]:
    """`text` on at most `max_lines` lines of `width`, the last one elided if it goes on."""
    text = " ".join(text.split())
    if not text or width <= 0:
        return []
    layout = QTextLayout(text, font)
    layout.beginLayout()
    starts: list[int] = []
    while len(starts) <= max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        starts.append(line.textStart())
    layout.endLayout()
    lines = []
    for index, start in enumerate(starts[:max_lines]):
        end = starts[index + 1] if index + 1 < len(starts) else len(text)
        lines.append(text[start:end].rstrip())
    if len(starts) > max_lines:
        metrics = QFontMetricsF(font)
        last = text[starts[max_lines - 1]:] + "…"
        lines[-1] = metrics.elidedText(last, Qt.TextElideMode.ElideRight, width)
    return lines
