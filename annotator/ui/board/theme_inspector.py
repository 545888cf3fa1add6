"""The theme inspector: name, status, definition and memo of the selected theme."""

from __future__ import annotations

import html

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from annotator.model.entities import THEME_STATUSES, Theme
from annotator.ui.board.style import status_label
from annotator.ui.shared.bridge import ProjectBridge
from annotator.ui.shared.i18n import tr

SAVE_DELAY_MS = 800


class ThemeInspector(QWidget):
    """Edits one theme (set with `show_theme`); text edits save after a short pause,
    so that a paragraph of definition is one undo step, not one per letter."""

    def __init__(self, bridge: ProjectBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("themeInspector")
        self._bridge = bridge
        self._theme_id: int | None = None
        self.heading = QLabel(tr("Select a theme on the board."), self)
        self.heading.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setObjectName("themeName")
        self.status = QComboBox(self)
        self.status.setObjectName("themeStatus")
        for status in THEME_STATUSES:
            self.status.addItem(status_label(status), status)
        self.definition = QPlainTextEdit(self)
        self.definition.setObjectName("themeDefinition")
        self.definition.setPlaceholderText(tr("What this theme is about, and where it stops"))
        self.memo = QPlainTextEdit(self)
        self.memo.setObjectName("themeMemo")
        self.memo.setPlaceholderText(tr("Memo: your thinking about this theme"))
        self.name.setAccessibleName(tr("Theme name"))
        self.status.setAccessibleName(tr("Theme status"))
        self.status.setAccessibleDescription(tr(
            "Candidate, reviewed or final: how far the theme has come in the review."))
        self.definition.setAccessibleName(tr("Theme definition"))
        self.definition.setAccessibleDescription(tr(
            "What the theme is about, its scope and its boundaries."))
        self.memo.setAccessibleName(tr("Theme memo"))
        self.memo.setAccessibleDescription(tr("Your thinking about this theme."))
        form = QFormLayout()
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("Status"), self.status)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(QLabel(tr("Definition:"), self))
        layout.addWidget(self.definition, 2)
        layout.addWidget(QLabel(tr("Memo:"), self))
        layout.addWidget(self.memo, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save)
        self.definition.textChanged.connect(self._edited)
        self.memo.textChanged.connect(self._edited)
        self.name.editingFinished.connect(self.save)
        self.status.activated.connect(lambda _index: self.save())
        bridge.themes_changed.connect(self._reload)
        bridge.memos_changed.connect(lambda _ids: self._reload())
        # Typed words are saved before any action runs: deleting the theme keeps them.
        bridge.about_to_run.connect(lambda: self._timer.isActive() and self.save())
        self.show_theme(None)

    @property
    def theme_id(self) -> int | None:
        return self._theme_id

    def _theme(self) -> Theme | None:
        if self._theme_id is None:
            return None
        return self._bridge.project.theme(self._theme_id)

    def show_theme(self, theme_id: int | None) -> None:
        if self._timer.isActive():
            self.save()
        self._theme_id = theme_id
        self._reload()

    def _reload(self) -> None:
        if self._timer.isActive():
            return  # the user is typing; their text wins until it is saved
        theme = self._theme()
        self._theme_id = theme.id if theme else None
        for widget in (self.name, self.status, self.definition, self.memo):
            widget.setEnabled(theme is not None)
            widget.blockSignals(True)
        if theme is None:
            self.heading.setText(tr("Select a theme on the board."))
            self.name.clear()
            self.definition.clear()
            self.memo.clear()
        else:
            codes = len(self._bridge.project.theme_codes(theme.id))
            count = tr("1 code") if codes == 1 else tr("{n} codes").format(n=codes)
            self.heading.setText(f"<b>{html.escape(theme.name)}</b> · {count}")
            if self.name.text() != theme.name:
                self.name.setText(theme.name)
            self.status.setCurrentIndex(max(0, self.status.findData(theme.status)))
            if self.definition.toPlainText() != theme.definition:
                self.definition.setPlainText(theme.definition)
            memo = self._bridge.project.memo_for("theme", theme.id)
            body = memo.body if memo else ""
            if self.memo.toPlainText() != body:
                self.memo.setPlainText(body)
        for widget in (self.name, self.status, self.definition, self.memo):
            widget.blockSignals(False)

    def _edited(self) -> None:
        if self._theme_id is not None:
            self._timer.start()

    def save(self) -> None:
        """Write what changed as one undoable step."""
        self._timer.stop()
        theme = self._theme()
        if theme is None:
            return
        project = self._bridge.project
        fields: dict[str, object] = {}
        name = self.name.text().strip()
        if name and name != theme.name:
            fields["name"] = name
        status = str(self.status.currentData())
        if status != theme.status:
            fields["status"] = status
        if self.definition.toPlainText() != theme.definition:
            fields["definition"] = self.definition.toPlainText()
        memo = project.memo_for("theme", theme.id)
        new_memo = self.memo.toPlainText()
        memo_changed = new_memo != (memo.body if memo else "")
        if not fields and not memo_changed:
            return
        self._bridge.run("", lambda: project.composite.edit_theme(
            theme.id, memo=new_memo if memo_changed else None, **fields))
