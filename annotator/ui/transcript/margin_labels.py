"""The coding margin's labels: a code's name on a chip of its colour, wrapped over the
excerpt's lines and elided when it does not fit, in italics with a folded corner when
the coding has a memo."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QPixmap,
    QPolygon,
    QTextLayout,
    QTextOption,
)

from annotator.ui.shared.theme import tint
from annotator.ui.transcript.colours import readable_on

STRIPE = 4  # the width of a coding's stripe
GAP = 2  # between the columns, and at the margin's edges


def margin_background(palette: QPalette) -> QColor:
    """Half way between the page (Base) and the window: set apart from the text."""
    base = palette.color(QPalette.ColorRole.Base)
    window = palette.color(QPalette.ColorRole.Window)
    return QColor((base.red() + window.red()) // 2, (base.green() + window.green()) // 2,
                  (base.blue() + window.blue()) // 2)


@lru_cache(maxsize=1024)
def _colours(rgba: int, base: int, ink: int, dark: bool) -> tuple[QColor, QColor, QColor]:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Base, QColor.fromRgba(base))
    palette.setColor(QPalette.ColorRole.Text, QColor.fromRgba(ink))
    palette.setColor(QPalette.ColorRole.Window, QColor.fromRgba(base))
    color = QColor.fromRgba(rgba)
    chip = tint(color, palette)
    return (color if dark else color.darker(130)), chip, readable_on(chip, QColor.fromRgba(ink))


def label_colours(color: QColor, palette: QPalette, dark: bool) -> tuple[QColor, QColor, QColor]:
    """(stripe, chip, name) colours of a code's colour on a palette: the code's own colour
    a shade darker on a light page, where pastels fade; the chip as the text shows it
    under an excerpt (`theme.tint`); the name in the text colour if it reads well on
    the chip. Kept per colour: a paint draws dozens of labels in a few colours (the
    returned colours are shared, not to be changed)."""
    return _colours(color.rgba(), palette.color(QPalette.ColorRole.Base).rgba(),
                    palette.color(QPalette.ColorRole.Text).rgba(), dark)


@lru_cache(maxsize=4096)
def _chip_width(text: tuple[str, ...], font_key: str) -> int:
    font = QFont()
    font.fromString(font_key)
    metrics = QFontMetrics(font)
    return max(metrics.horizontalAdvance(t) for t in text) + 6


@lru_cache(maxsize=4096)
def wrap_name(name: str, family: str, size: float, italic: bool, width: int,
              lines: int) -> tuple[str, ...]:
    """`name` in at most `lines` lines of `width` pixels, the last one elided.

    Lines break where Unicode allows (between words, and between any two ideographs
    of a Chinese name); a single word too long for a line is elided on its own line
    and the next words go on, so "Community support" reads "Communi… / support"
    rather than "Com…".
    """
    font = QFont(family)
    font.setPointSizeF(size)
    font.setItalic(italic)
    metrics = QFontMetrics(font)
    elide = Qt.TextElideMode.ElideRight
    units = name.encode("utf-16-le")  # QTextLayout counts UTF-16 units

    def text(start: int, end: int | None = None) -> str:
        return units[2 * start:None if end is None else 2 * end].decode(
            "utf-16-le", "replace").strip()

    layout = QTextLayout(name, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    out: list[str] = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        start = line.textStart()
        if len(out) == lines - 1:
            out.append(metrics.elidedText(" ".join(text(start).split()), elide, width))
            break
        out.append(metrics.elidedText(text(start, start + line.textLength()), elide, width))
    layout.endLayout()
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
        self.normal_key, self.italic_key = self.normal.toString(), self.italic.toString()


def label_chip(fonts: LabelFonts, name: str, memo: bool, first_line: QRect, lines: int
               ) -> tuple[tuple[str, ...], QRect | None]:
    """The lines of a name and the chip they take at the right of `first_line`."""
    font = fonts.italic if memo else fonts.normal
    text = wrap_name(name, font.family(), font.pointSizeF(), memo,
                     first_line.width() - 6, lines)
    if not text:
        return text, None
    chip_width = _chip_width(text, fonts.italic_key if memo else fonts.normal_key)
    return text, QRect(first_line.right() - chip_width + 1, first_line.top(), chip_width,
                       first_line.height() * len(text))


def draw_label(painter: QPainter, fonts: LabelFonts, text: tuple[str, ...], chip: QRect,
               memo: bool, color: QColor, text_color: QColor) -> None:
    """Draw a name's lines in `text_color` on its chip of `color` (see label_chip and
    label_colours)."""
    painter.fillRect(chip, color)
    if memo:
        # A folded corner: this coding has a memo (hover to read it).
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(text_color)
        painter.drawPolygon(QPolygon([chip.topLeft(), chip.topLeft() + QPoint(6, 0),
                                      chip.topLeft() + QPoint(0, 6)]))
    painter.setFont(fonts.italic if memo else fonts.normal)
    painter.setPen(text_color)
    painter.drawText(chip.adjusted(3, 0, -3, 0),
                     int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                     "\n".join(text))


class LabelImages:
    """Labels drawn once and kept as pixmaps: a margin paint then copies a few
    rectangles instead of laying out and drawing each name's text again (a new
    coding repaints the names of whole paragraphs). Kept per margin, so that they go
    with it; a few hundred at most."""

    LIMIT = 400

    def __init__(self) -> None:
        self._images: dict[tuple[object, ...], QPixmap] = {}

    def draw(self, painter: QPainter, fonts: LabelFonts, text: tuple[str, ...], chip: QRect,
             memo: bool, color: QColor, text_color: QColor) -> None:
        ratio = painter.device().devicePixelRatioF()
        key = (text, chip.width(), chip.height(), memo, color.rgba(), text_color.rgba(),
               fonts.italic_key if memo else fonts.normal_key, ratio)
        image = self._images.get(key)
        if image is None:
            if len(self._images) >= self.LIMIT:
                self._images.clear()
            image = QPixmap(round(chip.width() * ratio), round(chip.height() * ratio))
            image.setDevicePixelRatio(ratio)
            drawing = QPainter(image)
            draw_label(drawing, fonts, text, QRect(0, 0, chip.width(), chip.height()), memo,
                       color, text_color)
            drawing.end()
            self._images[key] = image
        painter.drawPixmap(chip.topLeft(), image)


class LabelPlacer:
    """Where each name goes in one paint of the margin, in document order.

    A name starts at its excerpt's first visible line, right of its stripe, and may
    use every column further out that is free on the excerpt's lines, and the lines
    below down to the end of its paragraph while those columns stay free (its own
    column is its own on its paragraphs). Names placed earlier keep their room.
    """

    def __init__(self, fonts: LabelFonts, width: int, column_width: int, last: int,
                 height: int, by_column: dict[int, list[tuple[int, int, int]]]) -> None:
        self._fonts, self._width, self._column_width = fonts, width, column_width
        self._last, self._height, self._by_column = last, height, by_column
        self._chips: list[QRect] = []

    def _free(self, column: int, top: int, bottom: int) -> bool:
        """Whether a column has no stripe and no name between two heights."""
        x = self._width - GAP - column * self._column_width - self._column_width // 2
        return not any(t < bottom and b > top for t, b, _k in self._by_column.get(column, ())
                       ) and not any(c.top() < bottom and c.bottom() >= top
                                     and c.left() <= x <= c.right() for c in self._chips)

    def place(self, key: int, column: int, top: int, bottom: int, paragraph_end: int,
              name: str, memo: bool) -> tuple[tuple[str, ...], QRect | None]:
        """The lines of coding `key`'s name and its chip (None if nothing fits)."""
        line_height = self._fonts.line_height
        right = self._width - GAP - column * self._column_width
        label_top = max(top, 0)
        # Names come in document order, from the top down: those ended above are out
        # of the way for good (a paint stays linear in the codings on screen).
        self._chips = [c for c in self._chips if c.bottom() >= label_top]
        lines = max(1, (min(bottom, self._height) - label_top) // line_height)
        label_bottom = label_top + lines * line_height
        outer = column + 1
        while outer <= self._last and self._free(outer, label_top, label_bottom):
            outer += 1
        # The outermost columns take the pixels the division left over.
        left = (right - (outer - column) * self._column_width + GAP if outer <= self._last
                else GAP)
        limit = min([max(paragraph_end, label_bottom), self._height]
                    + [t for c in range(column, outer) for t, _b, k in self._by_column.get(c, ())
                       if k != key and t >= label_bottom]
                    + [c.top() for c in self._chips if c.top() >= label_bottom
                       and c.left() < right and c.right() > left])
        lines = max(lines, (limit - label_top) // line_height)
        text, chip = label_chip(self._fonts, name, memo,
                                QRect(left, label_top, right - STRIPE - 1 - left, line_height),
                                lines)
        if chip is not None:
            self._chips.append(chip)
        return text, chip
