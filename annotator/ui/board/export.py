"""The theme board as a picture: PNG (twice the scene's size, for print) or SVG (vector).

`render_board` draws a live scene (the panel's Export… uses it);
`export_board` opens a project file headless and draws its board (the CLI's
`annotator export board`). Both decide the format by the file's suffix. The
SVG comes from Qt's own QSvgGenerator: shapes stay shapes and names stay text,
so the drawing can be edited in Inkscape or Illustrator and searched.
"""

from __future__ import annotations

import math
import os
import sys
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication, QGraphicsItem

from annotator.project import Project
from annotator.ui.board.scene import BoardScene
from annotator.ui.board.theme_card import ThemeCard
from annotator.ui.shared.bridge import ProjectBridge
from annotator.ui.shared.i18n import tr

SUFFIXES = (".png", ".svg")
MARGIN = 32.0
PNG_SCALE = 2.0
MAX_PIXELS = 12000
"""The longest side of a PNG: a huge board is drawn smaller rather than failing."""


def check_suffix(out: Path) -> str:
    """The format for `out` ("png" or "svg"); ValueError with one sentence otherwise."""
    suffix = out.suffix.lower()
    if suffix not in SUFFIXES:
        raise ValueError(tr("The board can be exported as .png or .svg, not “{suffix}”.")
                         .format(suffix=out.suffix or out.name))
    return suffix[1:]


def board_rect(scene: BoardScene) -> QRectF:
    """Everything drawn on the board (cards, links, connectors) with a margin."""
    rect = QRectF()
    for item in scene.items():
        if item.parentItem() is None and item.isVisible():
            rect = rect.united(item.sceneBoundingRect())
    if rect.isEmpty():
        rect = QRectF(0, 0, 400, 300)
    return rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)


def render_board(scene: BoardScene, out: Path) -> None:
    """Draw the whole board into `out` (.png or .svg), on white, without selection marks.

    A figure goes on paper: the cards are drawn in the light look even while the
    interface is dark (`scene.printing`)."""
    kind = check_suffix(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    selected = scene.selectedItems()
    scene.clearSelection()  # a selection outline does not belong in a figure
    # Cached cards would be drawn as bitmaps: an SVG must get shapes and text.
    cached = [(item, item.cacheMode()) for item in scene.items()
              if item.cacheMode() != QGraphicsItem.CacheMode.NoCache]
    for item, _mode in cached:
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    printing, scene.printing = scene.printing, True
    # A figure shows each theme's whole name and none of the interface's hints.
    cards = [item for item in scene.items() if isinstance(item, ThemeCard)]
    for card in cards:
        card.set_figure(True)
    source = board_rect(scene)  # after the cards took their figure's size
    try:
        if kind == "png":
            _png(scene, source, out)
        else:
            _svg(scene, source, out)
    finally:
        scene.printing = printing
        for card in cards:
            card.set_figure(False)
        for item, mode in cached:
            item.setCacheMode(mode)
        for item in selected:
            item.setSelected(True)


def _png(scene: BoardScene, source: QRectF, out: Path) -> None:
    scale = min(PNG_SCALE, MAX_PIXELS / max(source.width(), source.height()))
    size = QSize(math.ceil(source.width() * scale), math.ceil(source.height() * scale))
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing
                           | QPainter.RenderHint.TextAntialiasing
                           | QPainter.RenderHint.SmoothPixmapTransform)
    scene.render(painter, QRectF(0, 0, size.width(), size.height()), source,
                 Qt.AspectRatioMode.KeepAspectRatio)
    painter.end()
    if not image.save(str(out), "PNG"):
        raise ValueError(tr("The picture could not be written to “{path}”.").format(path=out))


def _svg(scene: BoardScene, source: QRectF, out: Path) -> None:
    generator = QSvgGenerator()
    generator.setFileName(str(out))
    generator.setSize(QSize(math.ceil(source.width()), math.ceil(source.height())))
    generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
    generator.setTitle(tr("Theme board"))
    generator.setDescription(tr("Themes, their codes and the links between them, from Annotator"))
    painter = QPainter()
    if not painter.begin(generator):
        raise ValueError(tr("The drawing could not be written to “{path}”.").format(path=out))
    painter.fillRect(QRectF(0, 0, source.width(), source.height()), QColor("#FFFFFF"))
    scene.render(painter, QRectF(0, 0, source.width(), source.height()), source,
                 Qt.AspectRatioMode.KeepAspectRatio)
    painter.end()
    if not out.is_file():
        raise ValueError(tr("The drawing could not be written to “{path}”.").format(path=out))


def export_board(project_path: Path, out: Path) -> None:
    """Open a project (read only in effect) and save its board to `out`, headless.

    Raises ValueError with one sentence for an unknown suffix or an unwritable file;
    the project file's own errors (ProjectFileError) pass through for the CLI.
    """
    check_suffix(out)
    # No screen is needed and none is wanted: the picture must look the same anywhere.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if QApplication.instance() is None:
        QApplication(sys.argv[:1])
    bridge = ProjectBridge(Project.open(project_path))
    scene = BoardScene(bridge)
    try:
        render_board(scene, out)
    finally:
        scene.clear()
        scene.deleteLater()
        bridge.close()
