"""Text positions in REFI-QDA files, converted to Annotator's code points.

The standard (section 10.2) says positions are zero-based Unicode code points.
Exporters do not all agree, and the corpus shows it, character by character:

- NVivo (12.6 for Windows) counts UTF-16 code units into the .txt as written:
  an emoji counts two, CRLF counts two, the byte-order mark not at all. Checked
  on `nvivo-win12.6__oltas0517.qdpx`: read as UTF-16 units, 281 of its 303
  selections start just after a line break and end just before one, as NVivo's
  paragraph codings do; read as code points, only 16 do (every emoji before a
  selection shifts it one character), and the rest start in mid-word.
- ATLAS.ti, qc and Annotator count code points.

Annotator keeps "\\n" line ends, so after the unit conversion every position
also moves back by the number of CRLF pairs before it.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from annotator.model.offsets import OffsetMap

_CRLF = re.compile("\r\n")


def counts_utf16(origin: str) -> bool:
    """Whether the tool named in the project's `origin` counts UTF-16 units."""
    return "nvivo" in origin.lower()


class PositionMap:
    """Positions in one source file's raw text (BOM dropped, line ends as written)."""

    def __init__(self, raw: str, utf16: bool) -> None:
        self._utf16 = OffsetMap(raw) if utf16 else None
        self._length = len(raw)
        # The CR of each CRLF is the character that normalising removes.
        self._crs = [m.start() for m in _CRLF.finditer(raw)]

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """[start, end) in the normalised text, or None if empty or outside the text."""
        if start < 0 or end <= start:
            return None
        if self._utf16 is not None:
            if end > self._utf16.utf16_length:
                return None
            # A selection that cuts an emoji in half takes all of it.
            start, end = self._utf16.range_to_codepoint(start, end)
        elif end > self._length:
            return None
        start -= bisect_left(self._crs, start)
        end -= bisect_left(self._crs, end)
        return (start, end) if end > start else None
