"""The view onto the theme board: zoom, fit, pan; the scene does everything else.

- Ctrl+wheel zooms around the mouse; Ctrl+= and Ctrl+- zoom around the centre;
- F (or `fit_all()`) fits the whole board, never magnifying past 100 %;
- the middle button, or the left button with Space held, pans (so do the scroll bars);
- a left drag on empty canvas selects cards with a rubber band;
- Delete removes the selected cards and links (one undoable step).

Until the researcher zooms or pans, the view keeps the board fitted as it is
resized, so the board opens showing all of itself.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt
from PySide6.QtGui import (
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QWidget

from annotator.ui.board.scene import BoardScene
from annotator.ui.board.style import look_for
from annotator.ui.shared.i18n import tr

MIN_ZOOM = 0.1
MAX_ZOOM = 4.0
STEP = 1.25
MARGIN = 24.0


class BoardView(QGraphicsView):
    """The board's QGraphicsView (objectName `themeBoard`)."""

    def __init__(self, scene: BoardScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setObjectName("themeBoard")
        self.board = scene
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setBackgroundBrush(look_for(self.palette()).page)
        self.setAccessibleName(tr("Theme board"))
        self.setAccessibleDescription(tr(
            "Themes as cards with their codes and the links between them; drag codes "
            "onto a card, Shift+drag from one card to another to link them."))
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        # Cards repaint themselves; only what changed needs redrawing while dragging.
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setAcceptDrops(True)
        self.viewport().setMouseTracking(True)  # the "Link from here" line follows the mouse
        self._pan_from: QPoint | None = None
        self._space = False
        self._auto_fit = True

    # -- zoom and fit -------------------------------------------------------------------
    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float, *, under_mouse: bool = False) -> None:
        target = min(max(self.zoom() * factor, MIN_ZOOM), MAX_ZOOM)
        if target == self.zoom():
            return
        self._auto_fit = False
        anchor = self.transformationAnchor()
        if not under_mouse:
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.scale(target / self.zoom(), target / self.zoom())
        self.setTransformationAnchor(anchor)

    def zoom_in(self) -> None:
        self.zoom_by(STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / STEP)

    def board_rect(self) -> QRectF:
        """The cards, links and connectors, with a margin (what fit and export show)."""
        rect = QRectF()
        for item in self.board.items():
            if item.parentItem() is None and item.isVisible():
                rect = rect.united(item.sceneBoundingRect())
        return rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)

    def fit_all(self) -> None:
        """Show the whole board, as large as fits but never above 100 %."""
        rect = self.board_rect()
        if rect.isEmpty():
            return
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > 1.0:
            self.resetTransform()
            self.centerOn(rect.center())

    # -- events -------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            # Light or dark now: the canvas, and every card's cached picture, follow.
            self.setBackgroundBrush(look_for(self.palette()).page)
            self.board.restyle()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        self.board.refresh_if_stale()
        super().showEvent(event)
        if self._auto_fit:
            self.fit_all()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._auto_fit:
            self.fit_all()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoom_by(STEP ** steps, under_mouse=True)
            event.accept()
            return
        self._auto_fit = False
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, mods = event.key(), event.modifiers()
        editing = self.board.focusItem() is not None  # typing a name: keys are text
        if not editing and key == Qt.Key.Key_F and not mods & ~Qt.KeyboardModifier.KeypadModifier:
            self.fit_all()
        elif mods & Qt.KeyboardModifier.ControlModifier and key in (Qt.Key.Key_Plus,
                                                                     Qt.Key.Key_Equal):
            self.zoom_in()
        elif mods & Qt.KeyboardModifier.ControlModifier and key == Qt.Key.Key_Minus:
            self.zoom_out()
        elif not editing and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.board.delete_selection()
        elif not editing and key == Qt.Key.Key_Space:
            if not event.isAutoRepeat():
                self._space = True
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and self._space:
            self._space = False
            if self._pan_from is None:
                self.viewport().unsetCursor()
            event.accept()
            return
        super().keyReleaseEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._auto_fit = False  # the researcher is arranging: leave the view alone
        middle = event.button() == Qt.MouseButton.MiddleButton
        if middle or (self._space and event.button() == Qt.MouseButton.LeftButton):
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._pan_from is not None:
            now = event.position().toPoint()
            delta = now - self._pan_from
            self._pan_from = now
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._pan_from is not None:
            self._pan_from = None
            if self._space:
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            else:
                self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)
