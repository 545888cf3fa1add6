"""Cue times: which stretch of a transcript's text was spoken when (subtitle imports).

A source's cues are one row: four little-endian 64-bit integers per cue (start
and end offsets into the text, begin and end in milliseconds), in text order.
A media player reads them all at once and follows the text by bisection.
"""

from __future__ import annotations

import sqlite3
import sys
from array import array
from bisect import bisect_right
from collections.abc import Iterable

from annotator.model.entities import Cue


class CueRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def add(self, source_id: int, cues: Iterable[Cue]) -> None:
        ordered = sorted(cues, key=lambda c: (c.start, c.end))
        if not ordered:
            return
        packed = array("q", [v for c in ordered for v in (c.start, c.end, c.begin_ms, c.end_ms)])
        if sys.byteorder == "big":
            packed.byteswap()
        self._conn.execute("INSERT INTO cues(source_id, cues) VALUES (?, ?)",
                           (source_id, packed.tobytes()))

    def replace(self, source_id: int, cues: Iterable[Cue]) -> None:
        """A source's cues after its text was edited (row-logged: one blob)."""
        self._conn.execute("DELETE FROM cues WHERE source_id = ?", (source_id,))
        self.add(source_id, cues)

    def of_source(self, source_id: int) -> list[Cue]:
        """The source's cues in text order (empty for a transcript without times)."""
        row = self._conn.execute("SELECT cues FROM cues WHERE source_id = ?",
                                 (source_id,)).fetchone()
        if row is None:
            return []
        values = array("q")
        values.frombytes(row[0])
        if sys.byteorder == "big":
            values.byteswap()
        return [Cue(*values[i:i + 4]) for i in range(0, len(values) - 3, 4)]

    def at(self, source_id: int, offset: int) -> Cue | None:
        """The cue whose text holds `offset`, if any."""
        cues = self.of_source(source_id)
        index = bisect_right([c.start for c in cues], offset) - 1
        if index >= 0 and cues[index].start <= offset < cues[index].end:
            return cues[index]
        return None
