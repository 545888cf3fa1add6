"""The coding margin: one coloured stripe per coding beside the transcript, as in MAXQDA.

Each coding gets a vertical stripe in its code's colour from the first to the last
line of its excerpt, and its code's name beside the stripe's top, on a chip of the
same colour, wrapped over the excerpt's lines and elided when it does not fit.
Codings that share a paragraph are stacked in columns, column 0 nearest the text,
so stripes and names never overlap; a coding with a memo has its name in italics
and a dark folded corner on its chip. Clicking a stripe or name emits
`coding_clicked(id)`; hovering shows the code path and the memo.

Only what is on screen is painted: the visible text range is asked of the
`IntervalIndex`, so a paint costs the same with 50 or 50,000 codings. Columns are
assigned to all codings at once (greedy by paragraph), recomputed only when the
layer's revision changes, so stripes do not hop between columns while scrolling.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left, bisect_right
from functools import lru_cache

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPolygon,
)
from PySide6.QtWidgets import QToolTip, QWidget

from annotator.ui.transcript_view import TranscriptView, coding_tooltip

MAX_COLUMNS = 6
"""Columns drawn at most; deeper overlaps share the outermost column (the tooltip
and the text's own colours still tell them apart)."""

BUDGET = 230  # pixels for all columns together, before the minimum width applies
MIN_COLUMN, MAX_COLUMN = 40, 120
STRIPE = 4
GAP = 2
BACKGROUND = "#F5F5F2"
TEXT_COLOR = "#212121"


def assign_columns(items: list[tuple[int, int, int]]) -> tuple[dict[int, int], int]:
    """Give each (first row, last row, id) the lowest column free from its first row.

    Rows are inclusive (paragraph numbers). Longer codings starting on the same row
    come first, so they sit nearer the text. Returns (columns, column count).
    """
    order = sorted(items, key=lambda t: (t[0], -t[1]))
    columns: dict[int, int] = {}
    busy: list[tuple[int, int]] = []  # (last row, column) of codings still open
    free: list[int] = []
    count = 0
    for first, last, key in order:
        while busy and busy[0][0] < first:
            heapq.heappush(free, heapq.heappop(busy)[1])
        if free:
            column = heapq.heappop(free)
        else:
            column = count
            count += 1
        columns[key] = column
        heapq.heappush(busy, (last, column))
    return columns, count


@lru_cache(maxsize=4096)
def wrap_name(name: str, family: str, size: float, italic: bool, width: int,
              lines: int) -> tuple[str, ...]:
    """`name` in at most `lines` lines of `width` pixels, the last one elided."""
    font = QFont(family)
    font.setPointSizeF(size)
    font.setItalic(italic)
    metrics = QFontMetrics(font)
    out: list[str] = []
    words = name.split()
    while words and len(out) < lines - 1:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line = f"{line} {words.pop(0)}"
        if metrics.horizontalAdvance(line) > width:
            words.insert(0, line)
            break
        out.append(line)
    if words:
        out.append(metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width))
    return tuple(line for line in out if line)


class CodingMargin(QWidget):
    """Stripes for the codings of a `TranscriptView`; emits `coding_clicked(int)`."""

    coding_clicked = Signal(int)

    def __init__(self, view: TranscriptView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codingMargin")
        self._view = view
        self._revision = -1
        self._columns: dict[int, int] = {}
        self._shown_columns = 1
        self._hits: list[tuple[QRect, int]] = []
        self.selected: int | None = None
        font = self.font()
        font.setPointSizeF(max(font.pointSizeF() - 1, 7.5))
        self.setFont(font)
        self.setMouseTracking(True)
        # updateRequest fires on every scroll and every repaint of the text, which
        # covers layout changes, resizes and newly painted codings.
        view.updateRequest.connect(lambda _rect, _dy: self.update())
        self.reset_width()

    @property
    def column_width(self) -> int:
        return max(MIN_COLUMN, min(MAX_COLUMN, BUDGET // self._shown_columns))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self._shown_columns * self.column_width + GAP, 100)

    def set_selected(self, coding_id: int | None) -> None:
        """Outline one coding's stripe (the inspector's excerpt)."""
        if coding_id != self.selected:
            self.selected = coding_id
            self.update()

    def columns(self) -> dict[int, int]:
        """The column of every coding on the source (0 nearest the text)."""
        self._sync_columns()
        return self._columns

    def reset_width(self) -> None:
        """Fit the width to the current source again (call after showing a new one)."""
        self._revision = -1
        self._shown_columns = 1
        self._sync_columns()
        self.setFixedWidth(self.sizeHint().width())

    def _sync_columns(self) -> None:
        layer = self._view.layer
        if layer.revision == self._revision:
            return
        self._revision = layer.revision
        rows = layer.newlines
        self._columns, count = assign_columns(
            [(bisect_left(rows, s), bisect_left(rows, e - 1), k) for s, e, k in
             layer.index.items()])
        # The width only grows while a source is shown: a margin that shrank as
        # codings were removed would reflow the text under the researcher's eyes.
        wanted = max(1, min(count, MAX_COLUMNS))
        if wanted > self._shown_columns:
            self._shown_columns = wanted
            self.setFixedWidth(self.sizeHint().width())

    # -- geometry ------------------------------------------------------------
    def stripes(self) -> list[tuple[QRect, int]]:
        """(rectangle, coding id) of each stripe as last painted, for clicks and tests."""
        return list(self._hits)

    def stripe_rect(self, coding_id: int) -> QRect | None:
        for rect, key in self._hits:
            if key == coding_id:
                return QRect(rect)
        return None

    def _visible(self) -> list[tuple[int, float, float]]:
        """(id, top, bottom) of the codings on screen, y in margin coordinates."""
        view = self._view
        layer = view.layer
        if not layer.codings:
            return []
        viewport = view.viewport()
        dy = viewport.mapTo(self.window(), QPoint()).y() - self.mapTo(self.window(), QPoint()).y()
        offset = view.contentOffset()
        height = viewport.height()
        blocks = []  # (first u16, end u16, block, top)
        block = view.firstVisibleBlock()
        while block.isValid():
            top = view.blockBoundingGeometry(block).translated(offset).top()
            if top > height:
                break
            if block.isVisible():
                blocks.append((block.position(), block.position() + block.length(), block, top))
            block = block.next()
        if not blocks:
            return []
        offsets = layer.offsets
        lo = offsets.to_codepoint(blocks[0][0], "down")
        hi = offsets.to_codepoint(min(blocks[-1][1], offsets.utf16_length), "up")
        starts = [b[0] for b in blocks]

        def y_of(cp: int, bottom: bool) -> float:
            u16 = offsets.to_utf16(cp)
            if u16 < blocks[0][0]:
                return -4.0
            first, end, blk, top = blocks[bisect_right(starts, u16) - 1]
            if u16 >= end:
                return height + 4.0
            line = blk.layout().lineForTextPosition(u16 - first)
            if not line.isValid():
                return top
            return top + line.y() + (line.height() if bottom else 0.0)

        return [(key, y_of(start, False) + dy, y_of(end - 1, True) + dy)
                for start, end, key in layer.index.overlapping_items(lo, max(hi, lo + 1))]

    # -- painting ------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        self._sync_columns()
        painter = QPainter(self)
        painter.fillRect(event.rect(), QColor(BACKGROUND))
        layer = self._view.layer
        width, column_width = self.width(), self.column_width
        line_height = QFontMetrics(self.font()).height()
        self._hits = []
        for key, top, bottom in self._visible():
            coding = layer.codings[key]
            column = min(self._columns.get(key, 0), self._shown_columns - 1)
            right = width - GAP - column * column_width
            top_i, bottom_i = int(top) + 1, max(int(bottom) - 1, int(top) + 4)
            area = QRect(right - column_width + GAP, top_i, column_width - GAP,
                         bottom_i - top_i)
            self._hits.append((area, key))
            color = layer.color(coding.code_id)
            painter.fillRect(QRect(right - STRIPE, top_i, STRIPE, bottom_i - top_i),
                             color.darker(130))
            code = layer.codes.get(coding.code_id)
            # The name starts at the excerpt's first visible line and may use every
            # line the excerpt spans (at least one).
            label_top = max(top_i, 0)
            lines = max(1, (min(bottom_i, self.height()) - label_top) // line_height)
            self._draw_label(painter, code.name if code else "?", bool(coding.memo), color,
                             QRect(area.left(), label_top, area.width() - STRIPE - 1,
                                   line_height), lines)
            if key == self.selected:
                painter.setPen(QColor(TEXT_COLOR))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(area.adjusted(0, 0, -1, -1))
        painter.end()

    def _draw_label(self, painter: QPainter, name: str, memo: bool, color: QColor,
                    first_line: QRect, lines: int) -> None:
        font = QFont(self.font())
        font.setItalic(memo)
        text = wrap_name(name, font.family(), font.pointSizeF(), memo,
                         first_line.width() - 6, lines)
        if not text:
            return
        metrics = QFontMetrics(font)
        chip_width = max(metrics.horizontalAdvance(t) for t in text) + 6
        chip = QRect(first_line.right() - chip_width + 1, first_line.top(), chip_width,
                     first_line.height() * len(text))
        painter.fillRect(chip, color)
        if memo:
            # A folded corner: this coding has a memo (hover to read it).
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(TEXT_COLOR))
            painter.drawPolygon(QPolygon([chip.topLeft(), chip.topLeft() + QPoint(6, 0),
                                          chip.topLeft() + QPoint(0, 6)]))
        painter.setFont(font)
        painter.setPen(QColor(TEXT_COLOR))
        for i, line in enumerate(text):
            row = QRect(chip.left() + 3, chip.top() + i * first_line.height(),
                        chip_width - 6, first_line.height())
            painter.drawText(row, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             line)

    # -- mouse ---------------------------------------------------------------
    def _coding_at(self, point: QPoint) -> int | None:
        # Later stripes are painted on top; search from the end so the click picks
        # what is drawn.
        for rect, key in reversed(self._hits):
            if rect.contains(point):
                return key
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        key = self._coding_at(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and key is not None:
            self.set_selected(key)
            self.coding_clicked.emit(key)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        over = self._coding_at(event.position().toPoint()) is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def tooltip_at(self, point: QPoint) -> str:
        """The code path and memo of the stripe under a point, or ""."""
        key = self._coding_at(point)
        layer = self._view.layer
        if key is None or key not in layer.codings:
            return ""
        return coding_tooltip(layer, [layer.codings[key]])
