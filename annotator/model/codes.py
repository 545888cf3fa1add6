"""Code names made from the researcher's words: the in-vivo code's name."""

from __future__ import annotations

IN_VIVO_MAX = 60
_TRIM = " \t\n.,;:!?\"'“”‘’«»()[]{}…-–—、，。；：！？「」『』（）"


def in_vivo_name(text: str, limit: int = IN_VIVO_MAX) -> str:
    """A code name made of the selected words: one line, trimmed, at most `limit` chars.

    "/" separates code paths, so it becomes a space. A long selection is cut at a
    word boundary (or anywhere, in scripts written without spaces) and ends in "…".
    """
    name = " ".join(text.replace("/", " ").split()).strip(_TRIM)
    if len(name) <= limit:
        return name
    cut = name[:limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(_TRIM) + "…"
