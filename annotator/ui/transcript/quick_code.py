"""The quick-code box: type part of a code's path, press Enter, and the selection is coded.

A small popup (objectName `quickCode`) with a line edit over a list of code paths.
Typing filters the list case-insensitively (names that start with the typed text
first, then paths that contain it); Up and Down move in the list without leaving
the line edit; Enter emits `code_chosen(int)` and closes; Escape closes.

A name that is no code's path is offered as the list's last entry, "Create code “…”"
(the only one, and so the current one, when nothing matches): Enter on it emits
`create_requested(str)` with the path; a "/" in it places the code under parents,
made if missing. A name the project refuses is said in the box, which stays open.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.ui.shared.i18n import tr
from annotator.ui.shared.icons import icon

CODE_ID = Qt.ItemDataRole.UserRole
NEW_PATH = Qt.ItemDataRole.UserRole + 1  # on the "Create code" entry: the path to make
# By the key's int: QKeyEvent.key() may be a code that Qt.Key has no member for.
_STEPS = {Qt.Key.Key_Up.value: -1, Qt.Key.Key_Down.value: 1, Qt.Key.Key_PageUp.value: -8,
          Qt.Key.Key_PageDown.value: 8}


def new_path(typed: str, paths: list[str]) -> str | None:
    """The code path to offer creating for `typed`, or None when it names a code already.

    Each part's spaces are tidied as a code's name is; parents that exist are written
    as they are spelt in the tree, so that "trust/broken promises" goes under "Trust"
    rather than beside it.
    """
    parts = [" ".join(part.split()) for part in typed.split("/")]
    if not any(parts):
        return None
    known = {path.casefold(): path for path in paths}
    if "/".join(parts).casefold() in known:
        return None
    for depth in range(len(parts) - 1, 0, -1):
        spelt = known.get("/".join(parts[:depth]).casefold())
        if spelt is not None:
            return "/".join([spelt, *parts[depth:]])
    return "/".join(parts)


class QuickCodeBox(QFrame):
    """Popup code chooser. Signals: `code_chosen(int)` with the chosen code's id,
    `create_requested(str)` with the path of a code to create and apply."""

    code_chosen = Signal(int)
    create_requested = Signal(str)

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
               "codes the selection with it, Escape closes. A new name can be created "
               "(Parent/Child places it under a parent)."))
        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("Matching codes"))
        self.list.setUniformItemSizes(True)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.problem = QLabel(self)
        self.problem.setObjectName("quickCodeProblem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)  # it quotes the typed name
        self.problem.setAccessibleName(tr("Why the code was not created"))
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.line_edit)
        layout.addWidget(self.list)
        layout.addWidget(self.problem)
        self.resize(360, 280)
        self._paths: list[tuple[int, str]] = []
        self._creating = False
        self._refusal: str | None = None
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
        """The paths of the codes the list shows, top to bottom."""
        return [item.text() for item in self._items() if item.data(NEW_PATH) is None]

    def create_offer(self) -> str | None:
        """The "Create code “…”" entry's text, if the list offers one."""
        return next((item.text() for item in self._items()
                     if item.data(NEW_PATH) is not None), None)

    def refuse(self, sentence: str) -> None:
        """Say why the code being created was refused (the box stays open to fix it)."""
        if self._creating:
            self._refusal = sentence

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())]

    def _filter(self, typed: str) -> None:
        self.problem.hide()
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
        created = new_path(typed, [path for _id, path in self._paths]) if needle else None
        if created is not None:
            offer = QListWidgetItem(icon("new_code"), tr("Create code “{name}”").format(
                name=created))
            offer.setData(NEW_PATH, created)
            font = offer.font()
            font.setItalic(True)
            offer.setFont(font)
            self.list.addItem(offer)
        if self.list.count():
            self.list.setCurrentRow(0)

    def _choose_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        path = item.data(NEW_PATH)
        if path is not None:
            self._create(str(path))
            return
        self.close()
        self.code_chosen.emit(int(item.data(CODE_ID)))

    def _create(self, path: str) -> None:
        # The receiver codes the selection at once; a refusal comes back through refuse().
        self._creating, self._refusal = True, None
        try:
            self.create_requested.emit(path)
        finally:
            self._creating = False
        if self._refusal is None:
            self.close()
            return
        self.problem.setText(self._refusal)
        self.problem.show()
        self.line_edit.setFocus()

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
