"""The coding margin's labels: a code's name on a chip of its colour, wrapped over the
excerpt's lines and elided when it does not fit, in italics with a folded corner when
the coding has a memo."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPolygon

from annotator.ui.transcript.colours import readable_on


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


class LabelFonts:
    """The margin's two fonts and their metrics, made once per paint."""

    def __init__(self, font: QFont) -> None:
        self.normal = QFont(font)
        self.italic = QFont(font)
        self.italic.setItalic(True)
        self.metrics = QFontMetrics(self.normal)
        self.italic_metrics = QFontMetrics(self.italic)
        self.line_height = self.metrics.lineSpacing()


def draw_label(painter: QPainter, fonts: LabelFonts, name: str, memo: bool, color: QColor,
               ink: QColor, first_line: QRect, lines: int) -> QRect | None:
    """Draw the code's name on a chip of `color` at the right of `first_line`; the chip."""
    font = fonts.italic if memo else fonts.normal
    text = wrap_name(name, font.family(), font.pointSizeF(), memo,
                     first_line.width() - 6, lines)
    if not text:
        return None
    metrics = fonts.italic_metrics if memo else fonts.metrics
    chip_width = max(metrics.horizontalAdvance(t) for t in text) + 6
    chip = QRect(first_line.right() - chip_width + 1, first_line.top(), chip_width,
                 first_line.height() * len(text))
    painter.fillRect(chip, color)
    text_color = readable_on(color, ink)
    if memo:
        # A folded corner: this coding has a memo (hover to read it).
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(text_color)
        painter.drawPolygon(QPolygon([chip.topLeft(), chip.topLeft() + QPoint(6, 0),
                                      chip.topLeft() + QPoint(0, 6)]))
    painter.setFont(font)
    painter.setPen(text_color)
    painter.drawText(chip.adjusted(3, 0, -3, 0),
                     int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                     "\n".join(text))
    return chip
