"""The inspector: the selected excerpt, its codes and its memo, editable in place.

When the coding goes (its code deleted, an undo, another program) the inspector says
"Nothing selected" and disables its controls. Words typed in the memo are saved before
any action of the window runs (bridge.about_to_run); if the coding goes another way
while they are unsaved, they stay in the box, read-only, with a sentence saying so."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.model import code_tree
from annotator.model.entities import Coding
from annotator.operations.errors import OperationError
from annotator.ui.shared.bridge import ProjectBridge
from annotator.ui.shared.i18n import tr
from annotator.ui.shared.icons import swatch

CODING_ID = Qt.ItemDataRole.UserRole + 1


class Inspector(QWidget):
    """Shows one coding (set with `show_coding`); memo edits save after a short pause."""

    def __init__(self, bridge: ProjectBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspector")
        self._bridge = bridge
        self._coding_id: int | None = None
        self.title = QLabel(self)
        self.title.setObjectName("inspectorTitle")
        self.title.setWordWrap(True)
        self.excerpt = QLabel(self)
        self.excerpt.setObjectName("inspectorExcerpt")
        self.excerpt.setWordWrap(True)
        self.excerpt.setTextFormat(Qt.TextFormat.PlainText)
        self.excerpt.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.excerpt.setAccessibleName(tr("Excerpt"))
        self.notice = QLabel(self)  # says why unsaved words are still shown
        self.notice.setObjectName("inspectorNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.hide()
        codes_label = QLabel(tr("Codes here:"), self)
        self.codes = QListWidget(self)
        self.codes.setObjectName("inspectorCodes")
        self.codes.setMaximumHeight(110)
        self.codes.setAccessibleName(tr("Codes here"))
        self.codes.setAccessibleDescription(
            tr("Every code on this excerpt or overlapping it."))
        codes_label.setBuddy(self.codes)
        memo_label = QLabel(tr("Memo:"), self)
        self.memo = QPlainTextEdit(self)
        self.memo.setObjectName("excerptMemo")
        self.memo.setPlaceholderText(tr("Memo on this excerpt"))
        self.memo.setAccessibleName(tr("Excerpt memo"))
        self.memo.setAccessibleDescription(
            tr("Your note on this excerpt; it is saved when you pause typing."))
        memo_label.setBuddy(self.memo)
        self.illustrative = QCheckBox(tr("Quote in the theme report (illustrative)"), self)
        self.illustrative.setObjectName("illustrativeCheck")
        self.illustrative.setStatusTip(
            tr("Quote this excerpt under its themes in the theme report"))
        self.illustrative.toggled.connect(self._illustrative_toggled)
        self.remove = QPushButton(tr("Remove this coding"), self)
        self.remove.setObjectName("removeCodingButton")
        self.remove.setStatusTip(tr("Uncode this excerpt (you can undo this)"))
        self.remove.clicked.connect(self._remove)
        layout = QVBoxLayout(self)
        for widget in (self.title, self.excerpt, self.notice, codes_label, self.codes,
                       memo_label, self.memo, self.illustrative, self.remove):
            layout.addWidget(widget)
        # Saving on every keystroke would make one undo step per letter.
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(800)
        self._save_timer.timeout.connect(self.save_memo)
        self.memo.textChanged.connect(self._memo_edited)
        bridge.codings_changed.connect(self._codings_changed)
        bridge.about_to_run.connect(self.save_typing)
        # A code's name or colour shows here; deleting a code takes its codings.
        bridge.codes_changed.connect(lambda _ids: self._codings_changed(
            frozenset({self._coding_id})))
        self.show_coding(None)

    @property
    def coding_id(self) -> int | None:
        return self._coding_id

    def _find(self, coding_id: int | None) -> Coding | None:
        if coding_id is None or self._bridge.project.closed:
            return None
        try:
            return self._bridge.project.coding(coding_id)
        except OperationError:
            return None

    def save_typing(self) -> None:
        """Save the memo now if words typed in it are waiting for the pause."""
        if self._save_timer.isActive():
            self.save_memo()

    def show_coding(self, coding_id: int | None) -> None:
        self.save_typing()
        if coding_id is None and self.notice.isVisibleTo(self):
            return  # unsaved words of a coding that went stay until another is shown
        project = self._bridge.project
        coding = self._find(coding_id)
        self._coding_id = coding.id if coding else None
        enabled = coding is not None
        self.notice.hide()
        self.memo.setReadOnly(False)
        for widget in (self.codes, self.memo, self.remove, self.illustrative):
            widget.setEnabled(enabled)
        self.illustrative.blockSignals(True)
        self.illustrative.setChecked(coding is not None and
                                     coding.id in project.illustrative_codings([coding.id]))
        self.illustrative.blockSignals(False)
        self.codes.clear()
        self.memo.blockSignals(True)
        if coding is None:
            self.title.setText(tr("<b>Nothing selected</b>"))
            self.excerpt.setText(tr("Select an excerpt to see its codes and memo."))
            self.memo.clear()
        else:
            source = project.source(coding.source_id)
            text = source.text[coding.start:coding.end]
            shown = text if len(text) <= 400 else text[:399] + "…"
            codes = project.codes()
            paths = code_tree.paths(codes)
            self.title.setText(tr("<b>{code}</b> in {transcript} ({start}–{end})").format(
                code=html.escape(paths.get(coding.code_id, "")),
                transcript=html.escape(source.name), start=coding.start, end=coding.end))
            self.excerpt.setText(f"“{shown}”")
            colors = {code.id: code.color for code in codes}
            for other in project.overlapping_codings(coding.source_id, coding.start, coding.end):
                item = QListWidgetItem(swatch(QColor(colors.get(other.code_id, "#BDBDBD"))),
                                       paths.get(other.code_id, ""))
                item.setData(CODING_ID, other.id)
                self.codes.addItem(item)
            if self.memo.toPlainText() != coding.memo:
                self.memo.setPlainText(coding.memo)
        self.memo.blockSignals(False)

    def _memo_edited(self) -> None:
        if self._coding_id is not None:
            self._save_timer.start()

    def save_memo(self) -> None:
        self._save_timer.stop()
        coding_id = self._coding_id
        if coding_id is None:
            return
        coding = self._find(coding_id)
        text = self.memo.toPlainText()
        if coding is None:
            self._gone(text)
        elif text != coding.memo:
            self._bridge.run(tr("Edit excerpt memo"),
                             lambda: self._bridge.project.set_coding_memo(coding_id, text))

    def _gone(self, unsaved: str | None) -> None:
        """The coding shown is no more: nothing selected; `unsaved` words stay readable."""
        self._save_timer.stop()
        self.notice.hide()
        self.show_coding(None)
        if unsaved:
            self.memo.blockSignals(True)
            self.memo.setPlainText(unsaved)
            self.memo.blockSignals(False)
            self.memo.setEnabled(True)
            self.memo.setReadOnly(True)  # still selectable, to copy
            self.notice.setText(tr("The excerpt is no longer coded (deleted or undone), so "
                                   "this memo could not be saved. Copy it from here if you "
                                   "need it."))
            self.notice.show()

    def _illustrative_toggled(self, checked: bool) -> None:
        coding_id = self._coding_id
        if coding_id is not None:
            self._bridge.run(tr("Mark illustrative"),
                             lambda: self._bridge.project.mark_illustrative(coding_id, checked))

    def _remove(self) -> None:
        coding_id = self._coding_id
        if coding_id is not None:
            self._bridge.run(tr("Remove coding"),
                             lambda: self._bridge.project.remove_coding(coding_id))

    def _codings_changed(self, ids: frozenset[int]) -> None:
        if self._coding_id not in ids:
            return
        if self._find(self._coding_id) is None:
            typing = self._save_timer.isActive()
            self._gone(self.memo.toPlainText() if typing else None)
        elif not self._save_timer.isActive():  # else the words being typed win
            self.show_coding(self._coding_id)
