"""A horizontal bar chart of code frequencies, painted with QPainter.

Why no dependency: PySide6 Essentials has no QtCharts, and the add-on wheel
(PySide6-Addons) is ~200 MB on disk for one chart; matplotlib or pyqtgraph bring
NumPy and their own styling for what is about a hundred lines of painting here.
Painting it ourselves keeps the app small, offline-installable and consistent
with the palette, and the chart grabs cleanly to PNG for a report.

One bar per code (label on the left, the code's colour, the count after the
bar); the widget asks for the height its bars need, so it sits in a scroll area.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from annotator.ui.shared.i18n import tr

BAR_GAP = 6
MARGIN = 12


class BarChart(QWidget):
    """`set_bars([(label, value, "#RRGGBB"), ...])` draws them top to bottom."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codeFrequencyChart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self._bars: list[tuple[str, int, str]] = []
        self.empty_text = tr("Nothing coded yet.")
        self.setAccessibleName(tr("Code frequencies"))
        self.setAccessibleDescription(tr(
            "A bar chart of how many codings each code has, the most used first."))

    def set_bars(self, bars: Sequence[tuple[str, int, str]]) -> None:
        self._bars = list(bars)
        self.updateGeometry()
        self.update()

    def bars(self) -> list[tuple[str, int, str]]:
        return list(self._bars)

    def _row_height(self) -> int:
        return QFontMetrics(self.font()).height() + BAR_GAP

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(480, max(60, 2 * MARGIN + len(self._bars) * self._row_height()))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(240, self.sizeHint().height())

    def label_width(self) -> int:
        metrics = QFontMetrics(self.font())
        widest = max((metrics.horizontalAdvance(label) for label, _, _ in self._bars), default=0)
        return min(widest, max(80, self.width() // 2))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        text_color = palette.text().color()
        metrics = QFontMetrics(self.font())
        if not self._bars:
            painter.setPen(palette.placeholderText().color())
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            painter.end()
            return
        label_width = self.label_width()
        count_width = metrics.horizontalAdvance(f"{max(v for _, v, _ in self._bars):,}") + 8
        left = MARGIN + label_width + 8
        span = max(1, self.width() - left - count_width - MARGIN)
        top_value = max(1, max(v for _, v, _ in self._bars))
        row = self._row_height()
        for index, (label, value, color) in enumerate(self._bars):
            y = MARGIN + index * row
            painter.setPen(text_color)
            shown = metrics.elidedText(label, Qt.TextElideMode.ElideMiddle, label_width)
            painter.drawText(QRectF(MARGIN, y, label_width, row - BAR_GAP),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, shown)
            length = span * value / top_value
            fill = QColor(color)
            if not fill.isValid():
                fill = palette.highlight().color()
            painter.setPen(fill.darker(130))
            painter.setBrush(fill)
            painter.drawRoundedRect(QRectF(left, y + 1, max(length, 1), row - BAR_GAP - 2), 2, 2)
            painter.setPen(text_color)
            painter.drawText(QRectF(left + length + 4, y, count_width, row - BAR_GAP),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             f"{value:,}")
        painter.end()
