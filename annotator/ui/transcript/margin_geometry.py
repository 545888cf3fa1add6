"""Where the codings on screen lie beside the text: the margin paints from this.

Only the paragraphs on screen are read, and only the codings the interval index
finds in their range, so the cost follows what is visible, not the transcript."""

from __future__ import annotations

from bisect import bisect_right

from annotator.ui.transcript.view import TranscriptView


def codings_on_screen(view: TranscriptView, dy: int) -> list[tuple[int, float, float, float]]:
    """(id, top, bottom, bottom of its last paragraph) of the codings on screen, in the
    margin's y (`dy`: how far below the margin's top the text viewport's top is)."""
    layer = view.layer
    if not layer.codings:
        return []
    offset = view.contentOffset()
    height = view.viewport().height()
    blocks = []  # (first u16, end u16, text layout, top, bottom)
    block = view.firstVisibleBlock()
    while block.isValid():
        geometry = view.blockBoundingGeometry(block).translated(offset)
        top = geometry.top()
        if top > height:
            break
        if block.isVisible():
            blocks.append((block.position(), block.position() + block.length(),
                           block.layout(), top, geometry.bottom()))
        block = block.next()
    if not blocks:
        return []
    offsets = layer.offsets
    lo = offsets.to_codepoint(blocks[0][0], "down")
    hi = offsets.to_codepoint(min(blocks[-1][1], offsets.utf16_length), "up")
    starts = [b[0] for b in blocks]

    def y_of(cp: int, bottom: bool) -> tuple[float, float]:
        """The y of the line of `cp` (its top or bottom), and of its paragraph's end."""
        u16 = offsets.to_utf16(cp)
        if u16 < blocks[0][0]:
            return -4.0, -4.0
        first, end, layout, top, paragraph_end = blocks[bisect_right(starts, u16) - 1]
        if u16 >= end:
            return height + 4.0, height + 4.0
        line = layout.lineForTextPosition(u16 - first)
        if not line.isValid():
            return top, paragraph_end
        return top + line.y() + (line.height() if bottom else 0.0), paragraph_end

    visible = []
    for start, end, key in layer.index.overlapping_items(lo, max(hi, lo + 1)):
        bottom, paragraph_end = y_of(end - 1, True)
        visible.append((key, y_of(start, False)[0] + dy, bottom + dy, paragraph_end + dy))
    return visible
