"""The memo of a code, a transcript or the whole project, written in the inspector.

When the item goes (deleted, undone, removed by another program) the editor says
"Nothing selected" and is disabled; words typed and not yet saved then stay in the
box, read-only, with a sentence saying so (see inspector.py)."""

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
        self.notice = QLabel(self)
        self.notice.setObjectName("itemMemoNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.description)
        layout.addWidget(self.notice)
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
        bridge.about_to_run.connect(self.save_typing)

    @property
    def item(self) -> tuple[str, int | None] | None:
        return self._item

    def save_typing(self) -> None:
        """Save the memo now if words typed in it are waiting for the pause."""
        if self._timer.isActive():
            self.save()

    def show_item(self, kind: str, target_id: int | None) -> None:
        self.save_typing()
        self._item = (kind, target_id)
        self.notice.hide()
        self.memo.setReadOnly(False)
        self.memo.setEnabled(True)
        self._reload()

    def _exists(self) -> bool:
        if self._item is None or self._bridge.project.closed:
            return False
        kind, target_id = self._item
        try:
            if kind == "code" and target_id is not None:
                self._bridge.project.code(target_id)
            elif kind == "source" and target_id is not None:
                self._bridge.project.source(target_id)
        except OperationError:
            return False
        return True

    def _reload(self) -> None:
        if self._item is None:
            return
        if not self._exists():
            self._gone(self.memo.toPlainText() if self._timer.isActive() else None)
            return
        if self._timer.isActive():
            return  # the words being typed win until they are saved
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
            self._gone(None)
            return
        memo = project.memo_for(kind, target_id)
        body = memo.body if memo else ""
        if self.memo.toPlainText() != body:
            self.memo.blockSignals(True)
            self.memo.setPlainText(body)
            self.memo.blockSignals(False)

    def _gone(self, unsaved: str | None) -> None:
        """The item shown is no more: nothing selected; `unsaved` words stay readable."""
        self._timer.stop()
        self._item = None
        self.heading.setText(tr("<b>Nothing selected</b>"))
        self.description.setText(tr("Select a code or a transcript."))
        self.memo.blockSignals(True)
        self.memo.setPlainText(unsaved or "")
        self.memo.blockSignals(False)
        self.memo.setReadOnly(bool(unsaved))  # still selectable, to copy
        self.memo.setEnabled(bool(unsaved))
        self.notice.setVisible(bool(unsaved))
        self.notice.setText(tr("What this memo was about is gone (deleted or undone), so it "
                               "could not be saved. Copy it from here if you need it."))

    def save(self) -> None:
        self._timer.stop()
        if self._item is None:
            return
        if not self._exists():
            self._gone(self.memo.toPlainText())
            return
        kind, target_id = self._item
        text = self.memo.toPlainText()
        memo = self._bridge.project.memo_for(kind, target_id)
        if text != (memo.body if memo else ""):
            self._bridge.run(tr("Edit memo"),
                             lambda: self._bridge.project.set_memo(kind, target_id, text))
