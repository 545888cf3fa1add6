"""The code tree's columns: their roles and headings, how a count cell reads, and the
colour swatch beside each code's name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from annotator.ui.shared.i18n import tr

CODE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""data(index, CODE_ID_ROLE) -> the code's id (int) in every column."""
COLOR_ROLE = Qt.ItemDataRole.UserRole + 2
"""data(index, COLOR_ROLE) -> the code's colour as "#RRGGBB"."""

NAME, CODINGS, TRANSCRIPTS = range(3)
COLUMNS = 3

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _header(section: int) -> str:
    # "Files" (as in NVivo) rather than "Transcripts": the code names need the width
    # of a narrow dock more than the header does; the tooltip says what it counts.
    # Translated when asked, not at import: the translator is installed later.
    return (tr("Code"), tr("Codings"), tr("Files"))[section]


def _header_tip(section: int) -> str:
    return (tr("The code and its colour"), tr("How many excerpts are coded with it"),
            tr("In how many transcripts it is used"))[section]


def header_data(section: int, orientation: Qt.Orientation, role: int) -> object:
    """What the horizontal header shows for `section` in `role` (None: nothing)."""
    if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMNS:
        return None
    if role == Qt.ItemDataRole.DisplayRole:
        return _header(section)
    if role == Qt.ItemDataRole.ToolTipRole:
        return _header_tip(section)
    if role == Qt.ItemDataRole.TextAlignmentRole and section != NAME:
        return _RIGHT
    return None


def count_data(count: int, column: int, role: int) -> object:
    """What a count cell (CODINGS or TRANSCRIPTS) shows in `role`."""
    if role == Qt.ItemDataRole.DisplayRole:
        return count
    if role == Qt.ItemDataRole.TextAlignmentRole:
        return _RIGHT
    if role == Qt.ItemDataRole.ForegroundRole and count == 0:
        # Unused codes stand out by their quiet zeros rather than by colour.
        return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
    if role == Qt.ItemDataRole.ToolTipRole:
        if column == CODINGS:
            return tr("1 coding") if count == 1 else tr("{n} codings").format(n=count)
        return (tr("In 1 transcript") if count == 1
                else tr("In {n} transcripts").format(n=count))
    return None


def paint_swatch(color: str, dark: bool) -> QIcon:
    """A small rounded square in the colour.

    Its outline is a darker shade on a light page and a lighter one on a dark
    page, so that a dark code colour still stands out from a dark tree.
    """
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fill = QColor(color)
    painter.setPen(fill.lighter(160) if dark else fill.darker(150))
    painter.setBrush(fill)
    painter.drawRoundedRect(1, 1, 12, 12, 3, 3)
    painter.end()
    return QIcon(pixmap)
