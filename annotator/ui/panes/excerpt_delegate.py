"""How the retrieval list paints an excerpt: a dimmed line of what came before, the
excerpt itself wrapped over a few lines, and a dimmed line of what came after."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
)

CONTEXT = Qt.ItemDataRole.UserRole + 2  # (before, excerpt, after) for the delegate
MAX_LINES = 4
"""Lines of an excerpt shown in its row; a longer one ends in "…" (the whole of it is
shown below the list when its row is current)."""
PAD = 3


def _line_starts(text: str, font: QFont, width: int, most: int) -> list[int]:
    """Where each line of `text` wrapped at `width` starts, for at most `most` lines."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    starts: list[int] = []
    layout.beginLayout()
    while len(starts) < most:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        starts.append(line.textStart())
    layout.endLayout()
    return starts


def shown_whole(text: str, font: QFont, width: int) -> bool:
    """True when an excerpt fits in its row's lines at `width` (nothing elided)."""
    return len(_line_starts(text, font, width, MAX_LINES + 1)) <= MAX_LINES


def _wrapped(text: str, font: QFont, width: int) -> list[str]:
    """`text` broken into the lines it takes at `width`, at most MAX_LINES, the last
    elided when there is more."""
    starts = _line_starts(text, font, width, MAX_LINES)
    if not starts:
        return [""]
    lines = [text[a:b] for a, b in zip(starts, starts[1:], strict=False)]
    last = text[starts[-1]:]
    lines.append(QFontMetrics(font).elidedText(last, Qt.TextElideMode.ElideRight, width))
    return lines


class ExcerptDelegate(QStyledItemDelegate):
    """Paints an excerpt between a line of context each side; rows as tall as that."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view
        # Lines an excerpt takes, by (words, width, font): a row's height is asked for
        # again at each layout, and wrapping thousands of excerpts is what costs.
        self._lines: dict[tuple[str, int, str], int] = {}

    def _width(self, index: QModelIndex | QPersistentModelIndex) -> int:
        return max(40, self._view.header().sectionSize(index.column()) - 2 * PAD - 4)

    def elided(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        """True when the row shows only the start of its excerpt."""
        parts = index.data(CONTEXT)
        return bool(parts) and not shown_whole(parts[1], self._view.font(), self._width(index))

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        parts = index.data(CONTEXT)
        if not parts:
            return super().sizeHint(option, index)
        before, text, after = parts
        width = self._width(index)
        key = (text, width, option.font.key())
        lines = self._lines.get(key)
        if lines is None:
            if len(self._lines) > 20000:
                self._lines.clear()
            lines = self._lines[key] = max(1, len(_line_starts(text, option.font, width,
                                                                 MAX_LINES)))
        lines += bool(before) + bool(after)
        return QSize(width, lines * QFontMetrics(option.font).lineSpacing() + 2 * PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        parts = index.data(CONTEXT)
        if not parts:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        before, text, after = parts
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        ink = palette.color(QPalette.ColorRole.HighlightedText if selected
                            else QPalette.ColorRole.Text)
        # Selected, the context keeps the highlight's text colour: dimmed it would be
        # unreadable on the highlight.
        dim = ink if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        font = option.font
        metrics = QFontMetrics(font)
        step = metrics.lineSpacing()
        left = option.rect.left() + PAD + 2
        width = option.rect.width() - 2 * PAD - 4
        y = option.rect.top() + PAD
        painter.save()
        painter.setFont(font)
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if before:
            painter.setPen(dim)
            painter.drawText(QRect(left, y, width, step), flags,
                             metrics.elidedText(before.strip(), Qt.TextElideMode.ElideLeft, width))
            y += step
        painter.setPen(ink)
        for line in _wrapped(text, font, self._width(index)):
            painter.drawText(QPointF(left, y + metrics.ascent()), line)
            y += step
        if after:
            painter.setPen(dim)
            painter.drawText(QRect(left, y, width, step), flags,
                             metrics.elidedText(after.strip(), Qt.TextElideMode.ElideRight, width))
        painter.restore()
