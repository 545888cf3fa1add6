"""A theme on the board: `ThemeCard`, with a `ChipItem` for each code it holds.

A card shows a colour band with the theme's name and status, the start of its
definition, its codes as chips (swatch, name, number of codings) and a resize
grip. The card only draws and reports what the hand does; the scene (its
`CardHost`) decides what that means and turns it into one undoable command:

- a plain drag moves the card (Qt moves every selected card; the scene commits
  all the new positions on release);
- a drag from the grip resizes it;
- a Shift+drag draws a link to another card;
- a drag from a chip carries that code to another card (or to empty canvas);
- a double-click on the name edits it in place, on the definition edits that.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from annotator.model.board import ChipData
from annotator.model.entities import Theme
from annotator.ui.board.chip_flow import flow_chips
from annotator.ui.board.chip_item import ChipItem
from annotator.ui.board.name_editor import NameEditor
from annotator.ui.board.style import (
    ACCENT,
    CARD_RADIUS,
    CHIP_H,
    GRIP,
    HEADER_H,
    MIN_HEIGHT,
    MIN_WIDTH,
    PAD,
    baseline,
    faces,
    item_look,
    status_label,
    wrap,
)
from annotator.ui.shared.i18n import tr
from annotator.ui.shared.plain import plain_tip
from annotator.ui.shared.theme import black_or_white_on


def placeholder() -> str:
    """What an undefined theme's card says where its definition goes."""
    return tr("No definition yet: double-click here to write one")


class CardHost(Protocol):
    """What a card asks of the scene it sits in."""

    def card_geometry_changed(self, card: ThemeCard) -> None: ...
    def begin_link(self, card: ThemeCard, at: QPointF) -> None: ...
    def drag_link(self, at: QPointF) -> None: ...
    def finish_link(self, at: QPointF) -> None: ...
    def begin_chip_drag(self, chip: ChipItem, at: QPointF) -> None: ...
    def drag_chip(self, at: QPointF) -> None: ...
    def finish_chip_drag(self, at: QPointF, copy: bool) -> None: ...
    def commit_resize(self, card: ThemeCard) -> None: ...
    def rename_theme(self, theme_id: int, name: str) -> None: ...
    def edit_definition(self, theme_id: int) -> None: ...
    def select_card(self, card: ThemeCard) -> None: ...


class ThemeCard(QGraphicsObject):
    """One theme drawn as a card; movable, selectable, resizable by its grip."""

    def __init__(self, theme: Theme, host: CardHost) -> None:
        super().__init__()
        self.host = host
        self.theme = theme
        self.parent_name: str | None = None
        self._size = QSizeF(theme.width, theme.height)
        self._chips: dict[int, ChipItem] = {}
        self._chip_data: dict[int, ChipData] = {}
        self._order: list[int] = []
        self._definition_lines: list[str] = []
        self._name_lines: list[str] = []
        self._header = HEADER_H
        self.figure = False  # drawn for an exported figure: whole name, no hints
        self._badge = ""
        self._more = 0
        self._more_at = QPointF()
        self._chips_top = HEADER_H
        self._mode: str | None = None
        self._resize_from: tuple[QPointF, QSizeF] | None = None
        self.drop_target = False
        self.editor: NameEditor | None = None
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemSendsScenePositionChanges)
        self.setAcceptHoverEvents(True)
        # Painted once into a pixmap, then blitted: dragging a card over a full
        # board repaints dozens of cards per frame (export switches this off).
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._relayout()

    # -- what it shows -------------------------------------------------------------
    @property
    def theme_id(self) -> int:
        return self.theme.id

    def size(self) -> QSizeF:
        return QSizeF(self._size)

    def rect(self) -> QRectF:
        return QRectF(QPointF(0, 0), self._size)

    def scene_rect(self) -> QRectF:
        return QRectF(self.scenePos(), self._size)

    def chip(self, code_id: int) -> ChipItem | None:
        return self._chips.get(code_id)

    def chips(self) -> list[ChipItem]:
        return [self._chips[code_id] for code_id in self._order]

    def code_ids(self) -> list[int]:
        return list(self._order)

    def hidden_chips(self) -> int:
        """How many chips did not fit (the card says "+N more")."""
        return self._more

    def set_theme(self, theme: Theme, chips: list[ChipData], parent_name: str | None) -> None:
        """Show a new state of the theme: its fields, its codes, its parent's name."""
        looks = (theme.name, theme.definition, theme.status, theme.color, theme.width,
                 theme.height, parent_name, chips)
        old = self.theme
        if looks == (old.name, old.definition, old.status, old.color, old.width, old.height,
                     self.parent_name, [self._chip_data.get(c) for c in self._order]) \
                and self._chips.keys() == self._chip_data.keys():
            self.theme = theme  # only its place changed (the scene places cards): no repaint
            return
        self.theme = theme
        self.parent_name = parent_name
        wanted = {chip.code_id for chip in chips}
        for code_id in [c for c in self._chips if c not in wanted]:
            item = self._chips.pop(code_id)
            if item.scene() is not None:
                item.scene().removeItem(item)
            else:
                item.setParentItem(None)
        self._chip_data = {data.code_id: data for data in chips}
        for data in chips:
            if data.code_id not in self._chips:
                self._chips[data.code_id] = ChipItem(data, self)
        self._order = [chip.code_id for chip in chips]
        if QSizeF(theme.width, theme.height) != self._size:
            self.prepareGeometryChange()
            self._size = QSizeF(theme.width, theme.height)
        self._relayout()
        self.update()

    def set_size(self, size: QSizeF) -> None:
        size = QSizeF(max(size.width(), MIN_WIDTH), max(size.height(), MIN_HEIGHT))
        if size == self._size:
            return
        self.prepareGeometryChange()
        self._size = size
        self._relayout()
        self.host.card_geometry_changed(self)

    def set_figure(self, on: bool) -> None:
        """Draw for an exported figure (whole name, no hints): taller by what the name needs."""
        before, self.figure = self._header, on
        self._relayout()
        self.set_size(QSizeF(self._size.width(), self._size.height() + self._header - before))
        self.update()

    def set_drop_target(self, on: bool) -> None:
        if on != self.drop_target:
            self.drop_target = on
            self.update()

    # -- layout ------------------------------------------------------------------------
    def name_rect(self) -> QRectF:
        badge = faces().badge.metrics.horizontalAdvance(self._badge) + 16
        return QRectF(PAD, 0, self._size.width() - 3 * PAD - badge, self._header)

    def badge_rect(self) -> QRectF:
        width = faces().badge.metrics.horizontalAdvance(self._badge) + 16
        return QRectF(self._size.width() - PAD - width, (HEADER_H - 20) / 2, width, 20)

    def definition_rect(self) -> QRectF:
        return QRectF(0, self._header, self._size.width(), self._chips_top - self._header)

    def grip_rect(self) -> QRectF:
        return QRectF(self._size.width() - GRIP, self._size.height() - GRIP, GRIP, GRIP)

    def _relayout(self) -> None:
        f = faces()
        width = self._size.width()
        inner = width - 2 * PAD
        self._badge = tr("✓ final") if self.theme.status == "final" else \
            status_label(self.theme.status)
        room, name = self.name_rect().width(), self.theme.name
        self._name_lines = wrap(name, f.name.font, room, 6) if self.figure else [
            f.name.metrics.elidedText(name, Qt.TextElideMode.ElideRight, room)]
        self._header = max(HEADER_H, len(self._name_lines) * f.name.metrics.lineSpacing() + 14)
        top = self._header + 8
        if self.parent_name is not None:
            top += f.caption.metrics.height() + 2
        max_lines = 3 if self._size.height() >= 170 else 2
        self._definition_lines = wrap(self.theme.definition, f.body.font, inner, max_lines)
        if not self._definition_lines and not self.figure:
            # Defining a theme is a phase of the analysis: say where to do it.
            self._definition_lines = [f.caption.metrics.elidedText(
                placeholder(), Qt.TextElideMode.ElideRight, inner)]
        top += len(self._definition_lines) * f.body.metrics.lineSpacing()
        self._chips_top = top + (6 if self._definition_lines else 0)
        self._layout_chips(inner)

    def _layout_chips(self, inner: float) -> None:
        bottom = self._size.height() - PAD
        chips = self.chips()
        for chip in chips:
            chip.set_data(self._chip_data.get(chip.code_id, chip.data), inner)
        more_width = faces().chip.metrics.horizontalAdvance(tr("+{n} more").format(n=88)) + 12
        places, self._more_at = flow_chips([chip.width() for chip in chips], inner,
                                           self._chips_top, bottom, more_width)
        self._more = len(chips) - len(places)
        hidden = ", ".join(chip.data.name for chip in chips[len(places):])
        tip = f"{self.theme.name}\n\n{self.theme.definition}".strip()
        also = tr("Also holds: {codes}").format(codes=hidden) if hidden else ""
        self.setToolTip(plain_tip(tip + (f"\n\n{also}" if also else "")))
        for index, chip in enumerate(chips):
            visible = index < len(places)
            chip.setVisible(visible)
            if visible:
                chip.setPos(places[index])

    # -- painting ---------------------------------------------------------------------
    def boundingRect(self) -> QRectF:  # noqa: N802
        return self.rect().adjusted(-3, -3, 3, 3)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRoundedRect(self.rect(), CARD_RADIUS, CARD_RADIUS)
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        f = faces()
        look = item_look(self, widget)
        rect = self.rect()
        color = QColor(self.theme.color)
        band_color = look.band(color)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(look.card_border(color), 1))
        painter.setBrush(look.card_fill(color))
        painter.drawRoundedRect(rect, CARD_RADIUS, CARD_RADIUS)
        # The colour band: rounded at the top, square where it meets the body.
        band = QPainterPath()
        band.addRoundedRect(QRectF(0, 0, rect.width(), self._header + CARD_RADIUS),
                            CARD_RADIUS, CARD_RADIUS)
        body = QPainterPath()
        body.addRect(QRectF(0, self._header, rect.width(), CARD_RADIUS + 1))
        painter.fillPath(band.subtracted(body), band_color)
        on_band = black_or_white_on(band_color)
        painter.setFont(f.name.font)
        painter.setPen(on_band)
        name, step = self.name_rect(), f.name.metrics.lineSpacing()
        top = name.top() + (name.height() - step * len(self._name_lines)) / 2
        for line in self._name_lines:
            painter.drawText(QPointF(name.left(), baseline(QRectF(name.left(), top, name.width(),
                                                                  step), f.name.metrics)), line)
            top += step
        self._paint_badge(painter, band_color, on_band)
        y = self._header + 8
        if self.parent_name is not None:
            painter.setFont(f.caption.font)
            painter.setPen(look.caption(color))
            caption = f.caption.metrics.elidedText(
                tr("sub-theme of {theme}").format(theme=self.parent_name),
                Qt.TextElideMode.ElideRight,
                rect.width() - 2 * PAD)
            painter.drawText(QPointF(PAD, y + f.caption.metrics.ascent()), caption)
            y += f.caption.metrics.height() + 2
        defined = bool(self.theme.definition.strip())
        painter.setFont(f.body.font if defined else f.caption.font)
        painter.setPen(look.muted if defined else look.placeholder)
        for line in self._definition_lines:
            painter.drawText(QPointF(PAD, y + f.body.metrics.ascent()), line)
            y += f.body.metrics.lineSpacing()
        if self._more:
            painter.setFont(f.chip.font)
            painter.setPen(look.muted)
            painter.drawText(QPointF(self._more_at.x() + 4, self._more_at.y()
                                     + baseline(QRectF(0, 0, 1, CHIP_H), f.chip.metrics)),
                             tr("+{n} more").format(n=self._more))
        if not self.figure:  # a figure has no resize handle
            self._paint_grip(painter, look.line(color, 120))
        if self.isSelected() or self.drop_target:
            pen = QPen(ACCENT, 2.5)
            if self.drop_target:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-1.5, -1.5, 1.5, 1.5), CARD_RADIUS + 1,
                                    CARD_RADIUS + 1)

    def _paint_badge(self, painter: QPainter, color: QColor, on_band: QColor) -> None:
        badge = self.badge_rect()
        status = self.theme.status
        if status == "candidate":
            # Outlined: a candidate is still tentative.
            painter.setPen(QPen(on_band, 1.2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            text = on_band
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#FFFFFF") if status == "reviewed" else QColor("#2E7D32"))
            text = color.darker(150) if status == "reviewed" else QColor("#FFFFFF")
        painter.drawRoundedRect(badge, 10, 10)
        painter.setFont(faces().badge.font)
        painter.setPen(text)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, self._badge)

    def _paint_grip(self, painter: QPainter, line: QColor) -> None:
        grip = self.grip_rect()
        painter.setPen(QPen(line, 1.2))
        for step in (4, 8, 12):
            painter.drawLine(QPointF(grip.right() - step, grip.bottom() - 2),
                             QPointF(grip.right() - 2, grip.bottom() - step))

    # -- what the hand does ---------------------------------------------------------------
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        left = event.button() == Qt.MouseButton.LeftButton
        if left and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self._mode = "link"
            self.host.begin_link(self, event.scenePos())
            event.accept()
            return
        if left and self.grip_rect().contains(event.pos()):
            self._mode = "resize"
            self._resize_from = (event.scenePos(), QSizeF(self._size))
            event.accept()
            return
        self._mode = None
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self._mode == "link":
            self.host.drag_link(event.scenePos())
        elif self._mode == "resize" and self._resize_from is not None:
            origin, size = self._resize_from
            delta = event.scenePos() - origin
            self.set_size(QSizeF(size.width() + delta.x(), size.height() + delta.y()))
        else:
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        mode, self._mode = self._mode, None
        if mode == "link":
            self.host.finish_link(event.scenePos())
        elif mode == "resize":
            self._resize_from = None
            self.host.commit_resize(self)
        else:
            super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self.name_rect().contains(event.pos()):
            self.start_rename()
        elif self.definition_rect().contains(event.pos()):
            self.host.edit_definition(self.theme_id)
        else:
            super().mouseDoubleClickEvent(event)

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802
        if self.grip_rect().contains(event.pos()):
            self.setCursor(Qt.CursorShape.SizeFDiagCursor)
        else:
            self.unsetCursor()

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:  # noqa: N802
        if change == QGraphicsItem.GraphicsItemChange.ItemScenePositionHasChanged:
            # Links and connectors follow the card, including when its parent card moves.
            self.host.card_geometry_changed(self)
        return super().itemChange(change, value)

    def start_rename(self) -> NameEditor:
        """Edit the name in place; Enter commits it as one command, Escape cancels."""
        if self.editor is None:
            self.editor = NameEditor(self)
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        return self.editor
