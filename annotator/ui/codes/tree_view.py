"""The tree view of the code tree: drags codes out, takes drops of its own codes.

Dropping with MERGE_MODIFIER (Alt; Option on a Mac) onto a code asks to merge
instead of move. Alt is the one modifier no platform's drag and drop claims for
itself (Ctrl copies, Shift moves, Ctrl+Shift links).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPixmap,
)
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from annotator.ui.codes.columns import CODE_ID_ROLE, COLOR_ROLE, NAME
from annotator.ui.shared.i18n import tr
from annotator.ui.shared.mime import code_ids_from

MERGE_MODIFIER = Qt.KeyboardModifier.AltModifier
"""Held while dropping codes onto a code: merge them into it instead of moving them."""


class CodeTreeView(QTreeView):
    """The tree itself: drags codes out, takes drops of its own codes. Emits:

    - `merge_dropped(list, int)`: codes were dropped onto a code with MERGE_MODIFIER held;
    - `return_pressed(QModelIndex)`: Enter on a code (double-click is `doubleClicked`);
    - `delete_pressed()`: the Delete key, so that no window-wide shortcut can clash.
    """

    merge_dropped = Signal(list, int)
    return_pressed = Signal(QModelIndex)
    delete_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codeTree")
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # DragDrop rather than InternalMove: InternalMove refuses any drop whose
        # source is not this very view, which also refuses the drops tests
        # synthesize. The model still takes only its own codes (an origin tag).
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        # F2 renames; double-click and Enter are for opening a code's excerpts.
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setExpandsOnDoubleClick(False)
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        rows = self.selectionModel().selectedRows(NAME)
        if not rows:
            return
        drag = QDrag(self)
        drag.setMimeData(self.model().mimeData(rows))
        drag.setPixmap(self._drag_pixmap(rows))
        # The result is ignored on purpose: a move has already happened in
        # dropEvent, and Qt's own startDrag would try removeRows on a Move.
        self._exec_drag(drag, supportedActions)

    def _exec_drag(self, drag: QDrag, actions: Qt.DropAction) -> Qt.DropAction:
        """Run the drag (a seam for tests: offscreen, QDrag.exec drops nowhere)."""
        return drag.exec(actions, Qt.DropAction.CopyAction)

    def _drag_pixmap(self, rows: list[QModelIndex]) -> QPixmap:
        """Colour swatches and names of the dragged codes (at most three, then "+N")."""
        names = [str(index.data()) for index in rows[:3]]
        if len(rows) > 3:
            names.append(tr("+{n} more").format(n=len(rows) - 3))
        metrics = self.fontMetrics()
        line = metrics.height() + 6
        ratio = self.devicePixelRatioF()
        width = max(metrics.horizontalAdvance(name) for name in names) + line + 12
        pixmap = QPixmap(int(width * ratio), int(line * len(names) * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(self.palette().base().color())
        painter = QPainter(pixmap)
        painter.setPen(self.palette().text().color())  # a pixmap's painter draws black
        for n, name in enumerate(names):
            if n < 3:
                painter.fillRect(4, n * line + 4, line - 8, line - 8,
                                 QColor(str(rows[n].data(COLOR_ROLE))))
            painter.drawText(line + 4, n * line + 3 + metrics.ascent(), name)
        painter.end()
        return pixmap

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._as_move(event)
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._as_move(event)
        super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        target = QPersistentModelIndex(self.indexAt(event.position().toPoint()))
        if (event.modifiers() & MERGE_MODIFIER and target.isValid() and self.model()
                .canDropMimeData(event.mimeData(), Qt.DropAction.MoveAction, -1, -1, target)):
            ids, target_id = code_ids_from(event.mimeData()), int(target.data(CODE_ID_ROLE))
            event.acceptProposedAction()
            self.stopAutoScroll()
            self.setState(QAbstractItemView.State.NoState)
            self.viewport().update()
            # After the drop returns: a modal question inside a drop event
            # would run while the platform's drag is still in progress.
            QTimer.singleShot(0, self, lambda: self.merge_dropped.emit(ids, target_id))
            return
        self._as_move(event)
        super().dropEvent(event)
        if event.isAccepted():
            # Qt accepts the proposed action (Copy, for the transcript's sake); say Move.
            self._as_move(event)
            if self.dropIndicatorPosition() == QAbstractItemView.DropIndicatorPosition.OnItem:
                self.expand(target)  # show the new sub-codes where they landed

    @staticmethod
    def _as_move(event: QDragMoveEvent | QDropEvent) -> None:
        # Drags leave the tree as Copy (for the transcript); inside it they move.
        if event.possibleActions() & Qt.DropAction.MoveAction:
            event.setDropAction(Qt.DropAction.MoveAction)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        editing = self.state() == QAbstractItemView.State.EditingState
        if not editing and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.currentIndex().isValid():
                self.return_pressed.emit(self.currentIndex())
            event.accept()
        elif not editing and event.matches(QKeySequence.StandardKey.Delete):
            self.delete_pressed.emit()
            event.accept()
        else:
            super().keyPressEvent(event)
