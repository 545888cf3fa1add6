"""The code tray beside the theme board: codes not yet in any theme, ready to drag.

`CodeTray` (objectName `codeTray`) lists every code that no theme holds, in the
code tree's order, with its colour, its name (sub-codes say their parent) and
how many codings it has. Dragging codes out of it carries `mime.CODE_IDS`, the
same payload as the code tree's, so the board treats both alike. It refreshes
on the bridge's `themes_changed`, `codes_changed` and `codings_changed`, and
only while visible (it catches up when shown). Emits `count_changed(int)`.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QColor, QDrag, QIcon, QPainter, QPixmap, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from annotator.ui.board.chip_item import usage_text
from annotator.ui.board.usage import reload_board
from annotator.ui.shared.bridge import ProjectBridge
from annotator.ui.shared.i18n import tr
from annotator.ui.shared.mime import CODE_IDS, code_ids_mime
from annotator.ui.shared.plain import plain_tip

CODE_ID_ROLE = Qt.ItemDataRole.UserRole


class CodeTray(QListWidget):
    """Codes in no theme; a drag source of CODE_IDS."""

    count_changed = Signal(int)

    def __init__(self, bridge: ProjectBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codeTray")
        self._bridge = bridge
        self._model = bridge.project.board_model()
        self._stale: set[str] = set()
        self._swatches: dict[str, QIcon] = {}
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setUniformItemSizes(True)
        self.setToolTip(tr("Codes in no theme yet: drag them onto a theme, or onto empty "
                           "board to start a new one"))
        self.setAccessibleName(tr("Codes not in a theme"))
        self.setAccessibleDescription(tr(
            "Codes that no theme holds yet; drag them onto a theme card, or onto empty "
            "board to start a new theme."))
        bridge.themes_changed.connect(self._themes_changed)
        bridge.codes_changed.connect(self._codes_changed)
        bridge.codings_changed.connect(self._codings_changed)
        self._fill()

    def code_ids(self) -> list[int]:
        """The codes listed, top to bottom."""
        return [int(self.item(row).data(CODE_ID_ROLE)) for row in range(self.count())]

    def select_codes(self, code_ids: list[int]) -> None:
        wanted = set(code_ids)
        self.clearSelection()
        for row in range(self.count()):
            item = self.item(row)
            if int(item.data(CODE_ID_ROLE)) in wanted:
                item.setSelected(True)

    # -- keeping up ----------------------------------------------------------------------
    def _themes_changed(self) -> None:
        self._mark("themes")

    def _codes_changed(self, _ids: object = None) -> None:
        self._mark("codes")

    def _codings_changed(self, _ids: object = None) -> None:
        self._mark("usage")

    def _mark(self, part: str) -> None:
        self._stale.add(part)
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        stale, self._stale = self._stale, set()
        reload_board(self._bridge.project, self._model, stale)
        self._fill()

    def _fill(self) -> None:
        chosen = {int(item.data(CODE_ID_ROLE)) for item in self.selectedItems()}
        self.clear()
        model = self._model
        for code_id in model.unthemed_codes():
            code = model.codes[code_id]
            codings, sources = model.usage.get(code_id, (0, 0))
            parent = model.codes.get(code.parent_id) if code.parent_id is not None else None
            text = f"{code.name}  ({codings})"
            if parent is not None:
                text += f"  · {parent.name}"
            item = QListWidgetItem(self._swatch(code.color), text)
            item.setData(CODE_ID_ROLE, code_id)
            item.setToolTip(plain_tip(
                f"{model.code_path(code_id)}\n{usage_text(codings, sources)}"))
            self.addItem(item)
            item.setSelected(code_id in chosen)
        self.count_changed.emit(self.count())

    def _swatch(self, color: str) -> QIcon:
        icon = self._swatches.get(color)
        if icon is None:
            pixmap = QPixmap(14, 14)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            fill = QColor(color)
            painter.setPen(fill.darker(150))
            painter.setBrush(fill)
            painter.drawEllipse(2, 2, 10, 10)
            painter.end()
            icon = self._swatches[color] = QIcon(pixmap)
        return icon

    # -- dragging out ---------------------------------------------------------------------
    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [CODE_IDS]

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:  # noqa: N802
        wanted = {int(item.data(CODE_ID_ROLE)) for item in items}
        return code_ids_mime([code_id for code_id in self.code_ids() if code_id in wanted])

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.CopyAction

    def startDrag(self, supportedActions: Qt.DropAction) -> None:  # noqa: N802, N803
        items = self.selectedItems()
        if not items:
            return
        drag = QDrag(self)
        drag.setMimeData(self.mimeData(items))
        # Qt's own startDrag would remove the rows on a Move; codes only ever copy out.
        self._exec_drag(drag)

    def _exec_drag(self, drag: QDrag) -> Qt.DropAction:
        """Run the drag (a seam for tests: offscreen, QDrag.exec drops nowhere)."""
        return drag.exec(Qt.DropAction.CopyAction, Qt.DropAction.CopyAction)
