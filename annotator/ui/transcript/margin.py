"""The coding margin: one coloured stripe per coding beside the transcript, as in MAXQDA.

Each coding gets a vertical stripe in its code's colour from the first to the last
line of its excerpt, and its code's name beside the stripe's top on a chip of the
same colour (margin_labels.py: wrapped, elided when it does not fit, italics and a
folded corner for a memo). Codings that share a paragraph are stacked in columns,
column 0 nearest the text, so stripes and names never overlap. Clicking a stripe
emits `coding_clicked(id)`; hovering shows the code path, the memo and the coder.
Colours come from the palette (a light or a dark page): the background lies
between the text's and the window's, a chip is the code's colour as the text shows
it under an excerpt (`theme.tint`).

Only what is on screen is painted: the visible text range is asked of the
`IntervalIndex`, so a paint costs the same with 50 or 50,000 codings. Columns are
assigned to all codings at once (greedy by paragraph), recomputed only when the
layer's revision changes, so stripes do not hop between columns while scrolling.

The width is reserved from the start (the first coding must not reflow the text
under the mouse) and grows only for more columns than reserved, room allowing, never
while a mouse button is down; a name uses all the room it has (`LabelPlacer`).
Comparing two coders puts each one's stripes in a group of columns.
"""

from __future__ import annotations

import html
from bisect import bisect_left

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QTextCursor,
)
from PySide6.QtWidgets import QToolTip, QWidget

from annotator.model.margin_columns import ColumnPlan, compared_columns
from annotator.ui.shared.i18n import tr
from annotator.ui.shared.theme import is_dark
from annotator.ui.transcript.margin_geometry import codings_on_screen
from annotator.ui.transcript.margin_labels import (
    GAP,
    STRIPE,
    LabelFonts,
    LabelImages,
    LabelPlacer,
    label_colours,
    margin_background,
)
from annotator.ui.transcript.view import TranscriptView, coding_tooltip

MAX_COLUMNS = 6
"""Columns drawn at most; deeper overlaps share the outermost (tooltips tell them apart)."""
RESERVED_COLUMNS = 3
"""Columns laid out from the start, however few codings there are: a name may use
the free ones, and most transcripts never need more."""

REPAINT_ALL = 50  # more changed ranges than this: repaint the whole margin
BUDGET = 180  # pixels for all columns together: the margin's width in a wide pane
ROOM_SHARE = 0.3  # of the transcript pane at most, so the text keeps the most room
MIN_COLUMN = 30  # BUDGET // MAX_COLUMNS: six columns fit the same width
GROWN_COLUMN = 60  # BUDGET // RESERVED_COLUMNS: more columns widen it, room allowing


class CodingMargin(QWidget):
    """Stripes for the codings of a `TranscriptView`; emits `coding_clicked(int)`."""

    coding_clicked = Signal(int)

    def __init__(self, view: TranscriptView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codingMargin")
        self._view = view
        self._revision = -1
        self._plan = ColumnPlan()
        self._label_images = LabelImages()
        self._compared: tuple[str, str] | None = None  # (coder A, coder B) side by side
        self._split: tuple[dict[int, int], int, int] | None = None  # see compared_columns
        self._shown_columns = RESERVED_COLUMNS
        self._room = 10_000  # see fit_pane
        self._hits: list[tuple[QRect, int]] = []
        self.labels: dict[int, tuple[str, ...]] = {}  # each name's lines, as last painted
        self.selected: int | None = None
        font = self.font()
        font.setPointSizeF(max(font.pointSizeF() - 1, 7.5))
        self.setFont(font)
        self.setMouseTracking(True)
        self.setAccessibleName(tr("Coding margin"))
        self.setAccessibleDescription(
            tr("A stripe and the code's name beside each coded excerpt; click one to "
               "select its excerpt."))
        self._painted_at: tuple[int, float] | None = None
        # What moves the text under the margin: scrolling, and resizing (reflow).
        # A change of codings is announced through update_ranges, so that adding
        # one coding repaints a few rows of the margin, not all of it.
        view.updateRequest.connect(self._text_updated)
        view.verticalScrollBar().valueChanged.connect(self.update)
        self._viewport = view.viewport()
        self._viewport.installEventFilter(self)
        self.reset_width()

    def _scroll_state(self) -> tuple[int, float]:
        view = self._view
        return view.firstVisibleBlock().blockNumber(), view.contentOffset().y()

    def _text_updated(self, _rect: QRect, dy: int) -> None:
        # Qt asks to repaint the whole text after any format change; the margin
        # follows only if the text has moved since the margin last painted.
        if dy or self._scroll_state() != self._painted_at:
            self.update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # Compare with the viewport kept at start: during teardown the view may be
        # gone while its viewport still sends events.
        if watched is self._viewport and event.type() in (
                QEvent.Type.Resize, QEvent.Type.MouseButtonRelease):
            self.update()  # (after a release: a width put off during the gesture)
        return False

    @property
    def drawn_columns(self) -> int:
        """Columns that fit the room; deeper overlaps share the outermost of them."""
        fit = max(1, (self._room - GAP) // MIN_COLUMN)
        return min(self._shown_columns, fit)

    @property
    def column_width(self) -> int:
        return max(MIN_COLUMN, (self.width() - GAP) // self.drawn_columns)

    def sizeHint(self) -> QSize:  # noqa: N802
        budget = max(BUDGET, self.drawn_columns * GROWN_COLUMN)
        return QSize(max(min(budget, self._room - GAP), MIN_COLUMN) + GAP, 100)

    def fit_pane(self, pane_width: int) -> None:
        """Narrow the margin in a narrow pane: the text is what the researcher reads."""
        room = max(MIN_COLUMN + GAP, int(pane_width * ROOM_SHARE))
        if room != self._room:
            self._room = room
            self.setFixedWidth(self.sizeHint().width())
            self.update()

    def set_selected(self, coding_id: int | None) -> None:
        """Outline one coding's stripe (the inspector's); repaint the two bands only."""
        if coding_id != self.selected:
            codings, old, self.selected = self._view.layer.codings, self.selected, coding_id
            self.update_ranges([(codings[k].start, codings[k].end) for k in (old, coding_id)
                                if k is not None and k in codings])

    def _viewport_shift(self) -> int:
        """How far below the margin's top the text viewport's top is."""
        window = self.window()
        return (self._view.viewport().mapTo(window, QPoint()).y()
                - self.mapTo(window, QPoint()).y())

    def update_ranges(self, ranges: list[tuple[int, int]]) -> None:
        """Repaint the margin beside some code-point ranges (codings just changed there).

        The repainted band covers the whole paragraphs, and reaches up to the first
        line of every coding sharing them: a new stripe can narrow the name of a
        neighbour, which is drawn at that neighbour's first line.
        """
        layer = self._view.layer
        if len(ranges) > REPAINT_ALL:
            self.update()
            return
        rows, length = layer.newlines, layer.offsets.codepoint_length
        for start, end in ranges:
            if not 0 <= start <= end <= length:
                self.update()
                return
            first, last = bisect_left(rows, start), bisect_left(rows, max(end - 1, start))
            lo = rows[first - 1] + 1 if first > 0 else 0
            hi = rows[last] + 1 if last < len(rows) else length
            for s, _e, _k in layer.index.overlapping_items(lo, max(hi, lo + 1))[:1]:
                lo = min(lo, s)  # document order: the first starts earliest
            top, bottom = self._band(lo, hi)
            if bottom > top:
                self.update(0, top, self.width(), bottom - top)

    def _band(self, start: int, end: int) -> tuple[int, int]:
        """Margin y from the line of `start` to the line of `end`, clipped to the margin."""
        view, offsets = self._view, self._view.layer.offsets
        shift = self._viewport_shift()
        cursor = QTextCursor(view.document())
        cursor.setPosition(offsets.to_utf16(start))
        top = view.cursorRect(cursor).top() + shift
        cursor.setPosition(offsets.to_utf16(min(end, offsets.codepoint_length)))
        bottom = view.cursorRect(cursor).bottom() + shift
        return max(top - 2, 0), min(bottom + 2, self.height())

    def columns(self) -> dict[int, int]:
        """The column of every coding on the source (0 nearest the text)."""
        self._sync_columns()
        return self._split[0] if self._split is not None else self._plan.columns

    def compare(self, coders: tuple[str, str] | None) -> None:
        """Put two coders' stripes side by side (A's further out), or stop (None)."""
        if coders != self._compared:
            self._compared = coders
            self._revision = -1
            self._shown_columns = RESERVED_COLUMNS
            self.update()

    def reset_width(self) -> None:
        """Fit the width to the current source again (call after showing a new one)."""
        self._revision = -1
        self._shown_columns = RESERVED_COLUMNS
        self._hits = []
        self._sync_columns()
        self.setFixedWidth(self.sizeHint().width())
        self.update()

    def _sync_columns(self) -> None:
        layer = self._view.layer
        if layer.revision == self._revision:
            return
        self._revision = layer.revision
        self._plan.sync(layer)
        self._split = None
        if self._compared is not None:
            # Two plans, one per coder: only while comparing, so a full plan is fine.
            self._split = compared_columns(layer.codings.values(), layer.newlines,
                                           self._compared[0])
            self._shown_columns = self._split[2]
        # The columns only grow while a source is shown, so that stripes do not
        # change places as codings come and go; the width stays as it is.
        wanted = max(RESERVED_COLUMNS, min(self._plan.count, MAX_COLUMNS))
        if self._split is None and wanted > self._shown_columns:
            self._shown_columns = wanted
        if self.sizeHint().width() != self.minimumWidth():
            if QGuiApplication.mouseButtons() == Qt.MouseButton.NoButton:
                self.setFixedWidth(self.sizeHint().width())
            self._revision = -1  # (with a button down, after its release: not mid-drag)

    # -- geometry ------------------------------------------------------------
    def stripes(self) -> list[tuple[QRect, int]]:
        return list(self._hits)  # (rectangle, coding id) as last painted, for clicks and tests

    def stripe_rect(self, coding_id: int) -> QRect | None:
        return next((QRect(rect) for rect, key in self._hits if key == coding_id), None)

    # -- painting ------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        self._sync_columns()
        self._painted_at = self._scroll_state()
        painter = QPainter(self)
        # Qt joins the bands asked for (an old and a new selection, far apart) into one
        # region; its bounding rect would redraw every name between them.
        region = event.region()
        dirty = event.rect()
        palette = self.palette()
        dark = is_dark(palette)
        ink = palette.color(QPalette.ColorRole.Text)
        painter.fillRect(dirty, margin_background(palette))
        layer = self._view.layer
        columns = self.columns()
        width, column_width = self.width(), self.column_width
        if self._split is not None:
            # Between the two coders' groups of columns.
            x = width - GAP - self._split[1] * column_width
            painter.fillRect(QRect(x, dirty.top(), 1, dirty.height()),
                             palette.color(QPalette.ColorRole.Mid))
        fonts = LabelFonts(self.font())
        colours: dict[int, tuple[QColor, QColor, QColor]] = {}  # by code colour
        last = self.drawn_columns - 1
        shown = [(key, min(columns.get(key, 0), last), int(top) + 1,
                  max(int(bottom) - 1, int(top) + 4), int(end))
                 for key, top, bottom, end in codings_on_screen(self._view, self._viewport_shift())]
        by_column: dict[int, list[tuple[int, int, int]]] = {}
        for key, column, top, bottom, _end in shown:
            by_column.setdefault(column, []).append((top, bottom, key))
        self._hits = []
        before, self.labels = self.labels, {}
        placer = LabelPlacer(fonts, width, column_width, last, self.height(), by_column)
        for key, column, top, bottom, paragraph_end in shown:
            right = width - GAP - column * column_width
            area = QRect(right - column_width + GAP, top, column_width - GAP, bottom - top)
            self._hits.append((area, key))
            if top > dirty.bottom():  # so are all after it; a name only narrows later ones
                if key in before:
                    self.labels[key] = before[key]
                continue
            coding = layer.codings[key]
            color = layer.color(coding.code_id)
            code = layer.codes.get(coding.code_id)
            memo = bool(coding.memo)
            text, chip = placer.place(key, column, top, bottom, paragraph_end,
                                      code.name if code else "?", memo)
            self.labels[key] = text
            drawn = area if chip is None else area.united(chip)
            if not region.intersects(drawn.adjusted(-1, -1, 1, 1)):
                continue  # outside what Qt asked to repaint (one new coding, say)
            shades = colours.get(color.rgba())
            if shades is None:
                shades = colours[color.rgba()] = label_colours(color, palette, dark)
            stripe, chip_color, name_color = shades
            painter.fillRect(QRect(right - STRIPE, top, STRIPE, bottom - top), stripe)
            if chip is not None:
                self._label_images.draw(painter, fonts, text, chip, memo, chip_color,
                                        name_color)
            if key == self.selected:
                # Outline the stripe and the chip (an outline of the whole column
                # would cross a name that reaches into the columns further out).
                painter.setPen(ink)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(QRect(right - STRIPE - 1, top - 1, STRIPE + 1, bottom - top + 1))
                if chip is not None:
                    painter.drawRect(chip.adjusted(-1, -1, 0, 0))
        painter.end()

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
        coder = html.escape(layer.codings[key].coder) or tr("(no name)")
        return (coding_tooltip(layer, [layer.codings[key]]) + "<br>"
                + tr("Coded by {coder}").format(coder=coder))
