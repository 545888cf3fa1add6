"""Mouse selections snapped to whole words, so that no excerpt starts or ends mid-word.

A drag that ends inside "gathering" would otherwise code "data gatheri", and that
fragment goes on into retrieval, the report and the codebook. When the mouse button
is released, `WordSnap` widens the selection to the words it cuts and drops spaces
at its ends; the selection shown is then exactly what a code is applied to.

Words are Qt's (`QTextBoundaryFinder`, Unicode's word boundaries): a Chinese or
Japanese text has a boundary between any two ideographs, so it is never widened to
the next space, which may be a whole sentence away.

What is kept exactly as made:
- a selection made with Alt held (the mouse covers only part of a word on purpose);
- a double-click followed by a drag: it selects exactly the characters from the
  double-clicked point to the mouse, even inside one word (a double-click alone
  still selects its word, as everywhere);
- keyboard selections (Shift+arrows), which never pass through here;
- everything while the preference "Snap selections to whole words" is off.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTextBoundaryFinder
from PySide6.QtGui import QMouseEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from annotator.ui.shared.preferences import load_preferences

_SPACES = frozenset(" \t\n\r\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
                    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
_KEEP = QTextCursor.MoveMode.KeepAnchor


def snap_span(start: int, end: int, previous: int, following: int,
              is_space: Callable[[int], bool]) -> tuple[int, int]:
    """The pure rule: [start, end) widened to `previous` (the word boundary at or before
    `start`) and `following` (at or after `end`), then without spaces at either end.

    A selection of nothing but spaces is left as it was.
    """
    lo, hi = previous, following
    while lo < hi and is_space(lo):
        lo += 1
    while hi > lo and is_space(hi - 1):
        hi -= 1
    return (lo, hi) if lo < hi else (start, end)


def word_boundary(document: QTextDocument, position: int, forward: bool) -> int:
    """The word boundary at `position` (a document position, UTF-16), or the nearest one
    before it (`forward` False) or after it."""
    block = document.findBlock(position)
    if not block.isValid():
        return position
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Word, block.text())
    finder.setPosition(position - block.position())
    if finder.isAtBoundary():
        return position
    found = finder.toNextBoundary() if forward else finder.toPreviousBoundary()
    if found < 0:
        return block.position() + (block.length() - 1 if forward else 0)
    return block.position() + found


def snapped(document: QTextDocument, start: int, end: int) -> tuple[int, int]:
    """[start, end) (document positions) widened to whole words, spaces trimmed."""

    def is_space(position: int) -> bool:
        return document.characterAt(position) in _SPACES

    return snap_span(start, end, word_boundary(document, start, False),
                     word_boundary(document, end, True), is_space)


def snapping_on() -> bool:
    """The preference, read at each release so that a change applies at once."""
    return load_preferences().snap_words


class WordSnap(QObject):
    """Watches a text view's mouse and snaps each mouse selection on release.

    The view calls `released()` after handling a mouse release itself; presses,
    double-clicks and moves are seen through an event filter on its viewport.
    """

    def __init__(self, view: QPlainTextEdit) -> None:
        super().__init__(view)
        self._view = view
        self._exact = False  # this gesture keeps the characters the mouse covered
        self._double: tuple[QPointF, int] | None = None  # (point, position) of a double-click
        self._dragging = False  # a double-click's drag has begun
        self._before: tuple[int, int] = (-1, -1)
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind not in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
                        QEvent.Type.MouseMove):
            return False
        assert isinstance(event, QMouseEvent)
        if kind == QEvent.Type.MouseMove:
            return self._moved(event)
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        if kind == QEvent.Type.MouseButtonPress:
            cursor = self._view.textCursor()
            self._before = (cursor.anchor(), cursor.position())
            self._exact = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
            self._double, self._dragging = None, False
        else:
            # Qt selects the word now; a drag from here selects exactly.
            self._exact = True
            self._double = (event.position(),
                            self._view.cursorForPosition(event.position().toPoint()).position())
            self._dragging = False
        return False

    def _moved(self, event: QMouseEvent) -> bool:
        if self._double is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return False
        point, anchor = self._double
        if not self._dragging:
            if ((event.position() - point).manhattanLength()
                    < QApplication.startDragDistance()):
                return False
            self._dragging = True
        # Qt would extend the double-clicked word by whole words: select by character.
        cursor = QTextCursor(self._view.document())
        cursor.setPosition(anchor)
        cursor.setPosition(self._view.cursorForPosition(event.position().toPoint()).position(),
                           _KEEP)
        self._view.setTextCursor(cursor)
        return True

    def released(self, event: QMouseEvent) -> None:
        """Snap the selection the mouse has just made (see the module docstring)."""
        if event.button() != Qt.MouseButton.LeftButton:
            return
        exact = self._exact or bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        self._exact, self._double, self._dragging = False, None, False
        view = self._view
        cursor = view.textCursor()
        if (exact or not cursor.hasSelection() or not view.isReadOnly()
                or (cursor.anchor(), cursor.position()) == self._before
                or not snapping_on()):
            return
        start, end = snapped(view.document(), cursor.selectionStart(), cursor.selectionEnd())
        if (start, end) == (cursor.selectionStart(), cursor.selectionEnd()):
            return
        backwards = cursor.anchor() > cursor.position()
        cursor.setPosition(end if backwards else start)
        cursor.setPosition(start if backwards else end, _KEEP)
        view.setTextCursor(cursor)
