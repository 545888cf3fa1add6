"""Where a card's chips go: left to right in rows, as many as fit above the card's
bottom, with room kept after the last one for the "+N more" note."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF

from annotator.ui.board.style import CHIP_GAP, CHIP_H, PAD


def flow_chips(widths: Sequence[float], inner: float, top: float, bottom: float,
               more_width: float) -> tuple[list[QPointF], QPointF]:
    """The places of the chips that fit (the first ones, in order) in a card whose chip
    area is `inner` wide and runs from `top` to `bottom`, and where the "+N more" note
    goes (`more_width` wide) when some do not fit."""
    places: list[QPointF] = []
    x, y = PAD, top
    for width in widths:
        if x > PAD and x + width > PAD + inner:
            x, y = PAD, y + CHIP_H + CHIP_GAP
        if y + CHIP_H > bottom:
            break
        places.append(QPointF(x, y))
        x += width + CHIP_GAP
    more_at = QPointF()
    # Make room for the "+N more" note after the last chip that fits.
    while len(places) < len(widths) and places:
        last = places[-1]
        end = last.x() + widths[len(places) - 1] + CHIP_GAP
        if end + more_width <= PAD + inner:
            more_at = QPointF(end, last.y())
            break
        if last.y() + 2 * CHIP_H + CHIP_GAP <= bottom:
            more_at = QPointF(PAD, last.y() + CHIP_H + CHIP_GAP)
            break
        places.pop()
    if not places:
        more_at = QPointF(PAD, top)
    return places, more_at
