"""Highlight colours for new codes: light enough for black text on top, distinct side by side."""

from __future__ import annotations

import re

CODE_COLORS: tuple[str, ...] = (
    "#FFD54F", "#81D4FA", "#A5D6A7", "#F48FB1", "#CE93D8", "#FFAB91", "#80CBC4",
    "#E6EE9C", "#B39DDB", "#FFCC80", "#90CAF9", "#C5E1A5", "#EF9A9A", "#80DEEA",
    "#BCAAA4", "#FFF59D",
)
THEME_COLORS: tuple[str, ...] = ("#5C6BC0", "#26A69A", "#EF6C00", "#AB47BC", "#8D6E63", "#42A5F5")

_HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")


def is_color(value: str) -> bool:
    return bool(_HEX.match(value))


def next_color(used: list[str], palette: tuple[str, ...] = CODE_COLORS) -> str:
    """The palette colour used least so far (earliest on a tie)."""
    counts = {color: 0 for color in palette}
    for color in used:
        if color.upper() in counts:
            counts[color.upper()] += 1
    return min(palette, key=lambda c: counts[c])
