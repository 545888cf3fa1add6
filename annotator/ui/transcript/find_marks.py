"""The search's matches marked in a transcript, as a find bar marks them.

Only the matches on screen, and a screen's height either side, are handed to Qt as
extra selections, again whenever the text scrolls or reflows: Qt walks every extra
selection at each paint, and setting all 5,530 matches of "the" in a 61,000-word
transcript took about half a second.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtGui import QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from annotator.ui.shared.theme import mark_colour
from annotator.ui.transcript.paint import CodingLayer


class FindMarks(QObject):
    """The marks in `view`, whose text `layer` describes (its offsets map code points to
    the view's UTF-16 positions). The view owns them; they know it only as a text edit."""

    def __init__(self, view: QPlainTextEdit, layer: CodingLayer) -> None:
        super().__init__(view)
        self._view = view
        self._layer = layer
        self._found: list[tuple[int, int]] = []
        self._starts: list[int] = []
        self._shown: tuple[int, int] = (0, 0)  # the slice of _found now marked
        view.verticalScrollBar().valueChanged.connect(lambda _value: self.refresh())
        view.viewport().installEventFilter(self)

    @property
    def found(self) -> list[tuple[int, int]]:
        return list(self._found)

    def set(self, ranges: list[tuple[int, int]]) -> None:
        """Mark these [start, end) code-point ranges; an empty list clears the marks."""
        self._found = sorted(ranges)
        self._starts = [start for start, _end in self._found]
        self._shown = (0, 0)
        self.refresh(force=True)

    def shown(self) -> list[tuple[int, int]]:
        """The matches marked at the moment (those on and near the screen)."""
        return self._found[slice(*self._shown)]

    def refresh(self, force: bool = False) -> None:
        view = self._view
        if not self._found:
            if force or self._shown != (0, 0):
                self._shown = (0, 0)
                view.setExtraSelections([])
            return
        lo, hi = self._near_screen()
        first = bisect_left(self._starts, lo)
        last = bisect_right(self._starts, hi)
        while first > 0 and self._found[first - 1][1] > lo:
            first -= 1  # a long match beginning above still shows its end
        if not force and (first, last) == self._shown:
            return
        self._shown = (first, last)
        palette = view.palette()
        mark = QTextCharFormat()
        mark.setBackground(mark_colour(palette))
        mark.setForeground(palette.color(QPalette.ColorRole.Text))
        offsets = self._layer.offsets
        selections = []
        for start, end in self._found[first:last]:
            u_start, u_end = offsets.range_to_utf16(start, end)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = QTextCursor(view.document())
            selection.cursor.setPosition(u_start)
            selection.cursor.setPosition(u_end, QTextCursor.MoveMode.KeepAnchor)
            selection.format = mark
            selections.append(selection)
        view.setExtraSelections(selections)

    def _near_screen(self) -> tuple[int, int]:
        """Code points from a screen above the top of the viewport to a screen below."""
        view = self._view
        height = view.viewport().height()
        top = view.cursorForPosition(QPoint(0, -height)).position()
        bottom = view.cursorForPosition(
            QPoint(view.viewport().width(), 2 * height)).block()
        end = bottom.position() + bottom.length()
        offsets = self._layer.offsets
        return (offsets.to_codepoint(top, "down"),
                offsets.to_codepoint(min(end, offsets.utf16_length), "up"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize and self._found:
            self.refresh()  # the text reflowed: other matches are on screen now
        return False
