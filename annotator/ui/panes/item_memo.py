"""The memo of a code, a transcript or the whole project, written in the inspector."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from annotator.operations.errors import OperationError
from annotator.ui.shared.bridge import ProjectBridge
from annotator.ui.shared.i18n import tr

SAVE_DELAY_MS = 800


class ItemMemoEditor(QWidget):
    """Edits the one memo of the item set with `show_item(kind, target_id)`; a pause in
    typing saves it as one undo step."""

    def __init__(self, bridge: ProjectBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("itemMemo")
        self._bridge = bridge
        self._item: tuple[str, int | None] | None = None
        self.heading = QLabel(self)
        self.heading.setObjectName("itemMemoHeading")
        self.heading.setWordWrap(True)
        self.description = QLabel(self)
        self.description.setObjectName("itemMemoDescription")
        self.description.setWordWrap(True)
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        # Quieter than the heading in either theme: the palette's placeholder colour.
        self.description.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        memo_label = QLabel(tr("Memo:"), self)
        self.memo = QPlainTextEdit(self)
        self.memo.setObjectName("itemMemoText")
        self.memo.setAccessibleName(tr("Memo"))
        self.memo.setAccessibleDescription(
            tr("The memo of the selected code, transcript or project; it is saved when "
               "you pause typing."))
        memo_label.setBuddy(self.memo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.description)
        layout.addWidget(memo_label)
        layout.addWidget(self.memo, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save)
        self.memo.textChanged.connect(lambda: self._item is not None and self._timer.start())
        bridge.memos_changed.connect(lambda _ids: self._reload())
        bridge.codes_changed.connect(lambda _ids: self._reload())
        bridge.sources_changed.connect(self._reload)

    @property
    def item(self) -> tuple[str, int | None] | None:
        return self._item

    def show_item(self, kind: str, target_id: int | None) -> None:
        if self._timer.isActive():
            self.save()
        self._item = (kind, target_id)
        self._reload()

    def _reload(self) -> None:
        if self._item is None or self._timer.isActive():
            return
        kind, target_id = self._item
        project = self._bridge.project
        try:
            if kind == "code" and target_id is not None:
                code = project.code(target_id)
                self.heading.setText(tr("<b>{name}</b> (code)").format(
                    name=html.escape(project.code_path(code.id))))
                self.description.setText(code.description)
            elif kind == "source" and target_id is not None:
                source = project.source(target_id)
                self.heading.setText(tr("<b>{name}</b> (transcript)").format(
                    name=html.escape(source.name)))
                self.description.setText(source.file_name)
            else:
                self.heading.setText(tr("<b>{name}</b> (the whole project)").format(
                    name=html.escape(project.name)))
                self.description.setText(
                    tr("Aims, questions, decisions: what the study is about."))
        except OperationError:
            self._item = None
            self.heading.setText("")
            self.memo.clear()
            return
        memo = project.memo_for(kind, target_id)
        body = memo.body if memo else ""
        if self.memo.toPlainText() != body:
            self.memo.blockSignals(True)
            self.memo.setPlainText(body)
            self.memo.blockSignals(False)

    def save(self) -> None:
        self._timer.stop()
        if self._item is None:
            return
        kind, target_id = self._item
        text = self.memo.toPlainText()
        memo = self._bridge.project.memo_for(kind, target_id)
        if text != (memo.body if memo else ""):
            self._bridge.run(tr("Edit memo"),
                             lambda: self._bridge.project.set_memo(kind, target_id, text))
