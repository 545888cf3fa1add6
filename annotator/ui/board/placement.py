"""Where a new theme card goes: the first free slot of a grid (half a card's size)
laid over what the view shows, so that five new themes stand side by side rather than
almost on top of each other. A slot is free when a card there would overlap no card
(with a gap around it); when the view is full the grid goes on below it, and the view
is scrolled there."""

from __future__ import annotations

import math
from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF, QSizeF

# The size a new theme card is made with (BoardCommands.new_theme's default).
NEW_CARD = QSizeF(300, 200)
GAP = 30.0
MAX_ROWS = 500  # past any real board; the grid always has a free slot before this


def free_slot(shown: QRectF, cards: Iterable[QRectF], size: QSizeF = NEW_CARD,
              gap: float = GAP) -> QPointF:
    """The top-left corner of the first free slot, row by row from the view's top left.

    The grid is fixed on the board, so cards made while the view scrolls still line
    up; its step is half a card (and gap), so that a view a little more than two cards
    wide holds two columns wherever it has been scrolled to. The slots wholly inside
    the view come first, then the rows below it."""
    taken = [card.adjusted(-gap / 2, -gap / 2, gap / 2, gap / 2) for card in cards]
    step_x, step_y = (size.width() + gap) / 2, (size.height() + gap) / 2
    first_column = math.ceil((shown.left() - gap) / step_x)
    first_row = math.ceil((shown.top() - gap) / step_y)
    columns = [c for c in range(first_column, first_column + 1000)
               if gap + c * step_x + size.width() <= shown.right()] or [first_column]
    for row in range(first_row, first_row + MAX_ROWS):
        for column in columns:
            at = QPointF(gap + column * step_x, gap + row * step_y)
            if not any(QRectF(at, size).intersects(card) for card in taken):
                return at
    return QPointF(gap + columns[0] * step_x, gap + (first_row + MAX_ROWS) * step_y)
