"""The quick-code box: type part of a code's path, press Enter, and the selection is coded.

A small popup (objectName `quickCode`) with a line edit over a list of code paths.
Typing filters the list case-insensitively (names that start with the typed text
first, then paths that contain it); Up and Down move in the list without leaving
the line edit; Enter emits `code_chosen(int)` and closes; Escape closes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from annotator.ui.shared.i18n import tr

CODE_ID = Qt.ItemDataRole.UserRole
# By the key's int: QKeyEvent.key() may be a code that Qt.Key has no member for.
_STEPS = {Qt.Key.Key_Up.value: -1, Qt.Key.Key_Down.value: 1, Qt.Key.Key_PageUp.value: -8,
          Qt.Key.Key_PageDown.value: 8}


class QuickCodeBox(QFrame):
    """Popup code chooser. Signal: `code_chosen(int)` with the chosen code's id."""

    code_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("quickCode")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.line_edit = QLineEdit(self)
        self.line_edit.setPlaceholderText(tr("Type a code, Enter to apply"))
        self.line_edit.setClearButtonEnabled(True)
        self.line_edit.setAccessibleName(tr("Code with"))
        self.line_edit.setAccessibleDescription(
            tr("Type part of a code's name; Up and Down choose among the matches, Enter "
               "codes the selection with it, Escape closes."))
        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("Matching codes"))
        self.list.setUniformItemSizes(True)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.line_edit)
        layout.addWidget(self.list)
        self.resize(320, 280)
        self._paths: list[tuple[int, str]] = []
        self.line_edit.textChanged.connect(self._filter)
        self.line_edit.returnPressed.connect(self._choose_current)
        self.list.itemActivated.connect(lambda _item: self._choose_current())
        self.line_edit.installEventFilter(self)

    def open_at(self, paths: list[tuple[int, str]], where: QPoint) -> None:
        """Show the codes (id, path) in tree order with the popup's top-left at `where`."""
        self._paths = paths
        self.line_edit.clear()
        self._filter("")
        self.move(where)
        self.show()
        self.line_edit.setFocus()

    def visible_paths(self) -> list[str]:
        """The paths the list shows, top to bottom."""
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _filter(self, typed: str) -> None:
        needle = typed.strip().casefold()
        starts: list[tuple[int, str]] = []
        contains: list[tuple[int, str]] = []
        for code_id, path in self._paths:
            folded = path.casefold()
            name = folded.rsplit("/", 1)[-1]
            if name.startswith(needle):
                starts.append((code_id, path))
            elif needle in folded:
                contains.append((code_id, path))
        self.list.clear()
        for code_id, path in starts + contains:
            item = QListWidgetItem(path)
            item.setData(CODE_ID, code_id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def _choose_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.close()
        self.code_chosen.emit(int(item.data(CODE_ID)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.line_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            step = _STEPS.get(int(key))
            if step is not None:
                # The list moves; the typing stays in the line edit.
                count = self.list.count()
                if count:
                    row = max(0, min(count - 1, self.list.currentRow() + step))
                    self.list.setCurrentRow(row)
                return True
            if key == Qt.Key.Key_Escape:
                self.close()
                return True
        return super().eventFilter(watched, event)
