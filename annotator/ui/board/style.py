"""Fonts, colours and measures shared by the board's items (one place to tune the look).

Colours come as a `Look`: `LIGHT` (the board as it always was, and what exports
always use, since a figure goes on paper) or one derived from a dark palette.
Items ask `item_look(item, widget)` in paint(), so a theme change shows at the
next repaint; a scene that is being exported says so with `printing = True`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QGuiApplication, QPalette, QTextLayout
from PySide6.QtWidgets import QGraphicsItem, QWidget

from annotator.ui.shared import theme
from annotator.ui.shared.i18n import tr

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


def tint(color: QColor, amount: float) -> QColor:
    """`color` mixed into white: `amount` 0 is white, 1 is the colour itself."""
    return QColor.fromRgbF(1 - (1 - color.redF()) * amount, 1 - (1 - color.greenF()) * amount,
                           1 - (1 - color.blueF()) * amount)


def mix(a: QColor, b: QColor, share: float) -> QColor:
    """`a` with `share` of `b` mixed in (0: `a`, 1: `b`)."""
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * share,
                           a.greenF() + (b.greenF() - a.greenF()) * share,
                           a.blueF() + (b.blueF() - a.blueF()) * share)


@dataclass(frozen=True)
class Look:
    """The board's colours on one kind of page (light or dark)."""

    dark: bool
    page: QColor
    """The canvas behind the cards."""
    surface: QColor
    """What a card's body is mixed from (with a little of the theme's colour)."""
    ink: QColor
    muted: QColor
    placeholder: QColor
    link_ink: QColor
    chip_fill: QColor
    chip_border: QColor
    label_fill: QColor
    label_border: QColor

    def card_fill(self, color: QColor) -> QColor:
        return mix(self.surface, color, 0.16) if self.dark else tint(color, 0.08)

    def card_border(self, color: QColor) -> QColor:
        return color.darker(115) if not self.dark else mix(self.surface, color, 0.7)

    def band(self, color: QColor) -> QColor:
        """The colour band behind a card's name: a little quieter on a dark page."""
        return QColor(color) if not self.dark else mix(self.surface, color, 0.85)

    def caption(self, color: QColor) -> QColor:
        """"sub-theme of …" in the theme's colour, readable on the card."""
        return color.darker(140) if not self.dark else mix(self.ink, color, 0.45)

    def line(self, color: QColor, darker: int = 110) -> QColor:
        """Lines in a theme's colour (connectors, the resize grip) on the page or card."""
        return color.darker(darker) if not self.dark else mix(color, self.ink, 0.15)


LIGHT = Look(dark=False, page=QColor("#EEF1F5"), surface=QColor("#FFFFFF"), ink=INK,
             muted=MUTED, placeholder=MUTED.lighter(150), link_ink=LINK_INK,
             chip_fill=QColor("#FFFFFF"), chip_border=CHIP_BORDER,
             label_fill=QColor("#FFFFFF"), label_border=QColor("#CFD8DC"))

_looks: dict[int, Look] = {}


def look_for(palette: QPalette | None = None) -> Look:
    """The board's colours for `palette` (the application's by default)."""
    palette = palette or QGuiApplication.palette()
    if not theme.is_dark(palette):
        return LIGHT
    key = palette.cacheKey()
    found = _looks.get(key)
    if found is None:
        role = QPalette.ColorRole
        base, text = palette.color(role.Base), palette.color(role.Text)
        surface = palette.color(role.Window)
        found = _looks[key] = Look(
            dark=True, page=base.darker(115), surface=surface, ink=text,
            muted=mix(text, surface, 0.22), placeholder=palette.color(role.PlaceholderText),
            link_ink=mix(text, base, 0.25), chip_fill=base,
            chip_border=palette.color(role.Light), label_fill=base,
            label_border=palette.color(role.Light))
    return found


def item_look(item: QGraphicsItem, widget: QWidget | None = None) -> Look:
    """The colours `item` paints with: LIGHT while its scene is exported, otherwise
    those of the view it is painted in (or of the application)."""
    scene = item.scene()
    if scene is not None and getattr(scene, "printing", False):
        return LIGHT
    return look_for(widget.palette() if widget is not None else None)


def status_label(status: str) -> str:
    """A theme status ("candidate", "reviewed", "final") as the researcher reads it."""
    labels = {"candidate": tr("candidate", "theme status"),
              "reviewed": tr("reviewed", "theme status"),
              "final": tr("final", "theme status")}
    return labels.get(status, status)


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
