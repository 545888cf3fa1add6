"""The transcript's colour rules: overlapping codes blended, speaker labels and
timestamps shaded for the palette, and text kept readable (WCAG contrast) on an
excerpt's background."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from annotator.ui.shared.theme import is_dark

LABEL_COLOR = "#37474F"
STAMP_COLOR = "#78909C"
LABEL_COLOR_DARK = "#B9C9D2"
STAMP_COLOR_DARK = "#8FA5B0"
FALLBACK_COLOR = "#BDBDBD"

# Darkening per extra overlapping code, and its cap: deep overlaps must stay light
# enough for black text (the palette is pastel; darker(140) of the darkest mix is
# still around 45% lightness).
_DARKER_STEP = 14
_DARKER_MAX = 140
# Least contrast (WCAG ratio) of text on an excerpt's background before the text
# turns black or white; labels and timestamps, which are also set apart by their
# weight and place, may be a little paler.
TEXT_CONTRAST = 4.5
STYLE_CONTRAST = 3.0


def blend(colors: list[QColor]) -> QColor:
    """Mix overlapping code colours into one that differs from each of them.

    The average alone can equal one of the inputs (two codes of one colour) or sit
    between two similar ones, so every extra code also darkens the mix one step.
    """
    if len(colors) == 1:
        return QColor(colors[0])
    n = len(colors)
    mixed = QColor(sum(c.red() for c in colors) // n, sum(c.green() for c in colors) // n,
                   sum(c.blue() for c in colors) // n)
    return mixed.darker(min(100 + _DARKER_STEP * (n - 1) + 6, _DARKER_MAX))


def luminance(color: QColor) -> float:
    """WCAG relative luminance, 0 (black) to 1 (white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
            + 0.0722 * channel(color.blueF()))


def contrast(one: QColor, other: QColor) -> float:
    """WCAG contrast ratio of two colours, 1 (none) to 21 (black on white)."""
    a, b = sorted((luminance(one), luminance(other)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def readable_on(background: QColor, preferred: QColor, least: float = TEXT_CONTRAST) -> QColor:
    """`preferred` if it reads well enough on `background`, else black or white."""
    if contrast(preferred, background) >= least:
        return QColor(preferred)
    black, white = QColor("#1B1B1B"), QColor("#FFFFFF")
    return black if contrast(black, background) >= contrast(white, background) else white


def label_colors(palette: QPalette) -> tuple[QColor, QColor]:
    """(speaker label, timestamp) text colours for a palette."""
    if is_dark(palette):
        return QColor(LABEL_COLOR_DARK), QColor(STAMP_COLOR_DARK)
    return QColor(LABEL_COLOR), QColor(STAMP_COLOR)
