"""Icons for actions and the app window, drawn from the SVG files in resources/icons/.

Action icons are line drawings in `currentColor`: each is drawn in the palette's ink
colour (greyed when disabled, the highlighted-text colour when selected), at exactly
the size and device pixel ratio asked for, so it stays crisp on HiDPI screens and
follows light and dark themes. Drawings are cached by colour, so a palette change
needs no invalidation: the next paint asks for the new colour.
"""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QImage,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer
from shiboken6 import isValid

from annotator.platform.resources import resources_dir
from annotator.ui.shared.theme import ink

ACCENT = "#2f7de1"
"""The one fixed colour some icons use for a detail (a code's colour dot, a highlight)."""

APP_ICON = "annotator"
_SIZES = (16, 24, 32, 48, 64, 128, 256)


def icons_dir() -> Path:
    return resources_dir() / "icons"


def icon(name: str) -> QIcon:
    """The icon for action `name` (its file is resources/icons/<name>.svg)."""
    return QIcon(_shared_icon(name, tinted=True))


def app_icon() -> QIcon:
    """The application's full-colour icon (window title bar, task bar, About box)."""
    return QIcon(_shared_icon(APP_ICON, tinted=False))


_engines: list[SvgIconEngine] = []
"""Engines handed to Qt. QIcon(engine) takes the engine over, but one returned by
clone() stays owned by Python: kept here, Python never collects it while Qt uses it,
and once Qt has deleted it (its wrapper becomes invalid) it is dropped.
"""


@cache
def _shared_icon(name: str, tinted: bool) -> QIcon:
    path = icons_dir() / f"{name}.svg"
    if not path.is_file():
        raise KeyError(f"There is no icon named {name!r} (no file {path}).")
    engine = SvgIconEngine(name, path.read_bytes(), tinted)
    _engines.append(engine)
    return QIcon(engine)


def ink_for(mode: QIcon.Mode, palette: QPalette | None = None) -> QColor:
    """The colour line icons are drawn in for `mode`."""
    palette = palette or QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return ink(palette, disabled=True)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    return ink(palette)


class SvgIconEngine(QIconEngine):
    """Draws one SVG at any size, in the current palette's colours when `tinted`."""

    def __init__(self, name: str, svg: bytes, tinted: bool = True) -> None:
        super().__init__()
        self._name = name
        self._svg = svg
        self._tinted = tinted

    def clone(self) -> QIconEngine:
        engine = SvgIconEngine(self._name, self._svg, self._tinted)
        _engines[:] = [kept for kept in _engines if isValid(kept)]
        _engines.append(engine)
        return engine

    def key(self) -> str:
        return "annotator-svg"

    def iconName(self) -> str:
        return self._name

    def isNull(self) -> bool:
        return False

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())
        return QSize(side, side)

    def availableSizes(self, mode: QIcon.Mode = QIcon.Mode.Normal,
                       state: QIcon.State = QIcon.State.Off) -> list[QSize]:
        return [QSize(side, side) for side in _SIZES]

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode,
                     state: QIcon.State, scale: float) -> QPixmap:
        colour = ink_for(mode).name(QColor.NameFormat.HexArgb) if self._tinted else ""
        # Greyed or on a selection the icon is one colour: the accent would stand out.
        plain = mode in (QIcon.Mode.Disabled, QIcon.Mode.Selected)
        image = _render(self._svg, colour, plain, size.width(), size.height(), scale)
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))


@lru_cache(maxsize=512)
def _render(svg: bytes, colour: str, plain: bool, width: int, height: int,
            scale: float) -> QImage:
    """`svg` drawn into a transparent width×height image at `scale` device pixels per
    pixel, with `currentColor` (and the accent too if `plain`) replaced by `colour`.
    """
    image = QImage(max(1, round(width * scale)), max(1, round(height * scale)),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(scale)
    image.fill(Qt.GlobalColor.transparent)
    if colour:
        paint = QColor(colour)
        opaque = paint.name(QColor.NameFormat.HexRgb)
        text = svg.decode("utf-8").replace("currentColor", opaque)
        if plain:
            text = text.replace(ACCENT, opaque)
        svg = text.encode("utf-8")
        opacity = paint.alphaF()
    else:
        opacity = 1.0
    renderer = QSvgRenderer(QByteArray(svg))
    renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setOpacity(opacity)
    renderer.render(painter, QRectF(0, 0, width, height))
    painter.end()
    return image


def swatch(color: QColor) -> QIcon:
    """A small square of a code's colour for menu and list entries."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(color)
    return QIcon(pixmap)
