"""A code on a theme card: `ChipItem` (swatch, name, number of codings) and `ChipGhost`.

A chip is not movable itself: a drag carries its code, and the card's host (the
board) decides on release whether the code moved to another card, was copied
there (Ctrl held) or started a new theme (dropped on empty canvas). `ChipGhost`
is what follows the mouse meanwhile.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from annotator.model.board import ChipData
from annotator.ui.board.style import ACCENT, CHIP_H, faces, item_look
from annotator.ui.shared.i18n import tr
from annotator.ui.shared.plain import plain_tip


class ChipHost(Protocol):
    """What a chip asks of the board its card sits on."""

    def begin_chip_drag(self, chip: ChipItem, at: QPointF) -> None: ...
    def drag_chip(self, at: QPointF) -> None: ...
    def finish_chip_drag(self, at: QPointF, copy: bool) -> None: ...
    def select_card(self, card: ChipCard) -> None: ...


class ChipCard(Protocol):
    """What a chip asks of its card, a `ThemeCard` (a Protocol: the card makes its chips,
    and this module does not import it back)."""

    @property
    def theme_id(self) -> int: ...

    @property
    def host(self) -> ChipHost: ...

    def setSelected(self, selected: bool) -> None: ...  # noqa: N802


class ChipItem(QGraphicsItem):
    """One code on a card; a drag carries the code (see the module's docstring)."""

    def __init__(self, data: ChipData, card: ChipCard) -> None:
        # The card is a QGraphicsItem too: the chip is drawn inside it and moves with it.
        super().__init__(card)  # type: ignore[call-overload]
        self.card = card
        self.data = data
        self._width = 0.0
        self._max_width = 0.0
        self._natural: tuple[tuple[str, int] | None, float] = (None, 0.0)
        self._label = ""
        self._count = ""
        self._press: QPointF | None = None
        self._dragging = False
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    @property
    def code_id(self) -> int:
        return self.data.code_id

    def natural_width(self) -> float:
        """The width that shows the whole name and count."""
        key = (self.data.name, self.data.codings)
        if self._natural[0] != key:
            metrics = faces().chip.metrics
            self._natural = (key, 26 + metrics.horizontalAdvance(self.data.name)
                             + metrics.horizontalAdvance(str(self.data.codings)) + 10)
        return self._natural[1]

    def set_data(self, data: ChipData, max_width: float) -> None:
        """Show `data` in at most `max_width` (the name is elided to fit)."""
        if data == self.data and max_width == self._max_width and self._label:
            return  # a relayout that changes nothing here (most of them)
        self.data = data
        self._max_width = max_width
        face = faces().chip
        width = min(self.natural_width(), max_width)
        if width != self._width:
            self.prepareGeometryChange()
            self._width = width
        self._count = str(data.codings)
        room = width - 26 - face.metrics.horizontalAdvance(self._count) - 10
        self._label = face.metrics.elidedText(data.name, Qt.TextElideMode.ElideRight,
                                              max(room, 0))
        self.setToolTip(plain_tip(f"{data.path}\n{usage_text(data.codings, data.sources)}"))
        self.update()

    def width(self) -> float:
        return self._width

    def boundingRect(self) -> QRectF:  # noqa: N802
        return QRectF(0, 0, self._width, CHIP_H)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        look = item_look(self, widget)
        rect = self.boundingRect().adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(look.chip_border, 1))
        painter.setBrush(look.chip_fill)
        painter.drawRoundedRect(rect, CHIP_H / 2, CHIP_H / 2)
        color = QColor(self.data.color)
        painter.setPen(QPen(color.darker(130), 1))
        painter.setBrush(color)
        painter.drawEllipse(QPointF(11, CHIP_H / 2), 5, 5)
        face = faces().chip
        painter.setFont(face.font)
        painter.setPen(look.ink)
        baseline = (CHIP_H + face.metrics.ascent() - face.metrics.descent()) / 2
        painter.drawText(QPointF(20, baseline), self._label)
        painter.setPen(look.muted)
        painter.drawText(QPointF(self._width - 8 - face.metrics.horizontalAdvance(self._count),
                                 baseline), self._count)

    # -- carrying the code ------------------------------------------------------------
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            event.ignore()  # Shift+drag draws a link from the card underneath
            return
        self._press = event.scenePos()
        self._dragging = False
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self._press is None:
            return
        if not self._dragging:
            moved = (event.scenePos() - self._press).manhattanLength()
            if moved * _view_scale(self) < QApplication.startDragDistance():
                return
            self._dragging = True
            self.card.host.begin_chip_drag(self, event.scenePos())
        self.card.host.drag_chip(event.scenePos())

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self._dragging:
            copy = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            self._dragging = False
            self._press = None
            self.card.host.finish_chip_drag(event.scenePos(), copy)
            return
        if self._press is not None:
            # A click on a chip is a click on its theme: select the card (Ctrl adds to it).
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.card.setSelected(True)
            else:
                self.card.host.select_card(self.card)
        self._press = None


def usage_text(codings: int, sources: int) -> str:
    """How much a code is used, as its chip's and the tray's tooltips say it."""
    if sources == 1:
        return tr("{codings} codings in {sources} transcript").format(
            codings=codings, sources=sources)
    return tr("{codings} codings in {sources} transcripts").format(
        codings=codings, sources=sources)


def _view_scale(item: QGraphicsItem) -> float:
    scene = item.scene()
    views = scene.views() if scene is not None else []
    return views[0].transform().m11() if views else 1.0


class ChipGhost(QGraphicsItem):
    """What follows the mouse while a chip is carried to another card."""

    def __init__(self, chip: ChipItem) -> None:
        super().__init__()
        self._text = chip.data.name
        self._color = QColor(chip.data.color)
        self._width = min(faces().chip.metrics.horizontalAdvance(self._text) + 30, 260)
        self.setZValue(1000)
        self.setOpacity(0.85)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return QRectF(0, 0, self._width, CHIP_H)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        look = item_look(self, widget)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(ACCENT, 1.5))
        painter.setBrush(look.chip_fill)
        painter.drawRoundedRect(self.boundingRect(), CHIP_H / 2, CHIP_H / 2)
        painter.setBrush(self._color)
        painter.drawEllipse(QPointF(11, CHIP_H / 2), 5, 5)
        painter.setFont(faces().chip.font)
        painter.setPen(look.ink)
        metrics = faces().chip.metrics
        painter.drawText(QPointF(20, (CHIP_H + metrics.ascent() - metrics.descent()) / 2),
                         metrics.elidedText(self._text, Qt.TextElideMode.ElideRight,
                                            self._width - 26))
