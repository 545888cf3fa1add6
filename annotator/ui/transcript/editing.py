"""Edit mode of the transcript pane: the researcher's typing turned into project edits.

While edit mode is on, `EditMode` (an event filter on the view and its viewport)
takes every key, paste, cut and input-method commit that would change the text and
asks the project for the same change as a `TextEdit` in code points (converted from
Qt's UTF-16 by the view's OffsetMap). Qt never changes the document by itself: the
project's `Changes.text_edits` come back to `EditFollower` (follow_edits.py), which
updates the document, so that typing, undo, redo and the command line all show the
same way.

A burst of typing is one undo step, as QUndoCommand.mergeWith makes it in Qt's
own editors: edits of one kind (typing, or deleting) that continue where the last
one ended, with no pause over `BURST_PAUSE_MS`, join one step; a caret move, another
kind of edit (Enter, paste, cut) or a pause starts a new one.

Conflicting coding gestures are off while editing: keys 1-9 type digits, codes
cannot be dropped on the text, and selected text cannot be dragged (a drag would
move it behind the project's back). A refused edit (inside a Word field, text box
or equation) leaves everything as it was and says why, in the status bar and on the
pane's edit banner; an edit that deletes a whole excerpt names its code there.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import (
    QGuiApplication,
    QInputMethodEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QTextCursor,
)
from PySide6.QtWidgets import QLabel, QPlainTextEdit

from annotator.model.text_edits import TextEdit
from annotator.operations.errors import USER_ERRORS
from annotator.operations.text_edits import EditReport
from annotator.ui.shared.bridge import ProjectBridge
from annotator.ui.shared.i18n import describe, tr
from annotator.ui.transcript.follow_edits import EditFollower
from annotator.ui.transcript.view import TranscriptView

BURST_PAUSE_MS = 1500
"""A pause this long in typing starts a new undo step."""
NOTICE_MS = 8000
_BANNER = "QLabel { background: #D6ECFF; color: #0B3A66; padding: 4px 8px; }"
_NOTICE = "QLabel { background: #FFF3CD; color: #5C4400; padding: 4px 8px; }"
_FRAME = "QPlainTextEdit#transcriptView { border: 2px solid #5B9BD5; }"

_SK = QKeySequence.StandardKey
# Keys that only move the caret or select, which Qt may handle itself in edit mode.
_MOVES = tuple(k for k in _SK if k.name.startswith(("MoveTo", "Select"))) + (
    _SK.Copy, _SK.Deselect)
_WORD_BACK = (_SK.DeleteStartOfWord,)
_WORD_FORWARD = (_SK.DeleteEndOfWord,)
_BREAKS = {Qt.Key.Key_Return, Qt.Key.Key_Enter}


def _typed(event: QKeyEvent) -> str:
    """The text a key types, or "" (a shortcut, a control key)."""
    text = event.text()
    mods = event.modifiers()
    if not text or (mods & Qt.KeyboardModifier.ControlModifier
                    and not mods & Qt.KeyboardModifier.AltModifier):
        return ""
    if all(c.isprintable() or c in "\t\u200c\u200d" for c in text):
        return text
    return ""


class EditMode(QObject):
    """Edit mode of one transcript view. `submit` is how every edit reaches the project."""

    def __init__(self, view: TranscriptView, follower: EditFollower, bridge: ProjectBridge,
                 source_id: Callable[[], int | None], text: Callable[[], str]) -> None:
        super().__init__(view)
        self._view = view
        self._follower = follower
        self._bridge = bridge
        self._source_id = source_id
        self._text = text
        self.enabled = False
        self._burst: tuple[str, int, float] | None = None  # kind, where it ended, when
        self._moving = False  # the caret moves because an edit was made
        self.banner = QLabel(view)
        self.banner.setObjectName("editBanner")
        self.banner.setStyleSheet(_BANNER)
        self.banner.setAccessibleName(tr("Edit mode"))
        self.banner.hide()
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.timeout.connect(self._plain_banner)
        view.cursorPositionChanged.connect(self._caret_moved)

    # -- the mode ----------------------------------------------------------------
    def set_enabled(self, on: bool) -> None:
        """Turn edit mode on or off (the window's Edit > Edit Transcript Text)."""
        if on == self.enabled:
            return
        self.enabled = on
        self._follower.editing = on
        view = self._view
        self._burst = None
        if on:
            view.installEventFilter(self)
            view.viewport().installEventFilter(self)
            view.setReadOnly(False)
            view.setCursorWidth(2)
            # A frame in the banner's colour round the text: what is typed here is kept.
            view.setStyleSheet(_FRAME)
            view.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, True)
        else:
            view.removeEventFilter(self)
            view.viewport().removeEventFilter(self)
            view.setReadOnly(True)
            view.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                         | Qt.TextInteractionFlag.TextSelectableByKeyboard)
            view.setCursorWidth(1)
            view.setStyleSheet("")
        view.setAcceptDrops(not on)  # codes cannot be dropped, text is not dragged in
        self._plain_banner()
        self.banner.setVisible(on)
        view.setViewportMargins(0, self.banner.sizeHint().height() if on else 0, 0, 0)
        self._place_banner()

    def _plain_banner(self) -> None:
        self.banner.setStyleSheet(_BANNER)
        self.banner.setText(tr("Editing the text — codings follow your changes. "
                               "Ctrl+E ends editing."))

    def notice(self, sentence: str) -> None:
        """Show a sentence on the banner for a while (non-modal), and in the status bar."""
        self.banner.setStyleSheet(_NOTICE)
        self.banner.setText(sentence)
        self._notice_timer.start(NOTICE_MS)
        self._bridge.error.emit(sentence)

    def _place_banner(self) -> None:
        view = self._view
        frame = view.frameWidth()
        self.banner.setGeometry(QRect(frame, frame, view.width() - 2 * frame,
                                      self.banner.sizeHint().height()))

    # -- sending edits -------------------------------------------------------------
    def submit(self, edit: TextEdit, kind: str) -> bool:
        """Ask the project for one edit; `kind` "type" or "delete" may join a burst.

        Returns whether the project made it."""
        source_id = self._source_id()
        if source_id is None:
            return False
        project = self._bridge.project
        now = time.monotonic()
        burst = kind in ("type", "delete")
        last = self._burst
        if not (burst and last is not None and last[0] == kind
                and last[1] in (edit.start, edit.end)
                and now - last[2] < BURST_PAUSE_MS / 1000):
            project.editing.end_burst()
        refused: list[str] = []

        def run() -> EditReport:
            try:
                return project.edit_text(source_id, edit, burst=burst)
            except USER_ERRORS as exc:
                refused.append(describe(exc))
                raise

        self._follower.caret_after_edit = True
        self._moving = True
        self._bridge.typing = burst
        try:
            report = self._bridge.run(tr("Edit transcript text"), run)
        finally:
            self._moving = False
            self._bridge.typing = False
            self._follower.caret_after_edit = False
        if report is None:
            self._burst = None
            if refused:
                self.banner.setStyleSheet(_NOTICE)
                self.banner.setText(refused[0])
                self._notice_timer.start(NOTICE_MS)
            return False
        self._burst = (kind, edit.start + len(edit.text), now) if burst else None
        if report.removed:
            codes = ", ".join(f"“{note.code}”" for note in report.removed)
            self.notice(tr("%n coding(s) went with the deleted text: {codes}. Ctrl+Z brings "
                           "them back.", None, len(report.removed)).format(codes=codes))
        return True

    def _caret_moved(self) -> None:
        if self.enabled and not self._moving and self._burst is not None:
            position = self._caret()
            if position != self._burst[1]:
                self._burst = None  # the caret moved: the next edit starts a new step

    # -- from Qt positions to edits ---------------------------------------------------
    def _caret(self) -> int:
        return self._view.offsets.to_codepoint(self._view.textCursor().position(), "down")

    def _selection(self) -> tuple[int, int] | None:
        cursor = self._view.textCursor()
        if not cursor.hasSelection():
            return None
        return self._view.offsets.range_to_codepoint(cursor.selectionStart(),
                                                     cursor.selectionEnd())

    def _replace_selection(self, text: str, kind: str) -> bool:
        selected = self._selection()
        start, end = selected if selected is not None else (self._caret(),) * 2
        if start == end and not text:
            return False
        return self.submit(TextEdit(start, end, text), "other" if selected and kind == "type"
                           else kind)

    def _delete(self, forward: bool, word: bool) -> None:
        if self._selection() is not None:
            self._replace_selection("", "other")
            return
        caret = self._caret()
        if word:
            cursor = QTextCursor(self._view.textCursor())
            cursor.movePosition(QTextCursor.MoveOperation.NextWord if forward
                                else QTextCursor.MoveOperation.PreviousWord,
                                QTextCursor.MoveMode.KeepAnchor)
            start, end = self._view.offsets.range_to_codepoint(cursor.selectionStart(),
                                                               cursor.selectionEnd())
            kind = "other"
        else:
            # One code point, as Backspace does in Qt's editors (a base letter keeps
            # its accent until that is deleted too).
            start, end = (caret, caret + 1) if forward else (caret - 1, caret)
            kind = "delete"
        if 0 <= start < end <= len(self._text()):
            self.submit(TextEdit(start, end, ""), kind)

    def paste(self, text: str) -> None:
        """Replace the selection (or insert at the caret) with plain text."""
        if text:
            self._replace_selection(text.replace("\r\n", "\n").replace("\r", "\n"), "other")

    def cut(self) -> None:
        if self._selection() is not None:
            self._view.copy()
            self._replace_selection("", "other")

    # -- events ---------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if not self.enabled:
            return False
        kind = event.type()
        if watched is self._view:
            if kind == QEvent.Type.ShortcutOverride:
                return self._shortcut_override(event)  # type: ignore[arg-type]
            if kind == QEvent.Type.KeyPress:
                return self._key(event)  # type: ignore[arg-type]
            if kind == QEvent.Type.InputMethod:
                return self._input_method(event)  # type: ignore[arg-type]
            if kind == QEvent.Type.Resize:
                self._place_banner()
            return False
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            event.ignore()
            return True
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
                    QEvent.Type.MouseButtonDblClick):
            assert isinstance(event, QMouseEvent)
            if event.button() == Qt.MouseButton.MiddleButton:
                return True  # X11's paste of the selection, behind the project's back
            if kind == QEvent.Type.MouseButtonPress and self._view.textCursor().hasSelection():
                # Pressing on the selection would start a drag that moves the text.
                self._view.setTextCursor(self._view.cursorForPosition(event.position().toPoint()))
        return False

    def _shortcut_override(self, event: QKeyEvent) -> bool:
        """Keep the keys that type or edit for the view; let the window's shortcuts
        (Undo, Redo, Ctrl+E, Ctrl+H, Ctrl+K...) through."""
        if event.matches(_SK.Undo) or event.matches(_SK.Redo):
            event.ignore()
            return True
        editing = (_typed(event) or event.key() in _BREAKS
                   or event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete)
                   or any(event.matches(k) for k in (_SK.Cut, _SK.Paste, *_WORD_BACK,
                                                     *_WORD_FORWARD, *_MOVES)))
        if editing:
            event.accept()
        else:
            event.ignore()
        return True

    def _key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if event.matches(_SK.Cut):
            self.cut()
        elif event.matches(_SK.Paste):
            self.paste(QGuiApplication.clipboard().text())
        elif any(event.matches(k) for k in _WORD_BACK):
            self._delete(forward=False, word=True)
        elif any(event.matches(k) for k in _WORD_FORWARD):
            self._delete(forward=True, word=True)
        elif key == Qt.Key.Key_Backspace:
            self._delete(forward=False, word=False)
        elif key == Qt.Key.Key_Delete:
            self._delete(forward=True, word=False)
        elif key in _BREAKS:
            self._replace_selection("\n", "split")
        elif _typed(event):
            self._replace_selection(_typed(event), "type")
        elif any(event.matches(k) for k in _MOVES) or key in (
                Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down,
                Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            return False  # the view moves the caret (or copies)
        elif key == Qt.Key.Key_Escape:
            return False
        event.accept()
        return True

    def _input_method(self, event: QInputMethodEvent) -> bool:
        """An input method's commit is typed like a key; its preedit Qt shows itself
        (it changes only the line's layout, not the document)."""
        commit = event.commitString()
        if commit or event.replacementLength():
            cursor = self._view.textCursor()
            if event.replacementLength() and not cursor.hasSelection():
                u16 = cursor.position() + event.replacementStart()
                start, end = self._view.offsets.range_to_codepoint(
                    u16, u16 + event.replacementLength())
                self.submit(TextEdit(start, end, commit), "other")
            else:
                self._replace_selection(commit, "type")
        elif event.preeditString() and self._selection() is not None:
            self._replace_selection("", "other")  # Qt would delete it itself
        rest = QInputMethodEvent(event.preeditString(), event.attributes())
        QPlainTextEdit.inputMethodEvent(self._view, rest)
        return True
