"""The transcript pane: read-only text with speaker labels styled and codings painted."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from annotator.model.entities import Code, Coding, Paragraph
from annotator.model.intervals import IntervalIndex
from annotator.model.offsets import OffsetMap
from annotator.model.speakers import recognise


def _blend(colors: list[QColor]) -> QColor:
    """Mix overlapping code colours so that a double-coded stretch looks different."""
    r = sum(c.red() for c in colors) // len(colors)
    g = sum(c.green() for c in colors) // len(colors)
    b = sum(c.blue() for c in colors) // len(colors)
    mixed = QColor(r, g, b)
    return mixed.darker(100 + 12 * (len(colors) - 1))


class TranscriptView(QPlainTextEdit):
    """Shows one source. Formats go straight into the document, outside Qt's undo history."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transcriptView")
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        font = self.font()
        font.setPointSizeF(max(font.pointSizeF(), 11.0))
        self.setFont(font)
        self._offsets = OffsetMap("")

    @property
    def offsets(self) -> OffsetMap:
        return self._offsets

    def show_source(
        self, text: str, paragraphs: list[Paragraph], codings: list[Coding], codes: list[Code]
    ) -> None:
        self._offsets = OffsetMap(text)
        document: QTextDocument = self.document()
        document.setPlainText(text)
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        label = QTextCharFormat()
        label.setFontWeight(QFont.Weight.Bold)
        label.setForeground(QColor("#37474F"))
        stamp = QTextCharFormat()
        stamp.setForeground(QColor("#78909C"))
        for paragraph in paragraphs:
            if not (paragraph.speaker or paragraph.timestamp):
                continue
            # A turn's later paragraphs carry its speaker but no label to style.
            turn = recognise(text[paragraph.start:paragraph.end])
            for span, fmt in ((turn.speaker_span, label), (turn.timestamp_span, stamp)):
                if span is not None:
                    self._format(cursor, paragraph.start + span[0],
                                 paragraph.start + span[1], fmt)
        colors = {code.id: QColor(code.color) for code in codes}
        index = IntervalIndex((c.start, c.end, c.id) for c in codings)
        by_id = {c.id: c for c in codings}
        for start, end, keys in index.segments(0, len(text)):
            if not keys:
                continue
            shade = _blend([colors[by_id[k].code_id] for k in sorted(keys)])
            fmt = QTextCharFormat()
            fmt.setBackground(shade)
            self._format(cursor, start, end, fmt)
        cursor.endEditBlock()

    def _format(self, cursor: QTextCursor, start: int, end: int, fmt: QTextCharFormat) -> None:
        u_start, u_end = self._offsets.range_to_utf16(start, end)
        cursor.setPosition(u_start)
        cursor.setPosition(u_end, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)

    def selected_range(self) -> tuple[int, int] | None:
        """The selection in code points, or None."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start = self._offsets.to_codepoint(cursor.selectionStart(), "down")
        end = self._offsets.to_codepoint(cursor.selectionEnd(), "up")
        return (start, end) if start < end else None
