"""The transcript text: read-only, labels styled, codings painted, selectable to the character.

`TranscriptView` shows one source. Everything it says about positions is in code
points, converted at the boundary by its `OffsetMap` (``view.offsets``). Painting
is done by its `CodingLayer` (``view.layer``, see transcript_paint.py); coding
actions belong to the panel around it (transcript_panel.py), which listens to the
view's signals:

- `codes_dropped(list)`: code ids dragged from the code tree and dropped while
  text is selected;
- `number_pressed(int)`: a key 1-9 pressed while text is selected.

The view never changes the project itself.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QTextCursor,
    QTextLine,
)
from PySide6.QtWidgets import QPlainTextEdit, QToolTip, QWidget

from annotator.model.entities import Code, Coding, Paragraph
from annotator.model.offsets import OffsetMap
from annotator.ui.shared.i18n import tr
from annotator.ui.shared.mime import CODE_IDS, code_ids_from
from annotator.ui.transcript.find_marks import FindMarks
from annotator.ui.transcript.paint import CodingLayer
from annotator.ui.transcript.word_snap import WordSnap

# Letters of the right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, NKo...).
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
# By the key's int: QKeyEvent.key() may be a code that Qt.Key has no member for.
_DIGITS = {Qt.Key.Key_1.value + n - 1: n for n in range(1, 10)}


class TranscriptView(QPlainTextEdit):
    """Shows one source; formats go straight into the document, outside Qt's undo history.

    Signals: `codes_dropped(list)`, `number_pressed(int)` (see the module docstring).
    """

    codes_dropped = Signal(list)
    number_pressed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transcriptView")
        self.setReadOnly(True)
        # Read-only text edits select by mouse only; researchers also select with
        # Shift+arrows, which needs a (non-editing) caret.
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        # Keeps our format writes out of any undo history; the project has its own.
        self.setUndoRedoEnabled(False)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setAcceptDrops(True)
        font = self.font()
        font.setPointSizeF(max(font.pointSizeF(), 11.0))
        self.setFont(font)
        self.document().setDocumentMargin(8)
        self.layer = CodingLayer(self.document(), self.palette())
        self.layer.repainted = self._repaint_ranges
        self.marks = FindMarks(self, self.layer)
        self.word_snap = WordSnap(self)  # mouse selections widened to whole words
        self.setAccessibleName(tr("Transcript"))
        self.setAccessibleDescription(
            tr("The transcript's text with its coded excerpts shaded in their codes' "
               "colours; select words and press 1 to 9, Ctrl+K or drop a code to code "
               "them."))

    @property
    def offsets(self) -> OffsetMap:
        return self.layer.offsets

    # -- content -----------------------------------------------------------
    def show_source(self, text: str, paragraphs: list[Paragraph], codings: list[Coding],
                    codes: list[Code]) -> None:
        """Show a text with its labels styled and codings painted."""
        self.setPlainText(text)
        self.layer.load(text, paragraphs, codings, codes)
        self._align_right_to_left(text)
        self.set_found([])  # marks of the text shown before

    def set_found(self, ranges: list[tuple[int, int]]) -> None:
        """Mark the search's matches in the text ([start, end) code points) over the
        codes' colours, as a find bar does; an empty list clears them."""
        self.marks.set(ranges)

    def found(self) -> list[tuple[int, int]]:
        return self.marks.found

    def _repaint_ranges(self, ranges: list[tuple[int, int]]) -> None:
        """Repaint the paragraphs on screen that hold these code-point ranges."""
        document, offsets, viewport = self.document(), self.layer.offsets, self.viewport()
        first = self.firstVisibleBlock()
        if not first.isValid():
            return
        last = self.cursorForPosition(viewport.rect().bottomLeft()).block().blockNumber()
        shown = range(first.blockNumber(), last + 1)
        shift = self.contentOffset()
        for start, end in ranges:
            top = document.findBlock(offsets.to_utf16(start)).blockNumber()
            bottom = document.findBlock(offsets.to_utf16(max(start, end - 1))).blockNumber()
            top, bottom = max(top, shown.start), min(bottom, shown.stop - 1)
            if top > bottom:
                continue  # off screen: painted when scrolled to
            upper = self.blockBoundingGeometry(document.findBlockByNumber(top)).translated(shift)
            lower = self.blockBoundingGeometry(document.findBlockByNumber(bottom)).translated(shift)
            viewport.update(0, int(upper.top()), viewport.width(),
                            int(lower.bottom() - upper.top()) + 2)

    def _align_right_to_left(self, text: str) -> None:
        """Align the whole text right when it is mostly right-to-left (Arabic, Hebrew).

        Qt orders the characters of every line correctly by itself, but a
        QPlainTextEdit aligns all its blocks alike (it ignores block formats), so a
        mixed transcript stays aligned left, its right-to-left lines still reading
        correctly.
        """
        option = self.document().defaultTextOption()
        letters = len(text) - text.count(" ") - text.count("\n")
        rtl = bool(letters) and 2 * len(_RTL.findall(text)) > letters
        align = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        if option.alignment() != align | Qt.AlignmentFlag.AlignAbsolute:
            option.setAlignment(align | Qt.AlignmentFlag.AlignAbsolute)
            self.document().setDefaultTextOption(option)

    def clear(self) -> None:
        """Show nothing."""
        super().clear()
        self.layer.clear()

    # -- selection, in code points -------------------------------------------
    def selected_range(self) -> tuple[int, int] | None:
        """The selection in code points, or None."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start, end = self.offsets.range_to_codepoint(cursor.selectionStart(),
                                                     cursor.selectionEnd())
        return (start, end) if start < end else None

    def selected_text(self) -> str:
        """The selected characters exactly as the source has them."""
        selected = self.selected_range()
        if selected is None:
            return ""
        start, end = self.offsets.range_to_utf16(*selected)
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        # Qt writes line breaks inside a selection as U+2029.
        return cursor.selectedText().replace("\u2029", "\n")

    def select_range(self, start: int, end: int, *, centre: bool = True) -> None:
        """Select [start, end) (code points); with `centre`, scroll it to the middle."""
        u_start, u_end = self.offsets.range_to_utf16(start, end)
        if centre:
            # Centre the middle of the excerpt; the start is then made visible too
            # by setTextCursor below if the excerpt is taller than the view.
            middle = QTextCursor(self.document())
            middle.setPosition((u_start + u_end) // 2)
            self.setTextCursor(middle)
            self.centerCursor()
        cursor = QTextCursor(self.document())
        # Anchor at the end so that the caret, which Qt keeps visible, is at the start.
        cursor.setPosition(u_end)
        cursor.setPosition(u_start, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def caret_position(self) -> int | None:
        """The code point of the character at the caret (selection start if any)."""
        if self.document().isEmpty():
            return None
        cursor = self.textCursor()
        u16 = cursor.selectionStart() if cursor.hasSelection() else cursor.position()
        return self.offsets.to_codepoint(min(u16, self.offsets.utf16_length), "down")

    # -- what is under the mouse ----------------------------------------------
    def position_at(self, point: QPoint) -> int | None:
        """The code point of the character drawn under a viewport point, or None.

        Unlike `cursorForPosition`, which snaps to the nearest gap between two
        characters anywhere on the page, this answers only over a character, and
        gives the character itself (right-to-left lines included).
        """
        block = self.cursorForPosition(point).block()
        if not block.isValid():
            return None
        top_left = self.blockBoundingGeometry(block).translated(self.contentOffset()).topLeft()
        local = point.toPointF() - top_left
        layout = block.layout()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            rect = line.naturalTextRect()
            if rect.top() <= local.y() < rect.bottom():
                if not rect.left() <= local.x() < rect.right():
                    return None
                u16 = block.position() + line.xToCursor(
                    local.x(), QTextLine.CursorPosition.CursorOnCharacter)
                if u16 >= block.position() + block.length() - 1:
                    return None
                return self.offsets.to_codepoint(u16, "down")
        return None

    def codings_at_point(self, point: QPoint) -> list[Coding]:
        """Codings under a viewport point, innermost first."""
        position = self.position_at(point)
        return [] if position is None else self.layer.codings_at(position)

    def tooltip_at(self, point: QPoint) -> str:
        """Rich text naming the codes (paths) and memos of the codings under a point."""
        return coding_tooltip(self.layer, self.codings_at_point(point))

    # -- events (Qt overrides keep camelCase) ----------------------------------
    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            # Light or dark: excerpt backgrounds, label colours and marks follow.
            self.layer.set_palette(self.palette())
            self.marks.refresh(force=True)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        self.word_snap.released(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        number = _DIGITS.get(int(event.key()))
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if number and plain == Qt.KeyboardModifier.NoModifier and self.selected_range():
            self.number_pressed.emit(number)
            event.accept()
            return
        super().keyPressEvent(event)

    # A code drag is accepted anywhere on the text while something is selected, and
    # always codes the SELECTION, wherever it is dropped: the highlighted words are
    # what the researcher means, and aiming a drop at one short word is fiddly.
    def _wants(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> bool:
        return bool(code_ids_from(event.mimeData())) and self.selected_range() is not None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasFormat(CODE_IDS):
            if self._wants(event):
                event.acceptProposedAction()
            else:
                event.ignore()
            return
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        if event.mimeData().hasFormat(CODE_IDS):
            # Not passed on: Qt would move a drop caret, which a read-only view
            # has no use for.
            if self._wants(event):
                event.acceptProposedAction()
            else:
                event.ignore()
            return
        super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        ids = code_ids_from(event.mimeData())
        if ids:
            if self.selected_range() is None:
                event.ignore()
                return
            event.acceptProposedAction()
            self.codes_dropped.emit(ids)
            return
        super().dropEvent(event)


def coding_tooltip(layer: CodingLayer, codings: list[Coding]) -> str:
    """Rich text for a list of codings: each code's path in bold, its memo below."""
    parts: list[str] = []
    for coding in codings:
        color = layer.color(coding.code_id).name()
        line = (f"<span style='color:{color}'>■</span> "
                f"<b>{html.escape(layer.path(coding.code_id))}</b>")
        if coding.memo:
            memo = html.escape(coding.memo if len(coding.memo) <= 300
                               else coding.memo[:299] + "…")
            line += f"<br><i>{memo}</i>"
        parts.append(line)
    return "<br>".join(parts)
